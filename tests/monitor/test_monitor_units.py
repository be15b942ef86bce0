"""Each finding goes to ONE primary 责任单位 (units.toml [primary]); the plan's list stays on it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from conftest import Data
from sqlalchemy import Engine

import monitor
from monitor.catalog import RULES_DIR, CatalogError, load_catalog

D = dt.date
AS_OF = D(2026, 3, 20)


def _units(engine: Engine, as_of: dt.date = AS_OF, rules_dir: Path | None = None) -> dict[str, dict]:
    monitor.run_checks(engine, as_of, rules_dir=rules_dir)
    return {f["url"]: f for f in monitor.findings_as_json(engine, as_of) if f["kind"] == "missing_field"}


def test_county_city_and_issuer(engine: Engine, data: Data) -> None:
    _, county = data.notice("land.deal_result", D(2026, 3, 5), region="330803", omit=("industry",))
    _, city_proc = data.notice("procurement.result", D(2026, 3, 5), source="zfcg", omit=("experts",))
    _, city_cons = data.notice("construction.result", D(2026, 3, 5), omit=("complaint_channel",))
    _, issuer = data.notice(
        "admin.penalty",
        D(2026, 3, 5),
        {"enforcement_agency": " 衢州市市场监督管理局 "},
        omit=("penalty_basis",),
    )
    _, no_issuer = data.notice("admin.license", D(2026, 3, 5), omit=("enforcement_agency",))
    _, county_admin = data.notice(
        "admin.penalty",
        D(2026, 3, 5),
        {"enforcement_agency": "江山市市场监督管理局"},
        region="330881",
        omit=("penalty_basis",),
    )
    _, stranger = data.notice(
        "admin.penalty",
        D(2026, 3, 6),
        {"enforcement_agency": "衢州市某某管理办公室"},
        omit=("penalty_basis",),
    )
    summary = monitor.run_checks(engine, AS_OF)
    # a body the directory of 责任单位 does not know is reported, and is not made a unit of its own
    assert summary["unknown_units"] == ["衢州市某某管理办公室"]
    got = _units(engine)
    assert {u: got[u]["responsible_unit"] for u in got} == {
        county: "衢江区人民政府",
        city_proc: "市财政局",
        city_cons: "市发展和改革委员会",
        issuer: "市市场监督管理局",
        no_issuer: "市政府办公室",
        county_admin: "江山市人民政府",
        stranger: "市政府办公室",
    }
    land = got[county]
    # the plan's whole list, in today's names, is kept on the finding and told in the message
    assert land["plan_units"] == "市自然资源和规划局，市公共资源交易中心，各县(市、区)政府"
    assert (
        "责任单位：衢江区人民政府（实施方案所列责任单位：市自然资源和规划局，市公共资源交易中心"
        in land["message"]
    )
    assert "，" not in got[city_proc]["responsible_unit"] and "、" not in got[city_cons]["responsible_unit"]


def test_corrected_mapping_moves_open_findings(engine: Engine, data: Data, tmp_path: Path) -> None:
    _, url = data.notice("procurement.result", D(2026, 3, 5), source="zfcg", omit=("experts",))
    assert _units(engine)[url]["responsible_unit"] == "市财政局"
    shutil.copytree(RULES_DIR / "quzhou", tmp_path / "quzhou")
    units = tmp_path / "quzhou" / "units.toml"
    units.write_text(
        units.read_text("utf-8").replace('procurement = "市财政局"', 'procurement = "市公共资源交易中心"'),
        "utf-8",
    )
    moved = _units(engine, AS_OF + dt.timedelta(days=1), tmp_path)[url]
    assert (
        moved["responsible_unit"] == "市公共资源交易中心"
        and "责任单位：市公共资源交易中心" in moved["message"]
    )
    assert moved["status"] == "open" and moved["first_seen_on"] == AS_OF.isoformat()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('"330803" = "衢江区人民政府"', '"3308" = "衢江区人民政府"', "6-digit region code"),
        ('housing = "市住房和城乡建设局"', 'housng = "市住房和城乡建设局"', "'housng' is not a domain"),
        ('admin = "enforcement_agency"', 'admin = "issuer"', "'issuer' is not a key"),
    ],
)
def test_primary_mapping_validation(tmp_path: Path, old: str, new: str, message: str) -> None:
    shutil.copytree(RULES_DIR / "quzhou", tmp_path / "x")
    units = tmp_path / "x" / "units.toml"
    text = units.read_text("utf-8")
    assert old in text
    units.write_text(text.replace(old, new), "utf-8")
    with pytest.raises(CatalogError, match=message) as exc:
        load_catalog("x", tmp_path)
    assert "units.toml" in str(exc.value)


def test_every_primary_unit_has_a_mail_example() -> None:
    """pubwatch.toml's [email.units] example lists every primary unit of the shipped mapping."""
    import tomllib

    cfg = tomllib.loads((Path(__file__).parents[2] / "pubwatch.toml").read_text("utf-8"))
    listed = set(cfg["email"]["units"])
    p = load_catalog().primary
    assert {p.default, *p.by_region.values(), *p.by_domain.values()} <= listed


def test_every_unit_name_in_use_is_in_the_directory() -> None:
    """The registry's channels, the shipped [email.units] and units.toml [primary] all name units the
    directory knows (by canonical name or alias); a stranger is reported, not made a unit."""
    import tomllib

    from crawler.sources import load_registry
    from monitor.directory import load_directory

    directory = load_directory()
    names = {c.responsible_unit for src in load_registry(overrides={}).values() for c in src.channels}
    shipped = tomllib.loads((RULES_DIR.parents[1] / "pubwatch.toml").read_text("utf-8"))["email"]["units"]
    names |= set(shipped)
    unknown = sorted(n for n in names if directory.canonical(n) is None)
    assert unknown == []
    assert directory.canonical("柯城区政府") == "柯城区人民政府" == directory.canonical(" 柯城区人民政府 ")
    assert directory.canonical("衢州市发展和改革委员会") == "市发展和改革委员会"  # the city's prefix folded
    assert directory.canonical("某某县政府") is None and "某某县政府" in directory.unknown
    routed, strangers = directory.recipients(
        {"江山市政府": ["a@x"], "江山市人民政府": ["b@x"], "某局": ["c@x"]}
    )
    assert routed == {"江山市人民政府": ["a@x", "b@x"]} and strangers == ["某局"]
