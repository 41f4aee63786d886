"""Plan a day: pick foods and portions, see the day against the targets."""

import datetime as dt

import pandas as pd
import streamlit as st

from planner.charts.day import contributions_figure, percent_of_target_figure
from planner.diary.account import Diary
from planner.diary.planner_csv import MEALS, diary_csv, diary_frame, resolve_diary
from planner.fooddb.nutrients import LABELS, POTASSIUM, WATER
from planner.intake.check import DiaryCheck, check_entries, day_summary
from planner.resolve.amounts import portion_choices, usual_portion
from views._fill_gaps import fill_gaps_panel, generate_day_panel
from views._plan_tools import (
    copy_panel,
    favourite_box,
    go_to_pending_date,
    load_csv_panel,
    search_with_favourites,
    show_note,
)
from views._shared import (
    KIDNEY_WARNING,
    PLAN,
    PLAN_DATE,
    PLAN_VERSION,
    SEARCH,
    SEARCH_LIMIT,
    SEARCH_STEP,
    article_table,
    current_targets,
    food_table,
    portion_table,
    remembered,
    search_index,
    show_totals,
)
from views._store import autosave_plan, load_plan, note_used, targets_by_date

st.title("Plan a day")
targets = current_targets()
if targets is None:
    st.info("Correct the profile in the sidebar to see your targets.")
    st.stop()

foods = food_table()
article_portions = article_table().set_index("food_id")["portion"].to_dict()
portions = portion_table()
st.session_state.setdefault(PLAN_VERSION, 0)
adjusted = targets_by_date(targets)
if adjusted:
    # A workout saved for another day would otherwise seem to do nothing here.
    st.caption("Training days with targets adjusted for your sweat losses:")
    cells = st.columns(min(len(adjusted), 4))
    for cell, training_day in zip(cells, sorted(adjusted)[-4:], strict=False):
        if cell.button(f"Plan {training_day}", key=f"jump_{training_day}"):
            st.session_state[PLAN_DATE] = dt.date.fromisoformat(training_day)
st.session_state.setdefault(PLAN_DATE, dt.date.today() + dt.timedelta(days=1))
go_to_pending_date()
day = st.date_input("Day", key=PLAN_DATE)
# The day's saved plan; every change below is saved at once (autosave).
plan = load_plan(day)
show_note()
day_targets = adjusted.get(day.isoformat(), targets)

with st.container(border=True):
    st.subheader("Add a food")
    query = st.text_input("Search foods", key=SEARCH, placeholder="banana, milk, spinach…")
    # 15 foods at first; "Show more" adds 15 at a time for this query.
    more = st.session_state.get(SEARCH_LIMIT)
    limit = more[1] if more is not None and more[0] == query else SEARCH_STEP
    # Favourites and recently used foods lead; with no query they are offered alone.
    found, favourites = search_with_favourites(query, limit)
    if found is not None and found.empty:
        st.warning("No food matches your search.")
        st.text(query)
    elif found is not None:
        names = dict(zip(found["food_id"], found["description"], strict=True))
        pick, grow = st.columns([5, 1], vertical_alignment="bottom")
        food_id = pick.selectbox(
            "Food",
            list(names),
            format_func=lambda i: f"{'★ ' if i in favourites else ''}{names[i]}  ({i})",
            key="add_food",
        )
        pick.caption(
            ("The one match" if len(names) == 1 else f"The {len(names)} best matches")
            + ", your favourites and recent foods first."
            if query
            else "Your favourites and recent foods; search for any other."
        )
        if (
            query
            and len(names) == limit
            and grow.button(f"Show {SEARCH_STEP} more", key="search_more")
        ):
            st.session_state[SEARCH_LIMIT] = (query, limit + SEARCH_STEP)
            st.rerun()
        units = portion_choices(portions, food_id)
        usual = usual_portion(units, preferred=article_portions.get(food_id))
        left, middle, right = st.columns([1, 2, 1])
        # Keyed by the food: choosing another food starts from its usual portion, so what
        # the form shows is exactly what is added.
        amount = left.number_input(
            "Amount", min_value=0.0, value=1.0, step=0.5, key=f"add_amount_{food_id}"
        )
        unit = middle.selectbox(
            "Portion",
            list(units),
            index=list(units).index(usual),
            format_func=lambda u: f"{u}  ({units[u]:g} g)",
            key=f"add_unit_{food_id}",
        )
        meal = right.selectbox("Meal", MEALS, format_func=str.capitalize, key=f"add_meal_{food_id}")
        favourite_box(st, food_id, favourites)
        if st.button("Add to plan", type="primary", key="add_go"):
            plan.append({"meal": meal, "food": food_id, "amount": amount, "unit": unit})
            note_used([food_id])
            st.session_state[PLAN_VERSION] += 1
            st.rerun()

generate_day_panel(day_targets)
load_csv_panel()
autosave_plan(day, plan)
if not plan:
    st.info("Your plan is empty: search a food above and add it to a meal, or generate a day.")
    st.stop()

descriptions = foods.set_index("food_id")["description"]
table = pd.DataFrame(plan).assign(description=lambda t: t["food"].map(descriptions), remove=False)
# Each entry's portion can be changed in place among its food's own portions.
choices = {f: portion_choices(portions, f) for f in table["food"].unique()}
edited = st.data_editor(
    table[["meal", "description", "amount", "unit", "remove", "food"]],
    key=f"plan_editor_{st.session_state[PLAN_VERSION]}",
    hide_index=True,
    width="stretch",
    height="content",
    disabled=["description", "food"],
    column_config={
        "meal": st.column_config.SelectboxColumn("Meal", options=list(MEALS), required=True),
        "description": st.column_config.TextColumn("Food", width="large"),
        "amount": st.column_config.NumberColumn("Amount", step=0.25),
        "unit": st.column_config.SelectboxColumn(
            "Portion",
            options=sorted({u for units_of in choices.values() for u in units_of}),
            required=True,
            help="Any of the food's own portions, g or oz.",
        ),
        "remove": st.column_config.CheckboxColumn("Remove"),
        "food": st.column_config.TextColumn("USDA id", width="small"),
    },
)
negative = [i + 1 for i, a in enumerate(edited["amount"]) if pd.notna(a) and a < 0]
if negative:
    st.error(
        f"Amounts are 0 or more; row {negative[0]} has {edited['amount'].iloc[negative[0] - 1]:g}. "
        "Your plan keeps its last good amounts."
    )
    edited = edited.assign(amount=table["amount"].where(edited["amount"] < 0, edited["amount"]))
foreign = [
    i + 1
    for i, (f, u) in enumerate(zip(edited["food"], edited["unit"], strict=True))
    if u not in choices[f]
]
if foreign:
    row = edited.iloc[foreign[0] - 1]
    st.error(
        f"Row {foreign[0]}: {row['description']} has no portion {row['unit']!r}; its portions "
        f"are {', '.join(choices[row['food']])}. Your plan keeps its last portion."
    )
    edited = edited.assign(
        unit=[
            u if u in choices[f] else old
            for f, u, old in zip(edited["food"], edited["unit"], table["unit"], strict=True)
        ]
    )
current = edited[["meal", "food", "amount", "unit"]].to_dict("records")
st.caption(f"{len(current)} {'entry' if len(current) == 1 else 'entries'} in this plan.")
if edited["remove"].any():
    st.session_state[PLAN] = [
        r for r, gone in zip(current, edited["remove"], strict=True) if not gone
    ]
    st.session_state[PLAN_VERSION] += 1
    st.rerun()
st.session_state[PLAN] = current
autosave_plan(day, current)


def check_plan() -> tuple[pd.DataFrame, Diary, DiaryCheck]:
    raw = diary_frame(current, date=day.isoformat())
    diary = resolve_diary(raw, foods=foods, portions=portions, index=search_index())
    check = check_entries(diary.entries, foods=foods, targets=targets, targets_by_date=adjusted)
    return raw, diary, check


raw, diary, check = remembered(
    "plan_check", check_plan, current, day.isoformat(), targets, adjusted
)
if len(diary.problems):
    st.warning("Some entries were not counted:")
    st.dataframe(diary.problems, hide_index=True)
if not check.dates:
    st.stop()
date = check.dates[0]
summary = remembered("plan_summary", lambda: day_summary(check, date), check)
if date in adjusted:
    st.info(
        "Targets adjusted for this training day: the sweat losses of your session "
        "(see After a workout) are added to the water, sodium and potassium targets."
    )

ratio = summary["na_k_molar_ratio"]
water = summary["totals"][WATER]
first, second, third = st.columns(3)
first.metric(
    "Na:K molar ratio",
    "n/a" if ratio is None else f"{ratio:.2g}",
    help="Meeting the WHO sodium and potassium targets together gives about 1.",
)
second.metric(
    "Water (food and drinks)",
    f"{water / 1000:.2f} L",
    f"{water - check.targets_on(date)[WATER].min:+,.0f} g vs target",
    delta_color="off",
)
third.metric("Energy", f"{summary['energy_kcal']:,.0f} kcal")

percent, contributions, plan_csv = remembered(
    "plan_figures",
    lambda: (
        percent_of_target_figure(check, date),
        contributions_figure(check, date),
        diary_csv(raw),
    ),
    check,
)
st.plotly_chart(percent, width="stretch")
if summary["incomplete"]:
    for name, missing in summary["missing_from"].items():
        st.warning(
            f"{LABELS.get(name, name)} total is incomplete (a lower bound): USDA reports no "
            f"value for {', '.join(missing)}."
        )
show_totals(check, date)
st.plotly_chart(contributions, width="stretch")
fill_gaps_panel(check, date)
if summary["status"][POTASSIUM] == "below":
    st.caption(KIDNEY_WARNING)
for target in targets.values():
    if target.note:
        st.caption(target.note)
st.download_button(
    "Download this day as a diary CSV",
    plan_csv,
    file_name=f"plan-{date}.csv",
    mime="text/csv",
)
copy_panel(day, [m for m in MEALS if any(e["meal"] == m for e in current)])
