"""Scrapy settings of pubwatch (``scrapy.cfg`` → ``crawler.settings``).

Each override says its default and why. Per-source politeness (delay, concurrency, robots) comes
from the registry through the generated spiders' ``custom_settings``; the values here are the
floor for everything else. Tests and ``crawler.run`` override a few with ``-s``/settings dicts
(``DOWNLOAD_DELAY=0``, ``AUTOTHROTTLE_ENABLED=False`` against the local replica).
"""

from scrapy.settings import default_settings as _scrapy_defaults

BOT_NAME = "pubwatch"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# default "Scrapy/VERSION (+https://scrapy.org)": say who we are and where to complain
USER_AGENT = "pubwatch/0.1 (+https://github.com/pubwatch/pubwatch; disclosure monitor)"
ROBOTSTXT_OBEY = True  # default False: government hosts publish robots.txt, and we respect it

CONCURRENT_REQUESTS = 16  # default 16: many hosts in one process; per host stays at 1-2
CONCURRENT_REQUESTS_PER_DOMAIN = 1  # default 8: small government servers; the registry may allow 2
DOWNLOAD_DELAY = 2.0  # default 0: the registry's per-source value replaces it
DOWNLOAD_DELAY_JITTER = 0.5  # default 0.5 (±50%): requests do not arrive on a fixed beat
DOWNLOAD_TIMEOUT = 30  # default 180: a page that takes a minute is a fault to report, not to wait for
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024  # default 1 GiB: a notice page is < 1 MB; bigger is garbage
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = True  # default True: truncated bodies must fail, and be counted

AUTOTHROTTLE_ENABLED = True  # default False: back off when a site slows down
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

RETRY_ENABLED = True
RETRY_TIMES = 3  # default 2: nightly runs can afford a little patience
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 2.0  # seconds; doubled per attempt (crawler.middlewares.BackoffRetryMiddleware)
RETRY_BACKOFF_MAX = 120.0  # a Retry-After longer than this gives up (reported as rate_limited)

COOKIES_ENABLED = True  # the ccgp-style bot check sets cookies that must be sent back
TELNETCONSOLE_ENABLED = False  # default True: never open a console port on a server
# default True (Scrapy 2.19): every spider opens an HTTP server on 127.0.0.1 that runs posted Python
# code (scrapy.extensions.remote_control) and writes its token to ~/.local/state/scrapy/job_files — a
# file a killed crawler leaves behind. Never on a server; it also costs each night's child an SSL
# context (~0.1 s CPU) for nothing.
REMOTE_CONTROL_ENABLED = False
# Scrapy's own extensions but that one. Why: Scrapy 2.19 imports every class EXTENSIONS_BASE lists, even
# one switched off, to sort them (Settings.normalize_key), and remote_control imports aiohttp's client
# and web server: 0.2-0.4 s of each crawl child's CPU (python -X importtime) for an extension that then
# says "not configured". (Listing it as None in EXTENSIONS does not help: the key is loaded all the same.)
EXTENSIONS_BASE = {
    name: order
    for name, order in _scrapy_defaults.EXTENSIONS_BASE.items()
    if name != "scrapy.extensions.remote_control.RemoteControl"
}
LOG_LEVEL = "INFO"
# default True: Scrapy re-reads and ast-parses the source of each spider callback it has not seen to
# warn about generator callbacks returning a value — a developer lint, paid by every nightly child
# (3–6 % of the crawl process's samples in a py-spy profile), while a spider's output is what the
# crawler tests assert on.
WARN_ON_GENERATOR_RETURN_VALUE = False
FEED_EXPORT_ENCODING = "utf-8"  # default None (ASCII escapes): Chinese must stay readable
# Exported feeds carry the record, never the raw bytes (those are kept in document_versions).
FEED_EXPORT_FIELDS = [
    "url",
    "source",
    "channel",
    "item_key",
    "title",
    "publish_date",
    "domain",
    "notice_type",
    "type_basis",
    "region",
    "status",
    "fields",
    "provenance",
    "warnings",
    "sha256",
    "fetched_at",
    "change",
]

DOWNLOADER_MIDDLEWARES = {
    # before robots.txt (100): a foreign host or file:// is refused before anything is fetched
    "crawler.offsite.OwnHostsMiddleware": 40,
    # robots.txt once per host and night across spiders, re-runs and workers (crawler/robots.py)
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.robots.SharedRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.CircuitBreakerMiddleware": 560,
    "crawler.middlewares.BotCheckMiddleware": 590,
    # the public-suffix list tldextract bundles, never one downloaded from publicsuffix.org (crawler/cookies.py)
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,
    "crawler.cookies.BundledSuffixCookiesMiddleware": 700,
    # distributed mode only: the host's politeness slot shared by all workers through Redis, taken
    # last before the wire so a request refused or answered earlier never uses one (crawler/sharedslot.py)
    "crawler.sharedslot.SharedSlotMiddleware": 950,
}
# Scrapy's HTTP/1.1 handler, plus a last look at the circuit breaker before each request goes out
# (crawler.middlewares.BreakerAwareDownloadHandler); the js_rendered family sets its own handlers.
# Scrapy's file/data/s3/ftp handlers are off (default on): a list page must never make the crawler
# read a local file (crawler.offsite; the js_rendered family repeats these None entries).
DOWNLOAD_HANDLERS = {
    "http": "crawler.middlewares.BreakerAwareDownloadHandler",
    "https": "crawler.middlewares.BreakerAwareDownloadHandler",
    "file": None,
    "data": None,
    "s3": None,
    "ftp": None,
}
ITEM_PIPELINES = {
    "crawler.pipelines.ExtractPipeline": 300,
    "crawler.pipelines.StorePipeline": 800,
}
EXTENSIONS = {
    "crawler.logsafe.LogSafetyExtension": 0,  # scraped text in log messages: one line, no control chars
    "crawler.health.HealthExtension": 500,
}

# pubwatch's own settings (see pubwatch.toml [crawl]).
# An ad hoc `scrapy crawl NAME … -O out.jsonl` only exports: it writes to the database only when asked
# (-s PUBWATCH_STORE=1). The nightly job and `pubwatch crawl` (crawler.run) always store.
PUBWATCH_STORE = False
# Fetch listed notices the database already holds (not only new or due ones): on by default when the
# run exports a feed (-O/-o), so the file holds every notice the run saw, stored before or not.
PUBWATCH_FETCH_KNOWN = None
PUBWATCH_DB_URL = None  # None: PUBWATCH_DB_URL env, then sqlite:///var/pubwatch.db
PUBWATCH_OVERLAP_DAYS = 3
# Nightly walks read each list back this many days even past the incremental stop, so a young
# notice taken down is seen missing the night it goes (0: stop at the first known page).
PUBWATCH_SWEEP_DAYS = 60
# Re-checks of known notices (crawler/recheck.py; docs/crawler.md "Incremental rules"):
PUBWATCH_RECHECK_DAYS = 30  # a settled notice is re-checked while its list date is younger than this
PUBWATCH_RECHECK_INTERVAL_DAYS = 7  # … this often (late edits and removals at a bounded cost)
# An "open" notice (tender, transfer notice, publicity… crawler.recheck.OPEN_TYPES) may be changed
# until its deadline; re-fetching it this often records a silent edit the night it happens.
PUBWATCH_RECHECK_OPEN_INTERVAL_DAYS = 1
# "learned" (default): checkpoints per notice from what the crawl has seen change (crawler.recheck.
# LearnedSchedule); "fixed": the uniform policy above (open nightly, settled weekly on slot nights).
PUBWATCH_RECHECK_SCHEDULE = "learned"
# The learned schedule's backoff between checkpoints of an open notice never grows past this many
# nights: a silent edit of a long-open notice (a land listing is open for weeks) is recorded within
# a week, while bidders can still act on it, not only on its last open night.
PUBWATCH_RECHECK_OPEN_MAX_GAP_DAYS = 7
PUBWATCH_OPEN_DAYS = 20  # open this long after its list date when no deadline was extracted (or not yet)
PUBWATCH_OPEN_MAX_DAYS = 90  # a deadline read from a page never keeps a notice open longer than this
PUBWATCH_MAX_PAGES_PER_CHANNEL = 200
PUBWATCH_ROBOTS_TTL_HOURS = 24  # a stored robots.txt of tonight is reused this long (crawler/robots.py)
PUBWATCH_SOURCE_FAILURE_LIMIT = 4  # failed attempts in a row before a source's other requests are skipped
# Distributed mode (PUBWATCH_REDIS_URL): one politeness slot per source and host in Redis, shared by all
# workers (crawler/sharedslot.py); 0 falls back to each worker waiting PUBWATCH_WORKERS × the delay.
PUBWATCH_SHARED_SLOT = True
PUBWATCH_RUN_ID = None  # set by crawler.run so all spiders of one night share one CrawlRun

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
