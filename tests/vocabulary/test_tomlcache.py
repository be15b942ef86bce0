"""``vocabulary.tomlcache.loads``: what ``tomllib.loads`` gives, parsed once per text, never shared."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vocabulary import tomlcache

REPO = Path(__file__).resolve().parents[2]


def test_same_result_as_tomllib_for_the_files_it_reads() -> None:
    for path in [
        REPO / "crawler" / "sources.toml",
        *sorted((REPO / "monitor" / "rules" / "quzhou").glob("*.toml")),
    ]:
        text = path.read_text(encoding="utf-8")
        assert tomlcache.loads(text) == tomllib.loads(text), path


def test_parsed_once_and_each_caller_gets_its_own_copy() -> None:
    text = '[a]\nb = [1, 2]\nc = "x"\n'
    first = tomlcache.loads(text)
    hits = tomlcache._parsed.cache_info().hits
    first["a"]["b"].append(3)
    first["a"]["c"] = "changed"
    second = tomlcache.loads(text)
    assert tomlcache._parsed.cache_info().hits == hits + 1  # not parsed again
    assert second == {"a": {"b": [1, 2], "c": "x"}}  # the first caller's edits did not leak


def test_an_edited_text_is_parsed_afresh_and_bad_toml_still_raises() -> None:
    assert tomlcache.loads('k = "one"\n') == {"k": "one"}
    assert tomlcache.loads('k = "two"\n') == {"k": "two"}
    with pytest.raises(tomllib.TOMLDecodeError):
        tomlcache.loads("k = \n")
