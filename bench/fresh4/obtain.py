"""Re-obtain the fresh4 pages (bench/fresh4/README.md): repository rows and copied page-store excerpts.

    .venv/bin/python bench/fresh4/obtain.py [--mirror-root /work/.mirror] \\
        --mirror YeMengLiChou/BigData-Guangxi-Bidding-Analysis=/work/.mirror/YeMengLiChou+BigData-Guangxi-Bidding-Analysis/repo \\
        --mirror 474366498/vuePlugins=/work/.mirror/474366498+vuePlugins/repo \\
        --mirror limtless/limitless=/work/.mirror/limtless+limitless/repo [--out DIR] [--transcripts DIR]

Why a script: the pages are not ours to redistribute, so they never enter the repository; whoever needs
them again rebuilds them from the named blobs and checks them against the manifest's sha256.  The
repository rows of this set are Python string constants (adjacent literals concatenated, as the
crawler's developers pasted a notice body into a test block), so a page is the value of the constant
whose expression starts at the manifest's line — read with ``ast``, not a regular expression, because
the literals are split over many lines and carry escapes — or, for one JavaScript file, the template
literal between its first and last backquote (the manifest says "JS template literal"; it has no
escapes or substitutions).  The blob pattern, the mirror lookup (``--mirror`` or
``/work/.mirror/owner+name/repo``) and the handling of page-store rows are bench/fresh/obtain.py's
(loaded from there, not copied): a page-store row prints its query until its excerpt has been copied,
as the search answer's JSON prints it, into ``<transcripts>/<page>.json``; the next run decodes that
copy and writes the page when its sha256 matches.  Without that step a new machine had only the 13
repository rows and no way to check a transcript.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "MANIFEST.tsv"
REALDATA = Path(os.environ.get("PUBWATCH_FRESH4_REALDATA", "/work/fresh4-realdata"))
LINE = re.compile(r"line (\d+): Python string constant")
TEMPLATE = "JS template literal"


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


def page_from_blob(git_dir: Path, blob: str, line: int | None) -> bytes | None:
    """The page bytes a manifest row names: that blob's string constant at that line (or its template
    literal when ``line`` is None), UTF-8."""
    source = subprocess.run(
        ["git", "--git-dir", str(git_dir), "cat-file", "-p", blob], check=True, capture_output=True
    ).stdout.decode("utf-8")
    value = template_literal(source) if line is None else string_at_line(source, line)
    return None if value is None else value.encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    """Write each row's page to ``--out`` when its sha256 matches the manifest; 0 when all are there."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--mirror", action="append", default=[], help="owner/name=GIT_DIR")
    ap.add_argument("--mirror-root", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--out", type=Path, default=REALDATA / "pages")
    ap.add_argument("--transcripts", type=Path, default=REALDATA / "transcripts")
    args = ap.parse_args(argv)
    mirrors = dict(item.split("=", 1) for item in args.mirror)
    args.out.mkdir(parents=True, exist_ok=True)
    total = done = 0
    with MANIFEST.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            total += 1
            if _obtain_row(row, args, mirrors):
                done += 1
    print(f"{done}/{total} pages of fresh4 in {args.out}")
    return 0 if done == total else 1


def _obtain_row(row: dict[str, str], args: argparse.Namespace, mirrors: dict[str, str]) -> bool:
    """Write one row's page when it can be had and matches; say what happened (True = page written)."""
    name = row["filename"]
    blob, line = BLOB.search(row["path"]), LINE.search(row["path"])
    if blob is None or (line is None and TEMPLATE not in row["path"]):
        transcript = args.transcripts / f"{name}.json"
        if not transcript.is_file():
            print(f"by hand   {name}  ({FRESH.manual_step(row, HERE / 'labels', transcript)})")
            return False
        candidates = FRESH.transcript_candidates(row, transcript)
    else:
        git_dir = FRESH.find_mirror(row["repo"], args.mirror_root, mirrors)
        if git_dir is None:
            print(f"no mirror {name}  (fetch github:{row['repo']}, or pass --mirror)")
            return False
        page = page_from_blob(git_dir, blob.group(1), line and int(line.group(1)))
        candidates = [] if page is None else [page]
    match = next((c for c in candidates if hashlib.sha256(c).hexdigest() == row["sha256"]), None)
    if match is None:
        got = ", ".join(hashlib.sha256(c).hexdigest()[:12] for c in candidates) or "nothing"
        print(f"MISMATCH  {name}  (got {got}; manifest {row['sha256'][:12]})")
        return False
    (args.out / name).write_bytes(match)
    print(f"ok        {name}")
    return True


if __name__ == "__main__":
    sys.exit(main())
