"""The server on a corpus from the real generator: every site's lists page through every posting that
is online, and every listed detail answers 200 with the posting's title."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from replica.server import ReplicaHandle, run_in_thread

from .server_support import http

generate = pytest.importorskip("replica.generate").generate


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ReplicaHandle, list[dict]]]:
    out = tmp_path_factory.mktemp("gen")
    manifest = generate(11, 400, out)
    day = (
        "2026-03-15"
        if manifest["start_date"] <= "2026-03-15" <= manifest["end_date"]
        else manifest["end_date"]
    )
    t0 = time.monotonic()
    handle = run_in_thread(out, day)
    print(f"replica start on {manifest['postings']} postings: {time.monotonic() - t0:.2f}s")
    rows = [json.loads(line) for line in Path(out, "postings.jsonl").read_text("utf-8").splitlines()]
    online = [
        p for p in rows if p["publish_date"] <= day and (p["removed_on"] is None or day < p["removed_on"])
    ]
    yield handle, online
    handle.stop()


def test_every_site_lists_its_online_postings(generated: tuple[ReplicaHandle, list[dict]]) -> None:
    handle, online = generated
    sites = {p["site"] for p in online}
    assert len(sites) >= 10
    from replica.sites import SITE_CLASSES

    for site in ("zfcg", "longyou", "qz_epoint"):
        spread = SITE_CLASSES[site].SIBLINGS  # channels whose postings are shared with evidence siblings
        posting = next(p for p in online if p["site"] == site and p["channel"] not in spread)
        ch = posting["channel"]
        if site == "zfcg":  # the list is province-wide: Quzhou's rows are those of its districts
            data = http(
                f"{handle.sites[site]}/portal/category",
                body={"pageNo": 1, "pageSize": 100, "categoryCode": ch},
            ).json()["result"]["data"]
            rows = [r for r in data["data"] if str(r["districtCode"]).startswith("3308")]
            total, titles = len(rows), [r["title"] for r in rows]
            assert data["total"] > total or not rows
        elif site == "longyou":
            data = http(f"{handle.sites[site]}/front/bidcontent/{ch}", body={"page": 1, "rows": 100}).json()
            total, titles = data["total"], [r["title"] for r in data["rows"]]
        else:
            data = http(
                f"{handle.sites[site]}/EWB-FRONT/rest/commonSearch/getInfoListTrade",
                form={"params": json.dumps({"categorynum": ch, "pageIndex": "0", "pageSize": "100"})},
            ).json()
            total, titles = data["Totle"], [r["title"] for r in data["infodata"]]
        expected = [p for p in online if p["site"] == site and p["channel"] == ch]
        assert total == len(expected) and posting["title"] in titles


def test_static_and_hanweb_details_serve_the_current_version(
    generated: tuple[ReplicaHandle, list[dict]],
) -> None:
    handle, online = generated
    posting = next(p for p in online if p["site"] == "jiangshan")
    path = posting["channel"] if "/" in posting["channel"] else f"jyxx/{posting['channel']}"
    base = handle.sites["jiangshan"]
    hrefs: list[str] = []
    for n in range(1, 50):
        page = http(f"{base}/{path}/{'index.html' if n == 1 else f'index_{n}.html'}").text
        found = re.findall(r'<li><a href="([^"]+)"', page)
        hrefs += found
        if "下一页" not in page:
            break
    expected = [p for p in online if p["site"] == "jiangshan" and p["channel"] == posting["channel"]]
    assert len(hrefs) == len(expected)
    for href in hrefs[:5]:
        assert http(base + href).status == 200
