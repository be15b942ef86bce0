"""Hostile answers (issue 15 §5): a 200 MB body, a gzip bomb, a trickling answer, a redirect loop.
Each is cut short within the crawler's bounds and recorded as an error of its own kind on its
channel (never ``other``), while the healthy channel next to it is read in full."""

from __future__ import annotations

import json
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from reliability_support import Hostile, crawl, gzip_bomb, list_html, notice_html, rows

BIG = 200 * 1024 * 1024


def _huge(with_length: bool):  # type: ignore[no-untyped-def]
    """200 MB of list page, streamed (the crawler must stop reading long before the end)."""

    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        if with_length:
            h.send_header("Content-Length", str(BIG))
        else:
            h.send_header("Connection", "close")
            h.close_connection = True
        h.end_headers()
        chunk = b"<p>" + b"x" * 65533
        try:
            for _ in range(BIG // len(chunk)):
                h.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            return

    return route


def _trickle(h: BaseHTTPRequestHandler) -> None:
    """Headers at once, then one byte a second."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", "100")
    h.end_headers()
    try:
        for _ in range(100):
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(1)
    except (BrokenPipeError, ConnectionResetError):
        return


def test_oversized_bombs_trickles_and_loops_are_bounded_and_named(
    hostile: Hostile, sqlite_url: str, tmp_path: Path
) -> None:
    hostile.page("/ok/index.html", list_html([("/art/1.html", "公告1", "2026-02-09")]))
    hostile.page("/art/1.html", notice_html(1))
    hostile.routes["/big/index.html"] = _huge(True)
    hostile.routes["/stream/index.html"] = _huge(False)
    bomb = gzip_bomb(64 * 1024 * 1024)  # 64 MiB of zeros in ~64 KB; the bound is 20 MiB
    hostile.page("/bomb/index.html", bomb, headers={"Content-Encoding": "gzip"})
    hostile.routes["/slow/index.html"] = _trickle
    hostile.redirect("/loop/index.html", "/loop/index.html?again")
    started = time.monotonic()
    run = crawl(
        tmp_path,
        sqlite_url,
        hostile.base,
        ["ok", "big", "stream", "bomb", "slow", "loop"],
        "-s",
        "DOWNLOAD_TIMEOUT=3",
        "-s",
        "REDIRECT_MAX_TIMES=5",
    )
    took = time.monotonic() - started
    assert run.returncode == 0, run.stderr[-2000:]
    health = {
        r[0]: (bool(r[1]), json.loads(r[2]) if isinstance(r[2], str) else r[2])
        for r in rows(
            sqlite_url, "SELECT channel_key, complete, errors FROM crawl_health WHERE source_key='hostile'"
        )
    }
    assert health["ok"] == (True, {}), health
    assert health["big"] == (False, {"too_large": 1}), health
    assert health["stream"] == (False, {"too_large": 1}), health
    assert health["bomb"] == (False, {"too_large": 1}), health
    assert health["slow"] == (False, {"timeout": 1}), health
    assert health["loop"] == (False, {"redirect_loop": 1}), health
    assert "other" not in run.source["errors"]
    assert took < 40, took  # bounded: nothing waited for 200 MB or 100 trickled seconds
    assert rows(sqlite_url, "SELECT count(*) FROM documents")[0][0] == 1
    assert hostile.hits.count("/loop/index.html?again") <= 6
