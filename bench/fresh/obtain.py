"""Re-obtain the fresh pages that come from public repositories (bench/fresh/README.md).

    .venv/bin/python bench/fresh/obtain.py --mirror LC-123456-git/ztc_spider=/work/.mirror/LC-123456-git+ztc_spider/repo \
        --mirror Dyson1990/MyWheels=/work/.mirror/Dyson1990+MyWheels/repo/.git [--out /work/fresh-realdata/pages]

Why a script: the pages are not ours to redistribute, so they never enter the repository; whoever
needs them again rebuilds them from the named blobs and checks them against the manifest's sha256.
The mirrors are local git directories of the named repositories (the session's ``fetch`` tool makes
them); this script reads blobs with ``git cat-file`` and needs no network.  Rows that come from the
page store (no repository) are transcribed by hand from the search tool's excerpt and are listed as
"by hand" in the summary; their text, not their sha256, is what a new copy is compared on.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "MANIFEST.tsv"
DEFAULT_OUT = Path("/work/fresh-realdata/pages")
BLOB = re.compile(r"blob ([0-9a-f]{40})")


TRIPLE = re.compile(r"""[rRuUbB]{0,2}("{3}|'{3})(.*?)\1""", re.S)
MAIN = re.compile(r"""^if\s+__name__\s*==\s*['"]__main__['"]\s*:""", re.M)


def triple_quoted(source: str, after_main: bool) -> list[str]:
    """The triple-quoted string literals of ``source`` in order (their value, then their raw text).

    A regular expression, not ``ast``: some of the named files are Python 2 and do not parse.  With
    ``after_main`` only literals after ``if __name__ == '__main__':`` count (the ``rules_clean.py``
    test strings).  Each literal yields its evaluated value and, when it differs, its raw text, so
    the manifest's sha256 decides which one was labelled.
    """
    start = 0
    if after_main:
        main = MAIN.search(source)
        if main is None:
            return []
        start = main.end()
    out: list[str] = []
    for m in TRIPLE.finditer(source, start):
        raw = m.group(2)
        try:
            value = ast.literal_eval(m.group(0))
        except (SyntaxError, ValueError):
            value = raw
        out.append(value if isinstance(value, str) else raw)
        if value != raw:
            out.append(raw)
    return out


def page_from_blob(git_dir: Path, blob: str, after_main: bool) -> list[bytes]:
    """Candidate page bytes from one blob (first the first triple-quoted literal, then the others)."""
    source = subprocess.run(
        ["git", "--git-dir", str(git_dir), "cat-file", "-p", blob],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    return [value.encode("utf-8") for value in triple_quoted(source, after_main)]


def main(argv: list[str] | None = None) -> int:
    """Write each repository row's page to ``--out`` when its sha256 matches the manifest."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror", action="append", default=[], help="owner/name=GIT_DIR")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    mirrors = dict(item.split("=", 1) for item in args.mirror)
    args.out.mkdir(parents=True, exist_ok=True)
    bad = 0
    with MANIFEST.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name, repo = row["filename"], row["repo"]
            blob = BLOB.search(row["path"])
            if blob is None:
                print(f"by hand   {name}  ({row['path']})")
                continue
            if repo not in mirrors:
                print(f"no mirror {name}  ({repo})")
                bad += 1
                continue
            after_main = "__main__" in row["path"]
            candidates = page_from_blob(Path(mirrors[repo]), blob.group(1), after_main)
            match = next((c for c in candidates if hashlib.sha256(c).hexdigest() == row["sha256"]), None)
            if match is None:
                print(f"MISMATCH  {name}  ({len(candidates)} literals, none with the manifest's sha256)")
                bad += 1
                continue
            (args.out / name).write_bytes(match)
            print(f"ok        {name}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
