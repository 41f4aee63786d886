"""A week: the saved plans of seven days against their targets, and generating the rest."""

import datetime as dt

import pandas as pd
import streamlit as st

from planner.diary.planner_csv import DIARY_COLUMNS, resolve_diary
from planner.errors import PlannerError
from planner.fooddb.nutrients import CHECKED, LABELS
from planner.intake.week import WEEK_STATUSES, check_week
from planner.store import PlanEntry
from planner.suggest.pool import EXCLUSIONS, food_pool
from planner.suggest.week import (
    MAX_DAYS_PER_FOOD,
    MAX_USES_PER_KIND,
    plan_rows,
    plan_week,
    week_dates,
)
from views._fill_gaps import EXCLUSION_LABELS
from views._plan_tools import PLAN_GOTO
from views._shared import (
    KIDNEY_WARNING,
    article_table,
    current_targets,
    food_table,
    portion_table,
    remembered,
    search_index,
    show_error,
)
from views._store import targets_by_date, user_store

#: The first day of the week shown, and what the last generation did (for its rerun).
WEEK_START = "week_start"
WEEK_NOTE = "week_note"
WEEK_SEED = "week_seed"

st.title("A week")
targets = current_targets()
if targets is None:
    st.info("Correct the profile in the sidebar to see your targets.")
    st.stop()

start = st.date_input("Week starting", value=dt.date.today(), key=WEEK_START)
dates = week_dates(start)
adjusted = targets_by_date(targets)
store = user_store()
raw = pd.DataFrame(columns=list(DIARY_COLUMNS), dtype=object)
if store is None:
    st.info("Nothing is kept in this session: sign in (see the sidebar) to plan a week.")
else:
    try:
        raw = store.plan_frame(dates[0], dates[-1])
    except PlannerError as exc:
        show_error("The saved plans of this week cannot be read:", exc)
foods = food_table()
diary = remembered(
    "week_diary",
    lambda: resolve_diary(raw, foods=foods, portions=portion_table(), index=search_index()),
    raw.to_dict("records"),
)
week = remembered(
    "week_check",
    lambda: check_week(
        diary.entries, dates=dates, foods=foods, targets=targets, targets_by_date=adjusted
    ),
    diary,
    tuple(dates),
    targets,
    adjusted,
)
note = st.session_state.pop(WEEK_NOTE, None)
if note:
    st.success(note[0])
    for problem in note[1]:
        st.warning(problem)
if len(diary.problems):
    st.warning("Some saved entries were not counted:")
    st.dataframe(diary.problems, hide_index=True)

st.subheader(f"{dates[0]} to {dates[-1]}")
labels = {n: LABELS[n] for n in CHECKED}
table = week.days.assign(
    day=[dt.date.fromisoformat(d).strftime("%a") for d in week.days["date"]],
    training=week.days["adjusted"].map({True: "adjusted", False: ""}),
)
st.dataframe(
    table[["date", "day", "entries", "training", "energy_kcal", *CHECKED]],
    hide_index=True,
    width="stretch",
    key="week_table",
    column_config={
        "date": "Date",
        "day": "Day",
        "entries": st.column_config.NumberColumn("Entries", format="%d"),
        "training": st.column_config.TextColumn(
            "Targets", help="A training day's targets are raised by its saved workout."
        ),
        "energy_kcal": st.column_config.NumberColumn("Energy (kcal)", format="%.0f"),
        **labels,
    },
)
cells = st.columns(len(dates))
for cell, date in zip(cells, dates, strict=True):
    if cell.button(f"Open {date[5:]}", key=f"week_open_{date}", help=f"{date} in Plan a day"):
        st.session_state[PLAN_GOTO] = date
        st.switch_page("views/plan_day.py")

st.subheader("Days per nutrient")
counts = week.counts.rename(index=labels).rename_axis("Nutrient").reset_index()
st.dataframe(
    counts,
    hide_index=True,
    width="stretch",
    key="week_counts",
    column_config={s: st.column_config.NumberColumn(s.capitalize()) for s in WEEK_STATUSES},
)

with st.container(border=True):
    st.subheader("Generate a week")
    st.caption(
        "Each day meets its own targets (a training day's raised for your sweat losses), "
        f"keeps sodium under its limit and lands within 10 % of the energy target; no food "
        f"is on more than {MAX_DAYS_PER_FOOD} days and no kind of food (fish, legumes, "
        f"dairy…) more than {MAX_USES_PER_KIND} times in the week, for variety."
    )
    left, right = st.columns(2)
    kcal = left.number_input(
        "Energy target a day (kcal)", 1000.0, 4500.0, 2000.0, 100.0, format="%.0f", key="week_kcal"
    )
    exclude = right.multiselect(
        "Exclude", list(EXCLUSIONS), format_func=EXCLUSION_LABELS.get, key="week_exclude"
    )
    replace = st.checkbox(
        "Also replace the days that already have a plan",
        key="week_replace",
        help="Off: only the days without a saved plan are generated; the others are kept.",
    )
    fill = list(dates) if replace else week.unplanned
    st.caption(
        f"Days to generate: {', '.join(fill)}."
        if fill
        else "Every day of this week has a plan; tick the box above to replace them."
    )
    if st.button("Generate a week", type="primary", key="week_go", disabled=not fill or not store):
        seed = st.session_state.get(WEEK_SEED)
        st.session_state[WEEK_SEED] = 0 if seed is None else seed + 1
        pool = food_pool(foods, portion_table(), article_table(), exclude=exclude)
        try:
            with st.spinner("Planning seven days…"):
                plan = plan_week(
                    pool,
                    targets,
                    start=dates[0],
                    targets_by_date=adjusted,
                    fill=fill,
                    kept={d: f for d, f in week.foods_by_date().items() if d not in fill},
                    kcal=kcal,
                    seed=st.session_state[WEEK_SEED] or None,
                )
            assert store is not None
            for date, day in plan.days.items():
                store.save_plan_day(date, [PlanEntry.from_row(r) for r in plan_rows(day)])
        except PlannerError as exc:
            show_error("The week could not be generated:", exc)
        else:
            filled = list(plan.days)
            replaced = [d for d in filled if d not in week.unplanned]
            text = (
                f"Filled {len(filled)} {'day' if len(filled) == 1 else 'days'}: "
                f"{', '.join(filled)}."
                if filled
                else "No day could be generated."
            )
            if replaced:
                text += f" Replaced the plans of {', '.join(replaced)}."
            st.session_state[WEEK_NOTE] = (text, list(plan.problems.values()))
            st.rerun()

st.caption(KIDNEY_WARNING)
