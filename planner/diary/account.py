"""The account of a diary's rows, and the rows resolved to foods and grams.

Every data row ends as exactly one of ``used``, ``skipped`` (with the reason) or ``rejected``
(with the reason, the column and the value). The readers of each format hand their rows,
with each row's food already resolved, to :func:`resolve_rows`, which converts the amounts
and keeps the account.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from planner.diary.formats import DATE_EXPECTED, parse_dates
from planner.fooddb.nutrients import WATERY_G_PER_100_G
from planner.fooddb.tables import positions_once, rows_among
from planner.resolve.amounts import (
    MASS_UNITS,
    MAX_ENTRY_GRAMS,
    UnitGrams,
    is_volume,
    is_weight,
    normalise_unit,
    parse_quantity,
    portion_twins,
    unit_grams,
    volume_stand_ins,
)
from planner.resolve.names import GUESS_NOTE, apply_matches, guess_notes

ACCOUNT_COLUMNS = ("row", "status", "column", "value", "reason")
ENTRY_COLUMNS = ("row", "date", "meal", "food_id", "grams", "amount", "unit", "via")
UNSPECIFIED_MEAL = "unspecified"


@dataclass(frozen=True)
class Diary:
    """Diary rows resolved to foods and grams, and the account of every input row.

    Attributes
    ----------
    entries : pandas.DataFrame
        One row per used input row: ``row`` (1-based data-row number), ``date`` (ISO text),
        ``meal``, ``food_id``, ``grams`` [g], ``amount``, ``unit`` and ``via`` (the portion or
        conversion used).
    account : pandas.DataFrame
        One row per input row: ``row``, ``status`` (used / skipped / rejected), ``column``,
        ``value`` and ``reason``.
    matches : pandas.DataFrame, optional
        How each distinct food name was matched (:func:`planner.resolve.names.match_names`).
    """

    entries: pd.DataFrame
    account: pd.DataFrame
    matches: pd.DataFrame | None = None

    @property
    def counts(self) -> dict[str, int]:
        """``read``, ``used``, ``skipped`` and ``rejected`` row counts, and ``guessed``: the
        used rows whose food is the best guess of a name the planner is not sure of."""
        status = self.account["status"]
        return {
            "read": len(self.account),
            "used": int((status == "used").sum()),
            "skipped": int((status == "skipped").sum()),
            "rejected": int((status == "rejected").sum()),
            "guessed": int(self._guessed.sum()),
        }

    @property
    def guessed(self) -> pd.DataFrame:
        """The account of every used row whose food is a best guess."""
        return self.account[self._guessed].reset_index(drop=True)

    @property
    def _guessed(self) -> pd.Series:
        reason = self.account["reason"].astype(str)
        return (self.account["status"] == "used") & reason.str.startswith(GUESS_NOTE)

    @property
    def problems(self) -> pd.DataFrame:
        """The account of every row that was not used."""
        return self.account[self.account["status"] != "used"].reset_index(drop=True)


def watery_foods(foods: pd.DataFrame) -> frozenset[str]:
    """Foods whose volume may be taken at 1 g/mL when USDA gives no density: drinks and
    foods of at least :data:`WATERY_G_PER_100_G` water (milk 88, orange juice 88, broth 96;
    rye bread, at 37, may not)."""
    # A few dozen groups: each is looked at once.
    codes, groups = pd.factorize(foods["food_group"], use_na_sentinel=False)
    drink = pd.Series(np.asarray(groups, dtype=object), dtype=object).str.contains(
        "Beverages|beverages|drinks|Water|juice", regex=True, na=False
    )
    watery = (foods["water_g"] >= WATERY_G_PER_100_G).to_numpy() | drink.to_numpy(dtype=bool)[codes]
    return frozenset(foods.loc[watery, "food_id"])


class WateryFoods(Collection[str]):
    """:func:`watery_foods` of a food table, worked out when first asked: only a volume
    of a food with no density asks, and a diary weighed in grams never does."""

    def __init__(self, foods: pd.DataFrame) -> None:
        self._foods = foods

    @functools.cached_property
    def _ids(self) -> frozenset[str]:
        return watery_foods(self._foods)

    def __contains__(self, food_id: object) -> bool:
        return food_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def resolve_rows(
    rows: pd.DataFrame,
    *,
    food_ids: pd.Series,
    food_reasons: pd.Series,
    food_column: str,
    portions: pd.DataFrame,
    matches: pd.DataFrame | None = None,
    skip_reasons: pd.Series | None = None,
    assume_density: bool | Collection[str] = False,
    foods: pd.DataFrame | None = None,
    energy_kcal: pd.Series | None = None,
    logged: pd.DataFrame | None = None,
    food_notes: pd.Series | None = None,
) -> Diary:
    """Turn diary rows with resolved foods into entries and an account of every row.

    Parameters
    ----------
    rows : pandas.DataFrame
        ``row``, ``date_text``, ``meal``, ``name``, ``quantity_text``, ``quantity_column``,
        ``unit`` and ``skip`` (a reason to skip the row, or ``""``).
    food_ids, food_reasons : pandas.Series
        Per row: the food (``NaN`` if none) and, if none, why.
    food_column : str
        The name of the food column, for the account.
    portions : pandas.DataFrame
        The portion table.
    matches : pandas.DataFrame, optional
        The name matches, kept on the result.
    skip_reasons : pandas.Series, optional
        Per row: a reason to skip the row's food (a supplement, a quick-add entry).
    assume_density : bool or collection of str
        Convert a volume of a food with no volume portion at 1 g/mL, flagged in ``via``,
        instead of rejecting it: for every food, or for the ``food_id`` given.
    foods : pandas.DataFrame, optional
        The food table: a food's own name then counts as a unit of one item.
    energy_kcal : pandas.Series, optional
        Per row, the energy the tracker logged for the amount [kcal]: the grams of a row
        whose amount cannot be converted, or only at an assumed density, are the energy
        divided by the food's energy per gram; where the amount and the energy disagree by
        more than :data:`ENERGY_TOLERANCE`, the row says so and which was used.
    logged : pandas.DataFrame, optional
        Per row, what the tracker logged for the amount, in the food table's columns
        (``energy_kcal`` and any of :data:`FINGERPRINT`): with ``matches`` and ``foods``, a
        name's food is chosen among its candidates by these values per kcal
        (:func:`choose_by_fingerprint`), and the row says so.
    food_notes : pandas.Series, optional
        Per row, a note on its food to keep in the account of a used row (``""`` for none):
        the best guess of a name the planner is not sure of
        (:func:`planner.resolve.names.guess_notes`). A food the tracker's numbers chose
        instead has that choice's note.
    """
    n = len(rows)
    book = RowAccount(rows["row"].to_numpy())
    mark = book.mark
    open_rows = book.open

    # Names, dates, amounts and units repeat on thousands of rows: each column is coded once,
    # each distinct value read once, and the account takes the cells by their codes.
    name = coded(rows["name"])
    date_text = coded(rows["date_text"])
    quantity_text = coded(rows["quantity_text"])
    unit = coded(rows["unit"])
    skip = rows["skip"]
    mark((skip != "").to_numpy(), "skipped", "", name, skip)
    date_codes, date_texts = distinct(date_text)
    read_dates = parse_dates(pd.Series(date_texts, dtype=object))
    date_of = read_dates.to_numpy(dtype=object)
    mark(
        (date_of == "")[date_codes],
        "rejected",
        "date",
        date_text,
        DATE_EXPECTED,
    )
    quantity_codes, quantity_texts = distinct(quantity_text)
    quantity_of = _quantities(pd.Series(quantity_texts, dtype=object))["quantity"]
    amounts = quantity_of.to_numpy(dtype=np.float64)[quantity_codes]
    # A zero amount is a placeholder whatever its name says: skipped before the name is judged.
    mark(
        amounts == 0,
        "skipped",
        "amount",
        quantity_text,
        "amount is 0, so nothing was eaten",
    )
    if skip_reasons is not None:
        mark((skip_reasons != "").to_numpy(), "skipped", food_column, name, skip_reasons)
    chosen_note: pd.Series | None = None
    unit_codes, unit_texts = distinct(unit)
    if logged is not None and foods is not None and matches is not None:
        # A weight (g, oz, lb) is the same whatever the food: its energy per gram is evidence.
        per_mass = np.array(
            [MASS_UNITS.get(normalise_unit(str(x)), np.nan) for x in unit_texts] or [np.nan],
            dtype=np.float64,
        )[unit_codes]
        food_ids, chosen_note, matches = choose_by_fingerprint(
            rows["name"],
            _plain(food_ids),
            matches=matches,
            foods=foods,
            logged=logged,
            weighed=pd.Series(amounts * per_mass, index=rows.index),
        )
    food_codes, food_of = distinct(food_ids)
    no_food = pd.isna(food_of)[food_codes]
    mark(no_food, "rejected", food_column, name, food_reasons)

    unreadable = np.isnan(amounts)
    if unreadable.any() or (amounts < 0).any():
        empty_text = (quantity_texts == "")[quantity_codes]
        for col in ("grams", "amount"):
            on_col = (rows["quantity_column"] == col).to_numpy()
            missing = unreadable & on_col
            mark(
                missing & empty_text,
                "rejected",
                col,
                quantity_text,
                f"{col} is empty; expected a number",
            )
            mark(
                missing, "rejected", col, quantity_text, "expected a number such as 150, 0.5 or 1/2"
            )
            mark(
                (amounts < 0) & on_col,
                "rejected",
                col,
                quantity_text,
                "expected an amount of 0 or more",
            )

    # Each distinct (food, unit) pair is converted once and spread back by its code; a unit
    # other than a weight with each distinct name too, since the name may say which portion
    # ("cherry tomatoes", 6 each).
    name_codes, name_texts = distinct(name)
    weighs = np.array([is_weight(str(u)) for u in unit_texts] or [False], dtype=bool)
    named_as = np.where(weighs[unit_codes], 0, name_codes.astype(np.int64) + 1)
    pair = (food_codes.astype(np.int64) * max(len(unit_texts), 1) + unit_codes) * (
        len(name_texts) + 1
    ) + named_as
    # The distinct pairs of open rows in order, and the first open row of each.
    open_at = np.flatnonzero(open_rows)
    open_codes, open_pairs = pd.factorize(pair[open_at])
    # Codes count up in order of first appearance: a code above all before it is a first.
    seen = np.maximum.accumulate(open_codes)
    first_open = np.flatnonzero(np.diff(seen, prepend=-1) > 0)
    order = np.argsort(open_pairs)
    wanted = np.asarray(open_pairs, dtype=np.int64)[order]
    firsts = open_at[first_open[order]]
    name_of = np.asarray([""] + [x if isinstance(x, str) else "" for x in name_texts], dtype=object)
    keys = list(
        zip(
            food_of[food_codes[firsts]].tolist(),
            unit_texts[unit_codes[firsts]].tolist(),
            name_of[named_as[firsts]].tolist(),
            strict=True,
        )
    )
    described = None
    stand_ins = None
    if foods is not None:
        # Only the foods this diary names, and of those only the ones measured in other than
        # a weight (a gram is a gram whatever the food): a plan's rerun must not copy all
        # 14,220, and a diary weighed in grams looks none up.
        measured = {food_id for food_id, unit, _ in keys if not is_weight(unit)}
        named = foods[rows_among(foods["food_id"], measured)] if measured else foods.iloc[0:0]
        described = dict(zip(named["food_id"], named["description"], strict=True))
        stand_ins = volume_stand_ins(foods, described)
        lenders = foods[rows_among(foods["food_id"], set(stand_ins.values()))]
        described |= dict(zip(lenders["food_id"], lenders["description"], strict=True))
    conversions = unit_grams(keys, portions, descriptions=described, stand_ins=stand_ins)
    if foods is not None:
        conversions = _borrowed(conversions, keys, foods, portions, False)
    # Water's density (1 g/mL) only for what neither the food nor the same food elsewhere
    # in the tables measures.
    failed = [k for k in keys if conversions[k].grams is None]
    if failed and assume_density:
        conversions |= unit_grams(
            failed,
            portions,
            assume_density=assume_density,
            descriptions=described,
            stand_ins=stand_ins,
        )
    looked = [conversions[k] for k in keys]  # in the order of ``wanted``
    # Rows already closed may hold pairs never converted: they are marked as not known.
    position = np.clip(np.searchsorted(wanted, pair), 0, max(len(wanted) - 1, 0))
    known = wanted[position] == pair if len(wanted) else np.zeros(n, dtype=bool)
    grams_of = np.array([np.nan if c.grams is None else c.grams for c in looked] or [np.nan])
    via_of = np.array([c.via for c in looked] or [""], dtype=object)
    reason_of = np.array([c.reason for c in looked] or [""], dtype=object)
    per_unit = np.where(known, grams_of[position], np.nan)
    via = pd.Series(np.where(known, via_of[position], ""), index=rows.index, dtype=object)
    unit_reason = pd.Series(
        np.where(known, reason_of[position], ""), index=rows.index, dtype=object, copy=False
    )
    grams = pd.Series(amounts * per_unit, index=rows.index, copy=False)
    assumed_of = np.array([c.via.startswith("ASSUMED") for c in looked] or [False])
    assumed = pd.Series(known & assumed_of[position], index=rows.index, copy=False)
    energy_note: pd.Series | None = None
    if energy_kcal is not None and foods is not None:
        grams, via, energy_note = _weigh_by_energy(
            grams, via, assumed, _plain(food_ids), energy_kcal, foods=foods
        )
    weight = grams.to_numpy()
    mark(np.isnan(weight), "rejected", "unit", unit, unit_reason)

    too_much = weight > MAX_ENTRY_GRAMS
    if too_much.any():
        # Only the rows past the limit are worded.
        too_much_why = np.full(n, "", dtype=object)
        too_much_why[too_much] = [
            f"{g:,.0f} g in one entry is more than the {MAX_ENTRY_GRAMS:,.0f} g "
            "believable; check the amount and unit"
            for g in weight[too_much].tolist()
        ]
        mark(
            too_much,
            "rejected",
            "amount",
            quantity_text,
            pd.Series(too_much_why, index=rows.index, dtype=object, copy=False),
        )
    used = book.open.copy()
    energy_noted = (
        np.zeros(n, dtype=bool) if energy_note is None else (energy_note != "").to_numpy()
    )
    book.note(used & assumed.to_numpy() & ~energy_noted, "unit", unit, via)
    if energy_note is not None:
        book.note(used & energy_noted, "amount", quantity_text, energy_note)
    if food_notes is not None and chosen_note is None and energy_note is None:
        # Kept as codes: a million rows' notes are a few distinct texts.
        chosen_note = food_notes
    elif food_notes is not None:
        noted = _plain(food_notes).astype(object)
        if chosen_note is not None:
            noted = chosen_note.where(chosen_note != "", noted)
        chosen_note = noted
    if chosen_note is not None:
        chosen = (chosen_note != "").to_numpy()
        if energy_note is not None:
            both = pd.Series(chosen & energy_noted, index=rows.index)
            chosen_note = chosen_note.where(~both, chosen_note + "; " + energy_note)
        book.note(used & chosen, food_column, name, chosen_note)
    account = book.close()
    at = np.flatnonzero(used)
    # Meals and units are written per distinct text, in the column's own dtype.
    meal_codes, meals = pd.factorize(rows["meal"], use_na_sentinel=False)
    meal_of = pd.Series(meals).str.lower().replace("", UNSPECIFIED_MEAL)
    unit_column_codes, units = pd.factorize(rows["unit"], use_na_sentinel=False)
    columns = {
        "row": _taken(rows["row"], at),
        "date": pd.Series(date_of[date_codes[at]], dtype=object, copy=False),
        "meal": _taken(meal_of, meal_codes[at]),
        "food_id": pd.Series(food_of[food_codes[at]], dtype=object, copy=False),
        "grams": pd.Series(weight[at], copy=False),
        "amount": pd.Series(amounts[at], copy=False),
        "unit": _taken(pd.Series(units), unit_column_codes[at]),
        "via": _taken(via, at),
    }
    entries = pd.DataFrame(columns, copy=False)
    return Diary(entries=entries, account=account, matches=matches)


#: Least water per 100 g of a food whose cup another food's cup may measure.
TWIN_WATER_G = 70.0


def _borrowed(
    conversions: dict[tuple[str, ...], UnitGrams],
    keys: list[tuple[str, str, str]],
    foods: pd.DataFrame,
    portions: pd.DataFrame,
    assume_density: bool | Collection[str],
) -> dict[tuple[str, ...], UnitGrams]:
    """A volume a food has no portion for, measured by a portion of the same food elsewhere in
    the tables (:func:`planner.resolve.amounts.portion_twins`), saying which."""
    # Only volumes: the same food fills a cup alike, but a piece is the product's own (FNDDS
    # weighs a mozzarella "string" at 4.7 g, a string cheese's stick at 28.35).
    failed = [k for k in keys if conversions[k].grams is None and is_volume(k[1])]
    if not failed:
        return conversions
    # Only foods that pour or spoon into a cup alike (yogurt, milk, soup: 70 g of water per
    # 100 g or more); a cup of bread is cubes or crumbs, a measure of its own.
    water = foods.set_index("food_id")["water_g"] if "water_g" in foods else None
    if water is None:
        return conversions
    failed = [k for k in failed if float(water.get(k[0], 0.0) or 0.0) >= TWIN_WATER_G]
    twins = portion_twins(foods, {k[0] for k in failed})
    others = {t for k in failed for t in twins.get(k[0], [])}
    if not others:
        return conversions
    named = foods[rows_among(foods["food_id"], others)]
    described = dict(zip(named["food_id"], named["description"], strict=True))
    out = dict(conversions)
    for key in failed:
        for other in twins.get(key[0], []):
            found = unit_grams(
                [(other, key[1], key[2])],
                portions,
                assume_density=assume_density is True,
                descriptions=described,
            )[(other, key[1], key[2])]
            if found.grams is not None:
                out[key] = UnitGrams(
                    found.grams,
                    f"{found.via} of {described.get(other, other)} ({other}), "
                    "the same food by its energy, water, protein and fat",
                )
                break
    return out


def coded(values: pd.Series) -> pd.Series:
    """``values`` as a categorical of its distinct values, on the same index (a missing value
    stays missing): a column that repeats a few hundred texts over a million rows is hashed
    once, and then read by its codes."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values
    codes, uniques = pd.factorize(values)
    return pd.Series(
        pd.Categorical.from_codes(codes, categories=pd.Index(uniques)),
        index=values.index,
        name=values.name,
        copy=False,
    )


def distinct(values: pd.Series) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.object_]]:
    """Each row's code and the distinct values (plain objects; a missing value is one of
    them, last), so that ``distinct_values[codes]`` gives the column back."""
    cat = coded(values).cat
    codes = cat.codes.to_numpy().astype(np.intp)
    uniques = np.asarray(cat.categories, dtype=object)
    if (codes < 0).any():
        uniques = np.append(uniques, np.array([np.nan], dtype=object))
        codes[codes < 0] = len(uniques) - 1
    return codes, uniques


def match_rows(
    names: pd.Series, matches: pd.DataFrame, *, guesses: bool = True
) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series]:
    """:func:`planner.resolve.names.apply_matches` for each distinct name once, spread over
    the rows by code: per row the food (missing if none), why there is none, why to skip the
    row, and the note of a best guess (:func:`planner.resolve.names.guess_notes`), as
    categoricals."""
    codes, distinct_names = distinct(names)
    named = pd.Series(distinct_names, dtype=object)
    food_ids, reasons, skips = apply_matches(named, matches, guesses=guesses)
    notes = guess_notes(named, matches) if guesses else pd.Series("", index=named.index)
    return (
        _spread(food_ids, codes, names.index),
        _spread(reasons, codes, names.index),
        _spread(skips, codes, names.index),
        _spread(notes.astype(object), codes, names.index),
    )


def _spread(values: pd.Series, codes: npt.NDArray[np.intp], index: pd.Index) -> pd.Series:
    """Values per code, as a categorical over the rows whose codes are given."""
    inner, found = pd.factorize(values)
    return pd.Series(
        pd.Categorical.from_codes(inner[codes], categories=pd.Index(found)),
        index=index,
        copy=False,
    )


def _plain(values: pd.Series) -> pd.Series:
    """A categorical column as plain objects (for the tracker's per-row reckonings)."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes, uniques = distinct(values)
        return pd.Series(uniques[codes], index=values.index, dtype=object, copy=False)
    return values


def _taken(values: pd.Series, at: np.ndarray) -> pd.Series:
    """The values at positions ``at``, in their own dtype, on a fresh range index."""
    return values.iloc[at].reset_index(drop=True)


#: How far the grams from the amount and from the tracker's energy may differ (as a ratio)
#: before the row says so: a tracker's own food and USDA's differ by up to about this much
#: in energy for the same weight.
ENERGY_TOLERANCE = 1.35


def _weigh_by_energy(
    grams: pd.Series,
    via: pd.Series,
    assumed: pd.Series,
    food_ids: pd.Series,
    energy_kcal: pd.Series,
    *,
    foods: pd.DataFrame,
) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Grams from the tracker's energy where the amount gives none (or only at an assumed
    density), and a note where the two disagree."""
    codes, named = pd.factorize(food_ids, use_na_sentinel=False)
    # Each distinct food looked up once, by position, when the table has it once; only the
    # rows of the diary's foods are asked, not all 14,220 ids hashed to see that none repeats.
    at = positions_once(foods["food_id"], named)
    if at is not None:
        kcal_of = np.append(foods["energy_kcal"].to_numpy(dtype=np.float64), np.nan)[at]
        per_gram = pd.Series(kcal_of[codes], index=food_ids.index) / 100.0
    else:
        kcal = foods.set_index("food_id")["energy_kcal"]
        per_gram = food_ids.map(kcal).astype("float64") / 100.0
    energy = pd.to_numeric(energy_kcal, errors="coerce").astype("float64")
    by_energy = (energy / per_gram).where((energy > 0) & (per_gram > 0))
    replace = by_energy.notna() & (grams.isna() | assumed)
    note = np.full(len(grams), "", dtype=object)
    note[replace.to_numpy()] = [
        f"weighed from the tracker's energy: {e:,.0f} kcal / {k * 100:,.0f} kcal per 100 g "
        f"= {g:,.0f} g (the amount gave no weight it could be sure of)"
        for e, k, g in zip(energy[replace], per_gram[replace], by_energy[replace], strict=True)
    ]
    ratio = grams / by_energy
    differ = (
        ~replace & ratio.notna() & ((ratio > ENERGY_TOLERANCE) | (ratio < 1 / ENERGY_TOLERANCE))
    )
    note[differ.to_numpy()] = [
        f"the amount gives {g:,.0f} g but the tracker's {e:,.0f} kcal means {b:,.0f} g of this "
        "food; the amount was used (check the match or the amount)"
        for g, e, b in zip(grams[differ], energy[differ], by_energy[differ], strict=True)
    ]
    new_via = via.where(~replace, "energy")
    return (
        grams.where(~replace, by_energy),
        new_via,
        pd.Series(note, index=grams.index, dtype=object),
    )


#: The tracker's values that, divided by its energy, tell foods apart whatever the amount:
#: brown rice cooked without salt has 3 mg sodium per 100 kcal, FNDDS's with salt 163.
FINGERPRINT = (
    "potassium_mg",
    "magnesium_mg",
    "calcium_mg",
    "sodium_mg",
    "water_g",
    "protein_g",
    "fat_g",
    "carbohydrate_g",
)
#: A food fits the tracker's values when each value per kcal is within this share of the
#: larger of the two, or within the value's floor per 100 kcal below (differences under the
#: floor are rounding on a label): the same spread as :data:`ENERGY_TOLERANCE` allows, about
#: what USDA's own analyses of one food differ by.
FINGERPRINT_SHARE = 0.25
FINGERPRINT_FLOOR_PER_100_KCAL = {
    "potassium_mg": 20.0,
    "magnesium_mg": 10.0,
    "calcium_mg": 20.0,
    "sodium_mg": 20.0,
    "water_g": 5.0,
    "protein_g": 1.0,
    "fat_g": 1.0,
    "carbohydrate_g": 2.0,
}
_CANDIDATE = re.compile(r"\(([^()\s]+:[^()\s]+)\) \d+$")


def choose_by_fingerprint(
    names: pd.Series,
    food_ids: pd.Series,
    *,
    matches: pd.DataFrame,
    foods: pd.DataFrame,
    logged: pd.DataFrame,
    weighed: pd.Series | None = None,
) -> tuple[pd.Series, pd.Series, pd.DataFrame]:
    """Choose each name's food among its candidates by what the tracker logged.

    For each name, the tracker's values of every :data:`FINGERPRINT` column it logged are
    summed over the name's rows and divided by the summed energy; each candidate food's
    values per 100 g are divided by its energy per 100 g. These ratios do not depend on the
    amount, so they compare foods even where the amount cannot be read. A matched food that
    fits (:data:`FINGERPRINT_SHARE`) is kept; otherwise, or for a name left unmatched, the
    food of the name's pool (:data:`planner.resolve.names.POOL` best, or its candidates) that
    fits best is taken if it fits. Where rows give a weight (``weighed`` [g], ``NaN`` for
    other units), the tracker's energy per gram must fit too, within
    :data:`ENERGY_TOLERANCE`: a food of the right make-up but another water content (cooked
    for raw) is not chosen.

    Returns
    -------
    tuple
        Per row the food (``NaN`` if none) and a note where the food was chosen this way; and
        ``matches`` with those names marked ``matched`` and the reason.
    """
    columns = [c for c in FINGERPRINT if c in logged.columns and c in foods.columns]
    notes = pd.Series("", index=names.index, dtype=object)
    if "energy_kcal" not in logged.columns or not columns or matches.empty:
        return food_ids, notes, matches
    values = logged[["energy_kcal", *columns]]
    if not all(pd.api.types.is_float_dtype(t) for t in values.dtypes):
        values = values.apply(pd.to_numeric, errors="coerce")
    usable = values["energy_kcal"] > 0
    first = matches.drop_duplicates("name").set_index("name")
    match_food = {str(n): str(f) for n, f in first["food_id"].items()}
    # The name's wider pool of foods where the matching gave one, else its candidates.
    pools = first["pool"] if "pool" in first.columns else pd.Series("", index=first.index)
    offered_by_name = {
        str(n): [f for f in str(pool).split(";") if f]
        or [found.group(1) for part in str(text).split("; ") if (found := _CANDIDATE.search(part))]
        for n, text, pool in zip(first.index, first["candidates"], pools, strict=True)
    }
    # Only the foods some name could be: the loop below runs once per name, on plain arrays.
    wanted = set(match_food.values()).union(*offered_by_name.values())
    candidates = np.flatnonzero(rows_among(foods["food_id"], wanted))
    described = pd.Series(
        foods["description"].iloc[candidates].to_numpy(dtype=object),
        index=foods["food_id"].iloc[candidates].to_numpy(dtype=object),
    )
    kcal_per_100 = foods["energy_kcal"].to_numpy(dtype=np.float64)[candidates]
    energy = np.where(kcal_per_100 > 0, kcal_per_100, np.nan)
    # Column by column, only the candidates' rows: not a copy of every food's values first.
    per_kcal = (
        np.column_stack([foods[c].to_numpy(dtype=np.float64)[candidates] for c in columns])
        / energy[:, None]
    )
    position = {str(f): i for i, f in enumerate(described.index)}
    floor = np.array([FINGERPRINT_FLOOR_PER_100_KCAL[c] for c in columns]) / 100.0
    # Each name's sums in arrays, names in the order they first come (a groupby costs more
    # than a week's cells). A name's value is complete when none of its usable rows lacks it.
    codes, firsts = pd.factorize(names[usable], sort=False)
    kept = codes >= 0
    codes = codes[kept]
    count = len(firsts)
    table = values[usable].to_numpy(dtype=np.float64)[kept]
    gaps = np.isnan(table)

    def by_name(column: np.ndarray) -> np.ndarray:
        return np.bincount(codes, weights=column, minlength=count)

    given = np.column_stack([by_name(~gaps[:, k]) for k in range(table.shape[1])])
    summed = np.column_stack(
        [by_name(np.where(gaps[:, k], 0.0, table[:, k])) for k in range(table.shape[1])]
    )
    totals = np.where(given > 0, summed, np.nan)  # a sum of no values is unknown
    complete = given[:, 1:] == np.bincount(codes, minlength=count)[:, None]
    # The tracker's energy per gram over each name's rows that give a weight.
    density = np.full(count, np.nan)
    if weighed is not None:
        grams = weighed[usable].to_numpy(dtype=np.float64)[kept]
        by_weight = ~np.isnan(grams) & (grams > 0)
        if by_weight.any():
            kcal_weighed = by_name(np.where(by_weight, table[:, 0], 0.0))
            grams_weighed = by_name(np.where(by_weight, grams, 0.0))
            with np.errstate(divide="ignore", invalid="ignore"):
                density = np.where(by_name(by_weight) > 0, kcal_weighed / grams_weighed, np.nan)
    kcal_per_gram = energy / 100.0
    tracked = totals[:, 1:]
    kcal = totals[:, 0]
    totals_index = list(firsts)
    chosen: dict[str, tuple[str, str]] = {}
    for at, name in enumerate(totals_index):
        if name not in match_food:
            continue
        present = complete[at]
        if not present.any():
            continue
        tracker = tracked[at, present] / float(kcal[at])
        current = match_food[name]
        offered = offered_by_name[name]
        alike = [
            f
            for f in dict.fromkeys([current, *offered])
            if f in position and _dense_alike(density[at], kcal_per_gram[position[f]])
        ]
        rows = per_kcal[[position[f] for f in alike]][:, present]
        misfit = dict(zip(alike, _misfits(tracker, rows, floor[present]).tolist(), strict=True))
        if current in misfit and misfit[current] <= 1.0:
            continue
        fitting = {f: m for f, m in misfit.items() if m <= 1.0}
        if not fitting:
            continue
        best = min(fitting, key=fitting.__getitem__)
        shown = ", ".join(
            c.removesuffix("_mg").removesuffix("_g")
            for c, on in zip(columns, present, strict=True)
            if on
        )
        chosen[str(name)] = (
            best,
            f"food chosen among the name's candidates by the tracker's own {shown} per kcal: "
            f"{described.at[best]} ({best}) fits them"
            + (f", {current} does not" if current in misfit else ""),
        )
    if not chosen:
        return food_ids, notes, matches
    picked = names.map({n: f for n, (f, _) in chosen.items()})
    food_ids = food_ids.where(picked.isna(), picked)
    notes = names.map({n: why for n, (_, why) in chosen.items()}).fillna("").astype(object)
    on = matches["name"].isin(list(chosen))
    matches = matches.copy()
    ids = matches.loc[on, "name"].map({n: f for n, (f, _) in chosen.items()})
    matches.loc[on, "food_id"] = ids
    matches.loc[on, "description"] = ids.map(described)
    matches.loc[on, "status"] = "matched"
    matches.loc[on, "reason"] = matches.loc[on, "name"].map({n: w for n, (_, w) in chosen.items()})
    return food_ids, notes, matches


def _dense_alike(tracker: float, food: float) -> bool:
    """Whether a food's energy per gram fits the tracker's (unknown: it does), within
    :data:`ENERGY_TOLERANCE` either way."""
    if np.isnan(tracker):
        return True
    if not food > 0 or not tracker > 0:
        return False
    ratio = tracker / food
    return bool(1 / ENERGY_TOLERANCE <= ratio <= ENERGY_TOLERANCE)


def _misfits(
    tracker: npt.NDArray[np.float64],
    foods: npt.NDArray[np.float64],
    floor: npt.NDArray[np.float64],
) -> npt.NDArray[np.float64]:
    """How far each food's values per kcal (a row of ``foods``) are from the tracker's, as a
    multiple of what is allowed (at most 1 fits); a value the food lacks never fits."""
    gap = np.abs(tracker - foods)
    allowed = np.maximum(FINGERPRINT_SHARE * np.maximum(tracker, foods), floor)
    ratio = gap / allowed
    return np.where(np.isnan(ratio).any(axis=1), np.inf, ratio.max(axis=1))


#: Longest cell text the account repeats; longer text is cut with an ellipsis.
_VALUE_LIMIT = 200


class RowAccount:
    """The account of a file's rows: each row gets one status, the first that applies.

    ``mark`` gives the rows of a mask that have no status yet a status, the column, the
    value and the reason; ``close`` calls every row still open "used" and returns the table.
    """

    #: The statuses, by the code :attr:`_status` holds.
    _STATUSES = ("used", "skipped", "rejected")

    def __init__(self, rows: np.ndarray) -> None:
        n = len(rows)
        self._rows = rows
        self.open = np.ones(n, dtype=bool)  # rows with no status yet
        self._status = np.zeros(n, dtype=np.int8)
        self._column = np.full(n, "", dtype=object)
        self._value = np.full(n, "", dtype=object)
        self._reason = np.full(n, "", dtype=object)

    def mark(self, mask: Any, kind: str, col: str, values: pd.Series, why: pd.Series | str) -> None:
        """Give ``kind`` (skipped or rejected) to the open rows of ``mask``."""
        fresh = np.flatnonzero(np.asarray(mask, dtype=bool) & self.open)
        if not len(fresh):
            return
        self.open[fresh] = False
        self._status[fresh] = self._STATUSES.index(kind)
        self._fill(fresh, col, values, why)

    def note(self, mask: Any, col: str, values: pd.Series, why: pd.Series) -> None:
        """Record a reason for used rows without changing their status (an assumption)."""
        self._fill(np.flatnonzero(np.asarray(mask, dtype=bool)), col, values, why)

    def close(self) -> pd.DataFrame:
        """The account table; text columns stay plain objects (no per-cell conversion).

        The columns are the account's own arrays, not copies, and are not merged into one
        block: a million rows' account is built without copying it.
        """
        status = np.asarray(self._STATUSES, dtype=object)[self._status]
        return pd.DataFrame(
            {
                "row": pd.Series(np.array(self._rows, dtype="int64")),
                "status": pd.Series(status, dtype=object, copy=False),
                "column": pd.Series(self._column, dtype=object, copy=False),
                "value": pd.Series(self._value, dtype=object, copy=False),
                "reason": pd.Series(self._reason, dtype=object, copy=False),
            },
            copy=False,
        )

    def _fill(self, rows: np.ndarray, col: str, values: pd.Series, why: pd.Series | str) -> None:
        self._column[rows] = col
        # Cells repeat (a food name on thousands of rows): each distinct one is cut once.
        if isinstance(values.dtype, pd.CategoricalDtype):
            all_codes, uniques = distinct(values)
            codes = all_codes[rows]
        else:
            codes, found = pd.factorize(values.iloc[rows], use_na_sentinel=False)
            uniques = np.asarray(found, dtype=object)
        shown = np.empty(len(uniques), dtype=object)
        shown[:] = [
            v if len(str(v)) <= _VALUE_LIMIT else str(v)[: _VALUE_LIMIT - 1] + "\u2026"
            for v in uniques
        ]
        self._value[rows] = shown[codes]
        self._reason[rows] = why if isinstance(why, str) else why.iloc[rows].to_numpy(dtype=object)


def _quantities(texts: pd.Series) -> pd.DataFrame:
    numbers = pd.to_numeric(texts, errors="coerce")
    odd = numbers.isna() & (texts != "")
    numbers[odd] = texts[odd].map(parse_quantity).astype("float64")
    finite = numbers.where(np.isfinite(numbers))
    return pd.DataFrame({"quantity": finite})


def empty_account() -> pd.DataFrame:
    """An account with no rows and the account's columns."""
    return pd.DataFrame({c: pd.Series(dtype=int if c == "row" else str) for c in ACCOUNT_COLUMNS})
