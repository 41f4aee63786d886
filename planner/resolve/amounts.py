"""Amounts and units: turning "2 medium" or "8 oz" of a food into grams.

Mass units convert exactly. Household measures come from the food's own portions
(``data/portions.csv``). A volume (mL, fl oz, cup, ...) that is not one of the food's portions
converts through a plain volume portion of the same food, which gives its density; a drained
canned food that USDA weighs only by the can is measured by the same food drained and rinsed
(:func:`volume_stand_ins`). A food without any cannot be measured by volume and the amount is
rejected with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from planner.fooddb.nutrients import (
    GRAMS_PER_OUNCE,
    GRAMS_PER_POUND,
    ML_PER_TABLESPOON,
    ML_PER_TEASPOON,
    ML_PER_US_CUP,
    ML_PER_US_FLUID_OUNCE,
)
from planner.fooddb.schema import by_unique
from planner.fooddb.tables import rows_among
from planner.resolve.words import FILLER, fold, food_words, singular

#: Grams in one unit of mass.
MASS_UNITS: dict[str, float] = {
    "g": 1.0,
    "gram": 1.0,
    "grams": 1.0,
    "gm": 1.0,
    "kg": 1000.0,
    "mg": 0.001,
    "oz": GRAMS_PER_OUNCE,
    "ounce": GRAMS_PER_OUNCE,
    "ounces": GRAMS_PER_OUNCE,
    "lb": GRAMS_PER_POUND,
    "lbs": GRAMS_PER_POUND,
    "pound": GRAMS_PER_POUND,
    "pounds": GRAMS_PER_POUND,
}

#: Millilitres in one unit of volume, by canonical unit name.
VOLUME_UNITS: dict[str, float] = {
    "ml": 1.0,
    "l": 1000.0,
    "fl oz": ML_PER_US_FLUID_OUNCE,
    "cup": ML_PER_US_CUP,
    "tbsp": ML_PER_TABLESPOON,
    "tsp": ML_PER_TEASPOON,
}

_ALIASES: dict[str, str] = {
    "milliliter": "ml",
    "milliliters": "ml",
    "millilitre": "ml",
    "millilitres": "ml",
    "liter": "l",
    "liters": "l",
    "litre": "l",
    "litres": "l",
    "fluid ounce": "fl oz",
    "fluid ounces": "fl oz",
    "floz": "fl oz",
    "cups": "cup",
    "tablespoon": "tbsp",
    "tablespoons": "tbsp",
    "tbs": "tbsp",
    "teaspoon": "tsp",
    "teaspoons": "tsp",
}

#: Largest believable single entry [g]: more is a typo (grams for milligrams, an extra zero).
MAX_ENTRY_GRAMS = 10_000.0

#: The number at the start of an amount: "2", "0.5", "1/2", "1 1/2", "1.00 1/2" (Cronometer
#: writes the whole part with decimals), "1½", "½". No nested repetition, so the time is
#: linear in the text whatever it holds; at most 12 digits a part.
_NUMBER = re.compile(
    r"(?P<whole>\d{1,12}(?:\.\d{1,12}|,\d{1,2}(?!\d))?)?"
    r"(?:\s*(?P<glyph>[\u00bc\u00bd\u00be\u2150-\u215e])|"
    r"\s+(?P<num>\d{1,12})\s*/\s*(?P<den>\d{1,12})|"
    r"\s*/\s*(?P<den_only>\d{1,12}))?"
)
_GLYPHS = {
    "\u00bc": 0.25,
    "\u00bd": 0.5,
    "\u00be": 0.75,
    "\u2150": 1 / 7,
    "\u2151": 1 / 9,
    "\u2152": 0.1,
    "\u2153": 1 / 3,
    "\u2154": 2 / 3,
    "\u2155": 0.2,
    "\u2156": 0.4,
    "\u2157": 0.6,
    "\u2158": 0.8,
    "\u2159": 1 / 6,
    "\u215a": 5 / 6,
    "\u215b": 0.125,
    "\u215c": 0.375,
    "\u215d": 0.625,
    "\u215e": 0.875,
}
#: A serving multiplier after the count: "2.00 x 2.0 slices" is 4 slices.
_TIMES = re.compile(r"\s*[x\u00d7]\s*(?P<size>\d{1,12}(?:\.\d{1,12})?)\s+", re.IGNORECASE)
_QUALIFIER = re.compile(r"[,(].*$")
#: A tracker's description after the unit: "medium - 7\" to 7 7/8\" long" is a "medium".
_TRACKER_DETAIL = re.compile(r"\s+-\s.*$")
#: A weight a unit states in brackets: "container (5.3 oz)", "bar (40 g each)".
_STATED_WEIGHT = re.compile(
    r"\(\s*(\d{1,5}(?:[.,]\d{1,3})?)\s*([a-z]+)\.?(?:\s+each)?\s*\)", re.IGNORECASE
)


@dataclass(frozen=True)
class UnitGrams:
    """How one unit of a food converts to grams.

    ``grams`` is ``None`` when it cannot be converted; ``reason`` then says why. ``via`` names
    the portion or density used.
    """

    grams: float | None
    via: str
    reason: str = ""


def normalise_unit(text: str) -> str:
    """Lower-case, single-spaced unit text with common spellings folded ("Tablespoons" ->
    "tbsp")."""
    folded = " ".join(str(text).lower().replace(".", " ").split())
    return _ALIASES.get(folded, folded)


def parse_quantity(text: str) -> float | None:
    """A number such as "2", "0.5", "1/2", "1 1/2" or "1½"; ``None`` if the
    whole text is not one (or divides by zero)."""
    quantity, rest = _leading_number(str(text).strip())
    return quantity if quantity is not None and not rest.strip() else None


def split_amount(text: str) -> tuple[float | None, str]:
    """The count and the unit of an amount as a tracker writes it.

    "1.00 medium" is (1, "medium"), "4.00 x 4.0 oz" (16, "oz"), "1 1/2 cup" (1.5, "cup"),
    "1.00 1/2 cup" (0.5, "cup": one serving of half a cup, as Cronometer writes it),
    "large" (1, "large"): an amount without a number is one of its unit. The count is
    ``None`` when the text starts with a number that is not one ("1/0 cup").
    """
    cleaned = str(text).strip()
    quantity, rest = _leading_number(cleaned)
    if quantity is None:
        if rest != cleaned:
            return None, rest.strip()
        return (1.0, cleaned) if cleaned else (None, "")
    times = _TIMES.match(rest)
    if times:
        quantity *= float(times["size"])
        rest = rest[times.end() :]
    return quantity, rest.strip()


def _leading_number(text: str) -> tuple[float | None, str]:
    """The number at the start of ``text`` and what follows; (None, text) if none, and
    (None, rest) if it is a number that cannot be (a zero denominator)."""
    match = _NUMBER.match(text)
    if match is None or match.end() == 0:
        return None, text
    rest = text[match.end() :]
    whole = float(match["whole"].replace(",", ".")) if match["whole"] else 0.0
    if match["glyph"]:
        return whole + _GLYPHS[match["glyph"]], rest
    if match["num"] is not None:
        den = int(match["den"])
        if not den:
            return None, rest
        if match["whole"] and not match["whole"].isdigit():
            # Cronometer writes every count with decimals and then the serving's own name:
            # "1.00 1/2 cup" is one serving of half a cup, "2.00 1/2 Bun Serving" two halves.
            return whole * int(match["num"]) / den, rest
        return whole + int(match["num"]) / den, rest
    if match["den_only"] is not None:
        den = int(match["den_only"])
        if not match["whole"] or "." in match["whole"] or "," in match["whole"]:
            return None, text
        return (whole / den if den else None), rest
    return whole, rest


def portion_key(portion: str) -> str:
    """The measure a portion is counted in: "cup, sliced" -> "cup", "medium (7\" ...)" ->
    "medium"."""
    head = _QUALIFIER.sub("", portion).strip()
    return _singular(normalise_unit(head))


def unit_grams(
    pairs: Iterable[tuple[str, ...]],
    portions: pd.DataFrame,
    *,
    assume_density: bool | Collection[str] = False,
    descriptions: Mapping[str, str] | None = None,
    stand_ins: Mapping[str, str] | None = None,
) -> dict[tuple[str, ...], UnitGrams]:
    """Grams in one unit, for each distinct ``(food_id, unit)`` pair.

    Parameters
    ----------
    pairs : iterable of (str, str) or (str, str, str)
        ``(food_id, unit text)``, or ``(food_id, unit text, name)`` with the name the diary
        gave the food: a portion named by a word of it that the food's description lacks is
        the one meant ("cherry tomatoes", 6 each: SR28's "cherry", 17 g, not a medium
        tomato; "cheddar, shredded", 1 cup: "cup, shredded").
    portions : pandas.DataFrame
        The portion table (:func:`planner.fooddb.tables.load_portions`).
    assume_density : bool or collection of str
        Convert a volume of a food without a volume portion at 1 g/mL (the density of
        water), saying so in ``via``, instead of refusing it: for every food (``True``) or
        for the ``food_id`` given (the drinks and watery foods, for which it is close).
    descriptions : mapping of str to str, optional
        ``food_id`` to description: the food's own name then counts as a unit of one whole
        item ("2.00 tortilla", "10.00 carrot, baby").
    stand_ins : mapping of str to str, optional
        ``food_id`` to the food whose volume portions measure it when it has none of its own
        (:func:`volume_stand_ins`).

    Returns
    -------
    dict
        ``UnitGrams`` per pair.
    """
    wanted = set(pairs)
    # A weight converts alike for every food: only the other pairs look at the foods.
    measured = {key for key in wanted if not is_weight(key[1])}
    food_ids = {key[0] for key in measured}
    standing = {f: s for f, s in (stand_ins or {}).items() if f in food_ids}
    looked_up = food_ids | set(standing.values())
    relevant = portions[rows_among(portions["food_id"], looked_up)] if looked_up else None
    by_food = (
        {}
        if relevant is None
        else {food_id: group for food_id, group in relevant.groupby("food_id", sort=False)}
    )
    empty = portions.iloc[0:0]
    described = descriptions or {}
    out = {}
    for key in wanted:
        food_id, unit = key[0], key[1]
        if key not in measured:
            out[key] = _one_unit(unit, empty)
            continue
        food_words = _name_words(described.get(food_id, ""))
        named = _name_words(key[2]) - food_words if len(key) > 2 else frozenset()
        assumed = assume_density if isinstance(assume_density, bool) else food_id in assume_density
        found = _one_unit(unit, by_food.get(food_id, empty), False, food_words, named)
        if len(key) > 2:
            # The person's container, of the size the name says, not USDA's.
            found = _container_said(unit, key[2], by_food.get(food_id, empty)) or found
        other = standing.get(food_id)
        if found.grams is None and other is not None and _is_volume(unit):
            stand_in = _one_unit(unit, by_food.get(other, empty))
            if stand_in.grams is not None:
                mine = described.get(food_id, "drained").casefold().strip()
                if mine == described.get(other, "").casefold().strip():
                    how = "in the other USDA source, the same density"
                elif "drained" in mine:
                    how = "drained and rinsed"
                else:
                    how = "without its variety, the same density"
                found = UnitGrams(
                    stand_in.grams, f"{stand_in.via} of the same food {how} ({other})"
                )
        if found.grams is None and assumed:
            # Water's density only when neither the food nor its stand-in gives one.
            found = _one_unit(unit, by_food.get(food_id, empty), True, food_words, named)
        out[key] = found
    return out


#: The size of the container a name says the food came in: "an 8-oz bottle of vanilla Ensure",
#: "a 4-oz jar of strained pears". A drink's can, bottle, carton or glass holds fluid ounces;
#: a jar, box, pouch or container of food weighs its ounces.
_CONTAINER_SIZE = re.compile(
    r"(?<![\d.])(\d{1,4}(?:\.\d{1,2})?)[- ]?(fl\.? ?oz|oz|ounces?|ml|g)\.?[- ]"
    r"(cans?|bottles?|cartons?|glass(?:es)?|jars?|box(?:es)?|pouch(?:es)?|containers?|cups?)\b"
)
_DRINK_CONTAINERS = frozenset({"can", "bottle", "carton", "glass", "cup"})


def _one_container(word: str) -> str:
    """ "glasses" -> "glass", "boxes" -> "box", "cans" -> "can"."""
    if word.endswith(("sses", "xes", "ches")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _container_said(unit: str, name: str, food_portions: pd.DataFrame) -> UnitGrams | None:
    """One container of the size the name states, when the unit is that container ("1 bottle"
    of "an 8-oz bottle of vanilla Ensure": 8 fl oz, whatever size USDA's bottle is)."""
    said = _CONTAINER_SIZE.search(fold(str(name)[: _MAX_UNIT_LENGTH * 4]))
    if said is None:
        return None
    container = _one_container(said.group(3))
    if _one_container(normalise_unit(unit)) != container:
        return None
    size, measure = float(said.group(1)), said.group(2).replace(".", "").replace(" ", "")
    if measure in {"g"}:
        return UnitGrams(size, f"the {container} the name states ({said.group(0)})")
    if measure in {"oz", "ounce", "ounces"} and container not in _DRINK_CONTAINERS:
        return UnitGrams(
            size * MASS_UNITS["oz"], f"the {container} the name states ({said.group(0)})"
        )
    volume = "ml" if measure == "ml" else "fl oz"
    per = _one_unit(volume, food_portions)
    if per.grams is None:
        return None
    return UnitGrams(
        size * per.grams, f"the {container} the name states ({said.group(0)}; {per.via})"
    )


#: What rinsing a drained food changes: the liquid that clings to it, not how much of it
#: fills a cup. USDA weighed a cup of some canned foods only drained and rinsed ("Beans,
#: kidney, red, mature seeds, canned, drained solids, rinsed in tap water", 1 cup = 158 g,
#: SR28 16335) and gives the drained food only by the can ("can drained solids", 266 g,
#: SR28 16145), so a cup of the drained food is weighed as a cup of the rinsed one. The
#: can agrees: its 436 g of beans and liquid fill 1.70 cups at 256 g a cup (SR28 16034), and
#: 266 g of drained beans in those 1.70 cups are 156 g a cup.
_RINSING = frozenset({"rinsed", "tap", "water", "solid"})


def volume_stand_ins(foods: pd.DataFrame, food_ids: Collection[str]) -> dict[str, str]:
    """For each drained food of ``food_ids``, the same food drained and rinsed, whose volume
    portions measure it when it has none (see :data:`_RINSING`).

    Parameters
    ----------
    foods : pandas.DataFrame
        The food table (``food_id``, ``description``).
    food_ids : collection of str
        The foods to find stand-ins for.
    """
    if not food_ids:
        return {}
    named = foods[rows_among(foods["food_id"], set(food_ids))]
    out = _same_name_stand_ins(foods, named) | _variety_stand_ins(foods, named)
    drained = named[named["description"].str.contains("drained", case=False, regex=False)]
    if drained.empty:  # most diaries: the whole table is not searched
        return out
    rinsed = foods[foods["description"].str.contains("rinsed", case=False, regex=False)]

    def kind(description: str) -> frozenset[str]:
        return food_words(description).all - _RINSING - FILLER

    by_kind = {
        kind(d): str(f) for f, d in zip(rinsed["food_id"], rinsed["description"], strict=True)
    }
    for food_id, description in zip(drained["food_id"], drained["description"], strict=True):
        other = by_kind.get(kind(description))
        if other is not None and other != food_id:
            out[str(food_id)] = other
    return out


#: How close two foods' energy, water, protein and fat per 100 g must be for one to lend the
#: other a portion it lacks: within this share of the larger, or the floor below it.
TWIN_SHARE = 0.05
_TWIN_FLOORS = {"energy_kcal": 5.0, "water_g": 1.5, "protein_g": 0.5, "fat_g": 0.5}


def portion_twins(foods: pd.DataFrame, food_ids: Collection[str]) -> dict[str, list[str]]:
    """For each food of ``food_ids``, the other foods that are the same food by their values:
    the same first word of the description ("Cheese") and energy, water, protein and fat per
    100 g within :data:`TWIN_SHARE` (or a small floor), the most words in common first. One
    that has a volume the food lacks measures it, since the same food fills a cup alike;
    a food whipped, shredded or mashed is no twin.
    """
    wanted = [f for f in dict.fromkeys(food_ids)]
    if not wanted:
        return {}
    columns = [c for c in _TWIN_FLOORS if c in foods]
    if len(columns) < len(_TWIN_FLOORS):
        return {}
    firsts = (
        foods["description"].str.split(r"[ ,(]", n=1, regex=True).str[0].str.lower().map(singular)
    )
    values = foods[columns].to_numpy(dtype=float)
    floors = [_TWIN_FLOORS[c] for c in columns]
    at = {str(f): i for i, f in enumerate(foods["food_id"])}
    ids = foods["food_id"].to_numpy(dtype=object)
    out: dict[str, list[str]] = {}
    for food_id in wanted:
        i = at.get(str(food_id))
        if i is None:
            continue
        same = (firsts == firsts.iloc[i]).to_numpy().copy()
        same[i] = False
        gap = abs(values[same] - values[i])
        room = [max(TWIN_SHARE * abs(values[i, k]), floors[k]) for k in range(len(columns))]
        close = (gap <= room).all(axis=1)
        order = (gap / room).sum(axis=1)
        own = food_words(str(foods["description"].iloc[i])).all - FILLER
        found = []
        for gap_sum, other in zip(order[close], ids[same][close], strict=True):
            theirs = food_words(str(foods["description"].iloc[at[str(other)]])).all
            # A food whipped, shredded or mashed fills a cup otherwise: no twin to measure by.
            if (theirs - own) & _TEXTURES:
                continue
            # The most words in common first ("Cheese, Mozzarella, part skim" before
            # "Cheese, Mozzarella, NFS"), then the closest values.
            found.append((-len(own & theirs), gap_sum, str(other)))
        out[str(food_id)] = [f for *_, f in sorted(found)]
    return out


_TEXTURES = frozenset(
    {"whipped", "shredded", "grated", "crumbled", "melted", "mashed", "chopped", "diced", "sliced"}
)


def _same_name_stand_ins(foods: pd.DataFrame, named: pd.DataFrame) -> dict[str, str]:
    """For each food of ``named``, the food of the other source with the same description:
    SR28's "Broccoli raab, cooked" (SR28 11097) has no cup, FNDDS's (72103030, 170 g a cup)
    does; the same vegetable in the same state fills a cup alike, though FNDDS cooks it with a
    little fat."""
    if "source" not in named or named.empty:
        return {}
    folded = foods["description"].str.casefold().str.strip()
    names = named["description"].str.casefold().str.strip()
    found = folded.isin(set(names))
    # Each description's first food of each source, in the table's order.
    by_name: dict[str, dict[str, str]] = {}
    for food_id, text, source in zip(
        foods["food_id"][found], folded[found], foods["source"][found], strict=True
    ):
        by_name.setdefault(text, {}).setdefault(str(source), str(food_id))
    out = {}
    for food_id, text, source in zip(named["food_id"], names, named["source"], strict=True):
        others = [f for s, f in by_name.get(text, {}).items() if s != source]
        if others:
            out[str(food_id)] = others[0]
    return out


def _variety_stand_ins(foods: pd.DataFrame, named: pd.DataFrame) -> dict[str, str]:
    """For each raw vegetable or fruit of ``named`` given as a variety of a food ("Carrots,
    baby, raw"), the same food of the same source without the variety ("Carrots, raw"): USDA
    weighs baby carrots only by the piece (medium 10 g, large 15 g, SR28 11960), and a cup of
    them is taken as a cup of carrots, chopped (128 g, SR28 11124), the same vegetable of the
    same density, saying so. Only raw foods: cooking and canning change what fills a cup."""
    varieties = named[named["food_group"].isin(_PLANT_GROUPS)] if "food_group" in named else named
    if varieties.empty:
        return {}
    firsts = foods["description"].str.split(",", n=1).str[0].str.lower()
    out = {}
    for food_id, description, source in zip(
        varieties["food_id"], varieties["description"], varieties["source"], strict=True
    ):
        words = food_words(description)
        if not words.kind or "raw" not in words.all:
            continue
        wanted = words.all - set(words.kind) - FILLER
        first = str(description).split(",", 1)[0].lower()
        same = foods[(firsts == first) & (foods["source"] == source)]
        for other, text in zip(same["food_id"], same["description"], strict=True):
            if other != food_id and food_words(text).all - FILLER == wanted:
                out[str(food_id)] = str(other)
                break
    return out


#: Food groups whose raw foods a variety stand-in may measure (:func:`_variety_stand_ins`).
_PLANT_GROUPS = frozenset(
    {"Vegetables and Vegetable Products", "Fruits and Fruit Juices", "Vegetables", "Fruits"}
)


def is_weight(unit: str) -> bool:
    """Whether ``unit`` is a weight (g, oz, lb, ...), read as :func:`unit_grams` reads it:
    its grams are the same for every food, so no food's portions, name or density are
    looked at."""
    return normalise_unit(_TRACKER_DETAIL.sub("", str(unit)[:_MAX_UNIT_LENGTH])) in MASS_UNITS


def is_volume(unit: str) -> bool:
    """Whether ``unit`` is a volume (cup, tbsp, ml, fl oz, "cup, chopped"...)."""
    return _is_volume(unit)


def _is_volume(unit: str) -> bool:
    name = normalise_unit(_TRACKER_DETAIL.sub("", str(unit)[:_MAX_UNIT_LENGTH]))
    return name in VOLUME_UNITS or _volume_head(_unit_words(name)) is not None


def _one_unit(
    unit: str,
    food_portions: pd.DataFrame,
    assume_density: bool = False,
    food_words: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
) -> UnitGrams:
    unit = str(unit)[:_MAX_UNIT_LENGTH]
    text = _TRACKER_DETAIL.sub("", unit)
    name = normalise_unit(text)
    if not name:
        return UnitGrams(None, "", "the unit is empty; expected g, oz, lb, ml or a portion name")
    if name in MASS_UNITS:
        return UnitGrams(MASS_UNITS[name], name)
    weight = _STATED_WEIGHT.search(text)
    if weight is not None and normalise_unit(weight.group(2)) in MASS_UNITS:
        # A unit that gives its own weight ("container (5.3 oz)", "bar (40 g each)") weighs
        # that: the person's container, not USDA's (a 6 oz yogurt cup).
        grams = (
            float(weight.group(1).replace(",", ".")) * MASS_UNITS[normalise_unit(weight.group(2))]
        )
        if grams > 0:
            return UnitGrams(grams, f"the weight it states ({weight.group(0).strip('() ')})")
    named = named | {_PORTION_SYNONYMS[w] for w in named if w in _PORTION_SYNONYMS}
    if named:
        # A portion of the unit in the form the name says ("salted boiled peanuts in the
        # shell", 1 cup: "cup in shell, edible yield", 63 g, not "cup, shelled", 180 g).
        form_said = food_portions[
            food_portions["portion"].map(
                lambda p: (
                    (w := _unit_words(normalise_unit(str(p))))[:1] == [_singular(name)]
                    and bool((set(w[1:]) - _UNIT_FILLER - {"in", "with", "and"}) & named)
                )
            )
        ]
        if len(form_said):
            first = form_said.iloc[0]
            return UnitGrams(float(first["grams_per_unit"]), str(first["portion"]))
    texts = food_portions["portion"].map(normalise_unit)
    exact = food_portions[texts == name]
    if len(exact):
        first = exact.iloc[0]
        return UnitGrams(float(first["grams_per_unit"]), str(first["portion"]))
    keys = food_portions["portion"].map(portion_key)
    # A unit that comes in sizes and names none is the medium or regular one ("medium or
    # regular slice" of French bread, 64 g, not "slice, Vienna bread", 28 g).
    sizes = food_portions[
        food_portions["portion"].map(
            lambda p: (
                _singular(name) in (w := set(_unit_words(normalise_unit(str(p)))))
                and bool(w & {"medium", "regular"})
                and not w & (_UNUSUAL | _CONTAINERS)
            )
        )
    ]
    if len(sizes):
        first = sizes.iloc[0]
        return UnitGrams(float(first["grams_per_unit"]), str(first["portion"]))
    by_key = food_portions[keys == _singular(name)]
    # A measure of the food in another form than it is eaten ("cup, mashed" of papaya,
    # "slice, crust not eaten") is not the measure a plain unit means: the others first.
    by_key = by_key[~by_key["portion"].map(_unusual)]
    if len(by_key) and named:
        # The diary's name says which ("cheddar, shredded": "cup, shredded").
        said = by_key[by_key["portion"].map(lambda p: bool(_portion_words(p) & named))]
        by_key = said if len(said) else by_key
    if len(by_key):
        # A unit that comes in sizes ("stalk, large", "stalk, medium", "stalk, small") and
        # names none is the medium one, as a medium is one item where no size is said.
        sized = by_key[by_key["portion"].map(lambda p: "medium" in _unit_words(p.lower()))]
        first = (sized if len(sized) else by_key).iloc[0]
        return UnitGrams(float(first["grams_per_unit"]), str(first["portion"]))
    words = _unit_words(name)
    head = words[0] if words else ""
    if head in MASS_UNITS and head != name:
        return UnitGrams(MASS_UNITS[head], f"{head} (read from {unit!r})")
    volume = name if name in VOLUME_UNITS else _volume_head(words)
    if volume is not None:
        stated = _stated_volume_density(food_portions)
        if stated is not None:
            density, portion = stated
            return UnitGrams(density * VOLUME_UNITS[volume], f"density from {portion}")
    chosen = _by_words(words, food_portions, food_words, named)
    if chosen is not None:
        row, how = chosen
        grams = float(row["grams_per_unit"])
        count = _count_in_portion(str(row["portion"]), words)
        if count is not None:
            # "serving 4 pieces" of chicken strips is four pieces: one is a quarter of it.
            return UnitGrams(grams / count, f"1/{count:g} of {row['portion']} ({how} {unit!r})")
        return UnitGrams(grams, f"{row['portion']} ({how} {unit!r})")
    volume = name if name in VOLUME_UNITS else _volume_head(words)
    if volume is not None:
        plain = food_portions[texts.isin(list(VOLUME_UNITS)) | texts.str.match(r"^fl oz \(")]
        if len(plain):
            first = plain.iloc[0]
            reference = "fl oz" if str(first["portion"]).startswith("fl oz") else None
            ml = VOLUME_UNITS[reference or normalise_unit(str(first["portion"]))]
            density = float(first["grams_per_unit"]) / ml
            return UnitGrams(
                density * VOLUME_UNITS[volume],
                f"density from 1 {first['portion']} = {float(first['grams_per_unit']):g} g",
            )
        same = food_portions[
            food_portions["portion"].map(lambda p: _volume_head(_unit_words(normalise_unit(p))))
            == volume
        ]
        if len(same):
            first = same.iloc[0]
            return UnitGrams(
                float(first["grams_per_unit"]),
                f"{first['portion']} (the closest of this food's {volume} portions to {unit!r})",
            )
        measured = food_portions[
            food_portions["portion"]
            .map(lambda p: _volume_head(_unit_words(normalise_unit(p))))
            .notna()
            .to_numpy()
        ]
        if len(measured):
            first = measured.iloc[0]
            head = _volume_head(_unit_words(normalise_unit(str(first["portion"])))) or volume
            density = float(first["grams_per_unit"]) / VOLUME_UNITS[head]
            return UnitGrams(
                density * VOLUME_UNITS[volume],
                f"density from 1 {first['portion']} = {float(first['grams_per_unit']):g} g",
            )
        if assume_density:
            return UnitGrams(
                VOLUME_UNITS[volume],
                f"ASSUMED 1 g/mL: USDA gives no density for this food, so 1 {volume} was "
                f"taken as {VOLUME_UNITS[volume]:g} g",
            )
    choices = ", ".join(f"'{p}'" for p in food_portions["portion"].head(6))
    known = f"; this food's portions: {choices}" if choices else "; this food has no portions"
    if volume is not None:
        return UnitGrams(
            None,
            "",
            f"cannot convert {unit!r} to grams without this food's density{known}; "
            "give grams, oz or lb",
        )
    return UnitGrams(None, "", f"unknown unit {unit!r}; expected g, oz, lb, ml{known}")


#: A volume stated inside a portion's name: "serving 1/2 cup" (SR28 "Sauce, pasta,
#: spaghetti/marinara, ready-to-serve", 132 g), "serving (2 tbsp)".
_STATED_VOLUME = re.compile(
    r"(?:^|[\s(])(?P<number>\d+(?:\.\d+)?(?:\s*/\s*\d+)?|\d+\s+\d+\s*/\s*\d+)\s*"
    r"(?P<unit>cups?|tbsp|tablespoons?|tsp|teaspoons?|fl oz)\b"
)


def _stated_volume_density(food_portions: pd.DataFrame) -> tuple[float, str] | None:
    """Grams per mL from the first portion whose name states its volume ("1 serving 1/2
    cup" = 132 g is 132 g in 118 mL), with that portion as the row will name it; ``None``
    when none does. A portion counted by its own name ("serving") would otherwise be taken
    for one cup."""
    for portion, grams in zip(
        food_portions["portion"], food_portions["grams_per_unit"], strict=True
    ):
        found = _STATED_VOLUME.search(str(portion).lower())
        if found is None:
            continue
        amount = parse_quantity(found["number"])
        ml = VOLUME_UNITS[normalise_unit(_singular(found["unit"]))] if amount else 0.0
        if amount and ml and float(grams) > 0:
            return float(grams) / (amount * ml), f"1 {portion} = {float(grams):g} g"
    return None


#: Lightest piece offered first [g]: one almond (1.2 g) or one grape is not how people plan.
_SMALLEST_PIECE_G = 5.0
#: Volumes a portion may be named in besides :data:`VOLUME_UNITS`.
_OTHER_VOLUMES = frozenset({"quart", "pint", "gallon", "liter", "litre", "dash", "pinch"})
#: Units that mean "one of the food", whatever its size.
_COUNTS = frozenset(
    {"each", "ea", "item", "piece", "pc", "whole", "unit", "serving", "portion", "count"}
)
_SIZES = ("extra large", "large", "medium", "small", "extra small", "jumbo", "mini")
_SIZE_WORDS = frozenset(w for s in _SIZES for w in s.split())
#: Words of a portion that is one of the food, whatever the food.
_ONE_OF = frozenset({"each", "item", "piece", "whole", "unit"})
#: Portions that are one whole item of the usual size, in order: SR28's "medium", FNDDS's
#: "regular" ("Bagel, whole wheat": miniature 26 g, Bagel Thin 46 g, small 69 g, regular
#: 105 g, large 131 g) and FNDDS's whole "fruit" ("Grapefruit, raw": fruit 308 g, half
#: 154 g, and "Quantity not specified" 154 g, the half a person eats).
_WHOLE_ITEM = ("medium", "regular", "fruit")
#: Words of a unit that say nothing about which portion it is.
_UNIT_FILLER = frozenset(
    {
        "approx",
        "about",
        "dia",
        "diameter",
        "inch",
        "long",
        "size",
        "any",
        "fda",
        "nlea",
        "of",
        "a",
        "the",
    }
)
_MAX_UNIT_LENGTH = 200
_PARENTHESES = re.compile(r"\([^()]{0,200}\)")


def _unit_words(name: str) -> list[str]:
    bare = _PARENTHESES.sub(" ", name)
    return [
        _singular(w)
        for w in re.findall(r"[a-z]+", bare)
        if (w not in _UNIT_FILLER and len(w) > 1) or w in {"l"}
    ]


def _name_words(description: str) -> frozenset[str]:
    found = re.findall(r"[a-z]+", description.lower())
    # Both singulars: the unit's ("cherries" -> "cherrie") and the food name's ("cherry"),
    # so that a portion named by the food ("cherry", "potato (2-1/2" dia)") is found.
    return frozenset(_singular(w) for w in found) | frozenset(singular(w) for w in found)


#: Words of a portion that measure the food in another form than it is eaten or bought:
#: mashed or crushed in a cup, a slice without its crust, a snack-size piece.
_UNUSUAL = frozenset(
    {"mashed", "pureed", "puree", "crushed", "crumb", "melted", "crust", "snack", "eaten"}
)
#: A name's word for one of the food and the word USDA's portions use for it: fish fingers
#: are fish sticks ("stick (4" x 1" x 1/2")", 28 g, not "piece (4" x 2" x 1/2")", 57 g);
#: seeds in the shell are weighed with their hulls ("cup, with hulls, edible yield", 46 g).
_PORTION_SYNONYMS = {"finger": "stick", "shell": "hull", "halve": "half"}
#: Pieces a food comes in, the first word of a portion that counts them.
_ITEM_NOUNS = frozenset(
    "patty biscuit cookie cracker wafer stick bar bun roll chop cake muffin tortilla pancake "
    "waffle link strip nugget ball square triangle wedge".split()
)
#: Words of a portion that is a container, not one item of the food.
_CONTAINERS = frozenset(
    {
        "bag",
        "package",
        "pkg",
        "container",
        "box",
        "can",
        "bottle",
        "jar",
        "packet",
        "carton",
        "pouch",
    }
)


#: Words that, alone, name no piece of a food: a container, a measure, a size or a serving.
_NOT_A_PIECE = (
    _CONTAINERS
    | _UNUSUAL
    | _COUNTS
    | frozenset(MASS_UNITS)
    | _SIZE_WORDS
    | frozenset({"quantity", "nlea", "half", "quarter", "cubic"})
)


_COUNT_IN_PORTION = re.compile(r"(?<![\d/.])(\d{1,3})\s+([a-z]{1,20})\b")


def _count_in_portion(portion: str, words: list[str]) -> float | None:
    """How many of the unit a portion that is not one of them holds ("serving 4 pieces",
    "serving (3 cookies)": 4 and 3 for "piece" and "cookie"), or ``None``."""
    if len(words) != 1:
        return None
    unit = _singular(words[0])
    named = _unit_words(normalise_unit(portion))
    if not named or _singular(named[0]) == unit:
        return None  # one slice, whatever the can holds ("slice (approx 8 slices per can)")
    for match in _COUNT_IN_PORTION.finditer(portion.lower()):
        if _singular(match.group(2)) == unit and int(match.group(1)) > 1:
            return float(match.group(1))
    return None


def _unusual(portion: object) -> bool:
    return bool(set(_unit_words(normalise_unit(str(portion)))) & _UNUSUAL)


def _volume_head(words: list[str]) -> str | None:
    """A volume unit with a preparation after it ("cup shredded", "cup, chopped")."""
    if not words:
        return None
    first = normalise_unit(words[0])
    if first == "fl" and len(words) > 1 and words[1] == "oz":
        return "fl oz"
    return first if first in VOLUME_UNITS else None


#: A bird's parts, which FNDDS weighs its chicken dishes by ("chicken thigh with sauce").
_BIRD_PARTS = frozenset({"breast", "thigh", "leg", "drumstick", "wing", "back"})


def _by_words(
    words: list[str],
    food_portions: pd.DataFrame,
    food_words: frozenset[str],
    named: frozenset[str] = frozenset(),
) -> tuple[pd.Series, str] | None:
    """The food's portion whose name has every word of the unit ("small" is "potato small
    (1-3/4" to 2-1/2" dia)"; "cup shredded" is "cup, shredded"; "pita" is "medium pita"),
    or, for a count ("each", "serving", "2.00 tortilla"), its medium or whole-item portion."""
    if not len(food_portions) or not words:
        return None
    named = named | {_PORTION_SYNONYMS[w] for w in named if w in _PORTION_SYNONYMS}
    portion_words = [set(_unit_words(normalise_unit(p))) for p in food_portions["portion"]]
    wanted = set(words) - {"serving"} if set(words) - {"serving"} - _COUNTS else set(words)
    best: tuple[int, tuple[bool, int, bool]] | None = None
    for position, have in enumerate(portion_words):
        if wanted and wanted <= have:
            # The usual form first, then the fewest other words, then a medium or regular
            # one ("medium or regular slice" before "large or thick slice").
            rank = (bool(have & _UNUSUAL), len(have - wanted), not have & {"medium", "regular"})
            if best is None or rank < best[1]:
                best = (position, rank)
    if best is not None:
        return food_portions.iloc[best[0]], "matched to"
    firsts = [
        _singular(w[0]) if (w := _unit_words(normalise_unit(str(p)))) else ""
        for p in food_portions["portion"]
    ]
    if wanted in ({"slice"}, {"piece"}):
        # A slice of a food USDA weighs by the piece is that piece, and a piece of one it
        # weighs by the slice that slice ("pepperoni pizza", 2 slices: FNDDS's "piece, NFS").
        other = "piece" if wanted == {"slice"} else "slice"
        for position, first in enumerate(firsts):
            if first == other and not portion_words[position] & (_CONTAINERS | _UNUSUAL):
                return food_portions.iloc[position], "one item for"
        # ... or its regular one, where USDA sizes them ("Pie, sweet potato": "regular slice",
        # 150 g, not the "regular pie", 1,200 g).
        for position, have in enumerate(portion_words):
            if have - {"medium", "regular", "or"} == {other} and have & {"medium", "regular"}:
                return food_portions.iloc[position], "one item for"
    size = next((s for s in _SIZES if set(s.split()) <= set(words)), None)
    count = not (set(words) - _COUNTS - food_words) or size is not None
    if not count:
        return None
    if size is None:
        # One of a food the name gives a size is one of that size ("medialunas (mini butter
        # croissants)", 2 each: SR28's "croissant, mini", 28 g, not the medium, 57 g).
        size = next((s for s in _SIZES if set(s.split()) <= named), None)
    # A measure is no item, though "item 5.2 oz" (a McDonald's fruit and yogurt parfait) is one
    # item that gives its weight.
    plain = [
        (position, have)
        for position, have in enumerate(portion_words)
        if not (have & {"cup", "tbsp", "tsp", "oz", "lb", "slice"})
        or (firsts[position] == "item" and not have & {"cup", "tbsp", "tsp", "slice"})
    ]
    if size is None and named:
        # One of a kind the diary's name says is that kind's piece ("cherry tomatoes", 6
        # each: "cherry", 17 g), of any size when the name says none ("a dill pickle spear",
        # 1 each: "spear, small", 35 g), the medium or unsized one first.
        said: list[tuple[bool, int]] = []
        for position, have in plain:
            core = have - _SIZE_WORDS - {"with", "in", "and"}
            if core and core <= named | food_words and core & named:
                said.append((bool(have & (_SIZE_WORDS - {"medium"})), position))
        if said:
            return food_portions.iloc[min(said)[1]], "one item, as the name says, for"
    for key in (size or "medium", *_WHOLE_ITEM):
        for position, have in plain:
            # A medium bag is no medium item.
            if key in have and not have & _CONTAINERS:
                return food_portions.iloc[position], "one item for"
    for position, have in plain:
        # A portion named as one of the food ("1 item", "1 piece": FNDDS's "Idli" has 1 item
        # 38 g beside "Quantity not specified" 76 g, two of them).
        if (core := have - set(MASS_UNITS)) and core <= _ONE_OF and not have & _CONTAINERS:
            return food_portions.iloc[position], "one item for"
    for position, have in plain:
        if have and have <= food_words:
            return food_portions.iloc[position], "one item for"
    # A portion named by the food itself, with a note on its variety, is one whole item
    # ("avocado, NS as to Florida or California" for "Avocado, raw").
    for position, have in plain:
        # ... but not a bird's part the name does not say: a piece of orange chicken is no
        # chicken breast with sauce (268 g).
        if (
            firsts[position]
            and firsts[position] in food_words
            and not (have & _BIRD_PARTS) - food_words - named
        ):
            return food_portions.iloc[position], "one item for"
    if size is None:
        # One of a food USDA weighs only by sizes other than medium is one of the size
        # nearest it ("one egg scrambled", 1 each: SR28's "large", 61 g).
        for key in ("large", "small"):
            for position, have in plain:
                if key in have and have <= (_SIZE_WORDS - {"extra"}) | food_words:
                    return food_portions.iloc[position], "one item for"
    if not set(words) & {"serving", "portion"}:
        # One of a food USDA counts by a piece of its own name is that piece, before a
        # serving of many ("escargots", 6 each: FNDDS's "snail", 5 g, not "Quantity not
        # specified", 85 g; prairie turnips by the "bulb"; corn dogs by the "corndog"). A
        # shape many foods come in ("stick" of graham crackers, 3 g) is a kind of it, after.
        for position, have in plain:
            if (
                len(have) == 1
                and not have & (_NOT_A_PIECE | _ITEM_NOUNS)
                and _volume_head(list(have)) is None
            ):
                return food_portions.iloc[position], "one item for"
    if "piece" in words and any(have & _BIRD_PARTS for have in portion_words):
        # Pieces of a dish FNDDS weighs by the bird's parts (orange chicken, chicken
        # nuggets in sauce) are bites of no stated size: asked for, not guessed as servings.
        return None
    for key in ("serving", "nlea", "quantity"):
        for position, have in plain:
            if key in have and not have & _CONTAINERS:
                return food_portions.iloc[position], "one item for"
    # Else a portion counted in the pieces the food comes in is one of them: a falafel's
    # "patty" (17 g), vanilla wafers' "wafers" (8 to 30 g, 3.75 g each).
    for position, first in enumerate(firsts):
        if first in _ITEM_NOUNS and not portion_words[position] & _CONTAINERS:
            return food_portions.iloc[position], "one item for"
    return None


def _portion_words(portion: object) -> set[str]:
    return set(_unit_words(normalise_unit(str(portion))))


def _singular(word: str) -> str:
    if word.endswith("es") and word[:-2].endswith(("ch", "sh")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "fl oz")):
        return word[:-1]
    return word


def portion_choices(portions: pd.DataFrame, food_id: str) -> dict[str, float]:
    """Units a food can be measured in, with the grams of one unit.

    The food's own household portions in source order, then grams and ounces.
    """
    mine = portions[portions["food_id"] == food_id].drop_duplicates("portion")
    choices = {
        str(p): float(g) for p, g in zip(mine["portion"], mine["grams_per_unit"], strict=True)
    }
    choices.setdefault("g", 1.0)
    choices.setdefault("oz", GRAMS_PER_OUNCE)
    return choices


def usual_portion(choices: dict[str, float], *, preferred: str | None = None) -> str:
    """The portion to offer first: the article's usual portion, a "medium" one, else the
    first whole item or piece (a large egg, a slice of bread), else the first measure.

    A person plans a food in the pieces it is eaten in: a hard-boiled egg, not a cup of
    chopped egg; a slice of rye bread, not an ounce.
    """
    if preferred in choices:
        return str(preferred)
    for name in choices:
        if portion_key(name) == "medium":
            return name
    for name in choices:
        words = _unit_words(normalise_unit(name))
        if (
            words
            and _volume_head(words) is None
            and words[0] not in MASS_UNITS
            and words[0] not in _OTHER_VOLUMES
            and choices[name] >= _SMALLEST_PIECE_G
        ):
            return name
    return next(iter(choices))


def parse_amounts(texts: pd.Series) -> pd.DataFrame:
    """Quantity (as text, for the account) and unit of tracker amounts such as
    "1.00 medium", "4.00 x 4.0 oz" (16 oz) or "0.52 Serving (22 tsp, whole pieces)"."""
    return by_unique(texts, _parse_amounts)


def _parse_amounts(texts: pd.Series) -> pd.DataFrame:
    quantities, units = [], []
    for text in texts:
        quantity, unit = split_amount(str(text))
        # An unreadable count keeps the text, so the account shows what was written.
        quantities.append(str(text) if quantity is None else repr(quantity))
        units.append(unit)
    return pd.DataFrame({"quantity_text": quantities, "unit": units})
