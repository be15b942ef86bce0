"""The notice taxonomy: domains and their notice types (docs/taxonomy.md).

One definition for the extractors that assign the types and for the crawler's registry and the
monitor's catalog that check names against it (the replica keeps its own copy on purpose: it is
the independent ground truth).
"""

from __future__ import annotations

TYPES: dict[str, tuple[str, ...]] = {
    "procurement": ("intention", "prequalification", "tender", "single_source", "correction", "bid_opening",
                    "result", "contract", "termination", "acceptance", "complaint_decision", "penalty",
                    "consultation", "agency_assessment"),
    "construction": ("approval", "credit", "prequalification", "tender", "correction", "bid_opening",
                     "candidates", "result", "contract", "termination"),
    "land": ("supply_plan", "transfer_notice", "deal_result"),
    "mining": ("transfer_notice", "deal_result", "approval_result"),
    "property": ("approval", "transfer_notice", "deal_result"),
    "emission": ("transfer_notice", "deal_result"),
    "housing": ("plan", "annual_plan", "progress", "allocation", "rural_renovation"),
    "admin": ("license", "penalty"),
    "other": ("other",),
}

NOTICE_TYPES: frozenset[str] = frozenset(f"{d}.{t}" for d, types in TYPES.items() for t in types)
