"""Every error of one seen fresh set as a table, for a per-error diagnosis (docs/blind-errors.md).

One row per wrong value (the same ✗ cases `bench_extract.py` prints, scored by its own code:
``fresh_cases`` and ``extractors.scoring.score_fields`` over ``REFERENCE_KEYS``) and one row per notice
type confused, with what the second labelling (``labels_second``) says for the same key, so that a label
question shows beside the extractor's mistake.

    PUBWATCH_REALDATA=/work/shared/realdata PYTHONPATH=$PWD .venv/bin/python bench/blind_errors.py fresh29 fresh30

Refuses a set nobody has tuned on (``seen_since`` None): a never-tuned set prints no per-page output.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import FRESH_SETS, REFERENCE_KEYS, NotAPage, extract, fresh_cases, score_fields


def short(name: str) -> str:
    """A page's short name: its file name's last part (the subject words), without the extension."""
    stem = name.split("/", 1)[-1].rsplit(".", 1)[0]
    return stem.split("_")[-1][:40]


def cell(value: object, width: int = 60) -> str:
    return str(value).replace("|", "/").replace("\n", " ")[:width]


def rows(set_name: str) -> list[tuple[str, ...]]:
    """(set, page, key, got, want, second labelling's value) for every error of ``set_name``."""
    fresh = next(f for f in FRESH_SETS if f.name == set_name)
    if fresh.seen_since is None:
        raise SystemExit(f"{set_name} is never tuned on: its errors are not listed")
    second = fresh.labels.parent / "labels_second"
    out = []
    for name, body, lab, _hint in fresh_cases(fresh.realdata, fresh.labels, set_name):
        page = name.split("/", 1)[1]
        lab2_path = second / f"{page}.json"
        lab2 = json.loads(lab2_path.read_text("utf-8")) if lab2_path.is_file() else None
        try:
            rec = extract(body)
            pred, got_type = rec.fields, rec.notice_type
        except NotAPage:
            pred, got_type = {}, "refused"
        if got_type != lab["notice_type"]:
            out.append(
                (
                    set_name,
                    short(name),
                    "notice_type",
                    got_type,
                    lab["notice_type"],
                    lab2["notice_type"] if lab2 else "-",
                )
            )
        for fs in score_fields(pred, lab["fields"], REFERENCE_KEYS):
            if (fs.predicted and fs.tp_p < 1) or (fs.labelled and fs.tp_r < 1):
                want2 = lab2["fields"].get(fs.key) if lab2 else "-"
                out.append(
                    (
                        set_name,
                        short(name),
                        fs.key,
                        cell(pred.get(fs.key)),
                        cell(lab["fields"].get(fs.key)),
                        cell(want2),
                    )
                )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", help="seen fresh sets, e.g. fresh29 fresh30")
    args = ap.parse_args()
    print("| set | page | key | got | want | second labelling |\n|---|---|---|---|---|---|")
    n = 0
    for s in args.sets:
        for r in rows(s):
            n += 1
            print("| " + " | ".join(r) + " |")
    print(f"\n{n} errors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
