"""The ``pubwatch`` command line (Typer + Rich).

Why errors are caught here: the people running pubwatch are analysts and supervision staff; a bad
config, an unknown source or an unreachable database must produce one clear sentence (Chinese and
English) and exit code 2, never a traceback.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text
from sqlalchemy.exc import SQLAlchemyError

from pubwatch.config import Config, ConfigError, load_config
from vocabulary import DOMAINS, KINDS, SEVERITIES, TYPE_BASES, label
from vocabulary.dates import parse_iso_date, today_shanghai

app = typer.Typer(
    help="pubwatch：公共资源配置领域政府信息公开监测。 Crawl, extract, store, check, alert, report.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
replica_app = typer.Typer(help="本地仿真站点 the local replica of the platforms", no_args_is_help=True)
register_app = typer.Typer(help="应公开事项清单 expected-disclosure registers", no_args_is_help=True)
outbox_app = typer.Typer(help="待发邮件 the e-mail outbox", no_args_is_help=True)
app.add_typer(replica_app, name="replica")
app.add_typer(register_app, name="register")
app.add_typer(outbox_app, name="outbox")
findings_app = typer.Typer(
    help="问题整改与排除 findings: rectification, dismissal, audit trail", no_args_is_help=True
)
app.add_typer(findings_app, name="findings")

console = Console()
err = Console(stderr=True)


@app.callback()
def _main() -> None:
    """Every command: pubwatch's log messages are escaped to one line (crawler.logsafe)."""
    from crawler.logsafe import install

    install()


F = TypeVar("F", bound=Callable[..., Any])

ConfigOpt = Annotated[Path | None, typer.Option("--config", "-c", help="配置文件 pubwatch.toml to use")]
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

    types: list[type[BaseException]] = [
        ConfigError,
        DatabaseError,
        CrawlFailed,
        UsageError,
        FileNotFoundError,
    ]
    for mod, name in (
        ("extractors", "NotAPage"),
        ("crawler.sources", "RegistryError"),
        ("monitor.catalog", "CatalogError"),  # e.g. a rule naming a source the registry lacks
        ("monitor.review", "ReviewError"),
        ("pubwatch.runlock", "AlreadyRunning"),
        ("monitor.disclosure_register", "RegisterError"),
        ("pubwatch.label_import", "SheetError"),
    ):
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
        except SQLAlchemyError as exc:  # connection lost mid-run, disk full under SQLite …
            from storage.db import db_error_text

            _fail(db_error_text(exc))
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
        return parse_iso_date(value)
    except ValueError:
        raise UsageError(f"{what} 日期格式应为 YYYY-MM-DD (expected YYYY-MM-DD): {value!r}") from None


def _config(path: Path | None) -> Config:
    return load_config(path)


def _open_db(cfg: Config) -> Any:
    """The configured database's engine, its schema created or brought up to date first."""
    from storage.db import get_engine, init_db

    engine = get_engine(cfg.db_url)
    init_db(engine)
    return engine


def _sources(value: str | None, config: Config) -> list[str] | None:
    """Split and validate ``--sources`` against the registry."""
    if not value:
        return None
    from crawler.sources import load_registry

    names = [s.strip() for s in value.split(",") if s.strip()]
    known = set(load_registry(config.registry_path))
    unknown = [n for n in names if n not in known]
    if unknown:
        raise UsageError(
            f"未知的数据源 unknown source(s): {', '.join(unknown)}; 可用 known: {', '.join(sorted(known))}"
        )
    return names


# --- the nightly job ------------------------------------------------------------------------------


@contextlib.contextmanager
def on_ctrl_c(db_url: str) -> Iterator[None]:
    """Ctrl-C: say so, record the runs this command started as ``interrupted``, exit 130.

    Why: an interrupted run used to print nothing and stay ``running`` for ever, which
    ``pubwatch status`` then read as healthy. The crawl is idempotent, so the next run recovers.
    """
    from storage.models import utcnow

    started = utcnow() - dt.timedelta(seconds=1)
    try:
        yield
    except KeyboardInterrupt:
        closed = 0
        try:
            from storage.db import get_engine
            from storage.runs import close_running

            closed = close_running(get_engine(db_url), since=started, note="Ctrl-C")
        except Exception as exc:  # the database may be what hung; the message must still come
            err.print(Text(f"（未能记录中断 could not record the interruption: {exc.__class__.__name__}）"))
        err.print(
            Text.assemble(
                ("已中断 interrupted (Ctrl-C)", "bold yellow"),
                f"：本次运行已记为“已中断”（{closed} 条运行记录）；再次运行即可从中断处恢复，"
                "已保存的页面不会重复保存 (recorded as interrupted; run again to recover — "
                "pages already stored are kept)",
            ),
            highlight=False,
        )
        raise typer.Exit(130) from None


@app.command()
@friendly
def run(
    replica: Annotated[
        bool,
        typer.Option(
            "--replica",
            help="启动本地仿真站点并让所有数据源指向它 start the local replica and point every source at it",
        ),
    ] = False,
    night: DateOpt = None,
    sources: Annotated[
        str | None,
        typer.Option(help="数据源，逗号分隔（默认全部） comma-separated source keys (default: all)"),
    ] = None,
    dry_run_email: Annotated[
        bool, typer.Option("--dry-run-email", help="邮件只写成 .eml 文件，不发送 write e-mails as .eml files")
    ] = False,
    seed: Annotated[int, typer.Option(help="仿真语料随机种子 replica corpus seed")] = 2018,
    notices: Annotated[int, typer.Option(help="仿真语料公告数 replica corpus size")] = 600,
    config: ConfigOpt = None,
) -> None:
    """运行一次夜间任务：采集 → 抽取 → 入库 → 检查 → 邮件 → 报表。 Run the nightly job once: crawl, extract, store, check, e-mail, dashboard."""
    from pubwatch.nightly import run_night

    cfg = _config(config)
    chosen = _sources(sources, cfg)
    the_night = parse_date(night, "--night")
    stages = ["抓取 crawl", "检查 check", "邮件 e-mail", "报表 report"]
    with on_ctrl_c(cfg.db_url), _progress() as bar:
        task = bar.add_task("准备 preparing…", total=len(stages) + (1 if replica else 0))

        def say(stage: str) -> None:
            bar.update(
                task,
                description=escape(stage),
                advance=1 if bar.tasks[task].description != "准备 preparing…" else 0,
            )

        if replica:
            from pubwatch.replica_env import replica_env

            bar.update(task, description="启动本地仿真站点 starting the replica")
            with replica_env(Path("var"), seed=seed, notices=notices, date=the_night) as env:
                bar.advance(task)
                night_date = the_night or env.end_date
                result = run_night(
                    cfg,
                    night_date,
                    site_urls=env.site_urls,
                    sources=chosen,
                    dry_run_email=dry_run_email,
                    progress=say,
                )
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

    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def print_night(result: Any, mail_note: str = "") -> None:
    """The summary table of one night."""
    table = Table(title=f"pubwatch 夜间任务 nightly job — {result.night.isoformat()}")
    for col in (
        "数据源 source",
        "请求 requests",
        "页面 pages",
        "新增 new",
        "变更 changed",
        "撤下 removed",
        "完整 complete",
    ):
        table.add_column(col, justify="right" if col[0] in "请页新变撤" else "left")
    for key, s in sorted(result.crawl.sources.items()):
        table.add_row(
            plain(key),
            str(s.get("requests", 0)),
            str(s.get("pages", 0)),
            str(s.get("new", 0)),
            str(s.get("changed", 0)),
            str(s.get("removed", 0)),
            "✓" if s.get("complete") else "[red]✗ 不完整[/]",
        )
    table.add_row(
        "[bold]合计 total",
        *(str(result.crawl.total(k)) for k in ("requests", "pages", "new", "changed", "removed")),
        "",
    )
    console.print(table)
    findings = Table(title="检查发现 findings")
    findings.add_column("类型 kind")
    findings.add_column("开放 open", justify="right")
    findings.add_column("新增 new", justify="right")
    by_kind = result.checks.get("by_kind", {})
    new_by_kind = result.checks.get("new_by_kind", {})
    for kind in sorted(set(by_kind) | set(new_by_kind)):
        findings.add_row(
            plain(f"{KINDS.get(kind, kind)} {kind}"), str(by_kind.get(kind, 0)), str(new_by_kind.get(kind, 0))
        )
    # the column counts what this night added (first seen on it), kind by kind; its total is their sum, not
    # what this run added: a second run of the same night adds nothing, yet the night's findings stay new
    findings.add_row(
        "[bold]合计 total",
        str(result.checks.get("open", sum(by_kind.values()))),
        str(sum(new_by_kind.values()) if new_by_kind else result.checks.get("new", 0)),
    )
    console.print(findings)
    if result.alerts:
        console.print(
            f"邮件 e-mail: {escape(json.dumps(result.alerts, ensure_ascii=False))} {escape(mail_note)}"
        )
    if result.report:
        html = result.report.get("html")
        console.print(f"报表 dashboard: [bold]{escape(str(html))}[/]")
    accepted = result.checks.get("field_sources")
    if isinstance(accepted, list):
        console.print(
            Text(
                f"依据页面读取的问题（要素缺失、逾期、应发未发、不一致等）只对已验收的数据源发出 (findings that "
                f"rest on our reading of pages only for accepted sources): "
                f"{'、'.join(accepted) if accepted else '无 none'}；其余来源的此类问题进人工核对清单 "
                "(the others' go to the office's review list; pubwatch acceptance status)"
            ),
            highlight=False,
        )
    if result.checks.get("acceptance_error"):
        console.print(
            Text(f"验收记录无法读取，所有来源按未验收处理: {result.checks['acceptance_error']}", style="red")
        )
    unknown = result.checks.get("unknown_units") or []
    if unknown:
        console.print(
            Text(
                "不在责任单位名录中的单位名称（其问题已交所属领域牵头单位） names not in the directory of units: "
                + "、".join(unknown),
                style="yellow",
            )
        )
    if result.crawl.incomplete:
        console.print(
            f"[yellow]不完整的数据源 incomplete sources (their silence is not read as 'nothing published'):[/] "
            f"{escape(', '.join(result.crawl.incomplete))}"
        )


@app.command()
@friendly
def crawl(
    night: DateOpt = None,
    sources: Annotated[
        str | None,
        typer.Option(help="数据源，逗号分隔（默认全部） comma-separated source keys (default: all)"),
    ] = None,
    since: DateOpt = None,
    until: DateOpt = None,
    config: ConfigOpt = None,
) -> None:
    """只采集（抽取并入库），不检查；用 --since/--until 补采一段日期。 Crawl (extract and store) without checking; --since/--until back-fill a range."""
    from pubwatch.crawl_runner import run_crawl

    cfg = _config(config)
    chosen = _sources(sources, cfg)
    the_night = parse_date(night, "--night") or today_shanghai()
    first, last = parse_date(since, "--since"), parse_date(until, "--until")
    if last and not first:
        raise UsageError("--until 需要同时给出 --since (--until needs --since)")
    if first and first > (last or the_night):
        raise UsageError(
            f"--since {first} 晚于 --until {last or the_night} (the range's start is after its end)"
        )
    engine = _open_db(cfg)
    engine.dispose()
    with on_ctrl_c(cfg.db_url), console.status("抓取中 crawling…"):
        summary = run_crawl(
            the_night,
            db_url=cfg.db_url,
            sources=chosen,
            since=first,
            until=last,
            registry=cfg.registry_path,
            settings=cfg.crawler_settings(),
        )
    console.print_json(data={"run_id": summary.run_id, "sources": summary.sources})


@app.command()
@friendly
def check(
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="计算日期 YYYY-MM-DD（默认：最近一次采集夜）the date to count as of (default: the last crawled night)",
        ),
    ] = None,
    save: Annotated[
        bool,
        typer.Option("--save", help="保存结果（与夜间任务相同）store the findings, as the nightly job does"),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出 print findings as JSON")] = False,
    replica: Annotated[
        bool,
        typer.Option(
            "--replica",
            help="数据库存的是仿真站点的采集（make run）：适用仿真站点的验收 the database holds a replica crawl "
            "(make run): apply the replica's acceptances",
        ),
    ] = False,
    config: ConfigOpt = None,
) -> None:
    """检查已公开与应公开的差距并列出问题；默认只查看不保存。 Check what was published against what must be
    published and list the open findings; a look only unless --save."""
    from storage.queries import last_crawled_night

    cfg = _config(config)
    engine = _open_db(cfg)
    day = parse_date(as_of, "--as-of")
    if day is None:
        day = last_crawled_night(engine)
        if day is None:
            raise UsageError(
                "数据库中还没有采集记录，请先运行 pubwatch run，或用 --as-of 指定日期 "
                "(nothing crawled yet: run a crawl first, or give --as-of)"
            )
        basis = f"按最近一次采集夜 {day.isoformat()} 计算 (as of the last crawled night; --as-of to change)"
    else:
        basis = f"按指定日期 {day.isoformat()} 计算 (as of --as-of)"
    from monitor import findings_as_json
    from pubwatch.nightly import run_checks

    summary = run_checks(cfg, engine, day, save=save, scope="replica" if replica else "real")
    found = findings_as_json(engine, day) if save else summary.pop("findings", [])
    saved = (
        "结果已保存 (findings stored)"
        if save
        else "仅查看，未保存；保存请加 --save (a look only, nothing stored; --save to store)"
    )
    if as_json:
        sys.stdout.write(
            json.dumps(
                {"as_of": day.isoformat(), "saved": save, "summary": summary, "findings": found},
                ensure_ascii=False,
                indent=2,
                default=str,
            )
            + "\n"
        )
        return
    err.print(Text(f"{basis}；{saved}"), highlight=False)
    if not found:
        console.print(f"{day.isoformat()} 没有未整改的问题 (no open findings as of {day.isoformat()})")
        return
    table = Table(title=f"检查发现 findings as of {day.isoformat()}（共 {len(found)} 条）")
    for col in ("严重性 severity", "类型 kind", "责任单位 unit", "标题 title", "说明 message"):
        table.add_column(col, overflow="fold")
    for f in found[:200]:  # titles and messages quote scraped text: never markup
        table.add_row(
            label(SEVERITIES, f.get("severity")),
            label(KINDS, f.get("kind")),
            plain(f.get("responsible_unit")),
            plain(f.get("title")),
            plain(f.get("message")),
        )
    console.print(table)
    if len(found) > 200:
        console.print(f"… 及其他 {len(found) - 200} 条 (and {len(found) - 200} more; use --json)")
    unknown = summary.get("unknown_units") or []
    if unknown:
        err.print(
            Text("不在责任单位名录中的单位名称 (not in the directory of units): " + "、".join(unknown)),
            highlight=False,
        )


report_app = typer.Typer(
    help="报表 reports: the dashboard (no sub-command) and the year-end inspection report"
)
app.add_typer(report_app, name="report")


@report_app.callback(invoke_without_command=True)
@friendly
def report(
    ctx: typer.Context,
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD")] = None,
    out: Annotated[Path | None, typer.Option(help="输出目录（默认 report.out_dir） output folder")] = None,
    config: ConfigOpt = None,
) -> None:
    """导出监测报表（HTML、XLSX、CSV 及存档副本）；``report annual`` 生成年度检查报告。 Export the dashboard (HTML,
    XLSX, CSV and archived copies); ``report annual`` makes the year-end report."""
    if ctx.invoked_subcommand is not None:
        return
    from dashboards import export_report

    cfg = _config(config)
    first, last = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    if first and last and first > last:
        raise UsageError(f"--from {first} 晚于 --to {last} (the period's start is after its end)")
    engine = _open_db(cfg)
    paths = export_report(engine, out or Path(cfg.report_dir), first, last, jurisdiction=cfg.jurisdiction)
    for kind, path in paths.items():
        console.print(f"{kind}: {escape(str(path))}", highlight=False)


@app.command()
@friendly
def extract(
    file: Annotated[
        Path, typer.Argument(help="保存的页面、正文片段或 JSON saved page, content fragment or JSON payload")
    ],
    url: Annotated[str, typer.Option(help="页面网址（帮助分类） the page's URL (helps classification)")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出 print JSON")] = False,
    source: Annotated[
        str | None,
        typer.Option(
            help="页面所属数据源：按其验收情况判断缺项 the page's source key: judge missing items by its "
            "acceptance (pubwatch acceptance status), as the nightly job does"
        ),
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """从保存的公告页面抽取字段。 Extract one saved announcement into its domain record."""
    from extractors import extract_file
    from monitor.required import required_detail

    record = extract_file(_file(file), url=url)
    # a saved file names no source: only with --source does the record know it, and then a missing item
    # of a source without an acceptance in force is a gap, as the nightly job files it (pubwatch.acceptance)
    accepted: frozenset[str] | None = None
    if source:
        from pubwatch.acceptance import field_sources

        cfg = _config(config)
        _sources(source, cfg)
        record["source_key"] = source
        accepted = field_sources(cfg, "real")
    # each item the notice type requires: read, missing (not stated) or gap (stated, not read; or the
    # type only inferred from the body; or the source not accepted), and why each gap is one
    detail = required_detail(record, accepted=accepted) if record.get("status") == "ok" else {}
    record["required"] = {k: status for k, (status, _why) in detail.items()}
    record["required_reasons"] = {k: why for k, (status, why) in detail.items() if status == "gap"}
    if as_json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    table = Table(
        title=escape(
            f"{label(DOMAINS, record.get('domain'))} {record.get('domain')} / "
            f"{record.get('notice_type')}（{label(TYPE_BASES, record.get('type_basis'))} "
            f"{record.get('type_basis')}） ({record.get('status')})"
        )
    )
    table.add_column("字段 field")
    table.add_column("值 value", overflow="fold")
    table.add_column("来源 source", overflow="fold")
    for key, value in record.get("fields", {}).items():
        prov = record.get("provenance", {}).get(key, {})
        table.add_row(
            plain(key),
            plain(json.dumps(value, ensure_ascii=False, default=str)),
            plain(f"{prov.get('method', '')} ({prov.get('confidence', '')}): {prov.get('snippet', '')}"),
        )
    for key, state in record["required"].items():
        if state != "read":
            table.add_row(
                plain(key),
                "要素缺失 (missing)" if state == "missing" else "未能识别，待人工核对 (gap)",
                plain(str(record["required_reasons"].get(key, ""))),
            )
    console.print(table)


@app.command()
@friendly
def simulate(
    seed: Annotated[int, typer.Option(help="语料随机种子 corpus seed")] = 7,
    nights: Annotated[int, typer.Option(help="模拟的夜数 nightly cycles to run")] = 30,
    notices: Annotated[int, typer.Option(help="语料公告数 corpus size")] = 600,
    faults: Annotated[
        bool, typer.Option("--faults/--no-faults", help="开启语料中的故障 switch the corpus's outages on")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="输出一个 JSON 对象 print one JSON object")] = False,
    workdir: Annotated[
        Path | None, typer.Option(help="语料和数据库存放目录 where to keep corpus and database")
    ] = None,
    crawl_set: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            "-s",
            help="crawler setting NAME=VALUE (repeatable), e.g. PUBWATCH_RECHECK_INTERVAL_DAYS=1",
        ),
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """在本地仿真站点上连续模拟 N 个夜间任务并评分。 Run N nightly cycles over a fresh replica and score the results."""
    settings: dict[str, str] = {}
    for item in crawl_set or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--set 应为 NAME=VALUE (expected NAME=VALUE): {item!r}")
        settings[name.strip()] = value.strip()
    from pubwatch.acceptance import field_sources
    from pubwatch.simulate import simulate as run_sim

    # the nightly job's policy on the replica: its sources' missing items are findings as far as the replica's
    # acceptances (scope replica) allow
    accepted = field_sources(_config(config), "replica")
    with _progress() as bar:
        task = bar.add_task("生成语料 generating…", total=nights)

        def say(message: str) -> None:
            if message[:4].isdigit():  # one line per simulated night
                bar.update(task, description=escape(message), advance=1)
            else:
                bar.update(task, description=escape(message))

        result = run_sim(
            seed=seed,
            nights=nights,
            notices=notices,
            faults=faults,
            workdir=workdir,
            progress=say,
            crawl_settings=settings,
            field_sources=accepted,
        )
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        console.print_json(data=result)


@app.command()
@friendly
def schedule(config: ConfigOpt = None) -> None:
    """按计划在前台运行夜间任务（SIGTERM 或 Ctrl-C 停止）。 Run the nightly job on its schedule, in the foreground (stop with SIGTERM or Ctrl-C)."""
    from pubwatch.nightly import run_night
    from pubwatch.scheduler import run_scheduler

    cfg = _config(config)
    console.print(f"计划任务 scheduler: {escape(cfg.nightly_cron)} ({escape(cfg.timezone)})")
    run_scheduler(cfg, lambda night: run_night(cfg, night, take_lock=False))


@app.command()
@friendly
def status(
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出 print JSON")] = False,
    config: ConfigOpt = None,
) -> None:
    """运行状态：完整、不完整、已中断、运行中或尚无运行。 Show the last and next runs: complete, incomplete, interrupted, running or none."""
    from pubwatch.scheduler import scheduler_status
    from pubwatch.status_view import render_status

    cfg = _config(config)
    engine = _open_db(cfg)
    state = scheduler_status(engine, cfg)
    if as_json:
        console.print_json(data=json.loads(json.dumps(state, default=str)))
    else:
        console.print(render_status(state))


@app.command()
@friendly
def calendar(
    years: Annotated[int, typer.Option(help="列出今年前后几年 how many years around this one to list")] = 2,
    config: ConfigOpt = None,
) -> None:
    """工作日日历：哪些年份有官方节假日安排、哪些按法定节假日推算、哪些未知。 Which years' working days
    are official, provisional (bounded from the statutory holidays) or unknown."""
    from monitor.workdays import WorkCalendar, year_bounds, year_status

    cfg = _config(config)
    cal = (
        WorkCalendar.load(cfg.calendar_overrides)
        if Path(cfg.calendar_overrides).exists()
        else WorkCalendar.load()
    )
    this = today_shanghai().year
    table = Table(title="工作日日历 working-day calendar")
    for col in ("年份 year", "状态 status", "说明 note"):
        table.add_column(col, overflow="fold")
    words = {
        "official": (
            "[green]官方[/] official",
            "国务院办公厅节假日安排（chinese_calendar 或 calendar_overrides.toml）",
        ),
        "provisional": (
            "[yellow]待官方日历确认[/] provisional",
            "按法定节假日推算期限上下限：晚于最晚期限为逾期，介于上下限之间的不计入及时率",
        ),
        "unknown": ("[red]未知[/] unknown", "无法判断期限（日历未知）"),
    }
    for year in range(this - 1, this + years + 1):
        state = year_status(cal, year)
        word, note = words[state]
        if state == "provisional":
            bounds = year_bounds(year)
            assert bounds is not None
            note += f"；法定节假日 {len(bounds.statutory)} 天"
        if year in cal.described_years:
            note = "本地 calendar_overrides.toml 已描述 (described locally)"
        table.add_row(str(year), word, note)
    console.print(table)


@app.command()
@friendly
def evidence(
    ref: Annotated[
        str,
        typer.Argument(
            help="页面版本号，或 document_versions/12@sha256:… 形式的引用 version id or evidence reference"
        ),
    ],
    out: Annotated[
        Path | None, typer.Option(help="把原始页面字节写入此文件 write the raw page bytes to this file")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """查看留存的页面版本并核对 SHA-256 校验值。 Show a stored page version (a finding's evidence) and verify its sha256."""
    import hashlib

    from storage.queries import page_version

    m = re.fullmatch(r"(?:document_versions/)?(\d+)(?:@sha256:([0-9a-fA-F]{64}))?", ref.strip())
    if not m:
        raise UsageError(f"无法识别的证据编号 (not an evidence reference): {ref!r}")
    cfg = _config(config)
    engine = _open_db(cfg)
    row = page_version(engine, int(m.group(1)))
    if row is None:
        raise UsageError(f"没有这个页面版本 (no such page version): {m.group(1)}")
    version, doc = row
    actual = hashlib.sha256(version.body).hexdigest()
    wanted = (m.group(2) or "").lower()
    verified = actual == version.sha256 and (not wanted or wanted == actual)
    table = Table(title=f"证据 evidence: document_versions/{version.id}")
    table.add_column("项 item")
    table.add_column("值 value", overflow="fold")
    for name, value in (
        ("URL", plain(version.url)),
        ("数据源 source", plain(doc.source_key)),
        ("版本 version", str(version.version_no)),
        ("抓取时间 fetched", f"{version.fetched_at:%Y-%m-%d %H:%M:%S} UTC"),
        ("HTTP", str(version.http_status)),
        ("字节 bytes", str(len(version.body))),
        ("sha256", plain(version.sha256)),
        ("校验 verified", "✓" if verified else "[red]✗ 不一致 mismatch[/]"),
    ):
        table.add_row(name, value)
    console.print(table)
    if not verified:
        # a reference whose hash does not match is not evidence of this page: say so, and fail
        if wanted and wanted != actual:
            raise UsageError(
                f"校验值不一致：引用的 sha256 与所存页面不符 (the sha256 in the reference does not match "
                f"stored page version {version.id}: wanted {wanted}, stored page hashes to {actual})"
            )
        raise UsageError(
            f"校验值不一致：所存页面已被改动 (stored page version {version.id} no longer matches its "
            f"recorded sha256 {version.sha256}; it hashes to {actual})"
        )
    if out:
        if out.is_dir():
            raise UsageError(f"--out 是目录，请给出文件名 (--out is a directory; give a file name): {out}")
        out.write_bytes(version.body)
        console.print(f"原始页面已写入 raw page written to {escape(str(out))}", highlight=False)


sources_app = typer.Typer(
    help="The source registry: list it (with evidence), or discover a site's structure."
)
app.add_typer(sources_app, name="sources")


@sources_app.callback(invoke_without_command=True)
@friendly
def list_sources(
    ctx: typer.Context,
    config: ConfigOpt = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="以 JSON 输出每个数据源与栏目及其依据 every source and channel with its evidence, as JSON",
        ),
    ] = False,
) -> None:
    """列出登记的数据源及其依据（或未核实）。 List the sources in the registry, with the evidence behind each (or 未核实 unverified)."""
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
        table.add_row(
            plain(e["key"]),
            plain(e["name"]),
            plain(e["family"]),
            plain(e["region"]),
            plain(e["base_url"]),
            f"{len(e['channels'])}（未核实 {unverified}）",
            plain(f"{mark}: {e['evidence']}"),
        )
    console.print(table)


@contextlib.contextmanager
def _on_replica(drift: bool, date: dt.date | None = None) -> Iterator[Any]:
    """``--replica``: the local replica served while the command runs (its drift scenario planted with
    ``--drift``), and the registry's site addresses pointed at it (``SITE_URLS_ENV``), put back after."""
    import os

    from crawler.sources import SITE_URLS_ENV
    from pubwatch.replica_env import replica_env

    with replica_env(Path("var"), mail_sink=False, date=date) as env:
        if drift:
            env.server.set_scenario("drift")
        saved = os.environ.get(SITE_URLS_ENV)
        os.environ[SITE_URLS_ENV] = json.dumps(env.site_urls)
        try:
            yield env
        finally:
            if saved is None:
                os.environ.pop(SITE_URLS_ENV, None)
            else:
                os.environ[SITE_URLS_ENV] = saved


@sources_app.command("discover")
@friendly
def sources_discover(
    key: Annotated[str, typer.Argument(help="source key")],
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object")] = False,
    replica: Annotated[
        bool, typer.Option("--replica", help="read the local replica instead of the real site")
    ] = False,
    drift: Annotated[
        bool, typer.Option("--drift", help="with --replica: plant the replica's drift scenario")
    ] = False,
    config: ConfigOpt = None,
) -> None:
    """读取网站自身的栏目结构，列出与登记表的差异（新增、消失、改名；有差异时退出码 1）。 Read a site's own
    structure (Hanweb column navigation, zfcg category tree, Epoint category tree) and print how it differs from the registry:
    new, vanished and renamed channels (exit 1 when they differ)."""
    from crawler.discover import NotDiscoverable, discover
    from crawler.sources import registry

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
            raise UsageError(
                f"读取站点结构失败 (reading the site failed): {type(exc).__name__}: {exc}"
            ) from None

    if replica:
        with _on_replica(drift):
            found = run()
    else:
        found = run()
    if as_json:
        console.print_json(data=found.as_dict())
    else:
        console.print(
            f"读取自 read from {escape(found.read_from)}: {len(found.site)} 个栏目 channels", highlight=False
        )
        for k in found.new:
            console.print(f"  + 新栏目 new: {escape(k)} {escape(found.site.get(k, ''))}", highlight=False)
        for k in found.vanished:
            console.print(f"  - 已消失 vanished: {escape(k)}", highlight=False)
        for k, old, new_name in found.renamed:
            console.print(
                f"  ~ 改名 renamed: {escape(k)} {escape(old)} → {escape(new_name)}", highlight=False
            )
        if found.unwatched:
            console.print(
                f"  已知未监测 known, not walked: {escape(', '.join(found.unwatched))}", highlight=False
            )
        if not found.drift:
            console.print("  与登记一致 no difference from the registry", highlight=False)
    if found.drift:
        raise typer.Exit(1)


@app.command("probe")
@friendly
def probe(
    sources: Annotated[
        str | None,
        typer.Option(help="数据源键，逗号分隔（默认全部） comma-separated source keys (default: all)"),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="以 JSON 输出 one JSON object instead of the table")
    ] = False,
    night: DateOpt = None,
    delay: Annotated[
        float | None,
        typer.Option(help="seconds between two requests to a host (default: each source's download_delay)"),
    ] = None,
    replica: Annotated[
        bool, typer.Option("--replica", help="probe the local replica instead of the real sites")
    ] = False,
    drift: Annotated[
        bool, typer.Option("--drift", help="with --replica: plant the replica's drift scenario")
    ] = False,
    use_db: Annotated[
        bool,
        typer.Option(
            "--db/--no-db",
            help="read (never write) the database: an empty list where notices were stored before fails",
        ),
    ] = True,
    config: ConfigOpt = None,
) -> None:
    """首夜前的就绪检查：每个栏目一次列表请求和一个详情页（应答、解析、日期、类型、详情、robots.txt），不写数据库。
    Readiness check before the first night: per channel one list request and one detail page, checked
    (answered, parsed, dated, typed, detail, robots.txt). No database writes."""
    from crawler.probe import CHECKS, LABELS, run_probe

    cfg = _config(config)
    chosen = _sources(sources, cfg)
    the_night = parse_date(night, "--night")
    if drift and not replica:
        raise UsageError("--drift 只能与 --replica 一起使用 (--drift needs --replica)")
    if replica:
        with _on_replica(drift, the_night) as env:
            results = run_probe(
                chosen,
                the_night or env.end_date,
                delay=0.0 if delay is None else delay,
                db_url=cfg.db_url if use_db else None,
            )
    else:
        results = run_probe(
            chosen, the_night or today_shanghai(), delay=delay, db_url=cfg.db_url if use_db else None
        )
    failing = [r for r in results if not r.ok]
    if as_json:
        console.print_json(
            data={
                "channels": [r.as_dict() for r in results],
                "ok": not failing,
                "failing": len(failing),
                "probed": len(results),
            }
        )
    else:
        table = Table(title="就绪检查 probe")
        for col in ("source", "channel", "名称", "核实", *(LABELS[c] for c in CHECKS), "原因 reasons"):
            table.add_column(col, overflow="fold")
        for r in results:
            marks = ["✓" if r.checks[c].ok else ("✗" if r.checks[c].ok is False else "–") for c in CHECKS]
            reasons = "; ".join(
                f"{LABELS[c]}: {r.checks[c].reason}" for c in CHECKS if r.checks[c].ok is False
            )
            table.add_row(
                plain(r.source),
                plain(r.channel),
                plain(r.name),
                "✓" if r.verified else "未核实",
                *marks,
                plain(reasons),
            )
        console.print(table)
        console.print(
            f"{len(results) - len(failing)}/{len(results)} 个栏目通过 channels pass", highlight=False
        )
    if failing:
        raise typer.Exit(1)


# --- replica --------------------------------------------------------------------------------------


@replica_app.command("serve")
@friendly
def replica_serve(
    corpus: Annotated[Path, typer.Option(help="corpus folder (from 'replica generate')")],
    port: Annotated[
        int,
        typer.Option(
            help="控制端口，各站点依次使用其后的端口 control port; sites listen on the following ports"
        ),
    ] = 8600,
    date: Annotated[
        str | None, typer.Option(help="站点显示的日期 the day the sites show (YYYY-MM-DD)")
    ] = None,
) -> None:
    """在 127.0.0.1 上运行本地仿真站点。 Serve the replica of the platforms on 127.0.0.1."""
    from replica.server import main as serve_main

    argv = ["--corpus", str(corpus), "--port", str(port)]
    if date:
        parse_date(date, "--date")
        argv += ["--date", date]
    raise typer.Exit(serve_main(argv))


@replica_app.command("generate")
@friendly
def replica_generate(
    out: Annotated[Path, typer.Option(help="输出目录 output folder")],
    seed: Annotated[int, typer.Option(help="随机种子 random seed")] = 7,
    notices: Annotated[int, typer.Option(help="公告数 number of notices")] = 1000,
) -> None:
    """生成带标准答案（manifest.json）的仿真语料。 Generate a deterministic corpus with ground truth (manifest.json)."""
    from replica.generate import generate

    out.mkdir(parents=True, exist_ok=True)
    manifest = generate(seed, notices, out)
    console.print(
        f"{escape(str(out))}: {manifest.get('postings')} postings, {len(manifest.get('notices', {}))} notices, "
        f"{len(manifest.get('defects', []))} planted defects, {manifest.get('start_date')} … {manifest.get('end_date')}"
    )


# --- registers and outbox -------------------------------------------------------------------------


@register_app.command("import")
@friendly
def register_import(
    file: Annotated[Path, typer.Argument(help="CSV 或 XLSX 清单 CSV or XLSX register")],
    config: ConfigOpt = None,
) -> None:
    """导入部门的应公开事项清单。 Import a department's expected-disclosure register."""
    from monitor.disclosure_register import import_register

    cfg = _config(config)
    engine = _open_db(cfg)
    result = import_register(engine, _file(file, "清单文件"))
    console.print(
        f"导入 imported {escape(file.name)}：共 {result.get('rows', 0)} 行 rows，新增 created "
        f"{result.get('created', 0)}，更新 updated {result.get('updated', 0)}",
        highlight=False,
    )


@outbox_app.command("flush")
@friendly
def outbox_flush(config: ConfigOpt = None) -> None:
    """重发发件箱中待发的邮件。 Retry the e-mails waiting in the outbox."""
    from alerts import flush_outbox

    cfg = _config(config)
    engine = _open_db(cfg)
    result = flush_outbox(engine, cfg)
    console.print(
        f"发件箱 outbox：已发送 sent {result.get('sent', 0)}，待发 queued {result.get('queued', 0)}，"
        f"失败 failed {result.get('failed', 0)}",
        highlight=False,
    )


@report_app.command("annual")
@friendly
def report_annual(
    year: Annotated[int | None, typer.Option("--year", help="calendar year, e.g. 2025")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD (instead of --year)")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD (instead of --year)")] = None,
    out: Annotated[
        Path | None, typer.Option(help="output folder (default: <report.out_dir>/annual-<period>)")
    ] = None,
    unit: Annotated[
        list[str] | None,
        typer.Option("--unit", help="only this unit's report besides the city's (repeatable)"),
    ] = None,
    no_pdf: Annotated[bool, typer.Option("--no-pdf", help="DOCX and HTML only (no Chromium)")] = False,
    config: ConfigOpt = None,
) -> None:
    """The year-end inspection report (年度监督检查报告) for the city and each 责任单位: DOCX and PDF."""
    from reports.annual import ReportError, annual_report, default_period

    cfg = _config(config)
    try:
        first, last = default_period(year, parse_date(date_from, "--from"), parse_date(date_to, "--to"))
    except ReportError as exc:
        raise UsageError(str(exc)) from None
    folder = out or Path(cfg.report_dir) / (f"annual-{year}" if year else f"annual-{first}-{last}")
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"--out 不是目录 (--out is not a directory): {folder}")
    try:
        with console.status("生成年度报告 writing the report…"):
            paths = annual_report(
                _engine(config),
                folder,
                first,
                last,
                scale=cfg.assessment,
                jurisdiction=cfg.jurisdiction,
                units=unit,
                pdf=not no_pdf,
            )
    except ReportError as exc:
        raise UsageError(str(exc)) from None
    for key, entry in paths["reports"].items():
        files = "  ".join(str(entry[k]) for k in ("docx", "pdf") if k in entry)
        console.print(Text(f"{entry['scope'] if key else '全市 city'}: {files}"), highlight=False)
    console.print(Text(f"summary: {paths['summary']}  findings: {paths['findings_csv']}"), highlight=False)


# --- findings: 整改 and 排除 (issue 14) ----------------------------------------------------------------


def _engine(config: Path | None) -> Any:
    return _open_db(_config(config))


def _who(by: str | None) -> str:
    import getpass

    if by and by.strip():
        return by.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@findings_app.command("list")
@friendly
def findings_list(
    state: Annotated[str | None, typer.Option(help="open|notified|rectified|resolved|dismissed")] = None,
    unit: Annotated[str | None, typer.Option(help="责任单位")] = None,
    limit: Annotated[int, typer.Option(help="at most this many rows")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    config: ConfigOpt = None,
) -> None:
    """List findings with their 整改 state (dismissed ones with their reasons)."""
    from monitor.review import STATE_LABELS, list_findings

    rows = list_findings(_engine(config), state=state, unit=unit, limit=limit)
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    table = Table(title=f"问题 findings（{len(rows)} 条）")
    for col in (
        "编号 id",
        "状态 state",
        "类型 kind",
        "责任单位 unit",
        "发现 seen",
        "整改 rectified",
        "标题/理由 title/reason",
    ):
        table.add_column(col, overflow="fold")
    for r in rows:
        note = (
            r["title"]
            if r["state"] != "dismissed"
            else f"排除理由：{r['dismiss_reason']}（{r['dismissed_by']}）"
        )
        table.add_row(
            str(r["id"]),
            STATE_LABELS.get(r["state"], r["state"]),
            label(KINDS, r["kind"]),
            plain(r["responsible_unit"]),
            str(r["first_seen_on"]),
            str(r["rectified_on"] or ""),
            plain(note),
        )
    console.print(table)


@findings_app.command("show")
@friendly
def findings_show(
    finding_id: Annotated[int, typer.Argument(help="finding id")],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    config: ConfigOpt = None,
) -> None:
    """Show one finding, what fixed it, and its whole audit trail."""
    from monitor.review import ACTION_LABELS, STATE_LABELS, show

    f = show(_engine(config), finding_id)
    if as_json:
        sys.stdout.write(json.dumps(f, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    table = Table(title=f"问题 finding {finding_id}")
    table.add_column("项 item")
    table.add_column("值 value", overflow="fold")
    for name, value in (
        ("状态 state", STATE_LABELS.get(f["state"], f["state"])),
        ("类型 kind", label(KINDS, f["kind"])),
        ("规则 rule", f["rule_id"]),
        ("责任单位 unit", f["responsible_unit"]),
        ("标题 title", f["title"]),
        ("说明 message", f["message"]),
        ("页面 URL", f["url"]),
        ("发现 first seen", f["first_seen_on"]),
        ("通知 notified", f["notified_on"]),
        ("消除 resolved", f["resolved_on"]),
        ("整改 rectified", f["rectified_on"]),
        ("整改依据 fix", json.dumps(f["rectification"] or {}, ensure_ascii=False)),
        (
            "排除理由 dismissal",
            f["dismiss_reason"]
            and f"{f['dismiss_reason']}（{f['dismissed_by']}，{f['dismissed_at']:%Y-%m-%d %H:%M} UTC）",
        ),
    ):
        table.add_row(name, plain(value if value is not None else ""))
    console.print(table)
    trail = Table(title="审计记录 audit trail")
    for col in ("日期 on", "动作 action", "从 from", "到 to", "操作人 by", "理由 reason"):
        trail.add_column(col, overflow="fold")
    for a in f["audit"]:
        trail.add_row(
            str(a["on"]),
            ACTION_LABELS.get(a["action"], a["action"]),
            plain(a["from_status"]),
            plain(a["to_status"]),
            plain(a["actor"]),
            plain(a["reason"]),
        )
    console.print(trail)


@findings_app.command("dismiss")
@friendly
def findings_dismiss(
    finding_id: Annotated[int, typer.Argument(help="finding id")],
    reason: Annotated[str | None, typer.Option("--reason", help="why it is exempt (required)")] = None,
    by: Annotated[str | None, typer.Option("--by", help="who decides (default: the login name)")] = None,
    config: ConfigOpt = None,
) -> None:
    """Dismiss (exempt) a finding with a reason: it leaves counts and scores; the audit trail keeps it."""
    from monitor.review import check_reason, dismiss

    check_reason(reason, required=True)  # refused before the database is even opened
    result = dismiss(_engine(config), finding_id, reason, _who(by))
    console.print(
        Text(
            f"已排除 dismissed finding {result['id']}（原状态 was {result['from']}）："
            f"{result['reason']} — {result['by']}"
        ),
        highlight=False,
    )


@findings_app.command("reopen")
@friendly
def findings_reopen(
    finding_id: Annotated[int, typer.Argument(help="finding id")],
    reason: Annotated[str | None, typer.Option("--reason", help="why the dismissal is withdrawn")] = None,
    by: Annotated[str | None, typer.Option("--by", help="who decides (default: the login name)")] = None,
    config: ConfigOpt = None,
) -> None:
    """Withdraw a dismissal: the finding counts again from the next report on."""
    from monitor.review import reopen

    result = reopen(_engine(config), finding_id, reason, _who(by))
    console.print(Text(f"已撤销排除 reopened finding {result['id']} → {result['to']}"), highlight=False)


# --- acceptance: which sources' missing items may be findings (issue 12) ------------------------------

acceptance_app = typer.Typer(
    help="数据源抽样验收 per-source extraction acceptance: only an accepted source's missing items (要素缺失) "
    "go to its units",
    no_args_is_help=True,
)
app.add_typer(acceptance_app, name="acceptance")


@acceptance_app.command("status")
@friendly
def acceptance_status(
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出 print JSON")] = False,
    config: ConfigOpt = None,
) -> None:
    """每个数据源的验收情况。 Every registry source: accepted (scope, F1, types, date) or not."""
    from pubwatch.acceptance import SCOPES, describe, status_rows

    cfg = _config(config)
    rows = status_rows(cfg)
    if as_json:
        payload = {"policy": cfg.field_findings, "record": str(cfg.acceptance_path), "sources": rows}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    policy = (
        "仅已验收来源的要素缺失发给责任单位，其余进人工核对清单 (accepted: only accepted sources' missing items "
        "reach their units)"
        if cfg.field_findings == "accepted"
        else "所有来源的要素缺失均发给责任单位 (all: every source's missing items reach their units)"
    )
    console.print(
        Text(f"发送策略 policy [monitor] field_findings = {cfg.field_findings}：{policy}"), highlight=False
    )
    table = Table(title=f"数据源验收 source acceptance ({cfg.acceptance_path})")
    table.add_column("数据源 source")
    table.add_column("名称 name", overflow="fold")
    for label_ in SCOPES.values():
        table.add_column(label_, overflow="fold")
    for row in rows:
        name = row["name"] + ("（测试用 test only）" if row["test_only"] else "")
        table.add_row(plain(row["source"]), plain(name), *(plain(describe(row[scope])) for scope in SCOPES))
    console.print(table)


@acceptance_app.command("draw")
@friendly
def acceptance_draw(
    source: Annotated[str, typer.Argument(help="数据源 source key (notices.source_key)")],
    out: Annotated[Path, typer.Option("--out", help="抽样写入的新目录 a new folder for the draw")],
    n: Annotated[int, typer.Option("--n", help="抽取页面数 pages to draw")] = 15,
    seed: Annotated[int, typer.Option("--seed", help="随机种子（同库同种子同结果） random seed")] = 0,
    config: ConfigOpt = None,
) -> None:
    """随机抽取一个数据源已存的页面，供人工标注。 Draw distinct stored pages of a source at random, for labelling by hand."""
    from pubwatch.acceptance import draw
    from pubwatch.label_sheet import SHEET_FILE

    cfg = _config(config)
    result = draw(_open_db(cfg), source, n, seed, out)
    console.print(
        Text(
            f"已抽取 drew {len(result.pages)} / {result.population} 个页面 pages of {source} "
            f"(seed {seed}, scope {result.scope}) → {out}\n"
            f"先按 bench/LABELLING.md 人工标注（运行任何抽取之前）：填写 {out / SHEET_FILE} 后运行 "
            f"pubwatch acceptance import-sheet {out}，或直接填写 labels/*.json；再评分 (label by hand before "
            f"any extractor runs, in the sheet or labels/*.json, then score): pubwatch acceptance score {out}"
        ),
        highlight=False,
    )


@acceptance_app.command("import-sheet")
@friendly
def acceptance_import_sheet(
    folder: Annotated[Path, typer.Argument(help="抽样目录 a draw folder")],
    sheet: Annotated[
        Path | None, typer.Option("--sheet", help="标注表 the filled sheet (default: FOLDER/标注表.xlsx)")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="覆盖已有内容的标注文件 overwrite label files already filled")
    ] = False,
) -> None:
    """读入填好的标注表，逐格检查后写入 labels/。 Check every cell of the filled sheet, then write labels/."""
    from pubwatch.label_import import import_sheet

    result = import_sheet(folder, sheet, force)
    console.print(
        Text(
            f"已写入 wrote {len(result.written)} 个标注文件 label files, 未变 unchanged "
            f"{len(result.unchanged)}, 未标注 not labelled {len(result.unlabelled)} → {folder / 'labels'}"
        ),
        highlight=False,
    )
    for page in result.unlabelled:
        console.print(Text(f"  未标注 not labelled: {page}"), highlight=False)
    if not result.unlabelled:
        console.print(Text(f"下一步 next: pubwatch acceptance score {folder}"), highlight=False)


@acceptance_app.command("score")
@friendly
def acceptance_score(
    folder: Annotated[Path, typer.Argument(help="已标注的抽样目录 a labelled draw")],
    record: Annotated[
        bool,
        typer.Option(
            "--record", help="达标时写入验收记录 append the acceptance to the record when it passes"
        ),
    ] = False,
    by: Annotated[
        str | None, typer.Option("--by", help="标注人 who labelled the draw (with --record)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出 print JSON")] = False,
    config: ConfigOpt = None,
) -> None:
    """按 bench_extract 的方法为已标注的抽样评分。 Score a labelled draw as bench_extract scores a fresh set."""
    from pubwatch.acceptance import (
        MIN_PAGES,
        THRESHOLD_F1,
        THRESHOLD_TYPES,
        append_entry,
        draw_entry,
        score_draw,
    )

    if record and not (by or "").strip():
        raise UsageError("--record 需要 --by 标注人 (--record needs --by: who labelled the draw)")
    cfg = _config(config)
    result = score_draw(folder)
    verdict = "通过 PASS" if result.passes else "未通过 FAIL"
    if as_json:
        payload = {
            "source": result.source,
            "scope": result.scope,
            "pages": result.pages,
            "precision": round(result.precision, 4),
            "recall": round(result.recall, 4),
            "f1": round(result.f1, 4),
            "types": round(result.types, 4),
            "passes": result.passes,
            "errors": [list(e) for e in result.errors],
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        for page, what in result.errors:
            console.print(Text(f"  ✗ {page}: {what}"), highlight=False)
        console.print(
            Text(
                f"{result.source} ({result.scope}): {result.pages} 页 pages  P {result.precision:.3f}  "
                f"R {result.recall:.3f}  F1 {result.f1:.3f}  类型 types {result.types_right}/{result.pages} "
                f"({result.types:.3f}) — {verdict} (goal: F1 >= {THRESHOLD_F1}, types >= {THRESHOLD_TYPES}, "
                f">= {MIN_PAGES} pages)"
            ),
            highlight=False,
        )
    if record:
        # append_entry refuses an entry below the goal (未达到验收标准，不予记录), whoever calls it
        append_entry(cfg.acceptance_path, draw_entry(result, folder, str(by).strip(), today_shanghai()))
        err.print(Text(f"已记录 recorded in {cfg.acceptance_path}"), highlight=False)


@acceptance_app.command("replica")
@friendly
def acceptance_replica(
    result_file: Annotated[Path, typer.Argument(help="pubwatch simulate --json 的输出 a simulate result")],
    record: Annotated[
        bool, typer.Option("--record", help="写入达标来源的仿真站点验收 append the passing sources' entries")
    ] = False,
    commit: Annotated[
        str | None,
        typer.Option(
            help="运行 simulate 的代码版本（默认当前 HEAD） the commit whose code ran the simulation"
        ),
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """以 pubwatch simulate 的按来源抽取评分验收仿真站点的数据源（仅适用于仿真运行）。 Accept the replica's sources,
    scope replica, on a simulate result's per-source extraction scores (applies to replica runs only)."""
    from pubwatch.acceptance import append_entry, head_commit, replica_entries

    cfg = _config(config)
    entries = replica_entries(
        json.loads(_file(result_file).read_text("utf-8")), today_shanghai(), commit or head_commit()
    )
    for entry, ok in entries:
        console.print(
            Text(
                f"{entry.source}: {entry.pages} notices  F1 {entry.f1:.4f}  types {entry.types:.4f} — "
                f"{'通过 PASS' if ok else '未通过 FAIL'}"
            ),
            highlight=False,
        )
    if record:
        for entry, ok in entries:
            if ok:
                append_entry(cfg.acceptance_path, entry)
        err.print(Text(f"已记录 recorded in {cfg.acceptance_path}"), highlight=False)


if __name__ == "__main__":
    app()
