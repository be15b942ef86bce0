"""Digests against a real SMTP server on localhost: content, escaping, no repeats, resolved once, outbox."""

from __future__ import annotations

import datetime as dt
import logging
import ssl
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.smtp import AuthResult
from alerts_mailserver import SmtpServer, free_port
from sqlalchemy import Engine, func, select

from alerts import flush_outbox, send_digests
from alerts.render import sanitize_header
from pubwatch.config import Config
from storage.db import session_scope
from storage.models import AlertSent, Finding, OutboxMessage
from tests.dashboards.demo_data import add_event, add_finding, add_notice

D1 = dt.date(2026, 3, 2)
D2 = dt.date(2026, 3, 3)
D3 = dt.date(2026, 3, 4)
XSS = "<script>alert(1)</script>某中学采购结果公告"


def _parts(msg: EmailMessage) -> tuple[str, str]:
    plain = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    assert plain is not None and html is not None, "both a plain-text and an HTML part are expected"
    return plain.get_content(), html.get_content()


def _seed(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as s:
        n1 = add_notice(s, title=XSS, domain="procurement", region="330800", publish_date=D1)
        n2 = add_notice(
            s, title="柯城区道路工程招标公告", domain="construction", region="330802", publish_date=D1
        )
        n3 = add_notice(s, title="开化县土地出让结果", domain="land", region="330824", publish_date=D1)
        f1 = add_finding(
            s,
            kind="missing_field",
            on=D1,
            unit="市财政局",
            notice=n1,
            message="缺少评审专家名单",
            dates={"publish_date": "2026-03-02", "award_date": "2026-02-25"},
        )
        f2 = add_finding(
            s,
            kind="late_posting",
            on=D1,
            unit="柯城区人民政府",
            notice=n2,
            severity="warning",
            message="定标后超过2个工作日才公告",
        )
        f3 = add_finding(s, kind="missing_field", on=D1, unit="开化县人民政府", notice=n3)
        return {"f1": f1.id, "f2": f2.id, "f3": f3.id}


def test_unit_digests_and_office_summary_arrive_in_chinese_and_escaped(
    engine: Engine, config: Config, smtp: SmtpServer
) -> None:
    ids = _seed(engine)
    result = send_digests(engine, config, D1)
    assert result == {"built": 3, "sent": 3, "queued": 0, "failed": 0}

    (czj,) = smtp.capture.by_recipient("czj@example.gov.cn")
    assert smtp.capture.by_recipient("czj2@example.gov.cn") == [czj]  # one message to the unit's whole list
    assert czj["Subject"].startswith("【信息公开监测】市财政局 2026-03-02")
    assert "新发现 1 条" in czj["Subject"]
    plain, html = _parts(czj)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>某中学采购结果公告" in plain  # plain text shows it as text
    assert "柯城区道路工程" not in plain  # another unit's finding is not in this digest
    assert "缺少评审专家名单" in plain and "要素缺失" in plain and "政府采购" in plain
    assert (
        "定标日期 2026-02-25" in plain and "procurement.result.fields" not in plain
    )  # the rule's name, not its id
    assert "中标(成交)公示缺少必填项" in plain
    with session_scope(engine) as s:
        f1 = s.get(Finding, ids["f1"])
        assert f1 is not None
        from storage.models import Notice

        notice = s.get(Notice, f1.notice_id)
        assert notice is not None
        assert f"第 {notice.version_id} 号页面存档" in plain and f"evidence/{notice.version_id}-" in plain
        for key in ("serious", "as_of", "overdue_wd", "pubwatch ", "document_versions/"):
            assert key not in plain and key not in html  # the office's language only
        assert notice.url in html and f'href="{notice.url}"' in html

    (kc,) = smtp.capture.by_recipient("kc@example.gov.cn")
    assert "警示" in _parts(kc)[0]

    (office,) = smtp.capture.by_recipient("jgb@example.gov.cn")
    o_plain, o_html = _parts(office)
    assert "监测汇总" in office["Subject"] and "新发现 3 条" in office["Subject"]
    assert "开化县人民政府" in o_plain and "未配置收件人" in o_plain  # unconfigured unit reaches the office
    assert "&lt;script&gt;" in o_html and "<script>" not in o_html


def test_same_event_never_sent_twice_and_escalation_is_news(
    engine: Engine, config: Config, smtp: SmtpServer
) -> None:
    ids = _seed(engine)
    send_digests(engine, config, D1)
    first = len(smtp.capture.messages)
    assert send_digests(engine, config, D2) == {"built": 0, "sent": 0, "queued": 0, "failed": 0}
    assert len(smtp.capture.messages) == first

    with session_scope(engine) as s:
        f1 = s.get(Finding, ids["f1"])
        assert f1 is not None
        add_event(s, f1, "escalated", D3, severity="violation")
    result = send_digests(engine, config, D3)
    assert result["built"] == 2  # the unit and the office; 柯城区 has nothing new
    (czj,) = smtp.capture.by_recipient("czj@example.gov.cn")[1:]
    assert "升级 1 条" in czj["Subject"] and "新发现" not in czj["Subject"]
    assert smtp.capture.by_recipient("kc@example.gov.cn")[1:] == []
    with session_scope(engine) as s:
        rows = s.scalar(select(func.count()).select_from(AlertSent).where(AlertSent.finding_id == ids["f1"]))
        assert rows == 4  # opened + escalated, each to the unit and the office


def test_resolved_reported_once_and_quick_fixes_not_at_all(
    engine: Engine, config: Config, smtp: SmtpServer
) -> None:
    ids = _seed(engine)
    send_digests(engine, config, D1)
    with session_scope(engine) as s:
        f2 = s.get(Finding, ids["f2"])
        assert f2 is not None
        add_event(s, f2, "resolved", D2)
        n = add_notice(s, title="柯城区临时公告", domain="procurement", region="330802", publish_date=D2)
        quick = add_finding(s, kind="late_posting", on=D2, unit="柯城区人民政府", notice=n)
        add_event(s, quick, "resolved", D2)  # opened and fixed before any digest
    assert send_digests(engine, config, D2)["built"] == 2
    (kc,) = smtp.capture.by_recipient("kc@example.gov.cn")[1:]
    assert "已整改 1 条" in kc["Subject"]
    plain, _ = _parts(kc)
    assert "柯城区道路工程招标公告" in plain and "柯城区临时公告" not in plain
    assert send_digests(engine, config, D3)["built"] == 0
    assert len(smtp.capture.by_recipient("kc@example.gov.cn")) == 2


def test_outbox_keeps_digests_while_server_down_and_sends_them_later(
    engine: Engine, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    monkeypatch.setenv("PUBWATCH_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("PUBWATCH_SMTP_PORT", str(port))
    _seed(engine)
    down = send_digests(engine, config, D1)
    assert down == {"built": 3, "sent": 0, "queued": 3, "failed": 0}
    with session_scope(engine) as s:
        rows = s.scalars(select(OutboxMessage)).all()
        assert [r.status for r in rows] == ["pending"] * 3
        assert all(r.attempts == 1 and "Connection" in (r.last_error or "") for r in rows)
    # the next night: server still down, nothing new built, nothing lost
    assert send_digests(engine, config, D2) == {"built": 0, "sent": 0, "queued": 3, "failed": 0}
    server = SmtpServer(port=port).start()
    try:
        assert flush_outbox(engine, config) == {"sent": 3, "queued": 0, "failed": 0}
        assert flush_outbox(engine, config) == {"sent": 0, "queued": 0, "failed": 0}
        assert send_digests(engine, config, D3)["built"] == 0
        subjects = sorted(str(m["Subject"]) for _, m in server.capture.messages)
        assert len(subjects) == 3 and len(set(subjects)) == 3
    finally:
        server.stop()


def test_cap_per_email_and_header_injection(engine: Engine, config: Config, smtp: SmtpServer) -> None:
    evil_unit = "市财政局\r\nBcc: victim@evil.example"
    config.email_units = {evil_unit: ["czj@example.gov.cn"]}
    config.email_office = []
    with session_scope(engine) as s:
        for i in range(57):
            n = add_notice(s, title=f"公告{i}\n\x00Subject: x", publish_date=D1)
            add_finding(s, kind="missing_field", on=D1, unit=evil_unit, notice=n)
    assert send_digests(engine, config, D1, max_items=50)["sent"] == 1
    ((rcpts, msg),) = smtp.capture.messages
    assert rcpts == ["czj@example.gov.cn"] and msg["Bcc"] is None
    assert "\n" not in str(msg["Subject"]) and "Bcc" in str(msg["Subject"])  # kept as harmless text
    plain, html = _parts(msg)
    assert "及其他 7 条" in plain and "及其他 7 条" in html
    assert plain.count("存档副本") == 50 + 1  # 50 findings + the footer line
    assert "\x00" not in plain
    assert (
        sanitize_header("a\r\nb\x07c" + "长" * 300).startswith("a b c")
        and len(sanitize_header("长" * 300)) == 120
    )


def test_dry_run_writes_eml_and_changes_nothing(engine: Engine, config: Config, smtp: SmtpServer) -> None:
    _seed(engine)
    result = send_digests(engine, config, D1, dry_run=True)
    assert result["built"] == 3 and result["sent"] == 0
    files = sorted(Path(config.outbox_dir).glob("*.eml"))
    assert len(files) == 3 and all(f.name.startswith("2026-03-02_") for f in files)
    import email
    import email.policy

    parsed = [email.message_from_bytes(f.read_bytes(), policy=email.policy.default) for f in files]
    assert any("市财政局" in str(m["Subject"]) for m in parsed)
    assert smtp.capture.messages == []
    with session_scope(engine) as s:
        assert s.scalar(select(func.count()).select_from(AlertSent)) == 0
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 0
    assert send_digests(engine, config, D1)["sent"] == 3


def test_permanent_refusal_marks_failed(
    engine: Engine, config: Config, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Refuse:
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
            if address.startswith("kc@"):
                return "550 no such user"
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
            return await smtp.capture.handle_DATA(server, session, envelope)

    refusing = SmtpServer(handler=Refuse()).start()
    monkeypatch.setenv("PUBWATCH_SMTP_PORT", str(refusing.port))
    _seed(engine)
    try:
        result = send_digests(engine, config, D1)
    finally:
        refusing.stop()
    assert result == {"built": 3, "sent": 2, "queued": 0, "failed": 1}
    with session_scope(engine) as s:
        (failed,) = s.scalars(select(OutboxMessage).where(OutboxMessage.status == "failed")).all()
        assert failed.recipients == ["kc@example.gov.cn"] and "550" in (failed.last_error or "")


def test_starttls_with_auth(
    engine: Engine,
    config: Config,
    tls_cert: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    cert, key = tls_cert
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    logins: list[tuple[str, str]] = []

    def authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=auth_data.password == b"s3cret-pw", handled=False)

    server = SmtpServer(
        tls_context=ctx, require_starttls=True, authenticator=authenticator, auth_require_tls=True
    ).start()
    try:
        for var, value in {
            "HOST": "127.0.0.1",
            "PORT": str(server.port),
            "SECURITY": "starttls",
            "USER": "pubwatch",
            "PASSWORD": "s3cret-pw",
            "CAFILE": str(cert),
        }.items():
            monkeypatch.setenv(f"PUBWATCH_SMTP_{var}", value)
        _seed(engine)
        with caplog.at_level(logging.DEBUG):
            assert send_digests(engine, config, D1)["sent"] == 3
        assert logins and logins[0] == ("pubwatch", "s3cret-pw")
        assert len(server.capture.messages) == 3
        # wrong password: stays queued, the password is never in logs or last_error
        monkeypatch.setenv("PUBWATCH_SMTP_PASSWORD", "wrong-pw-123")
        with session_scope(engine) as s:
            add_finding(
                s,
                kind="late_posting",
                on=D2,
                unit="市财政局",
                notice=add_notice(s, title="新公告", publish_date=D2),
            )
        with caplog.at_level(logging.DEBUG):
            assert send_digests(engine, config, D2)["queued"] == 2
        assert "wrong-pw-123" not in caplog.text and "s3cret-pw" not in caplog.text
        with session_scope(engine) as s:
            assert all("wrong-pw-123" not in (r.last_error or "") for r in s.scalars(select(OutboxMessage)))
    finally:
        server.stop()


def test_capped_digest_marks_only_listed_findings_as_told(
    engine: Engine, config: Config, smtp: SmtpServer
) -> None:
    """57 findings, 50 a message: the 7 left out stay pending and lead the next digest."""
    config.email_office = []
    with session_scope(engine) as s:
        for i in range(57):
            n = add_notice(s, title=f"采购结果公告第{i:02d}号", publish_date=D1)
            add_finding(s, kind="missing_field", on=D1, unit="市财政局", notice=n)
    assert send_digests(engine, config, D1, max_items=50)["sent"] == 1
    (first,) = smtp.capture.by_recipient("czj@example.gov.cn")
    plain, html = _parts(first)
    assert "及其他 7 条未列出" in plain and "及其他 7 条未列出" in html
    listed = {i for i in range(57) if f"采购结果公告第{i:02d}号" in plain}
    assert len(listed) == 50
    with session_scope(engine) as s:
        told = set(s.scalars(select(AlertSent.finding_id).distinct()))
        titles = {f.id: f.title or "" for f in s.scalars(select(Finding))}
    assert len(told) == 50  # only what the message lists

    assert send_digests(engine, config, D2, max_items=50)["sent"] == 1
    second = [m for m in smtp.capture.by_recipient("czj@example.gov.cn") if m is not first]
    assert len(second) == 1
    plain2, _ = _parts(second[0])
    assert "及其他" not in plain2 and "新发现 7 条" in str(second[0]["Subject"])
    listed2 = {i for i in range(57) if f"采购结果公告第{i:02d}号" in plain2}
    assert listed2 == set(range(57)) - listed
    with session_scope(engine) as s:
        assert set(s.scalars(select(AlertSent.finding_id).distinct())) == set(titles)
    assert send_digests(engine, config, D3, max_items=50)["built"] == 0


def test_one_gap_raised_on_two_platform_copies_is_one_item(
    engine: Engine, config: Config, smtp: SmtpServer
) -> None:
    """A tender shared to two platforms, found missing the same item on both: one item in the digest."""
    config.email_office = []
    with session_scope(engine) as s:
        home = add_notice(
            s, title="衢江区某道路工程招标公告", region="330803", publish_date=D1, source_key="qujiang"
        )
        copy = add_notice(
            s, title="衢江区某道路工程招标公告", region="330803", publish_date=D1, source_key="zjggzy"
        )
        other = add_notice(
            s, title="衢江区另一工程招标公告", region="330803", publish_date=D1, source_key="qujiang"
        )
        a = add_finding(
            s, kind="missing_field", on=D1, unit="柯城区人民政府", notice=home, rule_id="r.fields"
        )
        b = add_finding(
            s, kind="missing_field", on=D1, unit="柯城区人民政府", notice=copy, rule_id="r.fields"
        )
        c = add_finding(
            s, kind="missing_field", on=D1, unit="柯城区人民政府", notice=other, rule_id="r.fields"
        )
        ids = (a.id, b.id, c.id)
    assert send_digests(engine, config, D1)["sent"] == 1
    (kc,) = smtp.capture.by_recipient("kc@example.gov.cn")
    plain, _ = _parts(kc)
    assert plain.count("衢江区某道路工程招标公告") == 1 and plain.count("衢江区另一工程招标公告") == 1
    assert f"问题编号：{ids[0]}（同一问题另见编号 {ids[1]}）" in plain
    # both findings' events are marked told: nothing comes again the next day
    assert send_digests(engine, config, D2)["built"] == 0


def test_office_summary_warns_in_december_when_next_year_is_not_official() -> None:
    from alerts.digest import calendar_warning

    december = calendar_warning(dt.date(2026, 12, 6))
    assert "2027年节假日安排尚未纳入官方日历" in december and "待官方日历确认" in december
    assert calendar_warning(dt.date(2026, 11, 30)) == ""  # not before December
    assert calendar_warning(dt.date(2025, 12, 6)) == ""  # 2026 is official
