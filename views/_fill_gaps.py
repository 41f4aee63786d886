"""The "Fill my gaps" panel and the day generator of Plan a day."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import pandas as pd
import streamlit as st

from planner.charts.day import before_after_figure
from planner.errors import PlannerError
from planner.fooddb.nutrients import CHECKED, ENERGY, LABELS, POTASSIUM, UNITS
from planner.intake.check import DiaryCheck
from planner.intake.targets import Target
from planner.suggest.dayplan import plan_day
from planner.suggest.gaps import (
    LOW_SODIUM_ALLOWANCE_MG,
    Preferences,
    check_with_basket,
    fill_gaps,
    preferred_pool,
    rank_foods,
)
from planner.suggest.pool import EXCLUSIONS, food_pool
from views._shared import (
    KIDNEY_WARNING,
    PLAN,
    PLAN_VERSION,
    article_table,
    food_table,
    portion_table,
    remembered,
)

EXCLUSION_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "dairy": "dairy-free",
        "nuts": "nut allergy",
        "vegetarian": "vegetarian",
        "vegan": "vegan",
        "gluten": "gluten-free",
    }
)


def _add_to_plan(items: pd.DataFrame, meal: str) -> None:
    plan: list[dict[str, object]] = st.session_state.setdefault(PLAN, [])
    for row in items.to_dict("records"):
        plan.append(
            {
                "meal": meal,
                "food": row["food_id"],
                "amount": row["portions"],
                "unit": row["portion"],
            }
        )
    st.session_state[PLAN_VERSION] = st.session_state.get(PLAN_VERSION, 0) + 1


def preferences_form(key: str) -> Preferences:
    """The suggestion options; returns the chosen preferences."""
    left, middle, right = st.columns(3)
    exclude = left.multiselect(
        "Exclude", list(EXCLUSIONS), format_func=EXCLUSION_LABELS.get, key=f"{key}_exclude"
    )
    dislikes = left.text_input(
        "Foods you dislike (comma-separated words)",
        key=f"{key}_dislikes",
        placeholder="liver, tofu",
    )
    pool = middle.radio(
        "Choose from",
        ["articles", "all"],
        format_func={"articles": "foods the articles recommend", "all": "the whole database"}.get,
        key=f"{key}_pool",
    )
    objective = middle.radio(
        "Prefer",
        ["energy", "portions"],
        format_func={"energy": "least energy", "portions": "fewest portions"}.get,
        key=f"{key}_objective",
        horizontal=True,
    )
    max_foods = right.slider("At most this many foods", 1, 8, 5, key=f"{key}_max_foods")
    budget = right.number_input(
        "Energy budget for the day (kcal, 0 = none)",
        0.0,
        6000.0,
        0.0,
        100.0,
        format="%.0f",
        key=f"{key}_kcal",
    )
    low_sodium = right.checkbox(
        f"Low-sodium: add at most {LOW_SODIUM_ALLOWANCE_MG:.0f} mg sodium",
        key=f"{key}_low_sodium",
        help="Two servings of foods that may be labelled low sodium (140 mg each): enough for "
        "a cup of milk or yogurt to close a calcium gap.",
    )
    kidney = right.checkbox("I have kidney disease", key=f"{key}_kidney")
    return Preferences(
        pool=pool,
        exclude=exclude,
        dislikes=[d for d in dislikes.split(",") if d.strip()],
        low_sodium=low_sodium,
        kidney_disease=kidney,
        max_foods=max_foods,
        objective=objective,
        energy_budget_kcal=budget or None,
    )


def fill_gaps_panel(check: DiaryCheck, date: str) -> None:
    """Suggestions that close the day's gaps, with add-to-plan buttons and before/after."""
    with st.expander("Fill my gaps", expanded=True, icon=":material/shopping_basket:"):
        prefs = preferences_form("gaps")
        if prefs.kidney_disease:
            st.warning(KIDNEY_WARNING)
        foods = food_table()
        pool = remembered(
            "gaps_pool",
            lambda: preferred_pool(foods, portion_table(), article_table(), prefs),
            prefs,
        )
        try:
            result = remembered(
                "gaps_result",
                lambda: fill_gaps(check, date, pool=pool, preferences=prefs),
                check,
                date,
                pool,
                prefs,
            )
        except PlannerError as exc:
            st.error(str(exc))
            return
        gaps = result.gaps.loc[list(CHECKED)]
        open_gaps = gaps[gaps["gap"] > 0]
        if open_gaps.empty:
            st.success("Every target is reached: no gaps to fill.")
        basket = result.basket
        if not basket.items.empty:
            shown = basket.items.assign(
                why=basket.items.get("articles", "").map(
                    lambda a: ", ".join(f"article {x[:3]}" for x in str(a).split(";") if x)
                )
            )
            st.dataframe(
                shown[["description", "portions", "portion", "grams", *CHECKED[:4], ENERGY, "why"]],
                hide_index=True,
                width="stretch",
                column_config={
                    "description": st.column_config.TextColumn("Food", pinned=True),
                    "portions": st.column_config.NumberColumn("Portions", format="%g"),
                    "portion": "Portion",
                    "grams": st.column_config.NumberColumn("Weight (g)", format="%.0f"),
                    **{
                        n: st.column_config.NumberColumn(
                            f"+ {LABELS[n].lower()} ({UNITS[n]})", format="%.0f"
                        )
                        for n in (*CHECKED[:4], ENERGY)
                    },
                    "why": "Recommended by",
                },
            )
            meal = st.selectbox(
                "Add to meal", ["snacks", "breakfast", "lunch", "dinner"], key="gaps_meal"
            )
            if st.button("Add these foods to my plan", type="primary", key="gaps_add"):
                _add_to_plan(basket.items, meal)
                st.rerun()
            st.plotly_chart(
                remembered(
                    "gaps_figure",
                    lambda: before_after_figure(
                        check, check_with_basket(check, date, basket, foods=foods), date
                    ),
                    check,
                    basket,
                ),
                width="stretch",
            )
        for name, short in basket.unmet.items():
            st.warning(
                f"No basket within your limits closes the {LABELS[name].lower()} gap: "
                f"{short:,.0f} {UNITS[name]} remain."
            )
        for note in result.notes:
            st.info(note)
        if not open_gaps.empty:
            nutrient = st.selectbox(
                "Richest single foods in",
                list(open_gaps.index),
                format_func=LABELS.get,
                key="gaps_rank",
            )
            if nutrient == POTASSIUM and prefs.kidney_disease:
                st.caption("Not shown: ask your doctor about potassium.")
            else:
                ranked = rank_foods(pool, nutrient, float(gaps.at[nutrient, "gap"]))
                st.dataframe(
                    ranked.drop(columns=["food_id", "articles"]),
                    hide_index=True,
                    width="stretch",
                    column_config={
                        "description": st.column_config.TextColumn("Food", pinned=True),
                        "portion": "Portion",
                        "portion_g": st.column_config.NumberColumn("Weight (g)", format="%.0f"),
                        "per_portion": st.column_config.NumberColumn(
                            f"{UNITS[nutrient]} per portion", format="%.0f"
                        ),
                        "per_100kcal": st.column_config.NumberColumn(
                            f"{UNITS[nutrient]} per 100 kcal", format="%.0f"
                        ),
                        "portions_to_close": st.column_config.NumberColumn(
                            "Portions to close the gap", format="%g"
                        ),
                        "sodium_added_mg": st.column_config.NumberColumn(
                            "+ sodium (mg)", format="%.0f"
                        ),
                        "energy_added_kcal": st.column_config.NumberColumn(
                            "+ energy (kcal)", format="%.0f"
                        ),
                    },
                )


def generate_day_panel(targets: dict[str, Target]) -> None:
    """Generate a whole day of article foods and make it the plan."""
    with st.expander("Generate a whole day", icon=":material/auto_awesome:"):
        left, right = st.columns(2)
        kcal = left.number_input(
            "Energy target (kcal)", 1000.0, 4500.0, 2000.0, 100.0, format="%.0f", key="gen_kcal"
        )
        exclude = right.multiselect(
            "Exclude", list(EXCLUSIONS), format_func=EXCLUSION_LABELS.get, key="gen_exclude"
        )
        if st.button("Generate a day (replaces the plan)", key="gen_go"):
            seed = st.session_state.get("gen_seed")
            st.session_state["gen_seed"] = 0 if seed is None else seed + 1
            pool = food_pool(food_table(), portion_table(), article_table(), exclude=exclude)
            try:
                day = plan_day(pool, targets, kcal=kcal, seed=st.session_state["gen_seed"] or None)
            except PlannerError as exc:
                st.error(str(exc))
                return
            st.session_state[PLAN] = []
            for meal, items in day.plan.groupby("meal", sort=False):
                _add_to_plan(items, str(meal))
            st.rerun()
        adjusted = any(t.adjusted for t in targets.values())
        st.caption(
            "Meets the potassium, magnesium, calcium and water targets"
            + (" of this training day (adjusted for your sweat losses)" if adjusted else "")
            + ", keeps sodium between its AI and limit, and lands within 10 % of the energy "
            "target. Press again for another day; edit it below."
        )
