"""The rules catalog: what must be published, by when, where — loaded from data files.

Why data files: the rules are the office's, not the programmer's. A supervisor must be able to read
``monitor/rules/<jurisdiction>/*.toml`` next to the plan and the laws, correct a unit name or a
deadline, and get a clear error (file, rule, key) when an edit is wrong — never a check that
silently stops firing.

Sources are the registry's, not the rules': which platforms are a region's home and their region
codes are stated once, in the crawler's registry. The monitor may not import the crawler, so the
``pubwatch`` layer hands :func:`load_catalog` the registry's facts (:class:`SourceFacts`); a rule
naming a source the registry does not have fails at load, naming the rule and the source.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.taxonomy import DATE_KEYS, DOMAINS, FIELD_KEYS, KINDS, NOTICE_TYPES, SEVERITIES
from vocabulary import tomlcache

RULES_DIR = Path(__file__).with_name("rules")
TAGS = ("V1", "V2", "U")
UNITS = ("wd", "d")


class CatalogError(ValueError):
    """A rules file is wrong; the message names the file, the rule and the key."""


@dataclass(frozen=True)
class SourceFacts:
    """What the rules may say about one registry source (handed in by ``pubwatch``)."""

    key: str
    region: str
    home: bool = False  # the region's own trading platform (its notices must be shared)
    provincial: bool = False  # a provincial platform (where home notices are shared to)


#: rule parameters whose value is a registry source key
SOURCE_PARAMS = ("platform",)


@dataclass(frozen=True)
class FieldReq:
    """One required item: the plan's wording, the canonical key, and whether it is checked.

    ``unless_title``: words naming a sub-kind of the notice type that does not owe the item — a notice
    whose title names one is not held to it (a 采矿权协议出让公示 has no 成交时间、成交地点: no auction took
    place; 矿业权交易规则 第三十一条 lists what it owes). The rule's ``legal_source`` or a comment by the
    item says where the narrower list comes from."""

    key: str
    label: str
    enforce: bool = True
    unless_title: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """One rule of the catalog; ``params`` holds the check-specific settings, validated on load."""

    rule_id: str
    kind: str
    check: str
    name: str
    domain: str
    legal_source: str
    tag: str
    severity: str
    responsible_unit: str
    responsible_unit_plan: str
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    file: str = ""

    @property
    def notice_types(self) -> list[str]:
        """The notice types the rule is about (one or several)."""
        p = self.params
        if "notice_type" in p:
            return [p["notice_type"]]
        return list(p.get("notice_types", []))


@dataclass(frozen=True)
class PrimaryUnits:
    """How a finding gets its ONE primary 责任单位 (units.toml ``[primary]``; see that file)."""

    default: str = ""
    by_region: dict[str, str] = field(default_factory=dict)  # county code (6 digits) -> county government
    by_domain: dict[str, str] = field(default_factory=dict)  # domain -> lead department (city notices)
    issuer_key: dict[str, str] = field(default_factory=dict)  # domain -> field key naming the issuing body


@dataclass
class Catalog:
    """All rules of a jurisdiction, with the domain defaults they came with."""

    jurisdiction: str
    rules: list[Rule]
    domain_units: dict[str, str]
    unit_names: dict[str, str]
    primary: PrimaryUnits = field(default_factory=PrimaryUnits)

    def by_check(self, check: str) -> list[Rule]:
        """Rules of one check type, in file order."""
        return [r for r in self.rules if r.check == check]

    def get(self, rule_id: str) -> Rule:
        """A rule by id (KeyError with the id when missing)."""
        for r in self.rules:
            if r.rule_id == rule_id:
                return r
        raise KeyError(rule_id)


# check type -> (required params, optional params); each param name has a validator below.
CHECKS: dict[str, tuple[set[str], set[str]]] = {
    "required_fields": ({"notice_type", "fields"}, {"title_contains"}),
    "deadline": ({"notice_type", "event", "days", "unit"}, set()),
    "lead_time": ({"notice_type", "before", "days"}, set()),
    "period": ({"notice_type", "start", "end", "min", "unit"}, set()),
    "followup": ({"notice_type", "then", "event", "field"}, {"days", "wd", "escalate_after_wd"}),
    "shared": ({"notice_types", "platform"}, {"grace_wd"}),
    "visibility": ({"notice_types", "end"}, set()),
    "silent_edit": ({"corrections"}, {"notice_types"}),
    "consistency": ({"field", "notice_types"}, {"also", "tolerance"}),
    "silence": (set(), {"factor", "min_days", "history_days"}),
    "register": (set(), {"escalate_after_wd"}),
}
CHECK_KINDS: dict[str, set[str]] = {
    "required_fields": {"missing_field"},
    "deadline": {"late_posting"},
    "lead_time": {"late_posting"},
    "period": {"removed_early", "late_posting"},
    "followup": {"missing_followup"},
    "shared": {"not_shared"},
    "visibility": {"removed_early"},
    "silent_edit": {"silent_edit"},
    "consistency": {"value_mismatch"},
    "silence": {"channel_silent"},
    "register": {"missing_followup"},
}
RULE_KEYS = {"rule_id", "kind", "check", "name", "legal_source", "tag", "severity", "responsible_unit"}


def _err(where: str, msg: str) -> CatalogError:
    return CatalogError(f"{where}: {msg}")


def _notice_type(where: str, value: Any, name: str) -> str:
    if not isinstance(value, str) or value not in NOTICE_TYPES:
        raise _err(where, f"{name} {value!r} is not a notice type of docs/taxonomy.md")
    return value


def _notice_types(where: str, value: Any, name: str) -> list[str]:
    if not isinstance(value, list) or not value:
        raise _err(where, f"{name} must be a non-empty list of notice types")
    return [_notice_type(where, v, name) for v in value]


def _int(where: str, value: Any, name: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise _err(where, f"{name} must be an integer >= {minimum}, got {value!r}")
    return value


def _date_key(where: str, value: Any, name: str, allow_publish: bool = True) -> str:
    if value == "publish_date" and allow_publish:
        return value
    if not isinstance(value, str) or value not in DATE_KEYS:
        raise _err(where, f"{name} {value!r} is not a date key of docs/taxonomy.md")
    return value


def _validate_params(where: str, check: str, raw: dict[str, Any]) -> dict[str, Any]:
    required, optional = CHECKS[check]
    if "home_sources" in raw:
        raise _err(
            where,
            "home_sources is no longer a rule key: a region's home platforms are marked "
            "home = true in the source registry (crawler/sources.toml)",
        )
    missing = required - raw.keys()
    if missing:
        raise _err(where, f"check {check!r} needs {sorted(missing)}")
    unknown = raw.keys() - required - optional
    if unknown:
        raise _err(where, f"unknown keys {sorted(unknown)} for check {check!r}")
    p: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "notice_type":
            p[key] = _notice_type(where, value, key)
        elif key in ("notice_types", "then", "before", "corrections"):
            p[key] = _notice_types(where, value, key)
        elif key in ("days", "wd", "min", "escalate_after_wd", "grace_wd", "min_days", "history_days"):
            p[key] = _int(where, value, key)
        elif key in ("event",):
            p[key] = _date_key(where, value, key)
        elif key in ("start", "end"):
            p[key] = _date_key(where, value, key, allow_publish=key == "start")
        elif key == "unit":
            if value not in UNITS:
                raise _err(where, f"unit must be 'wd' (工作日) or 'd' (日), got {value!r}")
            p[key] = value
        elif key == "factor" or key == "tolerance":
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise _err(where, f"{key} must be a non-negative number, got {value!r}")
            p[key] = float(value)
        elif key == "field" and check == "followup":
            if not isinstance(value, str) or not value:
                raise _err(where, "field must name what is missing (e.g. 'result', 'contract')")
            p[key] = value
        elif key == "field":
            if value not in FIELD_KEYS:
                raise _err(where, f"field {value!r} is not a key of docs/taxonomy.md")
            p[key] = value
        elif key == "title_contains":
            if not isinstance(value, str) or not 1 <= len(value) <= 32:
                raise _err(where, "title_contains must be a word the notice's title names (e.g. '采矿权')")
            p[key] = value
        elif key == "platform":
            if not isinstance(value, str) or not value:
                raise _err(where, "platform must be a source key such as 'zjggzy'")
            p[key] = value
        elif key == "also":
            if not isinstance(value, list) or not all(v in FIELD_KEYS for v in value):
                raise _err(where, f"also must list keys of docs/taxonomy.md, got {value!r}")
            p[key] = value
        elif key == "fields":
            p[key] = _fields(where, value)
    return p


def _fields(where: str, value: Any) -> list[FieldReq]:
    if not isinstance(value, list) or not value:
        raise _err(where, "fields must be a non-empty list of {key, label}")
    out: list[FieldReq] = []
    seen: set[str] = set()
    for i, item in enumerate(value, start=1):
        w = f"{where} fields[{i}]"
        if not isinstance(item, dict):
            raise _err(w, "must be a table {key = …, label = …}")
        unknown = item.keys() - {"key", "label", "enforce", "unless_title"}
        if unknown:
            raise _err(w, f"unknown keys {sorted(unknown)}")
        key, label = item.get("key"), item.get("label")
        if key not in FIELD_KEYS:
            raise _err(w, f"key {key!r} is not a key of docs/taxonomy.md")
        if not isinstance(label, str) or not label:
            raise _err(w, "label (the plan's wording) is required")
        if key in seen:
            raise _err(w, f"key {key!r} listed twice")
        seen.add(key)
        enforce = item.get("enforce", True)
        if not isinstance(enforce, bool):
            raise _err(w, "enforce must be true or false")
        unless = item.get("unless_title", [])
        if not isinstance(unless, list) or not all(isinstance(u, str) and 1 <= len(u) <= 32 for u in unless):
            raise _err(w, "unless_title must list words a notice's title names (e.g. ['协议出让'])")
        out.append(FieldReq(key, label, enforce, tuple(unless)))
    return out


def _load_file(path: Path, unit_names: dict[str, str]) -> tuple[str, str, list[Rule]]:
    where0 = str(path)
    try:
        data = tomlcache.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise _err(where0, f"not valid TOML: {exc}") from exc
    domain = data.get("domain")
    if domain not in DOMAINS and domain != "general":
        raise _err(where0, f"domain {domain!r} is not one of {sorted(DOMAINS)} or 'general'")
    unit_plan = data.get("responsible_unit", "")
    if not isinstance(unit_plan, str):
        raise _err(where0, "responsible_unit must be a string (the plan's 责任单位)")
    rules: list[Rule] = []
    for i, raw in enumerate(data.get("rule", []), start=1):
        where = f"{path.name} rule #{i}"
        if not isinstance(raw, dict):
            raise _err(where, "must be a [[rule]] table")
        rule_id = raw.get("rule_id")
        if not isinstance(rule_id, str) or not rule_id:
            raise _err(where, "rule_id is required")
        where = f"{path.name} rule {rule_id!r}"
        check = raw.get("check")
        if check not in CHECKS:
            raise _err(where, f"check {check!r} is not one of {sorted(CHECKS)}")
        kind = raw.get("kind")
        if kind not in KINDS:
            raise _err(where, f"kind {kind!r} is not one of {sorted(KINDS)}")
        if kind not in CHECK_KINDS[check]:
            raise _err(
                where, f"kind {kind!r} does not fit check {check!r} (allowed: {sorted(CHECK_KINDS[check])})"
            )
        for key in ("name", "legal_source"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise _err(where, f"{key} is required (Chinese name / legal source of the rule)")
        tag = raw.get("tag")
        if tag not in TAGS:
            raise _err(where, f"tag must be one of {TAGS} (verification tag of rules.md), got {tag!r}")
        severity = raw.get("severity", "warning" if tag == "U" else "violation")
        if severity not in SEVERITIES:
            raise _err(where, f"severity {severity!r} is not one of {SEVERITIES}")
        if tag == "U" and severity in ("violation", "serious"):
            raise _err(where, "an unverified rule (tag U) can only be a warning, not a violation")
        plan_unit = raw.get("responsible_unit", unit_plan)
        params = _validate_params(where, check, {k: v for k, v in raw.items() if k not in RULE_KEYS})
        rules.append(
            Rule(
                rule_id=rule_id,
                kind=kind,
                check=check,
                name=raw["name"],
                domain=domain,
                legal_source=raw["legal_source"],
                tag=tag,
                severity=severity,
                responsible_unit=current_unit(plan_unit, unit_names),
                responsible_unit_plan=plan_unit,
                params=params,
                file=path.name,
            )
        )
    return domain, unit_plan, rules


def current_unit(plan_unit: str, unit_names: dict[str, str]) -> str:
    """Today's name of the plan's 责任单位 (units.toml maps old names to new; unknown names kept)."""
    if not unit_names or not plan_unit:
        return plan_unit
    pattern = re.compile("|".join(re.escape(k) for k in sorted(unit_names, key=len, reverse=True)))
    renamed = pattern.sub(lambda m: unit_names[m.group(0)], plan_unit)
    groups = []
    for group in renamed.split("，"):
        items: list[str] = []
        for item in group.split("、"):
            if item not in items:
                items.append(item)
        groups.append("、".join(items))
    return "，".join(groups)


def load_catalog(
    jurisdiction: str = "quzhou",
    rules_dir: Path | None = None,
    *,
    sources: Mapping[str, SourceFacts] | None = None,
) -> Catalog:
    """Load and validate ``<rules_dir>/<jurisdiction>/*.toml`` (units.toml holds the name mapping).

    ``sources`` (the registry's facts, from ``pubwatch``): rules that name a source are checked
    against it. Readers that only show rule names (dashboards, digests) load without it.
    """
    folder = (rules_dir or RULES_DIR) / jurisdiction
    if not folder.is_dir():
        raise CatalogError(f"no rules catalog for jurisdiction {jurisdiction!r} (expected folder {folder})")
    unit_names: dict[str, str] = {}
    units_file = folder / "units.toml"
    if units_file.exists():
        try:
            udata = tomlcache.loads(units_file.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise _err(str(units_file), f"not valid TOML: {exc}") from exc
        renamed = udata.get("renamed", {})
        if not isinstance(renamed, dict) or not all(isinstance(v, str) for v in renamed.values()):
            raise _err(str(units_file), "[renamed] must map plan names to today's names (strings)")
        unit_names = dict(renamed)
        primary = _primary_units(str(units_file), udata.get("primary", {}))
    else:
        primary = PrimaryUnits()
    rules: list[Rule] = []
    domain_units: dict[str, str] = {}
    for path in sorted(folder.glob("*.toml")):
        if path.name == "units.toml":
            continue
        domain, unit, file_rules = _load_file(path, unit_names)
        domain_units[domain] = current_unit(unit, unit_names)
        rules.extend(file_rules)
    seen: dict[str, str] = {}
    for r in rules:
        if r.rule_id in seen:
            raise CatalogError(f"rule_id {r.rule_id!r} is defined twice ({seen[r.rule_id]} and {r.file})")
        seen[r.rule_id] = r.file
    if not rules:
        raise CatalogError(f"the catalog {folder} has no rules")
    if sources is not None:
        check_sources(rules, sources)
    return Catalog(jurisdiction, rules, domain_units, unit_names, primary)


def check_sources(rules: list[Rule], sources: Mapping[str, SourceFacts]) -> None:
    """Every source a rule that can apply names is a registry source of the right kind; the error
    names the file, the rule and the source.

    A ``shared`` rule applies only where the registry has home sources: a registry without them (a
    deployment or a test watching one site) gives it nothing to check, so the platform it names need
    not be watched there.
    """
    has_home = any(f.home for f in sources.values())
    for r in rules:
        if r.check == "shared" and not has_home:
            continue
        where = f"{r.file} rule {r.rule_id!r}"
        for name in SOURCE_PARAMS:
            key = r.params.get(name)
            if key is None:
                continue
            if key not in sources:
                raise _err(
                    where,
                    f"{name} {key!r} is not a source of the registry (known: {', '.join(sorted(sources))})",
                )
            if r.check == "shared" and not sources[key].provincial:
                raise _err(where, f"{name} {key!r} is not a provincial platform (provincial = true)")


def _primary_units(where: str, raw: Any) -> PrimaryUnits:
    """Validate units.toml ``[primary]``: region codes, domains and field keys must be real ones."""
    if not isinstance(raw, dict):
        raise _err(where, "[primary] must be a table")
    unknown = raw.keys() - {"default", "region", "domain", "issuer"}
    if unknown:
        raise _err(where, f"[primary] has unknown keys {sorted(unknown)}")
    default = raw.get("default", "")
    if not isinstance(default, str):
        raise _err(where, "[primary] default must be a unit name")
    tables: dict[str, dict[str, str]] = {}
    for name in ("region", "domain", "issuer"):
        table = raw.get(name, {})
        if not isinstance(table, dict) or not all(isinstance(v, str) and v.strip() for v in table.values()):
            raise _err(where, f"[primary.{name}] must map keys to non-empty strings")
        tables[name] = {str(k): v.strip() for k, v in table.items()}
    for code in tables["region"]:
        if not re.fullmatch(r"\d{6}", code):
            raise _err(where, f"[primary.region] key {code!r} is not a 6-digit region code")
    for name in ("domain", "issuer"):
        for dom in tables[name]:
            if dom not in DOMAINS:
                raise _err(where, f"[primary.{name}] key {dom!r} is not a domain of docs/taxonomy.md")
    for dom, key in tables["issuer"].items():
        if key not in FIELD_KEYS:
            raise _err(where, f"[primary.issuer] {dom} = {key!r} is not a key of docs/taxonomy.md")
    return PrimaryUnits(default.strip(), tables["region"], tables["domain"], tables["issuer"])
