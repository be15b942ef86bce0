"""Never accuse on a layout we never measured: a finding that rests on what we read from the pages of a
source with no acceptance in force is a question for the office, not a violation told to a unit.

Why: on sites we never tuned on, a finding resting on our reading was false about 2 times in 5
(docs/findings-audit.md, "Stop 31"); the notice type alone is wrong 1 time in 3 to 1 in 10 there (a result
typed as a tender owes a result: a false 应公开未公开). ``monitor.checks.check_required_fields`` already files
the missing items of such a source as extraction gaps (issue 12, hacc); this step does the same for every
other rule whose verdict a misread value can change (:data:`RESTS_ON_READING`), after the checks and the
provisional-deadline step and before platform copies are collapsed and units assigned, so that a held
candidate is one copy like any other and its review unit is never re-routed.

Why one step after the checks rather than a condition in each: the rules share nothing but this question
(is every notice the candidate cites from an accepted source?), and the candidate table already names
those notices (``source_key``; a mismatch's other notice by ``version_id2``). One statement over the
night's candidates keeps the checks' SQL as it was, so the policy ``all`` (``field_sources = None``) runs
exactly the statements it ran before.

A held candidate becomes an ``extraction_gap`` (severity ``info``, unit ``REVIEW_UNIT`` as the primary
unit too) with the key suffix ``:gap`` — another finding than the violation, so when the source is
accepted the review item resolves and the violation opens — and ``held = SOURCE_UNACCEPTED``; its message
(``monitor.messages``) tells what the rule would have said, as our reading, and why nobody is accused.
"""

from __future__ import annotations

from sqlalchemy import Connection, String, and_, exists, func, literal, or_, select, update

from monitor import worktables
from monitor.catalog import Catalog
from storage.models import Notice
from vocabulary import REVIEW_UNIT, SOURCE_UNACCEPTED

n_ = Notice.__table__

#: The rule families (``check``) whose verdict rests on what we read from a page, and what it rests on
#: (docs/rules.md, "Source acceptance", the table). ``required_fields`` is held in its own check
#: (``monitor.checks.check_required_fields``), which gives the more specific reasons first.
RESTS_ON_READING: dict[str, str] = {
    "required_fields": "the notice type (which items are owed) and the fields read",
    "deadline": "the notice type and the event date read from the page (award, signing, decision, deal date)",
    "lead_time": "the notice types of both notices and the project number that links them",
    "period": "the publicity start and end read from the page, and the notice type",
    "followup": "the notice type that starts the clock, its date when read (a bid deadline), the project link",
    "shared": "the notice type (which notices must be shared), and the copy's type and project on the platform",
    "visibility": "the publicity end read from the page (the removal itself is a crawl fact), the notice type",
    "consistency": "the amounts and names read from two notices, and the project numbers that link them",
}

#: The rule families whose verdict rests on crawl facts, never held (the table in docs/rules.md says
#: what each one still reads and why that does not make the breach ours).
CRAWL_FACTS: dict[str, str] = {
    "silent_edit": "two stored versions with different SHA-256 (an excusing correction is looked up by type)",
    "silence": "a channel's list shows no new posting for longer than usual on complete crawl nights",
    "register": "a department's register item past its due date (matched by number or subject and type)",
}


def hold_unaccepted(conn: Connection, catalog: Catalog, accepted: frozenset[str] | None) -> int:
    """Turn the night's candidates that rest on the reading of an unaccepted source into review items;
    return how many. ``accepted``: the sources with an acceptance in force (``None``: policy ``all``, no
    candidate is held).

    A candidate is held when any notice it cites is from a source not accepted: the notice it names
    (``source_key``), the other notice of a mismatch (``version_id2``, the version a notice row is
    current at), and for a sharing rule the platform the copy is looked for on."""
    if accepted is None:
        return 0
    c = worktables.cand
    ok = sorted(accepted)
    rules = [r for r in catalog.rules if r.check in RESTS_ON_READING and r.check != "required_fields"]
    if not rules:
        return 0
    other = n_.alias("other")
    cited_elsewhere = exists(
        select(1).where(
            c.c.version_id2.is_not(None),
            other.c.version_id == c.c.version_id2,
            ~other.c.source_key.in_(ok),
        )
    )
    platform_unaccepted = [
        r.rule_id for r in rules if r.check == "shared" and str(r.params.get("platform", "")) not in accepted
    ]
    held = and_(
        c.c.rule_id.in_([r.rule_id for r in rules]),
        c.c.kind != "extraction_gap",
        or_(
            ~func.coalesce(c.c.source_key, "").in_(ok),
            cited_elsewhere,
            c.c.rule_id.in_(platform_unaccepted),
        ),
    )
    res = conn.execute(
        update(c)
        .where(held)
        .values(
            key=c.c.key + literal(":gap", String),
            kind="extraction_gap",
            severity="info",
            responsible_unit=REVIEW_UNIT,
            primary_unit=REVIEW_UNIT,
            held=SOURCE_UNACCEPTED,
        )
    )
    return max(res.rowcount or 0, 0)
