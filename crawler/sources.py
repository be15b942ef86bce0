"""The source registry: which platforms pubwatch watches, and how politely.

Why a data file and not code: a new source of a known platform family must be one entry in
``crawler/sources.toml`` (leaf spiders are generated from it, see ``spiders/__init__.py``), and a
typo in that file must stop the crawl at start-up with the entry and field named, not at 02:00.

Base URLs point at the real sites. For the replica (or any mirror) they are replaced at load time
by ``PUBWATCH_SITE_URLS``: a JSON object ``{site key: base URL}``, or the path of a JSON file
holding one.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from extractors.taxonomy import DOMAINS, TYPES
from vocabulary import is_verified, tomlcache

REGISTRY_PATH = Path(__file__).with_name("sources.toml")
SITE_URLS_ENV = "PUBWATCH_SITE_URLS"

#: the one list of platform families: the name a registry entry gives as ``family`` → its base spider
#: (``module:Class``, imported by ``crawler.families``; the registry itself does not import spiders)
FAMILIES: dict[str, str] = {
    "hanweb_column": "crawler.families.hanweb_column:HanwebColumnSpider",
    "hanweb_jpage": "crawler.families.hanweb_jpage:HanwebJpageSpider",
    "epoint_trade": "crawler.families.epoint_trade:EpointTradeSpider",
    "epoint_fulltext": "crawler.families.epoint_fulltext:EpointFullTextSpider",
    "zfcg": "crawler.families.zfcg:ZfcgSpider",
    "longyou": "crawler.families.longyou:LongyouSpider",
    "static_cms": "crawler.families.static_cms:StaticCmsSpider",
    "js_rendered": "crawler.families.js_rendered:JsRenderedSpider",
}
# docs/taxonomy.md: the domains (DOMAINS, imported above) and the notice types of each.
NOTICE_TYPES = TYPES  # the taxonomy is defined once, in extractors.taxonomy
REGION_RE = re.compile(r"^33\d{4}$")
HOST_RE = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?$")
# GB/T 2260 codes of Quzhou: the city (and its 市本级 variants) and its six counties
QUZHOU_DISTRICTS = ("330800", "330801", "330899", "330802", "330803", "330822", "330824", "330825", "330881")


def _evidence_text(value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(
            "evidence must cite its source (e.g. 'ZTC ZJ_city_3357', 'idx 11087789854') "
            'or say "none" explicitly'
        )
    return value.strip()


class RegistryError(ValueError):
    """The registry file is unreadable or an entry is wrong; the message names entry and field."""


class _Cited(BaseModel):
    """What a registry value's ``evidence`` means, for sources and channels alike (each declares the
    field with its own description, where it stands in that model)."""

    if TYPE_CHECKING:  # declared by each subclass, in its own place among its fields
        evidence: str

    @field_validator("evidence", mode="before", check_fields=False)
    @classmethod
    def _evidence(cls, value: Any) -> str:
        return _evidence_text(value)

    @property
    def verified(self) -> bool:
        """Independent evidence supports this value (else a silence it alone would show is a question
        for the office, not a violation by the unit)."""
        return is_verified(self.evidence)


class Channel(_Cited):
    """One list (column / category code) of a source."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(min_length=1, description="the site's own channel/category code")
    name: str = Field(min_length=1, description="the channel's label on the site")
    domain: Literal[DOMAINS]  # type: ignore[valid-type]
    notice_type: str = Field(description="docs/taxonomy.md <domain>.<type>, or '' for a mixed channel")
    domains: list[Literal[DOMAINS]] = Field(  # type: ignore[valid-type]
        default_factory=list,
        description="every domain the list carries when it mixes domains (e.g. 土地及矿产权: land, mining); "
        "the extractor then decides by the title within this set",
    )
    responsible_unit: str = Field(min_length=1, description="责任单位 of the plan (衢政办发〔2018〕73号)")
    region: str | None = None
    expect_items: bool = Field(True, description="an empty list here is suspicious (maintenance?)")
    params: dict[str, Any] = Field(default_factory=dict, description="family-specific request values")
    evidence: str = Field(
        description="where this channel (code, name, type) is seen: a citation as in "
        "registry-evidence.md, or 'none' (unverified: usable, shown as such)"
    )
    note: str = Field("", description="what the evidence says beyond the fields (contradictions, doubts)")

    @model_validator(mode="after")
    def _check_type(self) -> Channel:
        if self.domains:
            if self.domain not in self.domains:
                raise ValueError(f"domain {self.domain!r} must be one of domains {self.domains}")
            if len(self.domains) > 1 and self.notice_type:
                raise ValueError("a channel mixing several domains cannot name one notice_type (use '')")
        if self.notice_type:
            dom, _, typ = self.notice_type.partition(".")
            if dom != self.domain or typ not in NOTICE_TYPES[self.domain]:
                raise ValueError(
                    f"notice_type {self.notice_type!r} is not a type of domain {self.domain!r} "
                    f"(known: {', '.join(self.domain + '.' + t for t in NOTICE_TYPES[self.domain])})"
                )
        if self.region is not None and not REGION_RE.match(self.region):
            raise ValueError(f"region {self.region!r} is not a Zhejiang region code (33xxxx)")
        return self


class Source(_Cited):
    """One watched platform: one spider."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    family: Literal[tuple(FAMILIES)]  # type: ignore[valid-type]
    base_url: str = Field(pattern=r"^https?://[^/\s]+")
    region: str
    provincial: bool = False
    home: bool = Field(
        False,
        description="the region's own trading platform (市/县 公共资源交易): its notices of the shared "
        "types must also appear on the provincial platform (the monitor's 'shared' rule reads this flag "
        "from the sources table; no rule file lists home sources)",
    )
    era: str = Field("", description="which generation of the site, e.g. 2021 Epoint / 2024 Hanweb")
    download_delay: float = Field(2.0, ge=0, le=60)
    concurrency: int = Field(1, ge=1, le=2, description="concurrent requests to this host (1-2)")
    obey_robots: bool = True
    robots_reason: str = ""
    page_size: int = Field(20, ge=1, le=200)
    params: dict[str, Any] = Field(default_factory=dict)
    hosts: list[str] = Field(
        default_factory=list,
        description="hosts besides base_url's that this source may be fetched from (a cross-host detail "
        "host seen in evidence), as 'host' (ports 80/443) or 'host:port'; the crawler refuses "
        "every other host (crawler.offsite)",
    )
    evidence: str = Field(description="where the site's method (endpoint, body, paging) is seen, or 'none'")
    note: str = Field("", description="what the evidence says beyond the fields")
    test_only: bool = Field(
        False,
        description="a stand-in for tests: loaded only when PUBWATCH_SITE_URLS "
        "points it at a mirror, never against a real host",
    )
    channels: list[Channel] = Field(min_length=1)

    @field_validator("hosts")
    @classmethod
    def _hosts(cls, value: list[str]) -> list[str]:
        bad = [h for h in value if not HOST_RE.match(h)]
        if bad:
            raise ValueError(f"hosts {bad} are not host names ('host' or 'host:port', no scheme or path)")
        return [h.lower() for h in value]

    def owned_hosts(self) -> frozenset[str]:
        """The hosts this source may be fetched from: base_url's (after any PUBWATCH_SITE_URLS
        override, so a replica on 127.0.0.1:port is owned) plus ``hosts``."""
        from urllib.parse import urlsplit

        parts = urlsplit(self.base_url)
        own = (parts.hostname or "").lower() + (f":{parts.port}" if parts.port else "")
        return frozenset([own, *self.hosts])

    @field_validator("region")
    @classmethod
    def _region(cls, value: str) -> str:
        if not REGION_RE.match(value):
            raise ValueError(f"{value!r} is not a Zhejiang region code (33xxxx)")
        return value

    @model_validator(mode="after")
    def _check(self) -> Source:
        if not self.obey_robots and not self.robots_reason.strip():
            raise ValueError("obey_robots = false needs a robots_reason")
        if self.home and self.provincial:
            raise ValueError(
                "a provincial platform is no region's home (home and provincial exclude each other)"
            )
        keys = [c.key for c in self.channels]
        dup = sorted({k for k in keys if keys.count(k) > 1})
        if dup:
            raise ValueError(f"duplicate channel keys {dup}")
        if self.family == "zfcg":
            _check_zfcg_params(self.params, keys)
        return self

    def channel(self, key: str) -> Channel:
        """The channel with this key (KeyError names the source)."""
        for ch in self.channels:
            if ch.key == key:
                return ch
        raise KeyError(f"source {self.key!r} has no channel {key!r}")

    def channel_domains(self, channel: Channel) -> list[str]:
        """The domains a channel's items may belong to (its own domain unless it declares a mix)."""
        return list(channel.domains) or [channel.domain]

    def channel_region(self, channel: Channel) -> str:
        """The channel's region, falling back to the source's."""
        return channel.region or self.region


def _check_zfcg_params(params: dict[str, Any], keys: list[str]) -> None:
    """``params.list_root`` (a parent category code) and ``params.path_names`` ({channel key: the
    ``pathName`` or names of its rows}) go together; a wrong table would file notices under the
    wrong 责任单位 or drop them, so it fails at start-up instead."""
    root, table = params.get("list_root"), params.get("path_names")
    if root is None and table is None:
        return
    if not isinstance(root, str) or not root.strip():
        raise ValueError(
            "params.list_root must be a category code (e.g. '110-600007') when path_names is set"
        )
    if root in keys:
        raise ValueError(
            f"params.list_root {root!r} is also a channel key; it must be the parent of the channels"
        )
    if not isinstance(table, dict) or not table:
        raise ValueError(
            "params.path_names must be a table {channel key = pathName or [pathNames]} when list_root is set"
        )
    for key in table:
        if key not in keys:
            raise ValueError(
                f"params.path_names names {key!r}, which is not a channel of this source "
                f"(channels: {', '.join(keys)})"
            )
    zfcg_path_owner(params)


def zfcg_path_owner(params: dict[str, Any]) -> dict[str, str]:
    """``{pathName: channel key}`` from ``params.path_names``, names trimmed of spaces and ``/``
    (the form rows are matched in); a malformed entry or a name given twice is a ValueError."""
    owner: dict[str, str] = {}
    for key, names in (params.get("path_names") or {}).items():
        listed = [names] if isinstance(names, str) else names
        if (
            not isinstance(listed, list)
            or not listed
            or not all(isinstance(n, str) and n.strip() for n in listed)
        ):
            raise ValueError(f"params.path_names.{key!r} must be a non-empty pathName or list of them")
        for name in listed:
            name = name.strip().strip("/")
            if name in owner:
                raise ValueError(
                    f"params.path_names: pathName {name!r} is given for both {owner[name]!r} and "
                    f"{key!r}; rows that cannot be told apart must stay per channel (leave them out)"
                )
            owner[name] = key
    return owner


def _format_error(entry: str, exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        parts.append(f"{loc or '(entry)'}: {err['msg']}")
    return f"sources.toml entry {entry}: " + "; ".join(parts)


def site_url_overrides(value: str | None = None) -> dict[str, str]:
    """Parse ``PUBWATCH_SITE_URLS`` (inline JSON or a JSON file path) into {site key: base URL}."""
    raw = os.environ.get(SITE_URLS_ENV, "") if value is None else value
    raw = raw.strip()
    if not raw:
        return {}
    text = raw
    if not raw.startswith("{"):
        path = Path(raw)
        if not path.is_file():
            raise RegistryError(f"{SITE_URLS_ENV} is neither a JSON object nor an existing file: {raw!r}")
        text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegistryError(f"{SITE_URLS_ENV} is not valid JSON: {exc.msg}") from exc
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise RegistryError(f"{SITE_URLS_ENV} must be a JSON object of site key → base URL strings")
    return {str(k): v.rstrip("/") for k, v in data.items()}


def parse_registry(data: dict[str, Any], overrides: dict[str, str] | None = None) -> dict[str, Source]:
    """Validate a parsed registry document; ``overrides`` replaces base URLs by site key."""
    defaults = data.get("defaults", {})
    entries = data.get("sources")
    if not isinstance(entries, list) or not entries:
        raise RegistryError("sources.toml: no [[sources]] entries")
    unknown_top = set(data) - {"defaults", "sources"}
    if unknown_top:
        raise RegistryError(f"sources.toml: unknown top-level keys {sorted(unknown_top)}")
    sources: dict[str, Source] = {}
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise RegistryError(f"sources.toml entry #{i + 1}: must be a table")
        label = f"#{i + 1} ({entry.get('key', '?')})"
        merged = {**defaults, **entry}
        try:
            src = Source.model_validate(merged)
        except ValidationError as exc:
            raise RegistryError(_format_error(label, exc)) from None
        if src.key in sources:
            raise RegistryError(f"sources.toml entry {label}: duplicate source key {src.key!r}")
        sources[src.key] = src
    for key, url in (overrides or {}).items():
        if key in sources:
            sources[key] = sources[key].model_copy(update={"base_url": url})
    # a test stand-in never runs against a real host: it exists only where a mirror is configured
    return {k: v for k, v in sources.items() if not v.test_only or k in (overrides or {})}


def load_registry(
    path: str | Path | None = None, overrides: dict[str, str] | None = None
) -> dict[str, Source]:
    """Load and validate the registry; ``overrides`` defaults to ``PUBWATCH_SITE_URLS``."""
    reg_path = Path(path) if path else REGISTRY_PATH
    try:
        data = tomlcache.loads(reg_path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RegistryError(f"source registry not found: {reg_path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{reg_path}: invalid TOML: {exc}") from exc
    return parse_registry(data, site_url_overrides() if overrides is None else overrides)


REGISTRY_ENV = "PUBWATCH_REGISTRY"


@lru_cache(maxsize=4)
def _cached(env_value: str, path: str) -> dict[str, Source]:
    return load_registry(path or None, overrides=site_url_overrides(env_value))


def registry() -> dict[str, Source]:
    """The registry (``PUBWATCH_REGISTRY`` or the packaged ``sources.toml``) with
    ``PUBWATCH_SITE_URLS`` applied, cached per value."""
    return _cached(os.environ.get(SITE_URLS_ENV, ""), os.environ.get(REGISTRY_ENV, ""))
