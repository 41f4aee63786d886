"""Entry point: the page router and the sidebar profile every page shares."""

import streamlit as st

from pages._shared import BOOTED, profile_sidebar

st.set_page_config(page_title="Electrolyte meal planner", page_icon="💧", layout="wide")
navigation = st.navigation(
    [st.Page("pages/plan_day.py", title="Plan a day", icon="🍽️", default=True)]
)
if BOOTED not in st.session_state:
    # Streamlit runs a session's first script run in its legacy `pages/` folder mode
    # until st.navigation has been called once; starting again at once keeps that run's
    # sidebar from lingering as duplicate elements.
    st.session_state[BOOTED] = True
    st.rerun()
profile_sidebar()
navigation.run()
