"""Shared fixtures: optional services (PostgreSQL, Redis, Chromium, the real pages).

On a user's machine a missing service skips its tests with the reason; with
``PUBWATCH_REQUIRE_ALL=1`` (set by ``.ci/run``) a missing service fails them, so CI never passes
by skipping.
"""

from __future__ import annotations

import os
import shutil
import socket
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
REQUIRE_ALL = os.environ.get("PUBWATCH_REQUIRE_ALL") == "1"
# Hundreds of nights run in this one process: fork each crawl child from a warm interpreter instead of
# paying ~1.4 s of imports per night (pubwatch.warmchild; the same child, output and exit code). Tests
# of the process tree itself (tests/reliability's nightly_env, test_status's Ctrl-C) remove it, so
# the default cold path keeps its own tests.
os.environ.setdefault("PUBWATCH_WARM_CRAWLER", "1")
# The CLI's Rich consoles (pubwatch.cli, made at import) fix their width from COLUMNS if it is set then,
# and the CLI tests give their own COLUMNS per call. A pytest-xdist worker starts with COLUMNS=80 and
# LINES=24 in its environment (set while it starts up; GNU readline is the likely source), which made
# those tests wrap at 80 columns under `-n 2` only; no test may depend on the caller's terminal.
for _var in ("COLUMNS", "LINES"):
    os.environ.pop(_var, None)


def need(reason: str) -> None:
    """Skip (or, in CI, fail) because something the test needs is missing."""
    if REQUIRE_ALL:
        pytest.fail(f"required in CI but missing: {reason}")
    pytest.skip(reason)


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(autouse=True, scope="session")
def _one_cli_command_per_app() -> Iterator[None]:
    """``CliRunner.invoke(app, …)`` with the app's click command built once per session.

    Why: typer's ``CliRunner.invoke`` rebuilds the click command from the app's function signatures
    on every call (~36 ms of CPU for ``pubwatch.cli.app``); a click command is reusable (each call
    makes its own context and reads the environment then), so the same command answers the same.
    """
    import typer.testing

    build = typer.testing._get_command
    built: dict[
        int, tuple[Any, Any]
    ] = {}  # id(app) -> (app, command); the app is kept so its id is not reused

    def once(app: Any) -> Any:
        if id(app) not in built:
            built[id(app)] = (app, build(app))
        return built[id(app)][1]

    typer.testing._get_command = once
    try:
        yield
    finally:
        typer.testing._get_command = build


@pytest.fixture(autouse=True, scope="session")
def _compiled_sql_shared_across_engines() -> Iterator[None]:
    """Engines that ``storage.db.get_engine`` makes in this session share one dialect per backend and
    one compiled-statement cache.

    Why: SQLAlchemy caches a statement's compiled SQL per engine, keyed by the engine's dialect object;
    nearly every test makes its own engine (its own database), so each test compiled every statement
    of ``monitor.run_checks`` again (a first run on a fresh engine took 0.23 s of CPU, a second 0.10 s).
    A dialect is the backend's description (the same class, driver and server for every engine here);
    it becomes shared only after its own engine's first connection has initialised it. Each engine
    keeps its own URL, pool, connections and events.
    """
    from sqlalchemy.util import LRUCache

    import storage.db

    make = storage.db.create_engine
    shared: dict[tuple[Any, ...], tuple[Any, Any]] = {}  # (dialect class, driver) -> (dialect, cache)

    def create_engine(url: Any, **kwargs: Any) -> Any:
        engine = make(url, **kwargs)
        key = (type(engine.dialect), engine.url.drivername)
        if key in shared:
            dialect, cache = shared[key]
            engine.dialect = dialect
            engine.pool._dialect = dialect
            engine.update_execution_options(compiled_cache=cache)
        else:
            cache = LRUCache(5000)
            engine.update_execution_options(compiled_cache=cache)

            def initialised(*_: Any) -> None:  # runs after SQLAlchemy's own first-connect set-up
                shared.setdefault(key, (engine.dialect, cache))

            from sqlalchemy import event

            event.listen(engine.pool, "connect", initialised, once=True)
        return engine

    storage.db.create_engine = create_engine
    try:
        yield
    finally:
        storage.db.create_engine = make


@pytest.fixture(scope="session")
def realdata_dir() -> Path:
    """The hand-labelled real pages, read in place (never copied into the repo)."""
    path = Path(os.environ.get("PUBWATCH_REALDATA", REPO.parent / "shared" / "realdata"))
    if not (path / "dev" / "pages").is_dir():
        need(f"real pages not found at {path} (set PUBWATCH_REALDATA); they are not redistributed")
    return path


@pytest.fixture()
def pg_url() -> Iterator[str]:
    """A throw-away PostgreSQL database on the local server, dropped afterwards."""
    base = os.environ.get("PUBWATCH_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    if not _port_open("127.0.0.1", 5432):
        need("PostgreSQL is not running on 127.0.0.1:5432")
    from sqlalchemy import create_engine, text

    name = f"pubwatch_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture()
def redis_url() -> str:
    """The local Redis server (tests use their own key prefixes)."""
    if not _port_open("127.0.0.1", 6379):
        need("Redis is not running on 127.0.0.1:6379")
    return "redis://127.0.0.1:6379/0"


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's Chromium, which Playwright drives via executable_path."""
    path = os.environ.get("PUBWATCH_CHROMIUM", "/usr/bin/chromium")
    if not (Path(path).exists() or shutil.which(path)):
        need(f"Chromium not found at {path} (apt-get install chromium)")
    return path


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file brought to the newest schema by ``init_db``, once per session.

    Why: ``init_db`` on a fresh file costs ~0.3 s of wall time (Alembic, and a sync of every
    migration's commit), paid again by each of the hundreds of tests that only need an empty,
    migrated database; a copy of this file is that same database (tables, indexes,
    ``alembic_version``) for the price of a file copy. Tests of migrating itself keep ``init_db``.
    """
    from storage.db import get_engine, init_db

    path = tmp_path_factory.mktemp("schema") / "migrated.db"
    engine = get_engine(f"sqlite:///{path}")
    init_db(engine)
    engine.dispose()  # the last connection checkpoints the WAL into the file
    assert not path.with_name(path.name + "-wal").exists(), "the template's WAL was not checkpointed"
    return path


@pytest.fixture()
def migrated_sqlite(migrated_template: Path, tmp_path: Path) -> Callable[[str], str]:
    """``migrated_sqlite(name)``: the URL of ``tmp_path/name``, a fresh copy of the migrated template."""

    def make(name: str = "pubwatch.db") -> str:
        path = tmp_path / name
        shutil.copyfile(migrated_template, path)
        return f"sqlite:///{path}"

    return make


@pytest.fixture()
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite database file."""
    return f"sqlite:///{tmp_path / 'pubwatch.db'}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist (``make test``: ``-n 2 --dist loadfile --no-loadscope-reorder``) the files
    holding a ``slow`` test are handed out first, each file still whole and in its own order.

    Why: a file goes to one worker; ``tests/reports/test_annual.py`` alone spends ~2 minutes building
    its crawled year. Handed out last (as collection order, or xdist's default most-tests-first order,
    puts it), the other worker sat idle at the end; handed out first, the rest fills the other core.
    A serial run keeps collection order.
    """
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow_files)  # stable: the rest keep their order
