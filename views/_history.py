"""The History view of Food diary: every kept day, planned or tracked, with its workouts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd
import streamlit as st

from planner.charts.day import contributions_figure, percent_of_target_figure
from planner.charts.days import heatmap_figure, na_k_figure, trend_figure, weekly_figure
from planner.errors import PlannerError
from planner.fooddb.nutrients import CHECKED, LABELS, UNITS
from planner.intake.targets import Target
from planner.intake.trends import days_below
from planner.store import Store
from planner.store.history import (
    History,
    history_dates,
    history_revision,
    history_table,
    planned_entries_not_counted,
    saved_history,
)
from views._shared import (
    dashes,
    days_below_metrics,
    food_table,
    portion_table,
    remembered,
    search_index,
    show_error,
    show_totals,
)
from views._store import user_store

#: How many of the latest days with data the range shows at first.
DEFAULT_DAYS = 90


def saved_dates() -> tuple[Store | None, tuple[object, ...], list[str]]:
    """This session's store, its revision and the dates with saved intake (no store, or
    one that cannot be read: ``None`` and no dates). One small query per run; the dates are
    read again only when something was saved or deleted."""
    store = user_store()
    if store is None:
        return None, (), []
    try:
        revision = history_revision(store)
        dates = remembered("history_dates", lambda: history_dates(store), store.user, revision)
    except PlannerError as exc:
        show_error("Your kept days cannot be read:", exc)
        return None, (), []
    return store, revision, dates


def history_view(
    store: Store, revision: tuple[object, ...], dates: list[str], targets: Mapping[str, Target]
) -> None:
    """Every kept day from a date range, each from its tracker day or else its plan, against
    that day's targets (raised on a workout day)."""
    first, last = dt.date.fromisoformat(dates[0]), dt.date.fromisoformat(dates[-1])
    start = dt.date.fromisoformat(dates[max(0, len(dates) - DEFAULT_DAYS)])
    left, right = st.columns([2, 1])
    picked = left.date_input(
        "Days",
        value=(start, last),
        min_value=first,
        max_value=last,
        # Keyed by the days kept, so that new days (or fewer) start from the default range.
        key=f"history_range_{dates[0]}_{dates[-1]}",
        help=f"At first the latest {DEFAULT_DAYS} days with a plan or a tracker day.",
    )
    remap = right.toggle(
        "Tracker days from the USDA food database",
        key="history_remap",
        help="Recompute tracker days that name their foods from USDA, instead of the "
        "tracker's own numbers.",
    )
    if not isinstance(picked, tuple) or len(picked) != 2:
        st.info("Choose the last day of the range too.")
        return
    low, high = picked[0].isoformat(), picked[1].isoformat()
    try:
        history = remembered(
            "history",
            lambda: saved_history(
                store,
                low,
                high,
                foods=food_table(),
                portions=portion_table(),
                index=search_index(),
                targets=targets,
                remap=remap,
            ),
            store.user,
            revision,
            low,
            high,
            dict(targets),
            remap,
        )
    except PlannerError as exc:
        show_error("Your kept days cannot be checked:", exc)
        return
    check = history.check
    if not check.dates:
        st.info(f"No planned or tracked day from {low} to {high}.")
        return
    marks = history.days
    tracked = int((marks["source"] == "tracker").sum())
    trained = int(marks["workout"].sum())
    st.subheader(
        f"{len(check.dates)} {'day' if len(check.dates) == 1 else 'days'}, {low} to {high}"
    )
    st.caption(
        f"{tracked} from a tracker, {len(marks) - tracked} planned, {trained} with a workout "
        "(that day's water, sodium and potassium targets are raised by its sweat losses). A "
        "day with both a tracker day and a plan is shown as tracked: that is what you ate."
    )
    for part in history.parts:
        if part.source == "planned" and len(part.result.diary.problems):
            problems = planned_entries_not_counted(part)
            count = len(problems)
            with st.expander(
                f"{count} planned {'entry was' if count == 1 else 'entries were'} not counted"
            ):
                st.dataframe(
                    problems.drop(columns="row"),
                    hide_index=True,
                    width="stretch",
                    column_config={
                        "date": st.column_config.TextColumn("Plan of", pinned=True),
                        "entry": st.column_config.NumberColumn("Entry"),
                        "status": "Status",
                        "column": "Column",
                        "value": "Value",
                        "reason": "Reason",
                    },
                )
    below, table, table_csv = remembered(
        "history_tables",
        lambda: _tables(history),
        history,
    )
    days_below_metrics(below)
    st.dataframe(
        table,
        width="stretch",
        column_config={
            "_index": st.column_config.TextColumn("Date", pinned=True),
            "source": st.column_config.TextColumn("From", pinned=True),
            "workout": st.column_config.CheckboxColumn("Workout"),
            **{n: f"{LABELS[n]} ({UNITS[n]})" for n in CHECKED},
            **{f"{n}_pct": f"{LABELS[n]} (% of target)" for n in CHECKED},
            **{f"{n}_status": st.column_config.TextColumn(f"{LABELS[n]} status") for n in CHECKED},
            "energy_kcal": "Energy (kcal)",
            "na_k_molar_ratio": "Na:K (molar)",
        },
        key="history_table",
    )
    st.download_button(
        "Download these days (CSV)",
        table_csv,
        file_name=f"history-{low}-to-{high}.csv",
        mime="text/csv",
        key="history_csv",
    )
    _trend_panel(history)
    heatmap, weekly, na_k = remembered(
        "history_figures",
        lambda: (
            heatmap_figure(check, sources=_sources(history)),
            weekly_figure(check),
            na_k_figure(check),
        ),
        history,
    )
    st.plotly_chart(heatmap, width="stretch", key="history_heatmap")
    left, right = st.columns(2)
    left.plotly_chart(weekly, width="stretch", key="history_weekly")
    right.plotly_chart(na_k, width="stretch", key="history_na_k")
    _day_panel(history)


def _tables(history: History) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """Days below per nutrient, the day table as shown (formatted once, not on every rerun)
    and as CSV."""
    table = history_table(history).drop(columns="raised")
    formats = {f"{n}_pct": "{:.0f} %" for n in CHECKED} | {"na_k_molar_ratio": "{:.2f}"}
    return days_below(history.check), dashes(table, formats=formats), table.to_csv()


def _sources(history: History) -> dict[str, str]:
    return dict(zip(history.days["date"], history.days["source"], strict=True))


@st.fragment
def _trend_panel(history: History) -> None:
    """One nutrient's trend over the range; choosing another reruns this panel alone."""
    nutrient = st.selectbox("Trend of", list(CHECKED), format_func=LABELS.get, key="history_trend")
    figure = remembered(
        "history_trend",
        lambda: trend_figure(
            history.check,
            nutrient,
            sources=_sources(history),
            workout_dates=history.days.loc[history.days["workout"], "date"].tolist(),
        ),
        history,
        nutrient,
    )
    st.plotly_chart(figure, width="stretch", key="history_trend_chart")
    st.caption("Filled markers: tracker days; open markers: planned days; stars: workout days.")


@st.fragment
def _day_panel(history: History) -> None:
    """One day in full; choosing another day reruns this panel alone."""
    check = history.check
    st.subheader("One day in full")
    date = st.selectbox("Day", check.dates, index=len(check.dates) - 1, key="history_day")
    percent, contributions = remembered(
        "history_day",
        lambda: (percent_of_target_figure(check, date), contributions_figure(check, date)),
        history,
        date,
    )
    mark = history.days.set_index("date").loc[date]
    where = "your tracker" if mark["source"] == "tracker" else "your plan"
    note = f"From {where}."
    if mark["workout"]:
        note += (
            f" A {mark['workout_hours']:g} h workout that day ({mark['sweat_loss_l']:.2f} L of "
            "sweat) raised its targets."
        )
    st.caption(note)
    st.plotly_chart(percent, width="stretch", key="history_day_percent")
    show_totals(check, date)
    st.plotly_chart(contributions, width="stretch", key="history_day_foods")
