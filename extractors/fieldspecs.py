"""notice_type → the extractor that reads it and the canonical keys it may return.

Each notice type is read by the same layout parsers, but only the keys its field list names are kept
(a 工程地点 is no ``location`` in a construction tender; an 投标报价 row is the ``amount`` only in a
result).  The lists follow docs/taxonomy.md and the Quzhou plan's items per notice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

COMMON = ("title", "publish_date", "project_name", "project_number", "purchaser", "agency", "contact_phone")
_PROC_TENDER = (
    *COMMON,
    "budget",
    "max_price",
    "bid_deadline",
    "opening_time",
    "requirements",
    "qualification",
    "doc_obtain",
    "notice_period",
    "bid_submission",
    "fax",
    "location",  # round 17d: a works procurement's stated 项目地点 (LABELLING 'location: a project's stated 建设地点')
)
_CONS_TENDER = (
    *COMMON,
    "budget",
    "max_price",
    "bid_deadline",
    "opening_time",
    "qualification",
    "doc_obtain",
    "bid_submission",
    "approval_info",
    "tender_scope",
    "tender_method",
    "organization_form",
    "project_overview",
    "notice_period",
    "tender_conditions",
    "prequalification_method",
    "location",  # round 17d: the works' stated 建设地点 (LABELLING 'location: a project's stated 建设地点')
)
_RESULT = (
    *COMMON,
    "winner",
    "amount",
    "experts",
    "award_date",
    "evaluation_date",
    "objection_channel",
    "complaint_channel",
    "opening_time",  # '于2021年4月28日上午9:00时…进行公开开标': results state when the bids were opened
    "max_price",
    "location",  # round 17d: the works' stated 建设地点 (construction and procurement results)
)
#: the lot a sale offers and its terms, in a trade's notice and its result alike
_LOT = ("parcel_no", "location", "area_m2", "land_use", "use_term_years", "starting_price")
_TRADE_NOTICE = (
    "industry",
    *COMMON,
    *_LOT,
    "qualification",
    "supply_method",
    "planning_indicators",
    "schedule",
    "deal_place",
    "deposit_method",
    "payment_method",
    "fax",
    "subject_name",
    "valuation",
    "trading_conditions",
    "quantity",
    "publicity_start",
    "publicity_end",
    "notice_period",
    "bid_deadline",
    "registration_materials",
)
_TRADE_RESULT = (
    "industry",
    "payment_method",
    *COMMON,
    *_LOT,
    "winner",
    "amount",
    "deal_date",
    "deal_place",
    "supply_method",
    "subject_name",
    "quantity",
    "publicity_start",
    "publicity_end",
)
_HOUSING = (
    "title",
    "publish_date",
    "formed_date",
    "purchaser",
    "contact_phone",
    "task_volume",
    "unit_types",
    "land_nature",
    "construction_content",
    "completion_progress",
    "allocation_targets",
    "allocation_result",
    "allocation_policy",
    "housing_source",
    "subsidy",
    "location",
    "project_name",
    "publicity_start",
    "publicity_end",
    "area_m2",
    "start_date",
    "completion_date",
    "planning_indicators",
    "approval_date",
    "supporting_facilities",
    "allocation_procedure",
    "allocation_process",
    "renovation_policy",
    "target_identification",
)
_ADMIN = (
    "title",
    "publish_date",
    "party",
    "decision_no",
    "decision_date",
    "enforcement_agency",
    "violation",
    "penalty_basis",
    "penalty_result",
    "project_name",
    "valid_until",
    "subject_name",
    "application_type",
)

FIELDS: dict[str, tuple[str, ...]] = {
    "procurement.intention": (
        "title",
        "publish_date",
        "project_name",
        "purchaser",
        "budget",
        "planned_date",
        "requirements",
        "contact_phone",
        "project_number",
    ),
    "procurement.prequalification": _PROC_TENDER,
    "procurement.tender": (*_PROC_TENDER, "tender_method"),
    "procurement.single_source": (
        *COMMON,
        "budget",
        "proposed_supplier",
        "single_source_reason",
        "objection_channel",
        "expert_opinion",
        "experts",
        "publicity_start",
        "publicity_end",
        "requirements",
        "notice_period",
    ),
    "procurement.correction": (
        *COMMON,
        "correction_items",
        "original_notice",
        "bid_deadline",
        "opening_time",
        "budget",
        "max_price",
        "winner",
        "amount",
        # round 16a: a clarification of a result restates the ranking it corrects ('第一中标候选人:某公司,投标报价:…')
        "candidates",
    ),
    "procurement.bid_opening": (*COMMON, "opening_time", "candidates", "budget", "max_price"),
    "procurement.result": (*_RESULT, "budget", "spec_model", "candidates", "bid_deadline"),
    "procurement.contract": (
        *COMMON,
        "winner",
        "contract_subject",
        "spec_model",
        "unit_price",
        "contract_amount",
        "sign_date",
        "amount",
        "budget",
    ),
    "procurement.termination": (
        *COMMON,
        "termination_reason",
        "budget",
        "opening_time",
        "bid_deadline",
        "experts",
    ),
    "procurement.acceptance": (*COMMON, "winner", "amount", "contract_amount", "quality_grade"),
    "procurement.complaint_decision": (
        *COMMON,
        "parties",
        "complaint_items",
        "decision_date",
        "penalty_basis",
        "penalty_result",
        "enforcement_agency",
    ),
    "procurement.penalty": (
        *COMMON,
        "parties",
        "violation",
        "penalty_basis",
        "penalty_result",
        "decision_date",
        "enforcement_agency",
        "decision_no",
    ),
    "procurement.consultation": (*COMMON, "budget", "requirements", "publicity_start", "publicity_end"),
    # 对集中采购机构的考核结果 (73号 二(四)): the assessed centre, the result, who assessed and when
    "procurement.agency_assessment": (
        "title",
        "publish_date",
        "parties",
        "assessment_result",
        "enforcement_agency",
        "decision_date",
        "contact_phone",
    ),
    "construction.approval": (
        *COMMON,
        "approval_info",
        "approval_date",
        "tender_scope",
        "tender_method",
        "organization_form",
        "budget",
        "budget_approval",
    ),
    "construction.credit": (
        "title",
        "publish_date",
        "purchaser",
        "credit_rating",
        "project_name",
        "parties",
        "performance_capacity",
    ),
    "construction.prequalification": _CONS_TENDER,
    "construction.tender": _CONS_TENDER,
    "construction.correction": (
        *COMMON,
        "correction_items",
        "original_notice",
        "bid_deadline",
        "opening_time",
        "max_price",
        "winner",
        "amount",
        "experts",
    ),
    "construction.bid_opening": (*COMMON, "opening_time", "candidates", "budget", "max_price"),
    "construction.candidates": (
        *COMMON,
        "candidates",
        "publicity_start",
        "publicity_end",
        "project_manager",
        "opening_time",
        "objection_channel",
        "max_price",
        "location",
    ),
    "construction.result": (*_RESULT, "project_manager", "award_date"),
    "construction.contract": (
        *COMMON,
        "winner",
        "contract_subject",
        "contract_amount",
        "sign_date",
        "project_manager",
        "start_date",
        "completion_date",
        "quality_grade",
        "amount",
        "construction_progress",
    ),
    # (a halted tender tells when it opened: '<工程>于2022年4月28日09时00分在…开标', as procurement.termination)
    "construction.termination": (
        *COMMON,
        "termination_reason",
        "opening_time",
        "bid_deadline",
        "max_price",
        "experts",
    ),
    "land.supply_plan": (
        "title",
        "publish_date",
        "purchaser",
        "supply_total",
        "supply_structure",
        "supply_layout",
        "formed_date",
        "contact_phone",
        "supply_method",
    ),
    "land.transfer_notice": _TRADE_NOTICE,
    "land.deal_result": _TRADE_RESULT,
    "mining.transfer_notice": (
        *_TRADE_NOTICE,
        "mineral",
        "coordinates",
        "production_scale",
        "exploration_level",
        "industry",
        "time_limit",
    ),
    "mining.deal_result": (*_TRADE_RESULT, "mineral", "coordinates", "production_scale", "industry"),
    "mining.approval_result": (
        "title",
        "publish_date",
        "project_name",
        "right_holder",
        "license_no",
        "valid_until",
        "application_type",
        "mineral",
        "approval_date",
        "area_m2",
        "production_scale",
        "location",
        "coordinates",
        "purchaser",
    ),
    "property.approval": (
        "title",
        "publish_date",
        "project_name",
        "purchaser",
        "approval_info",
        "approval_date",
        "contact_phone",
        "subject_name",
        "valuation",
    ),
    "property.transfer_notice": (*_TRADE_NOTICE, "project_overview", "opening_time"),
    "property.deal_result": _TRADE_RESULT,
    "emission.transfer_notice": _TRADE_NOTICE,
    "emission.deal_result": _TRADE_RESULT,
    "housing.plan": _HOUSING,
    "housing.annual_plan": _HOUSING,
    "housing.progress": _HOUSING,
    "housing.allocation": _HOUSING,
    "housing.rural_renovation": _HOUSING,
    "admin.license": _ADMIN,
    "admin.penalty": _ADMIN,
    "other.other": (*COMMON, "budget", "bid_deadline", "opening_time", "winner", "amount"),
}

# label aliases only one notice type reads that way
TYPE_ALIASES: dict[str, dict[str, str]] = {
    "construction.result": {"投标报价": "amount", "中标价": "amount"},
    "construction.bid_opening": {},
    # a contract's total is the award's amount: '合计金额小写: …元 合计金额大写: 壹佰零贰万…'
    "procurement.contract": {"合计金额": "amount", "合计金额大写": "amount", "合计金额小写": "amount"},
}


@dataclass(frozen=True)
class Extractor:
    """The spec of one notice type: keys kept, list readers enabled."""

    notice_type: str
    keys: tuple[str, ...]
    table_candidates: bool = False
    table_winner: bool = False
    aliases: dict[str, str] = field(default_factory=dict)


def extractor_for(notice_type: str) -> Extractor:
    """The Extractor registered for ``notice_type`` (other.other when unknown)."""
    keys = FIELDS.get(notice_type, FIELDS["other.other"])
    kind = notice_type.split(".")[-1]
    return Extractor(
        notice_type=notice_type if notice_type in FIELDS else "other.other",
        keys=keys,
        table_candidates="candidates" in keys,
        table_winner="winner" in keys
        and kind in ("result", "deal_result", "acceptance", "contract", "other"),
        aliases=TYPE_ALIASES.get(notice_type, {}),
    )


REGISTRY: dict[str, Extractor] = {t: extractor_for(t) for t in FIELDS}
