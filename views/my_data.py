"""My data: everything kept for you, by date; take it all with you, bring it back, delete it."""

import json

import streamlit as st

from planner.diary.formats import FORMAT_NAMES
from planner.errors import PlannerError
from planner.store import LOCAL_USER
from views._shared import dashes, show_error
from views._store import MY_DATA_DONE, export_zip, forget_session_copies, user_store

st.title("My data")
done = st.session_state.pop(MY_DATA_DONE, None)
if done:
    st.success(done)
store = user_store()
if store is None:
    st.info("Nothing is kept in this session: sign in (see the sidebar) to keep your data.")
    st.stop()
who = store.user
st.caption(
    "Kept in this planner's store on this computer."
    if who == LOCAL_USER
    else f"Kept for {who}: no one else signed in to this app can see it."
)

try:
    timeline = store.timeline()
except PlannerError as exc:
    show_error("Your saved data cannot be read:", exc)
    st.stop()

st.subheader("Timeline")
if timeline.empty:
    st.info(
        "Nothing is kept yet. Plan a day, add a workout's losses or upload a food diary, and "
        "it appears here."
    )
else:
    days = timeline.assign(
        planned=timeline["planned_entries"],
        tracker=timeline["tracker_entries"],
        source=[
            FORMAT_NAMES.get(f, f) if isinstance(f, str) else "" for f in timeline["tracker_format"]
        ],
    )
    st.dataframe(
        dashes(
            days[
                [
                    "date",
                    "planned",
                    "tracker",
                    "source",
                    "workout_hours",
                    "sweat_loss_l",
                    "sodium_lost_mg",
                    "potassium_lost_mg",
                ]
            ],
            formats={"workout_hours": "{:.2f}", "sweat_loss_l": "{:.2f}"},
        ),
        hide_index=True,
        width="stretch",
        column_config={
            "date": st.column_config.TextColumn("Date", pinned=True),
            "planned": "Planned entries",
            "tracker": "Tracker entries",
            "source": "Read as",
            "workout_hours": "Workout (h)",
            "sweat_loss_l": "Sweat loss (L)",
            "sodium_lost_mg": "Sodium lost (mg)",
            "potassium_lost_mg": "Potassium lost (mg)",
        },
    )
    st.caption(
        f"{len(timeline)} {'day' if len(timeline) == 1 else 'days'}: "
        f"{int((timeline['planned_entries'] > 0).sum())} planned, "
        f"{int((timeline['tracker_entries'] > 0).sum())} from a tracker, "
        f"{int(timeline['workout_hours'].notna().sum())} with a workout."
    )

st.subheader("Take everything with you")
try:
    document = store.export_json()
    tables = export_zip(store)
except PlannerError as exc:
    show_error("Your data cannot be exported:", exc)
    st.stop()
left, right = st.columns(2)
left.download_button(
    "Download everything (JSON)",
    json.dumps(document, indent=1, sort_keys=True),
    file_name="planner-data.json",
    mime="application/json",
    key="export_json",
    help="Every kept row; import it here (or on another planner) to restore it all.",
)
right.download_button(
    "Download everything (CSV tables, zip)",
    tables,
    file_name="planner-data.zip",
    mime="application/zip",
    key="export_csv",
    help="One CSV file per kind of data, for a spreadsheet.",
)

st.subheader("Bring back an export")
st.caption("Into an empty store only, so that nothing is mixed or lost: delete everything first.")
dropped = st.file_uploader("A JSON export of the planner", type=["json"], key="import_file")
if dropped is not None and st.button("Import", key="import_go"):
    try:
        parsed = json.loads(dropped.getvalue().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        show_error("This file is not a planner export (it is not JSON):", exc)
    else:
        if not isinstance(parsed, dict):
            show_error("This file is not a planner export:", "expected a JSON object")
        else:
            try:
                store.import_json(parsed)
            except PlannerError as exc:
                show_error("The export could not be imported; nothing was changed:", exc)
            else:
                forget_session_copies()
                st.session_state[MY_DATA_DONE] = "Imported: your data is back."
                st.rerun()

st.subheader("Delete everything")
st.caption(
    "Deletes your profile, planned days, workouts, uploaded diaries, corrections and "
    "favourites. It cannot be undone: download an export first if you may want them back."
)
typed = st.text_input("Type DELETE to confirm", key="delete_confirm")
if st.button("Delete everything", type="primary", key="delete_go", disabled=typed != "DELETE"):
    try:
        store.delete_everything()
    except PlannerError as exc:
        show_error("Nothing was deleted:", exc)
    else:
        forget_session_copies()
        del st.session_state["delete_confirm"]
        st.session_state[MY_DATA_DONE] = "Everything was deleted."
        st.rerun()
