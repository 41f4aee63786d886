"""The column-mapping form of Food diary, for a CSV of a layout the planner does not know."""

import streamlit as st

from planner.diary.columns import FIELDS, NUTRIENT_UNITS, check_column_mapping
from planner.errors import PlannerError
from views._shared import show_error

_NONE = "(none)"
_FIELD_LABELS = {
    "date": "Date",
    "meal": "Meal",
    "name": "Food name",
    "amount": "Amount",
    "unit": "Unit",
}
_NUTRIENTS = ("potassium", "magnesium", "calcium", "sodium", "water", "energy")


def column_mapping_form(header: list[str], current: dict[str, str]) -> dict[str, str] | None:
    """Ask which column holds what; returns the mapping once it is submitted and valid."""
    st.write(
        "**Say which column holds what.** A file without food names is read as logged; one "
        "with names is matched to USDA foods too. The mapping is remembered for files with "
        "the same header for this session."
    )
    choices = [_NONE, *header]
    with st.form("diary_columns_form"):
        given: dict[str, str] = {}
        cells = st.columns(len(FIELDS))
        for cell, field in zip(cells, FIELDS, strict=True):
            pick = cell.selectbox(
                _FIELD_LABELS[field],
                choices,
                index=choices.index(current[field]) if current.get(field) in choices else 0,
                key=f"columns_{field}",
            )
            if pick != _NONE:
                given[field] = pick
        for nutrient in _NUTRIENTS:
            units = [k.split("_", 1)[1] for k in NUTRIENT_UNITS if k.startswith(nutrient)]
            left, right = st.columns([3, 1])
            pick = left.selectbox(nutrient.capitalize(), choices, key=f"columns_{nutrient}_header")
            unit = right.selectbox("unit", units, key=f"columns_{nutrient}_unit")
            if pick != _NONE:
                given[f"{nutrient}_{unit}"] = pick
        if not st.form_submit_button("Read the file this way", type="primary"):
            return None
    try:
        return check_column_mapping(given)
    except PlannerError as exc:
        show_error("This column mapping cannot be used:", exc)
        return None
