"""The shared vocabulary of docs/taxonomy.md, as data the rules catalog is validated against.

Why: a typo in a rules file (``winer`` for ``winner``) must fail when the catalog loads, not silently
produce a check that never fires. The notice types come from the one definition in
``extractors.taxonomy``; the field keys are listed here. Keep in step with ``docs/taxonomy.md``.
"""

from __future__ import annotations

from extractors.taxonomy import NOTICE_TYPES

DOMAINS: frozenset[str] = frozenset(t.split(".")[0] for t in NOTICE_TYPES)

FIELD_KEYS: frozenset[str] = frozenset(
    """title publish_date project_name project_number purchaser agency budget max_price winner amount
    experts candidates bid_deadline opening_time contact_phone parcel_no location area_m2 land_use
    use_term_years starting_price
    award_date sign_date evaluation_date publicity_start publicity_end deal_date decision_date
    approval_date formed_date planned_date
    requirements qualification doc_obtain notice_period bid_submission single_source_reason
    proposed_supplier expert_opinion correction_items original_notice contract_subject spec_model
    unit_price contract_amount termination_reason parties complaint_items violation penalty_basis
    penalty_result enforcement_agency approval_info tender_scope tender_method organization_form
    credit_rating project_overview project_manager objection_channel complaint_channel start_date
    completion_date quality_grade supply_total supply_structure supply_layout supply_method
    planning_indicators schedule industry mineral coordinates production_scale exploration_level
    deal_place payment_method right_holder license_no valid_until application_type subject_name
    valuation trading_conditions quantity deposit_method fax task_volume unit_types land_nature
    construction_content completion_progress allocation_targets allocation_result allocation_policy
    housing_source subsidy party decision_no
    supporting_facilities allocation_procedure allocation_process renovation_policy target_identification
    budget_approval tender_conditions prequalification_method performance_capacity construction_progress
    time_limit registration_materials assessment_result""".split()
)

DATE_KEYS: frozenset[str] = frozenset(
    """publish_date award_date sign_date evaluation_date publicity_start publicity_end deal_date
    decision_date approval_date formed_date planned_date start_date completion_date valid_until
    bid_deadline opening_time""".split()
)

#: Defect kinds shared with the replica's manifest, plus the monitor's own ``channel_silent``. (Rules
#: have these kinds; ``extraction_gap`` is no rule's kind: ``required_fields`` rules produce it when the
#: item's label is printed but its value was not read, see KIND_LABELS.)
KINDS: frozenset[str] = frozenset(
    ["missing_field", "late_posting", "missing_followup", "not_shared", "removed_early", "silent_edit",
     "value_mismatch", "channel_silent"]
)

SEVERITIES: tuple[str, ...] = ("info", "warning", "violation", "serious")
SEVERITY_RANK: dict[str, int] = {s: i for i, s in enumerate(SEVERITIES)}
SEVERITY_LABELS: dict[str, str] = {"info": "提示", "warning": "预警", "violation": "违规", "serious": "严重"}
KIND_LABELS: dict[str, str] = {
    "missing_field": "缺少必填项",
    "late_posting": "未按时公开",
    "missing_followup": "应公开未公开",
    "not_shared": "未共享至省平台",
    "removed_early": "公示期未满即撤下",
    "silent_edit": "发布后修改未发更正公告",
    "value_mismatch": "同一项目信息不一致",
    "channel_silent": "栏目长期未更新",
    # not a defect of the notice: its label is printed but the value was not read (office review list)
    "extraction_gap": "未能识别，待人工核对",
}
