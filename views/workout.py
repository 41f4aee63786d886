"""After a workout: sweat losses, what to drink and eat, and the training day's targets."""

import datetime as dt

import pandas as pd
import streamlit as st

from planner.charts.day import rehydration_schedule_figure, sweat_replacement_figure
from planner.errors import PlannerError
from planner.fooddb.nutrients import LABELS, POTASSIUM, SODIUM, WATER
from planner.sweat.losses import (
    LOSSES,
    SWEAT_SODIUM_PRESETS,
    convert_mass,
    convert_volume,
    session_from_units,
    sweat_losses,
)
from planner.sweat.recovery import (
    check_recovery,
    recovery_candidates,
    shortfall_message,
    suggest_recovery,
)
from views._shared import (
    KIDNEY_WARNING,
    WORKOUT,
    WORKOUT_FORM,
    dashes,
    food_table,
    portion_table,
    remembered,
)
from views._store import keep_workout, workouts

st.title("After a workout")
st.caption(
    "Weigh yourself before and after, ideally without clothes and after using the toilet. "
    "1 kg of body mass lost is about 1 litre of sweat."
)


def _convert_form() -> None:
    """Convert what is typed when the units change: 72 kg becomes 158.7 lb, not 72 lb."""
    now = st.session_state["workout_imperial"]
    mass = ("kg", "lb") if now else ("lb", "kg")
    volume = ("l", "fl oz") if now else ("fl oz", "l")
    for key in ("w_before", "w_after"):
        if key in st.session_state:
            st.session_state[key] = round(convert_mass(st.session_state[key], *mass), 1)
    for key in ("w_drank", "w_urine"):
        if key in st.session_state:
            st.session_state[key] = round(convert_volume(st.session_state[key], *volume), 2)


def form_keys() -> tuple[str, ...]:
    """The widgets of the session form, kept across pages."""
    return (
        "w_date",
        "w_hours",
        "w_before",
        "w_after",
        "w_drank",
        "w_urine",
        "w_sodium_choice",
        "w_sodium_measured",
        "w_recovery_hours",
        "w_note",
    )


st.session_state.setdefault(
    "workout_imperial", st.session_state.get(WORKOUT_FORM, {}).get("imperial", False)
)
imperial = st.toggle("Imperial units (lb, fl oz)", key="workout_imperial", on_change=_convert_form)
mass_unit, volume_unit = ("lb", "fl oz") if imperial else ("kg", "l")
volume_label = "fl oz" if imperial else "L"
mass_defaults = (154.0, 151.0) if imperial else (70.0, 68.6)

# Set once, then owned by the widgets (and converted when the units change). Streamlit
# forgets a widget's value when another page runs, so the form is kept beside it and
# restored: coming back shows the form that gave the result below it.
form: dict[str, object] = st.session_state.setdefault(WORKOUT_FORM, {})
for key, default in {
    "w_date": dt.date.today(),
    "w_hours": 1.5,
    "w_before": mass_defaults[0],
    "w_after": mass_defaults[1],
    "w_drank": 17.0 if imperial else 0.5,
    "w_urine": 0.0,
    "w_sodium_choice": next(iter(SWEAT_SODIUM_PRESETS)),
    "w_sodium_measured": 0.0,
    "w_recovery_hours": 2.0,
    "w_note": "",
}.items():
    st.session_state.setdefault(key, form.get(key, default))

# Not a form: the unit switch must see what is typed to convert it.
with st.container(border=True):
    left, right = st.columns(2)
    session_date = left.date_input("Date of the session", key="w_date")
    hours = right.number_input(
        "Duration (hours)", min_value=0.0, max_value=24.0, step=0.25, key="w_hours"
    )
    before = left.number_input(
        f"Body mass before ({mass_unit})",
        min_value=0.0,
        step=0.1,
        key="w_before",
    )
    after = right.number_input(
        f"Body mass after ({mass_unit})",
        min_value=0.0,
        step=0.1,
        key="w_after",
    )
    drank = left.number_input(
        f"Drunk during the session ({volume_label})",
        min_value=0.0,
        step=0.1,
        key="w_drank",
    )
    urine = right.number_input(
        f"Urine passed during ({volume_label}, optional)",
        min_value=0.0,
        step=0.1,
        key="w_urine",
    )
    choice = left.selectbox(
        "Sweat sodium",
        [*SWEAT_SODIUM_PRESETS, "measured (mmol/L)", "measured (mg/L)"],
        format_func=lambda k: (
            f"{k} ({SWEAT_SODIUM_PRESETS[k]:g} mmol/L)" if k in SWEAT_SODIUM_PRESETS else k
        ),
        key="w_sodium_choice",
        help="From a sweat test, or a preset: typical sweat has about 50 mmol/L; salty "
        "sweaters lose more than 60 (white salt marks on clothes).",
    )
    measured = right.number_input(
        "Measured sweat sodium (if measured)",
        min_value=0.0,
        step=1.0,
        key="w_sodium_measured",
    )
    recovery_hours = left.number_input(
        "Rehydrate over (hours)",
        min_value=0.5,
        max_value=12.0,
        step=0.5,
        key="w_recovery_hours",
    )
    note = right.text_input("Conditions (optional)", placeholder="hot, humid, 32 °C", key="w_note")
    submitted = st.button("Calculate", type="primary", key="w_calculate")
form.update({key: st.session_state[key] for key in form_keys()}, imperial=imperial)

if submitted:
    try:
        session = session_from_units(
            before=before,
            after=after,
            drank=drank,
            hours=hours,
            urine=urine,
            mass_unit=mass_unit,
            volume_unit=volume_unit,
            sweat_sodium_mmol_l=measured if choice == "measured (mmol/L)" else None,
            sweat_sodium_mg_l=measured if choice == "measured (mg/L)" else None,
            preset=choice if choice in SWEAT_SODIUM_PRESETS else None,
            note=note,
        )
        st.session_state[WORKOUT] = (
            session_date.isoformat(),
            sweat_losses(session, recovery_hours=recovery_hours),
            recovery_hours,
        )
    except PlannerError as exc:
        st.error(f"Cannot calculate: {exc}")
        st.session_state.pop(WORKOUT, None)

if WORKOUT not in st.session_state:
    st.info("Enter your session above and press Calculate.")
    st.stop()
date, result, result_hours = st.session_state[WORKOUT]

for warning in result.warnings:
    st.error(warning, icon=":material/warning:")
first, second, third, fourth = st.columns(4)


def _fluid(litres: float) -> str:
    if imperial:
        return f"{convert_volume(litres, 'l', 'fl oz'):.1f} fl oz"
    return f"{litres:.2f} L"


first.metric("Sweat loss", _fluid(result.sweat_loss_l))
second.metric("Sweat rate", f"{_fluid(result.sweat_rate_l_per_h)}/h")
third.metric(
    "Body mass change",
    f"{-result.body_mass_loss_pct:+.1f} %",
    help="All sources aim for less than 2 % loss and no gain.",
)
low, high = result.rehydrate_l
drink_range = (
    f"{convert_volume(low, 'l', 'fl oz'):.0f}-{convert_volume(high, 'l', 'fl oz'):.0f} fl oz"
    if imperial
    else f"{low:.2f}-{high:.2f} L"
)
fourth.metric("Drink over the next hours", "none extra" if result.overdrank else drink_range)
losses = pd.DataFrame(
    {
        "lost": [LABELS[n] for n in LOSSES],
        "mg": [result.losses_mg[n] for n in LOSSES],
    }
)
st.dataframe(
    losses,
    hide_index=True,
    column_config={
        "lost": "Lost in sweat",
        "mg": st.column_config.NumberColumn("Amount (mg)", format="%.0f"),
    },
)
if not result.overdrank:
    st.write(
        f"Drink **{drink_range}** (125-150 % of the mass lost) over "
        f"{result.schedule[-1].end_h:g} h, sipped rather than all at once, with about "
        f"**{result.sodium_to_replace_mg:,.0f} mg sodium** from food or drink to help you keep "
        "the fluid. Never more than 150 %."
    )
    st.plotly_chart(rehydration_schedule_figure(result), width="stretch")
for text in result.notes:
    st.caption(text)

st.subheader("Recovery food and drink")
foods = food_table()
candidates = remembered("recovery_candidates", lambda: recovery_candidates(foods, portion_table()))
had = st.data_editor(
    candidates[["description", "portion", "portion_g"]].assign(portions=0.0),
    key="w_recovery_editor",
    hide_index=True,
    width="stretch",
    disabled=["description", "portion", "portion_g"],
    column_config={
        "description": "Food or drink",
        "portion": "Portion",
        "portion_g": st.column_config.NumberColumn("Grams per portion", format="%.0f"),
        "portions": st.column_config.NumberColumn("Portions you had", min_value=0.0, step=0.5),
    },
)
items = pd.DataFrame(
    {"food_id": candidates["food_id"], "grams": had["portions"] * candidates["portion_g"]}
)
items = items[items["grams"] > 0]


def recovery():  # the check, the basket and their chart, for these items
    check = check_recovery(items, result, foods=foods)
    have = dict(zip(check["nutrient"], check["have"], strict=True))
    basket = suggest_recovery(result, foods=foods, portions=portion_table(), already=items)
    return check, basket, sweat_replacement_figure(result, have, basket.added)


check, basket, figure = remembered(
    "recovery", recovery, result, tuple(items.itertuples(index=False, name=None))
)
st.plotly_chart(figure, width="stretch")
shown = check.assign(
    nutrient=check["nutrient"].map(
        {WATER: "Fluid (mL)", SODIUM: "Sodium (mg)", POTASSIUM: "Potassium (mg)"}
    )
)
st.dataframe(
    dashes(shown[["nutrient", "have", "min", "max", "lost", "status"]]),
    hide_index=True,
    column_config={
        "nutrient": "Replace",
        "have": "From your choice",
        "min": "Aim for at least",
        "max": "At most",
        "lost": "Lost in sweat",
        "status": "Status",
    },
)
if basket.items.empty:
    st.success("Your choice covers the replacement." if not items.empty else "Nothing to add.")
else:
    st.write("**To cover the rest, for example:**")
    st.dataframe(
        basket.items.assign(
            fluid_ml=basket.items[WATER],
        )[["description", "portions", "portion", "grams", "fluid_ml", SODIUM, POTASSIUM]],
        hide_index=True,
        column_config={
            "description": st.column_config.TextColumn("Food or drink", pinned=True),
            "portions": st.column_config.NumberColumn("Portions", format="%g"),
            "portion": "Portion",
            "grams": st.column_config.NumberColumn("Weight (g)", format="%.0f"),
            "fluid_ml": st.column_config.NumberColumn("Fluid (mL)", format="%.0f"),
            SODIUM: st.column_config.NumberColumn("Sodium (mg)", format="%.0f"),
            POTASSIUM: st.column_config.NumberColumn("Potassium (mg)", format="%.0f"),
        },
    )
for name, short in basket.unmet.items():
    st.warning(shortfall_message(name, short, overdrank=result.overdrank))
st.caption(KIDNEY_WARNING)

st.subheader("Training-day targets")
sessions = workouts()
if date in sessions and sessions[date] == result:
    st.success(
        f"The losses of this session are added to the targets of {date} on Plan a day, "
        "and kept in My data."
    )
elif st.button(f"Add these losses to the targets of {date}") and keep_workout(
    date, result.session, result_hours
):
    st.rerun()
st.caption(
    "Adds the sweat loss to that day's water target and the sodium and potassium lost to "
    "theirs; the targets are then marked as adjusted. The session is kept (replacing one "
    "saved for the same date) until you delete it on My data."
)
