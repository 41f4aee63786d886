"""The foods suggestions draw on, and the user's dietary exclusions.

The pool is the articles' foods (``data/article_foods.csv``) by default, each at its usual
portion, or the whole database at each food's first household measure (a "medium" one when
there is one, else 100 g), leaving out condiments and sauces. Each food carries the most
of it one sitting holds (twice the FDA reference amount for its kind, 21 CFR 101.12), so no
suggestion offers two cups of dried apricots. Dietary exclusions work from the USDA food
groups and words of the descriptions; they are approximate, so labels still need checking.
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

#: Condiments and sauces flavour a meal; nobody closes a gap with Buffalo sauce or ketchup.
#: Their USDA and FNDDS groups, and the names they go by where the group is broader (SR28
#: files ketchup under vegetables and soy sauce under legumes).
_CONDIMENT_GROUPS = {
    "Mustard and other condiments",
    "Tomato-based condiments",
    "Soy-based condiments",
    "Dips, gravies, other sauces",
    "Salad dressings and vegetable oils",
    "Jams, syrups, toppings",
    "Pasta sauces, tomato-based",
    "Olives, pickles, pickled vegetables",
    "Sugars",
}
_CONDIMENT_NAME = re.compile(
    # "Buffalo sauce", "Sauce, hoisin", "Spaghetti sauce with seafood", a brand's sauce; not
    # "Pasta with cream sauce" or "Tuna in tomato sauce" (dishes).
    r"^(?:(?!\b(?:with|in|and|no)\b)[^,])*\b(?:sauce|gravy)\b|"
    r"(?-i:^[^,]*[A-Z]{3}[^,]*), [^,]*\bsauce\b|"
    r"^(?:gravy|salad dressing|dressing|mayonnaise|catsup|ketchup|"
    r"mustard(?!\s+(?:greens|spinach))|relish|pickle relish|salsa|vinegar|syrups?|seasoning|"
    r"marinade|horseradish|dip\b|[^,]*\bdip\b|pickles?\b)",
    re.IGNORECASE,
)


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
        names, ``;``-joined, empty outside the articles), ``group`` (the article's wording,
        or the USDA food group) and ``max_portions``, the most usual portions of the food
        one sitting holds (see :func:`sitting_max_g`). The whole database leaves out
        condiments and sauces.
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
        keep = (
            ~foods["food_group"].isin(_NOT_A_POOL_GROUP)
            & ~foods["description"].str.contains(_NOT_A_PORTION)
            & ~is_condiment(foods)
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
    table = table.assign(
        max_portions=max_portions_per_sitting(table["portion_g"], sitting_max_g(table))
    )
    return table[~excluded(table, exclude=exclude, dislikes=dislikes)].reset_index(drop=True)


def is_condiment(foods: pd.DataFrame) -> pd.Series:
    """Which foods are condiments or sauces (a boolean Series): left out of suggestions."""
    named = foods["description"].str.contains(_CONDIMENT_NAME, regex=True)
    return foods["food_group"].isin(_CONDIMENT_GROUPS) | named


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


def water_sources(pool: pd.DataFrame) -> pd.Series:
    """Which foods are sources of water (a boolean Series): drinks and watery foods.

    Canned tuna (70 g water per 100 g) or beef broth (which brings salt first) are no answer
    to "what should I drink": a source has at least :data:`WATERY_G_PER_100_G` of water and
    at most :data:`WATER_SOURCE_MAX_SODIUM_MG` of sodium per 100 g.
    """
    return (pool[WATER] >= WATERY_G_PER_100_G) & (
        pool[SODIUM].fillna(0.0) <= WATER_SOURCE_MAX_SODIUM_MG
    )


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
        pool = pool[water_sources(pool)]
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


#: Reference amounts customarily consumed per eating occasion (RACC) by kind of food [g or
#: mL, taken as g], 21 CFR 101.12(b) Table 2 (FDA, as amended 2016): the first kind whose
#: description words or food group match wins. A sitting holds at most
#: :data:`SITTING_RACC_MULTIPLE` times the RACC.
_KINDS: tuple[tuple[str, str, str, float], ...] = (
    # kind, words of the description, food groups ("^$": none), RACC
    (
        "milk and juice",
        r"^milk\b|^milk,|soymilk|soy milk|almond milk|oat milk|rice milk|juice|nectar|"
        r"coconut water|kefir|smoothie|buttermilk",
        r"^Fruit drinks$|^Smoothies",
        240.0,  # milk, milk-based drinks; juices: 240 mL
    ),
    (
        "salty snacks",
        r"pretzels|\bchips\b|crackers|popcorn|trail mix",
        r"^Snacks$|^Pretzels/snack mix$|^Potato chips$|^Tortilla, corn, other chips$|^Popcorn$|"
        r"^Crackers",
        30.0,  # chips, pretzels, popcorn, crackers: 30 g
    ),
    (
        "other drinks",
        r"^beverages?\b|^water\b|electrolyte|sports drink|\bdrink\b|\bsoda\b|\btea\b|coffee",
        r"^Beverages$|^Coffee$|^Tea$|^Soft drinks|^Water|^Sport and energy drinks",
        360.0,  # carbonated and noncarbonated beverages, water: 360 mL
    ),
    (
        "legumes",
        r"^beans\b|lentils|chickpeas|^peas\b|^soybeans\b",
        r"^Beans, peas, legumes$",
        130.0,  # beans, plain or in sauce, canned or prepared: 130 g
    ),
    ("tofu", r"\btofu\b|tempeh", r"^$", 85.0),  # bean cake (tofu), tempeh: 85 g
    (
        "nuts and seeds",
        r"^nuts\b|^seeds\b|^peanuts\b|almonds|cashews|walnuts|pecans|pistachios|nut butter",
        r"^Nut and Seed Products$|^Nuts and seeds$",
        30.0,  # nuts, seeds, plain: 30 g
    ),
    (
        "dried fruit",
        r"^(?:apricots|apples|peaches|pears|figs|plums|cranberries|currants|mangos?|bananas|"
        r"blueberries|cherries|papayas?|pineapple|dates)\b.*\b(?:dried|dehydrated)\b|"
        r"^raisins|^prunes|^dates\b",
        r"^$",
        40.0,  # dried fruit: 40 g
    ),
    ("cottage cheese", r"^cheese, (?:cottage|ricotta)", r"^$", 110.0),
    ("cheese", r"^cheese\b", r"^Cheese$", 30.0),  # all other cheeses: 30 g
    ("yogurt", r"yogh?urt", r"^Yogurt", 170.0),
    (
        "vegetables",
        r"^$",
        r"Vegetables|vegetables|potatoes|Potatoes|greens",
        85.0,  # all other vegetables without sauce, fresh, canned or frozen: 85 g
    ),
    ("fruit", r"^$", r"Fruits|fruits|^Apples|^Bananas|^Melons|^Berries|^Citrus", 140.0),
    ("soup", r"^soup\b|\bbroth\b", r"^Soups", 245.0),  # soups, all varieties: 245 g
    ("eggs", r"^eggs?\b", r"^Eggs", 50.0),
    (
        "meat and fish",
        r"^$",
        r"Beef|Pork|Poultry|Lamb|Finfish|Fish$|Shellfish|^Chicken|^Turkey|Sausages",
        85.0,  # meat, poultry, fish, cooked: 85 g
    ),
    (
        "cooked grains",
        r"^(?:rice|pasta|quinoa|cereals|oats|couscous|bulgur|barley|noodles|spaghetti|"
        r"macaroni|millet)\b.*\b(?:cooked|prepared with water)\b",
        r"^Rice$|^Pasta$",
        140.0,  # rice, pasta, grains, cooked: 140 g
    ),
    (
        "dry cereals",
        r"^cereals\b|\boats\b|granola|muesli",
        r"^Breakfast Cereals$|^Ready-to-eat cereal|^Oatmeal$",
        40.0,  # breakfast cereals, 20-43 g per cup: 40 g
    ),
    ("bread", r"^bread\b", r"^Baked Products$|^Yeast breads$|^Rolls and buns", 50.0),
)
#: How many RACC one sitting may hold: twice the customary amount is a generous helping
#: (two slices of bread, two eggs, a 170 g steak); more is no longer one person's helping.
SITTING_RACC_MULTIPLE = 2.0
#: One sitting of any other food [g]: a full plate.
SITTING_OTHER_G = 300.0
#: A usual portion up to this multiple of the sitting cap is still offered whole: a medium
#: potato (173 g) or a cup of cooked spinach (180 g) is eaten as it comes.
WHOLE_PORTION_SLACK = 1.5


def food_kinds(pool: pd.DataFrame) -> pd.Series:
    """The kind of each food ("dried fruit", "nuts and seeds", ... or "other")."""
    text = pool["description"].str.lower()
    group = pool["food_group"].fillna("")
    kind = pd.Series("other", index=pool.index)
    open_ = pd.Series(True, index=pool.index)
    for name, words, groups, _racc in _KINDS:
        hit = open_ & (text.str.contains(words, regex=True) | group.str.contains(groups))
        # "^$" never matches a description or a group: it stands for "not by this route".
        kind = kind.mask(hit, name)
        open_ &= ~hit
    return kind


def sitting_max_g(pool: pd.DataFrame) -> pd.Series:
    """The most of each food one sitting holds [g].

    :data:`SITTING_RACC_MULTIPLE` times the food kind's RACC (2 x 40 g of dried fruit,
    2 x 30 g of nuts, 2 x 240 mL of milk, 2 x 85 g of vegetables), or
    :data:`SITTING_OTHER_G` for a food of no listed kind.

    References
    ----------
    21 CFR 101.12(b), Table 2: Reference amounts customarily consumed per eating occasion
    (U.S. Food and Drug Administration, serving sizes final rule, 81 FR 34000, 2016).
    """
    racc = {name: value for name, _words, _groups, value in _KINDS}
    kinds = food_kinds(pool)
    return kinds.map(lambda k: racc[k] * SITTING_RACC_MULTIPLE if k in racc else SITTING_OTHER_G)


def max_portions_per_sitting(portion_g: pd.Series, max_g: pd.Series) -> pd.Series:
    """The most usual portions of each food in one sitting, in half portions.

    Half a portion at least; a whole one where the usual portion is at most
    :data:`WHOLE_PORTION_SLACK` times the cap (a medium potato is eaten whole).
    """
    halves = np.floor(max_g / portion_g * 2.0 + 1e-9) / 2.0
    least = np.where(portion_g <= max_g * WHOLE_PORTION_SLACK, 1.0, 0.5)
    return pd.Series(np.maximum(halves, least), index=portion_g.index)
