"""Field-level scoring of an extraction against ground truth (reference/taxonomy.md, "Scoring").

Strings compare after NFKC, white space removed and trailing punctuation stripped; money and numbers
within 1; dates by day, times by minute.  A labelled list (winner, experts, candidates by name) is one
field credited with the share of its members found (recall) and charged with the share of returned
members that are wrong (precision).  A value returned for a key the label lacks is a false positive.
Pure functions of (predicted dict, label dict): the simulation harness reuses them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import vocabulary

#: the reference keys a labelled page is scored on (``vocabulary.REFERENCE_KEYS``)
REFERENCE_KEYS = frozenset(vocabulary.REFERENCE_KEYS)
_PUNCT = "。，,;；:：、.!！?？"


def norm_str(value: Any) -> str:
    """NFKC, no white space, no trailing punctuation."""
    text = unicodedata.normalize("NFKC", str(value))
    text = "".join(text.split())
    return text.rstrip(_PUNCT)


def _num(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        out = []
        for v in value:
            out.append(norm_str(v.get("name", "")) if isinstance(v, Mapping) else norm_str(v))
        return out
    return [norm_str(value)]


def values_equal(pred: Any, gold: Any) -> bool:
    """One scalar value against its label."""
    gn, pn = _num(gold), _num(pred)
    if isinstance(gold, int | float) and not isinstance(gold, bool):
        return pn is not None and abs(pn - float(gold)) <= 1
    if gn is not None and pn is not None and not isinstance(gold, str):
        return abs(pn - gn) <= 1
    return norm_str(pred) == norm_str(gold)


@dataclass
class FieldScore:
    """Precision and recall credit of one key on one page (each in 0..1, or None when not applicable)."""

    key: str
    tp_p: float = 0.0  # precision credit (0..1) when predicted
    tp_r: float = 0.0  # recall credit (0..1) when labelled
    predicted: bool = False
    labelled: bool = False


def score_fields(
    pred: Mapping[str, Any], gold: Mapping[str, Any], keys: Iterable[str] | None = None
) -> list[FieldScore]:
    """Per-key credit of a predicted field dict against a label dict, optionally limited to ``keys``."""
    universe = set(pred) | set(gold)
    if keys is not None:
        universe &= set(keys)
    out = []
    for key in sorted(universe):
        fs = FieldScore(key, predicted=key in pred and pred[key] not in (None, "", []), labelled=key in gold)
        if fs.predicted and fs.labelled:
            p, g = pred[key], gold[key]
            if isinstance(g, list) or isinstance(p, list):
                gl, pl = _names(g), _names(p)
                if not gl or not pl:
                    continue
                found = sum(1 for x in gl if x in pl)
                right = sum(1 for x in pl if x in gl)
                fs.tp_r = found / len(gl)
                fs.tp_p = right / len(pl)
            elif values_equal(p, g):
                fs.tp_p = fs.tp_r = 1.0
        out.append(fs)
    return out


@dataclass
class Tally:
    """Accumulated precision/recall over many pages."""

    tp_p: float = 0.0
    n_pred: int = 0
    tp_r: float = 0.0
    n_gold: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, fs: FieldScore) -> None:
        """Add one FieldScore."""
        if fs.predicted:
            self.n_pred += 1
            self.tp_p += fs.tp_p
        if fs.labelled:
            self.n_gold += 1
            self.tp_r += fs.tp_r

    @property
    def precision(self) -> float:
        """Share of returned values that are right (1.0 when nothing was returned)."""
        return self.tp_p / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled values found (1.0 when nothing was labelled)."""
        return self.tp_r / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_page(pred: Mapping[str, Any], gold: Mapping[str, Any], keys: Iterable[str] | None = None) -> Tally:
    """One page's tally (all keys together)."""
    t = Tally()
    for fs in score_fields(pred, gold, keys):
        t.add(fs)
    return t
