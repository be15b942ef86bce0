"""The source registry: the shipped file validates, overrides apply, and mistakes are named."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from crawler.registry import REGISTRY_PATH, RegistryError, load_registry, parse_registry, site_url_overrides

SITE_KEYS = {"zfcg", "qz_hanweb", "qz_epoint", "kecheng", "qujiang", "kaihua", "changshan", "longyou", "jiangshan",
             "zjggzy", "qz_portal", "ccgp", "jsrender"}


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
        (lambda d: d["sources"][9]["channels"][0].update(notice_type="land.result"), r"channels\.0.*notice_type"),
        (lambda d: d["sources"][1].update(obey_robots=False), r"#2 \(qz_epoint\).*robots_reason"),
        (lambda d: d["sources"][3].update(concurrency=8), r"#4 \(qujiang\): concurrency"),
        (lambda d: d["sources"][4].update(region="110000"), r"#5 \(kaihua\): region"),
        (lambda d: d["sources"][5]["channels"][0].update(colour="red"), r"channels\.0\.colour"),
        (lambda d: d["sources"].append(dict(d["sources"][0])), r"duplicate source key 'qz_hanweb'"),
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
