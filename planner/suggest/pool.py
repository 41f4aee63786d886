"""The foods suggestions draw on, and the user's dietary exclusions.

The pool is the articles' foods (``data/article_foods.csv``) by default, each at its usual
portion, or the whole database at each food's first household measure (a "medium" one when
there is one, else 100 g). Dietary exclusions work from the USDA food groups and words of
the descriptions; they are approximate, so labels still need checking.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Literal

import numpy as np
import pandas as pd

from planner.errors import PlannerError
from planner.fooddb.nutrients import (
    ENERGY,
    POTASSIUM,
    SODIUM,
    WATER,
    WATERY_G_PER_100_G,
    na_k_ratios,
)
from planner.fooddb.tables import ARTICLES
from planner.resolve.amounts import portion_key

#: Smallest usual portion a whole-database suggestion may use [g].
MIN_PORTION_G = 10.0

PoolName = Literal["articles", "all"]

_WORDS = {
    "meat": r"\b(?:beef|pork|chicken|turkey|duck|goose|lamb|veal|venison|bison|game|ham|bacon|"
    r"sausages?|salami|pepperoni|frankfurters?|bologna|liver|gelatin|broth|bouillon|"
    r"meat|poultry|jerky|lard)\b",
    "fish": r"\b(?:fish|salmon|tuna|halibut|cod|sardines?|anchov(?:y|ies)|shrimp|crab|lobster|"
    r"clams?|oysters?|mussels?|scallops?|squid|seafood|shellfish)\b",
    "dairy": r"\b(?:milk|cheese|yogh?urt|cream|butter|whey|kefir|ice cream|casein|buttermilk)\b",
    "dairy_ok": r"\b(?:almond milk|soymilk|soy milk|coconut milk|oat milk|rice milk|"
    r"plant-based|peanut butter|cocoa butter|nut butter|almond butter|cream of tartar|"
    r"coconut cream|milk substitute)\b",
    "egg": r"\beggs?\b",
    "honey": r"\bhoney\b",
    "nuts": r"\b(?:nuts?|almonds?|cashews?|walnuts?|pecans?|pistachios?|hazelnuts?|filberts?|"
    r"macadamias?|brazilnuts?|pine nuts?|peanuts?|almond milk|marzipan|praline|nutella)\b",
    "gluten": r"\b(?:wheat|barley|rye|spelt|bread|breads|pasta|spaghetti|macaroni|noodles?|"
    r"crackers?|pretzels?|couscous|bulgur|semolina|flour|bagels?|muffins?|cakes?|cookies?|"
    r"biscuits?|pizza|croissants?|pancakes?|waffles?|saltines?|beer|malt|seitan)\b",
}
_MEAT_GROUPS = {
    "Beef Products",
    "Pork Products",
    "Poultry Products",
    "Lamb, Veal, and Game Products",
    "Sausages and Luncheon Meats",
}
_FISH_GROUPS = {"Finfish and Shellfish Products"}
_GLUTEN_GROUPS = {"Baked Products"}

#: Exclusions the user can ask for.
EXCLUSIONS = ("dairy", "nuts", "vegetarian", "vegan", "gluten")

#: Foods left out of the whole-database pool: not eaten as such.
_NOT_A_PORTION = re.compile(
    r"powder|dry mix|not reconstituted|concentrate|leavening|\bsalt, table\b|tablets?\b|"
    r"\bdry\b.*\b(?:beverage|drink)|babyfood|infant formula",
    re.IGNORECASE,
)
_NOT_A_POOL_GROUP = {"Baby Foods", "Spices and Herbs", "Fats and Oils"}


def food_pool(
    foods: pd.DataFrame,
    portions: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    pool: PoolName = "articles",
    exclude: Collection[str] = (),
    dislikes: Collection[str] = (),
) -> pd.DataFrame:
    """Candidate foods with a usual portion, after the user's exclusions.

    Returns
    -------
    pandas.DataFrame
        The food table's columns plus ``portion``, ``portion_g`` [g], ``articles`` (file
        names, ``;``-joined, empty outside the articles) and ``group`` (the article's wording,
        or the USDA food group).
    """
    unknown = set(exclude) - set(EXCLUSIONS)
    if unknown:
        raise PlannerError(
            f"unknown exclusion {sorted(unknown)[0]!r}; expected some of {', '.join(EXCLUSIONS)}"
        )
    named = articles[["food_id", "group", "minerals", "articles", "portion"]].assign(
        articles=lambda t: t["articles"].map(
            lambda s: ";".join(ARTICLES.get(a, a) for a in str(s).split(";"))
        )
    )
    if pool == "articles":
        table = named.merge(foods, on="food_id", how="left", validate="one_to_one")
        table = table.merge(
            portions[["food_id", "portion", "grams_per_unit"]].drop_duplicates(
                ["food_id", "portion"]
            ),
            on=["food_id", "portion"],
            how="left",
            validate="one_to_one",
        ).rename(columns={"grams_per_unit": "portion_g"})
    else:
        keep = ~foods["food_group"].isin(_NOT_A_POOL_GROUP) & ~foods["description"].str.contains(
            _NOT_A_PORTION
        )
        table = foods[keep].merge(usual_portions(portions), on="food_id", how="left")
        table["portion"] = table["portion"].fillna("100 g")
        table["portion_g"] = table["portion_g"].fillna(100.0)
        # A usual portion under 10 g (a teaspoon of sauce, a pinch) flavours food; it does
        # not fill a gap.
        table = table[table["portion_g"] >= MIN_PORTION_G]
        table = table.merge(
            named.drop(columns="portion"), on="food_id", how="left", validate="one_to_one"
        )
        table["group"] = table["group"].fillna(table["food_group"])
        table["articles"] = table["articles"].fillna("")
        table["minerals"] = table["minerals"].fillna("")
    return table[~excluded(table, exclude=exclude, dislikes=dislikes)].reset_index(drop=True)


def excluded(
    pool: pd.DataFrame, *, exclude: Collection[str] = (), dislikes: Collection[str] = ()
) -> pd.Series:
    """Which foods the exclusions and dislikes leave out (a boolean Series)."""
    text = pool["description"].str.lower()
    group = pool["food_group"]
    out = pd.Series(False, index=pool.index)

    def words(name: str) -> pd.Series:
        return text.str.contains(_WORDS[name], regex=True)

    dairy = (words("dairy") | group.str.contains("Dairy", regex=False)) & ~words("dairy_ok")
    dairy &= ~(words("egg") & ~words("dairy"))
    meat = words("meat") | words("fish") | group.isin(_MEAT_GROUPS | _FISH_GROUPS)
    meat |= group.str.contains(
        r"^(?:Beef|Pork|Chicken|Turkey|Fish|Shellfish|Bacon|Sausages|Frankfurters|Cold cuts|"
        r"Lamb|Liver|Ground beef|Burgers|Seafood)",
        regex=True,
    )
    if "dairy" in exclude or "vegan" in exclude:
        out |= dairy
    if "nuts" in exclude:
        out |= words("nuts") | group.isin({"Nut and Seed Products", "Nuts and seeds"})
    if "vegetarian" in exclude or "vegan" in exclude:
        out |= meat
    if "vegan" in exclude:
        out |= words("egg") | words("honey") | group.eq("Eggs and omelets")
    if "gluten" in exclude:
        out |= words("gluten") | group.isin(_GLUTEN_GROUPS)
    for item in dislikes:
        item = item.strip().lower()
        if not item:
            continue
        out |= pool["food_id"].str.lower().eq(item) | text.str.contains(item, regex=False)
    return out


def usual_portions(portions: pd.DataFrame) -> pd.DataFrame:
    """One household measure per food: a "medium" one where there is one, else the first."""
    medium = portions["portion"].map(portion_key).eq("medium")
    ranked = portions.assign(_rank=np.where(medium, 0, 1)).sort_values(
        ["food_id", "_rank", "seq"], kind="stable"
    )
    first = ranked.drop_duplicates("food_id")
    return first[["food_id", "portion", "grams_per_unit"]].rename(
        columns={"grams_per_unit": "portion_g"}
    )


#: Bases for ranking foods by a nutrient.
BASES = ("per 100 g", "per portion", "per 100 kcal")

#: Most sodium a good source of water may bring [mg / 100 g]: coconut water has 105; broth
#: (about 350) and salted tomato juice (253) are sources of salt first.
WATER_SOURCE_MAX_SODIUM_MG = 150.0


def richest_foods(
    pool: pd.DataFrame, nutrient: str, *, basis: str = "per 100 g", top: int = 25
) -> pd.DataFrame:
    """The foods richest in ``nutrient`` on a basis of 100 g, a usual portion or 100 kcal.

    Returns
    -------
    pandas.DataFrame
        ``food_id``, ``description``, ``food_group``, ``portion``, ``portion_g``,
        ``amount`` (the nutrient on the chosen basis) [mg or g], ``potassium_mg`` and
        ``sodium_mg`` per 100 kcal, and ``na_k_molar_ratio``, (Na / 22.99) / (K / 39.10).
        Foods without a reported value, or (per 100 kcal) without energy, are left out.
    """
    if basis not in BASES:
        raise PlannerError(f"basis must be one of {', '.join(BASES)}, not {basis!r}")
    if nutrient == WATER:
        # Water is ranked among drinks and watery foods only: canned tuna (70 g water/100 g)
        # or beef broth (which brings salt first) are no answer to "what should I drink".
        watery = (pool[WATER] >= WATERY_G_PER_100_G) & (
            pool[SODIUM].fillna(0.0) <= WATER_SOURCE_MAX_SODIUM_MG
        )
        pool = pool[watery]
    kcal = pool[ENERGY].where(pool[ENERGY] > 0)
    amount = {
        "per 100 g": pool[nutrient],
        "per portion": pool[nutrient] * pool["portion_g"] / 100.0,
        "per 100 kcal": pool[nutrient] / kcal * 100.0,
    }[basis]
    table = pool.assign(
        amount=amount,
        potassium_per_100kcal=pool[POTASSIUM] / kcal * 100.0,
        sodium_per_100kcal=pool[SODIUM] / kcal * 100.0,
        na_k_molar_ratio=na_k_ratios(pool[SODIUM], pool[POTASSIUM]),
    ).dropna(subset=["amount"])
    columns = [
        "food_id",
        "description",
        "food_group",
        "portion",
        "portion_g",
        "amount",
        "potassium_per_100kcal",
        "sodium_per_100kcal",
        "na_k_molar_ratio",
        "articles",
    ]
    return table.nlargest(top, "amount")[columns].reset_index(drop=True)
