"""How far two labellings of the same pages agree: the ceiling any extractor F1 against one of them has.

    .venv/bin/python bench/label_agreement.py --a bench/fresh8/labels --b bench/fresh8/labels_second
    .venv/bin/python bench/label_agreement.py --a DIR --b DIR --values     # also every differing value
    .venv/bin/python bench/label_agreement.py --a DIR --b DIR --json
    .venv/bin/python bench/label_agreement.py --a DIR --b DIR --bootstrap 2000   # 95 % interval of F1 over pages

Each directory holds ``<page>.json`` labels (``notice_type`` and ``fields``, the format of
bench/fresh*/labels).  Pages are paired by file name.  Labelling b is scored as if it were an
extraction and a the truth, with the bench's own rules (``extractors.scoring``: NFKC strings, money
within 1, lists credited by share of members) over the reference keys: field precision, recall and F1
overall and per key, then notice-type agreement (share and Cohen's kappa) and the pages whose types
differ.  Swapping a and b swaps precision and recall; F1 stays the same.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.scoring import REFERENCE_KEYS, Tally, score_fields  # noqa: E402


def load_labels(directory: Path) -> dict[str, dict[str, Any]]:
    """Every ``*.json`` label of a directory, by file name."""
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.json"))}


def _kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two raters' categories (1.0 when both use one and the same category)."""
    n = len(pairs)
    if not n:
        return 1.0
    observed = sum(1 for x, y in pairs if x == y) / n
    ca, cb = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    expected = sum(ca[c] * cb[c] for c in ca) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def compare(a: dict[str, dict[str, Any]], b: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Agreement of labelling b against labelling a on the pages both hold."""
    common = sorted(set(a) & set(b))
    overall, per_key = Tally(), defaultdict(Tally)
    values: list[dict[str, Any]] = []
    types: list[tuple[str, str]] = []
    type_diffs = []
    for name in common:
        fa, fb = a[name].get("fields", {}), b[name].get("fields", {})
        for fs in score_fields(fb, fa, REFERENCE_KEYS):
            overall.add(fs)
            per_key[fs.key].add(fs)
            if not (fs.tp_p == 1.0 and fs.tp_r == 1.0):
                values.append({"page": name, "key": fs.key, "a": fa.get(fs.key), "b": fb.get(fs.key)})
        ta, tb = a[name].get("notice_type", ""), b[name].get("notice_type", "")
        types.append((ta, tb))
        if ta != tb:
            type_diffs.append({"page": name, "a": ta, "b": tb})
    agree = sum(1 for x, y in types if x == y)
    return {
        "pages": len(common),
        "only_a": sorted(set(a) - set(b)),
        "only_b": sorted(set(b) - set(a)),
        "fields": _figures(overall),
        "per_key": {k: _figures(t) for k, t in sorted(per_key.items())},
        "type_agree": agree,
        "type_share": agree / len(types) if types else 1.0,
        "type_kappa": _kappa(types),
        "type_diffs": type_diffs,
        "values": values,
    }


def bootstrap_f1(
    a: dict[str, dict[str, Any]], b: dict[str, dict[str, Any]], rounds: int, seed: int = 12
) -> tuple:
    """2.5 and 97.5 percentiles of field F1 over pages drawn with replacement (the pages vary, not the keys)."""
    common = sorted(set(a) & set(b))
    per_page = []
    for name in common:
        t = Tally()
        for fs in score_fields(b[name].get("fields", {}), a[name].get("fields", {}), REFERENCE_KEYS):
            t.add(fs)
        per_page.append(t)
    rng, f1s = random.Random(seed), []
    for _ in range(rounds):
        total = Tally()
        for t in rng.choices(per_page, k=len(per_page)):
            total.tp_p, total.n_pred = total.tp_p + t.tp_p, total.n_pred + t.n_pred
            total.tp_r, total.n_gold = total.tp_r + t.tp_r, total.n_gold + t.n_gold
        f1s.append(total.f1)
    f1s.sort()
    return round(f1s[int(0.025 * (rounds - 1))], 3), round(f1s[int(0.975 * (rounds - 1))], 3)


def _figures(t: Tally) -> dict[str, float]:
    return {
        "precision": round(t.precision, 3),
        "recall": round(t.recall, 3),
        "f1": round(t.f1, 3),
        "n_a": t.n_gold,
        "n_b": t.n_pred,
    }


def _print(result: dict[str, Any], show_values: bool) -> None:
    f = result["fields"]
    print(f"pages compared: {result['pages']}")
    for side in ("only_a", "only_b"):
        if result[side]:
            print(f"  {side}: {', '.join(result[side])}")
    print(f"fields, b against a: P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}")
    print(f"  (values labelled: a {f['n_a']}, b {f['n_b']})")
    if "f1_interval_95" in result:
        low, high = result["f1_interval_95"]
        print(f"  F1 95 % interval over pages (bootstrap): {low:.3f} to {high:.3f}")
    differing = sorted({v["page"] for v in result["values"]})
    print(f"pages with every field in agreement: {result['pages'] - len(differing)}/{result['pages']}")
    print(f"{'key':16} {'n_a':>4} {'n_b':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for key, k in result["per_key"].items():
        print(f"{key:16} {k['n_a']:4d} {k['n_b']:4d} {k['precision']:6.3f} {k['recall']:6.3f} {k['f1']:6.3f}")
    print(
        f"notice type: {result['type_agree']}/{result['pages']} agree "
        f"({result['type_share']:.3f}), Cohen's kappa {result['type_kappa']:.3f}"
    )
    for d in result["type_diffs"]:
        print(f"  {d['a']:32} vs {d['b']:32} {d['page']}")
    if show_values:
        print("differing values (a | b):")
        for v in result["values"]:
            a = json.dumps(v["a"], ensure_ascii=False)
            b = json.dumps(v["b"], ensure_ascii=False)
            print(f"  {v['key']:14} {a} | {b}   {v['page'][:60]}")


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", required=True, type=Path, help="the labelling taken as truth")
    parser.add_argument("--b", required=True, type=Path, help="the labelling scored against it")
    parser.add_argument("--values", action="store_true", help="print every differing value")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--bootstrap", type=int, default=0, metavar="N", help="N resamples of pages for an F1 interval"
    )
    args = parser.parse_args(argv)
    la, lb = load_labels(args.a), load_labels(args.b)
    result = compare(la, lb)
    if args.bootstrap:
        result["f1_interval_95"] = bootstrap_f1(la, lb, args.bootstrap)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print(result, args.values)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
