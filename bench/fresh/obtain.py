"""Re-obtain the pages of a fresh set (bench/fresh*/README.md, "how to re-obtain") from its manifest.

    .venv/bin/python bench/fresh/obtain.py [--set fresh|fresh2|fresh3] [--mirror-root /work/.mirror]
        [--mirror owner/name=GIT_DIR ...] [--out DIR] [--transcripts DIR]

(One script for the three sets: ``--set fresh2`` / ``--set fresh3`` rebuild those.)

Why a script: the pages are not ours to redistribute, so they never enter the repository; whoever
needs them again rebuilds them from the named sources and checks them against the manifest's
sha256.  Nothing is written unless its sha256 matches, so a page that is present is the labelled page.

What is mechanical (needs only local git mirrors, no network): rows naming a repository blob.  The
page is the blob unchanged, a Python triple-quoted literal in it, or the value of a Java ``String``
assignment at the named line (literals concatenated, escapes decoded).  The mirrors are the session
``fetch`` tool's git directories (found under ``--mirror-root`` as ``owner+name/repo[/.git]``).

What needs a hand: rows from the page store (search tool, corpus "pages") and rows the search index
serves only by file id (``read_file id=N``); no script can call those tools.  For each such row the
script prints the step (the query or the id, and what to copy).  Copy the string exactly as the
tool's JSON answer prints it (escapes included, no surrounding quotes) into
``<transcripts>/<filename>.json``; the next run decodes it (JSON, then the literal's own escapes: a
MySQL string or a Python literal) and writes the page when its sha256 matches.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
SETS = ("fresh", "fresh2", "fresh3")
BLOB = re.compile(r"blob ([0-9a-f]{40})")
JAVA_LINE = re.compile(r"line (\d+): String \w+")
INDEX_ID = re.compile(r"file id (\d+)")
URL = re.compile(r"https?://\S+")

TRIPLE = re.compile(r"""[rRuUbB]{0,2}("{3}|'{3})(.*?)\1""", re.S)
MAIN = re.compile(r"""^if\s+__name__\s*==\s*['"]__main__['"]\s*:""", re.M)
JAVA_ESCAPES = dict(zip("ntrbfs\"'\\", "\n\t\r\b\f \"'\\", strict=True))
MYSQL_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "b": "\b", "Z": "\x1a"}


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


def java_string(source: str, line: int) -> str:
    """The value of the Java string expression assigned on ``line`` (1-based) of ``source``.

    The notice crawler's tests keep pages as ``String s = "..." + "..." ...;`` spread over many
    lines; the page is the concatenated value.  Only literals, ``+``, white space and comments may
    occur between the ``=`` and the ``;`` (anything else raises, rather than guess).
    """
    pos = sum(len(text) + 1 for text in source.split("\n")[: line - 1])
    i = source.index("=", pos) + 1
    parts: list[str] = []
    while source[i] != ";":
        if source[i] in " \t\r\n+":
            i += 1
        elif source.startswith("//", i):
            i = source.index("\n", i)
        elif source.startswith("/*", i):
            i = source.index("*/", i) + 2
        elif source[i] == '"':
            i = _java_literal(source, i + 1, parts)
        else:
            raise ValueError(f"not a string expression at line {line}: {source[i : i + 40]!r}")
    return "".join(parts)


def _java_literal(source: str, i: int, parts: list[str]) -> int:
    """Decode one Java string literal starting after its opening quote; return the index after it."""
    while source[i] != '"':
        char = source[i]
        if char != "\\":
            parts.append(char)
            i += 1
            continue
        esc = source[i + 1]
        if esc == "u":
            j = i + 1
            while source[j] == "u":
                j += 1
            parts.append(chr(int(source[j : j + 4], 16)))
            i = j + 4
        elif esc in "01234567":
            digits = re.match(r"[0-3]?[0-7]{1,2}", source[i + 1 :])
            assert digits is not None
            parts.append(chr(int(digits.group(0), 8)))
            i += 1 + len(digits.group(0))
        else:
            parts.append(JAVA_ESCAPES[esc])
            i += 2
    return i + 1


def mysql_unescape(text: str) -> str:
    r"""A MySQL dump's string literal decoded (``\r\n`` -> CRLF, ``\"`` -> ``"``, ...)."""
    return re.sub(r"\\(.)", lambda m: MYSQL_ESCAPES.get(m.group(1), m.group(1)), text, flags=re.S)


def git_blob(git_dir: Path, blob: str) -> bytes:
    """The bytes of one blob of a local mirror."""
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), "cat-file", "blob", blob], check=True, capture_output=True
    ).stdout


def find_mirror(repo: str, root: Path, given: dict[str, str]) -> Path | None:
    """The git directory of ``repo``: ``--mirror`` if given, else ``root/owner+name/repo[/.git]``."""
    if repo in given:
        return Path(given[repo])
    base = root / repo.replace("/", "+") / "repo"
    return next((d for d in (base / ".git", base) if (d / "objects").is_dir()), None)


def blob_candidates(row: dict[str, str], git_dir: Path, blob: str) -> list[bytes]:
    """Candidate page bytes of a repository row, by what its manifest path and notes say."""
    data = git_blob(git_dir, blob)
    if row["notes"].startswith("bytes = the blob unchanged"):
        return [data]
    java = JAVA_LINE.search(row["path"])
    if java:
        return [java_string(data.decode("utf-8"), int(java.group(1))).encode("utf-8")]
    after_main = "__main__" in row["path"]
    return [value.encode("utf-8") for value in triple_quoted(data.decode("utf-8"), after_main)]


def transcript_candidates(row: dict[str, str], transcript: Path) -> list[bytes]:
    """Candidate page bytes from a hand-copied JSON string (see the module docstring)."""
    text = transcript.read_text("utf-8").rstrip("\r\n")  # an editor's final newline is no content
    decoded = json.JSONDecoder(strict=False).decode(f'"{text}"')
    if "MySQL" in row["path"]:
        return [mysql_unescape(decoded).encode("utf-8")]
    if "Python file" in row["path"]:
        candidates = [decoded]
        try:
            value = ast.literal_eval(f'"""{decoded}"""')
        except (SyntaxError, ValueError):
            value = decoded
        return [c.encode("utf-8") for c in (*candidates, value)]
    return [decoded.encode("utf-8")]


def manual_step(row: dict[str, str], labels: Path, transcript: Path) -> str:
    """What to do by hand for a row no script can fetch."""
    index = INDEX_ID.search(row["repo"])
    if index:
        return (
            f"read_file id={index.group(1)} (page on with offset); copy {row['path']} as printed "
            f"into {transcript}"
        )
    fields = json.loads((labels / f"{row['filename']}.json").read_text("utf-8"))["fields"]
    query = fields.get("title") or fields.get("project_name") or row["source_site"]
    url = URL.search(row["path"])
    where = url.group(0) if url else row["path"]
    return f'search corpus "pages" for "{query}"; copy the excerpt of {where} as printed into {transcript}'


def rows(manifest: Path) -> Iterator[dict[str, str]]:
    """The manifest's rows."""
    with manifest.open(encoding="utf-8") as fh:
        yield from csv.DictReader(fh, delimiter="\t")


def obtain(args: argparse.Namespace) -> int:
    """Put every page that can be had into ``args.out``; report each row; 0 when all are there."""
    root = BENCH / args.set
    given = dict(item.split("=", 1) for item in args.mirror)
    args.out.mkdir(parents=True, exist_ok=True)
    total = done = 0
    for row in rows(root / "MANIFEST.tsv"):
        total += 1
        name, want = row["filename"], row["sha256"]
        page = args.out / name
        if page.is_file() and hashlib.sha256(page.read_bytes()).hexdigest() == want:
            print(f"present   {name}")
            done += 1
            continue
        blob = BLOB.search(row["path"])
        transcript = args.transcripts / f"{name}.json"
        if blob:
            git_dir = find_mirror(row["repo"], args.mirror_root, given)
            if git_dir is None:
                print(f"no mirror {name}  (fetch github:{row['repo']}, or pass --mirror)")
                continue
            candidates = blob_candidates(row, git_dir, blob.group(1))
        elif transcript.is_file():
            candidates = transcript_candidates(row, transcript)
        else:
            print(f"by hand   {name}  ({manual_step(row, root / 'labels', transcript)})")
            continue
        match = next((c for c in candidates if hashlib.sha256(c).hexdigest() == want), None)
        if match is None:
            got = ", ".join(hashlib.sha256(c).hexdigest()[:12] for c in candidates) or "nothing"
            print(f"MISMATCH  {name}  (got {got}; manifest {want[:12]})")
            continue
        page.write_bytes(match)
        print(f"ok        {name}")
        done += 1
    print(f"{done}/{total} pages of {args.set} in {args.out}")
    if done == total:
        (args.out.parent / "READY").write_text(f"{done}\n", "utf-8")
    return 0 if done == total else 1


def main(argv: list[str] | None = None, default_set: str = "fresh") -> int:
    """Parse the options (the page directory defaults to the set's $PUBWATCH_<SET>_REALDATA/pages)."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--set", choices=SETS, default=default_set)
    ap.add_argument("--mirror-root", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--mirror", action="append", default=[], help="owner/name=GIT_DIR")
    ap.add_argument("--out", type=Path, help="page directory (default: the set's realdata/pages)")
    ap.add_argument(
        "--transcripts", type=Path, help="hand-copied JSON strings (default: realdata/transcripts)"
    )
    args = ap.parse_args(argv)
    realdata = Path(os.environ.get(f"PUBWATCH_{args.set.upper()}_REALDATA", f"/work/{args.set}-realdata"))
    args.out = args.out or realdata / "pages"
    args.transcripts = args.transcripts or realdata / "transcripts"
    return obtain(args)


if __name__ == "__main__":
    sys.exit(main())
