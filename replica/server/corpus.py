"""Load a replica corpus (``postings.jsonl`` + ``manifest.json``) into memory.

The server answers every request from memory: postings are parsed once at start-up, grouped per
site, and each site keeps its channels sorted by publish time (newest first) so that a list page is
a slice, never a scan of the whole corpus.  The format is the one in ``docs/architecture.md``.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any


class CorpusError(ValueError):
    """The corpus directory is missing or a line of it does not follow the documented format."""


@dataclass(slots=True)
class Posting:
    """One notice as published on one site, with the versions it goes through."""

    posting_id: str
    notice_id: str
    project_id: str
    site: str
    channel: str
    region: str
    domain: str
    notice_type: str
    title: str
    publish_date: date
    publish_time: str
    removed_on: date | None
    version_dates: list[date]
    version_html: list[str]
    layout: str = ""
    attachments: list[dict[str, str]] = field(default_factory=list)
    serial: int = 0  # per-site number, the base of the site-specific ids in URLs

    def visible_on(self, day: date) -> bool:
        """A posting is online from ``publish_date`` (inclusive) to ``removed_on`` (exclusive)."""
        return self.publish_date <= day and (self.removed_on is None or day < self.removed_on)

    def html_on(self, day: date) -> str:
        """The last version whose ``from`` is on or before ``day`` (the first one before that)."""
        i = bisect.bisect_right(self.version_dates, day) - 1
        return self.version_html[max(i, 0)]

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.publish_time, self.posting_id)


def _parse_date(value: Any, what: str) -> date:
    if not isinstance(value, str):
        raise CorpusError(f"{what} must be a YYYY-MM-DD string, got {value!r}")
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise CorpusError(f"{what} is not a date: {value!r}") from exc


def parse_posting(obj: dict[str, Any]) -> Posting:
    """Turn one JSON object of ``postings.jsonl`` into a :class:`Posting` (raises CorpusError)."""
    try:
        pid = str(obj["posting_id"])
        site = str(obj["site"])
        versions = obj["versions"]
        publish_date = _parse_date(obj["publish_date"], f"{pid}: publish_date")
    except KeyError as exc:
        raise CorpusError(f"posting lacks the key {exc.args[0]!r}") from exc
    if not isinstance(versions, list) or not versions:
        raise CorpusError(f"{pid}: versions must be a non-empty list")
    pairs = sorted(
        (_parse_date(v.get("from"), f"{pid}: versions[].from"), str(v.get("html", ""))) for v in versions
    )
    removed = obj.get("removed_on")
    publish_time = str(obj.get("publish_time") or f"{publish_date.isoformat()} 09:00:00")
    if len(publish_time) == 16:
        publish_time += ":00"
    return Posting(
        posting_id=pid,
        notice_id=str(obj.get("notice_id", "")),
        project_id=str(obj.get("project_id", "")),
        site=site,
        channel=str(obj.get("channel", "")),
        region=str(obj.get("region", "")),
        domain=str(obj.get("domain", "")),
        notice_type=str(obj.get("notice_type", "")),
        title=str(obj.get("title", "")),
        publish_date=publish_date,
        publish_time=publish_time,
        removed_on=_parse_date(removed, f"{pid}: removed_on") if removed else None,
        version_dates=[d for d, _ in pairs],
        version_html=[h for _, h in pairs],
        layout=str(obj.get("layout", "")),
        attachments=list(obj.get("attachments") or []),
    )


@dataclass
class Corpus:
    """All postings grouped per site, plus the manifest's outages."""

    directory: Path
    by_site: dict[str, list[Posting]]
    outages: list[dict[str, Any]]
    manifest: dict[str, Any]

    @property
    def size(self) -> int:
        return sum(len(v) for v in self.by_site.values())


def load_corpus(directory: str | Path) -> Corpus:
    """Read ``postings.jsonl`` and (optionally) ``manifest.json`` from ``directory``."""
    root = Path(directory)
    path = root / "postings.jsonl"
    if not path.is_file():
        raise CorpusError(f"no postings.jsonl in corpus directory {root}")
    by_site: dict[str, list[Posting]] = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}:{lineno}: not JSON ({exc.msg})") from exc
            try:
                posting = parse_posting(obj)
            except CorpusError as exc:
                raise CorpusError(f"{path}:{lineno}: {exc}") from exc
            by_site.setdefault(posting.site, []).append(posting)
    manifest: dict[str, Any] = {}
    mpath = root / "manifest.json"
    if mpath.is_file():
        try:
            manifest = json.loads(mpath.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{mpath}: not JSON ({exc.msg})") from exc
    outages = [o for o in manifest.get("outages", []) if isinstance(o, dict)]
    for postings in by_site.values():
        postings.sort(key=lambda p: p.sort_key, reverse=True)
    return Corpus(directory=root, by_site=by_site, outages=outages, manifest=manifest)
