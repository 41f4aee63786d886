"""Foods: the richest foods in a nutrient, and potassium against sodium per 100 kcal."""

import plotly.express as px
import streamlit as st

from planner.fooddb.nutrients import CHECKED, LABELS, UNITS
from planner.suggest.pool import BASES, EXCLUSIONS, food_pool, richest_foods
from views._fill_gaps import EXCLUSION_LABELS
from views._plan_tools import favourites_panel
from views._shared import KIDNEY_WARNING, article_table, food_table, portion_table

st.title("Foods")
st.caption(
    "USDA foods (SR28 and FNDDS 2021-2023) eaten as they are, each at its first household "
    "measure: spices, fats and oils, baby foods, powders and portions under 10 g are left "
    "out. The foods the source articles recommend are marked."
)
left, middle, right = st.columns(3)
nutrient = left.selectbox("Nutrient", list(CHECKED), format_func=LABELS.get, key="f_nutrient")
basis = middle.radio("Rank", list(BASES), horizontal=True, key="f_basis")
top = right.slider("How many", 10, 100, 25, step=5, key="f_top")
articles_only = left.checkbox("Only foods the articles recommend", key="f_articles")
exclude = middle.multiselect(
    "Exclude", list(EXCLUSIONS), format_func=EXCLUSION_LABELS.get, key="f_exclude"
)

pool = food_pool(
    food_table(),
    portion_table(),
    article_table(),
    pool="articles" if articles_only else "all",
    exclude=exclude,
)
groups = right.multiselect("Food groups", sorted(pool["food_group"].unique()), key="f_groups")
if groups:
    pool = pool[pool["food_group"].isin(groups)]
ranked = richest_foods(pool, nutrient, basis=basis, top=top)
unit = UNITS[nutrient]
st.subheader(f"Richest in {LABELS[nutrient].lower()}, {basis}")
st.dataframe(
    ranked.assign(article=ranked["articles"].ne(""))[
        [
            "description",
            "amount",
            "portion",
            "portion_g",
            "food_group",
            "na_k_molar_ratio",
            "article",
            "food_id",
        ]
    ],
    hide_index=True,
    width="stretch",
    column_config={
        "description": st.column_config.TextColumn("Food", pinned=True),
        "amount": st.column_config.NumberColumn(f"{unit} {basis}", format="%.0f"),
        "portion": "Portion",
        "portion_g": st.column_config.NumberColumn("Grams per portion", format="%.0f"),
        "food_group": "Group",
        "na_k_molar_ratio": st.column_config.NumberColumn("Na:K (molar)", format="%.2f"),
        "article": st.column_config.CheckboxColumn("In the articles"),
        "food_id": "USDA id",
    },
)
if nutrient == "potassium_mg":
    st.caption(KIDNEY_WARNING)
favourites_panel(ranked)

scatter = richest_foods(pool, "potassium_mg", basis="per 100 kcal", top=len(pool)).dropna(
    subset=["sodium_per_100kcal"]
)
scatter = scatter.assign(
    source=scatter["articles"].ne("").map({True: "article food", False: "other food"})
)
figure = px.scatter(
    scatter,
    x="sodium_per_100kcal",
    y="potassium_per_100kcal",
    color="source",
    hover_name="description",
    hover_data={"na_k_molar_ratio": ":.2f", "source": False},
    log_x=True,
    log_y=True,
    labels={
        "sodium_per_100kcal": "sodium (mg per 100 kcal)",
        "potassium_per_100kcal": "potassium (mg per 100 kcal)",
    },
    title="Potassium against sodium per 100 kcal (upper left: more potassium, less sodium)",
    height=520,
    color_discrete_map={"article food": "#d9822b", "other food": "#7fb3d5"},
)
figure.update_traces(marker={"size": 5, "opacity": 0.7})
figure.update_layout(legend_title_text="")
st.plotly_chart(figure, width="stretch")
st.caption(
    "Foods with no sodium or no energy are not on the log scales. The Na:K molar ratio is "
    "(Na mg / 22.99) / (K mg / 39.10); below 1 means more potassium than sodium."
)
