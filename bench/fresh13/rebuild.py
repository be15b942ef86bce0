"""Rebuild fresh13's pages from hand-copied transcripts (README.md says how to make them; no page text here).

    python3 bench/fresh13/rebuild.py [--realdata DIR]

A transcript ``<realdata>/transcripts/<page>.json`` holds the page as a JSON string body (the search answer's
``excerpt`` as printed, or the repository string value, without the surrounding quotes; an editor's final newline is
ignored).  The page is written to ``<realdata>/pages/<page>`` only when its sha256 is the manifest's, so a present page
is the labelled page; a transcript that decodes to other bytes is reported as MISMATCH (white space or a mirror's
character insertions may differ on a new copy: compare the text, and say so, rather than editing labels).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def decode(transcript: Path) -> bytes:
    """The page bytes a transcript stands for."""
    body = transcript.read_text("utf-8").rstrip("\r\n")
    return json.JSONDecoder(strict=False).decode(f'"{body}"').encode("utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("PUBWATCH_FRESH13_REALDATA", "/work/fresh13-realdata")
    ap.add_argument("--realdata", type=Path, default=Path(default))
    args = ap.parse_args()
    pages = args.realdata / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    missing = 0
    with (HERE / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name = row["filename"]
            transcript = args.realdata / "transcripts" / f"{name}.json"
            if not transcript.is_file():
                print(f"by hand   {name}  (copy it into {transcript}; source: {row['path']})")
                missing += 1
                continue
            data = decode(transcript)
            if hashlib.sha256(data).hexdigest() != row["sha256"]:
                print(f"MISMATCH  {name}")
                missing += 1
                continue
            (pages / name).write_bytes(data)
            print(f"ok        {name}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
