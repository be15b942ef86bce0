"""Re-obtain the pages of fresh4 … fresh7 (each set's README.md): repository rows and copied page-store excerpts.

    .venv/bin/python bench/fresh4/obtain.py [--set fresh4|fresh5|fresh6|fresh7] [--mirror-root /work/.mirror] \\
        [--mirror owner/name=GIT_DIR ...] [--out DIR] [--transcripts DIR]

(One script for the four sets; the default is fresh4.  Pages go to ``$PUBWATCH_<SET>_REALDATA/pages``,
default ``/work/<set>-realdata/pages``, transcripts are read from ``…/transcripts``.)

Why a script: the pages are not ours to redistribute, so they never enter the repository; whoever needs
them again rebuilds them from the named blobs and checks them against the manifest's sha256.  Nothing is
written unless its sha256 matches, so a page that is present is the labelled page.  The repository rows
are cut from a blob by the rule the manifest names:

- ``line N: Python string constant`` (fresh4): the value of the constant whose expression starts at
  line N (adjacent literals concatenated, as the crawler's developers pasted a notice body into a test
  block) — read with ``ast``, not a regular expression, because the literals are split over many lines
  and carry escapes;
- ``JS template literal`` (fresh4, fresh6): the text between the blob's first and last backquote (no
  escapes or substitutions in the named files);
- a note ``line N of the blob after '<marker>' to the end of the line`` (fresh6's Javadoc sample record):
  that line's text after the marker, without its line ending.

The blob pattern, the mirror lookup (``--mirror`` or ``/work/.mirror/owner+name/repo``) and the
handling of page-store rows are bench/fresh/obtain.py's (loaded from there, not copied): a page-store row
prints its query until its excerpt has been copied, as the search answer's JSON prints it, into
``<transcripts>/<page>.json``; the next run decodes that copy and writes the page when its sha256
matches (``MISMATCH`` otherwise: a new transcription may differ in white space — compare the text and
say so, but such a page is not written, because the page test checks the sha256).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import importlib.util
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = ("fresh4", "fresh5", "fresh6", "fresh7")
LINE = re.compile(r"line (\d+): Python string constant")
TEMPLATE = "JS template literal"
LINE_AFTER = re.compile(r"line (\d+) of the blob after '(.+?)' to the end of the line")


def _fresh_obtain():
    """bench/fresh/obtain.py as a module (bench/ is not a package; both scripts are called obtain.py)."""
    spec = importlib.util.spec_from_file_location("fresh_obtain", HERE.parent / "fresh" / "obtain.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FRESH = _fresh_obtain()
BLOB = FRESH.BLOB


def string_at_line(source: str, line: int) -> str | None:
    """The str constant whose expression starts at ``line`` (adjacent literals are one constant in the AST)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.lineno == line:
            return node.value
    return None


def template_literal(source: str) -> str | None:
    """The text between the first and the last backquote of a JavaScript file (its one template literal)."""
    start, end = source.find("`"), source.rfind("`")
    return source[start + 1 : end] if 0 <= start < end else None


def line_after(source: str, line: int, marker: str) -> str | None:
    """Line ``line`` (1-based, lines split at LF as git counts them) of ``source`` after ``marker``,
    without its CR/LF ending (None if absent)."""
    lines = source.split("\n")
    text = lines[line - 1].removesuffix("\r") if 0 < line <= len(lines) else ""
    start = text.find(marker)
    return None if start < 0 else text[start + len(marker) :]


def page_from_blob(git_dir: Path, blob: str, row: dict[str, str]) -> bytes | None:
    """The page bytes a repository row names, cut from that blob by the manifest's rule, UTF-8."""
    source = FRESH.git_blob(git_dir, blob).decode("utf-8")
    line, after = LINE.search(row["path"]), LINE_AFTER.search(row["notes"])
    if line:
        value = string_at_line(source, int(line.group(1)))
    elif after:
        value = line_after(source, int(after.group(1)), after.group(2))
    elif TEMPLATE in row["path"]:
        value = template_literal(source)
    else:
        value = None
    return None if value is None else value.encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    """Write each row's page to ``--out`` when its sha256 matches the manifest; 0 when all are there."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--set", choices=SETS, default="fresh4")
    ap.add_argument("--mirror", action="append", default=[], help="owner/name=GIT_DIR")
    ap.add_argument("--mirror-root", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--out", type=Path, help="page directory (default: the set's realdata/pages)")
    ap.add_argument("--transcripts", type=Path, help="copied excerpts (default: realdata/transcripts)")
    args = ap.parse_args(argv)
    realdata = Path(os.environ.get(f"PUBWATCH_{args.set.upper()}_REALDATA", f"/work/{args.set}-realdata"))
    args.out = args.out or realdata / "pages"
    args.transcripts = args.transcripts or realdata / "transcripts"
    root = HERE.parent / args.set
    mirrors = dict(item.split("=", 1) for item in args.mirror)
    args.out.mkdir(parents=True, exist_ok=True)
    total = done = 0
    for row in FRESH.rows(root / "MANIFEST.tsv"):
        total += 1
        if _obtain_row(row, args, mirrors, root / "labels"):
            done += 1
    print(f"{done}/{total} pages of {args.set} in {args.out}")
    return 0 if done == total else 1


def _obtain_row(row: dict[str, str], args: argparse.Namespace, mirrors: dict[str, str], labels: Path) -> bool:
    """Write one row's page when it can be had and matches; say what happened (True = page there)."""
    name, want = row["filename"], row["sha256"]
    page = args.out / name
    if page.is_file() and hashlib.sha256(page.read_bytes()).hexdigest() == want:
        print(f"present   {name}")
        return True
    blob = BLOB.search(row["path"])
    if blob is None:
        transcript = args.transcripts / f"{name}.json"
        if not transcript.is_file():
            print(f"by hand   {name}  ({FRESH.manual_step(row, labels, transcript)})")
            return False
        candidates = FRESH.transcript_candidates(row, transcript)
    else:
        git_dir = FRESH.find_mirror(row["repo"], args.mirror_root, mirrors)
        if git_dir is None:
            print(f"no mirror {name}  (fetch github:{row['repo']}, or pass --mirror)")
            return False
        got = page_from_blob(git_dir, blob.group(1), row)
        candidates = [] if got is None else [got]
    match = next((c for c in candidates if hashlib.sha256(c).hexdigest() == want), None)
    if match is None:
        got = ", ".join(hashlib.sha256(c).hexdigest()[:12] for c in candidates) or "nothing"
        print(f"MISMATCH  {name}  (got {got}; manifest {want[:12]})")
        return False
    page.write_bytes(match)
    print(f"ok        {name}")
    return True


if __name__ == "__main__":
    sys.exit(main())
