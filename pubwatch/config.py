"""Configuration: ``pubwatch.toml`` with documented defaults, secrets from the environment only.

Why a typed config object: every part (crawler, monitor, alerts, scheduler) reads the same file,
and a typo in it must fail at start-up with a clear message, not at 02:00 in the middle of a run.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler import settings as crawl_defaults
from storage.db import DEFAULT_DB_URL

CONFIG_ENV = "PUBWATCH_CONFIG"
DEFAULT_CONFIG = Path("pubwatch.toml")


#: ``[monitor] field_findings``: "accepted" — a source's missing items, and every other finding that rests on
#: what we read from its pages (monitor.unaccepted), are findings only once its pages passed an acceptance
#: (pubwatch.acceptance); "all" — every source's, whatever its measured reading
FIELD_POLICIES = ("accepted", "all")


class ConfigError(ValueError):
    """The configuration file cannot be read or is wrong; the message says where."""


@dataclass
class SmtpSettings:
    """SMTP connection, read from the environment only (never from files)."""

    host: str | None = None
    port: int = 25
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    security: str = "none"  # none | starttls | ssl
    sender: str = "pubwatch@localhost"

    @classmethod
    def from_env(cls, sender: str) -> SmtpSettings:
        """Read ``PUBWATCH_SMTP_*``; a bad port or security value is a ConfigError."""
        security = os.environ.get("PUBWATCH_SMTP_SECURITY", "none").lower()
        if security not in {"none", "starttls", "ssl"}:
            raise ConfigError(f"PUBWATCH_SMTP_SECURITY must be none, starttls or ssl, not {security!r}")
        port_text = os.environ.get("PUBWATCH_SMTP_PORT", "465" if security == "ssl" else "25")
        try:
            port = int(port_text)
        except ValueError as exc:
            raise ConfigError(f"PUBWATCH_SMTP_PORT is not a number: {port_text!r}") from exc
        return cls(
            host=os.environ.get("PUBWATCH_SMTP_HOST") or None,
            port=port,
            user=os.environ.get("PUBWATCH_SMTP_USER") or None,
            password=os.environ.get("PUBWATCH_SMTP_PASSWORD") or None,
            security=security,
            sender=os.environ.get("PUBWATCH_SMTP_FROM") or sender,
        )


@dataclass
class Config:
    """The whole configuration with its defaults (see ``pubwatch.toml``)."""

    path: Path | None = None
    db_url: str = DEFAULT_DB_URL
    registry: str = "crawler/sources.toml"
    # [crawl]: the defaults are the crawler's own settings (crawler/settings.py), defined once
    overlap_days: int = crawl_defaults.PUBWATCH_OVERLAP_DAYS
    sweep_days: int = crawl_defaults.PUBWATCH_SWEEP_DAYS
    recheck_days: int = crawl_defaults.PUBWATCH_RECHECK_DAYS
    recheck_interval_days: int = crawl_defaults.PUBWATCH_RECHECK_INTERVAL_DAYS
    recheck_open_interval_days: int = crawl_defaults.PUBWATCH_RECHECK_OPEN_INTERVAL_DAYS
    open_days: int = crawl_defaults.PUBWATCH_OPEN_DAYS
    max_pages_per_channel: int = crawl_defaults.PUBWATCH_MAX_PAGES_PER_CHANNEL
    user_agent: str = crawl_defaults.USER_AGENT
    jurisdiction: str = "quzhou"
    calendar_overrides: str = "monitor/calendar_overrides.toml"
    # [monitor] incremental: nights after the first evaluate the evidence-only rules for what changed
    # (monitor.incremental); false runs every rule over every notice each night
    checks_incremental: bool = True
    # [monitor] field_findings (issue 12, never accuse on our own mistake): "accepted" sends a source's
    # missing items (要素缺失), and every finding resting on what we read from its pages (late posting, missing
    # follow-up, mismatch …: monitor.unaccepted), to its units only once its pages passed an acceptance
    # (acceptance = the record, pubwatch.acceptance); until then they are the office's review items. "all":
    # every source's, unchecked
    field_findings: str = "accepted"
    acceptance: str = "monitor/acceptance.toml"
    report_dir: str = "var/reports"
    timezone: str = "Asia/Shanghai"
    nightly_cron: str = "0 2 * * *"
    cron_groups: dict[str, str] = field(default_factory=dict)
    email_sender: str = "pubwatch@localhost"
    email_office: list[str] = field(default_factory=list)
    email_units: dict[str, list[str]] = field(default_factory=dict)
    outbox_dir: str = "var/outbox"
    # [assessment]: the 考核 scale (reports.assessment documents each; defaults there)
    assess_completeness: float = 0.35
    assess_timeliness: float = 0.35
    assess_rectification: float = 0.20
    assess_repeats: float = 0.10
    assess_rectify_days: int = 20
    assess_repeat_grace_days: int = 7
    assess_praise_min: float = 90.0
    assess_criticise_below: float = 60.0
    assess_min_due: int = 5
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def assessment(self) -> Any:
        """The [assessment] section as a validated ``reports.assessment.Scale``."""
        from reports.assessment import Scale, ScaleError

        try:
            return Scale(
                completeness=self.assess_completeness,
                timeliness=self.assess_timeliness,
                rectification=self.assess_rectification,
                repeats=self.assess_repeats,
                rectify_days=self.assess_rectify_days,
                repeat_grace_days=self.assess_repeat_grace_days,
                praise_min=self.assess_praise_min,
                criticise_below=self.assess_criticise_below,
                min_due=self.assess_min_due,
            ).validate()
        except ScaleError as exc:
            raise ConfigError(f"{self.path or 'pubwatch.toml'}: {exc}") from exc

    @property
    def registry_path(self) -> Path:
        """The registry file: as configured, relative to the config file, else to the installed repo."""
        return self._resolve(self.registry)

    @property
    def acceptance_path(self) -> Path:
        """The acceptance record (``[monitor] acceptance``), found as the registry is."""
        return self._resolve(self.acceptance)

    def _resolve(self, name: str) -> Path:
        """A configured file: as given, relative to the config file, else to the installed repo."""
        path = Path(name)
        if path.is_absolute() or path.exists():
            return path
        if self.path is not None and (self.path.parent / path).exists():
            return self.path.parent / path
        return Path(__file__).resolve().parent.parent / path

    def crawler_settings(self) -> dict[str, str]:
        """The ``[crawl]`` section as Scrapy settings for the crawler process (``-s NAME=VALUE``)."""
        return {
            "PUBWATCH_OVERLAP_DAYS": str(self.overlap_days),
            "PUBWATCH_SWEEP_DAYS": str(self.sweep_days),
            "PUBWATCH_RECHECK_DAYS": str(self.recheck_days),
            "PUBWATCH_RECHECK_INTERVAL_DAYS": str(self.recheck_interval_days),
            "PUBWATCH_RECHECK_OPEN_INTERVAL_DAYS": str(self.recheck_open_interval_days),
            "PUBWATCH_OPEN_DAYS": str(self.open_days),
            "PUBWATCH_MAX_PAGES_PER_CHANNEL": str(self.max_pages_per_channel),
            "USER_AGENT": self.user_agent,
        }

    @property
    def smtp(self) -> SmtpSettings:
        """SMTP settings from the environment, with the configured sender as fallback."""
        return SmtpSettings.from_env(self.email_sender)


_SCHEMA: dict[str, dict[str, tuple[str, type | tuple[type, ...]]]] = {
    "database": {"url": ("db_url", str)},
    "crawl": {
        "registry": ("registry", str),
        "overlap_days": ("overlap_days", int),
        "sweep_days": ("sweep_days", int),
        "recheck_days": ("recheck_days", int),
        "recheck_interval_days": ("recheck_interval_days", int),
        "recheck_open_interval_days": ("recheck_open_interval_days", int),
        "open_days": ("open_days", int),
        "max_pages_per_channel": ("max_pages_per_channel", int),
        "user_agent": ("user_agent", str),
    },
    "monitor": {
        "jurisdiction": ("jurisdiction", str),
        "calendar_overrides": ("calendar_overrides", str),
        "incremental": ("checks_incremental", bool),
        "field_findings": ("field_findings", str),
        "acceptance": ("acceptance", str),
    },
    "report": {"out_dir": ("report_dir", str)},
    "schedule": {
        "timezone": ("timezone", str),
        "nightly": ("nightly_cron", str),
        "groups": ("cron_groups", dict),
    },
    "email": {
        "sender": ("email_sender", str),
        "office": ("email_office", list),
        "units": ("email_units", dict),
        "outbox_dir": ("outbox_dir", str),
    },
    "assessment": {
        "completeness": ("assess_completeness", (int, float)),
        "timeliness": ("assess_timeliness", (int, float)),
        "rectification": ("assess_rectification", (int, float)),
        "repeats": ("assess_repeats", (int, float)),
        "rectify_days": ("assess_rectify_days", int),
        "repeat_grace_days": ("assess_repeat_grace_days", int),
        "praise_min": ("assess_praise_min", (int, float)),
        "criticise_below": ("assess_criticise_below", (int, float)),
        "min_due": ("assess_min_due", int),
    },
}


def load_config(path: str | Path | None = None) -> Config:
    """Load the config file (argument, ``PUBWATCH_CONFIG``, or ``./pubwatch.toml`` if present).

    A missing default file is fine (defaults apply); a named file that is missing, unreadable or
    not valid TOML, an unknown section or key, or a value of the wrong type is a ConfigError.
    """
    explicit = path or os.environ.get(CONFIG_ENV)
    cfg_path = Path(explicit) if explicit else DEFAULT_CONFIG
    cfg = Config()
    if cfg_path.exists() or explicit:
        try:
            data = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"配置文件不存在 (config file not found): {cfg_path}") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"无法读取配置文件 (cannot read config) {cfg_path}: {exc}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"配置文件格式错误 (invalid TOML) {cfg_path}: {exc}") from exc
        _apply(cfg, data, cfg_path)
        cfg.path = cfg_path
        cfg.raw = data
    env_url = os.environ.get("PUBWATCH_DB_URL")
    if env_url:
        cfg.db_url = env_url
    check_db_folder(cfg.db_url, "PUBWATCH_DB_URL" if env_url else str(cfg.path or "database.url"))
    return cfg


def check_db_folder(url: str, where: str) -> None:
    """An explicit SQLite path whose folder does not exist is a typo, not a request for a new database.

    Why: a mistyped path used to create a new, empty database silently, and every command then
    reported "nothing found". Only the default ``var/pubwatch.db`` has its folder created.
    """
    if url == DEFAULT_DB_URL or not url.startswith("sqlite"):
        return
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        db = make_url(url).database
    except (ArgumentError, ValueError):
        return  # storage.db reports a malformed URL itself
    if not db or db == ":memory:" or db.startswith("file:"):
        return
    folder = Path(db).expanduser().parent
    if not folder.is_dir():
        raise ConfigError(
            f"{where}: 数据库所在目录不存在 (the database's folder does not exist): {folder}；"
            "请检查路径，或先创建该目录 (check the path, or create the folder first)"
        )


def _apply(cfg: Config, data: dict[str, Any], where: Path) -> None:
    for section, values in data.items():
        if section not in _SCHEMA:
            raise ConfigError(
                f"{where}: 未知的配置节 (unknown section) [{section}] (known: {', '.join(_SCHEMA)})"
            )
        if not isinstance(values, dict):
            raise ConfigError(f"{where}: [{section}] 应为表 (must be a table)")
        for key, value in values.items():
            if key not in _SCHEMA[section]:
                raise ConfigError(f"{where}: 未知的配置项 (unknown key) {section}.{key}")
            attr, typ = _SCHEMA[section][key]
            if not isinstance(value, typ) or (typ in (int, (int, float)) and isinstance(value, bool)):
                want = "number" if isinstance(typ, tuple) else typ.__name__
                raise ConfigError(f"{where}: {section}.{key} 类型错误 (should be {want})")
            setattr(cfg, attr, value)
    if "password" in str(cfg.db_url).split("@")[0] or (
        "@" in cfg.db_url and ":" in cfg.db_url.split("//")[-1].split("@")[0]
    ):
        raise ConfigError(
            f"{where}: database.url 不得包含密码，请改用环境变量 PUBWATCH_DB_URL "
            "(database.url must not contain a password; set PUBWATCH_DB_URL instead)"
        )
    _check_values(cfg, where)


def _address(value: Any, where: Path, key: str) -> None:
    """One e-mail address: a string with an @ and no white space (a line break could add headers)."""
    if not isinstance(value, str) or "@" not in value or any(c.isspace() for c in value) or len(value) > 254:
        raise ConfigError(f"{where}: {key} 中的邮件地址无效 (invalid e-mail address in {key}): {value!r}")


def _check_values(cfg: Config, where: Path) -> None:
    """Values that have the right type but cannot work: found at start-up, not at 02:00.

    Why each: a unit's recipients written as one string would be iterated letter by letter; a time
    zone or cron typo would otherwise crash ``pubwatch status`` and the scheduler with a traceback.
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from apscheduler.triggers.cron import CronTrigger

    for addr in cfg.email_office:
        _address(addr, where, "email.office")
    for unit, addresses in cfg.email_units.items():
        if not isinstance(addresses, list):
            raise ConfigError(
                f"{where}: email.units.{unit} 应为地址列表 (must be a list of addresses, "
                f'e.g. ["a@example.gov.cn"])'
            )
        for addr in addresses:
            _address(addr, where, f"email.units.{unit}")
    _address(cfg.email_sender, where, "email.sender")
    if cfg.field_findings not in FIELD_POLICIES:
        raise ConfigError(
            f"{where}: monitor.field_findings 应为 {' 或 '.join(FIELD_POLICIES)} "
            f"(must be {' or '.join(FIELD_POLICIES)}): {cfg.field_findings!r}"
        )
    cfg.path = cfg.path or where
    _ = cfg.assessment  # weights and thresholds that cannot make a score fail here, not in December
    try:
        tz = ZoneInfo(cfg.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(
            f"{where}: schedule.timezone 不是有效时区 (unknown time zone) {cfg.timezone!r}"
        ) from exc
    for key, cron in (
        ("schedule.nightly", cfg.nightly_cron),
        *((f"schedule.groups.{g}", c) for g, c in cfg.cron_groups.items()),
    ):
        try:
            CronTrigger.from_crontab(str(cron), timezone=tz)
        except (ValueError, TypeError) as exc:
            raise ConfigError(
                f"{where}: {key} 不是有效的 cron 表达式 (invalid cron expression) {cron!r}: {exc}"
            ) from exc
