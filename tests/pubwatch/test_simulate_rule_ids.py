"""The replica's planted defects name the monitor's rule ids, so ``pubwatch simulate`` scores each
rule (``findings.by_rule_id``) against the defects of that same rule.

Only this test (and the simulation) may see both sides: the replica never imports the monitor.
"""

from __future__ import annotations

from pathlib import Path

from monitor.catalog import load_catalog


def test_every_planted_defect_names_a_monitor_rule_of_its_kind(tmp_path: Path) -> None:
    # imported here: a module-level ``import replica`` would shadow tests/replica (a package) at collection
    from replica.generate import generate

    manifest = generate(11, 2500, tmp_path, start_date="2026-01-05", days=150)
    kinds = {r.rule_id: r.kind for r in load_catalog("quzhou").rules}
    planted = {(d["kind"], d["rule_id"], d.get("field")) for d in manifest["defects"]}
    assert ("value_mismatch", "procurement.winner.consistency", "winner") in planted
    wrong = sorted((kind, rule) for kind, rule, _ in planted if kinds.get(rule) != kind)
    assert wrong == []
