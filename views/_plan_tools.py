"""Plan a day's tools around the kept plans: favourite and recent foods first in the search,
copying a day or a meal to another date, and loading a diary CSV into the plans."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from planner.diary.planner_csv import MEALS, read_diary
from planner.errors import PlannerError
from planner.resolve.amounts import portion_choices
from planner.resolve.search import search_foods
from planner.store import PlanEntry
from views._shared import PLAN_DATE, food_table, portion_table, search_index, show_error
from views._store import (
    PLAN_LOADED,
    favourite_and_recent,
    set_favourite,
    user_store,
)

#: How many more foods the search looks through for a favourite or recent one to lead with.
LEAD_DEPTH = 100
#: A message for the next run of Plan a day (after a load).
PLAN_NOTE = "plan_tools_note"
#: A date for Plan a day to show on its next run (ISO), before its date box is drawn.
PLAN_GOTO = "plan_goto"


def go_to_pending_date() -> None:
    """Show the date a tool asked for (call before the date box is drawn)."""
    goto = st.session_state.pop(PLAN_GOTO, None)
    if goto is not None:
        st.session_state[PLAN_DATE] = dt.date.fromisoformat(goto)


def search_with_favourites(query: str, limit: int) -> tuple[pd.DataFrame | None, set[str]]:
    """The foods to offer for ``query`` (best ``limit``), favourites then recently used foods
    first among those that match; with no query, the favourites and recent foods alone.

    Returns the foods (``food_id``, ``description``; ``None`` when there is nothing to
    offer) and the favourites' ids.
    """
    favourites, recent = favourite_and_recent()
    lead = list(dict.fromkeys([*favourites, *recent]))
    if not query:
        if not lead:
            return None, set(favourites)
        described = food_table().set_index("food_id")["description"]
        known = [f for f in lead if f in described.index]
        frame = pd.DataFrame({"food_id": known, "description": described.loc[known].to_numpy()})
        return frame, set(favourites)
    found = search_foods(search_index(), query, limit=limit + LEAD_DEPTH)
    rank = {food_id: i for i, food_id in enumerate(lead)}
    first = found[found["food_id"].isin(rank)]
    first = first.iloc[sorted(range(len(first)), key=lambda i: rank[first["food_id"].iloc[i]])]
    rest = found[~found["food_id"].isin(rank)]
    return pd.concat([first, rest]).head(limit).reset_index(drop=True), set(favourites)


def _toggle_favourite(food_id: str, key: str) -> None:
    set_favourite(food_id, bool(st.session_state[key]))


def favourite_box(container: object, food_id: str, favourites: set[str]) -> None:
    """A check box that marks ``food_id`` as a favourite (kept at once)."""
    key = f"favourite_{food_id}"
    st.session_state[key] = food_id in favourites
    container.checkbox(  # type: ignore[attr-defined]
        "Favourite",
        key=key,
        on_change=_toggle_favourite,
        args=(food_id, key),
        help="Favourites and the foods you used lately come first in the search.",
    )


def show_note() -> None:
    """The message a copy or a load left for this run."""
    note = st.session_state.pop(PLAN_NOTE, None)
    if note:
        st.success(note)


def copy_panel(day: dt.date, meals: list[str]) -> None:
    """Copy this day, or one of its meals, to another date (replacing what is there)."""
    with st.expander("Copy this day or a meal to another date"):
        left, middle, right = st.columns([2, 2, 1], vertical_alignment="bottom")
        target = left.date_input(
            "To", value=day + dt.timedelta(days=1), key="copy_target", format="YYYY-MM-DD"
        )
        what = middle.selectbox(
            "What",
            ["day", *meals],
            format_func=lambda m: "the whole day" if m == "day" else f"{m.capitalize()} only",
            key="copy_what",
            help="A whole day replaces that date's plan; a meal replaces only that meal.",
        )
        if right.button("Copy", key="copy_go"):
            if target == day:
                st.error("Choose another date to copy to.")
                return
            store = user_store()
            if store is None:
                return
            try:
                count = store.copy_day(day, target, meal=None if what == "day" else what)
            except PlannerError as exc:
                show_error("Nothing was copied:", exc)
                return
            noun = "entry" if count == 1 else "entries"
            st.success(f"Copied {count} {noun} to {target.isoformat()}.")


def load_csv_panel() -> None:
    """Load a diary CSV (the planner's format) into the plans of its dates."""
    with st.expander("Load a diary CSV into your plans"):
        st.caption(
            "The planner's diary CSV (date, meal, food, amount, unit), such as the download "
            "below. Each date in the file replaces the plan of that date."
        )
        upload = st.file_uploader("Diary CSV", type=["csv", "txt"], key="plan_csv")
        if upload is None or not st.button("Load into my plans", key="plan_csv_go"):
            return
        try:
            diary = read_diary(
                upload.getvalue(),
                foods=food_table(),
                portions=portion_table(),
                index=search_index(),
            )
        except PlannerError as exc:
            show_error("This file cannot be read:", exc)
            return
        if len(diary.problems):
            st.warning("Some rows were not loaded:")
            st.dataframe(diary.problems, hide_index=True)
        if diary.entries.empty:
            st.error("No row of this file could be loaded.")
            return
        days = plan_entries_by_date(diary.entries)
        store = user_store()
        if store is None:
            return
        try:
            for date, entries in days.items():
                store.save_plan_day(date, entries)
        except PlannerError as exc:
            show_error("The file could not be loaded into your plans:", exc)
            return
        # The plans now kept for these dates are read again, from the first of them.
        st.session_state[PLAN_GOTO] = min(days)
        st.session_state.pop(PLAN_LOADED, None)
        count = sum(len(e) for e in days.values())
        st.session_state[PLAN_NOTE] = (
            f"Loaded {count} {'entry' if count == 1 else 'entries'} into "
            f"{len(days)} {'day' if len(days) == 1 else 'days'}: {', '.join(sorted(days))}."
        )
        st.rerun()


def plan_entries_by_date(entries: pd.DataFrame) -> dict[str, list[PlanEntry]]:
    """A resolved diary's entries as plans by date: a meal outside breakfast, lunch, dinner
    and snacks goes to snacks, and an amount in a unit the plan cannot offer for its food
    (lb, ml) is given in grams."""
    portions = portion_table()
    days: dict[str, list[PlanEntry]] = {}
    for row in entries.itertuples(index=False):
        meal = str(row.meal).lower()
        units = portion_choices(portions, str(row.food_id))
        amount, unit = (float(row.amount), str(row.unit))
        if unit not in units:
            amount, unit = float(row.grams), "g"
        days.setdefault(str(row.date), []).append(
            PlanEntry(
                meal=meal if meal in MEALS else "snacks",
                food_id=str(row.food_id),
                amount=f"{amount:.12g}",
                unit=unit,
            )
        )
    return days


def favourites_panel(ranked: pd.DataFrame) -> None:
    """Mark one of ``ranked``'s foods (``food_id``, ``description``) as a favourite."""
    if ranked.empty:
        return
    with st.container(border=True):
        st.write("**Mark a favourite** (favourites come first in Plan a day's search)")
        names = dict(zip(ranked["food_id"], ranked["description"], strict=True))
        favourites = set(favourite_and_recent()[0])
        food_id = st.selectbox(
            "Food",
            list(names),
            format_func=lambda i: f"{'★ ' if i in favourites else ''}{names[i]}  ({i})",
            key="foods_favourite_pick",
        )
        favourite_box(st, food_id, favourites)
