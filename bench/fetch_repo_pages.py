"""Re-obtain a fresh set's repository pages (MANIFEST rows whose repo is a GitHub owner/name) from a local
snapshot of that repository, checking sha256; nothing of the pages is kept in this repository.

A row's ``path`` says ``FILE (blob …): record KEY VALUE, field FIELD`` (a JSON file: the record whose KEY is
VALUE, its FIELD written as UTF-8, no trailing newline), ``FILE (blob …): string N`` (a source file that keeps
a notice in a triple-quoted string literal: the raw text between the N-th pair of triple quotes, counted from
0, escapes not decoded, so the bytes are the file's own) or ``FILE (blob …)`` alone (the file's bytes). The
bytes are read with ``git show COMMIT:FILE`` from ``<mirrors>/<owner>+<name>/repo`` (where the ``fetch`` tool
puts snapshots; some snapshots arrive as a work tree, ``repo/.git``, and that is read instead). A page goes
to ``pages/`` only when its sha256 is the manifest's; otherwise to ``mismatch/``.

    python bench/fetch_repo_pages.py fresh10 [--realdata /work/fresh10-realdata] [--mirrors /work/.mirror]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]+")
PATH = re.compile(
    r"(?P<file>[^\s(]+) \(blob [0-9a-f]+\)"
    r"(?:: record (?P<key>\w+) (?P<value>[^,\s]+), field (?P<field>\w+)|: string (?P<string>\d+))?"
)
#: a Python triple-quoted string literal (either quote), its body lazily matched: the reader of ``string N``
TRIPLE_QUOTED = re.compile(rb'("""|\'\'\')(.*?)\1', re.S)


def records(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from records(value)
    elif isinstance(node, list):
        for value in node:
            yield from records(value)


def snapshot_git_dir(mirrors: Path, repo: str) -> Path:
    """The git directory of a fetched snapshot: ``repo`` itself (bare) or ``repo/.git`` (a work tree)."""
    root = mirrors / repo.replace("/", "+") / "repo"
    return root / ".git" if (root / ".git").is_dir() else root


def string_literal(source: bytes, index: int) -> bytes:
    """The raw body of the ``index``-th triple-quoted string of a source file (why raw: the page is the text
    the developer pasted, byte for byte; decoding escapes would change pages that contain backslashes)."""
    bodies = [m.group(2) for m in TRIPLE_QUOTED.finditer(source)]
    if index >= len(bodies):
        raise ValueError(f"string {index} asked for, {len(bodies)} triple-quoted strings in the file")
    return bodies[index]


def page_bytes(git_dir: Path, commit: str, row_path: str) -> bytes:
    m = PATH.match(row_path)
    if not m:
        raise ValueError(f"path not understood: {row_path[:80]}")
    blob = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{commit}:{m['file']}"], check=True, capture_output=True
    ).stdout
    if m["string"] is not None:
        return string_literal(blob, int(m["string"]))
    if not m["key"]:
        return blob
    hits = [r for r in records(json.loads(blob)) if str(r.get(m["key"])) == m["value"]]
    if len(hits) != 1:
        raise ValueError(f"{len(hits)} records with {m['key']} {m['value']} in {m['file']}")
    return str(hits[0][m["field"]]).encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set")
    parser.add_argument("--realdata", type=Path)
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args(argv)
    realdata = args.realdata or Path(f"/work/{args.set}-realdata")
    with (BENCH / args.set / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        rows = [row for row in csv.DictReader(fh, delimiter="\t") if REPO.fullmatch(row["repo"])]
    for sub in ("pages", "mismatch"):
        (realdata / sub).mkdir(parents=True, exist_ok=True)
    matched = 0
    for row in rows:
        name = row["filename"]
        git_dir = snapshot_git_dir(args.mirrors, row["repo"])
        try:
            raw = page_bytes(git_dir, row["commit"], row["path"])
        except (ValueError, subprocess.CalledProcessError) as exc:
            print(f"FAILED   {name}: {exc}")
            continue
        if hashlib.sha256(raw).hexdigest() == row["sha256"]:
            (realdata / "pages" / name).write_bytes(raw)
            matched += 1
            print(f"ok       {name}")
        else:
            (realdata / "mismatch" / name).write_bytes(raw)
            print(f"MISMATCH {name}")
    print(f"{args.set}: {matched} of {len(rows)} repository rows match the manifest sha256")
    return 0


if __name__ == "__main__":
    sys.exit(main())
