"""The directory of 责任单位: one canonical name per unit, its aliases, region, level and recipients.

Why: the registry names a county's channels after "柯城区政府", the plan's primary unit is "柯城区人民政府",
and a hand-edited pubwatch.toml may say either; counted by the raw string, one body appeared twice
in the per-unit table and the ranking (once at 0 %, once at 100 %). Every count, ranking, digest and
export now passes each name through :meth:`UnitDirectory.canonical`; a name the directory does not
know is *reported* (:attr:`UnitDirectory.unknown`) and never becomes a unit of its own.

The data is ``monitor/rules/<jurisdiction>/units.toml`` (``[directory]``, ``[primary]``); recipients
come from the configuration's ``[email.units]`` and are attached by :meth:`UnitDirectory.recipients`.
"""

from __future__ import annotations

import functools
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from monitor.catalog import RULES_DIR, CatalogError
from vocabulary import REGIONS, UNKNOWN_UNIT

LEVELS = ("city", "county")


@dataclass(frozen=True)
class Unit:
    """One 责任单位 as the office knows it."""

    name: str
    level: str
    region: str
    aliases: tuple[str, ...] = ()


def normalize(name: str | None) -> str:
    """A spelling as the directory compares it: NFKC (full-width brackets folded), no blanks."""
    if not name:
        return ""
    return "".join(unicodedata.normalize("NFKC", name).split())


@dataclass
class UnitDirectory:
    """Canonical units, an index of every spelling, and the primary-unit rule of units.toml."""

    units: dict[str, Unit]
    prefixes: tuple[str, ...] = ()
    by_region: dict[str, str] = field(default_factory=dict)
    by_domain: dict[str, str] = field(default_factory=dict)
    default: str = ""
    unknown: set[str] = field(default_factory=set)
    _index: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for unit in self.units.values():
            for spelling in (unit.name, *unit.aliases):
                key = normalize(spelling)
                other = self._index.get(key)
                if other is not None and other != unit.name:
                    raise CatalogError(f"units.toml: {spelling!r} names both {other!r} and {unit.name!r}")
                self._index[key] = unit.name

    def canonical(self, name: str | None) -> str | None:
        """The canonical name of ``name`` (any alias), or ``None`` when the directory does not know it.

        An unknown non-empty name is remembered in :attr:`unknown` so the caller can report it.
        """
        key = normalize(name)
        if not key:
            return None
        hit = self._index.get(key)
        if hit is None:
            for prefix in self.prefixes:
                if key.startswith(prefix):
                    hit = self._index.get("市" + key[len(prefix) :])
                    if hit:
                        break
        if hit is None:
            self.unknown.add(key)
        return hit

    def display(self, name: str | None) -> str:
        """The name a table shows: canonical, or 未明确责任单位 for an empty or unknown name."""
        return self.canonical(name) or UNKNOWN_UNIT

    def primary(self, region: str | None, domain: str | None) -> str:
        """The unit a notice of this region and domain is attributed to (same order as the findings:
        county government by region, else the domain's lead department, else the default)."""
        county = self.by_region.get((region or "")[:6])
        if county:
            return county
        return self.by_domain.get(domain or "") or self.default or UNKNOWN_UNIT

    def spellings(self, canonical: str) -> list[str]:
        """Every spelling of one unit (for queries on stored raw names)."""
        unit = self.units.get(canonical)
        return [canonical] if unit is None else [unit.name, *unit.aliases]

    def recipients(self, email_units: Mapping[str, Iterable[str]]) -> tuple[dict[str, list[str]], list[str]]:
        """Canonical unit → its addresses (from every spelling configured), and the configured names the
        directory does not know (reported, not routed)."""
        out: dict[str, list[str]] = {}
        unknown: list[str] = []
        for name, addresses in email_units.items():
            unit = self.canonical(name)
            if unit is None:
                unknown.append(name)
                continue
            bucket = out.setdefault(unit, [])
            bucket.extend(a for a in addresses if a and a not in bucket)
        return {u: a for u, a in out.items() if a}, sorted(unknown)


def load_directory(jurisdiction: str = "quzhou", rules_dir: Path | None = None) -> UnitDirectory:
    """A fresh directory (its :attr:`unknown` set starts empty) from the jurisdiction's units.toml."""
    base = _load(jurisdiction, str(rules_dir or RULES_DIR))
    return UnitDirectory(
        dict(base.units), base.prefixes, dict(base.by_region), dict(base.by_domain), base.default
    )


@functools.lru_cache(maxsize=8)
def _load(jurisdiction: str, rules_dir: str) -> UnitDirectory:
    path = Path(rules_dir) / jurisdiction / "units.toml"
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(f"{where}: the directory of 责任单位 is missing") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{where}: not valid TOML: {exc}") from exc
    raw = data.get("directory", {})
    if not isinstance(raw, dict) or not raw:
        raise CatalogError(f"{where}: [directory] must list the 责任单位")
    units: dict[str, Unit] = {}
    for name, entry in raw.items():
        if not isinstance(entry, dict):
            raise CatalogError(f"{where}: [directory.{name}] must be a table")
        level, region = entry.get("level"), str(entry.get("region", ""))
        aliases = entry.get("aliases", [])
        if level not in LEVELS:
            raise CatalogError(f"{where}: [directory.{name}] level must be one of {LEVELS}, not {level!r}")
        if region not in REGIONS:
            raise CatalogError(f"{where}: [directory.{name}] region {region!r} is not a known region code")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise CatalogError(f"{where}: [directory.{name}] aliases must be a list of names")
        units[name] = Unit(name, level, region, tuple(a.strip() for a in aliases))
    options = data.get("directory_options", {})
    prefixes = tuple(normalize(p) for p in options.get("prefixes", []))
    primary = data.get("primary", {})
    directory = UnitDirectory(
        units,
        prefixes,
        dict(primary.get("region", {})),
        dict(primary.get("domain", {})),
        str(primary.get("default", "")),
    )
    for table in ("region", "domain"):
        for key, name in primary.get(table, {}).items():
            if directory.canonical(name) != name:
                raise CatalogError(
                    f"{where}: [primary.{table}] {key} = {name!r} is not a canonical unit of [directory]"
                )
    if directory.default and directory.canonical(directory.default) != directory.default:
        raise CatalogError(
            f"{where}: [primary] default {directory.default!r} is not a canonical unit of [directory]"
        )
    return directory
