"""The cached replica corpus follows the generator: reused while its code is unchanged, redrawn after."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pubwatch import replica_env


@pytest.fixture
def draws(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record each generation instead of drawing a corpus (the cache logic is what is under test)."""
    # imported here, not at module level: importing the replica package while pytest collects would
    # shadow tests/replica (a package named ``replica`` too) and break its collection
    import replica.generate

    calls: list[Path] = []

    def fake_generate(seed: int, notices: int, out: Path) -> None:
        calls.append(out)
        (out / "manifest.json").write_text(json.dumps({"seed": seed, "notices": notices}), encoding="utf-8")

    monkeypatch.setattr(replica.generate, "generate", fake_generate)
    return calls


def test_corpus_is_reused_while_the_generator_is_unchanged(tmp_path: Path, draws: list[Path]) -> None:
    first, manifest = replica_env.ensure_corpus(tmp_path, 7, 40)
    again, _ = replica_env.ensure_corpus(tmp_path, 7, 40)
    assert first == again and len(draws) == 1
    assert manifest == {"seed": 7, "notices": 40}


def test_a_changed_generator_redraws_and_drops_the_stale_corpus(
    tmp_path: Path, draws: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    old, _ = replica_env.ensure_corpus(tmp_path, 7, 40)
    legacy = tmp_path / "seed7-n40"  # a corpus cached before the digest was part of the name
    legacy.mkdir()
    other_size, _ = replica_env.ensure_corpus(tmp_path, 7, 400)
    monkeypatch.setattr(replica_env, "generator_digest", lambda: "feedbeef")
    new, _ = replica_env.ensure_corpus(tmp_path, 7, 40)
    assert new.name == "seed7-n40-gfeedbeef" and len(draws) == 3
    assert not old.exists() and not legacy.exists()
    assert other_size.exists(), "a corpus of another size is not stale"


def test_the_digest_reads_the_generator_source() -> None:
    digest = replica_env.generator_digest()
    assert len(digest) == 8 and int(digest, 16) >= 0
    assert digest == replica_env.generator_digest()
