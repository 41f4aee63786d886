"""Amounts and units: turning "2 medium" or "8 oz" of a food into grams.

Mass units convert exactly. Household measures come from the food's own portions
(``data/portions.csv``). A volume (mL, fl oz, cup, ...) that is not one of the food's portions
converts through a plain volume portion of the same food, which gives its density; a food
without one cannot be measured by volume and the amount is rejected with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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

_FRACTION = re.compile(r"^\s*(?:(?P<whole>\d+)\s+)?(?P<num>\d+)\s*/\s*(?P<den>\d+)\s*$")
_QUALIFIER = re.compile(r"[,(].*$")
#: A tracker's description after the unit: "medium - 7\" to 7 7/8\" long" is a "medium".
_TRACKER_DETAIL = re.compile(r"\s+-\s.*$")


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
    """A number such as "2", "0.5", "1/2" or "1 1/2"; ``None`` if it is not one."""
    cleaned = str(text).strip()
    match = _FRACTION.match(cleaned)
    if match:
        den = int(match["den"])
        if den == 0:
            return None
        return int(match["whole"] or 0) + int(match["num"]) / den
    try:
        return float(cleaned)
    except ValueError:
        return None


def portion_key(portion: str) -> str:
    """The measure a portion is counted in: "cup, sliced" -> "cup", "medium (7\" ...)" ->
    "medium"."""
    head = _QUALIFIER.sub("", portion).strip()
    return _singular(normalise_unit(head))


def unit_grams(
    pairs: Iterable[tuple[str, str]], portions: pd.DataFrame, *, assume_density: bool = False
) -> dict[tuple[str, str], UnitGrams]:
    """Grams in one unit, for each distinct ``(food_id, unit)`` pair.

    Parameters
    ----------
    pairs : iterable of (str, str)
        ``(food_id, unit text)``.
    portions : pandas.DataFrame
        The portion table (:func:`planner.fooddb.tables.load_portions`).
    assume_density : bool
        Convert a volume of a food without a volume portion at 1 g/mL (the density of
        water), saying so in ``via``, instead of refusing it.

    Returns
    -------
    dict
        ``UnitGrams`` per pair.
    """
    wanted = set(pairs)
    food_ids = {food_id for food_id, _ in wanted}
    relevant = portions[portions["food_id"].isin(food_ids)]
    by_food = {food_id: group for food_id, group in relevant.groupby("food_id", sort=False)}
    empty = portions.iloc[0:0]
    return {
        (food_id, unit): _one_unit(unit, by_food.get(food_id, empty), assume_density)
        for food_id, unit in wanted
    }


def _one_unit(unit: str, food_portions: pd.DataFrame, assume_density: bool = False) -> UnitGrams:
    name = normalise_unit(_TRACKER_DETAIL.sub("", str(unit)))
    if not name:
        return UnitGrams(None, "", "the unit is empty; expected g, oz, lb, ml or a portion name")
    if name in MASS_UNITS:
        return UnitGrams(MASS_UNITS[name], name)
    texts = food_portions["portion"].map(normalise_unit)
    exact = food_portions[texts == name]
    if len(exact):
        first = exact.iloc[0]
        return UnitGrams(float(first["grams_per_unit"]), str(first["portion"]))
    keys = food_portions["portion"].map(portion_key)
    by_key = food_portions[keys == _singular(name)]
    if len(by_key):
        first = by_key.iloc[0]
        return UnitGrams(float(first["grams_per_unit"]), str(first["portion"]))
    if name in VOLUME_UNITS:
        plain = food_portions[texts.isin(list(VOLUME_UNITS)) | texts.str.match(r"^fl oz \(")]
        if len(plain):
            first = plain.iloc[0]
            reference = "fl oz" if str(first["portion"]).startswith("fl oz") else None
            ml = VOLUME_UNITS[reference or normalise_unit(str(first["portion"]))]
            density = float(first["grams_per_unit"]) / ml
            return UnitGrams(
                density * VOLUME_UNITS[name],
                f"density from 1 {first['portion']} = {float(first['grams_per_unit']):g} g",
            )
    if name in VOLUME_UNITS and assume_density:
        return UnitGrams(
            VOLUME_UNITS[name],
            f"ASSUMED 1 g/mL: USDA gives no density for this food, so 1 {name} was taken as "
            f"{VOLUME_UNITS[name]:g} g",
        )
    choices = ", ".join(f"'{p}'" for p in food_portions["portion"].head(6))
    known = f"; this food's portions: {choices}" if choices else "; this food has no portions"
    if name in VOLUME_UNITS:
        return UnitGrams(
            None,
            "",
            f"cannot convert {unit!r} to grams without this food's density{known}; "
            "give grams, oz or lb",
        )
    return UnitGrams(None, "", f"unknown unit {unit!r}; expected g, oz, lb, ml{known}")


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
    first household measure."""
    if preferred in choices:
        return str(preferred)
    for name in choices:
        if portion_key(name) == "medium":
            return name
    return next(iter(choices))


#: "<qty> <unit>" with an optional "x <size>" serving: "2.00 x 2.0 slices" is 4 slices.
_TRACKER_AMOUNT = re.compile(
    r"^\s*(?P<qty>\d+(?:\.\d+)?(?:\s+\d+/\d+)?|\d+/\d+)\s*"
    r"(?:x\s*(?P<size>\d+(?:\.\d+)?)\s+)?(?P<unit>.*?)\s*$",
    re.IGNORECASE,
)


def parse_amounts(texts: pd.Series) -> pd.DataFrame:
    """Quantity (as text, for the account) and unit of tracker amounts such as
    "1.00 medium", "4.00 x 4.0 oz" (16 oz) or "0.52 Serving (22 tsp, whole pieces)"."""
    return by_unique(texts, _parse_amounts)


def _parse_amounts(texts: pd.Series) -> pd.DataFrame:
    quantities, units = [], []
    for text in texts:
        match = _TRACKER_AMOUNT.match(str(text))
        if not match or not match["qty"]:
            quantities.append(str(text))
            units.append("")
            continue
        qty_text = match["qty"]
        if " " in qty_text.strip():
            whole, frac = qty_text.split()
            num, den = frac.split("/")
            qty = int(whole) + int(num) / int(den)
        elif "/" in qty_text:
            num, den = qty_text.split("/")
            qty = int(num) / int(den) if int(den) else float("nan")
        else:
            qty = float(qty_text)
        if match["size"]:
            qty *= float(match["size"])
        quantities.append(repr(qty))
        units.append(match["unit"])
    return pd.DataFrame({"quantity_text": quantities, "unit": units})
