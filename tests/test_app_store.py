"""The pages keep a person's data: whose it is, autosave, corrections, leaving with it."""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import zipfile
from pathlib import Path

from streamlit.testing.v1 import AppTest

from planner.store import PlanEntry, open_store
from planner.sweat.losses import Session

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
DATA = Path(__file__).resolve().parent / "data"
BANANA, MILK, SPINACH = "sr28:09040", "sr28:01077", "sr28:11457"
TOMORROW = dt.date.today() + dt.timedelta(days=1)


def _app(user: str | None = None, page: str | None = None) -> AppTest:
    """A new browser session (a reload), signed in as ``user`` or local."""
    at = AppTest.from_file(APP, default_timeout=60)
    if user is not None:
        at.user = {"is_logged_in": True, "email": user, "sub": f"id-{user}"}
    at.run()
    if page is not None:
        at.switch_page(page).run()
    return at


def _add(at: AppTest, query: str, *, meal: str = "breakfast") -> AppTest:
    at.text_input(key="food_search").input(query).run()
    food_id = at.selectbox(key="add_food").value
    at.selectbox(key=f"add_meal_{food_id}").set_value(meal).run()
    at.button(key="add_go").click().run()
    assert not at.exception
    return at


def _foods(at: AppTest) -> list[str]:
    return [e["food"] for e in at.session_state["plan_entries"]]


def test_a_reload_keeps_the_plan_of_each_day() -> None:
    at = _add(_app(), "banana")
    _add(at, "whole milk", meal="lunch")
    again = _app()  # a new session: what a browser reload starts
    assert not again.exception
    assert _foods(again) == [BANANA, MILK]
    assert any(c.value == "2 entries in this plan." for c in again.caption)
    saved = open_store().plan_day(TOMORROW)
    units = [e["unit"] for e in again.session_state["plan_entries"]]
    assert units[0] == 'medium (7" to 7-7/8" long)'
    assert saved == [
        PlanEntry("breakfast", BANANA, "1", units[0], None),
        PlanEntry("lunch", MILK, "1", units[1], None),
    ]
    # Another date starts empty; coming back shows the day again.
    later = TOMORROW + dt.timedelta(days=3)
    again.date_input(key="plan_date").set_value(later).run()
    assert _foods(again) == []
    again.date_input(key="plan_date").set_value(TOMORROW).run()
    assert _foods(again) == [BANANA, MILK]


def test_removing_every_entry_forgets_the_day() -> None:
    at = _add(_app(), "banana")
    assert open_store().plan_dates() == [TOMORROW.isoformat()]
    at.session_state["plan_entries"] = []
    at.run()
    assert not at.exception
    assert open_store().plan_dates() == []


def test_two_signed_in_people_never_see_each_others_plan() -> None:
    ana = _add(_app("ana@example.com"), "banana")
    bob = _app("bob@example.com")
    assert _foods(bob) == []
    assert any("plan is empty" in i.value for i in bob.info)
    _add(bob, "spinach")
    assert _foods(_app("ana@example.com")) == [BANANA]
    assert _foods(_app("bob@example.com")) == [SPINACH]
    # Nor does the local user (a run without sign-in) see theirs.
    assert _foods(_app()) == []
    store = open_store()
    assert store.for_user("ana@example.com").plan_dates() == [TOMORROW.isoformat()]
    assert store.plan_dates() == []
    assert not ana.exception
    # Each person's My data holds only their own day.
    mine = _app("bob@example.com", "views/my_data.py")
    timeline = mine.dataframe[0].value
    assert list(timeline["date"]) == [TOMORROW.isoformat()]
    assert list(timeline["planned"]) == ["1"]


def test_the_profile_and_a_doctors_limit_are_kept() -> None:
    at = _app()
    at.sidebar.number_input(key="profile_age").set_value(60).run()
    at.sidebar.number_input(key="profile_sodium_max").set_value(1500).run()
    assert not at.exception
    again = _app()
    assert again.sidebar.number_input(key="profile_age").value == 60
    sodium = again.session_state["targets"]["sodium_mg"]
    assert (sodium.max, sodium.max_kind) == (1500, "override")
    # dri_targets.csv: calcium RDA 1,200 mg for women 51-70.
    assert again.session_state["targets"]["calcium_mg"].min == 1200
    saved = open_store().profile()
    assert saved is not None
    assert saved.profile.age_years == 60
    assert saved.limits == {"sodium_mg": {"max": 1500.0}}


def test_a_first_visit_keeps_nothing() -> None:
    at = _app()
    assert not at.exception
    assert open_store().profile() is None
    assert open_store().timeline().empty


def test_a_workouts_losses_last_across_sessions() -> None:
    at = _app(page="views/workout.py")
    at.date_input(key="w_date").set_value(dt.date(2030, 5, 4))
    for key, value in {"before": 70.0, "after": 69.0, "drank": 0.0, "hours": 1.0}.items():
        at.number_input(key=f"w_{key}").set_value(value)
    at.button(key="w_calculate").click().run()
    next(b for b in at.button if b.label.startswith("Add these losses")).click().run()
    assert not at.exception
    assert any("kept in My data" in s.value for s in at.success)
    again = _app()
    assert not again.exception
    again.button(key="jump_2030-05-04").click().run()
    _add(again, "banana")
    assert any("Targets adjusted for this training day" in i.value for i in again.info)
    workout = open_store().workouts()["2030-05-04"]
    # 1 kg lost, nothing drunk: 1 L of sweat at 50 mmol/L sodium = 1,149.5 mg.
    assert math.isclose(workout.sweat_loss_l, 1.0)
    assert math.isclose(workout.losses_mg["sodium_mg"], 1149.5)


def test_a_session_saved_from_the_command_line_adjusts_plan_a_day() -> None:
    open_store().save_workout("2030-05-04", Session(70, 68.8, drank_l=0.0, hours=1.5))
    at = _app()
    assert any(b.label == "Plan 2030-05-04" for b in at.button)


def _diary(user: str | None = None) -> AppTest:
    return _app(user, "views/diary.py")


def _upload(at: AppTest, name: str) -> AppTest:
    data = (DATA / name).read_bytes()
    at.file_uploader(key="diary_file").set_value((name, data, "text/csv")).run()
    assert not at.exception
    return at


def _remap(at: AppTest):
    return next(t for t in at.toggle if t.label.startswith("Recompute"))


def _match(at: AppTest, name: str):
    matches = next(d.value for d in at.dataframe if "score" in d.value.columns)
    return matches.set_index("name").loc[name]


GRANOLA = "Bear Naked Granola Fruit and Nut"


def test_a_match_correction_is_used_the_next_time_the_name_appears() -> None:
    at = _upload(_diary(), "cronometer_servings.csv")
    _remap(at).set_value(True).run()
    assert _match(at, GRANOLA)["status"] == "unmatched"
    at.selectbox(key="fix_name").set_value(GRANOLA).run()
    at.text_input(key="fix_query").input("granola").run()
    pick = at.selectbox(key="fix_pick").options[0]
    food_id = pick[pick.rfind("(") + 1 : -1]
    at.selectbox(key="fix_pick").set_value(food_id).run()
    at.button(key="fix_apply").click().run()
    assert _match(at, GRANOLA)["status"] == "user"
    assert open_store().corrections() == {GRANOLA: food_id}
    # Another day, another session: the same name is matched as corrected, unasked.
    again = _upload(_diary(), "cronometer_servings.csv")
    _remap(again).set_value(True).run()
    row = _match(again, GRANOLA)
    assert (row["status"], row["description"]) == ("user", pick[: pick.rfind("(")].strip())
    assert {m.label: m.value for m in again.metric}["Rejected"] == "0"
    # Someone else's uploads are not corrected by this person's choice.
    other = _upload(_diary("bob@example.com"), "cronometer_servings.csv")
    _remap(other).set_value(True).run()
    assert _match(other, GRANOLA)["status"] == "unmatched"


HANDFUL = (
    b"Day,Group,Food Name,Amount\n"
    b'2024-01-01,Lunch,"Bananas, raw","1.00 handful"\n'
    b'2024-01-02,Lunch,"Bananas, raw","1.00 handful"\n'
)


def _handfuls(at: AppTest) -> AppTest:
    at.file_uploader(key="diary_file").set_value(("handful.csv", HANDFUL, "text/csv")).run()
    remap = [t for t in at.toggle if t.label.startswith("Recompute")]
    if remap:
        remap[0].set_value(True).run()
    assert not at.exception
    return at


def test_an_amount_given_in_grams_is_used_next_time() -> None:
    at = _handfuls(_diary())
    assert {m.label: m.value for m in at.metric}["Rejected"] == "2"
    assert at.selectbox(key="weigh_pair").value == ("Bananas, raw", "1.00 handful")
    at.number_input(key="weigh_grams").set_value(80.0).run()
    at.button(key="weigh_apply").click().run()
    assert open_store().amount_corrections() == {("Bananas, raw", "1.00 handful"): 80.0}
    again = _handfuls(_diary())
    assert {m.label: m.value for m in again.metric}["Rejected"] == "0"
    days = next(d.value for d in again.dataframe if "potassium_mg_pct" in d.value.columns)
    # 80 g of banana (SR28 09040, 358 mg K per 100 g) = 286.4 mg on each day.
    assert list(days["potassium_mg"]) == ["286", "286"]


def test_an_uploaded_diary_is_kept_and_shown_without_its_file() -> None:
    at = _upload(_diary(), "cronometer_servings.csv")
    assert any("Kept in My data" in c.value for c in at.caption)
    dates = open_store().tracker_dates()
    assert "2023-09-17" in dates
    again = _diary()  # a new session, no file chosen: the history first, then the diary
    assert not again.exception
    again.radio(key="diary_view_saved").set_value("kept").run()
    assert again.selectbox(key="diary_kept").value is not None
    days = next(d.value for d in again.dataframe if "potassium_mg_pct" in d.value.columns)
    # The tracker's numbers as uploaded: 422.44 + 322 + 334.8 mg, shown as "1,079".
    assert days.at["2023-09-17", "potassium_mg"] == "1,079"
    assert list(days.index) == dates
    # And on My data's timeline.
    timeline = _app(page="views/my_data.py").dataframe[0].value
    assert list(timeline["date"]) == dates


def test_switching_keep_off_keeps_nothing() -> None:
    at = _diary()
    at.toggle(key="diary_keep").set_value(False).run()
    _upload(at, "cronometer_servings.csv")
    assert open_store().tracker_dates() == []
    assert any("Choose a file" in i.value for i in _diary().info)


def _options(at: AppTest) -> list[str]:
    return list(at.selectbox(key="add_food").options)


def test_favourite_and_recent_foods_lead_the_search() -> None:
    at = _app()
    at.text_input(key="food_search").input("milk").run()
    plain = _options(at)
    # Mark the tenth match a favourite: it comes first from then on, starred.
    tenth = plain[9]
    food_id = tenth[tenth.rfind("(") + 1 : -1]
    at.selectbox(key="add_food").set_value(food_id).run()
    at.checkbox(key=f"favourite_{food_id}").check().run()
    assert not at.exception
    assert open_store().favourite_foods() == [food_id]
    again = _app()
    again.text_input(key="food_search").input("milk").run()
    assert _options(again)[0] == f"★ {tenth}"
    assert _options(again)[1:10] == plain[:9]
    # A food added to a plan leads too, after the favourites.
    _add(again, "banana")
    again.text_input(key="food_search").input("banana chips").run()
    assert BANANA in _options(again)[0]
    # With no query, the favourites and recent foods are offered alone.
    again.text_input(key="food_search").input("").run()
    offered = _options(again)
    assert len(offered) == 2
    assert offered[0] == f"★ {tenth}"
    assert BANANA in offered[1]
    # Another person's search is their own.
    bob = _app("bob@example.com")
    bob.text_input(key="food_search").input("milk").run()
    assert _options(bob) == plain


def test_copy_a_day_and_a_meal_to_another_date() -> None:
    at = _add(_app(), "banana")
    _add(at, "whole milk", meal="lunch")
    later = TOMORROW + dt.timedelta(days=1)
    at.selectbox(key="copy_what").set_value("day")
    at.date_input(key="copy_target").set_value(later)
    at.button(key="copy_go").click().run()
    assert any("Copied 2 entries" in s.value for s in at.success)
    store = open_store()
    assert store.plan_day(later) == store.plan_day(TOMORROW)
    # One meal to a third day keeps that day's other meals.
    third = TOMORROW + dt.timedelta(days=2)
    store.save_plan_day(third, [PlanEntry("dinner", SPINACH, "100", "g")])
    at.selectbox(key="copy_what").set_value("lunch")
    at.date_input(key="copy_target").set_value(third)
    at.button(key="copy_go").click().run()
    assert any("Copied 1 entry" in s.value for s in at.success)
    assert [(e.meal, e.food_id) for e in store.plan_day(third)] == [
        ("dinner", SPINACH),
        ("lunch", MILK),
    ]
    at.date_input(key="plan_date").set_value(third).run()
    assert _foods(at) == [SPINACH, MILK]


def test_a_diary_csv_loads_into_the_plans_of_its_dates() -> None:
    data = (
        b"date,meal,food,amount,unit\n"
        b'2030-02-01,breakfast,sr28:09040,2,"medium (7"" to 7-7/8"" long)"\n'
        b'2030-02-01,Meal 2,"Bananas, raw",100,g\n'
        b"2030-02-02,dinner,sr28:01077,1,lb\n"
        b"2030-02-02,dinner,xyzzy,1,g\n"
    )
    at = _app()
    at.file_uploader(key="plan_csv").set_value(("days.csv", data, "text/csv")).run()
    at.button(key="plan_csv_go").click().run()
    assert not at.exception
    assert any("Loaded 3 entries into 2 days" in s.value for s in at.success)
    assert at.date_input(key="plan_date").value == dt.date(2030, 2, 1)
    assert _foods(at) == [BANANA, BANANA]
    # "Meal 2" is not a meal of the plan: it goes to snacks.
    assert [e["meal"] for e in at.session_state["plan_entries"]] == ["breakfast", "snacks"]
    # 1 lb is no portion of milk in the plan: it is given in grams, 453.59237 g.
    saved = open_store().plan_day("2030-02-02")
    assert saved == [PlanEntry("dinner", MILK, "453.59237", "g")]


def test_my_data_exports_imports_and_deletes_everything() -> None:
    _add(_app(), "banana")
    open_store().save_workout("2030-05-04", Session(70, 69, drank_l=0.0, hours=1.0))
    mine = _app(page="views/my_data.py")
    timeline = mine.dataframe[0].value
    assert list(timeline["date"]) == [TOMORROW.isoformat(), "2030-05-04"]
    # 1 kg lost, nothing drunk: 1 L of sweat; no workout on the planned day.
    assert list(timeline["sweat_loss_l"]) == ["–", "1.00"]
    exported = open_store().export_json()
    # Deleting asks for the word first.
    assert mine.button(key="delete_go").disabled
    mine.text_input(key="delete_confirm").input("DELETE").run()
    mine.button(key="delete_go").click().run()
    assert not mine.exception
    assert any("Everything was deleted" in s.value for s in mine.success)
    assert open_store().timeline().empty
    assert _foods(_app()) == []
    # The export comes back whole into the empty store.
    back = _app(page="views/my_data.py")
    document = json.dumps(exported).encode()
    back.file_uploader(key="import_file").set_value(("data.json", document, "application/json"))
    back.run()
    back.button(key="import_go").click().run()
    assert not back.exception
    assert any("Imported" in s.value for s in back.success)
    assert _same(open_store().export_json(), exported)
    assert _foods(_app()) == [BANANA]
    # A second import would mix data: refused, with the reason.
    back.button(key="import_go").click().run()
    assert any("could not be imported" in e.value for e in back.error)
    assert _same(open_store().export_json(), exported)


def _same(one: dict, other: dict) -> bool:
    """Two exports hold the same data (each says when it was made)."""
    return {**one, "exported_at": None} == {**other, "exported_at": None}


def test_the_zip_holds_every_csv_table() -> None:
    from views._store import export_zip

    store = open_store()
    store.save_plan_day("2030-01-01", [PlanEntry("lunch", BANANA, "1", "g")])
    with zipfile.ZipFile(io.BytesIO(export_zip(store))) as archive:
        names = archive.namelist()
        tables = store.export_csv()
        assert names == list(tables)
        assert all(archive.read(n).decode() == tables[n] for n in names)
        plans = next(n for n in names if "plan" in n)
        assert "sr28:09040" in archive.read(plans).decode()


def test_my_data_refuses_a_file_that_is_not_an_export() -> None:
    at = _app(page="views/my_data.py")
    at.file_uploader(key="import_file").set_value(("x.json", b"not json", "application/json"))
    at.run()
    at.button(key="import_go").click().run()
    assert not at.exception
    assert any("not a planner export" in e.value for e in at.error)


def test_a_visitor_who_has_not_signed_in_keeps_nothing_and_sees_nothing() -> None:
    # Served with sign-in, st.user says is_logged_in False for a visitor.
    open_store().save_plan_day(TOMORROW, [PlanEntry("lunch", SPINACH, "100", "g")])
    visitor = AppTest.from_file(APP, default_timeout=60)
    visitor.user = {"is_logged_in": False}
    visitor.run()
    assert not visitor.exception
    # The local person's day is not theirs to see.
    assert _foods(visitor) == []
    assert any("Sign in to keep" in i.value for i in visitor.sidebar.info)
    _add(visitor, "banana")
    assert _foods(visitor) == [BANANA]  # the plan works for the session
    assert open_store().plan_day(TOMORROW) == [PlanEntry("lunch", SPINACH, "100", "g")]
    visitor.switch_page("views/my_data.py").run()
    assert any("Nothing is kept" in i.value for i in visitor.info)
    assert not visitor.dataframe


def test_a_damaged_store_is_a_clear_message_and_the_pages_still_work(tmp_path, monkeypatch) -> None:
    (tmp_path / "planner.sqlite3").write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("PLANNER_STORE_DIR", str(tmp_path))
    at = _app()
    assert not at.exception
    assert [e.value for e in at.sidebar.error] == [
        "Your saved data cannot be reached; nothing will be kept:"
    ]
    assert len(at.error) == 1
    assert "is damaged or is not a planner store" in at.sidebar.text[0].value
    _add(at, "banana")
    assert _foods(at) == [BANANA]
    assert (tmp_path / "planner.sqlite3").read_bytes() == b"this is not a database" * 100


def test_a_favourite_marked_on_the_foods_page_leads_the_search() -> None:
    at = _app(page="views/foods.py")
    food_id = at.selectbox(key="foods_favourite_pick").options[3]
    food_id = food_id[food_id.rfind("(") + 1 : -1]
    at.selectbox(key="foods_favourite_pick").set_value(food_id).run()
    at.checkbox(key=f"favourite_{food_id}").check().run()
    assert not at.exception
    assert open_store().favourite_foods() == [food_id]
    plan = _app()
    assert plan.selectbox(key="add_food").options[0].startswith("★ ")
    assert food_id in plan.selectbox(key="add_food").options[0]


def test_a_change_made_in_another_tab_shows_on_the_next_run() -> None:
    first = _add(_app(), "banana")
    second = _app()  # a second tab of the same person
    _add(second, "spinach")
    # The first tab has no change of its own: its next run shows what the second saved.
    first.run()
    assert _foods(first) == [BANANA, SPINACH]
    # The planner command saving the day is seen the same way.
    open_store().save_plan_day(TOMORROW, [PlanEntry("dinner", MILK, "2", "cup")])
    first.run()
    assert _foods(first) == [MILK]
    assert first.session_state["plan_entries"][0]["amount"] == 2.0


def test_an_emptied_amount_is_not_saved() -> None:
    at = _add(_app(), "banana")
    entry = dict(at.session_state["plan_entries"][0])
    at.session_state["plan_entries"] = [entry | {"amount": math.nan}]
    at.run()
    assert not at.exception
    assert any("Give every entry an amount" in c.value for c in at.caption)
    assert [e.amount for e in open_store().plan_day(TOMORROW)] == ["1"]


PLANNER_HANDFUL = (
    b"date,meal,food,amount,unit\n"
    b"2024-01-01,snack,almonds,1,handful\n"
    b"2024-01-02,snack,almonds,1,handful\n"
    b'2024-01-02,lunch,"Bananas, raw",1,medium\n'
)


def test_the_planners_own_csv_takes_a_portion_for_an_amount_it_could_not_read() -> None:
    # "almonds" is SR28 12061 (almonds, raw: 733 mg K per 100 g); its "oz (23 whole
    # kernels)" portion weighs 28.35 g. One handful given as 1 such ounce is 28.35 g on each
    # day: 28.35 x 7.33 = 207.8 mg potassium on the 1st; with the medium banana (118 g x
    # 3.58 = 422.44 mg) 630.2 mg on the 2nd.
    at = _diary()
    at.file_uploader(key="diary_file").set_value(("menu.csv", PLANNER_HANDFUL, "text/csv")).run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Rejected"] == "2"
    assert at.selectbox(key="weigh_pair").value == ("almonds", "1 handful")
    at.radio(key="weigh_how").set_value("portions").run()
    at.selectbox(key="weigh_portion").set_value("oz (23 whole kernels)").run()
    assert any("= 28.4 g" in c.value for c in at.caption)
    at.button(key="weigh_apply").click().run()
    assert open_store().amount_corrections() == {("almonds", "1 handful"): 28.35}
    again = _diary()
    again.file_uploader(key="diary_file").set_value(("menu.csv", PLANNER_HANDFUL, "text/csv")).run()
    assert {m.label: m.value for m in again.metric}["Rejected"] == "0"
    days = next(d.value for d in again.dataframe if "potassium_mg_pct" in d.value.columns)
    assert list(days["potassium_mg"]) == ["208", "630"]
