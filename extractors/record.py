"""The typed result of an extraction (the contract in docs/architecture.md, "Extractor API")."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

Status = Literal["ok", "image_only", "attachment_only", "empty"]


class NotAPage(ValueError):
    """The input is not HTML, an HTML fragment or a JSON payload carrying HTML."""


class PageTooLarge(NotAPage):
    """The input is larger than ``extractors.decode.MAX_BODY_BYTES`` (no notice page is that big)."""


class Provenance(BaseModel):
    """Where a value came from: the text it was read in (≤ 200 chars) and the layout parser that read it."""

    snippet: str
    method: str


class Record(BaseModel):
    """One notice as the extractors read it; ``fields`` holds canonical keys only (docs/taxonomy.md)."""

    domain: str = "other"
    notice_type: str = "other.other"
    status: Status = "ok"
    fields: dict[str, Any] = Field(default_factory=dict)
    provenance: dict[str, Provenance] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)

    def set(self, key: str, value: Any, snippet: str, method: str) -> bool:
        """Store ``value`` unless the key already has one (first reliable reading wins)."""
        if key in self.fields or value is None or value == "" or value == []:
            return False
        self.fields[key] = value
        self.provenance[key] = Provenance(snippet=snippet.strip()[:200], method=method)
        return True

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict: domain, notice_type, fields, provenance, status, warnings."""
        return {
            "domain": self.domain,
            "notice_type": self.notice_type,
            "fields": self.fields,
            "provenance": {k: v.model_dump() for k, v in self.provenance.items()},
            "status": self.status,
            "warnings": list(self.warnings),
        }
