"""A week: generated days with variety, each within its own targets; the week view's counts."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from planner.cli import main
from planner.errors import PlannerError
from planner.fooddb.nutrients import CHECKED, WATER
from planner.intake.check import check_entries
from planner.intake.targets import Profile, daily_targets
from planner.intake.week import NO_PLAN, check_week
from planner.store import PlanEntry, open_store
from planner.suggest.pool import food_pool
from planner.suggest.week import (
    MAX_DAYS_PER_FOOD,
    MAX_USES_PER_KIND,
    plan_rows,
    plan_week,
    week_dates,
)
from planner.sweat.losses import Session, sweat_losses, training_day_targets

BANANA, MILK, SPINACH, WATER_TAP = "sr28:09040", "sr28:01077", "sr28:11457", "sr28:14411"
START = "2030-01-01"
DATES = week_dates(START)
#: 70 - 68.6 kg + 0.5 L drunk = 1.9 L of sweat in 1.5 h (sodium 50 mmol/L: 2,184.05 mg;
#: potassium 222 mg/L: 421.8 mg; planner/sweat/losses.py).
SESSION = Session(mass_before_kg=70.0, mass_after_kg=68.6, drank_l=0.5, hours=1.5)


def _recheck(day, targets, foods) -> pd.DataFrame:
    entries = day.plan[["meal", "food_id", "grams"]].assign(date="d")
    return check_entries(entries, foods=foods, targets=targets).days.set_index("nutrient")


@pytest.mark.parametrize(
    ("profile", "kcal", "training"),
    [
        (Profile("F", 34), 2000, None),
        (Profile("M", 45), 2500, "2030-01-03"),
    ],
)
def test_a_generated_week_meets_every_days_targets_with_variety(
    foods, portions, articles, profile, kcal, training
) -> None:
    targets = daily_targets(profile)
    adjusted = {training: training_day_targets(targets, sweat_losses(SESSION))} if training else {}
    pool = food_pool(foods, portions, articles)
    week = plan_week(pool, targets, start=START, targets_by_date=adjusted, kcal=kcal)
    assert week.dates == DATES
    assert list(week.days) == DATES
    assert week.problems == {}
    for date, day in week.days.items():
        rows = _recheck(day, week.targets[date], foods)
        for name in CHECKED:
            assert rows.at[name, "status"] == "within", (date, name)
        assert 0.9 * kcal <= rows.at["energy_kcal", "total"] <= 1.1 * kcal
    if training:
        # The training day was planned for its raised targets: M 45's water AI of 3,700 g
        # plus 1,900 g of sweat; the next day has the AI alone.
        assert week.targets[training][WATER].min == pytest.approx(3700.0 + 1900.0)
        assert week.days[training].totals[WATER] >= 3700.0 + 1900.0
        assert week.targets["2030-01-04"][WATER].min == pytest.approx(3700.0)
    kinds = pool.set_index("food_id")["group"]
    days_of = Counter(
        f for day in week.days.values() for f in set(day.plan["food_id"]) if kinds[f] != "water"
    )
    assert max(days_of.values()) <= MAX_DAYS_PER_FOOD
    assert days_of == Counter(week.food_days)
    uses = Counter(kinds[f] for day in week.days.values() for f in day.plan["food_id"])
    uses.pop("water", None)
    assert max(uses.values()) <= MAX_USES_PER_KIND
    # Variety: the week uses more than twice the foods of its fullest day.
    assert len(days_of) > 2 * max(day.plan["food_id"].nunique() for day in week.days.values())


def test_a_tight_cap_holds_and_every_day_is_planned_or_explained(foods, portions, articles) -> None:
    pool = food_pool(foods, portions, articles)
    targets = daily_targets(Profile("F", 34))
    week = plan_week(pool, targets, start=START, max_days_per_food=1, max_uses_per_kind=4)
    foods_used = [f for day in week.days.values() for f in set(day.plan["food_id"])]
    drinks = [f for f in foods_used if f != WATER_TAP]
    assert len(drinks) == len(set(drinks))  # each food on one day at most
    assert set(week.days) | set(week.problems) == set(DATES)
    for date in set(DATES) - set(week.days):
        assert week.problems[date].startswith(f"{date}: no day of these foods")
        assert "the week's variety limits" in week.problems[date]
    for date in set(week.days) & set(week.problems):
        assert "misses a target" in week.problems[date]  # named with its shortfall


def test_kept_days_count_towards_the_limits(foods, portions, articles) -> None:
    pool = food_pool(foods, portions, articles)
    targets = daily_targets(Profile("F", 34))
    kept = {d: [BANANA, WATER_TAP] for d in DATES[:3]}
    week = plan_week(pool, targets, start=START, fill=DATES[3:5], kept=kept)
    assert list(week.days) == DATES[3:5]
    assert week.food_days[BANANA] == 3
    assert WATER_TAP not in week.food_days  # drinking water is exempt
    for day in week.days.values():
        assert BANANA not in set(day.plan["food_id"])


def test_a_week_refuses_dates_outside_it(foods, portions, articles) -> None:
    pool = food_pool(foods, portions, articles)
    targets = daily_targets(Profile("F", 34))
    with pytest.raises(PlannerError, match="2030-01-08 is not in the week"):
        plan_week(pool, targets, start=START, fill=["2030-01-08"])
    with pytest.raises(PlannerError, match="'Jan 1' is not a date"):
        week_dates("Jan 1")


def test_plan_rows_are_what_the_store_keeps(foods, portions, articles) -> None:
    pool = food_pool(foods, portions, articles)
    week = plan_week(pool, daily_targets(Profile("F", 34)), start=START, fill=[START])
    rows = plan_rows(week.days[START])
    entries = [PlanEntry.from_row(r) for r in rows]
    plan = week.days[START].plan
    assert [e.food_id for e in entries] == plan["food_id"].tolist()
    assert [float(e.amount) for e in entries] == plan["portions"].tolist()
    assert [e.unit for e in entries] == plan["portion"].tolist()


def test_the_week_view_counts_each_nutrients_days(foods) -> None:
    targets = daily_targets(Profile("F", 34))
    adjusted = {DATES[3]: training_day_targets(targets, sweat_losses(SESSION))}
    entries = pd.DataFrame(
        [
            (DATES[0], "lunch", MILK, 1000.0),
            (DATES[1], "lunch", MILK, 3000.0),
            (DATES[2], "lunch", SPINACH, 800.0),
            (DATES[2], "lunch", WATER_TAP, 2500.0),
            (DATES[3], "lunch", SPINACH, 800.0),
            (DATES[3], "lunch", WATER_TAP, 2500.0),
            ("2030-01-08", "lunch", MILK, 5000.0),  # another week: not counted
        ],
        columns=["date", "meal", "food_id", "grams"],
    )
    week = check_week(entries, dates=DATES, foods=foods, targets=targets, targets_by_date=adjusted)
    # F 34: K 2,600; Mg 320; Ca 1,000 to 2,500; Na 1,500 to 2,300 mg; water 2,700 g.
    # Whole milk per 100 g: K 132, Mg 10, Ca 113, Na 43 mg, water 88.13 g.
    # Spinach: K 558, Mg 79, Ca 99, Na 79; tap water: Mg 1, Ca 3, Na 4 mg, water 99.9 g.
    # 1 kg milk: K 1,320 below, Mg 100 below, Ca 1,130 within, Na 430 below, water 881 below.
    # 3 kg milk: K 3,960 within, Mg 300 below, Ca 3,390 above, Na 1,290 below, water 2,644
    # below. 800 g spinach + 2.5 L water: K 4,464 within, Mg 657 within, Ca 867 below, Na 732
    # below, water 3,229 g within; the same on the training day is below its water target of
    # 2,700 + 1,900 g, while K 4,464 stays within 2,600 + 421.8 mg.
    expected = {
        "potassium_mg": ["below", "within", "within", "within"],
        "magnesium_mg": ["below", "below", "within", "within"],
        "calcium_mg": ["within", "above", "below", "below"],
        "sodium_mg": ["below", "below", "below", "below"],
        "water_g": ["below", "below", "within", "below"],
    }
    days = week.days.set_index("date")
    for name, statuses in expected.items():
        assert days[name].tolist() == [*statuses, NO_PLAN, NO_PLAN, NO_PLAN], name
        counts = week.counts.loc[name]
        assert counts["no plan"] == 3
        for status in ("below", "within", "above"):
            assert counts[status] == statuses.count(status), (name, status)
        assert counts.sum() == 7
    assert days["entries"].tolist() == [1, 1, 2, 2, 0, 0, 0]
    assert week.unplanned == DATES[4:]
    assert week.foods_by_date() == {
        DATES[0]: [MILK],
        DATES[1]: [MILK],
        DATES[2]: [SPINACH, WATER_TAP],
        DATES[3]: [SPINACH, WATER_TAP],
    }
    assert days["adjusted"].tolist() == [False, False, False, True, False, False, False]
    # 1 kg of whole milk is 610 kcal.
    assert days.at[DATES[0], "energy_kcal"] == pytest.approx(610.0)
    assert days["energy_kcal"].iloc[4:].isna().all()


def test_an_empty_week_has_no_plan_on_every_day(foods) -> None:
    empty = pd.DataFrame(columns=["date", "meal", "food_id", "grams"])
    week = check_week(empty, dates=DATES, foods=foods, targets=daily_targets(Profile("F", 34)))
    assert week.check is None
    assert week.unplanned == DATES
    assert week.foods_by_date() == {}
    assert (week.counts["no plan"] == 7).all()
    assert week.counts.drop(columns="no plan").to_numpy().sum() == 0


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_week_saves_the_days_without_a_plan_and_honours_a_workout(
    tmp_path: Path, capsys
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    with open_store(url) as store:
        store.save_plan_day(DATES[0], [PlanEntry("breakfast", BANANA, "1", "medium")])
        store.save_workout(DATES[2], SESSION)
    profile = ("--sex", "F", "--age", "34", "--db", url)
    code, out, err = _run(capsys, "plan-week", "--start", START, *profile, "--save", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["kept"] == [DATES[0]]
    assert result["saved"] == DATES[1:]
    assert result["limits"] == {"days_per_food": 3, "uses_per_kind": 10}
    days = {d["date"]: d for d in result["days"]}
    assert "plan" not in days[DATES[0]]
    assert days[DATES[2]]["adjusted"][0].startswith("training day")
    # F 34 water AI 2,700 g + 1,900 g of sweat.
    assert days[DATES[2]]["totals"]["water_g"] >= 4600.0
    for date in DATES[1:]:
        assert set(days[date]["status"].values()) == {"within"}, date
    with open_store(url) as store:
        assert store.plan_dates() == DATES
        assert store.plan_day(DATES[0]) == [PlanEntry("breakfast", BANANA, "1", "medium")]

    code, out, err = _run(capsys, "days", "week", START, *profile, "--json")
    assert code == 0, err
    view = json.loads(out)
    assert view["days"][0]["entries"] == 1
    assert view["days"][2]["adjusted"] is True
    # One banana (118 g) is below every target; the six generated days are within.
    for name in CHECKED:
        assert view["counts"][name] == {
            "below": 1,
            "within": 6,
            "above": 0,
            "unknown": 0,
            "no plan": 0,
        }, name

    code, out, _ = _run(capsys, "days", "week", START, *profile)
    assert code == 0
    assert "Days per nutrient:" in out
    assert "Potassium  1 below, 6 within, 0 above, 0 no plan (mg)" in out
    assert "* training day" in out
    assert "kidney disease" in out


def test_plan_week_text_names_kept_days_and_problems(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    code, out, err = _run(
        capsys, "plan-week", "--start", START, "--sex", "F", "--age", "34", "--db", url
    )
    assert code == 0, err
    assert "A week for female, 34 years at about 2,000 kcal a day:" in out
    assert "2030-01-01 (Tue)" in out
    assert "Variety: no food on more than 3 days" in out
    with open_store(url) as store:
        assert store.plan_dates() == []  # nothing saved without --save


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("plan-week", "--start", "2030-13-01", "--sex", "F", "--age", "34"), "is not a date"),
        (("plan-week", "--start", START, "--kcal", "100", "--sex", "F", "--age", "34"), "800"),
        (("days", "week", START), "give --sex and --age"),
    ],
)
def test_bad_input_is_one_line_not_a_traceback(tmp_path: Path, capsys, args, message) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    code, _, err = _run(capsys, *args, "--db", url)
    assert code == 2
    assert err.startswith("planner: error:")
    assert message in err
    assert "Traceback" not in err


APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
TODAY = dt.date.today()
THIS_WEEK = week_dates(TODAY)


def _week_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("views/week.py").run()
    assert not at.exception
    return at


def _table(at: AppTest) -> pd.DataFrame:
    return next(d.value for d in at.dataframe if "entries" in d.value.columns)


def _counts(at: AppTest) -> pd.DataFrame:
    return next(d.value for d in at.dataframe if "Nutrient" in d.value.columns)


def test_the_page_generates_the_days_without_a_plan_and_keeps_the_others() -> None:
    open_store().save_plan_day(TODAY, [PlanEntry("breakfast", BANANA, "1", "medium")])
    open_store().save_workout(THIS_WEEK[2], SESSION)
    at = _week_page()
    table = _table(at)
    assert table["date"].tolist() == THIS_WEEK
    assert table["entries"].tolist() == [1, 0, 0, 0, 0, 0, 0]
    assert table["training"].tolist()[2] == "adjusted"
    assert (table.iloc[1:]["potassium_mg"] == "no plan").all()
    counts = _counts(at).set_index("Nutrient")
    assert counts.loc["Potassium"].to_dict() == {
        "below": 1,
        "within": 0,
        "above": 0,
        "unknown": 0,
        "no plan": 6,
    }
    assert any(f"Days to generate: {', '.join(THIS_WEEK[1:])}." == c.value for c in at.caption)
    assert any("kidney disease" in c.value for c in at.caption)

    at.button(key="week_go").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == [f"Filled 6 days: {', '.join(THIS_WEEK[1:])}."]
    with open_store() as store:
        assert store.plan_dates() == THIS_WEEK
        assert store.plan_day(TODAY) == [PlanEntry("breakfast", BANANA, "1", "medium")]
    table = _table(at)
    assert (table["entries"].iloc[1:] > 0).all()
    for name in CHECKED:
        assert (table[name].iloc[1:] == "within").all(), name
    counts = _counts(at).set_index("Nutrient")
    assert counts.loc["Water"].to_dict() == {
        "below": 1,
        "within": 6,
        "above": 0,
        "unknown": 0,
        "no plan": 0,
    }
    # Every day has a plan now: nothing to generate unless replacing is chosen.
    assert at.button(key="week_go").disabled
    at.checkbox(key="week_replace").check().run()
    at.button(key="week_go").click().run()
    assert not at.exception
    assert at.success[0].value.endswith(f"Replaced the plans of {', '.join(THIS_WEEK)}.")
    assert len(open_store().plan_day(TODAY) or []) > 1


def test_a_day_of_the_week_opens_in_plan_a_day() -> None:
    open_store().save_plan_day(THIS_WEEK[3], [PlanEntry("lunch", MILK, "1", "cup")])
    at = _week_page()
    at.button(key=f"week_open_{THIS_WEEK[3]}").click().run()
    assert not at.exception
    assert at.title[0].value == "Plan a day"
    assert at.date_input(key="plan_date").value == dt.date.fromisoformat(THIS_WEEK[3])
    assert [e["food"] for e in at.session_state["plan_entries"]] == [MILK]


def test_a_doctors_sodium_limit_is_kept_by_every_generated_day() -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.sidebar.number_input(key="profile_sodium_max").set_value(1200).run()
    at.switch_page("views/week.py").run()
    assert not at.exception
    at.button(key="week_go").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == [f"Filled 7 days: {', '.join(THIS_WEEK)}."]
    table = _table(at)
    assert (table["entries"] > 0).all()
    # The doctor's 1,200 mg is below the AI of 1,500 mg, so it replaces it: no day goes above
    # the limit, and with no level of sodium to reach, no day is short of one.
    assert not (table["sodium_mg"] == "above").any()
    assert not (table["sodium_mg"] == "below").any()
    assert not any("sodium" in w.value for w in at.warning)
