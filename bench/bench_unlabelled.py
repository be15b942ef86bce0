"""Would a page that prints an item under a label we do not know be accused of omitting it?

Why: a 要素缺失 finding stands only when the page does not state the item. "Stated" is decided first by the
labels we know (``extractors/stated.py``), so on pages never seen an item printed under an unknown label
('中选机构：某招标代理有限公司' for the agency) is judged absent and the unit accused of an omission that is on
the page (issue 12 item 3; round 13c). This bench measures how general the second line of defence is
without waiting for new pages: it takes every seen labelled page (dev/, text/ and each fresh set marked seen
whose pages are on disk), and for each item its notice type requires that the page states (its label
records a value, the record reads it or marks it a gap), makes two copies of the page:

- **label replaced**: every printed label naming the item (a 'label：' span, a label-only line or cell)
  is replaced by a nonce label (``NONCE``, no known label), the value kept. The page still states the
  item, so a finding here is an accusation on our mistake: the goal is 0.
- **label and value removed**: every line printing such a label, and every line printing the value, is
  dropped. The page no longer states the item, so the finding must still be raised: a gap here is a
  finding lost (the second line must not swallow real omissions).

The pages are perturbed as text: an HTML or JSON page is first rendered as a page store prints it
(``extractors.layout.text_rendering``, one block or cell a line, as ``bench_extract.py --part rendered``),
so every page is cut by lines the same way; the unperturbed rendering is the baseline each copy is
compared with. A pair is skipped when the baseline's notice type is wrong or only inferred from the body
(no finding could be raised either way), when no printed label was found, or when the copy's type moves
(the label was also a type word). Figures are per key and overall::

    PYTHONPATH=$PWD .venv/bin/python bench/bench_unlabelled.py [--cases] [--keys amount,agency]

Run it from a snapshot of another commit to compare (``git archive REV | tar -x -C DIR``, copy this file
into ``DIR/bench``): it reads only what ``main`` already had.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))  # its sibling bench_extract (bench/ is no package)

import bench_extract  # noqa: E402

from extractors import extract  # noqa: E402
from extractors.decode import load  # noqa: E402
from extractors.fieldspecs import extractor_for  # noqa: E402
from extractors.layout import text_rendering  # noqa: E402
from extractors.readers import _label_spans  # noqa: E402
from extractors.record import NotAPage  # noqa: E402
from extractors.stated import _label_keys  # noqa: E402
from monitor.required import required_detail, type_inferred  # noqa: E402
from vocabulary import TYPE_INFERRED_REASON  # noqa: E402

#: a label no reader knows and no rule names (checked in ``main``): 'the 戊己庚 column'
NONCE = "戊己庚栏"
_FIGURE = re.compile(r"\d[\d,，]*(?:\.\d+)?")
_MAX_LABEL_LINE = 24


def seen_cases() -> list[tuple[str, bytes, dict[str, Any]]]:
    """(name, body, label) of every seen labelled page on disk: dev/, text/, and each seen fresh set."""
    realdata = bench_extract.default_realdata()
    return [(n, b, lab) for n, b, lab, _h in bench_extract.seen_cases(realdata)]


def as_text(name: str, body: bytes) -> str | None:
    """The page as text lines: a text page as it is, an HTML or JSON page as a page store renders it."""
    try:
        payload = load(body, None)
    except NotAPage:
        return None
    if name.endswith(".txt"):
        return payload.html
    try:
        return text_rendering(payload.html)
    except NotAPage:
        return None


def label_texts(lines: list[str], key: str, aliases: dict[str, str]) -> list[str]:
    """Every printed label naming ``key``: a 'label：' span, or a short line with no colon that is only a
    label (a header or label cell rendered on its own line); longest first, so a longer label is
    replaced before a shorter one inside it."""
    found: set[str] = set()

    def names(label: str) -> bool:
        core, before, after = _label_keys(label)
        return bool(core) and (key in before or key in after or aliases.get(core) == key)

    for line in lines:
        if ":" in line or "：" in line:
            for _ls, _vs, label, _known in _label_spans(line):
                if names(label) and len(label.strip()) >= 2:
                    found.add(label.strip())
        elif len(line.strip()) <= _MAX_LABEL_LINE and names(line):
            found.add(line.strip())
    return sorted(found, key=len, reverse=True)


def renamed_line(line: str, labels: list[str]) -> str:
    """``line`` with each printed label in label position (the whole line, or before a colon) replaced by
    the nonce; the same words in prose ('由采购人负责解释', a title's 中标) are left, so the notice's type and
    sentences read as before."""
    if line.strip() in labels:
        return NONCE
    for printed in labels:
        line = re.sub(re.escape(printed) + r"(?=\s*[:：])", NONCE, line)
    return line


def value_texts(record: dict[str, Any], label: dict[str, Any], key: str) -> list[str]:
    """How the item's value may be printed: the value read (or labelled) as text, each name of a list,
    and for a figure the figures of the snippet it was read in and the labelled number in 元 and 万元."""
    out: list[str] = []
    snippet = ((record.get("provenance") or {}).get(key) or {}).get("snippet", "")
    for value in (record["fields"].get(key), label["fields"].get(key)):
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, dict):
                item = item.get("name") or item.get("value")
            if isinstance(item, bool) or item is None:
                continue
            if isinstance(item, int | float):
                out += [f"{item:g}", f"{item / 10000:g}", f"{item:,.2f}", f"{item:.2f}"]
                out += [m for m in _FIGURE.findall(snippet) if len(m) >= 2]
            elif isinstance(item, str) and len(item.strip()) >= 2:
                out.append(item.strip()[:40])
    return [v for v in dict.fromkeys(out) if len(v) >= 2]


def status_of(text: str, key: str, notice_type: str) -> tuple[str, str]:
    """The item's status in a text page's record: read, gap or missing; or 'type moved' when the copy's
    notice type is another or rests on the body alone (the cut took the title or a heading with it);
    with the text a gap rests on."""
    rec = extract(text.encode("utf-8")).to_dict()
    status, why = required_detail(rec).get(key, ("absent", ""))
    if rec["notice_type"] != notice_type or why == TYPE_INFERRED_REASON:
        return "type moved", ""
    return status, rec["gaps"].get(key, "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", action="store_true", help="print every accusation and every finding lost")
    ap.add_argument("--keys", default="", help="only these required keys (comma-separated)")
    args = ap.parse_args()
    only = {k for k in args.keys.split(",") if k}
    assert not _label_keys(NONCE)[1] and not _label_keys(NONCE)[2], "the nonce must be no known label"

    renamed: dict[str, Counter[str]] = defaultdict(Counter)
    removed: dict[str, Counter[str]] = defaultdict(Counter)
    skipped: Counter[str] = Counter()
    listed: list[str] = []
    pages = 0
    for name, body, lab in seen_cases():
        text = as_text(name, body)
        if not text:
            skipped["no text"] += 1
            continue
        pages += 1
        rec = extract(text.encode("utf-8")).to_dict()
        if rec["notice_type"] != lab["notice_type"]:
            skipped["type wrong (page)"] += 1
            continue
        detail = required_detail(rec)
        if type_inferred(rec):
            skipped["type inferred (page)"] += 1
            continue
        aliases = extractor_for(rec["notice_type"]).aliases
        lines = text.split("\n")
        for key, (status, _why) in detail.items():
            if key not in lab["fields"] or (only and key not in only):
                continue
            if status == "missing":
                skipped["accused already (bench_extract --accused)"] += 1
                continue
            labels = label_texts(lines, key, aliases)
            if not labels:
                skipped["no printed label (read by a sentence, a title, a signature)"] += 1
                continue
            # label replaced, value kept: the page still states the item
            copy = "\n".join(renamed_line(ln, labels) for ln in lines)
            got, _on = status_of(copy, key, rec["notice_type"])
            renamed[key][got] += 1
            if got == "missing":
                listed.append(f"  accused  {name}: {key} (labels {', '.join(labels)})")
            # label and value removed: the page no longer states it
            values = value_texts(rec, lab, key)
            kept = [
                ln for ln in lines if not any(p in ln for p in labels) and not any(v in ln for v in values)
            ]
            got, on = status_of("\n".join(kept), key, rec["notice_type"])
            removed[key][got] += 1
            if got == "gap":
                listed.append(f"  lost     {name}: {key} (labels {', '.join(labels)}; gap on 「{on}」)")

    print(
        f"{pages} seen labelled pages as text; skipped: " + "; ".join(f"{k} {v}" for k, v in skipped.items())
    )
    cols = ("read", "gap", "missing", "type moved")
    print(f"\n{'key':<24}{'label replaced (value kept)':>34}   {'label and value removed':>30}")
    print(f"{'':<24}" + "".join(f"{c:>9}" for c in cols) + "   " + "".join(f"{c:>9}" for c in cols))
    total_a, total_b = Counter[str](), Counter[str]()
    for key in sorted(set(renamed) | set(removed)):
        a, b = renamed[key], removed[key]
        total_a.update(a)
        total_b.update(b)
        print(
            f"{key:<24}" + "".join(f"{a[c]:>9}" for c in cols) + "   " + "".join(f"{b[c]:>9}" for c in cols)
        )
    print(
        f"{'ALL':<24}"
        + "".join(f"{total_a[c]:>9}" for c in cols)
        + "   "
        + "".join(f"{total_b[c]:>9}" for c in cols)
    )
    print(
        f"\naccusations with the label replaced (missing; goal 0): {total_a['missing']} of "
        f"{sum(total_a[c] for c in cols[:3])}; findings kept with label and value removed (missing; goal all): "
        f"{total_b['missing']} of {sum(total_b[c] for c in cols[:3])} (gap = a finding lost: {total_b['gap']}; "
        f"read = the value is printed elsewhere too: {total_b['read']})"
    )
    if args.cases:
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
