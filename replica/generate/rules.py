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
    "procurement.penalty": ("decision_date", 7),  # 行政处罚: 7 working days (衢政办发〔2018〕73号 三(三))
    # 对集中采购机构的考核结果 (73号 二(四)): not a 行政处罚, so the general 20 working days of 73号 三(三)
    "procurement.agency_assessment": ("decision_date", 20),
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

# The plan's items (衢政办发〔2018〕73号 section 二, mapped to taxonomy keys) every notice of a type
# must state, each with the labels that state it on a page: notice type -> {key: labels}.  Clean
# notices state every one; a ``missing_field`` defect drops exactly one key of ``PLANTABLE``.
# docs/replica.md carries the same table (the test reads it from there).
REQUIRED_FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "procurement.tender": {
        "purchaser": ("采购人", "采购人名称", "采购单位"),
        "agency": ("采购代理机构", "代理机构名称", "采购代理机构名称"),
        "requirements": ("采购需求", "采购项目内容"),
        "budget": ("预算金额", "采购预算"),
        "qualification": ("投标人的资格要求", "申请人的资格要求", "供应商资格要求"),
        "doc_obtain": ("招标文件获取", "获取采购文件"),
        "notice_period": ("公告期限",),
    },
    "procurement.single_source": {
        "purchaser": ("采购人", "采购人名称", "采购单位"),
        "project_name": ("项目名称", "采购项目名称"),
        "single_source_reason": ("采用单一来源采购方式的原因及相关说明", "采用单一来源方式的原因及说明"),
        "proposed_supplier": ("拟定的唯一供应商名称", "拟定供应商"),
        "expert_opinion": ("专业人员论证意见", "具体论证意见"),
    },
    "procurement.correction": {
        "purchaser": ("采购人", "采购人名称", "采购单位"),
        "agency": ("采购代理机构", "代理机构名称", "采购代理机构名称"),
        "correction_items": ("更正事项", "更正内容"),
    },
    "procurement.result": {
        "purchaser": ("采购人", "采购人名称", "采购单位"),
        "agency": ("采购代理机构", "代理机构名称", "采购代理机构名称"),
        "project_name": ("项目名称", "采购项目名称"),
        "project_number": ("项目编号", "采购项目编号"),
        "winner": ("中标供应商名称", "成交供应商名称", "中标(成交)供应商", "中标(成交)供应商名称"),
        "amount": ("中标金额", "成交金额", "中标(成交)金额"),
        "experts": ("评审专家名单", "评标委员会成员名单"),
    },
    "procurement.contract": {
        "contract_subject": ("合同标的名称",),
        "spec_model": ("规格型号",),
        "unit_price": ("单价",),
        "contract_amount": ("合同金额",),
    },
    "procurement.termination": {"termination_reason": ("终止原因", "项目终止的原因")},
    "procurement.complaint_decision": {
        "parties": ("相关当事人", "当事人名称"),
        "project_name": ("采购项目名称",),
        "complaint_items": ("投诉事项",),
    },
    "procurement.penalty": {
        "parties": ("当事人名称",),
        "violation": ("违法失信行为的具体情形", "违法事实"),
        "penalty_basis": ("处理依据",),
        "penalty_result": ("处理结果",),
        "decision_date": ("处理日期",),
        "enforcement_agency": ("执法机关名称",),
    },
    "procurement.agency_assessment": {
        "parties": ("被考核的集中采购机构", "被考核单位"),
        "assessment_result": ("考核结果", "考核情况"),
    },
    "construction.approval": {
        "approval_info": ("项目审批核准备案信息", "审批核准情况"),
        "tender_scope": ("招标范围",),
        "tender_method": ("招标方式",),
        "organization_form": ("组织形式",),
        "budget_approval": ("初步设计概算审批情况",),
    },
    "construction.credit": {"credit_rating": ("信用等级",), "performance_capacity": ("履约能力",)},
    "construction.prequalification": {
        "purchaser": ("招标人", "建设单位", "招标人名称"),
        "agency": ("招标代理机构", "代理机构"),
        "project_overview": ("项目概况", "建设规模"),
        "tender_scope": ("招标范围",),
        "doc_obtain": ("资格预审文件的获取",),
        "qualification": ("申请人资格要求", "资格预审审查标准"),
        "tender_conditions": ("招标条件",),
        "prequalification_method": ("资格预审方式",),
    },
    "construction.tender": {
        "purchaser": ("招标人", "建设单位", "招标人名称", "发包人"),
        "agency": ("招标代理机构", "代理机构", "发包代理机构"),
        "project_overview": ("项目概况", "建设规模"),
        "tender_scope": ("招标范围", "发包范围"),
        "qualification": ("投标人资格要求", "资质条件", "承包人资格要求"),
        "doc_obtain": ("招标文件的获取", "招标文件获取", "发包文件的获取"),
        "bid_submission": ("投标文件的递交", "投标文件递交", "承包申请文件的递交"),
        "tender_conditions": ("招标条件", "发包条件"),
    },
    "construction.candidates": {
        "candidates": ("中标候选人",),
        "project_manager": ("项目负责人",),
        "objection_channel": ("异议受理渠道和方式", "异议受理"),
    },
    "construction.result": {
        "winner": ("中标人", "中标单位", "中标人名称"),
        "complaint_channel": ("投诉渠道", "投诉方式"),
    },
    "construction.contract": {
        "contract_subject": ("合同主要内容",),
        "sign_date": ("合同订立日期", "合同签订日期"),
        "start_date": ("开工日期",),
        "completion_date": ("竣工日期",),
        "quality_grade": ("工程验收质量评定等级", "质量评定等级"),
        "construction_progress": ("施工进度",),
    },
    "land.supply_plan": {
        "supply_total": ("国有建设用地供应总量", "计划供应总量"),
        "supply_structure": ("供应结构",),
        "supply_layout": ("供应布局",),
        "supply_method": ("供应方式",),
    },
    "land.transfer_notice": {
        "parcel_no": ("地块编号", "宗地编号"),
        "location": ("土地位置", "地块位置"),
        "area_m2": ("出让面积", "土地面积"),
        "land_use": ("土地用途",),
        "planning_indicators": ("规划指标要求", "规划指标"),
        "qualification": ("竞买人资格条件",),
        "schedule": ("交易时间安排", "挂牌时间"),
    },
    "land.deal_result": {
        "project_name": ("项目名称",),
        "location": ("项目位置", "土地位置"),
        "area_m2": ("面积",),
        "land_use": ("土地用途",),
        "supply_method": ("供地方式",),
        "use_term_years": ("土地使用年限",),
        "industry": ("行业分类",),
        "amount": ("成交价格", "成交价"),
        "winner": ("土地使用权人", "竞得人"),
    },
    "mining.transfer_notice": {
        "project_name": ("采矿权名称", "矿山名称", "项目名称"),
        "mineral": ("开采矿种",),
        "location": ("矿区位置", "地理位置"),
        "coordinates": ("矿区范围", "范围坐标"),
        "area_m2": ("矿区面积",),
        "production_scale": ("生产规模", "设计建设规模"),
        "use_term_years": ("出让年限",),
        "supply_method": ("出让方式",),
        "qualification": ("竞买人资格条件", "竞买要求"),
    },
    "mining.deal_result": {
        "subject_name": ("竞得的矿业权简要情况",),
        "winner": ("竞得人名称",),
        "deal_date": ("成交时间",),
        "deal_place": ("成交地点",),
        "amount": ("成交价",),
        "payment_method": ("缴纳方式",),
    },
    "mining.approval_result": {
        "right_holder": ("矿业权人",),
        "license_no": ("许可证号",),
        "valid_until": ("有效期止",),
        "application_type": ("申请类型",),
    },
    "property.approval": {
        "approval_info": ("审查批准情况",),
        "purchaser": ("转让主体",),
        "subject_name": ("转让标的",),
    },
    "property.transfer_notice": {
        "project_overview": ("项目概况",),
        "valuation": ("资产评估情况", "评估值"),
        "trading_conditions": ("竞价方式交易条件",),
        "qualification": ("受让方资格条件",),
    },
    "property.deal_result": {
        "project_number": ("项目编号",),
        "subject_name": ("标的名称",),
        "amount": ("成交价格", "成交价"),
        "deal_date": ("成交时间", "成交日期"),
        "supply_method": ("转让方式",),
    },
    "emission.transfer_notice": {
        "subject_name": ("出让指标名称", "交易标的名称"),
        "quantity": ("数量", "出让排污指标数量"),
        "qualification": ("报名条件",),
        "schedule": ("竞价时间", "时间和方式"),
        "deal_place": ("竞价地点",),
        "supply_method": ("竞价方式",),
        "fax": ("传真号码",),
        "deposit_method": ("保证金缴纳方式",),
        "registration_materials": ("报名提供资料",),
    },
    "emission.deal_result": {
        "subject_name": ("指标名称",),
        "quantity": ("数量",),
        "starting_price": ("起始价",),
        "amount": ("成交价",),
        "winner": ("成交人",),
    },
    "housing.plan": {
        "location": ("项目建设地点",),
        "land_nature": ("用地性质",),
        "area_m2": ("占地面积",),
        "construction_content": ("建设内容",),
        "planning_indicators": ("规划指标",),
    },
    "housing.annual_plan": {
        "task_volume": ("建设计划任务量",),
        "project_name": ("计划项目",),
        "unit_types": ("计划户型",),
    },
    "housing.progress": {
        "completion_progress": ("计划任务完成进度",),
        "project_name": ("已开工项目",),
        "start_date": ("开工日期",),
        "completion_date": ("竣工日期",),
        "supporting_facilities": ("配套设施建设情况",),
    },
    "housing.allocation": {
        "allocation_policy": ("分配政策",),
        "allocation_targets": ("分配对象",),
        "housing_source": ("分配房源",),
        "allocation_result": ("分配结果",),
        "allocation_procedure": ("分配程序",),
        "allocation_process": ("分配过程",),
    },
    "housing.rural_renovation": {
        "subsidy": ("补助资金分配",),
        "completion_progress": ("改造结果",),
        "renovation_policy": ("农村危房改造政策",),
        "target_identification": ("对象认定过程",),
    },
    "admin.license": {
        "decision_no": ("行政许可决定文书号",),
        "party": ("行政相对人名称",),
        "subject_name": ("许可内容",),
        "decision_date": ("许可决定日期", "决定日期"),
        "enforcement_agency": ("许可机关",),
    },
    "admin.penalty": {
        "decision_no": ("行政处罚决定书文号",),
        "party": ("行政相对人名称",),
        "violation": ("违法行为类型",),
        "penalty_basis": ("处罚依据",),
        "penalty_result": ("处罚结果",),
        "decision_date": ("处罚决定日期", "作出决定日期"),
        "enforcement_agency": ("处罚机关",),
    },
}

# Keys a ``missing_field`` defect may drop, per notice type (never an event date, a publicity
# period, a bid deadline, a project number or an amount another rule compares).
PLANTABLE: dict[str, tuple[str, ...]] = {
    "procurement.tender": ("requirements", "qualification", "doc_obtain", "notice_period"),
    "procurement.single_source": ("single_source_reason", "proposed_supplier", "expert_opinion"),
    "procurement.correction": ("correction_items",),
    "procurement.result": ("agency", "experts"),
    "procurement.contract": ("contract_subject", "spec_model", "unit_price"),
    "procurement.termination": ("termination_reason",),
    "procurement.complaint_decision": ("complaint_items",),
    "procurement.penalty": ("violation", "penalty_basis", "enforcement_agency"),
    "procurement.agency_assessment": ("assessment_result",),
    "construction.approval": ("tender_scope", "tender_method", "organization_form"),
    "construction.prequalification": ("project_overview", "doc_obtain"),
    "construction.tender": ("project_overview", "tender_scope", "doc_obtain", "bid_submission"),
    "construction.candidates": ("objection_channel",),
    "construction.result": ("complaint_channel",),
    "construction.contract": ("contract_subject", "quality_grade", "start_date", "completion_date"),
    "land.supply_plan": ("supply_structure", "supply_layout", "supply_method"),
    "land.transfer_notice": ("planning_indicators", "qualification", "schedule"),
    "land.deal_result": ("amount", "industry", "supply_method", "use_term_years"),
    "mining.transfer_notice": ("coordinates", "production_scale", "area_m2"),
    "mining.deal_result": ("deal_place", "payment_method"),
    "mining.approval_result": ("valid_until", "application_type"),
    "property.approval": ("approval_info",),
    "property.transfer_notice": ("valuation", "trading_conditions", "qualification"),
    "property.deal_result": ("amount", "supply_method"),
    "emission.transfer_notice": ("fax", "deposit_method", "qualification"),
    "emission.deal_result": ("starting_price", "quantity"),
    "housing.plan": ("land_nature", "planning_indicators", "construction_content"),
    "housing.annual_plan": ("unit_types", "task_volume"),
    "housing.progress": ("completion_progress",),
    "housing.allocation": ("allocation_policy", "housing_source"),
    "housing.rural_renovation": ("subsidy",),
    "admin.license": ("subject_name",),
    "admin.penalty": ("penalty_basis", "violation"),
}

# The rule a dropped key breaks, where it is not ``<type>.fields``: the plan asks 生产规模 of 采矿权
# sales only, a rule of its own (docs/replica.md).
FIELD_RULES: dict[tuple[str, str], str] = {
    ("mining.transfer_notice", "production_scale"): "mining.transfer_notice.mining_fields",
}

# value_mismatch: contract type -> the result type it is compared with (docs/replica.md).
CONSISTENCY: dict[str, str] = {
    "procurement.contract": "procurement.result",
    "construction.contract": "construction.result",
}

# Notices published as a picture or only as an attachment (no text fields); never defective.
CONTENT_ONLY_TYPES: frozenset[str] = frozenset(
    {
        "construction.tender",
        "construction.correction",
        "construction.bid_opening",
        "construction.credit",
        "procurement.correction",
        "procurement.acceptance",
        "housing.annual_plan",
        "housing.allocation",
        "land.supply_plan",
    }
)

# Notice types that must also be published on the provincial platform (zjggzy) when their
# home site is the city or a county trading site.
SHARED_TYPES: frozenset[str] = frozenset(
    {
        "construction.prequalification",
        "construction.tender",
        "construction.correction",
        "construction.bid_opening",
        "construction.candidates",
        "construction.result",
        "construction.contract",
        "land.transfer_notice",
        "land.deal_result",
        "property.transfer_notice",
        "property.deal_result",
    }
)
SHARE_DEADLINE_WD = 1  # the zjggzy copy must appear within 1 working day of the home posting

# Notices with a publicity period that must stay visible through publicity_end.
PUBLICITY_TYPES: frozenset[str] = frozenset(
    {
        "procurement.single_source",
        "construction.candidates",
        "property.transfer_notice",
    }
)

CONTRACT_FOLLOWUP_DAYS = 30  # calendar days after the result, then +2 working days
CONTRACT_FOLLOWUP_WD = 2
TENDER_FOLLOWUP_WD = 9  # working days after the bid deadline for a result/termination
# a tender is answered by any of these notice types in the same project
TENDER_ANSWERS: dict[str, tuple[str, ...]] = {
    "procurement.tender": ("procurement.result", "procurement.termination"),
    "construction.tender": ("construction.candidates", "construction.result", "construction.termination"),
}

DEFECT_KINDS: tuple[str, ...] = (
    "missing_field",
    "late_posting",
    "missing_followup",
    "not_shared",
    "removed_early",
    "silent_edit",
    "value_mismatch",
)
OUTAGE_MODES: tuple[str, ...] = (
    "5xx",
    "timeout",
    "reset",
    "truncated",
    "429",
    "captcha",
    "botcheck200",
    "loop_pagination",
    "empty_maintenance",
)
