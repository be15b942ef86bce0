"""Rebuild a fresh set's pages from hand transcriptions kept outside the repository, checking sha256.

The pages are not ours to redistribute, so neither they nor their transcriptions are committed: a set's
transcriptions live in ``/work/<set>-realdata/transcripts/<page>.src`` (the string as it stands in its
source: a Python/Java/SQL/JSON literal's body with its escapes, or a page-store excerpt as printed) or
``<page>.json`` (fresh12, fresh13: the body of a JSON string, decoded as JSON first), and this
script writes ``/work/<set>-realdata/pages/<page>`` only when some decoding of the transcription gives the
bytes whose sha256 the set's MANIFEST.tsv records. A transcription that matches no decoding is written to
``mismatch/`` (the plain escape-decoded text), never to ``pages/``, so the labelled-page tests see only
the labelled bytes.

Decodings tried, in order: the text as typed; backslash escapes decoded (\\r \\n \\t \\" \\' \\\\ \\uXXXX);
one level of HTML entities on top of that; and, for the pages whose manifest says their white-space runs
were shortened, every white-space run of two or more shortened to two spaces. Each with and without the
transcription's final newline (the create tool's, not the page's).

    python bench/rebuild_pages.py fresh11 [--realdata /work/fresh11-realdata]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

BENCH = Path(__file__).resolve().parent

ESCAPES = {"r": "\r", "n": "\n", "t": "\t", '"': '"', "'": "'", "\\": "\\", "/": "/"}


def unescape(text: str) -> str:
    """Decode the backslash escapes of a C-like string literal (unknown ones are kept as typed)."""
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(0)), text, flags=re.S)


def shortener(space: str) -> Callable[[str], str]:
    """Every run of two or more of ``space`` (a character class's body) shortened to two spaces, after the
    escapes are decoded: the labeller's shortening of a page's long white-space runs, in its three widths."""
    run = re.compile(f"[{space}]{{2,}}")
    return lambda text: run.sub("  ", unescape(text))


STEPS: list[tuple[str, Callable[[str], str]]] = [
    ("as typed", lambda t: t),
    ("escapes", unescape),
    ("escapes+entities", lambda t: html.unescape(unescape(t))),
    ("escapes+shorten", shortener(" \t\r\n\u3000")),
    ("escapes+shorten-ascii", shortener(" \t\r\n")),
    ("escapes+shorten-tabs", shortener(" \t")),
]


def json_string(src: str) -> str | None:
    """A ``.json`` transcription: the body of a JSON string as the search answer printed it (no quotes)."""
    try:
        return json.JSONDecoder(strict=False).decode(f'"{src.rstrip(chr(13) + chr(10))}"')
    except json.JSONDecodeError:
        return None


def candidates(src: str, as_json: bool = False) -> Iterator[tuple[str, bytes]]:
    if as_json and (decoded := json_string(src)) is not None:
        yield "JSON string", decoded.encode("utf-8")
    bases = [("", src)]
    if src.endswith("\n"):
        bases.insert(0, ("final newline dropped, ", src[:-1]))
    for label, base in bases:
        for name, step in STEPS:
            yield label + name, step(base).encode("utf-8")
            stripped = step(base).strip()
            yield label + name + ", stripped", stripped.encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="fresh set name, e.g. fresh11")
    parser.add_argument("--realdata", type=Path, help="default /work/<set>-realdata")
    args = parser.parse_args(argv)
    realdata = args.realdata or Path(f"/work/{args.set}-realdata")
    with (BENCH / args.set / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        rows = {row["filename"]: row for row in csv.DictReader(fh, delimiter="\t")}
    (realdata / "pages").mkdir(parents=True, exist_ok=True)
    (realdata / "mismatch").mkdir(parents=True, exist_ok=True)
    matched = 0
    for name, row in sorted(rows.items()):
        src_path = realdata / "transcripts" / f"{name}.src"
        if not src_path.is_file():
            src_path = src_path.with_suffix(".json")
        if not src_path.is_file():
            print(f"absent   {name}")
            continue
        src = src_path.read_text("utf-8")
        for how, raw in candidates(src, as_json=src_path.suffix == ".json"):
            if hashlib.sha256(raw).hexdigest() == row["sha256"]:
                (realdata / "pages" / name).write_bytes(raw)
                (realdata / "mismatch" / name).unlink(missing_ok=True)
                print(f"ok       {name} ({how})")
                matched += 1
                break
        else:
            (realdata / "mismatch" / name).write_bytes(unescape(src.removesuffix("\n")).encode("utf-8"))
            print(f"MISMATCH {name}")
    print(f"{args.set}: {matched} of {len(rows)} pages match the manifest sha256")
    return 0


if __name__ == "__main__":
    sys.exit(main())
