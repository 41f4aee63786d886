"""How long each page of the dashboard takes to rerun on the server, under Streamlit's AppTest.

    uv run python benchmarks/bench_pages.py [--runs 15]

Each page is brought to a realistic state (Plan a day with 30 entries, Food diary with a
year of a Cronometer export, Food diary's History of a year of kept days and that year's
diary shown again without its file, Foods with a search typed, After a workout with a
result shown) and then rerun ``--runs`` times, as a click elsewhere on the page reruns it;
the median and 90th percentile wall time of those reruns are printed. The baseline printed
first, in the same run, is an empty page (``st.title`` only) rerun alike: AppTest's own cost
per rerun. The goal is under 300 ms per page.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from diaries import cronometer_export
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
TIMEOUT = 120
#: Thirty entries a person might plan: article foods in their usual portions, and grams.
PLAN_FOODS = (
    ("sr28:09040", 1, "medium"),
    ("sr28:01077", 1, "cup"),
    ("sr28:11457", 100, "g"),
    ("sr28:12061", 30, "g"),
    ("sr28:11124", 80, "g"),
)


def _app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=TIMEOUT).run()


def plan_page() -> AppTest:
    at = _app()
    meals = ("breakfast", "lunch", "dinner", "snacks")
    at.session_state["plan_entries"] = [
        {"meal": meals[i % 4], "food": food, "amount": amount, "unit": unit}
        for i, (food, amount, unit) in enumerate(PLAN_FOODS * 6)
    ]
    return at.run()


def diary_page(export: bytes) -> Callable[[], AppTest]:
    def setup() -> AppTest:
        at = _app()
        at.switch_page("views/diary.py").run()
        at.file_uploader(key="diary_file").set_value(
            ("cronometer servings.csv", export, "text/csv")
        ).run()
        return at

    return setup


def history_page(export: bytes) -> Callable[[], AppTest]:
    """Food diary's History over a year kept in a store of its own: the tracker days of
    ``export`` (2024), a plan for every day of 2025's first quarter and for every tenth
    tracked day (left out: the tracker day counts), and a workout every week."""

    def setup() -> AppTest:
        import datetime as dt

        from planner.diary.upload import read_upload
        from planner.fooddb.tables import load_article_foods, load_foods, load_portions
        from planner.resolve.names import build_match_index
        from planner.resolve.search import build_search_index
        from planner.store import PlanEntry, open_store
        from planner.sweat.losses import Session

        os.environ["PLANNER_STORE_DIR"] = tempfile.mkdtemp(prefix="bench-history-")
        foods, portions = load_foods(), load_portions()
        index = build_search_index(foods, article_ids=load_article_foods()["food_id"])
        upload = read_upload(
            export,
            foods=foods,
            portions=portions,
            index=index,
            matcher=build_match_index(foods, index),
        )
        plan = [
            PlanEntry(meal, food, str(amount), unit)
            for meal, (food, amount, unit) in zip(
                ("breakfast", "lunch", "dinner", "snacks", "snacks"), PLAN_FOODS, strict=True
            )
        ]
        with open_store() as store:
            store.save_upload(upload, name="servings.csv")
            first = dt.date(2024, 1, 1)
            days = [first + dt.timedelta(days=i) for i in range(0, 366, 10)]
            days += [dt.date(2025, 1, 1) + dt.timedelta(days=i) for i in range(90)]
            for day in days:
                store.save_plan_day(day, plan)
            for week in range(0, 455, 7):
                store.save_workout(first + dt.timedelta(days=week), Session(70.0, 69.0, 0.5, 1.0))
            dates = store.tracker_dates() + store.plan_dates()
        at = _app()
        at.switch_page("views/diary.py").run()
        low, high = min(dates), max(dates)
        at.date_input(key=f"history_range_{low}_{high}").set_value(
            (dt.date(2024, 3, 1), dt.date(2025, 2, 28))
        ).run()
        return at

    return setup


def kept_page(export: bytes) -> Callable[[], AppTest]:
    """Food diary showing the year of ``export`` kept in the store, with no file chosen."""

    def setup() -> AppTest:
        at = history_page(export)()
        at.radio(key="diary_view_saved").set_value("kept").run()
        return at

    return setup


def foods_page() -> AppTest:
    at = _app()
    at.switch_page("views/foods.py").run()
    at.selectbox(key="f_nutrient").set_value("magnesium_mg").run()
    at.checkbox(key="f_articles").check().run()
    return at


def workout_page() -> AppTest:
    at = _app()
    at.switch_page("views/workout.py").run()
    for key, value in {"before": 70.0, "after": 68.6, "drank": 0.5, "hours": 1.5}.items():
        at.number_input(key=f"w_{key}").set_value(value)
    next(b for b in at.button if b.label == "Calculate").click().run()
    return at


def empty_page() -> AppTest:
    return AppTest.from_string("import streamlit as st\nst.title('empty')").run()


def rerun_times(at: AppTest, runs: int) -> list[float]:
    if at.exception:
        raise SystemExit(f"the page failed: {at.exception[0].value}")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
    if at.exception:
        raise SystemExit(f"the page failed on a rerun: {at.exception[0].value}")
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--only", help="run only the pages whose label contains this")
    options = parser.parse_args()
    logging.disable(logging.WARNING)  # AppTest's "missing ScriptRunContext" notices
    os.environ.setdefault("PLANNER_CACHE_DIR", tempfile.mkdtemp(prefix="bench-pages-"))
    # The pages keep what they are given: in a store of the benchmark's own, never yours.
    os.environ.pop("PLANNER_DB_URL", None)
    os.environ["PLANNER_STORE_DIR"] = tempfile.mkdtemp(prefix="bench-pages-store-")
    export = cronometer_export(365)
    rows = export.count(b"\n") - 1
    pages: dict[str, Callable[[], AppTest]] = {
        "empty page (AppTest's own cost, baseline)": empty_page,
        "Plan a day, 30 entries": plan_page,
        f"Food diary, a year ({rows} rows)": diary_page(export),
        "Food diary, History of 365 days (+ plans)": history_page(export),
        "Food diary, the year kept, no file": kept_page(export),
        "Foods, magnesium in article foods": foods_page,
        "After a workout, a result": workout_page,
    }
    print(f"{'page':44s} {'first':>8s} {'median':>8s} {'p90':>8s}  ({options.runs} reruns)")
    for label, setup in pages.items():
        if options.only and options.only not in label and "baseline" not in label:
            continue
        start = time.perf_counter()
        at = setup()
        first = time.perf_counter() - start
        times = np.array(rerun_times(at, options.runs)) * 1000
        print(
            f"{label:44s} {first * 1000:6.0f} ms {statistics.median(times):6.0f} ms "
            f"{np.percentile(times, 90):6.0f} ms"
        )


if __name__ == "__main__":
    main()
