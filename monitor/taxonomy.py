"""The shared vocabulary of docs/taxonomy.md, as data the rules catalog is validated against.

Why: a typo in a rules file (``winer`` for ``winner``) must fail when the catalog loads, not silently
produce a check that never fires. The notice types, kinds and severities come from the one
vocabulary (:mod:`vocabulary`); the field keys are listed here. Keep in step with ``docs/taxonomy.md``.
"""

from __future__ import annotations

from vocabulary import KINDS as _KIND_LABELS
from vocabulary import NOTICE_TYPES, SEVERITY_RANK
from vocabulary import SEVERITIES as _SEVERITY_LABELS

__all__ = ["DATE_KEYS", "DOMAINS", "FIELD_KEYS", "KINDS", "NOTICE_TYPES", "SEVERITIES", "SEVERITY_RANK"]

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

#: The kinds a rule may have (labels: :mod:`vocabulary`). ``extraction_gap`` is no rule's kind:
#: ``required_fields`` rules produce it when an item's label is printed but its value was not read.
KINDS: frozenset[str] = frozenset(_KIND_LABELS) - {"extraction_gap"}
SEVERITIES: tuple[str, ...] = tuple(sorted(_SEVERITY_LABELS, key=SEVERITY_RANK.__getitem__))
