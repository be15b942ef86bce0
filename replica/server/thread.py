"""Run a replica in a background thread: the pytest-fixture way of using it.

``run_in_thread`` returns once every port is bound; the handle's methods hop onto the server's
loop, so tests can change the clock or faults from the test thread without races.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from replica.server.app import ReplicaServer, parse_day

T = TypeVar("T")


class ReplicaHandle:
    """A running replica: ``.sites`` (site key → base URL), ``.control_url``, clock and fault control."""

    def __init__(
        self, server: ReplicaServer, loop: asyncio.AbstractEventLoop, thread: threading.Thread
    ) -> None:
        self.server = server
        self._loop = loop
        self._thread = thread
        self.sites: dict[str, str] = dict(server.sites)
        self.control_url: str = server.control_url

    def _call(self, fn: Callable[[], T]) -> T:
        async def run() -> T:
            return fn()

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(timeout=10)

    @property
    def date(self) -> date:
        return self.server.state.date

    def set_date(self, day: str | date) -> date:
        parsed = parse_day(day)
        return self._call(lambda: self.server.state.set_date(parsed))

    def advance(self, days: int = 1) -> date:
        return self._call(lambda: self.server.state.advance(days))

    def set_fault(self, site: str, mode: str, **opts: Any) -> None:
        self._call(lambda: self.server.state.set_fault(site, mode, **opts))

    def set_scenario(self, name: str) -> None:
        """``"drift"`` plants the drift scenario on every site; ``""`` the sites as generated."""

        def apply() -> None:
            self.server.state.scenario = name

        self._call(apply)

    def clear_faults(self, site: str | None = None) -> None:
        self._call(lambda: self.server.state.clear_faults(site))

    def stats(self) -> dict[str, Any]:
        return self._call(self.server.state.stats)

    def stop(self) -> None:
        """Close every port and end the thread (idempotent)."""
        if not self._thread.is_alive():
            return
        try:
            asyncio.run_coroutine_threadsafe(self.server.stop(), self._loop).result(timeout=10)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)

    def __enter__(self) -> ReplicaHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def run_in_thread(
    corpus_dir: str | Path, date: str | date, port: int = 0, host: str = "127.0.0.1"
) -> ReplicaHandle:
    """Load the corpus, start the server on a fresh loop in a daemon thread, wait until it listens."""
    server = ReplicaServer(corpus_dir, date, port=port, host=host)  # corpus errors raise here, in the caller
    loop = asyncio.new_event_loop()
    started = threading.Event()
    failure: list[BaseException] = []

    def main() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(server.start())
        except BaseException as exc:  # reported to the caller below
            failure.append(exc)
            started.set()
            loop.close()
            return
        started.set()
        try:
            loop.run_forever()
        finally:
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:  # e.g. a handler still sleeping in a "timeout" fault
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    thread = threading.Thread(target=main, name="replica-server", daemon=True)
    thread.start()
    if not started.wait(timeout=30):
        raise RuntimeError("replica server did not start within 30 s")
    if failure:
        raise failure[0]
    return ReplicaHandle(server, loop, thread)
