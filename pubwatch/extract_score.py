"""Scoring the extractors on labelled pages: the one core ``bench/bench_extract.py`` and ``pubwatch acceptance
score`` share.

Why one core: a source's acceptance (``pubwatch.acceptance``) must be measured exactly as the bench measures a
fresh set — the same pages-and-labels layout, the same call of the extractors (no hint: a page is read as a
bare page would be), the same field scoring (``extractors.scoring``) on the same reference keys — or an
acceptance figure and a bench figure would not mean the same thing. The bench keeps its printing (its output
is compared byte for byte across changes); this module only reads cases and scores one page.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors import extract
from extractors.record import NotAPage
from extractors.scoring import FieldScore, Tally, score_fields

#: (name, page bytes, label, hint): one labelled page. The label carries ``notice_type``, ``fields`` and,
#: for a replica posting, ``layout`` (whose truth does not record the posting's own date).
Case = tuple[str, bytes, dict[str, Any], dict[str, Any] | None]


def labelled_cases(pages: Path, labels: Path, set_name: str) -> list[Case]:
    """(name, body, label, hint) for each page of a labelled set: bytes from ``pages/pages``, label from
    ``labels/<page>.json``.

    The labels are committed (they are ours); the pages may not be (they are not ours to redistribute), so
    a page whose file is absent is skipped and counted by the caller.
    """
    cases: list[Case] = []
    for label in sorted(labels.glob("*.json")):
        page = pages / "pages" / label.name.removesuffix(".json")
        if not page.is_file():
            continue
        lab = json.loads(label.read_text("utf-8"))
        cases.append(
            (
                f"{set_name}/{page.name}",
                page.read_bytes(),
                {"notice_type": lab["notice_type"], **lab, "split": set_name, "set": set_name},
                None,
            )
        )
    return cases


@dataclass
class PageScore:
    """One page scored: what the extractors returned and each field's score against the label."""

    name: str
    label: dict[str, Any]
    #: the extracted record (``Record.to_dict()``); ``None`` when the extractors refused the page
    record: dict[str, Any] | None
    got_type: str
    #: why the page was refused (``NotAPage``), else ``None``
    refused: str | None
    #: the values scored (``pred`` without the posting date a replica truth does not record)
    pred: dict[str, Any]
    scores: list[FieldScore] = field(default_factory=list)
    #: values of keys a replica truth omits although the page states them (counted apart, never scored)
    gaps: list[FieldScore] = field(default_factory=list)

    @property
    def type_right(self) -> bool:
        return self.got_type == self.label["notice_type"]


def is_wrong(fs: FieldScore) -> bool:
    """Whether a field's score is not perfect: a value returned that is (partly) wrong, or a labelled value
    (partly) missed."""
    return bool((fs.predicted and fs.tp_p < 1) or (fs.labelled and fs.tp_r < 1))


def score_case(
    case: Case,
    keys: Iterable[str] | None,
    use_hint: bool = False,
    known_gaps: Mapping[str, frozenset[str]] | None = None,
) -> PageScore:
    """Extract one labelled page and score its fields on ``keys`` (all the label's and the record's when
    ``None``). A refused page misses every labelled value and has the type ``refused``."""
    name, body, lab, hint = case
    record: dict[str, Any] | None
    refused: str | None = None
    try:
        rec = extract(body, hint=hint if use_hint else None)
        pred, got_type, record = rec.fields, rec.notice_type, rec.to_dict()
    except NotAPage as exc:
        pred, got_type, record, refused = {}, "refused", None, str(exc)
    if lab.get("layout") is not None and "publish_date" not in lab["fields"]:
        # the replica's truth is per notice and does not record the posting's own date
        pred = {k: v for k, v in pred.items() if k != "publish_date"}
    gap_keys = (
        (known_gaps or {}).get(lab["notice_type"], frozenset()) if lab.get("layout") is not None else ()
    )
    out = PageScore(name, lab, record, got_type, refused, pred)
    for fs in score_fields(pred, lab["fields"], keys):
        (out.gaps if fs.key in gap_keys and not fs.labelled else out.scores).append(fs)
    return out


def total(pages: Iterable[PageScore]) -> tuple[Tally, int, int]:
    """(field tally, notice types right, pages) over scored pages."""
    tally, right, n = Tally(), 0, 0
    for page in pages:
        for fs in page.scores:
            tally.add(fs)
        right += page.type_right
        n += 1
    return tally, right, n
