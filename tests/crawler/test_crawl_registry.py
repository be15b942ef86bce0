"""The source registry: the shipped file validates, overrides apply, and mistakes are named."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from crawler.sources import REGISTRY_PATH, RegistryError, load_registry, parse_registry, site_url_overrides

SITE_KEYS = {
    "zfcg",
    "qz_hanweb",
    "qz_epoint",
    "kecheng",
    "qujiang",
    "kaihua",
    "changshan",
    "longyou",
    "jiangshan",
    "zjggzy",
    "qz_portal",
    "ccgp",
}
TEST_ONLY = {"jsrender"}  # loaded only when PUBWATCH_SITE_URLS points it at a mirror


def _doc() -> dict:
    return tomllib.loads(REGISTRY_PATH.read_text(encoding="utf-8"))


def test_shipped_registry_covers_every_site_key() -> None:
    reg = load_registry(overrides={})
    assert set(reg) == SITE_KEYS
    regions = {s.region for s in reg.values()}
    assert {"330800", "330802", "330803", "330822", "330824", "330825", "330881", "330000"} <= regions
    for src in reg.values():
        assert 1 <= src.concurrency <= 2
        assert src.channels, src.key
        for ch in src.channels:
            assert ch.responsible_unit
            assert not ch.notice_type or ch.notice_type.startswith(ch.domain + ".")
    assert reg["zfcg"].base_url == "https://zfcg.czt.zj.gov.cn"
    assert reg["longyou"].family == "longyou"


def test_site_urls_override_inline_and_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reg = load_registry(overrides={"zfcg": "http://127.0.0.1:9999"})
    assert reg["zfcg"].base_url == "http://127.0.0.1:9999"
    path = tmp_path / "sites.json"
    path.write_text(json.dumps({"ccgp": "http://127.0.0.1:1234/"}), encoding="utf-8")
    assert site_url_overrides(str(path)) == {"ccgp": "http://127.0.0.1:1234"}
    monkeypatch.setenv("PUBWATCH_SITE_URLS", '{"kaihua": "http://localhost:5"}')
    assert load_registry()["kaihua"].base_url == "http://localhost:5"
    with pytest.raises(RegistryError, match="PUBWATCH_SITE_URLS"):
        site_url_overrides("/no/such/file.json")
    with pytest.raises(RegistryError, match="not valid JSON"):
        site_url_overrides("{not json")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["sources"][0].pop("base_url"), r"#1 \(qz_hanweb\): base_url: Field required"),
        (lambda d: d["sources"][2].update(family="wordpress"), r"#3 \(kecheng\): family"),
        (
            lambda d: d["sources"][9]["channels"][0].update(notice_type="land.result"),
            r"channels\.0.*notice_type",
        ),
        (lambda d: d["sources"][1].update(obey_robots=False), r"#2 \(qz_epoint\).*robots_reason"),
        (lambda d: d["sources"][3].update(concurrency=8), r"#4 \(qujiang\): concurrency"),
        (lambda d: d["sources"][4].update(region="110000"), r"#5 \(kaihua\): region"),
        (lambda d: d["sources"][5]["channels"][0].update(colour="red"), r"channels\.0\.colour"),
        (lambda d: d["sources"].append(dict(d["sources"][0])), r"duplicate source key 'qz_hanweb'"),
        (lambda d: d["sources"][8].update(home=True), r"#9 \(zjggzy\).*home and provincial"),
    ],
)
def test_validation_errors_name_entry_and_field(mutate, message: str) -> None:
    doc = _doc()
    mutate(doc)
    with pytest.raises(RegistryError, match=message):
        parse_registry(doc, {})


def test_missing_file_and_bad_toml(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="not found"):
        load_registry(tmp_path / "none.toml", overrides={})
    bad = tmp_path / "bad.toml"
    bad.write_text("[[sources]\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="invalid TOML"):
        load_registry(bad, overrides={})


def test_test_stand_in_is_not_a_production_source() -> None:
    """``jsrender`` exists only where a mirror is configured, and never on a real host."""
    assert "jsrender" not in load_registry(overrides={})
    mirrored = load_registry(overrides={"jsrender": "http://127.0.0.1:9"})
    assert mirrored["jsrender"].base_url == "http://127.0.0.1:9"
    doc = _doc()
    entry = next(s for s in doc["sources"] if s["key"] == "jsrender")
    assert entry["test_only"] is True and "zfcg.czt.zj.gov.cn" not in entry["base_url"]


def test_every_source_and_channel_names_evidence_or_none() -> None:
    """Provenance: a citation or an explicit "none" on every source and channel; unverified shows."""
    for src in load_registry(overrides={"jsrender": "http://127.0.0.1:9"}).values():
        assert src.evidence.strip(), src.key
        for ch in src.channels:
            assert ch.evidence.strip(), f"{src.key}/{ch.key}"
            assert ch.verified == (ch.evidence.strip().lower() != "none"), f"{src.key}/{ch.key}"
    reg = load_registry(overrides={})
    assert not reg["qz_portal"].verified and not any(c.verified for c in reg["qz_portal"].channels)
    assert reg["qz_hanweb"].channel("1229683630").verified
    assert not reg["qz_hanweb"].channel("1229683631").verified


@pytest.mark.parametrize("where", ["channel", "source"])
@pytest.mark.parametrize("value", [None, "", "   "])
def test_registry_refuses_a_value_without_evidence_or_none(where: str, value: str | None) -> None:
    doc = _doc()
    target = doc["sources"][3]["channels"][0] if where == "channel" else doc["sources"][3]
    if value is None:
        target.pop("evidence")
    else:
        target["evidence"] = value
    with pytest.raises(RegistryError, match=r"#4 \(qujiang\).*evidence"):
        parse_registry(doc, {})


def test_contradicted_values_fixed_per_evidence() -> None:
    """registry-evidence.md: the values it contradicts are no longer in the registry."""
    reg = load_registry(overrides={})
    qj = reg["qujiang"]
    assert qj.channel("1229425418").notice_type == "construction.candidates"
    assert qj.channel("1229425419").notice_type == "construction.result"
    assert {
        "1229505851",
        "1229425421",
        "1229425422",
        "1229425423",
        "1229425424",
        "1229425430",
        "1229425431",
        "1229425432",
    } <= {c.key for c in qj.channels}
    assert reg["changshan"].channel("1341072").name == "综合交易"
    assert {"1341073", "1341074"} <= {c.key for c in reg["changshan"].channels}
    ly = {c.key: c for c in reg["longyou"].channels}
    assert not {"9005001001", "9005001005", "9005001006"} & set(ly)
    assert ly["9005001003"].notice_type == "construction.candidates"
    assert ly["9005001004"].notice_type == "construction.result"
    assert "6600803" in {c.key for c in reg["kecheng"].channels}
    assert {"1229091459", "1229091465"} <= {c.key for c in reg["kaihua"].channels}
    zf = {c.key for c in reg["zfcg"].channels}
    assert {
        "110-175885",
        "110-246839",
        "110-978863",
        "110-943756",
        "110-900461",
        "110-567245",
        "110-198517",
        "110-341071",
        "110-978920",
    } <= zf
    assert not {"110-239541", "110-345621", "110-510012", "110-510013"} & zf
    assert "list_root" not in reg["zfcg"].params
    assert "330800" in reg["zfcg"].params["district_codes"]
    zj = {c.key for c in reg["zjggzy"].channels}
    assert {"002002005", "002002006", "002002008"} <= zj
    assert reg["zjggzy"].channel("002007001").name.startswith("其他交易")
    assert "list_prefix" not in reg["qz_epoint"].params  # ZTC queries 9-digit codes only
    assert not reg["jiangshan"].verified
