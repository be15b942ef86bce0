"""Traditional characters folded to simplified, for typing a notice and reading its labels.

Some reposts of mainland notices arrive in traditional characters (a 繁體 mirror of a news item or an
exchange's disclosure), a few with the converter's pinyin left in brackets after a character
('鎮(zhèn)').  The domain and type signals and the item labels are written in simplified characters, so
the classifier and the readers look at a folded copy; field values stay as printed (the page's own
spelling is the evidence).

The character table is OpenCC's traditional→simplified one (``t2s``, the project's own dictionaries),
taken one character at a time: every code point of the CJK blocks a page uses (the unified ideographs,
extension A and the compatibility ideographs) is converted alone, and each character that comes out as one
other character is a pair of the table.  No phrase rule applies (a phrase could change the length or pick a
reading from context), so a fold is always one character for one: positions in ``translate_only``'s
result are positions in its input.  The table is built once, on first use (a few tens of milliseconds).

A few characters OpenCC folds are themselves in use on simplified pages, where folding would rewrite a
name (``_KEPT``): they stay as printed.  Until round 11 the table was written by hand, grown by the
characters each round met; a character outside it stayed traditional, so a label or type word on an
unseen page silently failed to match (docs/extraction-conventions.md, "Round 11c").
"""

from __future__ import annotations

import re
from functools import cache

import opencc

# the blocks whose characters are converted: CJK unified ideographs, extension A, compatibility ideographs
# (the supplementary planes hold no traditional character a notice uses, and would triple the build time)
_BLOCKS = ((0x4E00, 0xA000), (0x3400, 0x4DC0), (0xF900, 0xFB00))
# simplified characters in their own right that OpenCC folds as the traditional form of another one: kept,
# since a simplified page prints them in names ('乾县', '乾安县' are counties, not '干县')
_KEPT = "乾"


@cache
def _table() -> dict[int, str]:
    """OpenCC's t2s mapping, one character for one (built once; see the module's docstring)."""
    chars = [chr(c) for lo, hi in _BLOCKS for c in range(lo, hi)]
    # one conversion of all the characters, a line each: a line break ends every phrase, so each character
    # is converted alone (one call instead of some thirty thousand)
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # (never seen: a character converted to a line break or to none)
        raise RuntimeError("OpenCC's t2s conversion did not keep one line a character")
    return {
        ord(t): s for t, s in zip(chars, converted, strict=True) if s != t and len(s) == 1 and t not in _KEPT
    }


# a converter's pinyin after a character: '(zhèn)', '(qū)'
# (lower-case, with a tone mark, right after a Chinese character: '(LNG)' or '(a)' is no pinyin)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])[(（][a-zü]{{0,5}}[{_TONED}][a-zü]{{0,5}}[)）]")
# the same note as a pattern fragment for readers that keep it in place (a name or a place read as printed,
# '橫溪鎮(zhèn)桐塢嶺一帶'): the half-width bracket only, tone mark optional (one spelling, readers and agents)
PINYIN_NOTE = r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)"


def fold(text: str) -> str:
    """``text`` with traditional characters made simplified and pinyin insertions dropped.

    A text with no character to change and no tone mark (every simplified page) is returned as it is:
    one scan of a character class instead of a translation and a pinyin pass (the classifier folds the
    whole body of every page).
    """
    if not text or not _foldable().search(text):
        return text
    return _PINYIN.sub("", text.translate(_table()))


@cache
def changed_characters() -> re.Pattern[str]:
    """A class of every character ``translate_only`` changes: a page none of which occurs in needs no folding
    (``printed.Printed`` folds only pages that print some)."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_table())) + "]")


@cache
def _foldable() -> re.Pattern[str]:
    """A class of every character ``fold`` may change or drop: those ``translate_only`` changes and the
    tone marks every pinyin note holds (no text without one of them is changed by ``fold``)."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_table())) + re.escape(_TONED) + "]")


def translate_only(text: str) -> str:
    """``text`` with the traditional characters made simplified, one character for one: positions in
    the result are positions in ``text`` (a sentence matched on it is cut from the page as printed)."""
    if not text or not changed_characters().search(text):
        return text
    return text.translate(_table())
