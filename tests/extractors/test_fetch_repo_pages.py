"""bench/fetch_repo_pages.py re-obtains a fresh set's repository pages from a fetched snapshot.

Why: a never-tuned set keeps only where its pages came from (repo, commit, path, reader); a later session must
rebuild the very bytes that were labelled. These tests pin the readers a manifest row may name: the whole file, one
JSON record's field, and the raw body of a triple-quoted string literal (fresh19), and that a snapshot delivered as a
work tree (``repo/.git``) is read like a bare one.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

SOURCE = b"x = 1\nA = \"\"\"\n\xe7\xac\xac\xe4\xb8\x80\\n page\n\"\"\"\nB = '''second'''\n"


@pytest.fixture()
def frp(bench_script):
    return bench_script("fetch_repo_pages.py")


def _commit(work: Path) -> str:
    """A one-commit repository in ``work`` holding a source file and a JSON file; returns the commit."""
    work.mkdir(parents=True)
    (work / "t.py").write_bytes(SOURCE)
    (work / "d.json").write_text(
        json.dumps({"rows": [{"id": "a1", "body": "正文"}]}, ensure_ascii=False), "utf-8"
    )
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "pages"], check=True)
    return subprocess.run(
        [*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()


def test_the_readers_give_the_file_a_record_field_and_a_raw_string_literal(frp, tmp_path: Path) -> None:
    commit = _commit(tmp_path / "mirrors" / "o+n" / "repo")
    git_dir = frp.snapshot_git_dir(tmp_path / "mirrors", "o/n")
    assert git_dir.name == ".git"  # a work-tree snapshot is read through its .git
    assert frp.page_bytes(git_dir, commit, "t.py (blob 0)") == SOURCE
    assert frp.page_bytes(git_dir, commit, "d.json (blob 0): record id a1, field body") == "正文".encode()
    first = frp.page_bytes(git_dir, commit, "t.py (blob 0): string 0")
    assert first == "\n第一\\n page\n".encode()  # raw: the backslash escape stays as written
    assert frp.page_bytes(git_dir, commit, "t.py (blob 0): string 1") == b"second"
    with pytest.raises(ValueError, match="2 triple-quoted strings"):
        frp.page_bytes(git_dir, commit, "t.py (blob 0): string 2")


def test_a_bare_snapshot_is_read_as_it_is(frp, tmp_path: Path) -> None:
    bare = tmp_path / "mirrors" / "o+n" / "repo"
    bare.mkdir(parents=True)
    assert frp.snapshot_git_dir(tmp_path / "mirrors", "o/n") == bare
