"""The local stand-in world for ``--replica``: a generated corpus, the replica sites and a mail sink.

Only ``pubwatch`` may import the replica (see docs/architecture.md): the crawler reaches it by URL,
exactly as it reaches the real sites, through ``PUBWATCH_SITE_URLS``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pubwatch.mailsink import MailSink

DEFAULT_SEED = 2018
DEFAULT_NOTICES = 600


@dataclass
class ReplicaEnv:
    """Handles on the running replica and mail sink."""

    corpus_dir: Path
    manifest: dict[str, Any]
    server: Any
    sink: MailSink | None

    @property
    def site_urls(self) -> dict[str, str]:
        """Site key → base URL of the running replica."""
        return dict(self.server.sites)

    @property
    def end_date(self) -> dt.date:
        """The last day of the generated corpus (every posting is visible by then)."""
        return dt.date.fromisoformat(self.manifest["end_date"])

    @property
    def start_date(self) -> dt.date:
        """The first day of the generated corpus."""
        return dt.date.fromisoformat(self.manifest["start_date"])


def generator_digest() -> str:
    """Eight hex digits of the replica generator's source: a cached corpus is reused only while the
    code that drew it is unchanged (a corpus drawn by an older generator is silently wrong, e.g. it
    lacks channels the generator has since learned to fill)."""
    import replica.generate as gen

    h = hashlib.sha256()
    for path in sorted(Path(gen.__file__).parent.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:8]


def ensure_corpus(
    folder: Path, seed: int = DEFAULT_SEED, notices: int = DEFAULT_NOTICES
) -> tuple[Path, dict]:
    """Generate the corpus once into ``folder/seed<seed>-n<notices>-g<digest>`` and reuse it afterwards;
    corpora of the same seed and size drawn by another generator version are removed."""
    from replica.generate import generate

    stem = f"seed{seed}-n{notices}"
    out = folder / f"{stem}-g{generator_digest()}"
    manifest_path = out / "manifest.json"
    if not manifest_path.exists():
        for stale in [folder / stem, *folder.glob(f"{stem}-g*")]:
            if stale != out and stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
        out.mkdir(parents=True, exist_ok=True)
        generate(seed, notices, out)
    return out, json.loads(manifest_path.read_text(encoding="utf-8"))


@contextmanager
def replica_env(
    var_dir: Path,
    *,
    seed: int = DEFAULT_SEED,
    notices: int = DEFAULT_NOTICES,
    date: dt.date | None = None,
    mail_sink: bool = True,
) -> Iterator[ReplicaEnv]:
    """Start the replica on free ports (and a mail sink unless SMTP is configured), stop them after."""
    from replica.server import run_in_thread

    corpus_dir, manifest = ensure_corpus(var_dir / "replica", seed, notices)
    start = date or dt.date.fromisoformat(manifest["end_date"])
    server = run_in_thread(corpus_dir, start, port=0)
    sink: MailSink | None = None
    saved = {
        k: os.environ.get(k) for k in ("PUBWATCH_SMTP_HOST", "PUBWATCH_SMTP_PORT", "PUBWATCH_SMTP_SECURITY")
    }
    try:
        if mail_sink and not os.environ.get("PUBWATCH_SMTP_HOST"):
            sink = MailSink(var_dir / "mailbox").__enter__()
            os.environ.update(
                PUBWATCH_SMTP_HOST="127.0.0.1",
                PUBWATCH_SMTP_PORT=str(sink.port),
                PUBWATCH_SMTP_SECURITY="none",
            )
        yield ReplicaEnv(corpus_dir, manifest, server, sink)
    finally:
        if sink is not None:
            sink.__exit__(None, None, None)
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        server.stop()
