"""Deliver queued messages over SMTP (plain, STARTTLS or SSL), with the outbox as the source of truth.

Why the outbox: an e-mail is durable in the database before any network call, so a mail server that
is down, a crash or a SIGTERM in the middle of sending loses nothing — the next run sends what is
still ``pending``. Temporary failures (connection refused, 4xx) keep the message pending; a
permanent refusal (5xx for every recipient) marks it ``failed`` with the server's answer, for a
person to look at. The password is passed to ``login`` only and never logged or stored.
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass

from sqlalchemy import Engine, func, select

from alerts.settings import MailConfig as Config
from alerts.settings import SmtpSettings
from storage.db import session_scope
from storage.models import OutboxMessage, utcnow

log = logging.getLogger(__name__)
CAFILE_ENV = "PUBWATCH_SMTP_CAFILE"
TIMEOUT = 30.0


@dataclass
class FlushResult:
    """What one flush did."""

    sent: int = 0
    queued: int = 0
    failed: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"sent": self.sent, "queued": self.queued, "failed": self.failed}


class _Temporary(Exception):
    """Keep the message pending and stop this flush (server or connection trouble)."""


def tls_context() -> ssl.SSLContext:
    """Verified TLS; an internal CA can be added with ``PUBWATCH_SMTP_CAFILE`` (a path, not a secret)."""
    return ssl.create_default_context(cafile=os.environ.get(CAFILE_ENV) or None)


def connect(settings: SmtpSettings) -> smtplib.SMTP:
    """Open an authenticated SMTP session according to ``settings``."""
    assert settings.host
    if settings.security == "ssl":
        conn: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=TIMEOUT, context=tls_context()
        )
    else:
        conn = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT)
        if settings.security == "starttls":
            conn.starttls(context=tls_context())
    if settings.user:
        conn.login(settings.user, settings.password or "")
    return conn


def flush(engine: Engine, config: Config) -> FlushResult:
    """Send every pending outbox message, oldest first; see the module docstring for failures."""
    settings = config.smtp
    result = FlushResult()
    with session_scope(engine) as session:
        ids = list(
            session.scalars(
                select(OutboxMessage.id).where(OutboxMessage.status == "pending").order_by(OutboxMessage.id)
            )
        )
    if not ids:
        return result
    if not settings.host:
        log.warning(
            "PUBWATCH_SMTP_HOST 未设置：%d 封邮件留在发件箱 (SMTP host not set; messages stay queued)",
            len(ids),
        )
        result.queued = len(ids)
        return result
    where = f"{settings.host}:{settings.port} ({settings.security}, user={settings.user or '-'})"
    try:
        conn = connect(settings)
    except (OSError, smtplib.SMTPException) as exc:
        log.warning("无法连接邮件服务器 %s: %s；邮件保留在发件箱 (will retry)", where, _describe(exc))
        _mark_attempt(engine, ids, _describe(exc))
        result.queued = len(ids)
        return result
    try:
        for pos, msg_id in enumerate(ids):
            try:
                _send_one(engine, conn, settings.sender, msg_id, result)
            except _Temporary as exc:
                _mark_attempt(engine, ids[pos : pos + 1], str(exc))
                result.queued += len(ids) - pos
                break
    finally:
        try:
            conn.quit()
        except (OSError, smtplib.SMTPException):
            conn.close()
    return result


def _send_one(engine: Engine, conn: smtplib.SMTP, sender: str, msg_id: int, result: FlushResult) -> None:
    with session_scope(engine) as session:
        row = session.get(OutboxMessage, msg_id)
        if row is None or row.status != "pending":
            return
        row.attempts += 1
        try:
            refused = conn.sendmail(sender, list(row.recipients), row.message)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            if codes and all(code >= 500 for code in codes):
                row.status, row.last_error = "failed", _describe(exc)
                result.failed += 1
                log.error("邮件 %d 被拒收 (refused permanently): %s", msg_id, row.last_error)
                return
            raise _Temporary(_describe(exc)) from exc
        except smtplib.SMTPResponseException as exc:
            if exc.smtp_code >= 500 and not isinstance(exc, smtplib.SMTPServerDisconnected):
                row.status, row.last_error = "failed", _describe(exc)
                result.failed += 1
                log.error("邮件 %d 发送失败 (permanent): %s", msg_id, row.last_error)
                return
            raise _Temporary(_describe(exc)) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise _Temporary(_describe(exc)) from exc
        row.status, row.sent_at = "sent", utcnow()
        row.last_error = f"refused: {sorted(refused)}" if refused else None
        result.sent += 1


def _mark_attempt(engine: Engine, ids: list[int], error: str) -> None:
    with session_scope(engine) as session:
        for row in session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(ids))):
            row.attempts += 1
            row.last_error = error[:2000]


def _describe(exc: BaseException) -> str:
    """An error text for logs and ``last_error`` that can never contain the password."""
    text = f"{exc.__class__.__name__}: {exc}"
    password = os.environ.get("PUBWATCH_SMTP_PASSWORD")
    if password:
        text = text.replace(password, "***")
    return text[:2000]


def count_pending(engine: Engine) -> int:
    """Messages still waiting in the outbox."""
    with session_scope(engine) as session:
        return int(
            session.scalar(
                select(func.count()).select_from(OutboxMessage).where(OutboxMessage.status == "pending")
            )
            or 0
        )
