"""Streamlit glue shared by the pages: cached tables, session-state keys, the profile.

Every session-state key the app uses is defined here.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from typing import TypeVar

import pandas as pd
import streamlit as st

from planner.diary.formats import read_table_text
from planner.diary.upload import Upload, read_upload
from planner.errors import PlannerError
from planner.fooddb.nutrients import CHECKED, LABELS, UNITS
from planner.fooddb.tables import load_article_foods, load_foods, load_portions
from planner.intake.check import DiaryCheck, totals_table
from planner.intake.targets import NO_LEVEL, Profile, Target, daily_targets, load_targets
from planner.resolve.names import MatchIndex, build_match_index
from planner.resolve.search import SearchIndex, build_search_index

PROFILE = "profile"
TARGETS = "targets"
PLAN = "plan_entries"
PLAN_DATE = "plan_date"
#: Bumped whenever the plan changes outside its editor, so the editor starts afresh.
PLAN_VERSION = "plan_editor_version"
SEARCH = "food_search"
#: How many foods the search shows, for which query: (query, limit).
SEARCH_LIMIT = "food_search_limit"
#: Foods the search shows at first, and adds with each "Show more".
SEARCH_STEP = 15
#: The user's food-match corrections on "Food diary": {name in the diary: food_id or ""}.
DIARY_MAPPING = "diary_mapping"
#: The last upload this session read, with what it was read with.
UPLOAD_READ = "diary_upload_read"
#: The header of the last upload, by the file's hash.
UPLOAD_HEADER = "diary_upload_header"
#: Grams a person gave amounts the planner could not read, by (name, amount text).
DIARY_AMOUNTS = "diary_amounts"
#: Column mappings this session gave, by the header they were given for.
DIARY_COLUMNS = "diary_columns"
#: The latest "After a workout" result.
WORKOUT = "workout_result"
#: The "After a workout" form as last filled in, restored when the page is shown again.
WORKOUT_FORM = "workout_form"
#: What a page derived from this session's plan or upload, by slot: {slot: (key, value)}.
DERIVED = "derived"

T = TypeVar("T")

DISCLAIMER = (
    "This shows intake against reference values; it is not a diagnosis. Cramps have many "
    "causes: if they are persistent or severe, see a health professional."
)
KIDNEY_WARNING = (
    "If you have kidney disease or take medicines that raise potassium (such as "
    "potassium-sparing diuretics or ACE inhibitors), ask your doctor before eating more "
    "potassium: the potassium target does not apply to you."
)


# The tables are shared by every session, not copied per call (st.cache_data would unpickle
# 14,220 foods on every rerun): they are read only; planner functions return new frames.
@st.cache_resource(show_spinner="Loading the food database…")
def food_table() -> pd.DataFrame:
    """The food table, loaded once per process."""
    return load_foods()


@st.cache_resource(show_spinner=False)
def portion_table() -> pd.DataFrame:
    """The portion table, loaded once per process."""
    return load_portions()


@st.cache_resource(show_spinner=False)
def article_table() -> pd.DataFrame:
    """The article foods, loaded once per process."""
    return load_article_foods()


@st.cache_resource(show_spinner=False)
def dri_table() -> pd.DataFrame:
    """The DRI table (``targets.csv``), loaded once per process."""
    return load_targets()


@st.cache_resource(show_spinner=False)
def search_index() -> SearchIndex:
    """The search index; immutable, so one instance serves every session."""
    return build_search_index(food_table(), article_ids=article_table()["food_id"])


@st.cache_resource(show_spinner=False)
def match_index() -> MatchIndex:
    """The food-name matcher; immutable, so one instance serves every session."""
    return build_match_index(food_table(), search_index())


def remembered(slot: str, compute: Callable[[], T], *key: object) -> T:
    """``compute()``, reused by the reruns that pass the same ``key``.

    A rerun recomputes nothing a click elsewhere on the page did not change (a checked year of
    diary, its charts). Kept in this session only, one value per slot: what is derived from a
    person's plan or upload is never in a server-wide cache. Parts of ``key`` that are plain
    values (text, numbers, frozen dataclasses such as a target, and containers of them) are
    compared by value; anything else (a table, a check) by identity, so pass the very object
    an earlier step returned.
    """
    derived: dict[str, tuple[tuple[object, ...], object]] = st.session_state.setdefault(DERIVED, {})
    kept = derived.get(slot)
    if kept is not None and _same(kept[0], key):
        value: T = kept[1]  # type: ignore[assignment]
        return value
    value = compute()
    derived[slot] = (key, value)
    return value


def _same(a: object, b: object) -> bool:
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, str | int | float | bool | bytes | frozenset | set) or a is None:
        return a == b
    if isinstance(a, tuple | list):
        assert isinstance(b, tuple | list)
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if dataclasses.is_dataclass(a) and type(a).__dataclass_params__.frozen:  # type: ignore[attr-defined]
        return all(_same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    return False


def uploaded_header(data: bytes) -> list[str]:
    """The header of an uploaded file, read once per file in this session (a rerun must not
    parse the whole file again to learn its columns)."""
    key = hashlib.sha256(data).hexdigest()
    kept = st.session_state.get(UPLOAD_HEADER)
    if kept is not None and kept[0] == key:
        header: list[str] = kept[1]
        return header
    header = [str(c) for c in read_table_text(data).columns]
    st.session_state[UPLOAD_HEADER] = (key, header)
    return header


def read_uploaded_diary(
    data: bytes,
    format_name: str,
    mapping: tuple[tuple[str, str], ...],
    complete_only: bool,
    columns: tuple[tuple[str, str], ...] = (),
    amounts: tuple[tuple[tuple[str, str], float], ...] = (),
) -> Upload:
    """An uploaded file read both ways, kept for this session only.

    Not a server-wide cache: another person uploading the same bytes must not get this
    session's result (nor learn from its speed that the file was seen), and an upload must
    leave the server's memory with its session. One reading is kept, for the reruns of the
    same file and choices.
    """
    key = (hashlib.sha256(data).hexdigest(), format_name, mapping, complete_only, columns, amounts)
    kept = st.session_state.get(UPLOAD_READ)
    if kept is not None and kept[0] == key:
        upload: Upload = kept[1]
        return upload
    with st.spinner("Reading and matching the diary…"):
        upload = read_upload(
            data,
            foods=food_table(),
            portions=portion_table(),
            index=search_index(),
            matcher=match_index(),
            format=format_name,
            mapping=dict(mapping),
            complete_only=complete_only,
            columns=dict(columns) or None,
            amounts=dict(amounts) or None,
        )
    st.session_state[UPLOAD_READ] = (key, upload)
    return upload


#: The profile form's widgets and their values before a person changes them.
PROFILE_DEFAULTS: dict[str, object] = {
    "profile_sex": "F",
    "profile_age": 34,
    "profile_state": "none",
    "profile_sodium_max": 0.0,
}


def profile_sidebar() -> None:
    """Draw the profile form and store the profile and its targets in session state."""
    for key, default in PROFILE_DEFAULTS.items():
        # Set here, not as the widgets' values, so that a saved profile can set them first.
        st.session_state.setdefault(key, default)
    with st.sidebar:
        st.header("Your profile")
        sex = st.radio(
            "Sex",
            ["F", "M"],
            horizontal=True,
            key="profile_sex",
            format_func={"F": "Female", "M": "Male"}.get,
        )
        age = st.number_input(
            "Age (years)",
            min_value=1,
            max_value=125,
            step=1,
            key="profile_age",
            help="Whole years, from 1. Infants' needs are set with their doctor.",
        )
        # Always drawn, so the sidebar keeps its layout while a rerun is in flight.
        applies = sex == "F" and 14 <= age < 51
        state = st.radio(
            "Pregnancy",
            ["none", "pregnant", "lactating"],
            horizontal=True,
            key="profile_state",
            format_func=str.capitalize,
            disabled=not applies,
            help="DRI groups for pregnancy and lactation cover females aged 14-50.",
        )
        if not applies:
            state = "none"
        with st.expander("Limits set by your doctor"):
            sodium_max = st.number_input(
                "Sodium limit (mg/day), 0 = none",
                min_value=0.0,
                step=100.0,
                key="profile_sodium_max",
                help="Replaces the upper level. A limit below the level to reach replaces "
                "that too: then anything up to the limit is within it.",
            )
        st.caption(DISCLAIMER)
    overrides = {"sodium_mg": {"max": sodium_max}} if sodium_max > 0 else None
    try:
        profile = Profile(
            sex=sex,
            age_years=float(age),
            pregnant=state == "pregnant",
            lactating=state == "lactating",
        )
        st.session_state[PROFILE] = profile
        st.session_state[TARGETS] = daily_targets(profile, overrides=overrides, table=dri_table())
    except PlannerError as exc:
        st.sidebar.error(str(exc))
        st.session_state.pop(TARGETS, None)


def current_targets() -> dict[str, Target] | None:
    """The targets of the sidebar profile, or ``None`` while the profile is invalid."""
    targets: dict[str, Target] | None = st.session_state.get(TARGETS)
    return targets


def show_totals(check: DiaryCheck, date: str) -> None:
    """The day's totals table: readable names, units in the headers, whole numbers, and a
    dash (not "None") where there is no value."""
    totals = totals_table(check, date)
    unit = totals["nutrient"].map(UNITS)

    def level(values: pd.Series, kinds: pd.Series) -> list[str]:
        return [
            "–"
            if pd.isna(v)
            else f"none ({NO_LEVEL.removeprefix('none: ')})"
            if k == NO_LEVEL
            else f"{v:,.0f} ({k})"
            for v, k in zip(values, kinds, strict=True)
        ]

    shown = pd.DataFrame(
        {
            "Nutrient": totals["nutrient"].map(LABELS) + " (" + unit + ")",
            "Total": totals["total"],
            "Target (kind)": level(totals["target"], totals["target_kind"]),
            "Upper level (kind)": level(totals["upper_level"], totals["upper_kind"]),
            "% of target": totals["percent_of_target"],
            "Status": totals["status"],
            "Incomplete": totals["incomplete"].astype(bool),
            "Adjusted": totals["adjusted"].fillna(""),
        }
    )
    st.dataframe(
        dashes(shown, formats={"Total": "{:,.0f}", "% of target": "{:.0f} %"}),
        hide_index=True,
        width="stretch",
        column_config={"Nutrient": st.column_config.TextColumn(pinned=True)},
    )


def days_below_metrics(below: pd.DataFrame) -> None:
    """One metric per checked nutrient: the days below its target, of the days it is known
    (:func:`planner.intake.trends.days_below`), or "not available"."""
    for column, name in zip(st.columns(len(CHECKED)), CHECKED, strict=True):
        if below.at[name, "not available"] == below.at[name, "days"]:
            column.metric(LABELS[name], "not available")
        else:
            column.metric(
                f"{LABELS[name]}: days below",
                f"{below.at[name, 'below']} of {below.at[name, 'days']}",
            )


def dashes(frame: pd.DataFrame, *, formats: dict[str, str] | None = None) -> pd.DataFrame:
    """``frame`` for ``st.dataframe`` with a dash where a number is missing, never "None".

    Number columns become text (whole numbers with thousands separators, or their
    ``str.format`` pattern in ``formats``): Streamlit draws a missing number as "None". Give
    such columns a plain label in ``column_config``, not a ``NumberColumn``.
    """
    patterns = formats or {}
    out = frame.copy()
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
            pattern = patterns.get(column, "{:,.0f}")
            out[column] = [("–" if pd.isna(v) else pattern.format(v)) for v in values]
    return out


def show_error(message: str, detail: object) -> None:
    """An error box with the project's message, and the detail (which may hold a file's
    text: a header, a name) beneath it as plain text, never read as Markdown or HTML."""
    st.error(message)
    st.text(str(detail))
