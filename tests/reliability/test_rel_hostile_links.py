"""A hostile list page cannot make the crawler read local files or other hosts (issue 15 §1).

The page links to ``file:///proc/self/environ``, a ``data:`` URL, a foreign host (``evil.example``,
refused before any lookup), another local service (same 127.0.0.1, another port: a different host
by the rule of ``crawler.offsite``), and to redirects to each of them; it also carries the
``javascript:``/``mailto:``/``#``/malformed hrefs government CMSs are full of. Every refusal is an
error of its own kind on the channel (incomplete, with the reason), the harmless non-links are
counted, and the real notices around them are all stored — none of the environment is.
"""

from __future__ import annotations

from pathlib import Path

from reliability_support import SECRET, Hostile, crawl, list_html, notice_html, rows


def _hostile_list(h: Hostile, other: Hostile) -> None:
    day = "2026-02-09"
    items = [
        ("/art/1.html", "公告1", day),
        ("javascript:void(0)", "JS链接", day),
        ("mailto:someone@example.com", "邮件", day),
        ("tel:0570-1234567", "电话", day),
        ("#", "锚点", day),
        ("http://[bad", "坏链接", day),
        ("file:///proc/self/environ", "本地文件", day),
        ("data:text/html,<p>PUBWATCH_SMTP_PASSWORD</p>", "data链接", day),
        ("http://evil.example/steal.html", "外站", day),
        (f"{other.base}/x.html", "内网", day),
        ("/redir/file.html", "跳转到文件", day),
        ("/redir/data.html", "跳转到data", day),
        ("/redir/evil.html", "跳转到外站", day),
        ("/redir/other.html", "跳转到内网", day),
        ("/art/2.html", "公告2", day),
        ("/art/3.html", "公告3", day),
    ]
    h.page("/list/index.html", list_html(items))
    for n in (1, 2, 3):
        h.page(f"/art/{n}.html", notice_html(n))
    h.redirect("/redir/file.html", "file:///proc/self/environ")
    h.redirect("/redir/data.html", "data:text/plain,PUBWATCH_SMTP_PASSWORD")
    h.redirect("/redir/evil.html", "http://evil.example/x.html")
    h.redirect("/redir/other.html", f"{other.base}/x.html", status=301)


def test_hostile_links_are_refused_recorded_and_the_rest_is_read(
    hostile: Hostile, bystander: Hostile, sqlite_url: str, tmp_path: Path
) -> None:
    _hostile_list(hostile, bystander)
    run = crawl(tmp_path, sqlite_url, hostile.base, ["list"])
    assert run.returncode == 0, run.stderr[-2000:]
    src = run.source
    # refused, by kind, each counted: file + data links and redirects; evil + other-port links and redirects
    assert src["errors"].get("refused_scheme") == 4, src
    assert src["errors"].get("refused_offsite") == 4, src
    assert "http_4xx" not in src["errors"] and "other" not in src["errors"], src
    assert src["complete"] is False
    # the rest of the list is intact: all three real notices stored
    stored = {r[0] for r in rows(sqlite_url, "SELECT item_key FROM documents WHERE source_key='hostile'")}
    assert {"/art/1.html", "/art/2.html", "/art/3.html"} <= stored, stored
    assert not any("redir" in k or "proc" in k or "evil" in k or "x.html" in k for k in stored), stored
    # nothing but the hostile server's own pages was asked; the other local service saw nothing
    assert bystander.hits == []
    assert all(p.startswith(("/list/", "/art/", "/redir/")) for p in hostile.hits), hostile.hits
    # no evidence, health note or output holds the environment
    for (body,) in rows(sqlite_url, "SELECT body FROM document_versions"):
        assert SECRET.encode() not in body and b"PUBWATCH_SMTP_PASSWORD" not in body
    health = rows(
        sqlite_url,
        "SELECT complete, errors, note FROM crawl_health WHERE source_key='hostile' AND channel_key='list'",
    )
    assert len(health) == 1
    complete, errors, note = health[0]
    assert not complete
    assert "refused_scheme" in str(errors) and "refused_offsite" in str(errors)
    # javascript:, mailto:, tel:, # and the malformed href are skipped and counted, not errors: the
    # family's list reader drops rows with no followable link ("N rows without a link skipped"), the
    # link check counts the rest by reason ("skipped links: mailto: 1, …"); all five are accounted for
    import re

    by_reader = sum(int(n) for n in re.findall(r"(\d+) rows without a link skipped", note))
    by_check = sum(int(n) for n in re.findall(r"(?:javascript:|mailto:|tel:|#|malformed) (\d+)", note))
    assert by_reader + by_check == 5, note
    assert "mailto: 1" in note and "tel: 1" in note and "malformed 1" in note, note
    assert SECRET not in run.stdout + run.stderr + note


def test_listed_cross_host_is_fetched_only_when_the_registry_names_it(
    hostile: Hostile, bystander: Hostile, sqlite_url: str, tmp_path: Path
) -> None:
    """The rare cross-host detail host is allowed by the registry's ``hosts``, and only it."""
    bystander.page("/art/9.html", notice_html(9))
    hostile.page(
        "/list/index.html",
        list_html(
            [
                ("/art/1.html", "公告1", "2026-02-09"),
                (f"{bystander.base}/art/9.html", "跨站公告", "2026-02-09"),
            ]
        ),
    )
    hostile.page("/art/1.html", notice_html(1))
    run = crawl(tmp_path, sqlite_url, hostile.base, ["list"], hosts=[f"127.0.0.1:{bystander.port}"])
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.source["errors"] == {}, run.source
    assert run.source["complete"] is True
    assert bystander.hits == ["/art/9.html"]
