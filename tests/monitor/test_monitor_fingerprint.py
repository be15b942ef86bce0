"""The unchanged-night shortcut: a re-run over the same evidence returns at once with the same
open findings; any write of evidence, a person's change to a finding, or ``force`` runs the rules."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

import monitor
from storage.evidence import PageRecord, mark_removed, save_page

D = dt.date
AS_OF = D(2026, 3, 2)


def test_rerun_over_unchanged_evidence_is_a_shortcut(engine, data) -> None:
    data.notice("procurement.result", D(2026, 2, 2), omit=("experts",))
    data.health(D(2026, 3, 1), "qz_hanweb", True)
    first = monitor.run_checks(engine, AS_OF)
    assert first["unchanged"] is False and first["open"] >= 1
    again = monitor.run_checks(engine, AS_OF)
    assert again["unchanged"] is True
    assert (again["open"], again["by_kind"], again["new"]) == (first["open"], first["by_kind"], 0)
    assert again["candidates"] == first["candidates"]
    assert monitor.run_checks(engine, AS_OF, force=True)["unchanged"] is False
    # another night is never a shortcut (deadlines pass with the date)
    assert monitor.run_checks(engine, AS_OF + dt.timedelta(days=1))["unchanged"] is False


def test_any_evidence_write_runs_the_rules_again(engine, data) -> None:
    data.notice("procurement.result", D(2026, 2, 2), omit=("experts",))
    monitor.run_checks(engine, AS_OF)
    assert monitor.run_checks(engine, AS_OF)["unchanged"] is True
    rec = PageRecord(
        source_key="qz_hanweb",
        channel_key="c1",
        item_key="new",
        url="http://x/new",
        night=AS_OF,
        body=b"<p>x</p>",
        sha256="e" * 64,
        notice_type="procurement.result",
        publish_date=D(2026, 3, 1),
        list_date=D(2026, 3, 1),
    )
    save_page(engine, rec)
    assert monitor.run_checks(engine, AS_OF)["unchanged"] is False
    assert monitor.run_checks(engine, AS_OF)["unchanged"] is True
    assert mark_removed(engine, "qz_hanweb", "new", AS_OF, "unlisted")
    assert monitor.run_checks(engine, AS_OF)["unchanged"] is False
    assert monitor.run_checks(engine, AS_OF)["unchanged"] is True
    data.health(AS_OF, "qz_hanweb", False)  # an outage changes what may be said
    assert monitor.run_checks(engine, AS_OF)["unchanged"] is False
    with engine.begin() as c:  # a person closing a finding leaves an event
        fid = c.execute(text("SELECT id FROM findings LIMIT 1")).scalar()
        c.execute(
            text(
                'INSERT INTO finding_events (finding_id, "on", event, details, at) '
                "VALUES (:f, :d, 'muted', '{}', CURRENT_TIMESTAMP)"
            ),
            {"f": fid, "d": AS_OF},
        )
    assert monitor.run_checks(engine, AS_OF)["unchanged"] is False
