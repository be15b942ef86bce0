"""Regenerate ``docs/dashboard.png``: the dashboard of the demo data, as headless Chromium shows it.

Usage: ``.venv/bin/python docs/make_screenshot.py [--out docs/dashboard.png]``. Needs Debian's
Chromium at /usr/bin/chromium (or ``PUBWATCH_CHROMIUM``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from any folder

from dashboards import export_report
from storage.db import get_engine, init_db, session_scope
from tests.dashboards.demo_data import populate_demo

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def main() -> None:
    """Build the demo database, export it and screenshot the top of the page."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(Path(__file__).with_name("dashboard.png")))
    parser.add_argument("--full-page", action="store_true")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        engine = get_engine(f"sqlite:///{Path(tmp) / 'demo.db'}")
        init_db(engine)
        with session_scope(engine) as session:
            populate_demo(session)
        paths = export_report(engine, Path(tmp) / "report")
        engine.dispose()
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=os.environ.get("PUBWATCH_CHROMIUM", "/usr/bin/chromium"), args=CHROMIUM_ARGS
            )
            page = browser.new_page(viewport={"width": 1320, "height": 1500})
            page.goto(Path(paths["html"]).as_uri())
            page.screenshot(path=args.out, full_page=args.full_page)
            browser.close()
    print("wrote", args.out)


if __name__ == "__main__":
    main()
