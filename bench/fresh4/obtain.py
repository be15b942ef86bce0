"""Re-obtain the fresh4 pages that come from public repositories (bench/fresh4/README.md).

    .venv/bin/python bench/fresh4/obtain.py \\
        --mirror YeMengLiChou/BigData-Guangxi-Bidding-Analysis=/work/.mirror/YeMengLiChou+BigData-Guangxi-Bidding-Analysis/repo \\
        --mirror 474366498/vuePlugins=/work/.mirror/474366498+vuePlugins/repo \\
        --mirror limtless/limitless=/work/.mirror/limtless+limitless/repo [--out /work/fresh4-realdata/pages]

Why a script: the pages are not ours to redistribute, so they never enter the repository; whoever needs
them again rebuilds them from the named blobs and checks them against the manifest's sha256.  The
repository rows of this set are Python string constants (adjacent literals concatenated, as the
crawler's developers pasted a notice body into a test block), so a page is the value of the constant
whose expression starts at the manifest's line — read with ``ast``, not a regular expression, because
the literals are split over many lines and carry escapes — or, for one JavaScript file, the template
literal between its first and last backquote (the manifest says "JS template literal"; it has no
escapes or substitutions).  The blob pattern and the "by hand" handling of
page-store rows are the same as bench/fresh/obtain.py's (loaded from there, not copied).
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "MANIFEST.tsv"
DEFAULT_OUT = Path("/work/fresh4-realdata/pages")
LINE = re.compile(r"line (\d+): Python string constant")
TEMPLATE = "JS template literal"


def _fresh_obtain():
    """bench/fresh/obtain.py as a module (bench/ is not a package; both scripts are called obtain.py)."""
    spec = importlib.util.spec_from_file_location("fresh_obtain", HERE.parent / "fresh" / "obtain.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BLOB = _fresh_obtain().BLOB


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
    """Write each repository row's page to ``--out`` when its sha256 matches the manifest."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror", action="append", default=[], help="owner/name=GIT_DIR")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    mirrors = dict(item.split("=", 1) for item in args.mirror)
    args.out.mkdir(parents=True, exist_ok=True)
    bad = 0
    with MANIFEST.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name, repo = row["filename"], row["repo"]
            blob, line = BLOB.search(row["path"]), LINE.search(row["path"])
            if blob is None or (line is None and TEMPLATE not in row["path"]):
                print(f"by hand   {name}  ({row['path']})")
                continue
            if repo not in mirrors:
                print(f"no mirror {name}  ({repo})")
                bad += 1
                continue
            page = page_from_blob(Path(mirrors[repo]), blob.group(1), line and int(line.group(1)))
            if page is None or hashlib.sha256(page).hexdigest() != row["sha256"]:
                print(f"MISMATCH  {name}  (the named string is absent or has another sha256)")
                bad += 1
                continue
            (args.out / name).write_bytes(page)
            print(f"ok        {name}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
