"""A channel of the site's catalogue that has no postings (yet) answers an empty list with status 200,
as the real sites do; only a code the site does not have is 404."""

from __future__ import annotations

import re

import pytest

from replica.generate.channels import CHANNELS
from replica.server import ReplicaHandle

from .server_support import fixture_postings, http


def empty_channel(site: str) -> str:
    """A catalogue channel of ``site`` without any fixture posting."""
    used = {p["channel"].removeprefix("col") for p in fixture_postings(site)}
    free = [c for c in CHANNELS[site] if c not in used]
    assert free, f"every {site} channel has fixture postings"
    return free[0]


@pytest.mark.parametrize("site", ["qz_hanweb", "qz_portal"])
def test_hanweb_column_without_postings_is_an_empty_list(replica: ReplicaHandle, site: str) -> None:
    col = empty_channel(site)
    reply = http(f"{replica.sites[site]}/col/col{col}/index.html")
    assert reply.status == 200
    assert "<datastore>" in reply.text and "<record>" not in reply.text
    assert http(f"{replica.sites[site]}/col/col9999999999/index.html").status == 404


def test_static_list_without_postings_is_an_empty_list(replica: ReplicaHandle) -> None:
    ch = empty_channel("jiangshan")
    reply = http(f"{replica.sites['jiangshan']}/{ch}/index.html")
    assert reply.status == 200
    assert not re.search(r'href="[^"]+/\d{8}/\d+\.html"', reply.text)
    assert http(f"{replica.sites['jiangshan']}/jyxx/nope/index.html").status == 404


def test_json_and_jpage_lists_without_postings(replica: ReplicaHandle) -> None:
    ch = empty_channel("longyou")
    reply = http(f"{replica.sites['longyou']}/front/bidcontent/{ch}", body={"page": 1, "rows": 10})
    assert reply.status == 200 and reply.json()["rows"] == [] and reply.json()["total"] == 0
    ch = empty_channel("jsrender")
    assert http(f"{replica.sites['jsrender']}/list/{ch}.html").status == 200
    api = http(f"{replica.sites['jsrender']}/api/notices?channel={ch}&page=1&size=20")
    assert api.status == 200 and api.json()["items"] == []
    ch = empty_channel("qujiang")
    form = {
        "col": "1",
        "appid": "1",
        "webid": "2759",
        "path": "/",
        "columnid": ch,
        "unitid": "4467411",
        "webname": "x",
        "permissiontype": "0",
    }
    reply = http(
        f"{replica.sites['qujiang']}/module/jpage/dataproxy.jsp?startrecord=1&endrecord=15&perpage=15",
        form=form,
    )
    assert reply.status == 200 and "<totalrecord>0</totalrecord>" in reply.text
