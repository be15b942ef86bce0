"""Build the night's digests (one per responsible unit, one summary for the office) and send them.

Why build-then-queue-then-send: the digest and the "told" marks (``alerts_sent``) are written in
one transaction together with the outbox row, so an event is either queued exactly once or not at
all; sending happens afterwards from the outbox and can be retried on any later run.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from alerts.collect import OFFICE, SECTIONS, DigestItem, Pending, normalize_unit, pending_for, unit_key
from alerts.render import MAX_ITEMS, UnitRow, build_message, subject_line
from alerts.settings import MailConfig as Config
from alerts.smtp import count_pending, flush
from monitor.directory import UnitDirectory, load_directory
from storage.db import session_scope
from storage.models import AlertSent, Finding, FindingEvent, OutboxMessage
from vocabulary import UNKNOWN_UNIT

log = logging.getLogger(__name__)


@dataclass
class Digest:
    """A built message and what it covers (``pending``: only what the message lists is marked told)."""

    digest_for: str
    recipients: list[str]
    message: EmailMessage
    pending: Pending


def _unit_key(directory: UnitDirectory, name: str | None) -> str:
    """How routing compares unit names: the directory's canonical name, else the normalised spelling
    (a name the directory does not know still routes to the address configured for it, and is reported)."""
    return directory.canonical(name) or normalize_unit(name)


def configured_units(config: Config, directory: UnitDirectory | None = None) -> dict[str, str]:
    """Routing key → the unit's name, for units with a recipient (every spelling configured counts as
    that one unit). Names the directory of 责任单位 does not know are logged."""
    directory = directory or load_directory()
    out: dict[str, str] = {}
    for unit, addresses in sorted(config.email_units.items()):
        key = _unit_key(directory, unit)
        if any(a for a in addresses) and key and key not in out:
            out[key] = directory.canonical(unit) or unit
    unknown = sorted(n for n in config.email_units if normalize_unit(n) and directory.canonical(n) is None)
    if unknown:
        log.warning(
            "[email.units] 中的单位不在责任单位名录中：%s (not in the directory of units, "
            "monitor/rules/<jurisdiction>/units.toml)",
            "、".join(unknown),
        )
    return out


def _recipients(config: Config, directory: UnitDirectory, key: str) -> list[str]:
    """Every address configured under any spelling of the unit ``key``."""
    out: list[str] = []
    for unit, addresses in config.email_units.items():
        if _unit_key(directory, unit) == key:
            out.extend(a for a in addresses if a and a not in out)
    return out


def _stored_unit_names(session: Session, directory: UnitDirectory) -> dict[str, list[str]]:
    """Routing key → the spellings of ``findings.responsible_unit`` stored under it."""
    names: dict[str, list[str]] = {}
    for raw in session.scalars(select(Finding.responsible_unit).distinct()):
        if raw:
            names.setdefault(_unit_key(directory, raw), []).append(raw)
    return names


def build_digests(
    session: Session, config: Config, as_of: dt.date, *, max_items: int = MAX_ITEMS
) -> list[Digest]:
    """One digest per configured unit with news, plus the office summary when there is any news at all.

    A finding is routed by its one primary ``responsible_unit`` (compared after ``normalize_unit``).
    A unit without recipients in ``[email.units]`` gets no digest of its own: its findings reach the
    office summary, flagged 未配置收件人的责任单位, so that nothing is dropped silently.
    """
    sender = config.smtp.sender
    digests: list[Digest] = []
    directory = load_directory()
    configured = configured_units(config, directory)
    stored = _stored_unit_names(session, directory)
    for norm, unit in configured.items():
        recipients = _recipients(config, directory, norm)
        pending = pending_for(session, unit_key(unit), as_of, units=stored.get(norm, []))
        if not pending.event_rows:
            continue
        if not pending.items:  # only silent marks (e.g. fixed before anyone was told)
            digests.append(Digest(unit_key(unit), [], EmailMessage(), pending))
            continue
        msg = build_message(
            sender=sender,
            to=recipients,
            as_of=as_of,
            items=pending.items,
            digest_for=unit_key(unit),
            heading=f"{unit} 公共资源配置领域信息公开监测日报",
            subject=subject_line(unit, as_of, pending.items),
            intro="以下为自上次通报以来贵单位负责公开事项中新发现、升级或已整改的问题，请核查处理。",
            show_unit=False,
            max_items=max_items,
        )
        digests.append(Digest(unit_key(unit), recipients, msg, pending.listed(max_items)))
    office = [a for a in config.email_office if a]
    if not office:
        _warn_unrouted(session, as_of, configured, directory)
        return digests
    pending = pending_for(session, OFFICE, as_of)
    for it in pending.items:
        it.unit_configured = _unit_key(directory, it.unit) in configured
    # the violations first, then the office's review list (a cap cuts the review list before a violation)
    pending.items = [it for it in pending.items if not it.is_review] + [
        it for it in pending.items if it.is_review
    ]
    unrouted = _unrouted(pending.items)
    if pending.event_rows:
        if pending.items:
            msg = build_message(
                sender=sender,
                to=office,
                as_of=as_of,
                items=pending.items,
                digest_for=OFFICE,
                heading="公共资源配置领域信息公开监测汇总",
                subject=subject_line("监测汇总", as_of, pending.items),
                intro="以下为自上次汇总以来全部责任单位新发现、升级或已整改的问题"
                + (
                    "，以及系统未能识别、待人工核对的事项（列于最后，不作为违规）。"
                    if any(it.is_review for it in pending.items)
                    else "。"
                )
                + calendar_warning(as_of),
                show_unit=True,
                by_unit=_unit_rows(pending.items),
                unrouted=unrouted,
                max_items=max_items,
            )
            digests.append(Digest(OFFICE, office, msg, pending.listed(max_items)))
        else:
            digests.append(Digest(OFFICE, [], EmailMessage(), pending))
    return digests


def calendar_warning(as_of: dt.date) -> str:
    """In December, when next year's holiday schedule is not yet in the official calendar: say what
    that means for the counts (deadlines bounded from the statutory holidays, some provisional)."""
    from monitor.workdays import default_calendar, year_status

    nxt = as_of.year + 1
    if as_of.month != 12 or year_status(default_calendar(), nxt) == "official":
        return ""
    return (
        f"【提示】{nxt}年节假日安排尚未纳入官方日历：涉及{nxt}年的公开期限将按法定节假日推算上下限，"
        f"明显逾期的照常通报，介于上下限之间的标注“待官方日历确认”且不计入及时率；"
        f"国务院办公厅通知发布后，请系统管理员更新节假日数据。"
    )


def _warn_unrouted(
    session: Session, as_of: dt.date, configured: dict[str, str], directory: UnitDirectory
) -> None:
    """Without an office address, say in the log which units' news of the night reached nobody."""
    units = session.scalars(
        select(Finding.responsible_unit)
        .distinct()
        .join(FindingEvent, FindingEvent.finding_id == Finding.id)
        .where(FindingEvent.on == as_of)
    )
    lost = sorted({u or UNKNOWN_UNIT for u in units if _unit_key(directory, u) not in configured})
    if lost:
        log.warning(
            "未配置收件人的责任单位 %s 的问题无人收到邮件：[email] office 也未配置 "
            "(units without recipients and no office address: see the dashboard)",
            "、".join(lost),
        )


def _unrouted(items: list[DigestItem]) -> list[tuple[str, int]]:
    """Units without recipients and how many of the items are theirs (most first)."""
    # an extraction gap is the office's own review item (unit 监管办（人工核对）), not an unrouted unit's
    counts = Counter(it.unit for it in items if not it.unit_configured and not it.is_review)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _unit_rows(items: list[DigestItem]) -> list[UnitRow]:
    counts: dict[str, Counter[str]] = {}
    configured: dict[str, bool] = {}
    for it in items:
        if it.is_review:  # the office's own review list, not a unit's tally
            continue
        counts.setdefault(it.unit, Counter())[it.section] += 1
        configured[it.unit] = it.unit_configured
    return [
        UnitRow(unit, [c.get(key, 0) for key in SECTIONS], configured[unit])
        for unit, c in sorted(counts.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    ]


def send_digests(
    engine: Engine, config: Config, as_of: dt.date, *, dry_run: bool = False, max_items: int = MAX_ITEMS
) -> dict[str, Any]:
    """Build, queue and send the digests for ``as_of``; returns counts ``built, sent, queued, failed``.

    With ``dry_run`` the messages are written as ``.eml`` files into ``config.outbox_dir`` and
    nothing is marked as told or queued, so a later real run sends the same news.
    """
    with session_scope(engine) as session:
        digests = build_digests(session, config, as_of, max_items=max_items)
        real = [d for d in digests if d.recipients]
        if dry_run:
            files = write_eml(real, Path(config.outbox_dir), as_of)
            session.rollback()
            return {"built": len(real), "sent": 0, "queued": 0, "failed": 0, "files": [str(f) for f in files]}
        for digest in digests:
            outbox_id = None
            if digest.recipients:
                row = OutboxMessage(
                    recipients=digest.recipients,
                    subject=str(digest.message["Subject"]),
                    message=digest.message.as_bytes(),
                    digest_for=digest.digest_for,
                    as_of=as_of,
                )
                session.add(row)
                session.flush()
                outbox_id = row.id
            session.add_all(
                AlertSent(
                    finding_id=fid,
                    event_id=eid,
                    event=name,
                    recipient=digest.pending.recipient,
                    outbox_id=outbox_id,
                )
                for eid, fid, name in digest.pending.event_rows
            )
    log.info("built %d digests for %s", len(real), as_of)
    result = flush(engine, config).as_dict()
    result["queued"] = count_pending(engine)
    return {"built": len(real), **result}


def flush_outbox(engine: Engine, config: Config) -> dict[str, int]:
    """Send what is still pending (e.g. after the mail server was down); counts ``sent, queued, failed``."""
    result = flush(engine, config).as_dict()
    result["queued"] = count_pending(engine)
    return result


def write_eml(digests: list[Digest], folder: Path, as_of: dt.date) -> list[Path]:
    """Write each message as ``<as_of>_<nn>_<recipient>.eml`` (for --dry-run)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, digest in enumerate(digests, start=1):
        name = re.sub(r"[^\w.-]+", "_", digest.digest_for).strip("_")[:60] or "digest"
        path = folder / f"{as_of.isoformat()}_{n:02d}_{name}.eml"
        path.write_bytes(digest.message.as_bytes())
        paths.append(path)
    return paths
