"""The ``pubwatch`` command line (Typer + Rich).

Why errors are caught here: the people running pubwatch are analysts and supervision staff; a bad
config, an unknown source or an unreachable database must produce one clear sentence (Chinese and
English) and exit code 2, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from alerts.labels import DOMAINS, KINDS, SEVERITIES, label
from pubwatch.config import Config, ConfigError, load_config

app = typer.Typer(
    help="pubwatch: 公共资源配置领域政府信息公开 监测 — crawl, extract, store, check, alert, report.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
replica_app = typer.Typer(help="本地仿真站点 the local replica of the platforms", no_args_is_help=True)
register_app = typer.Typer(help="应公开事项清单 expected-disclosure registers", no_args_is_help=True)
outbox_app = typer.Typer(help="待发邮件 the e-mail outbox", no_args_is_help=True)
app.add_typer(replica_app, name="replica")
app.add_typer(register_app, name="register")
app.add_typer(outbox_app, name="outbox")

console = Console()
err = Console(stderr=True)


@app.callback()
def _main() -> None:
    """Every command: pubwatch's log messages are escaped to one line (crawler.logsafe)."""
    from crawler.logsafe import install

    install()

F = TypeVar("F", bound=Callable[..., Any])

ConfigOpt = Annotated[Path | None, typer.Option("--config", "-c", help="pubwatch.toml to use")]
DateOpt = Annotated[str | None, typer.Option(help="YYYY-MM-DD")]


# C0/C1 controls (ESC sequences could drive the terminal) and bidi overrides, but not \t and \n
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class UsageError(ValueError):
    """Bad arguments, explained to the user."""


def plain(value: Any) -> Text:
    """A table cell that Rich shows as it is: scraped titles, URLs and names are never read as markup.

    Why: a title such as ``关于[/]的公告`` or ``[red]…`` would otherwise be taken as Rich markup —
    restyling the output or crashing it with a MarkupError. Control characters (ESC sequences in a
    scraped title could drive the terminal) are replaced by spaces.
    """
    return Text(_CONTROL.sub(" ", "" if value is None else str(value)))


def _file(path: Path, what: str = "文件") -> Path:
    """An existing regular file, or a UsageError that says what is wrong with it."""
    if path.is_dir():
        raise UsageError(f"需要{what}，但这是目录 (is a directory, not a file): {path}")
    if not path.exists():
        raise FileNotFoundError(f"{what}不存在 (no such file): {path}")
    return path


def _user_errors() -> tuple[type[BaseException], ...]:
    """Exception types whose message is for the user (imported lazily: each package is optional here)."""
    from pubwatch.crawl_runner import CrawlFailed
    from storage.db import DatabaseError

    types: list[type[BaseException]] = [ConfigError, DatabaseError, CrawlFailed, UsageError, FileNotFoundError]
    for mod, name in (("extractors", "NotAPage"), ("crawler.registry", "RegistryError"),
                      ("pubwatch.scheduler", "AlreadyRunning"), ("monitor.register", "RegisterError")):
        try:
            types.append(getattr(__import__(mod, fromlist=[name]), name))
        except (ImportError, AttributeError):
            pass
    return tuple(types)


def friendly(func: F) -> F:
    """Turn known errors into a one-line message and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except _user_errors() as exc:
            _fail(str(exc))
        except OSError as exc:  # unreadable file, full disk, permission denied …
            where = f": {exc.filename}" if exc.filename else ""
            _fail(f"无法读写文件 (file error) {exc.strerror or exc.__class__.__name__}{where}")

    return wrapper  # type: ignore[return-value]


def _fail(message: str) -> None:
    """Print one error sentence and exit 2; the message is plain text (it may quote a file name or
    scraped text, which must not be read as Rich markup)."""
    err.print(Text.assemble(("错误 error:", "bold red"), " ", _CONTROL.sub(" ", message)), highlight=False)
    raise typer.Exit(2)


def parse_date(value: str | None, what: str = "date") -> dt.date | None:
    """Parse YYYY-MM-DD or raise a UsageError naming the option."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{what} 日期格式应为 YYYY-MM-DD (expected YYYY-MM-DD): {value!r}") from None


def today_shanghai() -> dt.date:
    """Today's date in China, where the platforms publish."""
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo("Asia/Shanghai")).date()


def _config(path: Path | None) -> Config:
    return load_config(path)


def _sources(value: str | None, config: Config) -> list[str] | None:
    """Split and validate ``--sources`` against the registry."""
    if not value:
        return None
    from crawler.registry import load_registry

    names = [s.strip() for s in value.split(",") if s.strip()]
    known = set(load_registry(config.registry_path))
    unknown = [n for n in names if n not in known]
    if unknown:
        raise UsageError(f"未知的数据源 unknown source(s): {', '.join(unknown)}; 可用 known: {', '.join(sorted(known))}")
    return names


# --- the nightly job ------------------------------------------------------------------------------


@app.command()
@friendly
def run(
    replica: Annotated[bool, typer.Option("--replica", help="start the local replica and point every source at it")] = False,
    night: DateOpt = None,
    sources: Annotated[str | None, typer.Option(help="comma-separated source keys (default: all)")] = None,
    dry_run_email: Annotated[bool, typer.Option("--dry-run-email", help="write e-mails as .eml files")] = False,
    seed: Annotated[int, typer.Option(help="replica corpus seed")] = 2018,
    notices: Annotated[int, typer.Option(help="replica corpus size")] = 600,
    config: ConfigOpt = None,
) -> None:
    """Run the nightly job once: crawl → extract → store → check → e-mail → dashboard."""
    from pubwatch.nightly import run_night

    cfg = _config(config)
    chosen = _sources(sources, cfg)
    the_night = parse_date(night, "--night")
    stages = ["抓取 crawl", "检查 check", "邮件 e-mail", "报表 report"]
    with _progress() as bar:
        task = bar.add_task("准备 preparing…", total=len(stages) + (1 if replica else 0))

        def say(stage: str) -> None:
            bar.update(task, description=escape(stage), advance=1 if bar.tasks[task].description != "准备 preparing…" else 0)

        if replica:
            from pubwatch.replica_env import replica_env

            bar.update(task, description="启动本地仿真站点 starting the replica")
            with replica_env(Path("var"), seed=seed, notices=notices, date=the_night) as env:
                bar.advance(task)
                night_date = the_night or env.end_date
                result = run_night(cfg, night_date, site_urls=env.site_urls, sources=chosen,
                                   dry_run_email=dry_run_email, progress=say)
                mail_note = f"{env.sink.received} 封邮件已投递到本地 SMTP (var/mailbox)" if env.sink else ""
        else:
            night_date = the_night or today_shanghai()
            result = run_night(cfg, night_date, sources=chosen, dry_run_email=dry_run_email, progress=say)
            mail_note = ""
        bar.update(task, description="完成 done", completed=bar.tasks[task].total)
    print_night(result, mail_note)


def _progress():  # type: ignore[no-untyped-def]
    """A Rich progress bar on stderr (stdout stays clean for the summary and for --json)."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(), console=err, transient=True)


def print_night(result: Any, mail_note: str = "") -> None:
    """The summary table of one night."""
    table = Table(title=f"pubwatch 夜间任务 nightly job — {result.night.isoformat()}")
    for col in ("数据源 source", "请求 requests", "页面 pages", "新增 new", "变更 changed", "撤下 removed", "完整 complete"):
        table.add_column(col, justify="right" if col[0] in "请页新变撤" else "left")
    for key, s in sorted(result.crawl.sources.items()):
        table.add_row(plain(key), str(s.get("requests", 0)), str(s.get("pages", 0)), str(s.get("new", 0)),
                      str(s.get("changed", 0)), str(s.get("removed", 0)),
                      "✓" if s.get("complete") else "[red]✗ 不完整[/]")
    table.add_row("[bold]合计 total", *(str(result.crawl.total(k)) for k in ("requests", "pages", "new", "changed", "removed")), "")
    console.print(table)
    findings = Table(title="检查发现 findings")
    findings.add_column("类型 kind")
    findings.add_column("开放 open", justify="right")
    findings.add_column("新增 new", justify="right")
    by_kind = result.checks.get("by_kind", {})
    new_by_kind = result.checks.get("new_by_kind", {})
    for kind in sorted(set(by_kind) | set(new_by_kind)):
        findings.add_row(plain(f"{KINDS.get(kind, kind)} {kind}"), str(by_kind.get(kind, 0)), str(new_by_kind.get(kind, 0)))
    findings.add_row("[bold]合计 total", str(result.checks.get("open", sum(by_kind.values()))),
                     str(result.checks.get("new", sum(new_by_kind.values()))))
    console.print(findings)
    if result.alerts:
        console.print(f"邮件 e-mail: {escape(json.dumps(result.alerts, ensure_ascii=False))} {escape(mail_note)}")
    if result.report:
        html = result.report.get("html")
        console.print(f"报表 dashboard: [bold]{escape(str(html))}[/]")
    if result.crawl.incomplete:
        console.print(f"[yellow]不完整的数据源 incomplete sources (their silence is not read as 'nothing published'):[/] "
                      f"{escape(', '.join(result.crawl.incomplete))}")


@app.command()
@friendly
def crawl(
    night: DateOpt = None,
    sources: Annotated[str | None, typer.Option(help="comma-separated source keys (default: all)")] = None,
    since: DateOpt = None,
    until: DateOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Crawl (and extract and store) without checking; ``--since/--until`` back-fill a range."""
    from pubwatch.crawl_runner import run_crawl
    from storage.db import get_engine, init_db

    cfg = _config(config)
    chosen = _sources(sources, cfg)
    the_night = parse_date(night, "--night") or today_shanghai()
    first, last = parse_date(since, "--since"), parse_date(until, "--until")
    if last and not first:
        raise UsageError("--until 需要同时给出 --since (--until needs --since)")
    if first and first > (last or the_night):
        raise UsageError(f"--since {first} 晚于 --until {last or the_night} (the range's start is after its end)")
    engine = get_engine(cfg.db_url)
    init_db(engine)
    engine.dispose()
    with console.status("抓取中 crawling…"):
        summary = run_crawl(the_night, db_url=cfg.db_url, sources=chosen, since=first, until=last,
                            registry=cfg.registry_path, settings=cfg.crawler_settings())
    console.print_json(data={"run_id": summary.run_id, "sources": summary.sources})


@app.command()
@friendly
def check(
    as_of: Annotated[str | None, typer.Option("--as-of", help="YYYY-MM-DD (default today)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print findings as JSON")] = False,
    config: ConfigOpt = None,
) -> None:
    """Check what was published against what must be published, and list open findings."""
    from storage.db import get_engine, init_db

    cfg = _config(config)
    day = parse_date(as_of, "--as-of") or today_shanghai()
    engine = get_engine(cfg.db_url)
    init_db(engine)
    from monitor import findings_as_json
    from pubwatch.nightly import run_checks

    summary = run_checks(cfg, engine, day)
    found = findings_as_json(engine, day)
    if as_json:
        sys.stdout.write(json.dumps({"as_of": day.isoformat(), "summary": summary, "findings": found},
                                    ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if not found:
        console.print(f"{day.isoformat()} 没有未整改的问题 (no open findings as of {day.isoformat()})")
        return
    table = Table(title=f"检查发现 findings as of {day.isoformat()}（共 {len(found)} 条）")
    for col in ("严重性 severity", "类型 kind", "规则 rule", "标题 title", "说明 message"):
        table.add_column(col, overflow="fold")
    for f in found[:200]:  # titles and messages quote scraped text: never markup
        table.add_row(label(SEVERITIES, f.get("severity")), label(KINDS, f.get("kind")), plain(f.get("rule_id")),
                      plain(f.get("title")), plain(f.get("message")))
    console.print(table)
    if len(found) > 200:
        console.print(f"… 及其他 {len(found) - 200} 条 (and {len(found) - 200} more; use --json)")


@app.command()
@friendly
def report(
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD")] = None,
    out: Annotated[Path | None, typer.Option(help="output folder (default: report.out_dir)")] = None,
    config: ConfigOpt = None,
) -> None:
    """Export the completeness dashboard (HTML, XLSX, CSV)."""
    from dashboards import export_report
    from storage.db import get_engine, init_db

    cfg = _config(config)
    first, last = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    if first and last and first > last:
        raise UsageError(f"--from {first} 晚于 --to {last} (the period's start is after its end)")
    engine = get_engine(cfg.db_url)
    init_db(engine)
    paths = export_report(engine, out or Path(cfg.report_dir), first, last, jurisdiction=cfg.jurisdiction)
    for kind, path in paths.items():
        console.print(f"{kind}: {escape(str(path))}", highlight=False)


@app.command()
@friendly
def extract(
    file: Annotated[Path, typer.Argument(help="saved page, content fragment or JSON payload")],
    url: Annotated[str, typer.Option(help="the page's URL (helps classification)")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Extract one saved announcement into its domain record."""
    from extractors import extract_file

    record = extract_file(_file(file), url=url)
    if as_json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    table = Table(title=escape(f"{label(DOMAINS, record.get('domain'))} {record.get('domain')} / "
                               f"{record.get('notice_type')} ({record.get('status')})"))
    table.add_column("字段 field")
    table.add_column("值 value", overflow="fold")
    table.add_column("来源 source", overflow="fold")
    for key, value in record.get("fields", {}).items():
        prov = record.get("provenance", {}).get(key, {})
        table.add_row(plain(key), plain(json.dumps(value, ensure_ascii=False, default=str)),
                      plain(f"{prov.get('method', '')}: {prov.get('snippet', '')}"))
    console.print(table)


@app.command()
@friendly
def simulate(
    seed: Annotated[int, typer.Option(help="corpus seed")] = 7,
    nights: Annotated[int, typer.Option(help="nightly cycles to run")] = 30,
    notices: Annotated[int, typer.Option(help="corpus size")] = 600,
    faults: Annotated[bool, typer.Option("--faults/--no-faults", help="switch the corpus's outages on")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="print one JSON object")] = False,
    workdir: Annotated[Path | None, typer.Option(help="where to keep corpus and database")] = None,
    crawl_set: Annotated[list[str] | None, typer.Option("--set", "-s",
                         help="crawler setting NAME=VALUE (repeatable), e.g. PUBWATCH_RECHECK_INTERVAL_DAYS=1")] = None,
) -> None:
    """Run N nightly cycles over a fresh replica with an advancing clock and score the results."""
    settings: dict[str, str] = {}
    for item in crawl_set or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--set 应为 NAME=VALUE (expected NAME=VALUE): {item!r}")
        settings[name.strip()] = value.strip()
    from pubwatch.simulate import simulate as run_sim

    with _progress() as bar:
        task = bar.add_task("生成语料 generating…", total=nights)

        def say(message: str) -> None:
            if message[:4].isdigit():  # one line per simulated night
                bar.update(task, description=escape(message), advance=1)
            else:
                bar.update(task, description=escape(message))

        result = run_sim(seed=seed, nights=nights, notices=notices, faults=faults, workdir=workdir, progress=say,
                         crawl_settings=settings)
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        console.print_json(data=result)


@app.command()
@friendly
def schedule(config: ConfigOpt = None) -> None:
    """Run the nightly job on its schedule, in the foreground (stop with SIGTERM or Ctrl-C)."""
    from pubwatch.nightly import run_night
    from pubwatch.scheduler import run_scheduler

    cfg = _config(config)
    console.print(f"计划任务 scheduler: {escape(cfg.nightly_cron)} ({escape(cfg.timezone)})")
    run_scheduler(cfg, lambda night: run_night(cfg, night, take_lock=False))


@app.command()
@friendly
def status(
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    config: ConfigOpt = None,
) -> None:
    """Show the last and next nightly runs and their health."""
    from pubwatch.scheduler import render_status, scheduler_status
    from storage.db import get_engine, init_db

    cfg = _config(config)
    engine = get_engine(cfg.db_url)
    init_db(engine)
    state = scheduler_status(engine, cfg)
    if as_json:
        console.print_json(data=json.loads(json.dumps(state, default=str)))
    else:
        console.print(render_status(state))


@app.command()
@friendly
def evidence(
    ref: Annotated[str, typer.Argument(help="version id, or a reference like document_versions/12@sha256:…")],
    out: Annotated[Path | None, typer.Option(help="write the raw page bytes to this file")] = None,
    config: ConfigOpt = None,
) -> None:
    """Show a stored page version (the evidence behind a finding) and verify its sha256."""
    import hashlib

    from sqlalchemy import select

    from storage.db import get_engine, init_db, session_scope
    from storage.models import Document, DocumentVersion

    m = re.fullmatch(r"(?:document_versions/)?(\d+)(?:@sha256:([0-9a-fA-F]{64}))?", ref.strip())
    if not m:
        raise UsageError(f"无法识别的证据编号 (not an evidence reference): {ref!r}")
    cfg = _config(config)
    engine = get_engine(cfg.db_url)
    init_db(engine)
    with session_scope(engine) as session:
        row = session.execute(
            select(DocumentVersion, Document).join(Document, Document.id == DocumentVersion.document_id)
            .where(DocumentVersion.id == int(m.group(1)))
        ).first()
        if row is None:
            raise UsageError(f"没有这个页面版本 (no such page version): {m.group(1)}")
        version, doc = row
        actual = hashlib.sha256(version.body).hexdigest()
        wanted = (m.group(2) or "").lower()
        verified = actual == version.sha256 and (not wanted or wanted == actual)
        table = Table(title=f"证据 evidence: document_versions/{version.id}")
        table.add_column("项 item")
        table.add_column("值 value", overflow="fold")
        for name, value in (("URL", plain(version.url)), ("数据源 source", plain(doc.source_key)),
                            ("版本 version", str(version.version_no)),
                            ("抓取时间 fetched", f"{version.fetched_at:%Y-%m-%d %H:%M:%S} UTC"),
                            ("HTTP", str(version.http_status)), ("字节 bytes", str(len(version.body))),
                            ("sha256", plain(version.sha256)),
                            ("校验 verified", "✓" if verified else "[red]✗ 不一致 mismatch[/]")):
            table.add_row(name, value)
        console.print(table)
        if not verified:
            # a reference whose hash does not match is not evidence of this page: say so, and fail
            if wanted and wanted != actual:
                raise UsageError(f"校验值不一致：引用的 sha256 与所存页面不符 (the sha256 in the reference does not match "
                                 f"stored page version {version.id}: wanted {wanted}, stored page hashes to {actual})")
            raise UsageError(f"校验值不一致：所存页面已被改动 (stored page version {version.id} no longer matches its "
                             f"recorded sha256 {version.sha256}; it hashes to {actual})")
        if out:
            if out.is_dir():
                raise UsageError(f"--out 是目录，请给出文件名 (--out is a directory; give a file name): {out}")
            out.write_bytes(version.body)
            console.print(f"原始页面已写入 raw page written to {escape(str(out))}", highlight=False)


sources_app = typer.Typer(help="The source registry: list it (with evidence), or discover a site's structure.")
app.add_typer(sources_app, name="sources")


@sources_app.callback(invoke_without_command=True)
@friendly
def list_sources(
    ctx: typer.Context,
    config: ConfigOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="every source and channel with its evidence, as JSON")] = False,
) -> None:
    """List the sources in the registry, with the evidence behind each (or 未核实 unverified)."""
    if ctx.invoked_subcommand:
        return
    from crawler.provenance import registry_provenance

    cfg = _config(config)
    rows = registry_provenance(cfg.registry_path)
    if as_json:
        console.print_json(data={"sources": rows})
        return
    table = Table(title="数据源 sources")
    for col in ("key", "名称 name", "family", "region", "base URL", "channels", "依据 evidence"):
        table.add_column(col, overflow="fold")
    for e in rows:
        unverified = sum(1 for c in e["channels"] if not c["verified"])
        mark = "已核实 verified" if e["verified"] else "未核实 unverified"
        table.add_row(plain(e["key"]), plain(e["name"]), plain(e["family"]), plain(e["region"]), plain(e["base_url"]),
                      f"{len(e['channels'])}（未核实 {unverified}）", plain(f"{mark}: {e['evidence']}"))
    console.print(table)


@sources_app.command("discover")
@friendly
def sources_discover(
    key: Annotated[str, typer.Argument(help="source key")],
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object")] = False,
    replica: Annotated[bool, typer.Option("--replica", help="read the local replica instead of the real site")] = False,
    drift: Annotated[bool, typer.Option("--drift", help="with --replica: plant the replica's drift scenario")] = False,
    config: ConfigOpt = None,
) -> None:
    """Read a site's own structure (Hanweb column navigation, zfcg category tree) and print how it
    differs from the registry: new, vanished and renamed channels (exit 1 when they differ)."""
    import os

    from crawler.discover import NotDiscoverable, discover
    from crawler.registry import SITE_URLS_ENV, registry

    _config(config)
    if drift and not replica:
        raise UsageError("--drift 只能与 --replica 一起使用 (--drift needs --replica)")

    def run() -> Any:
        reg = registry()
        if key not in reg:
            raise UsageError(f"未知数据源 unknown source {key!r}; known: {', '.join(sorted(reg))}")
        try:
            return discover(reg[key])
        except NotDiscoverable as exc:
            raise UsageError(f"无法读取站点结构 (not discoverable): {exc}") from None
        except Exception as exc:
            raise UsageError(f"读取站点结构失败 (reading the site failed): {type(exc).__name__}: {exc}") from None

    if replica:
        from pubwatch.replica_env import replica_env

        with replica_env(Path("var"), mail_sink=False) as env:
            if drift:
                env.server.set_scenario("drift")
            saved = os.environ.get(SITE_URLS_ENV)
            os.environ[SITE_URLS_ENV] = json.dumps(env.site_urls)
            try:
                found = run()
            finally:
                if saved is None:
                    os.environ.pop(SITE_URLS_ENV, None)
                else:
                    os.environ[SITE_URLS_ENV] = saved
    else:
        found = run()
    if as_json:
        console.print_json(data=found.as_dict())
    else:
        console.print(f"读取自 read from {escape(found.read_from)}: {len(found.site)} 个栏目 channels", highlight=False)
        for k in found.new:
            console.print(f"  + 新栏目 new: {escape(k)} {escape(found.site.get(k, ''))}", highlight=False)
        for k in found.vanished:
            console.print(f"  - 已消失 vanished: {escape(k)}", highlight=False)
        for k, old, new_name in found.renamed:
            console.print(f"  ~ 改名 renamed: {escape(k)} {escape(old)} → {escape(new_name)}", highlight=False)
        if not found.drift:
            console.print("  与登记一致 no difference from the registry", highlight=False)
    if found.drift:
        raise typer.Exit(1)


@app.command("probe")
@friendly
def probe(
    sources: Annotated[str | None, typer.Option(help="comma-separated source keys (default: all)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object instead of the table")] = False,
    night: DateOpt = None,
    delay: Annotated[float | None, typer.Option(help="seconds between two requests to a host (default: "
                                                     "each source's download_delay)")] = None,
    replica: Annotated[bool, typer.Option("--replica", help="probe the local replica instead of the real sites")] = False,
    drift: Annotated[bool, typer.Option("--drift", help="with --replica: plant the replica's drift scenario")] = False,
    use_db: Annotated[bool, typer.Option("--db/--no-db", help="read (never write) the database: an empty list "
                                                            "where notices were stored before fails")] = True,
    config: ConfigOpt = None,
) -> None:
    """Readiness check before the first night: per channel one list request and one detail page,
    checked (answered, parsed, dated, typed, detail, robots.txt). No database writes."""
    import os

    from crawler.probe import CHECKS, LABELS, run_probe
    from crawler.registry import SITE_URLS_ENV

    cfg = _config(config)
    chosen = _sources(sources, cfg)
    the_night = parse_date(night, "--night")
    if drift and not replica:
        raise UsageError("--drift 只能与 --replica 一起使用 (--drift needs --replica)")
    if replica:
        from pubwatch.replica_env import replica_env

        with replica_env(Path("var"), mail_sink=False, date=the_night) as env:
            if drift:
                env.server.set_scenario("drift")
            saved = os.environ.get(SITE_URLS_ENV)
            os.environ[SITE_URLS_ENV] = json.dumps(env.site_urls)
            try:
                results = run_probe(chosen, the_night or env.end_date, delay=0.0 if delay is None else delay,
                                    db_url=cfg.db_url if use_db else None)
            finally:
                if saved is None:
                    os.environ.pop(SITE_URLS_ENV, None)
                else:
                    os.environ[SITE_URLS_ENV] = saved
    else:
        results = run_probe(chosen, the_night or today_shanghai(), delay=delay, db_url=cfg.db_url if use_db else None)
    failing = [r for r in results if not r.ok]
    if as_json:
        console.print_json(data={"channels": [r.as_dict() for r in results], "ok": not failing,
                                 "failing": len(failing), "probed": len(results)})
    else:
        table = Table(title="就绪检查 probe")
        for col in ("source", "channel", "名称", "核实", *(LABELS[c] for c in CHECKS), "原因 reasons"):
            table.add_column(col, overflow="fold")
        for r in results:
            marks = ["✓" if r.checks[c].ok else ("✗" if r.checks[c].ok is False else "–") for c in CHECKS]
            reasons = "; ".join(f"{LABELS[c]}: {r.checks[c].reason}" for c in CHECKS if r.checks[c].ok is False)
            table.add_row(plain(r.source), plain(r.channel), plain(r.name), "✓" if r.verified else "未核实", *marks,
                          plain(reasons))
        console.print(table)
        console.print(f"{len(results) - len(failing)}/{len(results)} 个栏目通过 channels pass", highlight=False)
    if failing:
        raise typer.Exit(1)


# --- replica --------------------------------------------------------------------------------------


@replica_app.command("serve")
@friendly
def replica_serve(
    corpus: Annotated[Path, typer.Option(help="corpus folder (from 'replica generate')")],
    port: Annotated[int, typer.Option(help="control port; sites listen on the following ports")] = 8600,
    date: Annotated[str | None, typer.Option(help="the day the sites show (YYYY-MM-DD)")] = None,
) -> None:
    """Serve the replica of the platforms on 127.0.0.1."""
    from replica.server import main as serve_main

    argv = ["--corpus", str(corpus), "--port", str(port)]
    if date:
        parse_date(date, "--date")
        argv += ["--date", date]
    raise typer.Exit(serve_main(argv))


@replica_app.command("generate")
@friendly
def replica_generate(
    out: Annotated[Path, typer.Option(help="output folder")],
    seed: Annotated[int, typer.Option(help="random seed")] = 7,
    notices: Annotated[int, typer.Option(help="number of notices")] = 1000,
) -> None:
    """Generate a deterministic corpus with ground truth (manifest.json)."""
    from replica.generate import generate

    out.mkdir(parents=True, exist_ok=True)
    manifest = generate(seed, notices, out)
    console.print(f"{escape(str(out))}: {manifest.get('postings')} postings, {len(manifest.get('notices', {}))} notices, "
                  f"{len(manifest.get('defects', []))} planted defects, {manifest.get('start_date')} … {manifest.get('end_date')}")


# --- registers and outbox -------------------------------------------------------------------------


@register_app.command("import")
@friendly
def register_import(
    file: Annotated[Path, typer.Argument(help="CSV or XLSX register")],
    config: ConfigOpt = None,
) -> None:
    """Import a department's expected-disclosure register as expectations."""
    from monitor.register import import_register
    from storage.db import get_engine, init_db

    cfg = _config(config)
    engine = get_engine(cfg.db_url)
    init_db(engine)
    result = import_register(engine, _file(file, "清单文件"))
    console.print(f"导入 imported {escape(file.name)}：共 {result.get('rows', 0)} 行 rows，新增 created "
                  f"{result.get('created', 0)}，更新 updated {result.get('updated', 0)}", highlight=False)


@outbox_app.command("flush")
@friendly
def outbox_flush(config: ConfigOpt = None) -> None:
    """Retry the e-mails waiting in the outbox."""
    from alerts import flush_outbox
    from storage.db import get_engine, init_db

    cfg = _config(config)
    engine = get_engine(cfg.db_url)
    init_db(engine)
    result = flush_outbox(engine, cfg)
    console.print(f"发件箱 outbox：已发送 sent {result.get('sent', 0)}，待发 queued {result.get('queued', 0)}，"
                  f"失败 failed {result.get('failed', 0)}", highlight=False)


if __name__ == "__main__":
    app()
