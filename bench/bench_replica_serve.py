"""Requests per second of the replica server on a generated corpus (goal: >= 500 req/s).

Generates a corpus (``replica.generate``; falls back to the test fixture corpus), starts
``python -m replica.server`` in a subprocess, discovers list and detail URLs of several sites, then
fires a fixed number of mixed list/detail requests from a concurrent aiohttp client and prints the
rate.  Bounded: it stops by itself.

    .venv/bin/python bench/bench_replica_serve.py [--notices 2000] [--requests 4000] [--concurrency 32]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

Req = tuple[str, str, dict[str, Any]]  # method, url, aiohttp kwargs


def make_corpus(out: Path, notices: int) -> str:
    """Generate a corpus; return a date in its middle (when most sites have postings online)."""
    try:
        from replica.generate import generate
    except ImportError:
        fixture = ROOT / "tests" / "replica" / "fixtures" / "corpus"
        for name in ("postings.jsonl", "manifest.json"):
            (out / name).write_bytes((fixture / name).read_bytes())
        return "2026-03-10"
    t0 = time.monotonic()
    manifest = generate(7, notices, out)
    print(f"generated {manifest['postings']} postings from {notices} notices in {time.monotonic() - t0:.2f}s")
    return manifest["end_date"]


def start_server(corpus: Path, day: str) -> tuple[subprocess.Popen[str], str, dict[str, str]]:
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "replica.server", "--corpus", str(corpus), "--port", "0", "--date", day],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    control = proc.stdout.readline().split()[1].removesuffix("/_replica/")
    sites: dict[str, str] = {}
    while True:
        parts = proc.stdout.readline().split()
        if not parts or parts[0] == "date":
            break
        sites[parts[0]] = parts[1]
    print(f"server up in {time.monotonic() - t0:.2f}s (process start + corpus load), {len(sites)} sites")
    return proc, control, sites


def channels(corpus: Path, day: str) -> dict[str, list[str]]:
    """The busiest channels per site (by postings online on ``day``)."""
    counts: dict[str, dict[str, int]] = {}
    with (corpus / "postings.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            p = json.loads(line)
            if p["publish_date"] <= day and (p["removed_on"] is None or day < p["removed_on"]):
                counts.setdefault(p["site"], {}).setdefault(p["channel"], 0)
                counts[p["site"]][p["channel"]] += 1
    return {s: sorted(c, key=c.get, reverse=True)[:3] for s, c in counts.items()}  # type: ignore[arg-type]


def list_requests(sites: dict[str, str], chans: dict[str, list[str]]) -> list[Req]:
    reqs: list[Req] = []
    for ch in chans.get("qz_hanweb", []):
        reqs.append(("GET", f"{sites['qz_hanweb']}/col/col{ch}/index.html?uid=7872499&pageNum=1", {}))
    for ch in chans.get("zfcg", []):
        reqs.append(
            (
                "POST",
                f"{sites['zfcg']}/portal/category",
                {"json": {"pageNo": 1, "pageSize": 15, "categoryCode": ch, "isGov": True}},
            )
        )
    for ch in chans.get("longyou", []):
        reqs.append(("POST", f"{sites['longyou']}/front/bidcontent/{ch}", {"json": {"page": 1, "rows": 10}}))
    for ch in chans.get("qz_epoint", []):
        params = json.dumps({"categorynum": ch, "pageIndex": "0", "pageSize": "20"})
        reqs.append(
            (
                "POST",
                f"{sites['qz_epoint']}/EWB-FRONT/rest/commonSearch/getInfoListTrade",
                {"data": {"params": params}},
            )
        )
    for ch in chans.get("kaihua", []):
        reqs.append(
            (
                "POST",
                f"{sites['kaihua']}/module/jpage/dataproxy.jsp?startrecord=1&endrecord=15&perpage=15",
                {"data": {"webid": "2681", "columnid": ch, "unitid": "6250988"}},
            )
        )
    for ch in chans.get("jiangshan", []):
        path = ch if "/" in ch else f"jyxx/{ch}"
        reqs.append(("GET", f"{sites['jiangshan']}/{path}/index.html", {}))
    zj = {
        "pn": 0,
        "rn": 20,
        "sort": '{"webdate":"0"}',
        "condition": [{"fieldName": "categorynum", "isLike": True, "likeType": 2, "equal": "002"}],
    }
    reqs.append(
        ("POST", f"{sites['zjggzy']}/inteligentsearch/rest/inteligentSearch/getFullTextData", {"json": zj})
    )
    return reqs


async def fetch(session: aiohttp.ClientSession, req: Req) -> tuple[int, bytes]:
    method, url, kw = req
    async with session.request(method, url, **kw) as resp:
        return resp.status, await resp.read()


def details_from(req: Req, status: int, body: bytes, sites: dict[str, str]) -> list[Req]:
    """Detail requests for the items a list answer names."""
    url = req[1]
    text = body.decode("utf-8", errors="replace")
    base = url.split("/", 3)
    root = f"{base[0]}//{base[2]}"
    if status != 200:
        return []
    if root == sites.get("zfcg"):
        from urllib.parse import quote

        return [
            ("GET", f"{root}/portal/detail?articleId={quote(r['articleId'], safe='')}&timestamp=1", {})
            for r in json.loads(body)["result"]["data"]["data"]
        ]
    if root == sites.get("longyou"):
        code = url.rsplit("/", 1)[1]
        return [("POST", f"{root}/front/bidcontent/{code}/{r['id']}", {}) for r in json.loads(body)["rows"]]
    if root == sites.get("qz_epoint"):
        return [("GET", root + r["infourl"], {}) for r in json.loads(body)["infodata"]]
    if root == sites.get("zjggzy"):
        return [("GET", root + r["linkurl"], {}) for r in json.loads(body)["result"]["records"]]
    return [("GET", root + h, {}) for h in re.findall(r'href=["\'](/(?:art|jyxx)[^"\']+?\.html)', text)]


async def run(sites: dict[str, str], chans: dict[str, list[str]], total: int, concurrency: int) -> None:
    conn = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=conn) as session:
        lists = list_requests(sites, chans)
        details: list[Req] = []
        for req in lists:
            status, body = await fetch(session, req)
            details += details_from(req, status, body, sites)
        rng = random.Random(1)
        mix = [rng.choice(lists) if i % 3 == 0 or not details else rng.choice(details) for i in range(total)]
        queue: asyncio.Queue[Req] = asyncio.Queue()
        for req in mix:
            queue.put_nowait(req)
        statuses: dict[int, int] = {}

        async def worker() -> None:
            while not queue.empty():
                status, _ = await fetch(session, queue.get_nowait())
                statuses[status] = statuses.get(status, 0) + 1

        t0 = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.monotonic() - t0
    print(f"{len(lists)} list URLs, {len(details)} detail URLs; statuses {statuses}")
    print(
        f"replica serve: {total} requests (1/3 lists, 2/3 details), concurrency {concurrency}: "
        f"{elapsed:.2f}s = {total / elapsed:.0f} req/s (goal >= 500)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        day = make_corpus(corpus, args.notices)
        proc, _, sites = start_server(corpus, day)
        try:
            asyncio.run(run(sites, channels(corpus, day), args.requests, args.concurrency))
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
