"""Traditional-character mirrors of the seen pages: how much a 繁體 copy of a notice loses against its original.

    .venv/bin/python bench/bench_mirror.py [--keys 15]

About one real page in seven is a 繁體 mirror of a mainland notice (label files ending in ``-fanti``), and the
blind sets keep bringing new ones. This bench converts every seen page that is not already such a copy
(``bench_extract.real_cases`` and every fresh set ``FRESH_SETS`` marks seen; never a blind one) whole with
OpenCC's s2t, extracts both the original and the copy, and scores each against the page's own label (the
copy's values folded back with t2s before comparing, since labels keep the original's characters). The gap
between the two lines is what the readers still lose on traditional text (rounds 11c and 11d: 0.805 → 0.863,
equal to the originals); the per-key lines show where.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))  # its sibling bench_extract (bench/ is no package)

import bench_extract  # noqa: E402

from extractors import extract  # noqa: E402
from extractors.record import NotAPage  # noqa: E402
from extractors.scoring import Tally, score_fields  # noqa: E402


def seen_cases(bench: Any, realdata: Path) -> list[tuple[str, bytes, dict[str, Any], Any]]:
    """The labelled seen pages that are not already traditional copies."""
    return [c for c in bench.seen_cases(realdata) if "fanti" not in c[0]]


def mirror(body: bytes, s2t: Any) -> bytes:
    """The page converted whole to traditional characters, in its own encoding."""
    for codec in ("utf-8", "gb18030"):
        try:
            return s2t.convert(body.decode(codec)).encode(codec)
        except UnicodeDecodeError:
            continue
    return body


def folded(value: Any, t2s: Any) -> Any:
    if isinstance(value, str):
        return t2s.convert(value)
    if isinstance(value, list):
        return [folded(v, t2s) for v in value]
    if isinstance(value, dict):
        return {k: folded(v, t2s) for k, v in value.items()}
    return value


def score(cases: list, t2s: Any) -> tuple[dict[str, Tally], Tally, int]:
    per_key: dict[str, Tally] = defaultdict(Tally)
    total = Tally()
    types = 0
    for _name, body, label, _hint in cases:
        try:
            rec = extract(body)
            pred, got = {k: folded(v, t2s) for k, v in rec.fields.items()}, rec.notice_type
        except NotAPage:
            pred, got = {}, "refused"
        types += got == label["notice_type"]
        for fs in score_fields(pred, label["fields"], None):
            per_key[fs.key].add(fs)
            total.add(fs)
    return per_key, total, types


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--realdata", type=Path, default=ROOT.parent / "shared" / "realdata")
    ap.add_argument("--keys", type=int, default=15, help="print the keys that lose most on the copies")
    args = ap.parse_args()
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    originals = seen_cases(bench_extract, args.realdata)
    if not originals:
        print("no seen labelled pages found: skipped")
        return 0
    copies = [(n, mirror(b, s2t), lab, h) for n, b, lab, h in originals]
    by_key_o, total_o, types_o = score(originals, t2s)
    by_key_m, total_m, types_m = score(copies, t2s)
    n = len(originals)
    print(f"originals: {n} pages  F1 {total_o.f1:.3f}  types {types_o}/{n}")
    print(f"traditional copies:     F1 {total_m.f1:.3f}  types {types_m}/{n}")
    worst = sorted(by_key_o, key=lambda k: -(by_key_o[k].f1 - by_key_m[k].f1) * by_key_o[k].n_gold)
    for key in worst[: args.keys]:
        o, m = by_key_o[key], by_key_m[key]
        print(f"  {key:<22} original {o.f1:.3f}  copy {m.f1:.3f}  n {o.n_gold}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
