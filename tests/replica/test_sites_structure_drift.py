"""What the replica shows of the sites' own structure and of a client's manners (issue 11):
qz_epoint column pages carry the category tree the evidence shows (and the drift scenario moves one
code), 衢江 hands out its session cookies on a page GET, and both county sites count what each
dataproxy call carried (``stats()[site]["events"]``)."""

from __future__ import annotations

import json
import re

import requests

from replica.server import ReplicaHandle

from .server_support import visible_titles


def trade(base: str, code: str) -> dict:
    params = {
        "title": "",
        "xiaqu": "",
        "projectnum": "",
        "pageSize": "100",
        "categorynum": code,
        "pageIndex": "0",
    }
    reply = requests.post(
        f"{base}/EWB-FRONT/rest/commonSearch/getInfoListTrade", data={"params": json.dumps(params)}, timeout=5
    )
    assert reply.status_code == 200
    return reply.json()


def test_qz_epoint_column_page_names_the_category_tree(replica: ReplicaHandle) -> None:
    base = replica.sites["qz_epoint"]
    page = requests.get(f"{base}/jyxx/002001/002001001/trade.html", timeout=5)
    assert page.status_code == 200
    ids = dict(re.findall(r'<a id="(\d{9})"[^>]*>([^<]+)</a>', page.text))
    assert ids["002004003"] == "成交公告" and ids["002001003"] == "开标结果公告" and len(ids) == 31
    assert all(f'href="/jyxx/{c[:6]}/{c}/trade.html"' in page.text for c in ids)
    assert requests.get(f"{base}/jyxx/002001/002009001/trade.html", timeout=5).status_code == 404


def test_drift_moves_one_epoint_category_to_a_new_code(replica: ReplicaHandle) -> None:
    """The old code answers nothing, the tree names the category under the new code. (That the new
    code then answers the old one's rows, with its own detail paths, is checked where the corpus
    has such rows: tests/crawler/test_crawl_probe.py.)"""
    base = replica.sites["qz_epoint"]
    before = trade(base, "002004003")
    assert before["Totle"] == len(visible_titles("qz_epoint", "002004003"))
    replica.set_scenario("drift")
    try:
        assert trade(base, "002004003") == {"Totle": 0, "infodata": []}
        assert trade(base, "002004005")["Totle"] == before["Totle"]
        tree = requests.get(f"{base}/jyxx/002004/002004005/trade.html", timeout=5).text
        assert 'id="002004005"' in tree and 'id="002004003"' not in tree
        assert requests.get(f"{base}/jyxx/002004/002004003/trade.html", timeout=5).status_code == 404
    finally:
        replica.set_scenario("")


def test_qujiang_hands_out_session_cookies_and_counts_what_dataproxy_calls_carry(
    replica: ReplicaHandle,
) -> None:
    base = replica.sites["qujiang"]
    form = {
        "col": "1",
        "appid": "1",
        "webid": "2759",
        "path": "/",
        "columnid": "1229425417",
        "unitid": "4467411",
    }
    url = f"{base}/module/jpage/dataproxy.jsp?startrecord=1&endrecord=15&perpage=15"
    requests.post(url, data=form, timeout=5)  # a client that never opened a page
    with requests.Session() as s:
        page = s.get(f"{base}/col/col1229425417/index.html", timeout=5)
        assert {"JSESSIONID", "SERVERID"} <= set(page.cookies.keys())
        assert s.post(url, data=form, timeout=5).status_code == 200
    assert replica.stats()["qujiang"]["events"] == {
        "dataproxy_without_cookies": 1,
        "dataproxy_with_cookies": 1,
    }


def test_changshan_counts_dataproxy_calls_after_their_column_page(replica: ReplicaHandle) -> None:
    base = replica.sites["changshan"]
    url = f"{base}/module/jpage/dataproxy.jsp?startrecord=1&endrecord=15&perpage=15"
    form = {"col": "1", "appid": "1", "webid": "76", "path": "/", "columnid": "1341069", "unitid": "4359341"}
    requests.post(url, data=form, timeout=5)
    page = requests.get(f"{base}/col/col1341069/index.html", timeout=5)
    assert page.status_code == 200 and re.search(r"totalRecord:\d+,openCookies", page.text)
    requests.post(url, data=form, timeout=5)
    assert replica.stats()["changshan"]["events"] == {
        "dataproxy_without_column_page": 1,
        "dataproxy_after_column_page": 1,
    }
