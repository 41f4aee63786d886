"""The pages' side of the store: whose data a session reads and writes, and autosave.

One store (its database engine, no one's data) is opened per process and database URL;
each session binds it to its person: the signed-in person's e-mail (or subject) under
``st.login``, else ``"local"``, one person on their own machine. Every session-state key
of this module is defined here.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Mapping, Sequence

import streamlit as st

from planner.diary.upload import Upload
from planner.errors import PlannerError
from planner.intake.targets import Bound, Profile, Target
from planner.store import LOCAL_USER, PlanEntry, SavedUpload, Store, database_url, open_store
from planner.sweat.losses import Session, SweatResult
from views._shared import (
    DIARY_AMOUNTS,
    DIARY_MAPPING,
    PLAN,
    PLAN_VERSION,
    PROFILE,
    PROFILE_DEFAULTS,
    TARGETS,
    show_error,
)

#: The date whose saved plan the session's plan holds (ISO), and the plan as last saved.
PLAN_LOADED = "plan_loaded_for"
PLAN_SAVED = "plan_saved_entries"
#: The saved plan as the store gives it back (amounts as kept).
PLAN_STORED = "plan_stored_entries"
#: The profile and limits as last saved or loaded, so that only a change is written.
PROFILE_SAVED = "profile_saved"
#: The reading of an upload last kept in the store (its key), so that a rerun writes nothing.
UPLOAD_KEPT = "diary_upload_kept"
#: The dates that reading was kept for.
UPLOAD_KEPT_DATES = "diary_upload_kept_dates"
#: What My data last did (imported, deleted), shown once after its rerun.
MY_DATA_DONE = "my_data_done"


@st.cache_resource(show_spinner=False)
def _opened(url: str) -> Store:
    """The store of ``url``, opened once per process: an engine and the local user, no data."""
    return open_store(url)


def user_id() -> str | None:
    """Whose data this session reads and writes: the signed-in person; ``"local"`` when
    the app is run without sign-in (one person on their own machine); ``None`` for a visitor
    who has not signed in to an app served with sign-in (nothing is kept for them: they
    must never share one "local" person's data)."""
    user = st.user
    if "is_logged_in" not in user:  # no sign-in configured
        return LOCAL_USER
    if not user.get("is_logged_in"):
        return None
    who = user.get("email") or user.get("sub")
    return str(who) if who else None


def user_store() -> Store | None:
    """This session's store, or ``None`` when nothing can be kept: signed out, or the store
    cannot be opened (:func:`store_note` says which, once per run)."""
    who = user_id()
    if who is None:
        return None
    try:
        return _opened(database_url()).for_user(who)
    except PlannerError:
        return None


def store_note() -> None:
    """In the sidebar, when nothing can be kept: why (the store's own message), or, for a
    visitor of an app served with sign-in who has not signed in, a way to sign in."""
    if user_id() is None:
        with st.sidebar:
            st.info("Sign in to keep your plans, workouts and diaries; until then nothing is kept.")
            if st.button("Sign in", key="sign_in"):
                st.login()
        return
    try:
        _opened(database_url())
    except PlannerError as exc:
        with st.sidebar:
            show_error("Your saved data cannot be reached; nothing will be kept:", exc)


def plan_rows(entries: Sequence[PlanEntry] | None) -> list[dict[str, object]]:
    """Saved entries as the plan rows of Plan a day."""
    return [e.as_row() for e in entries or []]


def load_plan(day: dt.date) -> list[dict[str, object]]:
    """The session's plan for ``day``: read from the store when the day changes, and again
    when another tab or the planner command changed the saved plan while this session has
    no change of its own to save. Without a store the session keeps one plan."""
    key = day.isoformat()
    store = user_store()
    other_day = st.session_state.get(PLAN_LOADED) != key
    if store is None:
        st.session_state.setdefault(PLAN, [])
        st.session_state[PLAN_LOADED] = key
        return _session_plan()
    if not other_day and st.session_state.get(PLAN) != st.session_state.get(PLAN_SAVED):
        return _session_plan()  # this session's change is saved below, on this run
    try:
        stored = plan_rows(store.plan_day(key))
    except PlannerError as exc:
        show_error("The saved plan of this day cannot be read:", exc)
        stored = [] if other_day else st.session_state.get(PLAN_STORED, [])
    if other_day or stored != st.session_state.get(PLAN_STORED):
        st.session_state[PLAN] = stored
        st.session_state[PLAN_SAVED] = [dict(r) for r in stored]
        st.session_state[PLAN_STORED] = [dict(r) for r in stored]
        st.session_state[PLAN_LOADED] = key
        st.session_state[PLAN_VERSION] = st.session_state.get(PLAN_VERSION, 0) + 1
    return _session_plan()


def _session_plan() -> list[dict[str, object]]:
    plan: list[dict[str, object]] = st.session_state[PLAN]
    return plan


def _blank(value: object) -> bool:
    """Whether an amount is missing (an emptied cell of the plan editor)."""
    return value is None or (isinstance(value, float) and value != value)


def autosave_plan(day: dt.date, plan: Sequence[Mapping[str, object]]) -> None:
    """Write the plan of ``day`` when it differs from what was last saved (an empty plan
    forgets the day)."""
    rows = [dict(r) for r in plan]
    if rows == st.session_state.get(PLAN_SAVED):
        return
    if any(_blank(r.get("amount")) for r in rows):
        st.caption("Give every entry an amount to save this change.")
        return
    store = user_store()
    if store is None:
        return
    entries = [PlanEntry.from_row(r) for r in rows]
    try:
        if entries:
            store.save_plan_day(day, entries)
        else:
            store.delete_plan_day(day)
    except PlannerError as exc:
        show_error("This change to your plan could not be saved:", exc)
        return
    st.session_state[PLAN_SAVED] = rows
    # As the store gives it back, to tell a change made elsewhere (another tab, the CLI).
    st.session_state[PLAN_STORED] = plan_rows(entries)


def _limits(sodium_max: float) -> dict[str, dict[Bound, float | None]]:
    """The doctor's limits of the sidebar form."""
    return {"sodium_mg": {"max": float(sodium_max)}} if sodium_max > 0 else {}


def _snapshot() -> tuple[object, ...]:
    """What the sidebar holds, as saved: its widgets' values (pregnancy only where it
    applies)."""
    values = [st.session_state.get(k, d) for k, d in PROFILE_DEFAULTS.items()]
    return tuple(values)


def restore_profile() -> None:
    """Once per session, before the sidebar is drawn: set its widgets from the saved
    profile and a doctor's limits."""
    if PROFILE_SAVED in st.session_state:
        return
    store = user_store()
    saved = None
    if store is not None:
        try:
            saved = store.profile()
        except PlannerError as exc:
            show_error("Your saved profile cannot be read:", exc)
    if saved is not None:
        p = saved.profile
        state = "pregnant" if p.pregnant else "lactating" if p.lactating else "none"
        sodium = saved.limits.get("sodium_mg", {}).get("max") or 0.0
        values = {
            "profile_sex": p.sex,
            # The form takes whole years from 1 to 125 (the CLI may have saved 0.5).
            "profile_age": min(max(round(p.age_years), 1), 125),
            "profile_state": state,
            "profile_sodium_max": max(float(sodium), 0.0),
        }
        for key, value in values.items():
            st.session_state[key] = value
    # Until a person changes it, the form as shown is what is saved (defaults are not
    # written: a first visit leaves the store empty).
    st.session_state[PROFILE_SAVED] = _snapshot()


def keep_profile() -> None:
    """After the sidebar is drawn: save its profile and limits when they changed and are
    valid."""
    now = _snapshot()
    if st.session_state.get(PROFILE_SAVED) == now or TARGETS not in st.session_state:
        return
    store = user_store()
    if store is None:
        return
    profile: Profile = st.session_state[PROFILE]
    try:
        store.save_profile(profile, limits=_limits(float(str(now[3]))))
    except PlannerError as exc:
        show_error("Your profile could not be saved:", exc)
        return
    st.session_state[PROFILE_SAVED] = now


def workouts() -> dict[str, SweatResult]:
    """The saved sessions by ISO date (none when the store cannot be reached)."""
    store = user_store()
    if store is None:
        return {}
    try:
        return store.workouts()
    except PlannerError as exc:
        show_error("Your saved workouts cannot be read:", exc)
        return {}


def targets_by_date(targets: Mapping[str, Target]) -> dict[str, dict[str, Target]]:
    """Targets raised by each saved session's losses, for the dates that have one."""
    from planner.sweat.losses import training_day_targets

    return {date: training_day_targets(targets, r) for date, r in workouts().items()}


def keep_workout(date: str, session: Session, recovery_hours: float) -> bool:
    """Save a session for ``date``; whether it was saved."""
    store = user_store()
    if store is None:
        if user_id() is None:
            st.info("Sign in (see the sidebar) to keep a workout and adjust that day's targets.")
        return False
    try:
        store.save_workout(date, session, recovery_hours=recovery_hours)
    except PlannerError as exc:
        show_error("The workout could not be saved:", exc)
        return False
    return True


def note_used(food_ids: Sequence[str]) -> None:
    """Count a use of each food, for the recent foods (a failure only loses the count)."""
    store = user_store()
    if store is not None:
        try:
            store.note_used(food_ids)
        except PlannerError as exc:
            show_error("This food could not be noted as recently used:", exc)


def forget_session_copies() -> None:
    """Drop this session's copies of saved data, so that the next run reads the store
    again (after an import or a deletion)."""
    for key in (
        PLAN,
        PLAN_LOADED,
        PLAN_SAVED,
        PLAN_STORED,
        PROFILE_SAVED,
        UPLOAD_KEPT,
        DIARY_MAPPING,
        DIARY_AMOUNTS,
    ):
        st.session_state.pop(key, None)


def saved_corrections() -> tuple[dict[str, str], dict[tuple[str, str], float]]:
    """The person's food choices by diary name, and grams by (name, amount text): from the
    store, else (when it cannot be reached) this session's."""
    store = user_store()
    if store is not None:
        try:
            return store.corrections(), store.amount_corrections()
        except PlannerError as exc:
            show_error("Your saved food corrections cannot be read:", exc)
    mapping: dict[str, str] = st.session_state.setdefault(DIARY_MAPPING, {})
    grams: dict[tuple[str, str], float] = st.session_state.setdefault(DIARY_AMOUNTS, {})
    return mapping, grams


def keep_correction(name: str, food_id: str) -> None:
    """Keep a food choice for a diary name (``""`` leaves the name out), for every later
    upload too."""
    store = user_store()
    if store is not None:
        try:
            store.save_corrections({name: food_id})
            return
        except PlannerError as exc:
            show_error("Your correction is used for now but could not be saved:", exc)
    st.session_state.setdefault(DIARY_MAPPING, {})[name] = food_id


def keep_amount(pair: tuple[str, str], grams: float) -> None:
    """Keep the grams of an amount the planner could not read, by (name, amount text)."""
    store = user_store()
    if store is not None:
        try:
            store.save_amount_corrections({pair: grams})
            return
        except PlannerError as exc:
            show_error("Your amount is used for now but could not be saved:", exc)
    st.session_state.setdefault(DIARY_AMOUNTS, {})[pair] = grams


def keep_upload(upload: Upload, name: str, key: object) -> list[str] | None:
    """Save the days of an upload as read, once per reading (``key`` says which); the
    dates kept, or ``None`` if they could not be."""
    if st.session_state.get(UPLOAD_KEPT) == key:
        kept: list[str] = st.session_state[UPLOAD_KEPT_DATES]
        return kept
    store = user_store()
    if store is None:
        return None
    try:
        dates = store.save_upload(upload, name=name)
    except PlannerError as exc:
        show_error("The days of this diary could not be kept:", exc)
        return None
    st.session_state[UPLOAD_KEPT] = key
    st.session_state[UPLOAD_KEPT_DATES] = dates
    return dates


def saved_uploads() -> list[SavedUpload]:
    """The diaries kept in the store, oldest days first."""
    store = user_store()
    if store is None:
        return []
    try:
        return store.saved_uploads()
    except PlannerError as exc:
        show_error("Your kept diaries cannot be read:", exc)
        return []


def favourite_and_recent() -> tuple[list[str], list[str]]:
    """The person's favourite foods and their recently used foods (latest first)."""
    store = user_store()
    if store is None:
        return [], []
    try:
        return store.favourite_foods(), store.recent_foods()
    except PlannerError as exc:
        show_error("Your favourite and recent foods cannot be read:", exc)
        return [], []


def set_favourite(food_id: str, favourite: bool) -> None:
    """Mark or unmark a favourite food."""
    store = user_store()
    if store is not None:
        try:
            store.set_favourite(food_id, favourite)
        except PlannerError as exc:
            show_error("The favourite could not be saved:", exc)


def export_zip(store: Store) -> bytes:
    """Everything of the store's person as a zip of CSV tables, one file per kind of data."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in store.export_csv().items():
            archive.writestr(name, text)
    return buffer.getvalue()
