"""Per-host politeness shared among distributed workers: N workers each wait N × the registry delay."""

from __future__ import annotations

from scrapy.utils.project import get_project_settings

from crawler.sources import registry
from spiders import SPIDERS


def _delay(**cmdline: str) -> float:
    settings = get_project_settings()
    for name, value in cmdline.items():
        settings.set(name, value, priority="cmdline")
    SPIDERS["zfcg"].update_settings(settings)
    return settings.getfloat("DOWNLOAD_DELAY")


def test_workers_share_the_registry_delay() -> None:
    base = registry()["zfcg"].download_delay
    assert base > 0
    assert _delay() == base
    assert _delay(PUBWATCH_WORKERS="4") == 4 * base
    assert _delay(PUBWATCH_WORKERS="2", PUBWATCH_DELAY_SCALE="0.5") == base
    assert _delay(PUBWATCH_WORKERS="3", DOWNLOAD_DELAY="0") == 0  # -s DOWNLOAD_DELAY still wins
