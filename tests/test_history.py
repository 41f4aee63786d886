"""History: saved tracker days, planned days and workouts checked as one, and the CLI over it.

The numbers are worked out by hand from ``data/foods.csv`` (per 100 g), ``data/portions.csv``,
``data/targets.csv`` and ``tests/data/cronometer_servings.csv``:

- banana ``sr28:09040``: 358 mg potassium, 27 mg magnesium, 1 mg sodium; "medium" 118 g;
- whole milk ``sr28:01077``: 132 mg potassium, 43 mg sodium; "cup" 244 g;
- raw spinach ``sr28:11457``: 558 mg potassium, 79 mg sodium.
- A woman of 34: potassium AI 2,600 mg, sodium AI 1,500 mg and CDRR 2,300 mg, water AI 2.7 L.
- The workout 80.0 -> 78.9 kg with 0.75 L drunk in 2 h: 1.1 + 0.75 = 1.85 L of sweat
  (NATA 2017), 1.85 L x 50 mmol/L x 22.99 mg/mmol = 2,126.575 mg sodium and
  1.85 L x 222 mg/L = 410.7 mg potassium lost (``planner/sweat/losses.py``).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from planner.charts.days import heatmap_figure, trend_figure, weekly_figure
from planner.cli import main
from planner.diary.upload import Upload, read_upload
from planner.intake.targets import Profile, daily_targets
from planner.intake.trends import weekly_percent
from planner.resolve.names import build_match_index
from planner.store import PlanEntry, Store, open_store
from planner.store.history import (
    History,
    history_dates,
    history_revision,
    history_table,
    saved_history,
)
from planner.sweat.losses import Session

DATA = Path(__file__).resolve().parent / "data"
BANANA, MILK, SPINACH = "sr28:09040", "sr28:01077", "sr28:11457"
WORKOUT = Session(80.0, 78.9, 0.75, 2.0)
SODIUM_LOST_MG = 1.85 * 50 * 22.99  # 2,126.575
POTASSIUM_LOST_MG = 1.85 * 222  # 410.7
#: 1 medium banana, 1 cup of milk and 100 g of spinach.
PLANNED_POTASSIUM_MG = 118 * 3.58 + 244 * 1.32 + 100 * 5.58  # 1,302.52
PLANNED_SODIUM_MG = 118 * 0.01 + 244 * 0.43 + 100 * 0.79  # 185.1
#: Cronometer's own numbers of 2023-09-17: 422.44 + 322 + 334.8 mg potassium (the supplement
#: and the granola log none), 1.18 + 105 + 47.4 mg sodium.
TRACKED_POTASSIUM_MG = 422.44 + 322 + 334.8
TRACKED_SODIUM_MG = 1.18 + 105 + 47.4


@pytest.fixture(scope="module")
def servings(foods, portions, index) -> Upload:
    matcher = build_match_index(foods, index)
    return read_upload(
        DATA / "cronometer_servings.csv",
        foods=foods,
        portions=portions,
        index=index,
        matcher=matcher,
    )


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite3'}"


def _fill(store: Store, servings: Upload) -> None:
    """Tracker days 2023-09-17 and -18, plans for the 17th (tracked too), 19th and 20th,
    and a workout on the 19th."""
    store.save_upload(servings, name="servings.csv")
    store.save_plan_day("2023-09-17", [PlanEntry("breakfast", BANANA, "3", "medium")])
    store.save_plan_day(
        "2023-09-19",
        [
            PlanEntry("breakfast", BANANA, "1", "medium"),
            PlanEntry("lunch", MILK, "1", "cup"),
            PlanEntry("dinner", SPINACH, "100", "g"),
        ],
    )
    store.save_plan_day("2023-09-20", [PlanEntry("dinner", SPINACH, "100", "g")])
    store.save_workout("2023-09-19", WORKOUT)


def _history(url: str, servings: Upload, foods, portions, index, **options) -> History:
    with open_store(url) as store:
        _fill(store, servings)
        return saved_history(
            store,
            "2023-09-01",
            "2023-09-30",
            foods=foods,
            portions=portions,
            index=index,
            targets=daily_targets(Profile("F", 34.0)),
            **options,
        )


def _total(history: History, date: str, nutrient: str) -> float:
    days = history.check.days.set_index(["date", "nutrient"])
    return float(days.at[(date, nutrient), "total"])


def test_each_date_is_checked_from_its_tracker_day_else_its_plan(
    url: str, servings, foods, portions, index
) -> None:
    history = _history(url, servings, foods, portions, index)
    assert history.dates == ["2023-09-17", "2023-09-18", "2023-09-19", "2023-09-20"]
    days = history.days.set_index("date")
    assert days["source"].tolist() == ["tracker", "tracker", "planned", "planned"]
    # The 17th had a plan of three bananas too: what was eaten counts, not what was planned.
    assert days["also_planned"].tolist() == [True, False, False, False]
    assert _total(history, "2023-09-17", "potassium_mg") == pytest.approx(TRACKED_POTASSIUM_MG)
    assert _total(history, "2023-09-17", "sodium_mg") == pytest.approx(TRACKED_SODIUM_MG)
    assert _total(history, "2023-09-19", "potassium_mg") == pytest.approx(PLANNED_POTASSIUM_MG)
    assert _total(history, "2023-09-19", "sodium_mg") == pytest.approx(PLANNED_SODIUM_MG)
    assert _total(history, "2023-09-20", "potassium_mg") == pytest.approx(558.0)
    assert days.loc["2023-09-17", "tracker_format"] == "cronometer-servings"
    assert pd.isna(days.loc["2023-09-19", "tracker_format"])


def test_tracker_days_recomputed_from_usda_with_remap(
    url: str, servings, foods, portions, index
) -> None:
    history = _history(url, servings, foods, portions, index, remap=True)
    # Banana 118 g, milk 244 g and 2 cups (60 g) of spinach: 422.44 + 322.08 + 334.8 mg.
    assert _total(history, "2023-09-17", "potassium_mg") == pytest.approx(1079.32)


def test_planned_days_can_be_left_out(url: str, servings, foods, portions, index) -> None:
    history = _history(url, servings, foods, portions, index, planned=False)
    assert history.dates == ["2023-09-17", "2023-09-18"]
    assert set(history.days["source"]) == {"tracker"}


def test_a_workout_raises_only_its_dates_targets(
    url: str, servings, foods, portions, index
) -> None:
    history = _history(url, servings, foods, portions, index)
    days = history.check.days.set_index(["date", "nutrient"])
    assert days.at[("2023-09-19", "sodium_mg"), "min"] == pytest.approx(1500 + SODIUM_LOST_MG)
    assert days.at[("2023-09-19", "sodium_mg"), "max"] == pytest.approx(2300 + SODIUM_LOST_MG)
    assert days.at[("2023-09-19", "potassium_mg"), "min"] == pytest.approx(2600 + POTASSIUM_LOST_MG)
    assert days.at[("2023-09-19", "water_g"), "min"] == pytest.approx(2700 + 1850)
    assert days.at[("2023-09-19", "sodium_mg"), "percent_of_min"] == pytest.approx(
        PLANNED_SODIUM_MG / (1500 + SODIUM_LOST_MG) * 100
    )
    for other in ("2023-09-17", "2023-09-20"):
        assert days.at[(other, "sodium_mg"), "min"] == 1500.0
    marks = history.days.set_index("date")
    assert marks["workout"].tolist() == [False, False, True, False]
    assert marks.loc["2023-09-19", "raised"] == "potassium_mg, sodium_mg, water_g"
    assert marks.loc["2023-09-19", "sodium_lost_mg"] == pytest.approx(SODIUM_LOST_MG)
    assert list(history.targets_by_date) == ["2023-09-19"]
    table = history_table(history)
    assert table.index.tolist() == history.dates
    assert table.loc["2023-09-19", ["source", "workout"]].tolist() == ["planned", True]
    assert table.loc["2023-09-19", "potassium_mg"] == pytest.approx(PLANNED_POTASSIUM_MG)


def test_weekly_means_take_each_days_own_target(url: str, servings, foods, portions, index) -> None:
    history = _history(url, servings, foods, portions, index)
    weeks = weekly_percent(history.check)
    # 2023-09-17 is a Sunday; the 18th to the 20th are in the week of Monday the 18th, where
    # the 18th logs no potassium (unknown, left out): the 19th against its raised 3,010.7 mg
    # and the 20th against 2,600 mg.
    assert weeks.index.tolist() == ["2023-09-11", "2023-09-18"]
    assert weeks["days"].tolist() == [1, 3]
    expected = (PLANNED_POTASSIUM_MG / (2600 + POTASSIUM_LOST_MG) + 558 / 2600) / 2 * 100
    assert weeks.at["2023-09-18", "potassium_mg"] == pytest.approx(expected)  # 32.36 %
    bars = next(t for t in weekly_figure(history.check).data if t.name == "Potassium")
    assert list(bars.y) == pytest.approx([TRACKED_POTASSIUM_MG / 26, expected])


def test_the_charts_mark_planned_days_and_workouts(
    url: str, servings, foods, portions, index
) -> None:
    history = _history(url, servings, foods, portions, index)
    sources = dict(zip(history.days["date"], history.days["source"], strict=True))
    workouts = history.days.loc[history.days["workout"], "date"].tolist()
    figure = trend_figure(history.check, "sodium_mg", sources=sources, workout_dates=workouts)
    intake = next(t for t in figure.data if str(t.name).startswith("your intake"))
    assert list(intake.marker.symbol) == ["circle", "circle", "circle-open", "circle-open"]
    star = next(t for t in figure.data if t.name == "workout day (target raised)")
    assert list(star.x) == ["2023-09-19"]
    assert list(star.customdata) == pytest.approx([1500 + SODIUM_LOST_MG])
    band = figure.data[0]  # the level to reach of each day
    assert list(band.y) == pytest.approx([1500, 1500, 1500 + SODIUM_LOST_MG, 1500])
    heatmap = heatmap_figure(history.check, sources=sources).data[0]
    assert list(heatmap.customdata[0]) == ["tracker", "tracker", "planned", "planned"]


def test_an_empty_range_is_an_empty_history(url: str, foods, portions, index) -> None:
    with open_store(url) as store:
        history = saved_history(
            store,
            "2024-01-01",
            "2024-01-31",
            foods=foods,
            portions=portions,
            index=index,
            targets=daily_targets(Profile("F", 34.0)),
        )
    assert history.dates == []
    assert history.days.empty
    assert history.parts == ()


def test_the_revision_changes_with_every_saved_change(url: str, servings) -> None:
    with open_store(url) as store:
        seen = [history_revision(store)]
        _fill(store, servings)
        seen.append(history_revision(store))
        assert history_dates(store) == ["2023-09-17", "2023-09-18", "2023-09-19", "2023-09-20"]
        store.save_plan_day("2023-09-20", [PlanEntry("dinner", SPINACH, "200", "g")])
        seen.append(history_revision(store))
        store.delete_plan_day("2023-09-20")
        seen.append(history_revision(store))
        store.delete_workout("2023-09-19")
        seen.append(history_revision(store))
        (saved,) = store.saved_uploads()
        store.delete_upload(saved.import_id)
        seen.append(history_revision(store))
        assert history_revision(store) == seen[-1]  # nothing changed: the same
        assert history_dates(store) == ["2023-09-17", "2023-09-19"]
    assert len(set(seen)) == len(seen)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


PROFILE = ("--sex", "F", "--age", "34")


def test_check_saved_raises_a_workout_days_targets(url: str, servings, capsys) -> None:
    with open_store(url) as store:
        store.save_upload(servings, name="servings.csv")
        store.save_workout("2023-09-17", WORKOUT)
    saved = ("check", "--saved", "2023-09-01", "2023-09-30", "--db", url, *PROFILE)
    code, out, err = _run(capsys, *saved, "--json")
    assert code == 0, err
    result = json.loads(out)
    days = {d["date"]: d for d in result["days"]}
    trained = days["2023-09-17"]
    assert trained["raised"] == ["potassium_mg", "sodium_mg", "water_g"]
    assert trained["workout"]["losses_mg"]["sodium_mg"] == pytest.approx(SODIUM_LOST_MG)
    assert trained["targets"]["sodium_mg"]["min"] == pytest.approx(1500 + SODIUM_LOST_MG)
    assert trained["targets"]["sodium_mg"]["max"] == pytest.approx(2300 + SODIUM_LOST_MG)
    assert trained["percent_of_target"]["sodium_mg"] == pytest.approx(
        TRACKED_SODIUM_MG / (1500 + SODIUM_LOST_MG) * 100  # 4.23 %
    )
    assert trained["percent_of_target"]["potassium_mg"] == pytest.approx(
        TRACKED_POTASSIUM_MG / (2600 + POTASSIUM_LOST_MG) * 100
    )
    # The profile's targets stay as they are; the other day has no workout and no keys.
    assert result["targets"]["sodium_mg"]["min"] == 1500.0
    assert not {"workout", "targets", "raised", "origin"} & set(days["2023-09-18"])
    code, out, _ = _run(capsys, *saved)
    assert code == 0
    assert "Workout: 2 h, 1.85 L sweat; targets raised by its losses: potassium, sodium" in out
    assert "Sodium          154 mg of  3,627    4%  below (incomplete)" in out


def test_check_saved_planned_adds_the_planned_days(
    url: str, servings, foods, portions, index, capsys
) -> None:
    with open_store(url) as store:
        _fill(store, servings)
    saved = ("check", "--saved", "2023-09-01", "2023-09-30", "--db", url, *PROFILE, "--json")
    _, only_tracked, _ = _run(capsys, *saved)
    assert [d["date"] for d in json.loads(only_tracked)["days"]] == ["2023-09-17", "2023-09-18"]
    code, out, err = _run(capsys, *saved, "--planned")
    assert code == 0, err
    result = json.loads(out)
    days = {d["date"]: d for d in result["days"]}
    assert [(d, days[d]["origin"]) for d in days] == [
        ("2023-09-17", "tracker"),
        ("2023-09-18", "tracker"),
        ("2023-09-19", "planned"),
        ("2023-09-20", "planned"),
    ]
    assert days["2023-09-17"]["totals"]["potassium_mg"] == pytest.approx(TRACKED_POTASSIUM_MG)
    assert days["2023-09-19"]["totals"]["potassium_mg"] == pytest.approx(PLANNED_POTASSIUM_MG)
    assert days["2023-09-19"]["targets"]["sodium_mg"]["min"] == pytest.approx(1500 + SODIUM_LOST_MG)
    assert result["format"] == "cronometer-servings+planner"
    # 9 rows of the Cronometer file and the 4 planned entries of the 19th and 20th.
    assert result["rows"]["read"] == 9 + 4
    code, _, err = _run(capsys, "check", "tests/data/loseit.csv", *PROFILE, "--planned")
    assert code == 2
    assert "--planned checks saved planned days" in err


def test_check_saved_planned_with_only_plans(url: str, capsys) -> None:
    with open_store(url) as store:
        store.save_plan_day("2024-01-31", [PlanEntry("lunch", SPINACH, "10", "g")])
        store.save_plan_day(
            "2024-02-01",
            [
                PlanEntry("lunch", SPINACH, "100", "g"),
                PlanEntry("lunch", BANANA, "1", "bucket"),
            ],
        )
    saved = ("check", "--saved", "2024-01-31", "2024-02-01", "--db", url, *PROFILE, "--json")
    code, _, err = _run(capsys, *saved)
    assert code == 2
    assert "no saved days from 2024-01-31 to 2024-02-01" in err
    code, out, err = _run(capsys, *saved, "--planned")
    assert code == 0, err
    result = json.loads(out)
    totals = {d["date"]: d["totals"]["potassium_mg"] for d in result["days"]}
    assert totals == pytest.approx({"2024-01-31": 55.8, "2024-02-01": 558.0})
    # The bucket of bananas is the third planned row of the range: it is named as the
    # second entry of the plan of 2024-02-01, where the person can find it.
    (problem,) = result["problems"]
    assert problem["row"] == 3
    assert (problem["date"], problem["entry"], problem["status"]) == ("2024-02-01", 2, "rejected")
    code, _, err = _run(capsys, *saved[:-1], "--planned")
    assert code == 0
    assert "the plan of 2024-02-01, entry 2, column unit: rejected:" in err


def test_everything_leaves_is_deleted_and_comes_back_through_the_cli(
    url: str, tmp_path: Path, capsys
) -> None:
    store_args = ("--db", url)
    code, _, err = _run(
        capsys, "days", "import", str(DATA / "cronometer_servings.csv"), *store_args
    )
    assert code == 0, err
    with open_store(url) as store:
        store.save_profile(Profile("F", 34.0), limits={"sodium_mg": {"max": 1500.0}})
        store.save_plan_day("2023-09-19", [PlanEntry("dinner", SPINACH, "100", "g")])
        store.save_workout("2023-09-19", WORKOUT)
        store.set_favourite(BANANA)
    code, exported, _ = _run(capsys, "days", "export", "--json", *store_args)
    assert code == 0
    path = tmp_path / "everything.json"
    path.write_text(exported, encoding="utf-8")
    _, checked_before, _ = _run(
        capsys, "check", "--saved", "2023-09-01", "2023-09-30", "--planned", "--json", *store_args
    )

    code, _, err = _run(capsys, "days", "restore", str(path), *store_args)
    assert code == 2
    assert "the store already holds your profile, 1 planned day, 2 tracker days" in err
    assert "planner days delete --all --yes" in err
    code, _, err = _run(capsys, "days", "delete", "--all", *store_args)
    assert code == 2
    assert (
        "this would delete your profile, 1 planned day, 2 tracker days, 1 uploaded diary, "
        "1 workout, 1 favourite or recent food, and cannot be undone; add --yes" in err
    )
    with open_store(url) as store:
        assert store.holdings()["tracker days"] == 2  # nothing was deleted
    code, out, _ = _run(capsys, "days", "delete", "--all", "--yes", *store_args)
    assert code == 0
    assert out.startswith("Deleted your profile, 1 planned day, 2 tracker days")
    with open_store(url) as store:
        assert not any(store.holdings().values())
    code, out, _ = _run(capsys, "days", "delete", "--all", "--yes", *store_args)
    assert out.strip() == "Nothing is saved: there is nothing to delete."

    code, out, err = _run(capsys, "days", "restore", str(path), *store_args)
    assert code == 0, err
    assert out.startswith("Restored your profile, 1 planned day, 2 tracker days")
    _, again, _ = _run(capsys, "days", "export", "--json", *store_args)
    assert json.loads(again) | {"exported_at": ""} == json.loads(exported) | {"exported_at": ""}
    _, checked_after, _ = _run(
        capsys, "check", "--saved", "2023-09-01", "2023-09-30", "--planned", "--json", *store_args
    )
    assert json.loads(checked_after) == json.loads(checked_before)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00", "is not a planner export: it is not UTF-8 text"),
        (b"{not json", "is not a planner export: not JSON (line 1"),
        (b"[1, 2]", "is not a planner export: expected a JSON object"),
        (b'{"document": "something else"}', "this is not a planner export of version 1"),
    ],
)
def test_restore_refuses_what_is_not_an_export(
    url: str, tmp_path: Path, capsys, content: bytes, message: str
) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(content)
    code, _, err = _run(capsys, "days", "restore", str(path), "--db", url)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    with open_store(url) as store:
        assert not any(store.holdings().values())


def _history_frame(at) -> pd.DataFrame:
    return next(d.value for d in at.dataframe if "source" in d.value.columns)


def test_food_diary_shows_the_history_first_when_no_file_is_chosen(servings) -> None:
    from streamlit.testing.v1 import AppTest

    with open_store() as store:  # the local person's store, in this test's own folder
        _fill(store, servings)
        store.save_plan_day(
            "2023-09-20",
            [PlanEntry("dinner", SPINACH, "100", "g"), PlanEntry("dinner", BANANA, "1", "bucket")],
        )
    app = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
    at = AppTest.from_file(app, default_timeout=60).run()
    at.switch_page("views/diary.py").run()
    assert not at.exception
    assert at.radio(key="diary_view_saved").value == "history"
    table = _history_frame(at)
    assert table.index.tolist() == ["2023-09-17", "2023-09-18", "2023-09-19", "2023-09-20"]
    assert table["source"].tolist() == ["tracker", "tracker", "planned", "planned"]
    assert table["workout"].tolist() == [False, False, True, False]
    # Shown rounded: 1,079.24 mg tracked on the 17th, 1,302.52 mg planned on the 19th.
    assert table["potassium_mg"].tolist()[::2] == ["1,079", "1,303"]
    # The 19th against its raised target: 1,302.52 / 3,010.7 = 43 %.
    assert table.at["2023-09-19", "potassium_mg_pct"] == "43 %"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Potassium: days below"] == "3 of 4"  # the 18th logs no potassium
    assert "1 planned entry was not counted" in [e.label for e in at.expander]
    problems = next(d.value for d in at.dataframe if "entry" in d.value.columns)
    assert problems[["date", "entry", "status"]].values.tolist() == [["2023-09-20", 2, "rejected"]]
    at.selectbox(key="history_day").set_value("2023-09-19").run()
    assert any("raised its targets" in c.value for c in at.caption)
    # A range of one day.
    key = "history_range_2023-09-17_2023-09-20"
    at.date_input(key=key).set_value((dt.date(2023, 9, 20), dt.date(2023, 9, 20))).run()
    assert not at.exception
    assert _history_frame(at).index.tolist() == ["2023-09-20"]
    # The diary kept from the file is still there to look at.
    at.radio(key="diary_view_saved").set_value("kept").run()
    assert at.selectbox(key="diary_kept").value is not None


def test_a_workout_saved_from_the_cli_raises_its_days_targets(url: str, servings, capsys) -> None:
    with open_store(url) as store:
        store.save_upload(servings, name="servings.csv")
    session = ("sweat", "--before", "80", "--after", "78.9", "--drank", "0.75", "--hours", "2")
    code, out, err = _run(capsys, *session, "--save", "2023-09-17", "--db", url, "--json")
    assert code == 0, err
    assert json.loads(out)["saved"] == "2023-09-17"
    code, out, _ = _run(capsys, *session, "--save", "2023-09-17", "--db", url)
    assert "Kept as the workout of 2023-09-17" in out  # replaced, not added
    with open_store(url) as store:
        (workout,) = store.workouts().values()
    assert workout.sweat_loss_l == pytest.approx(1.85)
    saved = ("check", "--saved", "2023-09-01", "2023-09-30", "--db", url, *PROFILE, "--json")
    code, out, err = _run(capsys, *saved)
    assert code == 0, err
    trained = {d["date"]: d for d in json.loads(out)["days"]}["2023-09-17"]
    assert trained["targets"]["sodium_mg"]["min"] == pytest.approx(1500 + SODIUM_LOST_MG)
    # A date that is not one is refused before anything is kept.
    code, _, err = _run(capsys, *session, "--save", "17/09/2023", "--db", url)
    assert code == 2
    assert "'17/09/2023' is not a date; expected YYYY-MM-DD" in err
    with open_store(url) as store:
        assert list(store.workouts()) == ["2023-09-17"]
