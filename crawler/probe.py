"""``pubwatch probe``: the readiness check an IT person runs once, with network access, before the
first night.

Why: the registry holds values nobody outside the project has verified (see ``pubwatch sources``).
Before a night accuses anyone of not publishing, every channel is asked once, politely, whether it
is what the registry says: one list request (answered? parsed? rows dated in a plausible range?
titles of the type the channel claims? pathNames the channel knows?), one detail page (reachable?
extractable?), and robots.txt (allowed?). Nothing is written to the database; requests go one at a
time, with the source's own delay between two requests to a host.

The families' own request builders and parsers are used (a probe that parsed differently from the
crawl would prove nothing), with the pages a family GETs before its lists (``prelude_requests``:
常山's column page, 衢江's cookie page); the HTTP client is ``requests``, synchronous, one session per
host (so cookies a site hands out are kept).

No database is needed to see drift. Where a site publishes its structure (``crawler.discover``),
it is read once per source: a channel whose list answers nothing (or 404) and that the site's
structure no longer lists is "moved" when the same name appears under a new ID, else "vanished".
Any other empty list of a channel the registry expects to carry notices (``expect_items``, the
default) is ✗ "empty" with the reason, never passed as healthy; with a database (read only) the
reason also says how many of its notices are stored and live.
"""

from __future__ import annotations

import datetime as dt
import time
import urllib.robotparser
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
from scrapy.http import Request
from scrapy.http.headers import Headers
from scrapy.responsetypes import responsetypes

from crawler.detect import BadPage
from crawler.discover import Discovery, NotDiscoverable, compare, parse_structure, structure_url
from crawler.families import FAMILY_CLASSES
from crawler.families.base import Entry, SourceSpider
from crawler.middlewares import COOKIE_RE, has_content
from crawler.settings import USER_AGENT
from crawler.sources import Channel, Source, registry

CHECKS = ("answered", "parsed", "dated", "typed", "detail", "robots")
LABELS = {
    "answered": "应答",
    "parsed": "解析",
    "dated": "日期",
    "typed": "类型",
    "detail": "详情",
    "robots": "robots",
}
OLDEST = dt.date(2000, 1, 1)
STALE_DAYS = 730  # the newest row older than this: a channel that stopped (or moved)
TYPE_MIN = 5


@dataclass
class Check:
    ok: bool | None  # None: not applicable / not reached
    reason: str = ""


@dataclass
class ChannelProbe:
    source: str
    channel: str
    name: str
    verified: bool
    checks: dict[str, Check] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(c.ok is not False for c in self.checks.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "channel": self.channel,
            "name": self.name,
            "verified": self.verified,
            "ok": self.ok,
            "checks": {k: asdict(v) for k, v in self.checks.items()},
        }


class Prober:
    """One probe run: sessions per host, robots.txt per host, the last request time per host."""

    def __init__(
        self,
        night: dt.date,
        timeout: float = 20.0,
        delay: float | None = None,
        known: dict[tuple[str, str], int] | None = None,
    ) -> None:
        self.night = night
        self.known = known or {}  # (source, channel) → live documents already stored (read only)
        self.timeout = timeout
        self.delay = delay
        self.sessions: dict[str, requests.Session] = {}
        self.robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self.last: dict[str, float] = {}
        self.structure: Discovery | None = None  # the current source's structure, when readable
        self.structure_note = ""  # why it is not (shown in an empty channel's reason)

    # -- HTTP -------------------------------------------------------------------------------------
    def _session(self, host: str) -> requests.Session:
        if host not in self.sessions:
            s = requests.Session()
            s.headers["User-Agent"] = USER_AGENT
            self.sessions[host] = s
        return self.sessions[host]

    def _wait(self, host: str, delay: float) -> None:
        pause = delay if self.delay is None else self.delay
        since = time.monotonic() - self.last.get(host, -1e9)
        if since < pause:
            time.sleep(pause - since)
        self.last[host] = time.monotonic()

    def fetch(self, req: Request, delay: float) -> Any:
        """Send a Scrapy request (one at a time per host); the answer as a Scrapy response. A page
        that is only a bot check with literal cookie values is answered once more with them."""
        host = urlsplit(req.url).netloc
        session = self._session(host)
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in req.headers.items()}
        for attempt in range(2):
            self._wait(host, delay)
            r = session.request(
                req.method,
                req.url,
                headers=headers,
                data=req.body or None,
                timeout=self.timeout,
                allow_redirects=True,
            )
            hdrs = Headers({k: v for k, v in r.headers.items()})
            cls = responsetypes.from_args(headers=hdrs, url=r.url, body=r.content)
            resp = cls(url=r.url, status=r.status_code, headers=hdrs, body=r.content, request=req)
            text = getattr(resp, "text", "")
            cookies = dict(COOKIE_RE.findall(text[:8000])) if text else {}
            if attempt == 0 and "/_bot_sbu/" in text[:8000] and len(cookies) >= 2 and not has_content(text):
                for k, v in cookies.items():
                    session.cookies.set(k, v, domain=urlsplit(req.url).hostname or "")
                continue
            return resp
        return resp

    def robots_allows(self, url: str, delay: float) -> Check:
        parts = urlsplit(url)
        host = parts.netloc
        if host not in self.robots:
            rp: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                self._wait(host, delay)
                r = self._session(host).get(f"{parts.scheme}://{host}/robots.txt", timeout=self.timeout)
                if r.status_code >= 400:
                    rp = None  # no robots.txt: nothing disallowed
                else:
                    assert rp is not None
                    rp.parse(r.text.splitlines())
            except requests.RequestException:
                rp = None
            self.robots[host] = rp
        rp = self.robots[host]
        if rp is None:
            return Check(True, "no robots.txt")
        return (
            Check(True, "allowed") if rp.can_fetch(USER_AGENT, url) else Check(False, "robots.txt disallows")
        )

    # -- one channel ------------------------------------------------------------------------------
    def probe_channel(self, spider: SourceSpider, channel: Channel, first: bool = False) -> ChannelProbe:
        src = spider.source
        out = ChannelProbe(src.key, channel.key, channel.name, channel.verified)
        c = out.checks
        req = spider.list_request(channel, 1)
        c["robots"] = self.robots_allows(req.url, src.download_delay)
        if c["robots"].ok is False:
            for k in ("answered", "parsed", "dated", "typed", "detail"):
                c[k] = Check(None, "not asked (robots.txt)")
            return out
        prelude = getattr(spider, "prelude_requests", None)
        for pre in prelude(channel, first) if prelude else []:
            try:  # as the crawl does: a page that fails is noted there, the list is asked anyway
                self.fetch(pre, src.download_delay)
            except requests.RequestException:
                pass
        try:
            resp = self.fetch(req, src.download_delay)
        except requests.RequestException as exc:
            c["answered"] = Check(False, f"{type(exc).__name__}: {str(exc)[:120]}")
            return _rest(out, "answered")
        if resp.status != 200:
            gone = self._gone(channel)
            c["answered"] = Check(False, f"HTTP {resp.status}" + (f"; {gone}" if gone else ""))
            return _rest(out, "answered")
        c["answered"] = Check(True, "HTTP 200")
        try:
            page = spider.parse_list(resp, channel, 1)
        except BadPage as exc:
            c["parsed"] = Check(False, f"{exc.kind}: {exc.detail[:160]}")
            return _rest(out, "parsed")
        except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            c["parsed"] = Check(False, f"parse_error: {exc!r}"[:160])
            return _rest(out, "parsed")
        mine = [e for e in page.entries if e.channel in (None, channel.key)]
        notes = spider.health.ch(channel.key).notes
        if not mine:
            c["parsed"] = self._empty(src, channel, page.entries)
            return _rest(out, "parsed")
        c["parsed"] = Check(True, f"{len(mine)} rows")
        c["dated"] = self._dates(mine)
        c["typed"] = self._types(channel, mine, notes)
        c["detail"] = self._detail(spider, channel, mine[0])
        return out

    def _gone(self, channel: Channel) -> str:
        """'moved: …' / 'vanished: …' when the site's own structure no longer lists the channel."""
        found = self.structure
        if found is None or channel.key in found.site:
            return ""
        new = found.moved_to(channel)
        if new:
            return (
                f"moved: the site's structure lists {found.site.get(new, '')!r} under {new} "
                f"and no longer {channel.key}"
            )
        return f"vanished: the site's structure ({found.read_from[:80]}) no longer lists {channel.key}"

    def _empty(self, src: Source, channel: Channel, entries: list[Entry]) -> Check:
        """An answer with no row of this channel: drift unless the registry expects it may be empty."""
        what = f"no rows for this channel ({len(entries)} rows of others)" if entries else "list is empty"
        gone = self._gone(channel)
        if gone:
            return Check(False, f"{gone} ({what})")
        known = self.known.get((src.key, channel.key), 0)
        if known:  # it listed notices before: emptied, or its ID moved
            return Check(False, f"empty: {what}, but {known} of its notices are stored and live")
        if not channel.expect_items:
            return Check(None, f"{what}: the registry expects it may be empty (expect_items = false)")
        why = (
            "the site's structure still lists it"
            if self.structure is not None
            else (
                self.structure_note
                or "the site publishes no structure to tell a moved ID from an emptied list"
            )
        )
        return Check(False, f"empty: {what}; the registry lists it as live ({why})")

    def read_structure(self, spider: SourceSpider) -> None:
        """The source's own structure, once, politely (None with the reason when unreadable)."""
        self.structure, self.structure_note = None, ""
        src = spider.source
        url = structure_url(src)
        if url is None:
            return
        if src.family == "zfcg":
            url += f"&timestamp={int(time.time())}"
        try:
            resp = self.fetch(Request(url), src.download_delay)
            if resp.status != 200:
                self.structure_note = f"structure page answered HTTP {resp.status}"
                return
            site, leaves = parse_structure(src, resp.text)
        except (requests.RequestException, NotDiscoverable, AttributeError, ValueError) as exc:
            self.structure_note = f"structure not read: {exc}"[:160]
            return
        self.structure = compare(src, url, site, leaves)

    def _dates(self, entries: list[Entry]) -> Check:
        dates = [e.date for e in entries if e.date]
        if not dates:
            return Check(False, "no row has a date")
        bad = [d for d in dates if d < OLDEST or d > self.night + dt.timedelta(days=1)]
        if bad:
            return Check(False, f"{len(bad)} rows dated outside {OLDEST}..{self.night}: {bad[0]}")
        newest = max(dates)
        if (self.night - newest).days > STALE_DAYS:
            return Check(False, f"newest row {newest} is over {STALE_DAYS} days old")
        return Check(True, f"{min(dates)}..{newest}")

    def _types(self, channel: Channel, entries: list[Entry], notes: list[str]) -> Check:
        renamed = [n for n in notes if "pathName" in n]
        if renamed:
            return Check(False, renamed[0][:160])
        if not channel.notice_type:
            return Check(None, "mixed channel: the notices decide")
        from extractors.classify import classify

        domain = channel.domain
        found = Counter(classify(e.title, [], "", {"domain": domain})[1] for e in entries if e.title)
        decided = {t: n for t, n in found.items() if not t.endswith(".other")}
        total = sum(decided.values())
        wrong = sum(n for t, n in decided.items() if t != channel.notice_type)
        if total >= TYPE_MIN and wrong * 5 > total:
            top = ", ".join(
                f"{t} ×{n}"
                for t, n in Counter(
                    {t: n for t, n in decided.items() if t != channel.notice_type}
                ).most_common(2)
            )
            return Check(False, f"{wrong}/{total} titles are not {channel.notice_type} ({top})")
        return Check(
            True, f"{total - wrong}/{total} titles {channel.notice_type}" if total else "titles undecided"
        )

    def _detail(self, spider: SourceSpider, channel: Channel, entry: Entry) -> Check:
        if not entry.url:
            return Check(False, f"row {entry.item_key} has no link")
        req = spider.detail_request(entry.url, entry.item_key, channel)
        try:
            resp = self.fetch(req, spider.source.download_delay)
        except requests.RequestException as exc:
            return Check(False, f"{type(exc).__name__}")
        if resp.status != 200:
            return Check(False, f"detail HTTP {resp.status}")
        try:
            spider.check_detail(resp)
        except BadPage as exc:
            return Check(False, f"detail {exc.kind}: {exc.detail[:100]}")
        try:
            from extractors import extract

            rec = extract(resp.body, url=resp.url, headers={}, hint={"title": entry.title})
        except Exception as exc:
            return Check(False, f"extractor: {type(exc).__name__}")
        title = str(rec.to_dict().get("fields", {}).get("title") or "")
        return (
            Check(True, f"extracted: {title[:30]}")
            if title or rec.notice_type
            else Check(False, "nothing extracted")
        )

    def probe_source(self, source: Source) -> list[ChannelProbe]:
        cls = type(
            f"Probe{source.key}",
            (FAMILY_CLASSES[source.family],),
            {"name": source.key, "source_key": source.key},
        )
        spider = cls(night=self.night.isoformat())
        self.read_structure(spider)
        return [self.probe_channel(spider, ch, first=i == 0) for i, ch in enumerate(source.channels)]


def _rest(out: ChannelProbe, after: str) -> ChannelProbe:
    for k in CHECKS:
        out.checks.setdefault(k, Check(None, f"not reached ({after} failed)"))
    return out


def known_documents(db_url: str | None) -> dict[tuple[str, str], int]:
    """Live stored documents per (source, channel), read only; {} without a database."""
    if not db_url:
        return {}
    from sqlalchemy import func, select
    from sqlalchemy.exc import SQLAlchemyError

    from storage.db import get_engine, resolve_url
    from storage.models import Document

    try:
        with get_engine(resolve_url(db_url)).connect() as conn:  # no init_db: the probe never writes
            rows = conn.execute(
                select(Document.source_key, Document.channel_key, func.count())
                .where(Document.removed_at.is_(None))
                .group_by(Document.source_key, Document.channel_key)
            ).all()
    except SQLAlchemyError:
        return {}
    return {(r[0], r[1]): int(r[2]) for r in rows}


def run_probe(
    sources: list[str] | None = None,
    night: dt.date | None = None,
    delay: float | None = None,
    timeout: float = 20.0,
    db_url: str | None = None,
) -> list[ChannelProbe]:
    """Probe every channel of the chosen sources (all by default), in registry order. An empty
    list is a failure unless the registry expects it may be empty; ``db_url`` (read only) adds how
    many of the channel's notices are stored and live."""
    reg = registry()
    prober = Prober(night or dt.date.today(), timeout=timeout, delay=delay, known=known_documents(db_url))
    out: list[ChannelProbe] = []
    for key in sources or list(reg):
        src = reg[key]
        if src.family == "js_rendered":  # needs a browser: the crawl's Playwright handler, not this client
            out += [
                ChannelProbe(
                    src.key,
                    ch.key,
                    ch.name,
                    ch.verified,
                    {k: Check(None, "browser-rendered family: not probed") for k in CHECKS},
                )
                for ch in src.channels
            ]
            continue
        out += prober.probe_source(src)
    return out
