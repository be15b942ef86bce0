"""The disclosure rules the replica plants defects against (documented in docs/replica.md).

This is the replica's own statement of the rules; the monitor implements the same definitions
independently from the documentation.
"""

from __future__ import annotations

# notice_type -> (event-date key printed on the page, deadline in working days after it)
DEADLINES: dict[str, tuple[str, int]] = {
    "procurement.result": ("award_date", 2),
    "procurement.contract": ("sign_date", 2),
    "procurement.complaint_decision": ("decision_date", 20),
    "procurement.penalty": ("decision_date", 20),
    "construction.approval": ("approval_date", 20),
    "construction.result": ("award_date", 20),
    "construction.contract": ("sign_date", 20),
    "land.supply_plan": ("formed_date", 20),
    "land.deal_result": ("deal_date", 10),
    "mining.deal_result": ("deal_date", 20),
    "mining.approval_result": ("approval_date", 20),
    "property.approval": ("approval_date", 20),
    "property.deal_result": ("deal_date", 20),
    "emission.deal_result": ("deal_date", 20),
    "housing.plan": ("formed_date", 20),
    "housing.annual_plan": ("formed_date", 20),
    "housing.progress": ("formed_date", 20),
    "housing.allocation": ("formed_date", 20),
    "housing.rural_renovation": ("formed_date", 20),
    "admin.license": ("decision_date", 7),
    "admin.penalty": ("decision_date", 7),
}

# Fields whose absence is planted as ``missing_field`` (rule_id "<notice_type>.fields").
# Clean notices of these types always state every listed field.
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "procurement.result": ("experts",),
    "procurement.contract": ("spec_model",),
    "procurement.single_source": ("expert_opinion",),
    "construction.candidates": ("objection_channel",),
    "construction.result": ("complaint_channel",),
    "land.deal_result": ("amount",),
    "property.deal_result": ("amount",),
    "emission.transfer_notice": ("fax",),
    "mining.approval_result": ("valid_until",),
    "admin.penalty": ("penalty_basis",),
}

# Notice types that must also be published on the provincial platform (zjggzy) when their
# home site is the city or a county trading site.
SHARED_TYPES: frozenset[str] = frozenset({
    "construction.prequalification", "construction.tender", "construction.correction",
    "construction.bid_opening", "construction.candidates", "construction.result", "construction.contract",
    "land.transfer_notice", "land.deal_result", "property.transfer_notice", "property.deal_result",
})
SHARE_DEADLINE_WD = 1  # the zjggzy copy must appear within 1 working day of the home posting

# Notices with a publicity period that must stay visible through publicity_end.
PUBLICITY_TYPES: frozenset[str] = frozenset({
    "procurement.single_source", "construction.candidates", "property.transfer_notice",
})

CONTRACT_FOLLOWUP_DAYS = 30  # calendar days after the result, then +2 working days
CONTRACT_FOLLOWUP_WD = 2
TENDER_FOLLOWUP_WD = 9  # working days after the bid deadline for a result/termination
# a tender is answered by any of these notice types in the same project
TENDER_ANSWERS: dict[str, tuple[str, ...]] = {
    "procurement.tender": ("procurement.result", "procurement.termination"),
    "construction.tender": ("construction.candidates", "construction.result", "construction.termination"),
}

DEFECT_KINDS: tuple[str, ...] = (
    "missing_field", "late_posting", "missing_followup", "not_shared", "removed_early", "silent_edit",
    "value_mismatch",
)
OUTAGE_MODES: tuple[str, ...] = (
    "5xx", "timeout", "reset", "truncated", "429", "captcha", "botcheck200", "loop_pagination",
    "empty_maintenance",
)
