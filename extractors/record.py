"""The typed result of an extraction (the contract in docs/architecture.md, "Extractor API")."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, PrivateAttr

from .shapes import REASON_ZH, TRUSTED, cross_refusals, refusal

Status = Literal["ok", "image_only", "attachment_only", "empty"]


class NotAPage(ValueError):
    """The input is not HTML, an HTML fragment or a JSON payload carrying HTML."""


class PageTooLarge(NotAPage):
    """The input is larger than ``extractors.decode.MAX_BODY_BYTES`` (no notice page is that big)."""


class Provenance(BaseModel):
    """Where a value came from: the text it was read in (≤ 200 chars), the layout parser that read it,
    and how far the reading is trusted (0..1; see ``CONFIDENCE``). ``method == "gap"`` marks an item
    whose label the page prints but whose value was not read (no value in ``fields``)."""

    snippet: str
    method: str
    confidence: float = 1.0


#: How far a reading is trusted, by the parser that made it: the platform's own data first, labelled
#: layouts next, sentences and signatures last. A value normalised with a warning loses a tenth.
CONFIDENCE: dict[str, float] = {
    "json": 0.99,
    "hint": 0.97,
    "css_hook": 0.98,
    "kv_table": 0.95,
    "label_line": 0.93,
    "numbered": 0.93,
    "section": 0.85,
    "header_table": 0.9,
    "meta": 0.9,
    "title": 0.85,
    "heading": 0.75,
    "signature": 0.75,
    "regex": 0.7,
    # round 19b: a party read from a sentence's structure (agents.py): below every labelled read and below a known
    # sentence pattern, so that a labelled value always wins
    "prose": 0.65,
    "gap": 0.0,
}

#: How far a notice type is trusted, by what it rests on: the platform's channel, the notice's own
#: title, a heading, body cues (items, sentences) alone, nothing.
TYPE_CONFIDENCE: dict[str, float] = {
    "hint": 0.97,
    "title": 0.9,
    "heading": 0.8,
    "body": 0.5,
    # round 17a: a title or heading names the type, the body bears out no stage of it
    "unsure": 0.4,
    "none": 0.0,
}
#: round 17a: the warning an unsure type carries (``pubwatch extract --json`` shows it with ``type_basis``)
TYPE_UNSURE_WARNING = "type_unsure: 类型仅凭标题判断，正文未见该阶段的内容，相关要素缺失/逾期交人工核对"


class Record(BaseModel):
    """One notice as the extractors read it; ``fields`` holds canonical keys only (docs/taxonomy.md)."""

    domain: str = "other"
    notice_type: str = "other.other"
    status: Status = "ok"
    fields: dict[str, Any] = Field(default_factory=dict)
    provenance: dict[str, Provenance] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    #: keys the notice type keeps whose label the page prints but whose value was not read
    gaps: dict[str, str] = Field(default_factory=dict)
    #: what the notice type rests on (``vocabulary.TYPE_BASES``): the channel's hint, the title or a
    #: heading naming it confirm it; body cues only infer it, and an inferred type never yields a
    #: 要素缺失 finding (``monitor.required``)
    type_basis: str = "none"
    #: the type's own provenance: the text that names it, its basis as the method, and a confidence
    type_provenance: Provenance | None = None

    def set_type_basis(self, basis: str, snippet: str) -> None:
        """Record what the notice type rests on (``extractors.classify.type_basis``)."""
        self.type_basis = basis
        if basis == "unsure" and TYPE_UNSURE_WARNING not in self.warnings:
            self.warnings.append(TYPE_UNSURE_WARNING)
        self.type_provenance = Provenance(
            snippet=snippet.strip()[:200], method=basis, confidence=TYPE_CONFIDENCE.get(basis, 0.5)
        )

    #: round 22g: keys whose reading was refused by its shape (``extractors.shapes``), with where it was read
    _refused: dict[str, tuple[str, str]] = PrivateAttr(default_factory=dict)

    def set(self, key: str, value: Any, snippet: str, method: str) -> bool:
        """Store ``value`` unless the key already has one (first reliable reading wins) or the value's shape
        cannot be the key's (round 22g, ``extractors.shapes``: the next reading is taken, else a review gap)."""
        if key in self.fields or value is None or value == "" or value == []:
            return False
        why = refusal(key, value, method)
        if why is not None:
            self._refused.setdefault(key, (snippet.strip()[:60], why))
            return False
        self.fields[key] = value
        self.provenance[key] = Provenance(
            snippet=snippet.strip()[:200], method=method, confidence=CONFIDENCE.get(method, 0.8)
        )
        return True

    def mark_gap(self, key: str, label: str) -> None:
        """``key``'s label is printed (``label``) but no value was read: stated, not missing."""
        if key in self.fields:
            return
        self.gaps[key] = label
        self.provenance[key] = Provenance(snippet=label.strip()[:200], method="gap", confidence=0.0)

    def refused_gaps(self) -> None:
        """Round 22g: a key whose only readings were refused by their shape is stated but unread: a review gap
        (never 'missing', so that no 要素缺失 finding rests on a value we misread), with the reason as a warning."""
        for key, why in cross_refusals(self.fields).items():
            if self.provenance[key].method not in TRUSTED:
                self._refused.setdefault(key, (self.provenance[key].snippet[:60], why))
                del self.fields[key], self.provenance[key]
        for key, (snippet, why) in self._refused.items():
            if key not in self.fields and key not in self.gaps:
                self.mark_gap(key, snippet)
                self.warnings.append(f"{key}: 读到的值形不符（{REASON_ZH.get(why, why)}），留作待核缺口")

    def field_status(self, key: str) -> str:
        """'read' (a value), 'gap' (label printed, value not read) or 'missing' (the page does not state it)."""
        if key in self.fields:
            return "read"
        return "gap" if key in self.gaps else "missing"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict: domain, notice_type, fields, provenance, status, warnings, gaps, and what
        the type rests on (type_basis, type_provenance)."""
        return {
            "domain": self.domain,
            "notice_type": self.notice_type,
            "fields": self.fields,
            "provenance": {k: v.model_dump() for k, v in self.provenance.items()},
            "status": self.status,
            "warnings": list(self.warnings),
            "gaps": dict(self.gaps),
            "type_basis": self.type_basis,
            "type_provenance": self.type_provenance.model_dump() if self.type_provenance else None,
        }
