"""The dashboard under Streamlit's AppTest: every page and its main interactions."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

from streamlit.testing.v1 import AppTest

from planner.diary.planner_csv import diary_csv, diary_frame, read_diary
from planner.intake.check import check_entries, day_summary
from planner.intake.targets import Profile, daily_targets
from planner.store import open_store

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")


def _app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=60).run()


def _add(
    at: AppTest,
    query: str,
    *,
    amount: float = 1.0,
    unit: str | None = None,
    meal: str = "breakfast",
) -> AppTest:
    at.text_input(key="food_search").input(query).run()
    food_id = at.selectbox(key="add_food").value
    at.number_input(key=f"add_amount_{food_id}").set_value(amount).run()
    if unit is not None:
        at.selectbox(key=f"add_unit_{food_id}").set_value(unit).run()
    at.selectbox(key=f"add_meal_{food_id}").set_value(meal).run()
    next(b for b in at.button if b.label == "Add to plan").click().run()
    return at


def _number(text: str) -> float:
    """A number as a table shows it: "1,079" -> 1079.0, "–" (missing) -> NaN."""
    return math.nan if text == "–" else float(text.replace(",", "").split(" ")[0])


def _totals(at: AppTest):
    """The day's totals table: the one with a "% of target" column."""
    table = next(d.value for d in at.dataframe if "% of target" in d.value.columns)
    # "Potassium (mg)" -> "Potassium"; "2,700 (AI)" -> 2700.0.
    return table.assign(
        nutrient=table["Nutrient"].str.replace(r" \(.*\)$", "", regex=True),
        total=table["Total"].map(_number),
        target=table["Target (kind)"].str.split(" ").str[0].str.replace(",", "").astype(float),
        status=table["Status"],
        adjusted=table["Adjusted"],
    ).set_index("nutrient")


def test_plan_page_starts_empty() -> None:
    at = _app()
    assert not at.exception
    assert at.title[0].value == "Plan a day"
    assert any("plan is empty" in i.value for i in at.info)


def test_adding_foods_shows_chart_and_totals() -> None:
    at = _app()
    _add(at, "banana")  # article banana, usual portion: 1 medium = 118 g
    _add(at, "whole milk", unit="cup", meal="lunch")
    assert not at.exception
    # % of target, contributions, and the before/after chart of "Fill my gaps".
    assert len(at.get("plotly_chart")) == 3
    totals = _totals(at)
    # banana 118 g (K 358/100 g) + whole milk: the first "whole milk" hit is SR28 01077
    # (K 132/100 g, 1 cup = 244 g).
    # Shown as whole numbers: 1,066.3 mg reads "1,066".
    assert math.isclose(totals.at["Potassium", "total"], 358 * 1.18 + 132 * 2.44, abs_tol=0.5)
    assert totals.at["Potassium", "status"] == "below"


def test_the_profile_sets_the_targets() -> None:
    at = _app()
    assert not at.exception
    assert at.session_state["targets"]["potassium_mg"].min == 2600  # female 34 by default
    # dri_targets.csv: calcium RDA 1,000 mg at 19-50 and 1,200 mg for women 51-70.
    at.sidebar.number_input(key="profile_age").set_value(60).run()
    assert at.session_state["targets"]["calcium_mg"].min == 1200
    at.sidebar.radio(key="profile_sex").set_value("M").run()
    assert at.session_state["targets"]["calcium_mg"].min == 1000
    assert at.session_state["targets"]["potassium_mg"].min == 3400


def test_a_doctors_sodium_limit_replaces_the_cdrr() -> None:
    at = _app()
    at.sidebar.number_input(key="profile_sodium_max").set_value(1500).run()
    sodium = at.session_state["targets"]["sodium_mg"]
    assert (sodium.max, sodium.max_kind) == (1500, "override")


def test_removing_an_entry() -> None:
    at = _app()
    _add(at, "banana")
    _add(at, "spinach", amount=100, unit="g")
    assert len(at.session_state["plan_entries"]) == 2
    at.session_state["plan_entries"] = at.session_state["plan_entries"][1:]
    at.run()
    assert not at.exception
    assert [e["food"] for e in at.session_state["plan_entries"]] == ["sr28:11457"]


def test_download_reads_back_to_the_same_totals(foods, portions, index) -> None:
    at = _app()
    _add(at, "banana", amount=2)
    _add(at, "spinach", amount=150, unit="g", meal="dinner")
    assert not at.exception
    shown = _totals(at)
    assert len(at.get("download_button")) == 1
    # The button serves diary_csv(diary_frame(plan)); read that text back as `planner check`.
    csv = diary_csv(diary_frame(at.session_state["plan_entries"], date="2030-01-01"))
    diary = read_diary(csv.encode(), foods=foods, portions=portions, index=index)
    check = check_entries(diary.entries, foods=foods, targets=daily_targets(Profile("F", 34)))
    again = day_summary(check, "2030-01-01")["totals"]
    assert math.isclose(again["potassium_mg"], shown.at["Potassium", "total"], abs_tol=0.5)
    assert math.isclose(again["potassium_mg"], 2 * 1.18 * 358 + 1.5 * 558)


def _workout(at: AppTest, **values: float) -> AppTest:
    at.switch_page("views/workout.py").run()
    for key, value in values.items():
        at.number_input(key=f"w_{key}").set_value(value)
    next(b for b in at.button if b.label == "Calculate").click().run()
    return at


def test_workout_page_shows_losses_and_a_recovery_plan() -> None:
    at = _workout(_app(), before=70.0, after=68.6, drank=0.5, hours=1.5, urine=0.1)
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Sweat loss"] == "1.80 L"  # 70 - 68.6 + 0.5 - 0.1
    assert metrics["Sweat rate"] == "1.20 L/h"
    assert metrics["Drink over the next hours"] == "1.75-2.10 L"  # 125-150 % of 1.4 kg
    assert any("2.0 % of your body mass" in e.value for e in at.error)
    assert len(at.get("plotly_chart")) == 2  # schedule, lost against replaced


def test_workout_overdrinking_is_impossible_to_miss() -> None:
    at = _workout(_app(), before=70.0, after=70.4, drank=1.2, hours=1.0)
    assert not at.exception
    assert any("hyponatremia" in e.value for e in at.error)
    assert {m.label: m.value for m in at.metric}["Drink over the next hours"] == "none extra"


def test_workout_bad_input_gets_a_clear_error() -> None:
    at = _workout(_app(), before=70.0, after=60.0, drank=0.0, hours=1.0)
    assert not at.exception
    assert any("more than anyone measured" in e.value for e in at.error)


def test_training_day_losses_raise_that_days_targets() -> None:
    at = _workout(_app(), before=70.0, after=69.0, drank=0.0, hours=1.0)
    next(b for b in at.button if b.label.startswith("Add these losses")).click().run()
    assert not at.exception
    # Kept in the store, not in the session.
    assert "training_sessions" not in at.session_state
    date = next(iter(open_store().workouts()))
    at.switch_page("views/plan_day.py").run()
    at.date_input(key="plan_date").set_value(dt.date.fromisoformat(date)).run()
    _add(at, "banana")
    assert any("Targets adjusted for this training day" in i.value for i in at.info)
    totals = _totals(at)
    # F 34: water AI 2,700 g + 1 L sweat; sodium AI 1,500 + 1 L x 50 mmol/L x 22.99 mg.
    assert math.isclose(totals.at["Water", "target"], 3700)
    # Shown as a whole number: 2,649.5 mg reads "2,650".
    assert math.isclose(totals.at["Sodium", "target"], 1500 + 1149.5, abs_tol=0.5)
    assert totals.at["Sodium", "adjusted"].startswith("training day")


def test_fill_my_gaps_adds_the_suggestion_to_the_plan() -> None:
    at = _add(_app(), "banana")
    assert not at.exception
    assert any("drinks close that gap" in i.value for i in at.info)
    at.button(key="gaps_add").click().run()
    assert not at.exception
    plan = at.session_state["plan_entries"]
    assert len(plan) > 1
    assert all(e["meal"] == "snacks" for e in plan[1:])
    totals = _totals(at)
    for name in ("Potassium", "Magnesium", "Calcium", "Sodium"):
        assert totals.at[name, "status"] == "within", name


def test_generate_a_day_fills_the_plan() -> None:
    at = _app()
    at.button(key="gen_go").click().run()
    assert not at.exception
    meals = {e["meal"] for e in at.session_state["plan_entries"]}
    assert meals == {"breakfast", "lunch", "dinner", "snacks"}
    assert any("Every target is reached" in s.value for s in at.success)


def test_foods_page_ranks_and_filters() -> None:
    at = _app()
    at.switch_page("views/foods.py").run()
    assert not at.exception
    at.selectbox(key="f_nutrient").set_value("calcium_mg").run()
    at.checkbox(key="f_articles").check().run()
    table = at.dataframe[0].value
    assert table["amount"].is_monotonic_decreasing
    assert table.iloc[0]["food_id"] == "sr28:01028"  # part-skim mozzarella, 782 mg/100 g
    assert len(at.get("plotly_chart")) == 1


DATA = Path(__file__).resolve().parent / "data"


def _upload(name: str) -> AppTest:
    at = _app()
    at.switch_page("views/diary.py").run()
    data = (DATA / name).read_bytes()
    at.file_uploader(key="diary_file").set_value((name, data, "text/csv")).run()
    return at


def _remap(at: AppTest):
    """The switch to recompute an upload from the food database."""
    return next(t for t in at.toggle if t.label.startswith("Recompute"))


def test_food_diary_shows_a_cronometer_export_as_logged() -> None:
    at = _upload("cronometer_servings.csv")
    assert not at.exception
    assert any("Cronometer servings.csv" in s.value for s in at.success)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Rows read"] == "9"
    assert metrics["Skipped"] == "1"
    # Trend, heatmap, weekly, Na:K, and the chosen day's two charts.
    assert len(at.get("plotly_chart")) == 6
    days = next(d.value for d in at.dataframe if "potassium_mg_pct" in d.value.columns)
    # Shown as whole numbers: 1,079.24 mg reads "1,079".
    assert abs(_number(days.at["2023-09-17", "potassium_mg"]) - (422.44 + 322 + 334.8)) < 0.5


def test_food_diary_remap_and_correct_a_match() -> None:
    at = _upload("cronometer_servings.csv")
    _remap(at).set_value(True).run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Rejected"] == "1"
    at.selectbox(key="fix_name").set_value("Bear Naked Granola Fruit and Nut").run()
    at.text_input(key="fix_query").input("granola").run()
    pick = next(o for o in at.selectbox(key="fix_pick").options if "granola" in o.lower())
    at.selectbox(key="fix_pick").set_value(pick[pick.rfind("(") + 1 : -1]).run()
    at.button(key="fix_apply").click().run()
    assert not at.exception
    fixed = open_store().corrections()["Bear Naked Granola Fruit and Nut"]
    matches = next(d.value for d in at.dataframe if "score" in d.value.columns)
    row = matches.set_index("name").loc["Bear Naked Granola Fruit and Nut"]
    assert row["status"] == "user"
    assert fixed in pick


def test_food_diary_mfp_says_what_is_not_available() -> None:
    at = _upload("mfp_nutrition_summary.csv")
    assert not at.exception
    assert any("% Daily Value" in i.value for i in at.info)
    assert any("no magnesium, water" in i.value for i in at.info)
    assert {m.label: m.value for m in at.metric}["Magnesium"] == "not available"


def test_food_diary_bad_file_is_a_clear_error() -> None:
    at = _app()
    at.switch_page("views/diary.py").run()
    at.file_uploader(key="diary_file").set_value(("x.csv", b"a,b\n1,2\n", "text/csv")).run()
    assert not at.exception
    assert any("cannot be read" in e.value for e in at.error)
    # The detail names the file's own columns, shown as plain text.
    assert any("cannot tell which diary format" in t.value for t in at.text)


def test_food_diary_reads_any_csv_through_a_column_mapping() -> None:
    at = _app()
    at.switch_page("views/diary.py").run()
    data = (
        b"Date,Name,Type,Calories,Sodium,Potassium (g)\n"
        b"2024-03-01,Banana,Breakfast,105,1,0.42\n"
        b"2024-03-01,Spinach,Lunch,14,47,0.33\n"
    )
    at.file_uploader(key="diary_file").set_value(("other.csv", data, "text/csv")).run()
    assert any("cannot be read" in e.value for e in at.error)
    assert any("cannot tell which diary format" in t.value for t in at.text)
    at.selectbox(key="columns_date").set_value("date")
    at.selectbox(key="columns_name").set_value("name")
    at.selectbox(key="columns_meal").set_value("type")
    at.selectbox(key="columns_potassium_header").set_value("potassium (g)")
    at.selectbox(key="columns_potassium_unit").set_value("g")
    at.selectbox(key="columns_sodium_header").set_value("sodium")
    at.button[0].click().run()
    assert not at.exception
    assert any("your column mapping" in s.value for s in at.success)
    days = next(d.value for d in at.dataframe if "potassium_mg_pct" in d.value.columns)
    # 0.42 + 0.33 g of potassium, logged in grams: 750 mg.
    assert _number(days.at["2024-03-01", "potassium_mg"]) == 750.0


def test_choosing_another_food_starts_from_its_usual_portion() -> None:
    # After 6 oz of salmon, a banana search must show (and add) 1 medium banana, not
    # 6 of salmon's ounces.
    at = _app()
    _add(at, "salmon", amount=6.0, unit="oz")
    at.text_input(key="food_search").input("banana").run()
    food_id = at.selectbox(key="add_food").value
    assert at.number_input(key=f"add_amount_{food_id}").value == 1.0
    assert at.selectbox(key=f"add_unit_{food_id}").value.startswith("medium")
    next(b for b in at.button if b.label == "Add to plan").click().run()
    added = at.session_state["plan_entries"][-1]
    assert (added["food"], added["amount"]) == (food_id, 1.0)
    assert added["unit"].startswith("medium")


def test_a_doctors_sodium_limit_below_the_ai_keeps_every_page_working() -> None:
    at = _app()
    at.sidebar.number_input(key="profile_sodium_max").set_value(1000).run()
    assert not at.exception
    sodium = at.session_state["targets"]["sodium_mg"]
    # The limit replaces the 1,500 mg AI: nothing to reach, at most 1,000 mg.
    assert (sodium.min, sodium.max) == (0.0, 1000)
    assert not any("Correct the profile" in i.value for i in at.info)
    for page in ("views/diary.py", "views/foods.py", "views/workout.py", "views/plan_day.py"):
        at.switch_page(page).run()
        assert not at.exception, page
        assert not any("Correct the profile" in i.value for i in at.info), page


def test_age_is_whole_years_from_one() -> None:
    at = _app()
    age = at.sidebar.number_input(key="profile_age")
    assert age.value == 34
    assert isinstance(age.value, int)
    assert age.min == 1


def test_a_new_upload_starts_from_the_trackers_numbers_and_the_switch_says_so() -> None:
    at = _upload("cronometer_servings.csv")
    _remap(at).set_value(True).run()
    assert {m.label: m.value for m in at.metric}["Rejected"] == "1"
    data = (DATA / "loseit.csv").read_bytes()
    at.file_uploader(key="diary_file").set_value(("loseit.csv", data, "text/csv")).run()
    assert not at.exception
    assert _remap(at).value is False
    assert any("from your tracker's numbers" in h.value for h in at.subheader)


def test_the_imperial_switch_converts_what_was_typed() -> None:
    at = _app()
    at.switch_page("views/workout.py").run()
    at.number_input(key="w_before").set_value(72.0).run()
    at.toggle(key="workout_imperial").set_value(True).run()
    assert not at.exception
    # 72 kg / 0.45359237 kg per lb = 158.73 lb; 0.5 L / 0.0295735 L per fl oz = 16.91 fl oz.
    assert at.number_input(key="w_before").value == 158.7
    assert at.number_input(key="w_drank").value == 16.91
    at.toggle(key="workout_imperial").set_value(False).run()
    assert at.number_input(key="w_before").value == 72.0


def test_a_training_day_can_be_reached_and_generated_for_its_adjusted_targets() -> None:
    from planner.sweat.losses import Session, sweat_losses

    at = _app()
    # 70 -> 68.8 kg in 1.5 h, nothing drunk: 1.2 L of sweat and 1,379 mg of sodium at 50 mmol/L.
    session = Session(70, 68.8, drank_l=0.0, hours=1.5, sweat_sodium_mmol_l=50)
    result = sweat_losses(session)
    open_store().save_workout("2030-05-04", session)
    at.run()
    next(b for b in at.button if b.label == "Plan 2030-05-04").click().run()
    assert not at.exception
    assert at.date_input(key="plan_date").value.isoformat() == "2030-05-04"
    at.button(key="gen_go").click().run()
    assert not at.exception
    totals = _totals(at)
    sodium = at.session_state["targets"]["sodium_mg"].min + result.losses_mg["sodium_mg"]
    # The generated day reaches the training day's sodium (1,500 + 1,379 mg), not just 1,500.
    assert totals.at["Sodium", "total"] >= sodium - 0.5  # shown as a whole number
    assert any("training day" in c.value for c in at.caption)


def test_an_upload_is_kept_in_its_session_not_in_a_server_wide_cache() -> None:
    from views._shared import UPLOAD_READ, read_uploaded_diary

    # A st.cache_data function is shared by every session on the server and has .clear().
    assert not hasattr(read_uploaded_diary, "clear")
    at = _upload("cronometer_servings.csv")
    assert not at.exception
    assert UPLOAD_READ in at.session_state
    other = _app()
    assert UPLOAD_READ not in other.session_state


def test_search_shows_fifteen_foods_and_more_on_request() -> None:
    at = _app()
    at.text_input(key="food_search").input("milk").run()
    assert len(at.selectbox(key="add_food").options) == 15
    at.button(key="search_more").click().run()
    assert len(at.selectbox(key="add_food").options) == 30
    # A new query starts again from 15.
    at.text_input(key="food_search").input("cheese").run()
    assert len(at.selectbox(key="add_food").options) == 15


def test_food_diary_says_which_rows_count_as_a_best_guess() -> None:
    at = _app()
    at.switch_page("views/diary.py").run()
    data = (
        b"date,meal,food,amount,unit\n"
        b"2024-05-01,breakfast,Bananas raw,1,medium\n"
        b"2024-05-01,lunch,bananna,1,medium\n"
    )
    at.file_uploader(key="diary_file").set_value(("menu.csv", data, "text/csv")).run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Used"] == "2"
    assert any(w.value.startswith("1 row counts as the best guess of a name") for w in at.warning)
    # The guessed name comes first among the matches to correct.
    assert at.selectbox(key="fix_name").options[0] == "bananna"


def test_food_diary_reads_a_planner_csv_with_rejected_rows_and_says_its_day_is_a_lower_bound() -> (
    None
):
    # An unreadable amount in the planner's own CSV once raised a KeyError on this page (the
    # "give grams" panel looked for the row among a tracker's rows).
    at = _app()
    at.switch_page("views/diary.py").run()
    data = (
        b"date,meal,food,amount,unit\n"
        b"2024-05-01,breakfast,Bananas raw,1,medium\n"
        b"2024-05-01,lunch,Bananas raw,1,bucket\n"
        b"2024-05-01,dinner,xyzzy,1,cup\n"
        b"2024-05-02,breakfast,Bananas raw,2,medium\n"
    )
    at.file_uploader(key="diary_file").set_value(("menu.csv", data, "text/csv")).run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Rejected"] == "2"
    at.selectbox(key="diary_day").set_value("2024-05-01").run()
    assert any(
        w.value.startswith("2 rows of this day were rejected") and "lower bound" in w.value
        for w in at.warning
    )
