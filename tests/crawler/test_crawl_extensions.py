"""The crawl's Scrapy extensions: Scrapy's own and ours, without the remote-control server."""

from __future__ import annotations

from scrapy.settings import default_settings
from scrapy.utils.conf import build_component_list
from scrapy.utils.project import get_project_settings

REMOTE = "scrapy.extensions.remote_control.RemoteControl"


def test_every_scrapy_extension_but_remote_control_and_ours() -> None:
    """Remote control stays off (it runs posted code), and is not even listed: Scrapy imports each
    listed class to sort them, and that one pulls aiohttp into every crawl child."""
    settings = get_project_settings()
    assert settings.getbool("REMOTE_CONTROL_ENABLED") is False
    loaded = build_component_list(settings.getwithbase("EXTENSIONS"))
    assert REMOTE in default_settings.EXTENSIONS_BASE  # the Scrapy this runs on has it
    assert REMOTE not in loaded
    assert set(loaded) == (set(default_settings.EXTENSIONS_BASE) - {REMOTE}) | {
        "crawler.logsafe.LogSafetyExtension",
        "crawler.health.HealthExtension",
    }
