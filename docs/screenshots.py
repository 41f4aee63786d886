"""Refresh the README's screenshots in ``docs/``: ``uv run python docs/screenshots.py``.

Starts the dashboard on a loopback port with a store of its own in a temporary folder (never
yours), walks through each page in Debian's Chromium as a new user would and writes one PNG per
page. The tests take no screenshots of ``docs/``: only this script changes the tracked images.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _settle(page: Page) -> None:
    page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden")


def _go(page: Page, link: str) -> None:
    page.get_by_role("link", name=link).click()
    _settle(page)


def _add_food(page: Page, query: str, entries: int) -> None:
    search = page.get_by_label("Search foods")
    search.fill(query)
    search.press("Enter")
    expect(page.get_by_role("combobox", name="Food", exact=True)).to_have_value(
        re.compile(query, re.IGNORECASE)
    )
    _settle(page)
    page.get_by_role("button", name="Add to plan").click()
    noun = "entry" if entries == 1 else "entries"
    page.get_by_text(f"{entries} {noun} in this plan.").wait_for()
    _settle(page)


def plan_a_day(page: Page) -> None:
    page.get_by_text("Your plan is empty").wait_for()
    for entries, query in enumerate(("banana", "spinach", "milk", "salmon"), start=1):
        _add_food(page, query, entries)
    page.get_by_text("Intake as % of the daily target").wait_for()
    _settle(page)
    page.screenshot(path=str(DOCS / "plan-a-day.png"))
    page.get_by_role("button", name="Add these foods to my plan").wait_for()
    page.get_by_text("Before and after the suggestion").first.scroll_into_view_if_needed()
    _settle(page)
    page.screenshot(path=str(DOCS / "fill-my-gaps.png"))


def after_a_workout(page: Page) -> None:
    _go(page, "After a workout")
    page.get_by_text("Enter your session above").wait_for()
    for label, value in {
        "Body mass before (kg)": "72",
        "Body mass after (kg)": "70.4",
        "Drunk during the session (L)": "0.6",
        "Duration (hours)": "2",
    }.items():
        page.get_by_label(label).fill(value)
    page.get_by_role("button", name="Calculate").click()
    page.get_by_text("Rehydration schedule").wait_for()
    _settle(page)
    page.screenshot(path=str(DOCS / "after-a-workout.png"), full_page=True)


def food_diary(page: Page) -> None:
    _go(page, "Food diary")
    page.get_by_text("Choose a file to begin").wait_for()
    page.locator("input[type='file']").first.set_input_files(
        str(ROOT / "tests" / "data" / "cronometer_servings.csv")
    )
    page.get_by_text("Read as Cronometer servings.csv").wait_for()
    _settle(page)
    page.screenshot(path=str(DOCS / "food-diary.png"))


def a_week(page: Page) -> None:
    _go(page, "A week")
    page.get_by_text("Days per nutrient").wait_for()
    page.get_by_role("button", name="Generate a week").click()
    page.get_by_text(re.compile(r"^Filled \d days: ")).wait_for()
    _settle(page)
    page.get_by_role("heading", name="A week", exact=True).scroll_into_view_if_needed()
    page.screenshot(path=str(DOCS / "a-week.png"))


def main() -> int:
    if not Path(CHROMIUM).exists():
        print(f"Chromium is needed at {CHROMIUM}: apt-get install chromium", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        port = _free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(ROOT / "streamlit_app.py"),
                "--server.address=127.0.0.1",
                f"--server.port={port}",
                "--server.headless=true",
                "--browser.gatherUsageStats=false",
            ],
            cwd=ROOT,
            env={**os.environ, "PLANNER_DB_URL": f"sqlite:///{folder}/planner.sqlite3"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                        break
                except OSError:
                    if time.monotonic() > deadline:
                        print("the dashboard did not start within 60 s", file=sys.stderr)
                        return 1
                    time.sleep(0.25)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
                page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
                page.set_default_timeout(60_000)
                expect.set_options(timeout=60_000)
                page.goto(url)
                for walk in (plan_a_day, after_a_workout, food_diary, a_week):
                    walk(page)
                    print(f"{walk.__name__}: done")
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=20)
    print(f"screenshots written to {DOCS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
