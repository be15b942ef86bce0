"""Guard for refactors of the extractors: every record must stay byte-for-byte the same.

    .venv/bin/python bench/bench_same_output.py dump /tmp/before.jsonl [--corpus DIR]   # before the change
    .venv/bin/python bench/bench_same_output.py diff /tmp/before.jsonl [--corpus DIR]   # after: 0 or exit 1

It runs ``extract(body, hint)`` on every page it can find and writes ``to_dict()`` of each record
(or the NotAPage refusal) as sorted JSON, one case per line:

* ../shared/realdata (or $PUBWATCH_REALDATA) dev/ and text/ pages, labelled or not;
* the pages of every fresh set bench_extract.py's ``FRESH_SETS`` marks as seen (at ``$<set env>/pages``,
  default ``/work/<set>-realdata/pages``, outside the repository); a never-tuned set is left out unless
  ``--include-never-tuned`` is given (only the merger, who scores it, passes that: a tuner's dump must
  not hold what the extractors read on a set kept blind);
* the plain-text rendering of every HTML page above, as bench_extract.py's ``rendered`` part makes it;
* with ``--corpus DIR`` (``pubwatch replica generate --out DIR``), every version of every posting,
  with the list title and date as hint, as the crawler passes them.

``diff`` recomputes and prints only the names of the cases whose record changed (never their output:
some sets are never-tuned measures, and a speed-up must not show anyone what they read) and a count.
The dump holds extracted values of pages that are not ours to redistribute: keep it under /tmp,
never commit it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))  # its sibling bench_extract (bench/ is no package)

import bench_extract  # noqa: E402

from extractors import extract  # noqa: E402
from extractors.decode import load  # noqa: E402
from extractors.layout import text_rendering  # noqa: E402
from extractors.record import NotAPage  # noqa: E402

REALDATA = bench_extract.default_realdata()
# never opened: a sealed set stays sealed even for a guard that only compares outputs
SEALED = {"sealed.bin"}


def page_files(include_never_tuned: bool = False) -> list[tuple[str, Path]]:
    out = []
    for sub in ("dev", "text"):
        d = REALDATA / sub / "pages"
        if d.is_dir():
            out += [(f"{sub}/{p.name}", p) for p in sorted(d.iterdir()) if p.is_file()]
    for fresh in bench_extract.FRESH_SETS:
        if fresh.seen_since is None and not include_never_tuned:
            continue
        d = fresh.realdata / "pages"
        if d.is_dir():
            out += [(f"{fresh.name}/{p.name}", p) for p in sorted(d.iterdir()) if p.is_file()]
    return [(n, p) for n, p in out if p.name not in SEALED]


def cases(
    corpus: Path | None, include_never_tuned: bool = False
) -> Iterator[tuple[str, bytes, dict[str, Any] | None]]:
    for name, path in page_files(include_never_tuned):
        body = path.read_bytes()
        yield name, body, None
        if path.suffix in (".html", ".htm"):
            try:
                text = text_rendering(load(body, None).html)
            except NotAPage:
                continue
            yield f"rendered:{name}", text.encode("utf-8"), None
    if corpus is not None:
        with (corpus / "postings.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                post = json.loads(line)
                hint = {"title": post.get("title", ""), "publish_date": post.get("publish_date", "")}
                for i, version in enumerate(post.get("versions") or []):
                    yield f"corpus:{post['posting_id']}#{i}", version["html"].encode("utf-8"), hint


def record_json(body: bytes, hint: dict[str, Any] | None) -> str:
    try:
        rec = extract(body, hint=hint)
    except NotAPage as exc:
        return json.dumps({"refused": str(exc)}, ensure_ascii=False)
    return json.dumps(rec.to_dict(), sort_keys=True, ensure_ascii=False, default=str)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("dump", "diff"))
    ap.add_argument("file", type=Path)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument(
        "--include-never-tuned",
        action="store_true",
        help="also the sets FRESH_SETS marks never tuned (the merger only; tuners must not see them)",
    )
    args = ap.parse_args()
    now = {name: record_json(body, hint) for name, body, hint in cases(args.corpus, args.include_never_tuned)}
    if args.mode == "dump":
        with args.file.open("w", encoding="utf-8") as fh:
            for name, rec in now.items():
                fh.write(json.dumps([name, rec], ensure_ascii=False) + "\n")
        print(f"{len(now)} records written to {args.file}")
        return 0
    before = dict(json.loads(line) for line in args.file.open(encoding="utf-8"))
    changed = sorted(n for n in before.keys() | now.keys() if before.get(n) != now.get(n))
    for name in changed:
        print(f"  changed: {name}")
    print(f"{len(changed)} of {len(before)} records differ ({len(now)} now)")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
