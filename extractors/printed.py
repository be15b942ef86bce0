"""A page's text as printed and folded to simplified characters, and values given back as printed.

Round 11d (docs/extraction-conventions.md): a 繁體 copy is read whole on its folded text and each value
the readers take is cut from the printed text at the same positions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .hanzi import changed_characters, translate_only

if TYPE_CHECKING:
    from .record import Record


class Printed:
    """A page's text as printed and folded (``hanzi.translate_only``: one character for one, so a position in
    the folded text is the same position in the printed one).

    A 繁體 copy of a mainland notice ('發佈時間', '項目編號', '【信息時間…】') is read whole on its folded text:
    every reader, label, title and chrome pattern is written in simplified characters, and matching each of
    them on a folded line one by one left most of them matching raw lines.  The values read are then given
    back as printed (labels keep the page's characters): a value found verbatim in the folded text is cut
    from the printed text at the same positions; else each folded character that stands for one printed
    character only on this page is put back (a page that prints both 发 and 發 keeps the folded 发 where the
    value is no verbatim cut).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = translate_only(text) if changed_characters().search(text) else text
        self._folded_chars: set[str] = set()
        self._back: dict[str, str] | None = None

    def fold_values(self, hints: dict[str, Any]) -> dict[str, Any]:
        return {k: translate_only(v) if isinstance(v, str) else v for k, v in hints.items()}

    def _char_map(self) -> dict[str, str]:
        if self._back is None:
            seen: dict[str, set[str]] = {}
            for m in changed_characters().finditer(self.text):
                seen.setdefault(self.folded[m.start()], set()).add(m.group())
            self._folded_chars = set(seen)
            self._back = {s: next(iter(ts)) for s, ts in seen.items() if len(ts) == 1 and s not in self.text}
        return self._back

    def value(self, v: Any) -> Any:
        if isinstance(v, str):
            back = self._char_map()
            if not any(c in self._folded_chars for c in v):
                return v
            at = self.folded.find(v)
            if at >= 0:
                return self.text[at : at + len(v)]
            return "".join(back.get(c, c) for c in v)
        if isinstance(v, list):
            return [self.value(x) for x in v]
        if isinstance(v, dict):
            return {k: self.value(x) for k, x in v.items()}
        return v

    def back(self, text: str) -> str:
        """``text`` (written from the folded text, not cut from it) with each folded character that
        stands for one printed character only on this page put back."""
        back = self._char_map()
        return text.translate({ord(s): t for s, t in back.items()}) if back else text

    def restore(self, rec: Record) -> Record:
        rec.fields = {k: self.value(v) for k, v in rec.fields.items()}
        rec.gaps = {k: self.value(v) for k, v in rec.gaps.items()}
        for p in rec.provenance.values():
            p.snippet = self.value(p.snippet)
        if rec.type_provenance is not None:
            rec.type_provenance.snippet = self.value(rec.type_provenance.snippet)
        return rec
