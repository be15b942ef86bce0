"""A page's text as printed and folded to simplified characters, and values given back as printed.

Round 11d (docs/extraction-conventions.md): a 繁體 copy is read whole on its folded text and each value
the readers take is cut from the printed text at the same positions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .hanzi import changed_characters, translate_only

if TYPE_CHECKING:
    from .record import Record


# a converter's pinyin note after a character ('開采權(quán)', '競(jìng)得'), as ``hanzi.fold`` drops it: lower-case,
# a tone mark, right after a Chinese character ('(LNG)', '(a)' or '(m2)' is no pinyin)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_NOTE = re.compile(rf"(?<=[\u4e00-\u9fff])[(（][a-zü]{{0,5}}[{_TONED}][a-zü]{{0,5}}[)）]")
# every note holds a tone mark: a page printing none has no note, and a scan for one is a few times
# quicker than ``_NOTE``'s (whose look-behind is tried at every position of the page)
_TONE = re.compile(f"[{_TONED}]")


def without_notes(text: str) -> str:
    """``text`` without the converter's pinyin notes (a line judged as a title is judged on its words)."""
    return _NOTE.sub("", text)


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

    ``drop_notes`` (round 13b): the converter's pinyin notes ('競(jìng)得', '開采權(quán)') are dropped from the
    folded text too, so no word of any reader is cut by one ('成功竞(jìng)得' is no 竞得 to a pattern written
    '竞得', '项(xiàng)目名称' no label); the folded text is then shorter than the printed one and a value cut from
    it is given back through ``_at`` (each folded position's printed position), its notes put back with it.
    """

    def __init__(self, text: str, drop_notes: bool = False) -> None:
        self.text = text
        self._translated = translate_only(text) if changed_characters().search(text) else text
        self.folded = self._translated
        self._at: list[int] | None = None
        if drop_notes and _TONE.search(self._translated) and _NOTE.search(self._translated):
            kept: list[str] = []
            at: list[int] = []
            last = 0
            for m in _NOTE.finditer(self._translated):
                kept.append(self._translated[last : m.start()])
                at.extend(range(last, m.start()))
                last = m.end()
            kept.append(self._translated[last:])
            at.extend(range(last, len(text)))
            at.append(len(text))  # the end of the last character is the end of the text
            self.folded = "".join(kept)
            self._at = at
        self._folded_chars: set[str] = set()
        self._back: dict[str, str] | None = None

    @property
    def notes_dropped(self) -> bool:
        """Whether the folded text is the printed one without its pinyin notes."""
        return self._at is not None

    def regular_notes(self) -> dict[str, str] | None:
        """Each noted character's note when the page notes every occurrence of it, always with the same note
        (every mirror seen: '區(qū)' wherever 區 is printed), else None: then the notes can be dropped from a
        layout and put back after it without reading the page."""
        notes: dict[str, set[str]] = {}
        for m in _NOTE.finditer(self.text):
            notes.setdefault(self.text[m.start() - 1], set()).add(m.group())
        if not notes or any(len(n) != 1 for n in notes.values()):
            return None
        regular = {c: next(iter(n)) for c, n in notes.items()}
        if any(self.text.count(c) != self.text.count(c + n) for c, n in regular.items()):
            return None
        return regular

    def fold_values(self, hints: dict[str, Any]) -> dict[str, Any]:
        return {k: translate_only(v) if isinstance(v, str) else v for k, v in hints.items()}

    def _char_map(self) -> dict[str, str]:
        if self._back is None:
            seen: dict[str, set[str]] = {}
            for m in changed_characters().finditer(self.text):
                seen.setdefault(self._translated[m.start()], set()).add(m.group())
            self._folded_chars = set(seen)
            self._back = {s: next(iter(ts)) for s, ts in seen.items() if len(ts) == 1 and s not in self.text}
        return self._back

    def value(self, v: Any, spaced: bool = False) -> Any:
        """``v`` given back as printed; ``spaced``: a field's value, also found with the page's spaces between its
        characters (round 18h)."""
        if isinstance(v, str):
            back = self._char_map()
            if self._at is not None:
                # a cut from the folded text is given back whole, with the notes it printed inside and after it
                at = self.folded.find(v) if v else -1
                if at >= 0:
                    return self.text[self._at[at] : self._at[at + len(v)]]
                # (round 18h) a line read with its spaces squashed ('…计划含19宗地块' printed '…計(jì)劃 含19宗地塊'):
                # found with the spaces between its characters, and given back as printed, notes and all
                m = (
                    re.search(r"\s*".join(map(re.escape, v)), self.folded)
                    if spaced and 4 <= len(v) <= 200
                    else None
                )
                if m:
                    return self.text[self._at[m.start()] : self._at[m.end()]]
            elif not any(c in self._folded_chars for c in v):
                return v
            else:
                at = self.folded.find(v)
                if at >= 0:
                    return self.text[at : at + len(v)]
            return "".join(back.get(c, c) for c in v)
        if isinstance(v, list):
            return [self.value(x, spaced) for x in v]
        if isinstance(v, dict):
            return {k: self.value(x, spaced) for k, x in v.items()}
        return v

    def back(self, text: str) -> str:
        """``text`` (written from the folded text, not cut from it) with each folded character that
        stands for one printed character only on this page put back, and (its notes dropped, and regular)
        each noted character's note after it."""
        back = self._char_map()
        text = text.translate({ord(s): t for s, t in back.items()}) if back else text
        notes = self.regular_notes() if self._at is not None else None
        if notes:
            text = re.sub("[" + "".join(notes) + "]", lambda m: m.group() + notes[m.group()], text)
        return text

    def restore(self, rec: Record) -> Record:
        rec.fields = {k: self.value(v, spaced=True) for k, v in rec.fields.items()}
        rec.gaps = {k: self.value(v) for k, v in rec.gaps.items()}
        for p in rec.provenance.values():
            p.snippet = self.value(p.snippet)
        if rec.type_provenance is not None:
            rec.type_provenance.snippet = self.value(rec.type_provenance.snippet)
        return rec
