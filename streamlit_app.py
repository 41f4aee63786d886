"""Entry point: the page router and the sidebar profile every page shares."""

import streamlit as st

from views._shared import profile_sidebar
from views._store import keep_profile, restore_profile, store_note

st.set_page_config(
    page_title="Electrolyte meal planner", page_icon=":material/water_drop:", layout="wide"
)
navigation = st.navigation(
    [
        st.Page(
            "views/plan_day.py", title="Plan a day", icon=":material/restaurant:", default=True
        ),
        st.Page("views/week.py", title="A week", icon=":material/calendar_view_week:"),
        st.Page("views/diary.py", title="Food diary", icon=":material/menu_book:"),
        st.Page("views/foods.py", title="Foods", icon=":material/nutrition:"),
        st.Page("views/workout.py", title="After a workout", icon=":material/directions_run:"),
        st.Page("views/my_data.py", title="My data", icon=":material/database:"),
    ]
)
restore_profile()
profile_sidebar()
keep_profile()
store_note()
navigation.run()
