"""Fault modes, switched per site through the handle, the control API, and the manifest's outages."""

from __future__ import annotations

import http.client as httpclient
import json
import re
import socket
import time
import urllib.error

import pytest

from replica.server import FAULT_MODES, ReplicaHandle

from .server_support import http


def jiangshan_titles(replica: ReplicaHandle, name: str) -> list[str]:
    return re.findall(r'title="([^"]+)"', http(f"{replica.sites['jiangshan']}/jyxx/002001/{name}").text)


def test_5xx_with_rate_and_count(replica: ReplicaHandle) -> None:
    url = f"{replica.sites['jiangshan']}/jyxx/002001/index.html"
    replica.set_fault("jiangshan", "5xx", count=2, status=502)
    replies = [http(url) for _ in range(3)]
    assert [r.status for r in replies] == [502, 502, 200] and "502 Bad Gateway" in replies[0].text
    replica.set_fault("jiangshan", "5xx", rate=0.5, seed=3)
    statuses = {http(url).status for _ in range(20)}
    assert statuses == {200, 503}
    assert replica.stats()["jiangshan"]["faults"] >= 3


def test_slow_delays_then_answers(replica: ReplicaHandle) -> None:
    replica.set_fault("zfcg", "slow", delay=0.3)
    t0 = time.monotonic()
    reply = http(f"{replica.sites['zfcg']}/portal/category", body={"pageNo": 1, "pageSize": 1})
    assert reply.status == 200 and time.monotonic() - t0 >= 0.3


def test_timeout_never_answers(replica: ReplicaHandle) -> None:
    replica.set_fault("longyou", "timeout", delay=0.6)
    with pytest.raises((TimeoutError, socket.timeout, urllib.error.URLError)):
        http(f"{replica.sites['longyou']}/front/bidcontent/9005002002", body={}, timeout=0.2)
    replica.set_fault("longyou", "timeout", delay=0.05)
    with pytest.raises((httpclient.RemoteDisconnected, ConnectionResetError, urllib.error.URLError)):
        http(f"{replica.sites['longyou']}/front/bidcontent/9005002002", body={}, timeout=2)


def test_reset_closes_the_connection(replica: ReplicaHandle) -> None:
    replica.set_fault("qz_hanweb", "reset")
    with pytest.raises((httpclient.RemoteDisconnected, ConnectionResetError, urllib.error.URLError)):
        http(f"{replica.sites['qz_hanweb']}/col/col1229683630/index.html")


def test_truncated_body_is_shorter_than_content_length(replica: ReplicaHandle) -> None:
    replica.set_fault("qz_hanweb", "truncated")
    conn = httpclient.HTTPConnection(replica.sites["qz_hanweb"].split("//")[1], timeout=3)
    conn.request("GET", "/col/col1229683630/index.html")
    resp = conn.getresponse()
    assert resp.status == 200 and int(resp.headers["Content-Length"]) > 0
    with pytest.raises(httpclient.IncompleteRead) as info:
        resp.read()
    assert 0 < len(info.value.partial) < int(resp.headers["Content-Length"])
    conn.close()


def test_429_and_throttle200(replica: ReplicaHandle) -> None:
    replica.set_fault("jiangshan", "429", retry_after=30)
    reply = http(f"{replica.sites['jiangshan']}/jyxx/002001/index.html")
    assert reply.status == 429 and reply.headers["Retry-After"] == "30" and "访问过于频繁" in reply.text
    replica.set_fault("jiangshan", "throttle200")
    reply = http(f"{replica.sites['jiangshan']}/jyxx/002001/index.html")
    assert reply.status == 200 and "访问过于频繁" in reply.text and "news-list" not in reply.text
    replica.set_fault("zfcg", "throttle200")
    assert http(f"{replica.sites['zfcg']}/portal/category", body={}).json()["code"] == 800


def test_captcha_json_risk_code_and_html_page(replica: ReplicaHandle) -> None:
    replica.set_fault("zfcg", "captcha")
    reply = http(f"{replica.sites['zfcg']}/portal/category", body={"pageNo": 1})
    assert reply.status == 200 and reply.json() == {"code": 829, "msg": "请输入验证码", "success": False}
    replica.set_fault("jiangshan", "captcha")
    reply = http(f"{replica.sites['jiangshan']}/jyxx/002001/index.html")
    assert reply.status == 200 and "请输入验证码" in reply.text and 'id="captcha-img"' in reply.text


def test_botcheck200_cannot_be_solved(replica: ReplicaHandle) -> None:
    replica.set_fault("jiangshan", "botcheck200")
    reply = http(f"{replica.sites['jiangshan']}/jyxx/002001/index.html")
    assert reply.status == 200 and "/_bot_sbu/" in reply.text and "HOY_TR=" not in reply.text
    assert "news-list" not in reply.text


def test_loop_pagination_repeats_a_page_forever(replica: ReplicaHandle) -> None:
    first = jiangshan_titles(replica, "index.html")
    replica.set_fault("jiangshan", "loop_pagination")
    assert jiangshan_titles(replica, "index_2.html") == first
    page9 = http(f"{replica.sites['jiangshan']}/jyxx/002001/index_9.html").text
    assert re.findall(r'title="([^"]+)"', page9) == first and 'href="index_10.html">下一页' in page9
    replica.set_fault("longyou", "loop_pagination")
    body = {"page": 7, "rows": 5}
    looped = http(f"{replica.sites['longyou']}/front/bidcontent/9005002002", body=body).json()
    assert looped["rows"] and looped["totalPageCount"] > 7


def test_empty_maintenance(replica: ReplicaHandle) -> None:
    replica.set_fault("qz_epoint", "empty_maintenance")
    reply = http(
        f"{replica.sites['qz_epoint']}/EWB-FRONT/rest/commonSearch/getInfoListTrade",
        form={"params": json.dumps({"categorynum": "002", "pageIndex": "0", "pageSize": "10"})},
    )
    assert reply.status == 200 and reply.json()["Totle"] == 0 and "系统维护中" in reply.json()["msg"]
    replica.set_fault("jiangshan", "empty_maintenance")
    reply = http(f"{replica.sites['jiangshan']}/jyxx/002001/index.html")
    assert reply.status == 200 and "系统维护中" in reply.text and "<li>" not in reply.text


def test_robots_is_never_faulted_and_faults_stay_on_their_site(replica: ReplicaHandle) -> None:
    replica.set_fault("jiangshan", "5xx")
    assert http(f"{replica.sites['jiangshan']}/robots.txt").status == 200
    assert http(f"{replica.sites['jsrender']}/list/zbgg.html").status == 200
    replica.clear_faults()
    assert http(f"{replica.sites['jiangshan']}/jyxx/002001/index.html").status == 200


def test_control_api_faults_and_errors(replica: ReplicaHandle) -> None:
    ctl = replica.control_url
    ok = http(f"{ctl}/_replica/faults", body={"site": "kaihua", "mode": "5xx", "rate": 1.0})
    assert ok.status == 200 and ok.json()["faults"][0]["mode"] == "5xx"
    assert http(f"{replica.sites['kaihua']}/col/col1229091438/index.html").status == 503
    assert http(f"{ctl}/_replica/faults", body={"site": "kaihua", "mode": "meltdown"}).status == 400
    assert http(f"{ctl}/_replica/faults", body={"site": "nowhere", "mode": "5xx"}).status == 400
    assert http(f"{ctl}/_replica/faults", body={"site": "kaihua", "mode": "slow", "speed": 3}).status == 400
    assert http(f"{ctl}/_replica/faults", method="DELETE").json() == {"faults": []}
    assert http(f"{replica.sites['kaihua']}/col/col1229091438/index.html").status == 200
    everywhere = http(f"{ctl}/_replica/faults", body={"site": "*", "mode": "captcha"}).json()["faults"]
    assert len(everywhere) == len(replica.sites) and set(FAULT_MODES) >= {"captcha"}


def test_manifest_outage_switches_on_for_its_date_only(replica: ReplicaHandle) -> None:
    url = f"{replica.sites['kecheng']}/module/jpage/dataproxy.jsp?startrecord=1&endrecord=15&perpage=15"
    form = {"webid": "3017", "columnid": "1229449685", "unitid": "6600801"}
    assert http(url, form=form).status == 200
    replica.set_date("2026-03-11")  # the fixture manifest: kecheng 5xx on 2026-03-11
    assert http(url, form=form).status == 503
    replica.clear_faults()  # manual clearing keeps today's outage
    assert http(url, form=form).status == 503
    replica.advance(1)
    assert http(url, form=form).status == 200
