"""Item keys stay within the database column, stable, and host-independent."""

from __future__ import annotations

from crawler.families.hanweb_column import MAX_KEY, url_key


def test_key_is_path_and_query_independent_of_host() -> None:
    assert url_key("https://ggzy.qz.gov.cn/art/2024/5/28/art_1_2.html") == "/art/2024/5/28/art_1_2.html"
    assert (
        url_key("http://127.0.0.1:8601/art/2024/5/28/art_1_2.html?x=1") == "/art/2024/5/28/art_1_2.html?x=1"
    )


def test_long_key_is_shortened_stably_and_distinctly() -> None:
    a = url_key("http://h/art/" + "a" * 600)
    b = url_key("http://h/art/" + "a" * 599 + "b")
    assert len(a) <= MAX_KEY and len(b) <= MAX_KEY
    assert a == url_key("http://other-host/art/" + "a" * 600)
    assert a != b
