"""Ranking foods for a name or a query: one scorer for the search box and for diary names.

Every food description is reduced once to its words (:mod:`planner.resolve.words`), split
into the part that names the food (the *head*: "Kale" in "Kale, frozen, cooked, boiled") and
the details. A query is scored against the foods that share one of its words, all at once
with NumPy, from these parts (points on a 0-100 scale):

- **coverage** (up to 70): the share of the query's informative words, weighted by how rare
  each word is among the 14,220 foods (inverse document frequency), that the food has; a word
  found in the food's head counts fully, in its details a little less, unless the query too
  gives it as a detail of a food the food's head names ("beef, top sirloin" and "Beef, top
  sirloin, steak"; "tomatoes, red" and "Tomatoes, red, ripe"), or the food is a meat named
  by the query's own name in USDA's "Species, kind" order ("Pork, fresh, loin" for "pork
  loin");
- **preparation** (up to 15): each preparation or form the query names (raw, cooked, boiled,
  frozen, canned, dried) must be the food's: "cooked" is satisfied by any way of cooking,
  and a raw or unprepared food contradicts it; "raw", "dry" and "uncooked" satisfy each
  other, less than the word itself. A query that names none prefers the raw food,
  or the plain cooked one for foods eaten cooked (rice, lentils, oatmeal); a bird named
  without a word of its skin prefers the meat only, as USDA's survey codes it;
- **plainness** (up to 15, as penalties): words the food has that the query lacks cost
  points, more in the head than in the details; a food whose head names a mixed dish the
  query does not ask for ("Egg burrito" for "egg") loses 30 points;
- **salt and source**: unless the query asks for salt, foods "with salt" lose points and the
  SR28 form "without salt" gains; FNDDS survey foods assume salt added in cooking (cooked
  brown rice 201 mg sodium per 100 g against SR28's 4 mg), so a plain query prefers SR28.
  Article foods (when prepared as the query says), survey foods and generic foods rank
  before branded and baby foods.

The score is a ranking; :mod:`planner.resolve.names` adds the rule for when it is sure.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, overload

import numpy as np
import numpy.typing as npt
import pandas as pd
import pyarrow as pa

from planner.fooddb.cache import frame_key, key_of, read_tables, write_frames
from planner.resolve.words import (
    CATEGORIES,
    COOKED,
    DISHES,
    DRY_HEAT,
    EATEN_COOKED,
    FILLER,
    FORMS,
    FREE,
    FREE_AS_CATEGORY,
    MOIST_HEAT,
    NOT_THE_FOOD,
    PLACES,
    RAW,
    STATES,
    Salt,
    Words,
    category_words,
    fold,
    food_words,
    is_variant,
    singular,
    words_of,
)

_COVERAGE = 70.0
_HEAD_SHARE = 0.85  # a query word found only in the details counts this much
_PREPARATION = 10.0
_HEAD_EXTRA = 3.0  # points per informative head word the query lacks
_REST_EXTRA = 0.35  # points per informative detail word the query lacks
_NOUN_EXTRA = 5.0  # how much more a detail word costs when it names a food elsewhere
_STATE_EXTRA = 0.6  # points per preparation word the query lacks
_EXTRA_CAP = 10.0
_VARIANT = 5.0  # points per variant word ("reduced fat", "light", "Greek") the query lacks
_DISH = 30.0
_CONFLICT = 25.0
_NOUN_MISSED = 8.0  # a food without the name's noun (its last word), where another has it
#: Dishes a name ends in ("tuna casserole", "red lentil soup"): a food that is not the dish
#: is not what the name says, though it has the name's other words.
_DISH_NOUNS = frozenset(
    "soup stew casserole lasagna curry chili baklava pie pizza sandwich burrito taco salad "
    "omelet quesadilla enchilada dumpling empanada fritter smoothie shake muffin pancake "
    "waffle cake cookie pudding risotto pilaf paella biryani kabob".split()
)
_UNASKED_FORM = 3.0  # frozen, canned or dried when the query names no form
_DEFAULT_STATE = 2.0
_MICROWAVED_UNSAID = 6.0  # a microwaved food, for a name cooked another way or just "cooked"
#: Forms a food is not in unless the query says so ("dried" is the usual form of spices and
#: nuts, so it is not one of them).
_UNASKED_FORMS = frozenset({"frozen", "canned", "dehydrated", "pickled", "dry", "smoked", "dried"})
#: Forms that are not raw.
_PROCESSED = frozenset({"canned", "pickled", "dehydrated", "smoked"})
#: Food groups whose foods are usually dried (spices, nuts, seeds, beans as bought).
_DRIED_IS_USUAL = frozenset(
    {
        "Spices and Herbs",
        "Nut and Seed Products",
        "Legumes and Legume Products",
        "Nuts and seeds",
    }
)
_SALTED = 10.0
#: Share of a query's informative words at which a food has them all (rounding aside).
_COMPLETE = 0.999
_UNSALTED = 2.0
_SR28_PLAIN = 1.0
_ASSUMED_SALT = 8.0
_ARTICLE = 4.0
_SURVEY = 0.0
_BRANDED = 4.0
_NICHE = 10.0
_VAGUE = 1.5  # FNDDS "NFS", "NS as to ...": below the most one unasked detail word costs
_RAW_SAID = 1.0  # a plain name prefers the food that says it is raw over one that says nothing
_NICHE_GROUPS = frozenset(
    {
        "Baby Foods",
        "American Indian/Alaska Native Foods",
        "Restaurant Foods",
        "Fast Foods",
        "Baby food: cereals",
        "Baby food: meat and dinners",
        "Baby food: fruit",
        "Baby food: vegetable",
        "Baby food: yogurt",
        "Baby food: snacks and sweets",
        "Baby juice",
        "Infant formulas",
        "Human milk",
    }
)
#: FNDDS food groups whose foods are cooked as eaten.
_SERVED_COOKED_GROUPS = frozenset(
    {
        "Beef, excludes ground",
        "Ground beef",
        "Pork",
        "Lamb, goat, game",
        "Chicken, whole pieces",
        "Turkey, duck, other poultry",
        "Liver and organ meats",
        "Fish",
        "Shellfish",
        # FNDDS's cooked cereals and grains are as eaten too: its "Cream of rice" is cooked
        # (83 g of water per 100 g), SR28's "Cereals, CREAM OF RICE, dry" is not.
        "Grits and other cooked cereals",
        "Oatmeal",
        "Pasta, noodles, cooked grains",
    }
)
#: Food groups of meats, which USDA names by their species first: SR28's, and FNDDS's meats
#: cooked as eaten.
_SPECIES_FIRST_GROUPS = frozenset(
    {"Beef Products", "Pork Products", "Poultry Products", "Lamb, Veal, and Game Products"}
) | (_SERVED_COOKED_GROUPS - {"Fish", "Shellfish"})
#: Food groups of meat, poultry and fish, which are eaten cooked (SR28's and FNDDS's).
_MEAT_GROUPS = _SPECIES_FIRST_GROUPS | {"Finfish and Shellfish Products", "Fish", "Shellfish"}
#: The fat trimmed off a cut, as SR28 describes it ("separable fat", "seam fat", "backfat").
_TRIMMED_FAT = r"\b(?:separable|external|seam|back) ?fat\b"
#: Unknown words: spelling fixes need this rapidfuzz ratio, and words this long.
_SPELLING_CUTOFF = 84.0
_SPELLING_MIN_LENGTH = 4
#: Informativeness of a word no food has (a brand, a typo left unfixed).
_UNKNOWN_WEIGHT = 4.0


#: The values per 100 g kept beside each food (:attr:`FoodIndex.nutrients`): the minerals this
#: tool is about, then the energy and macronutrients a tracker logs with each row.
NUTRIENTS = (
    "potassium_mg",
    "magnesium_mg",
    "calcium_mg",
    "sodium_mg",
    "energy_kcal",
    "protein_g",
    "fat_g",
    "carbohydrate_g",
)
MINERALS = NUTRIENTS[:4]


@dataclass(frozen=True)
class FoodIndex:
    """The food table prepared once for :func:`rank_foods` (about 1 s for 14,220 foods).

    ``nutrients`` holds each food's :data:`NUTRIENTS` per 100 g (``NaN`` where unknown), so that
    a name's candidates can be compared on what matters here without the food table.
    """

    food_ids: npt.NDArray[np.object_]
    descriptions: npt.NDArray[np.object_]
    #: Each description folded (:func:`fold_name`), for exact matches of a diary name.
    folded: npt.NDArray[np.object_]
    #: The words of each food's trade names, as SR28 writes them in capitals without its maker
    #: ("twizzler" of "Candies, TWIZZLERS Strawberry Twists Candy"), space-separated, the
    #: names "|"-separated; ``""`` for a food without one (see :func:`_trade_words`).
    trade: npt.NDArray[np.object_]
    #: The words of each branded food's maker ("burger king" of Burger King Corporation's
    #: foods), space-separated; ``""`` for a food without one (see :func:`_maker_words`).
    maker: npt.NDArray[np.object_]
    words: Sequence[Words]
    weights: dict[str, float]
    rest_weights: dict[str, float]
    vocabulary: list[str]
    postings: Mapping[str, npt.NDArray[np.intp]]
    head_postings: Mapping[str, npt.NDArray[np.intp]]
    #: Each word's foods that have it in their kind (:attr:`Words.kind`).
    kind_postings: Mapping[str, npt.NDArray[np.intp]]
    #: Each word's foods whose own name ends in it, its noun in English order ("milk" of
    #: "Chocolate milk, whole"; "chocolate" of "Candies, milk chocolate").
    noun_postings: Mapping[str, npt.NDArray[np.intp]]
    #: A meat, which USDA names by its species first ("Pork, fresh, loin" is a pork loin).
    #: Only a meat's kind counts as its head (see :func:`score_parts`).
    species_first: npt.NDArray[np.bool_]
    #: Meat, poultry or fish, which a name that says no state means cooked.
    meat: npt.NDArray[np.bool_]
    #: The fat trimmed off a cut ("Lamb, ..., seam fat, raw"), which only a name of fat means.
    trimmed_fat: npt.NDArray[np.bool_]
    head_cost: npt.NDArray[np.float64]
    #: What the categories a dish is made "with" or "and" cost ("cheese" of "Pasta with
    #: tomato-based sauce and cheese"), counted in ``head_cost`` though free in a food's own
    #: name.
    added_cost: npt.NDArray[np.float64]
    rest_cost: npt.NDArray[np.float64]
    state_count: npt.NDArray[np.float64]
    dish_count: npt.NDArray[np.float64]
    variant_count: npt.NDArray[np.float64]
    category_dish: npt.NDArray[np.float64]
    combined: npt.NDArray[np.bool_]
    raw: npt.NDArray[np.bool_]
    cooked: npt.NDArray[np.bool_]
    #: Cooked by dry heat (:data:`~planner.resolve.words.DRY_HEAT`) or by moist heat.
    dry_heat: npt.NDArray[np.bool_]
    moist_heat: npt.NDArray[np.bool_]
    processed: npt.NDArray[np.bool_]
    form: npt.NDArray[np.bool_]
    salted: npt.NDArray[np.bool_]
    unsalted: npt.NDArray[np.bool_]
    #: An FNDDS food that carries salt its description does not state (see :func:`_salty`).
    salty: npt.NDArray[np.bool_]
    sr28: npt.NDArray[np.bool_]
    #: A branded food (one with a manufacturer).
    branded: npt.NDArray[np.bool_]
    #: A food of a group a plain name rarely means (:data:`_NICHE_GROUPS`).
    niche: npt.NDArray[np.bool_]
    #: A food the source articles recommend (its bonus is part of ``prior``).
    article: npt.NDArray[np.bool_]
    #: A food whose index words are its description's own (no common name, maker or aside
    #: moved apart): its description's word key is read off them (see
    #: :func:`planner.resolve.names.same_word_foods`).
    own_words: npt.NDArray[np.bool_]
    prior: npt.NDArray[np.float64]
    nutrients: npt.NDArray[np.float64]
    #: The index's key in the binary cache (``""`` when it was not read from the cache):
    #: what is worked out from the index alone can be kept under it.
    key: str = ""

    @functools.cached_property
    def no_minerals(self) -> npt.NDArray[np.bool_]:
        """The foods USDA gives none of :data:`MINERALS` for."""
        return np.asarray(np.isnan(self.nutrients[:, : len(MINERALS)]).all(axis=1))

    @functools.cached_property
    def by_tokens(self) -> dict[str, tuple[int, ...]]:
        """Each description's words as typed without punctuation ("beef ground raw" of "Beef,
        ground, raw"), with the positions of the foods it describes (:func:`plain_tokens`)."""
        found: dict[str, list[int]] = {}
        for position, description in enumerate(self.descriptions):
            found.setdefault(plain_tokens(str(description)), []).append(position)
        return {key: tuple(value) for key, value in found.items()}

    @functools.cached_property
    def letters(self) -> tuple[dict[str, int], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
        """How many times each letter is in each :attr:`vocabulary` word (a column per
        letter, in the order of the mapping), and each word's length (:func:`_may_correct`)."""
        lengths = np.fromiter(map(len, self.vocabulary), dtype=np.intp, count=len(self.vocabulary))
        points = np.frombuffer("".join(self.vocabulary).encode("utf-32-le"), dtype=np.uint32)
        # Each letter's column is its rank among the letters used (counted, not sorted).
        used = np.bincount(points) > 0
        column = np.cumsum(used) - 1
        width = int(used.sum())
        cells = column[points] + np.repeat(np.arange(len(lengths)) * width, lengths)
        counts = np.bincount(cells, minlength=len(lengths) * width)
        alphabet = {chr(c): k for k, c in enumerate(np.flatnonzero(used).tolist())}
        return alphabet, counts.reshape(len(lengths), width), lengths


@dataclass(frozen=True)
class Query:
    """A query in normal form, with its unknown words and any spelling fixed."""

    words: Words
    content: tuple[str, ...]
    states: tuple[str, ...]
    unknown: tuple[str, ...]
    corrected: dict[str, str]
    #: Words of what the food is made or served with, in the name's details ("milk" of
    #: "Oatmeal, made with milk"): ingredients, not the food.
    ingredients: tuple[str, ...] = ()
    #: Where the name says the food is from, when no USDA food is named by it
    #: (:data:`planner.resolve.words.PLACES`): left out of the words, and a doubt.
    origin: tuple[str, ...] = ()

    @property
    def salt(self) -> str:
        return self.words.salt


#: The columns of the food table the index is made from.
_INDEXED = (
    "food_id",
    "source",
    "description",
    "food_group",
    "common_name",
    "manufacturer",
    "survey_food",
    *NUTRIENTS,
)
#: Per-food arrays of :class:`FoodIndex`, stored as columns in the cache.
_ARRAYS = (
    "species_first",
    "meat",
    "trimmed_fat",
    "head_cost",
    "added_cost",
    "rest_cost",
    "state_count",
    "dish_count",
    "variant_count",
    "category_dish",
    "combined",
    "raw",
    "cooked",
    "dry_heat",
    "moist_heat",
    "processed",
    "form",
    "salted",
    "unsalted",
    "salty",
    "sr28",
    "branded",
    "niche",
    "article",
    "own_words",
    "prior",
)
_CACHED = ("foods", "words", "postings")


def build_food_index(foods: pd.DataFrame, *, article_ids: pd.Series | None = None) -> FoodIndex:
    """Prepare the food table for :func:`rank_foods`.

    The prepared index is kept in the binary cache (:mod:`planner.fooddb.cache`), keyed on
    the indexed columns, the article foods and the code, so it is built once per change.

    Parameters
    ----------
    foods : pandas.DataFrame
        The food table (:func:`planner.fooddb.tables.load_foods`).
    article_ids : pandas.Series, optional
        ``food_id`` of the foods the source articles recommend; they rank first among equals.
    """
    articles = pd.DataFrame(
        {"food_id": pd.Series([] if article_ids is None else article_ids, dtype=object)}
    )
    key = key_of(
        [
            frame_key(foods, _INDEXED).encode(),
            str(article_ids is None).encode(),
            frame_key(articles.astype(str), ["food_id"]).encode(),
        ]
    )
    tables = read_tables("food-index", key)
    if tables is None or set(tables) != set(_CACHED):
        frames = _index_frames(_build_food_index(foods, article_ids=article_ids))
        write_frames("food-index", key, frames)
        tables = {
            label: pa.Table.from_pandas(frame, preserve_index=False)
            for label, frame in frames.items()
        }
    return _index_from_tables(tables, key=key)


def cached_food_index(key: str) -> FoodIndex | None:
    """The index kept in the binary cache under ``key`` (a :attr:`FoodIndex.key`), or
    ``None`` when it is not there whole."""
    tables = read_tables("food-index", key)
    if tables is None or set(tables) != set(_CACHED):
        return None
    return _index_from_tables(tables, key=key)


def _index_frames(index: FoodIndex) -> dict[str, pd.DataFrame]:
    """The index as two plain tables: one row per food, one per word."""
    per_food = pd.DataFrame(
        {
            "food_id": index.food_ids,
            "description": index.descriptions,
            "folded": index.folded,
            "trade": index.trade,
            "maker": index.maker,
            "head": [" ".join(w.head) for w in index.words],
            "rest": [" ".join(w.rest) for w in index.words],
            "salt": [w.salt for w in index.words],
            "words_combined": [w.combined for w in index.words],
            "kind": [" ".join(w.kind) for w in index.words],
        }
        | {name: getattr(index, name) for name in _ARRAYS}
        | {f"per_100_g_{n}": index.nutrients[:, k] for k, n in enumerate(NUTRIENTS)}
    )
    per_word = pd.DataFrame(
        {
            "word": index.vocabulary,
            "weight": [index.weights[w] for w in index.vocabulary],
            "rest_weight": [index.rest_weights[w] for w in index.vocabulary],
            "postings": [len(index.postings[w]) for w in index.vocabulary],
            "head_postings": [len(index.head_postings.get(w, _NONE)) for w in index.vocabulary],
            "kind_postings": [len(index.kind_postings.get(w, _NONE)) for w in index.vocabulary],
            "noun_postings": [len(index.noun_postings.get(w, _NONE)) for w in index.vocabulary],
        }
    )
    # Every word's foods, then every word's foods that name it first, then those whose kind
    # it names, end to end in vocabulary order: read back as one array and sliced, not
    # thousands of small arrays.
    flat = np.concatenate(
        [
            _NONE,
            *(index.postings[w] for w in index.vocabulary),
            *(index.head_postings.get(w, _NONE) for w in index.vocabulary),
            *(index.kind_postings.get(w, _NONE) for w in index.vocabulary),
            *(index.noun_postings.get(w, _NONE) for w in index.vocabulary),
        ]
    ).astype(np.int64)
    return {"foods": per_food, "words": per_word, "postings": pd.DataFrame({"food": flat})}


def _index_from_tables(tables: Mapping[str, pa.Table], *, key: str = "") -> FoodIndex:
    """The index from its tables (:func:`_index_frames`), read as arrays straight from Arrow:
    a data frame of the 35 columns per food would cost more than the arrays themselves."""
    per_food, per_word = tables["foods"], tables["words"]

    def column(table: pa.Table, name: str, dtype: npt.DTypeLike) -> npt.NDArray[Any]:
        return np.asarray(table.column(name).to_numpy(zero_copy_only=False), dtype=dtype)

    vocabulary = [str(w) for w in per_word.column("word").to_pylist()]
    flat = column(tables["postings"], "food", np.intp)
    counts = column(per_word, "postings", np.intp)
    head_counts = column(per_word, "head_postings", np.intp)
    kind_counts = column(per_word, "kind_postings", np.intp)
    noun_counts = column(per_word, "noun_postings", np.intp)
    every = np.concatenate([counts, head_counts, kind_counts, noun_counts])
    ends = np.cumsum(every)
    starts = ends - every
    n = len(counts)
    position = {w: k for k, w in enumerate(vocabulary)}
    postings = _Postings(flat, starts[:n], ends[:n], position)
    has_head, has_kind = head_counts.tolist(), kind_counts.tolist()
    heads = {w: k for w, k in position.items() if has_head[k]}
    head_postings = _Postings(flat, starts[n : 2 * n], ends[n : 2 * n], heads)
    kinds = {w: k for w, k in position.items() if has_kind[k]}
    kind_postings = _Postings(flat, starts[2 * n : 3 * n], ends[2 * n : 3 * n], kinds)
    nouns = {w: k for w, k in position.items() if noun_counts[k]}
    noun_postings = _Postings(flat, starts[3 * n :], ends[3 * n :], nouns)
    words = _StoredWords(
        [per_food.column(c) for c in ("head", "rest", "salt", "words_combined", "kind")]
    )
    return FoodIndex(
        food_ids=column(per_food, "food_id", object),
        descriptions=column(per_food, "description", object),
        folded=column(per_food, "folded", object),
        trade=column(per_food, "trade", object),
        maker=column(per_food, "maker", object),
        words=words,
        weights=dict(zip(vocabulary, column(per_word, "weight", np.float64).tolist(), strict=True)),
        rest_weights=dict(
            zip(vocabulary, column(per_word, "rest_weight", np.float64).tolist(), strict=True)
        ),
        vocabulary=vocabulary,
        postings=postings,
        head_postings=head_postings,
        kind_postings=kind_postings,
        noun_postings=noun_postings,
        **{
            name: column(per_food, name, np.float64 if _FLOAT[name] else np.bool_)
            for name in _ARRAYS
        },
        nutrients=np.column_stack(
            [column(per_food, f"per_100_g_{n}", np.float64) for n in NUTRIENTS]
        ),
        key=key,
    )


class _Postings(Mapping[str, npt.NDArray[np.intp]]):
    """Each word's food positions as slices of one array read from the cache."""

    def __init__(
        self,
        flat: npt.NDArray[np.intp],
        starts: npt.NDArray[np.intp],
        ends: npt.NDArray[np.intp],
        position: dict[str, int],
    ) -> None:
        self._flat, self._starts, self._ends, self._position = flat, starts, ends, position

    def __getitem__(self, word: str) -> npt.NDArray[np.intp]:
        k = self._position[word]
        return self._flat[self._starts[k] : self._ends[k]]

    def __contains__(self, word: object) -> bool:
        return word in self._position

    def __iter__(self) -> Iterator[str]:
        return iter(self._position)

    def __len__(self) -> int:
        return len(self._position)


class _StoredWords(Sequence[Words]):
    """The words of each food as stored in the cache, made into :class:`Words` when read
    (building all 14,220 up front would cost more than the rest of loading the index, and
    ranking reads a food's words only to say why it matched). ``parts`` holds the columns
    ``head``, ``rest``, ``salt``, ``words_combined`` and ``kind``."""

    def __init__(self, parts: Sequence[pa.ChunkedArray]) -> None:
        # Read in place (a cell at a time), not copied into one array.
        self._parts = tuple(parts)

    def __len__(self) -> int:
        return len(self._parts[0])

    @overload
    def __getitem__(self, i: int) -> Words: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Words]: ...
    def __getitem__(self, i: int | slice) -> Words | Sequence[Words]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        head, rest, salt, combined, kind = (part[int(i)].as_py() for part in self._parts)
        return Words(
            tuple(head.split()),
            tuple(rest.split()),
            _SALTS[salt],
            bool(combined),
            tuple(kind.split()),
        )


_SALTS: dict[str, Salt] = {"": "", "salted": "salted", "unsalted": "unsalted"}


_FLOAT = {
    name: name
    in (
        "head_cost",
        "added_cost",
        "rest_cost",
        "state_count",
        "dish_count",
        "variant_count",
        "category_dish",
        "prior",
    )
    for name in _ARRAYS
}


#: Words of a maker's name that say what it is, not who ("Kellogg, Co.", "The Coca-Cola
#: Company").
_MAKER_FILLER = frozenset(
    "the co company inc corp corporation llc us usa foods food international".split()
)


def _maker_words(maker: str) -> str:
    """The words naming a food's maker, as a query would say them ("Burger King
    Corporation" is "burger king"; "McDonald's Corporation" "mcdonald")."""
    words = [singular(w) for w in re.findall(r"[a-z]+", fold(maker.replace("'s", "")))]
    return " ".join(w for w in dict.fromkeys(words) if w not in _MAKER_FILLER)


def _without_maker(description: str, maker: str) -> tuple[str, str]:
    """A branded description without the words naming its maker, and those words: the food
    is named after them ("Cereals ready-to-eat, GENERAL MILLS, CHEERIOS" is Cheerios, made
    by General Mills; "..., KELLOGG'S FROOT LOOPS" is Froot Loops)."""
    if not maker:
        return description, ""
    makers = {singular(w) for w in re.findall(r"[a-z]+", fold(maker))} - _MAKER_FILLER
    kept: list[str] = []
    moved: list[str] = []
    for at, seg in enumerate(part.strip() for part in description.split(",")):
        said = {singular(w) for w in re.findall(r"[a-z]+", fold(seg))} - _MAKER_FILLER
        if at and said and said <= makers:
            moved.append(seg)
            continue
        # A maker's possessive before the product ("KELLOGG'S FROOT LOOPS") goes with it.
        first, _, rest = seg.partition(" ")
        own = {singular(w) for w in re.findall(r"[a-z]+", fold(first.replace("'S", "")))}
        if at and rest and own and own <= makers:
            moved.append(first)
            seg = rest
        kept.append(seg)
    return (", ".join(kept), " ".join(moved)) if moved else (description, "")


#: Capitals that are no trade name: FNDDS's "not further specified" and "not specified", the
#: USDA, and the fatty acids of infant formulas.
_NOT_TRADE = frozenset({"NS", "NFS", "USDA", "DHA", "ARA", "US", "USA"})


def _trade_words(description: str) -> str:
    """The words of a food's trade names: those SR28 writes in capitals, its maker's taken
    out (:func:`_without_maker`), as :func:`food_words` reads them, space-separated, one
    name per segment of the description, the names separated by "|" ("m mar|combo" of
    "Snacks, M&M MARS, COMBOS Snacks Cheddar Cheese Pretzel")."""
    runs = []
    for segment in description.split(","):
        said = [
            token
            for token in re.findall(r"[A-Za-z][A-Za-z0-9'&!.-]*", segment)
            if token.upper() not in _NOT_TRADE
            and sum(c.isalpha() for c in token) >= 2
            and (token.isupper() or re.match(r"Mc[A-Z]", token) is not None)
        ]
        words = set(food_words(" ".join(said)).all) - STATES - FILLER if said else set()
        if words:
            runs.append(" ".join(sorted(words)))
    for gloss in _TRADE_GLOSS.findall(description):
        # FNDDS names a brand in brackets after the food ("Tortilla chips, nacho cheese
        # flavor (Doritos)", "Sports drink (Powerade)"), each word capitalised.
        if all(t[0].isupper() or t[0].isdigit() or t == "&" for t in gloss.split()):
            words = set(food_words(gloss).all) - STATES - FILLER
            if words and gloss.upper() not in _NOT_TRADE:
                runs.append(" ".join(sorted(words)))
    return "|".join(runs)


#: A brand in brackets at the end of a segment of a description.
_TRADE_GLOSS = re.compile(r"\(([A-Z][^()]*)\)\s*(?=,|$)")


#: FNDDS's "NS as to ..." ("Shortening, NS as to vegetable or animal"): what the survey
#: did not ask, so none of it is a word the food says ("vegetable shortening" is SR28's
#: vegetable shortening). The "NS" still marks the food as vague (``prior``).
_UNSPECIFIED = re.compile(r",?\s*\bNS as to [^,()]*")
_CUISINE = re.compile(
    r"^(Restaurant), (Latino|Chinese|Mexican|Italian), ([^()]*?)(?:\s*\(([^()]*)\))?"
    r"(,.*)?$"
)


def _cuisine_apart(description: str, found_by: str) -> tuple[str, str]:
    """A restaurant dish named by the dish, its cuisine and a gloss of its name moved to
    ``found_by`` ("Restaurant, Latino, arroz con leche (rice pudding)" is arroz con leche,
    found by "Latino" and "rice pudding" too): SR28 puts the cuisine where a food's own name
    goes."""
    match = _CUISINE.match(description)
    if match is None:
        return description, found_by
    category, cuisine, dish, gloss, rest = match.groups()
    said = " ".join(x for x in (found_by, cuisine, gloss) if x)
    return f"{category}, {dish}{rest or ''}", said


#: "(includes ...)", a list of what a mix is made of ("Fruit cocktail, (peach and
#: pineapple and pear and grape and cherry), canned, ...") or of the foods a description
#: stands for ("Alcoholic beverage, distilled, all (gin, rum, vodka, whiskey) 100 proof"),
#: and a figure that restates a description's words ("Pork, cured, ham, extra lean
#: (approximately 4% fat), canned").
_INCLUDES = re.compile(
    r"\s*\((?:includes ([^()]*)|((?:[a-z]+ and ){2,}[a-z]+)|(approx(?:imately|\.)? [^()]*)|"
    r"((?:[a-z]+, ){3,}[a-z]+))\)",
    re.IGNORECASE,
)


def _asides_apart(description: str, found_by: str) -> tuple[str, str]:
    """A description without its "(includes ...)" asides, which say what else USDA analysed
    under it ("Cookies, sugar, commercially prepared, regular (includes vanilla)"; "Rolls,
    hard (includes kaiser)"), or the fruits of a mix (:data:`_INCLUDES`), and their words with
    ``found_by``: a search finds the food by them, but a name need not say them."""
    said = ["".join(parts) for parts in _INCLUDES.findall(description)]
    if not said:
        return description, found_by
    return _INCLUDES.sub("", description), " ".join([found_by, *said]).strip()


def _alternatives_apart(words: Words) -> tuple[Words, tuple[str, ...]]:
    """A description's words without the alternatives after the first, and those alternatives.

    USDA lists a food's alternatives with "or": "Chicken or turkey cacciatore", "Meatball
    sandwich or sub", "Fish, cake or patty", "Barfi or Burfi" (FNDDS has about 1,000 such
    descriptions). A name that says one of them says the food, so the others are another name
    for it, found by a query but costing nothing when it lacks them, as a common name is. A
    state ("baked or broiled") or filler word stays: the states are read as such.
    """
    every = (*words.head, *words.rest)
    alternatives = [
        b
        for part in (words.head, words.rest)
        for a, o, b in zip(part, part[1:], part[2:], strict=False)
        if o == "or"
        and not {a, b} & (FILLER | STATES)
        and every.count(b) == 1
        and every.count(a) == 1
    ]
    if not alternatives:
        return words, ()
    drop = set(alternatives)
    return (
        Words(
            tuple(x for x in words.head if x not in drop),
            tuple(x for x in words.rest if x not in drop),
            words.salt,
            words.combined,
            tuple(x for x in words.kind if x not in drop),
        ),
        tuple(alternatives),
    )


def _extra_words(common: str, maker: str, alternatives: tuple[str, ...]) -> Words | None:
    """The words a query finds a food by beyond its own: its common name, its maker's name and
    its alternatives (:func:`_alternatives_apart`)."""
    if not (common or maker or alternatives):
        return None
    named = food_words(f"{common} {maker}".strip())
    return Words(named.head, (*named.rest, *alternatives), named.salt)


def _build_food_index(foods: pd.DataFrame, *, article_ids: pd.Series | None = None) -> FoodIndex:
    common = foods["common_name"].fillna("")
    makers = foods["manufacturer"].fillna("") if "manufacturer" in foods else common.map(str)
    split = [
        _asides_apart(*_cuisine_apart(*_without_maker(_UNSPECIFIED.sub("", d), m)))
        for d, m in zip(foods["description"], makers, strict=True)
    ]
    apart = [_alternatives_apart(food_words(own)) for own, _ in split]
    described = [w for w, _ in apart]
    alternatives = [alt for _, alt in apart]
    # The maker's name is found by a query, like a common name, but costs nothing when the
    # query does not say it; so is each alternative after the first ("turkey" of "Chicken or
    # turkey cacciatore").
    extra = [
        _extra_words(c, maker, alt)
        for c, (_, maker), alt in zip(common, split, alternatives, strict=True)
    ]
    # A common name is another name for the food, not its preparation: "Eye of round roast"
    # of a raw cut, "Roasted chicken" of chicken, raw.
    words = [
        w
        if e is None
        else Words(
            w.head,
            (*w.rest, *(x for x in (*e.head, *e.rest) if x not in STATES)),
            w.salt,
            w.combined,
            kind=w.kind,
        )
        for w, e in zip(described, extra, strict=True)
    ]
    postings: dict[str, list[int]] = defaultdict(list)
    head_postings: dict[str, list[int]] = defaultdict(list)
    kind_postings: dict[str, list[int]] = defaultdict(list)
    noun_postings: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(words):
        for word in w.all:
            postings[word].append(i)
        for word in set(w.head):
            head_postings[word].append(i)
        named = [x for x in w.head if x not in FILLER and x not in STATES]
        if named:
            noun_postings[named[-1]].append(i)
    for i, w in enumerate(described):
        for word in set(w.kind):
            kind_postings[word].append(i)
    n = len(words)
    weights = {w: float(np.clip(np.log(n / len(p)), 0.5, 8.0)) for w, p in postings.items()}

    # A detail word that names a food elsewhere ("Spaghetti, spinach, dry") is an ingredient
    # or another food: it costs more than a variety or a preparation.
    # A cuisine moved out of a restaurant dish's name (:func:`_cuisine_apart`) still names
    # it in USDA's words: "chinese" of "Broccoli, chinese, cooked" is a kind of broccoli.
    cuisines = Counter(
        word
        for d in foods["description"]
        if (match := _CUISINE.match(d)) is not None
        for word in set(food_words(match.group(2)).all)
    )
    nouns = {w: (len(head_postings.get(w, ())) + cuisines[w]) / len(p) for w, p in postings.items()}

    def cost(word: str) -> float:
        return _word_cost(word, weights[word])

    def rest_cost_of(word: str, *, kind: bool = False) -> float:
        if word.startswith("without") and word[len("without") :] in weights:
            # A food without something is as far from the plain name as one with it
            # ("Mixed nuts, without peanuts"; "with peanuts"), and a variant besides.
            return rest_cost_of(word[len("without") :])
        # A colour is a variety ("Peas, green"), though it starts some names ("Green beans").
        noun = 0.0 if word in _COLOURS else nouns[word]
        plain = min(weights[word], 5.0) if kind else cost(word)
        return plain * (1.0 + _NOUN_EXTRA * noun)

    def added_cost_of(head: tuple[str, ...]) -> float:
        # A category free in a food's own name ("Cheese, gouda") is an ingredient once a dish
        # is made "with" or "and" it: "Pasta with tomato-based sauce and cheese" (50 mg
        # calcium per 100 g) is more than "spaghetti with tomato sauce" (the home recipe, 17).
        added = {x for i, x in enumerate(head) if i and {"with", "and"} & set(head[:i])}
        return sum(min(weights[x], 5.0) for x in sorted(added & FREE_AS_CATEGORY))

    added_cost = np.array([added_cost_of(w.head) for w in words])
    # Summed in a fixed order (sorted), so that the index is the same in every process.
    head_cost = np.array([sum(cost(x) for x in sorted(set(w.head))) for w in words]) + added_cost
    # A common name ("macaroni" for pasta) is another name for the food, found by a query but
    # never a word the food has beyond it: the costs count the description's own words.
    rest_cost = np.array(
        [
            sum(
                rest_cost_of(x, kind=x in FREE_AS_CATEGORY and x not in category_words(d))
                for x in sorted(set(w.rest) - set(w.head))
            )
            for w, d in zip(described, foods["description"], strict=True)
        ]
    )
    state_count = np.array([len(w.all & STATES) for w in described], dtype=np.float64)
    dish_count = np.array(
        [len((set(w.head) & DISHES) | (w.all & NOT_THE_FOOD)) for w in described],
        dtype=np.float64,
    )
    variant_count = np.array(
        [sum(is_variant(x) for x in w.all) for w in described], dtype=np.float64
    )
    # FNDDS meat, poultry and fish are as eaten, cooked with the salt the survey assumes,
    # unless they say raw ("Liver, beef": 384 mg sodium per 100 g against SR28's 79 mg).
    served_cooked = (
        foods["source"].eq("fndds").to_numpy()
        & foods["food_group"].isin(_SERVED_COOKED_GROUPS).to_numpy()
        & ~np.array([bool(w.all & RAW) for w in described])
    )
    trimmed_fat = foods["description"].str.contains(_TRIMMED_FAT, regex=True).to_numpy()
    vague = foods["description"].str.contains(r"\bNFS\b|\bNS as to\b", regex=True).to_numpy()
    dried_is_usual = foods["food_group"].isin(_DRIED_IS_USUAL).to_numpy()
    group = foods["food_group"].fillna("")
    prior = (
        _SURVEY * foods["survey_food"].to_numpy(dtype=bool)
        - _VAGUE * vague
        - _BRANDED * foods["manufacturer"].notna().to_numpy()
        - _NICHE * group.isin(_NICHE_GROUPS).to_numpy()
    ).astype(np.float64)
    article = np.zeros(len(foods), dtype=bool)
    if article_ids is not None:
        article = foods["food_id"].isin(article_ids).to_numpy()
    prior += _ARTICLE * article
    return FoodIndex(
        food_ids=foods["food_id"].to_numpy(dtype=object),
        descriptions=foods["description"].to_numpy(dtype=object),
        folded=np.array([fold_name(d) for d in foods["description"]], dtype=object),
        trade=np.array([_trade_words(own) for own, _ in split], dtype=object),
        maker=np.array([_maker_words(m) for m in makers], dtype=object),
        words=words,
        weights=weights,
        rest_weights={w: rest_cost_of(w, kind=w in FREE_AS_CATEGORY) for w in postings},
        vocabulary=sorted(postings),
        postings={w: np.asarray(p, dtype=np.intp) for w, p in postings.items()},
        head_postings={w: np.asarray(p, dtype=np.intp) for w, p in head_postings.items()},
        kind_postings={w: np.asarray(p, dtype=np.intp) for w, p in kind_postings.items()},
        noun_postings={w: np.asarray(p, dtype=np.intp) for w, p in noun_postings.items()},
        species_first=foods["food_group"].isin(_SPECIES_FIRST_GROUPS).to_numpy(),
        # The fat trimmed off a cut ("Pork, fresh, separable fat, raw") is no meat eaten.
        meat=foods["food_group"].isin(_MEAT_GROUPS).to_numpy() & ~trimmed_fat,
        trimmed_fat=trimmed_fat,
        head_cost=head_cost,
        added_cost=added_cost,
        rest_cost=rest_cost,
        state_count=state_count,
        dish_count=dish_count,
        variant_count=variant_count,
        category_dish=np.array(
            [_category_dish(d, w) for d, w in zip(foods["description"], described, strict=True)],
            dtype=np.float64,
        ),
        combined=np.array([w.combined for w in words]),
        raw=np.array([bool(w.all & RAW) for w in words]),
        cooked=np.array([bool(w.all & COOKED) for w in words]) | served_cooked,
        dry_heat=np.array([bool(w.all & DRY_HEAT) for w in words]),
        moist_heat=np.array([bool(w.all & MOIST_HEAT) for w in words]),
        processed=np.array([bool(w.all & _PROCESSED) for w in words]),
        # A dried spice is a form of the herb or plant ("Spices, parsley, dried" against
        # "Parsley, fresh"; "Spices, celery seed" against "Celery, raw"): a plain name means
        # the plant when there is one.
        form=np.array(
            [
                bool(w.all & (_UNASKED_FORMS - ({"dried"} if usual else set())))
                or d.startswith("Spices,")
                for w, usual, d in zip(words, dried_is_usual, foods["description"], strict=True)
            ]
        ),
        salted=np.array([w.salt == "salted" for w in words]),
        unsalted=np.array([w.salt == "unsalted" for w in words]),
        salty=_salty(foods, described, postings),
        sr28=foods["source"].eq("sr28").to_numpy(),
        branded=foods["manufacturer"].notna().to_numpy(),
        niche=group.isin(_NICHE_GROUPS).to_numpy(),
        article=article,
        own_words=np.array(
            [
                own == d and not c
                for (own, _), d, c in zip(split, foods["description"], common, strict=True)
            ],
            dtype=bool,
        ),
        prior=prior,
        nutrients=foods[list(NUTRIENTS)]
        .apply(pd.to_numeric, errors="coerce")
        .to_numpy(dtype=np.float64),
    )


#: FNDDS sodium above its SR28 kind's by more than this [mg per 100 g] and more than
#: :data:`_SALTY_RATIO` times is salt added: the survey assumes salt in cooking at about 0.5-0.6 g
#: per 100 g of food, which adds some 200 mg sodium (cooked brown rice: FNDDS 201 mg, SR28 4 mg;
#: cooked pasta 232 mg against 1 mg; USDA FNDDS 2021-2023 and SR28 in ``data/foods.csv``).
_SALTY_MG = 100.0
_SALTY_RATIO = 2.0


def _salty(
    foods: pd.DataFrame, described: list[Words], postings: dict[str, list[int]]
) -> npt.NDArray[np.bool_]:
    """FNDDS foods whose sodium says salt was added though the description does not.

    FNDDS describes many foods as eaten without naming the salt the survey assumes ("Peanut
    butter", 426 mg sodium per 100 g; "Leeks", 151 mg; "Split peas, from dried", 233 mg). Each
    is compared with the SR28 foods that have all the words of its head, when SR28 has them
    both with and without salt (so salt is a cook's or maker's choice, not part of the food as
    with cured meats or mayonnaise): a food well above the median sodium of those without salt
    (SR28 "Peanut butter, smooth style, without salt", 17 mg) is salted. A raw food is compared
    with SR28's raw foods of its kind (FNDDS "Beef, ground, raw", 373 mg, against SR28's raw
    ground beef, 66-70 mg), and a canned one with SR28's canned foods of its kind, the
    cannery's salt being part of the food (FNDDS "Black beans, from canned", 348 mg, against
    SR28's "Beans, black turtle, mature seeds, canned", 384 mg).
    """
    sodium = pd.to_numeric(foods["sodium_mg"], errors="coerce").to_numpy(dtype=np.float64)
    sr28 = foods["source"].eq("sr28").to_numpy()
    fndds = foods["source"].eq("fndds").to_numpy()
    salt = np.array([w.salt for w in described], dtype=object)
    out = np.zeros(len(described), dtype=bool)
    reference: dict[tuple[str, ...], tuple[float, float, float]] = {}
    for i in np.flatnonzero(fndds & (salt == "") & ~np.isnan(sodium)):
        head = tuple(sorted(set(described[i].head) - FILLER))
        if not head or set(head) & _SALTED_AS_SOLD:
            # Mayonnaise and dressings are sold salted: the salt is the maker's, as bought.
            continue
        if head not in reference:
            having = np.asarray(postings.get(head[0], ()), dtype=np.intp)
            for word in head[1:]:
                having = np.intersect1d(having, np.asarray(postings.get(word, ()), dtype=np.intp))
            # The same food named the SR28 way ("Beans, kidney" for "Kidney beans"), not a
            # food that only mentions it ("Noodles, egg" for "Egg").
            named = np.array(
                [bool(set(described[k].head) - FILLER <= set(head)) for k in having], dtype=bool
            )
            kind = having[sr28[having] & ~np.isnan(sodium[having]) & named]
            plain = kind[salt[kind] == "unsalted"]
            paired = len(plain) and (salt[kind] == "salted").any()
            fresh = kind[[bool(described[k].all & RAW) and not salt[k] for k in kind]]
            tinned = kind[["canned" in described[k].all and not salt[k] for k in kind]]
            reference[head] = (
                float(np.median(sodium[plain])) if paired else np.nan,
                float(np.median(sodium[fresh])) if len(fresh) else np.nan,
                float(np.median(sodium[tinned])) if len(tinned) else np.nan,
            )
        unsalted, raw, canned = reference[head]
        ref = raw if described[i].all & RAW and not np.isnan(raw) else unsalted
        if "canned" in described[i].all and not np.isnan(canned):
            ref = canned
        out[i] = bool(sodium[i] > max(ref + _SALTY_MG, _SALTY_RATIO * ref))
    return out


def plain_tokens(text: str) -> str:
    """A text's words, folded, without punctuation, one space apart ("Beef, ground, raw" ->
    "beef ground raw")."""
    return " ".join(_PLAIN_TOKEN.findall(fold(text)))


_PLAIN_TOKEN = re.compile(r"[a-z0-9%]+")


def fold_name(text: object) -> str:
    """A name as compared for an exact match: folded, white space collapsed."""
    return " ".join(fold(str(text)).split())


def parse_query(index: FoodIndex, text: str, *, fix_spelling: bool = True) -> Query:
    """A query or a diary name in normal form; unknown words are spelling-fixed when close."""
    words = food_words(text)
    corrected: dict[str, str] = {}
    unknown: list[str] = []

    def known(word: str) -> str | None:
        if word in index.postings:
            return word
        if word.endswith("s") and word[:-1] in index.postings:
            # A plural the singular rule keeps ("kiwis", since "-is" ends many singulars)
            # is the word, not a misspelling of it.
            return word[:-1]
        if not fix_spelling or len(word) < _SPELLING_MIN_LENGTH or word.isdigit():
            return None
        if not _may_correct(index, word):
            return _slipped(index, word, corrected)
        # Imported here: most names and queries have no unknown word, and a command that
        # meets none need not load it.
        from rapidfuzz import fuzz, process

        found = process.extractOne(
            word, index.vocabulary, scorer=fuzz.ratio, score_cutoff=_SPELLING_CUTOFF
        )
        if found is None:
            return _slipped(index, word, corrected)
        corrected[word] = str(found[0])
        return str(found[0])

    origin: list[str] = []

    def fix(part: tuple[str, ...]) -> tuple[str, ...]:
        out = []
        for word in part:
            if word in PLACES:
                origin.append(word)
                continue
            if word in FILLER or word in STATES:
                out.append(word)
                continue
            fixed = known(word)
            if fixed is None:
                unknown.append(word)
                out.append(word)
            else:
                out.append(fixed)
        return tuple(out)

    words = Words(
        fix(_compounds(index, words.head)),
        fix(_compounds(index, words.rest)),
        words.salt,
        words.combined,
    )
    glossed = _glossed(index, text, unknown)
    if glossed:
        # A word the name glosses in brackets, or that glosses it, is another name of the
        # same food: "kangkong (water spinach)", "butter croissant (cornetto)".
        unknown = [w for w in unknown if w not in glossed]
        words = Words(
            tuple(w for w in words.head if w not in glossed),
            tuple(w for w in words.rest if w not in glossed),
            words.salt,
            words.combined,
        )
    every = list(dict.fromkeys((*words.head, *words.rest)))
    # "No salt added" is said by the salt flag; the word marks the products sold so.
    content = tuple(w for w in every if w not in FILLER and w not in STATES and w != _NO_SALT)
    states = tuple(w for w in every if w in STATES)
    folded = fold(text)
    ingredients = tuple(
        w
        for part in _WITH.findall(folded)
        for w in words_of(part)
        if w in content and w not in words.head
    )
    for made in _MADE_WITH.finditer(folded):
        # Said anywhere ("oatmeal made with milk"), what follows is what it is made with.
        before = set(words_of(folded[: made.start()]))
        ingredients += tuple(w for w in words_of(made.group(1)) if w in content and w not in before)
    return Query(
        words,
        content,
        states,
        tuple(dict.fromkeys(unknown)),
        corrected,
        ingredients,
        tuple(dict.fromkeys(origin)),
    )


#: The shortest part of a word written as one or as two, and the longest word split
#: (:func:`_compounds`; no USDA word is longer).
_COMPOUND_PART = 3
_COMPOUND_LONGEST = 40


def _together(index: FoodIndex, first: str, second: str) -> bool:
    """Whether some food has both words."""
    a, b = index.postings[first], index.postings[second]
    return bool(len(a) and len(b) and _among(a, b).any())


def _compounds(index: FoodIndex, part: tuple[str, ...]) -> tuple[str, ...]:
    """Words written as one that USDA writes as two, and two it writes as one.

    A word the index lacks that is two of its words found together in a food is those two
    ("sunflowerseed" → sunflower seed). Two words are one when USDA writes them as one and
    either is not its word, or no food has both: "pili nuts" are SR28's "pilinuts", "irish
    moss" its "irishmoss", "crab apples" its "crabapples" (no food is both crab and apple);
    "hot dog" stays two words, as many foods have both.
    """
    out: list[str] = []
    i = 0
    while i < len(part):
        word = part[i]
        if i + 1 < len(part) and word not in FILLER and part[i + 1] not in FILLER:
            joined = word + part[i + 1]
            if joined in index.postings and (
                word not in index.postings
                or part[i + 1] not in index.postings
                or not _together(index, word, part[i + 1])
            ):
                out.append(joined)
                i += 2
                continue
        if (
            word not in index.postings
            and word.isalpha()
            and 2 * _COMPOUND_PART <= len(word) <= _COMPOUND_LONGEST
        ):
            for cut in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1):
                first, second = word[:cut], word[cut:]
                if (
                    first in index.postings
                    and second in index.postings
                    and _together(index, first, second)
                ):
                    out.extend((first, second))
                    break
            else:
                out.append(word)
        else:
            out.append(word)
        i += 1
    return tuple(out)


_BRACKETS = re.compile(r"\(([^()]*)\)")


def _glossed(index: FoodIndex, text: str, unknown: list[str]) -> frozenset[str]:
    """The unknown words of a name with a gloss in brackets, when they are all on one side
    of it and the other side names a food the index knows: "mirliton (chayote)" is chayote,
    "plain crepes (nalesniki)" crepes. A gloss after a colon is one too ("sukuma wiki:
    collard greens sauteed in oil"). A dish's own name alone, naming no food the index knows,
    is glossed even when the gloss has an unknown word of its own, which stays unknown
    ("ugali (stiff white cornmeal mush)"). Nothing when the gloss explains nothing."""
    if not unknown:
        return frozenset()
    if "(" in text:
        inside = " ".join(_BRACKETS.findall(text))
        outside = _BRACKETS.sub(" ", text)
    elif ":" in text:
        outside, inside = text.split(":", 1)
    else:
        return frozenset()
    sides = [set(food_words(part).all) for part in (inside, outside)]
    for side, other in (sides, sides[::-1]):
        named = {w for w in other - side if w in index.head_postings and w not in FILLER}
        if set(unknown) <= side and named:
            return frozenset(unknown)
    inner, outer = sides
    own = outer & set(unknown)
    names_food = any(w in index.head_postings for w in outer - own - FILLER - STATES)
    named = {w for w in inner - outer - FILLER - STATES if w in index.postings}
    if own and not names_food and named:
        return frozenset(own)
    return frozenset()


#: What a name's details say the food is made or served with ("Oatmeal, made with milk").
_WITH = re.compile(r",[^,]*?\bwith ([^,()]*)")
_MADE_WITH = re.compile(r"\b(?:made|cooked|prepared) with ([^,()]*)")


def _may_correct(index: FoodIndex, word: str) -> bool:
    """Whether some word of the index may be within :data:`_SPELLING_CUTOFF` of ``word`` by
    rapidfuzz's ``fuzz.ratio``: twice the length of their longest common subsequence over
    their lengths together, on 0-100. Loading rapidfuzz takes about 25 ms, and most unknown
    words (brands, foods USDA does not have) are near no known word: the letters two words
    share bound their common subsequence, which rules out nearly every word at once, and
    the few left are measured. A word this passes is looked up by rapidfuzz itself, so the
    word found is always rapidfuzz's."""
    alphabet, counts, lengths = index.letters
    mine = Counter(c for c in word if c in alphabet)  # a letter no word has is shared by none
    columns = [alphabet[c] for c in mine]
    shared = np.minimum(counts[:, columns], np.array(list(mine.values()))).sum(axis=1)
    # Within a millionth of a point, so that rounding never rules out rapidfuzz's answer.
    cutoff = _SPELLING_CUTOFF - 1e-6
    bound = 200.0 * shared / (len(word) + lengths)
    return any(
        200.0 * _common_subsequence(word, index.vocabulary[k]) / (len(word) + lengths[k]) >= cutoff
        for k in np.flatnonzero(bound >= cutoff).tolist()
    )


#: Words a slip is fixed in: two letters swapped from this length ("appel", "mlik"), one
#: vowel written for another from this one ("salmen"), where rapidfuzz's ratio is too low
#: to say (a swap in a five-letter word scores 80). A vowel is fixed only to a word this
#: many foods have, so that a rare food's word does not take a dish's ("nigiri" is no
#: "nigari", the tofu coagulant four foods name).
_SWAP_MIN_LENGTH = 4
_SUBSTITUTE_MIN_LENGTH = 5
_SUBSTITUTE_MIN_FOODS = 5
_ANY_LETTER_MIN_LENGTH = 6
_VOWELS = "aeiouy"


def _slipped(index: FoodIndex, word: str, corrected: dict[str, str]) -> str | None:
    """The one known word ``word`` is a slip of, recorded in ``corrected``, or None.

    Two neighbouring letters swapped, else (in longer words) one vowel for another, else
    (in longer words still) any letter for another; only when exactly one known word is
    that slip away, so that a fix is never a guess between two.
    """
    if not word.isalpha():
        return None
    found: set[str] = set()
    if len(word) >= _SWAP_MIN_LENGTH:
        found = {
            w
            for i in range(len(word) - 1)
            if word[i] != word[i + 1]
            and (w := word[:i] + word[i + 1] + word[i] + word[i + 2 :]) in index.postings
        }
    if not found and len(word) >= _SUBSTITUTE_MIN_LENGTH:
        found = {
            w
            for i in range(len(word))
            if word[i] in _VOWELS
            for c in _VOWELS
            if c != word[i]
            and len(index.postings.get(w := word[:i] + c + word[i + 1 :], ()))
            >= _SUBSTITUTE_MIN_FOODS
        }
    if not found and len(word) >= _ANY_LETTER_MIN_LENGTH:
        # One letter for another in a long word ("chesse", "salmom"), to a word many foods
        # have: in a long word, a single slip is rarely another word.
        found = {
            w
            for i in range(len(word))
            for c in "abcdefghijklmnopqrstuvwxyz"
            if c != word[i]
            and len(index.postings.get(w := word[:i] + c + word[i + 1 :], ()))
            >= _SUBSTITUTE_MIN_FOODS
        }
    if len(found) != 1:
        return None
    fixed = found.pop()
    corrected[word] = fixed
    return fixed


def _common_subsequence(a: str, b: str) -> int:
    """The length of the longest common subsequence of ``a`` and ``b``."""
    row = [0] * (len(b) + 1)
    for x in a:
        diagonal = 0
        for j, y in enumerate(b, start=1):
            above = row[j]
            row[j] = diagonal + 1 if x == y else max(row[j - 1], above)
            diagonal = above
    return row[-1]


class Ranking(NamedTuple):
    """Foods ranked for a query, best first.

    Attributes
    ----------
    positions : numpy.ndarray
        Row positions in the food table.
    score : numpy.ndarray
        The ranking score of each [points, about 0-100].
    coverage : numpy.ndarray
        The share of the query's informative words each food has (0-1), unknown words
        included, so 1 means every word was found.
    head_extra : numpy.ndarray
        The points of informative words in each food's own name that the query lacks.
    """

    positions: npt.NDArray[np.intp]
    score: npt.NDArray[np.float64]
    coverage: npt.NDArray[np.float64]
    head_extra: npt.NDArray[np.float64]


def rank_foods(
    index: FoodIndex, query: Query, *, within: npt.NDArray[np.intp] | None = None
) -> Ranking:
    """Score the foods that share a word with ``query``, best first (see :class:`Ranking`)."""
    pool, parts, coverage = score_parts(index, query, within=within)
    score = sum((v for k, v in parts.items() if k in SCORED), np.zeros(len(pool)))
    order = np.lexsort((pool, -score))
    head_extra = parts.get("head_extra", np.zeros(len(pool)))
    return Ranking(pool[order], score[order], coverage[order], head_extra[order])


#: The parts of :func:`score_parts` that add up to the score.
SCORED = ("coverage", "preparation", "extra", "dish", "variant", "salt", "prior")


def score_parts(
    index: FoodIndex, query: Query, *, within: npt.NDArray[np.intp] | None = None
) -> tuple[npt.NDArray[np.intp], dict[str, npt.NDArray[np.float64]], npt.NDArray[np.float64]]:
    """The parts of each food's score (see the module's description), unsorted."""
    known = [w for w in query.content if w in index.postings]
    if within is not None:
        pool = np.asarray(within, dtype=np.intp)
    elif known:
        pool = _union(len(index.food_ids), [index.postings[w] for w in known])
    else:
        return np.array([], dtype=np.intp), {}, np.array([])
    preparation = _preparation(index, query, pool)
    # A word of the name that only foods in another state have is no word to find: the
    # state comes first ("Onion, Yellow, Medium" is a raw onion, though USDA's only yellow
    # onion is sauteed).
    elsewhere = _only_in_other_states(index, query, pool, known)
    weight = {
        w: 0.0 if w in elsewhere else index.weights.get(w, _UNKNOWN_WEIGHT) for w in query.content
    }
    total = sum(weight.values()) or 1.0
    found = np.zeros(len(pool))
    in_head = np.zeros(len(pool))
    head_hit_cost = np.zeros(len(pool))
    rest_hit_cost = np.zeros(len(pool))
    dish_hits = np.zeros(len(pool))
    variant_hits = np.zeros(len(pool))
    # A word the query itself gives as a detail ("top sirloin" of "beef, top sirloin") is
    # where it belongs in the details of a food whose head is the query's ("Beef, top
    # sirloin, steak, ..."), not of another food ("Filet mignon (beef tenderloin steak)"
    # against "Beef, loin, tenderloin steak").
    details = set(query.words.rest) - set(query.words.head)
    heads_agree = np.zeros(len(pool), dtype=bool)
    for word in set(query.words.head) & set(known):
        heads_agree |= _among(pool, index.head_postings.get(word, _NONE))
    in_kind = np.zeros(len(pool))
    named = np.zeros(len(pool))
    for word in known:
        has = _among(pool, index.postings[word])
        head = _among(pool, index.head_postings.get(word, _NONE))
        found += weight[word] * has
        if word in details:
            in_head += weight[word] * ((has & heads_agree) | head)
        else:
            in_head += weight[word] * head
            # A dish the query names is a dish, not a cut ("beef stew" and "Beef, stew meat").
            kind = _among(pool, index.kind_postings.get(word, _NONE)) & (word not in DISHES)
            in_kind += weight[word] * (kind & ~head)
            named += head | kind
        head_hit_cost += _word_cost(word, index.weights[word]) * head
        if word in FREE_AS_CATEGORY:
            # The query has the ingredient a dish's added cost counts ("... and cheese").
            head_hit_cost += min(index.weights[word], 5.0) * (head & (index.added_cost[pool] > 0))
        rest_hit_cost += index.rest_weights[word] * (has & ~head)
        if is_variant(word):
            variant_hits += has
        if word in DISHES or word in NOT_THE_FOOD:
            dish_hits += head if word not in NOT_THE_FOOD else has
    for state in query.states:
        # A state that makes a food another ("pickled") is asked for when the name says it.
        if state in NOT_THE_FOOD:
            dish_hits += _among(pool, index.postings.get(state, _NONE))
    coverage = found / total
    # A meat named "Species, kind" whose species and kind are the query's own name, species
    # first, has it in its head ("Pork, fresh, loin" for "pork loin", as "Pork loin,
    # backribs" has). Other foods are left alone: the noun of their name may come first or
    # last ("cottage cheese" is "Cheese, cottage", "milk chocolate" is not "Milk,
    # chocolate"), and reading either way changed which of a name's kinds was matched
    # ("Brown Rice, Dry": medium-grain or long-grain, 33 or 9 mg calcium per 100 g).
    # Whether the skin was eaten, or the cut has its bone, is a property of the food, no part
    # of its name ("grilled chicken breast, boneless skinless" is named "chicken breast").
    own_name = [
        w
        for w in dict.fromkeys(query.words.head)
        if w in known and w not in details and w not in _PROPERTIES
    ]
    # Foods that are another food than the name's, though they have its words (each counts).
    other_food = np.zeros(len(pool))
    if own_name:
        species = index.species_first[pool] & _among(
            pool, index.head_postings.get(own_name[0], _NONE)
        )
        in_head += in_kind * (species & (named == len(own_name)))
        # A food whose own name is only a word a name need not say, a category ("Cheese,
        # feta"; "Nuts, almonds"), is named by its kind: "feta" is all of "Cheese, feta".
        # A variant alone names no food ("Low Fat" is no "Cheese, low fat, cheddar").
        if not all(is_variant(w) for w in own_name):
            category_only = index.head_cost[pool] == 0
            in_head += in_kind * (category_only & ~species & (named == len(own_name)))
        if len(own_name) > 1 and all(w in index.kind_postings for w in own_name):
            # A meat's cut named without its species is the whole kind ("flank steak" is
            # "Beef, flank, steak, ...").
            whole_kind = index.species_first[pool].copy()
            for w in own_name:
                whole_kind &= _among(pool, index.kind_postings[w])
            in_head += in_kind * whole_kind
    if len(own_name) > 1:
        # English puts the noun last and USDA first, with the kind after it: "quail eggs" is
        # "Egg, quail, whole, fresh, raw", "oatmeal bread" is "Bread, oatmeal". A food whose
        # own name is the name's last word, and nothing more, with the name's other words as
        # its kind, has the whole name in its head.
        noun = _among(pool, index.head_postings.get(own_name[-1], _NONE))
        plain_head = index.head_cost[pool] <= head_hit_cost
        in_head += in_kind * (noun & plain_head & (named == len(own_name)))
        # The same words in the other order name another food: "milk chocolate" is no
        # "Chocolate milk, whole", whose noun is milk.
        other_noun = sum(
            (_among(pool, index.noun_postings.get(w, _NONE)) for w in own_name[:-1]),
            np.zeros(len(pool)),
        )
        other_food += (
            noun & (other_noun > 0) & ~_among(pool, index.noun_postings.get(own_name[-1], _NONE))
        )
    if query.ingredients:
        # What the food is made with is not the food: oat milk is no oatmeal made with milk.
        made_of = sum(
            (_among(pool, index.head_postings.get(w, _NONE)) for w in query.ingredients),
            np.zeros(len(pool)),
        )
        other_food += made_of > 0
    states_hit = sum(
        (_among(pool, index.postings.get(s, _NONE)) for s in query.states if s not in RAW),
        np.zeros(len(pool)),
    )
    if any(s in RAW for s in query.states):
        # Raw, uncooked and dry say the same: the food's word is the query's.
        states_hit += index.raw[pool]
    if "sauce" not in query.words.all:
        # A dish the name asks for, in its sauce, is that dish: "tuna noodle casserole" is
        # FNDDS's "Tuna noodle casserole with cream or white sauce", not one with vegetables
        # the name does not give.
        dish_hits += _among(pool, index.head_postings.get("sauce", _NONE)) & (dish_hits > 0)
    # A food the query names by its whole trade name, and by no word of its head, needs
    # none of its head's words more ("doritos" is "Tortilla chips, nacho cheese flavor
    # (Doritos)"); a query that names some of the head is measured by it ("Whopper Jr" is no
    # "Whopper Jr with cheese (Burger King)").
    trade_said = _trade_said(index, query, pool)
    head_extra = (
        _HEAD_EXTRA
        * np.maximum(index.head_cost[pool] - head_hit_cost, 0.0)
        * ~(trade_said & (head_hit_cost == 0))
    )
    word_extra = head_extra + _REST_EXTRA * np.maximum(index.rest_cost[pool] - rest_hit_cost, 0.0)
    extra = word_extra + _STATE_EXTRA * np.maximum(index.state_count[pool] - states_hit, 0.0)
    parts = {
        "coverage": _COVERAGE
        * (_HEAD_SHARE * coverage + (1.0 - _HEAD_SHARE) * np.minimum(in_head / total, coverage)),
        "preparation": preparation - _form_unsaid(index, query, pool, coverage),
        "extra": -np.minimum(extra, _EXTRA_CAP),
        "dish": -_DISH
        * (
            # A category ("Snacks, popcorn"; "Candies, milk chocolate") is no dish when the
            # query names all of the food ("popcorn"), only when it names less ("potato").
            (index.dish_count[pool] - index.category_dish[pool] * (head_extra == 0) - dish_hits > 0)
            | (index.combined[pool] & ~query.words.combined)
        )
        # A food the query names by its whole trade name is what it asks for, dish or not
        # ("almond joy" of "Candies, ALMOND JOY Candy Bar"; "big mac").
        # (FNDDS's brand in brackets only when the query names nothing else of the food: it
        # names a restaurant's every burger, "Whopper Jr" and "Whopper Jr with cheese (Burger
        # King)").
        * ~(trade_said & (index.sr28[pool] | (head_hit_cost == 0)))
        - _CONFLICT * other_food
        - _NOUN_MISSED * _noun_missed(index, query, pool),
        "variant": -_VARIANT
        * np.maximum(
            index.variant_count[pool]
            - variant_hits
            - (query.salt == "unsalted")
            * (
                _among(pool, index.postings.get(_NO_SALT, _NONE))
                # "No salt added" asks for the low-sodium product where that is all there is
                # ("Catsup, low sodium").
                | _among(pool, index.postings.get("sodium", _NONE))
            ),
            0.0,
        ),
        "salt": _salt_and_source(index, query, pool, coverage >= _COMPLETE),
        # An article food ranks first among equals: not before a food prepared as the
        # query says when it is prepared otherwise ("grilled chicken breast" is not the
        # articles' roasted breast).
        "prior": index.prior[pool]
        # A branded or restaurant food is what a name that says its maker asks for ("burger
        # king double cheeseburger" is SR28's "BURGER KING, Double Cheeseburger").
        + _maker_said(index, query, pool) * (_NICHE + _BRANDED)
        - _ARTICLE * (index.article[pool] & ~_as_stated(index, query, pool))
        # A food USDA gives no mineral for is no answer for this tool when another fits
        # ("Alcoholic Beverage, wine, table, red, Cabernet Sauvignon" has none of potassium,
        # magnesium, calcium and sodium; "..., wine, table, red" has all four).
        - _NO_MINERALS * index.no_minerals[pool]
        # A cut the name says ("broccoli spears") is the food cut so, before another cut.
        + _RAW_SAID * _said_cuts(index, query, pool),
    }
    # Not part of the score: what the food's own name says beyond the query's words.
    parts_extra = {"head_extra": head_extra}
    return pool, parts | parts_extra, coverage


def _maker_said(
    index: FoodIndex, query: Query, pool: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """The restaurant foods (:attr:`FoodIndex.niche`) whose maker's words
    (:attr:`FoodIndex.maker`) the query all says: only their score changes when it does."""
    return _said_whole(index.maker, query, pool, among=index.niche[pool])


def _trade_said(
    index: FoodIndex, query: Query, pool: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """The foods one of whose trade names (:attr:`FoodIndex.trade`) the query says whole."""
    return _said_whole(index.trade, query, pool)


def _said_whole(
    names: npt.NDArray[np.object_],
    query: Query,
    pool: npt.NDArray[np.intp],
    *,
    among: npt.NDArray[np.bool_] | None = None,
) -> npt.NDArray[np.bool_]:
    """The foods of ``pool`` (those of ``among`` only, when given) one of whose names, runs of
    words "|"-separated in ``names``, the query says every word of."""
    said = np.zeros(len(pool), dtype=bool)
    words = query.words.all
    named = names[pool] != ""
    for k in np.flatnonzero(named if among is None else named & among).tolist():
        said[k] = any(set(run.split()) <= words for run in names[pool[k]].split("|"))
    return said


def _noun(query: Query) -> list[str]:
    """The name's noun, its last word that is no filler or state, as a list of one (or none):
    "oatmeal bread" is bread."""
    return [w for w in query.words.head if w not in FILLER and w not in STATES][-1:]


def _noun_missed(
    index: FoodIndex, query: Query, pool: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """Foods without the name's noun, its last word, when that is a dish (:data:`_DISH_NOUNS`)
    some food is: "red lentil soup" is a soup ("Soup, lentil"), not "Lentils, pink or red,
    raw"; "honey walnut baklava" is baklava, not "Walnuts, honey roasted"."""
    noun = _noun(query)
    if (
        not noun
        or noun[0] not in _DISH_NOUNS
        or noun[0] not in index.postings
        or noun[0] in query.corrected.values()
    ):
        return np.zeros(len(pool), dtype=bool)
    has = _among(pool, index.postings[noun[0]])
    return ~has if has.any() else has


def _state_conflicts(
    index: FoodIndex, query: Query, pool: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """The foods in a state that contradicts one the name states (as :func:`_preparation`
    scores them): not cooked for a way of cooking, cooked, processed or in an unasked form
    for raw, not in a form the name says."""
    raw, cooked = index.raw[pool], index.cooked[pool]
    asks_form = any(s in FORMS for s in query.states)
    out = np.zeros(len(pool), dtype=bool)
    for state in query.states:
        exact = _among(pool, index.postings.get(state, _NONE))
        if state in COOKED:
            out |= raw & ~cooked & ~exact
        elif state in RAW:
            out |= (cooked | index.processed[pool]) & ~exact & ~raw
            if not asks_form:
                # Frozen, canned or dried is no raw food as bought, unless the name says it
                # ("Noodles, Egg, Spinach, Dry").
                out |= index.form[pool] & ~exact
        elif state in FORMS:
            out |= ~exact
    return out


def _form_unsaid(
    index: FoodIndex, query: Query, pool: npt.NDArray[np.intp], coverage: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Points off a frozen food when the name says how the food was cooked but not that it
    was frozen, and a food with all its words was not: "Asparagus, Boiled" is fresh asparagus
    boiled, not frozen ("Asparagus, frozen, cooked, boiled, ...")."""
    if not any(s in COOKED for s in query.states) or any(s in FORMS for s in query.states):
        return np.zeros(len(pool))
    frozen = _among(pool, index.postings.get("frozen", _NONE))
    if not ((coverage >= _COMPLETE) & ~frozen).any():
        return np.zeros(len(pool))  # every such food was frozen: no fresh one to prefer
    return np.asarray(_DEFAULT_STATE * frozen, dtype=np.float64)


def _only_in_other_states(
    index: FoodIndex, query: Query, pool: npt.NDArray[np.intp], known: list[str]
) -> set[str]:
    """The details of a name which, among the foods with every word of its own name, only
    foods in another state have: "leaf" of "Spinach, Raw, Leaf" or of "Baby Spinach Leaves",
    which only frozen spinach says. A name that does not say frozen means a food that was
    not; the other states are preferences unless the name states one."""
    own = [w for w in query.words.head if w in known and w not in STATES]
    if not own:
        return set()
    base = np.ones(len(pool), dtype=bool)
    for word in own:
        base &= _among(pool, index.postings[word])
    other = _state_conflicts(index, query, pool) if query.states else np.zeros(len(pool), bool)
    if "frozen" not in query.states:
        other |= _among(pool, index.postings.get("frozen", _NONE))
    fits = base & ~other
    out = set()
    for word in known:
        # Only a detail: the name's own name says which food, whatever its state.
        if word in query.words.head or word in STATES:
            continue
        has = base & _among(pool, index.postings[word])
        if has.any() and not (has & fits).any():
            out.add(word)
    return out


#: Words of how a food is cut, free on either side (:data:`FILLER`), that still tell two
#: foods apart when a name says one ("Broccoli, frozen, spears" and "..., chopped").
_CUTS = (
    "spear",
    "stalk",
    "floret",
    "slice",
    "sliced",
    "chopped",
    "diced",
    "shredded",
    "cube",
    "grated",
)
_NO_MINERALS = 5.0


def _said_cuts(index: FoodIndex, query: Query, pool: npt.NDArray[np.intp]) -> npt.NDArray[np.bool_]:
    said = [w for w in _CUTS if w in query.words.all]
    out = np.zeros(len(pool), dtype=bool)
    for word in said:
        out |= _among(pool, index.postings.get(word, _NONE))
    return out


def _as_stated(index: FoodIndex, query: Query, pool: npt.NDArray[np.intp]) -> npt.NDArray[np.bool_]:
    """Whether each food has every preparation word the query names."""
    out = np.ones(len(pool), dtype=bool)
    for state in query.states:
        out &= _among(pool, index.postings.get(state, _NONE))
    return out


def _in_forms_said(
    index: FoodIndex, query: Query, pool: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """Whether each food is in every form the query names (canned, drained, frozen, dried):
    the ways of cooking aside, which any cooked food satisfies."""
    out = np.ones(len(pool), dtype=bool)
    for state in query.states:
        if state not in COOKED and state not in RAW:
            out &= _among(pool, index.postings.get(state, _NONE))
    return out


def explain(index: FoodIndex, text: str, food_ids: list[str]) -> pd.DataFrame:
    """Each part of the named foods' scores for ``text``: for reviewing the ranking."""
    query = parse_query(index, text)
    where = {str(f): i for i, f in enumerate(index.food_ids)}
    pool, parts, coverage = score_parts(
        index, query, within=np.array([where[f] for f in food_ids], dtype=np.intp)
    )
    table = pd.DataFrame(parts).assign(coverage_share=coverage)
    table.insert(0, "description", index.descriptions[pool])
    return table.assign(score=table[list(SCORED)].sum(axis=1))


_NONE = np.array([], dtype=np.intp)


def _among(pool: npt.NDArray[np.intp], postings: npt.NDArray[np.intp]) -> npt.NDArray[np.bool_]:
    """Which foods of ``pool`` are in ``postings`` (ascending, as every word's list is):
    a binary search per food, without the sorting and hashing of :func:`numpy.isin`."""
    if not len(postings):
        return np.zeros(len(pool), dtype=bool)
    at = postings.searchsorted(pool)  # the method: np.searchsorted adds a wrapper's call
    np.minimum(at, len(postings) - 1, out=at)
    found: npt.NDArray[np.bool_] = postings[at] == pool
    return found


def _union(size: int, lists: list[npt.NDArray[np.intp]]) -> npt.NDArray[np.intp]:
    """The foods in any of ``lists``, ascending (a mark per food, not a sort)."""
    marked = np.zeros(size, dtype=bool)
    for positions in lists:
        marked[positions] = True
    return np.flatnonzero(marked).astype(np.intp)


def _category_dish(description: str, words: Words) -> int:
    """How many of a food's not-the-food words come only from its category segment."""
    first = words_of(fold(description).split(",")[0])
    if " ".join(first) not in CATEGORIES or "," not in description:
        return 0
    elsewhere = set(words.head) | set(words.rest[len(first) :])
    return len((set(first) & NOT_THE_FOOD) - elsewhere)


def _word_cost(word: str, weight: float) -> float:
    """What a word of a food's name costs when the query lacks it."""
    if word in FREE or word in STATES:
        return 0.0
    return 0.0 if is_variant(word) else min(weight, 5.0)


#: The word of a product sold with no salt added (:mod:`planner.resolve.words`).
_NO_SALT = "nosaltadded"
_COLOURS = frozenset("green red yellow white black brown purple pink golden".split())
#: Foods sold salted as a rule, whose plain name means the usual salted product. Peanut
#: butter is one (one word here, :mod:`planner.resolve.words`): a jar without salt says so
#: ("no salt added", "natural, unsalted"), and SR28's "Peanut butter, smooth style, with
#: salt" (426 mg sodium per 100 g) is the usual one, "..., without salt" (17 mg) the special
#: product. Other nut butters are sold both ways and keep the form without added salt.
_SALTED_AS_SOLD = frozenset(
    {"chip", "pretzel", "cracker", "saltine", "mayonnaise", "dressing", "peanutbutter"}
)
#: Butter and margarine, named alone, are the salted product, as sold ("Butter, salted" is
#: SR28's butter, 643 mg sodium per 100 g; unsalted butter is named so).
_SPREADS = frozenset({"butter", "margarine", "stick", "tub", "whipped", "light"})
#: Preparations that season the food as a rule: a name that asks for one asks for the salt.
_SEASONED = frozenset({"rotisserie"})
#: Words of a name that ask for the spice rather than the plant.
_SPICE_WORDS = frozenset({"spice", "seed", "powder", "ground"})
#: Birds eaten with or without the skin. A name that says nothing of the skin means the meat
#: only, as USDA's survey codes it: FNDDS 2021-2023 gives "Chicken, NS as to part, baked,
#: broiled, or roasted, NS as to skin eaten" the values of "... skin not eaten" (165 kcal,
#: 311 mg potassium, 5.32 g fat per 100 g: fndds:24102000 and fndds:24102020 in
#: ``data/foods.csv``), not those of "skin eaten" (203 kcal, 10.8 g fat).
_POULTRY = frozenset({"chicken", "turkey", "duck", "goose", "hen"})
#: A meat's properties that a name may put among the words of its name.
_PROPERTIES = frozenset({"skinon", "skinoff", "boneless", "bonein"})
#: Words that name a meat.
_MEATS = _POULTRY | frozenset({"meat", "pork", "beef", "lamb", "veal", "goat", "ham", "bacon"})


def _preparation(
    index: FoodIndex, query: Query, pool: npt.NDArray[np.intp]
) -> npt.NDArray[np.float64]:
    raw, cooked, form = index.raw[pool], index.cooked[pool], index.form[pool]
    processed = index.processed[pool]
    asks_cooked = any(s in COOKED for s in query.states)
    asks_form = any(s in FORMS for s in query.states)
    # The name's noun, its last word, is what is eaten cooked: "oatmeal bread" is bread.
    noun = _noun(query)
    eaten_cooked = bool(noun) and noun[0] in EATEN_COOKED
    points = np.zeros(len(pool))
    if not query.states:
        # Meat, poultry and fish named without a state are the cooked ones, as they are
        # eaten ("cod fillet" is "Fish, cod, Atlantic, cooked, dry heat"; "beef liver" the
        # braised liver), canned fish too; ground meat is sold and weighed raw. The
        # labelled sets disagree here (fresh3 labels "cod fillet" raw, fresh5 to fresh7 a
        # bare fish or steak cooked): a diary records what was eaten.
        ground = _among(pool, index.postings.get("ground", _NONE))
        as_eaten = (index.meat[pool] & ~ground) | eaten_cooked
        preferred = np.where(as_eaten, (cooked | index.processed[pool]) & ~raw, raw | ~cooked)
        points += _PREPARATION - _DEFAULT_STATE * ~preferred
        points += _RAW_SAID * (raw & ~cooked & ~as_eaten)
    else:
        share = _PREPARATION / len(query.states)
        for state in query.states:
            exact = _among(pool, index.postings.get(state, _NONE))
            if state == "roast":
                # A name's "roast" is the way of cooking ("Roast Lamb"); USDA's is also the
                # cut ("Beef, ..., pot roast, cooked, braised").
                exact |= _among(pool, index.postings.get("roasted", _NONE))
            if state in COOKED:
                family, other = _heat_families(
                    index, pool, "roasted" if state == "roast" else state
                )
                points += share * np.where(
                    exact,
                    1.0,
                    np.where(
                        family, _SAME_HEAT, np.where(other, _OTHER_HEAT, np.where(cooked, 0.7, 0.0))
                    ),
                )
                points -= _CONFLICT * (raw & ~cooked & ~exact)
            elif state in RAW:
                # Uncooked grains and legumes are "raw" in SR28 and "dry" or "uncooked" in
                # other foods ("Rice, white, long-grain, regular, raw"; "..., parboiled,
                # dry"): one of these words satisfies another, fully, since they say the same
                # (unlike ways of cooking, which differ).
                # A food that names no state or form is as sold, which for nuts, seeds and
                # fruit is raw ("Nuts, pecans"): it satisfies "raw", less than saying it.
                plain = ~cooked & ~processed & ~form
                points += share * np.where(exact | raw, 1.0, np.where(plain, 0.7, 0.0))
                # Raw is neither cooked nor canned, pickled or dried.
                points -= _CONFLICT * ((cooked | processed) & ~exact)
            else:
                points += share * exact
                if state in FORMS:
                    points -= _CONFLICT / 2 * ~exact
        if set(query.states) & COOKED and "microwaved" not in query.states:
            # Cooked, said no other way, is USDA's usual way (boiled, for a vegetable), and
            # boiled is boiled: neither is microwaved. SR28's frozen yellow corn is 81 kcal per
            # 100 g boiled and drained, 131 kcal microwaved ("Corn, sweet, yellow, frozen,
            # kernels cut off cob, boiled, drained, without salt"; "Corn, yellow, whole kernel,
            # frozen, microwaved").
            points -= _MICROWAVED_UNSAID * _among(pool, index.postings.get("microwaved", _NONE))
        if not asks_cooked and not eaten_cooked:
            # "Kale, Frozen" is frozen kale as bought, not cooked: frozen is the state it is
            # in, and a cooked food is in another (SR28's frozen yellow corn: 75 % water and 88 kcal
            # per 100 g as bought, 68 % and 131 kcal microwaved).
            points -= (_CONFLICT / 2 if "frozen" in query.states else _DEFAULT_STATE) * cooked
    if "prepared" in query.words.all and not query.states:
        # A product named "(prepared)" is made up as directed, not dry as sold ("Instant
        # Grits (prepared)" is not "..., instant, plain, dry").
        points -= _CONFLICT / 2 * (raw & ~cooked)
    homemade = _among(pool, index.postings.get("homemade", _NONE))
    if "homemade" not in query.words.all:
        # Bought, unless the name says home-made: of two foods otherwise alike, the one made
        # at home is the other ("Hummus, commercial" and "Hummus, home prepared").
        points -= _HOMEMADE_UNSAID * homemade
    else:
        # "Cookies, Homemade" are SR28's "prepared from recipe" or FNDDS's "home recipe", not
        # the commercial ones: a preference, since most foods have no home-made form. A
        # recipe's fat ("made with margarine") is part of it, no variant.
        points += _DEFAULT_STATE * homemade
        points += _VARIANT * (homemade & _among(pool, index.postings.get("withfat", _NONE)))
        # A dish made at home is not one bought canned, frozen, as an entree or under a
        # brand ("Macaroni and Cheese, Homemade" is not SR28's "Macaroni and Cheese, canned
        # entree"; "Homemade Meat Lasagna" not "Lasagna, Vegetable, frozen, baked").
        bought = index.branded[pool].copy()
        for word in ("canned", "frozen", "entree", "commercial", "commercially"):
            bought |= _among(pool, index.postings.get(word, _NONE))
        points -= _CONFLICT / 2 * (bought & ~homemade)
    if "canned" in query.states and "drained" not in query.states and noun:
        # A can's usual form is its whole contents ("Peaches, canned, heavy syrup pack,
        # solids and liquids"); drained solids are what a name says is drained, or all USDA
        # has (canned fish).
        # The food is the name's noun, or its first word ("canned peaches in heavy syrup":
        # peaches; "Sardines in Tomato Sauce, Canned": sardines, not tomatoes).
        named = _among(pool, index.head_postings.get(noun[0], _NONE))
        first = [w for w in query.words.head if w in query.content][:1]
        if first:
            named |= _among(pool, index.head_postings.get(first[0], _NONE))
        drained = _among(pool, index.postings.get("drained", _NONE))
        whole = _among(pool, index.postings.get("solid", _NONE)) & named & ~drained
        if whole.any():
            points -= _DEFAULT_STATE * drained
    if not asks_form and not any(w in _SPICE_WORDS for w in query.content):
        points -= _UNASKED_FORM * form
    birds = [w for w in query.content if w in _POULTRY]
    if birds and not {"skinon", "skinoff"} & query.words.all:
        bird = sum(
            (_among(pool, index.head_postings.get(w, _NONE)) for w in birds),
            np.zeros(len(pool), dtype=bool),
        )
        # Wings are eaten with their skin: FNDDS codes chicken wings only so ("Chicken wing,
        # baked or broiled"; no "skin not eaten" form).
        usual = "skinon" if "wing" in query.content else "skinoff"
        points += _DEFAULT_STATE * (bird & _among(pool, index.postings.get(usual, _NONE)))
    if not _GROUND_SAID & query.words.all:
        # A meat named without "ground" or "mince" is a cut or a joint, not ground meat:
        # "Roast Lamb" is SR28's roast leg (17012), not "Lamb, ground, cooked, broiled".
        ground = _among(pool, index.postings.get("ground", _NONE)) & index.species_first[pool]
        points -= _VARIANT * ground
    if _CUT_WORDS & query.words.all and not _SPICE_WORDS & query.words.all:
        # A vegetable or herb named as cut ("Red Pepper, Sliced"; "Ginger, minced") is the
        # fresh one, not the spice ("Spices, pepper, red or cayenne").
        points -= _CONFLICT / 2 * _among(pool, index.postings.get("spice", _NONE))
    if "fat" not in query.words.all:
        # The fat trimmed off a cut is named as fat: "lamb" is no "..., seam fat, raw".
        points -= _CONFLICT / 2 * index.trimmed_fat[pool]
    if _MEATS & query.words.all:
        # A name that says its meat is no food made without meat ("pork dumplings" are not
        # "Dumpling, no meat").
        for word in ("withoutmeat", "meatless", "meatfree"):
            points -= _CONFLICT / 2 * _among(pool, index.postings.get(word, _NONE))
    for word in ("unenriched", "enriched"):
        if word in query.words.all:
            # Enriched or not is no word a name need say (FILLER), but one it says is a tie's
            # rule: "semolina unenriched" is "Semolina, unenriched", not "Semolina, enriched"
            # (their potassium, magnesium, calcium and sodium are the same in SR28).
            points += _SAID_ENRICHMENT * _among(pool, index.postings.get(word, _NONE))
            break
    if "offal" not in query.words.all:
        # Offal (SR28's "variety meats and by-products") is named by its organ: "lamb" alone
        # is no lamb's lungs, "lamb liver" is the liver.
        offal = _among(pool, index.postings.get("offal", _NONE))
        organ = np.zeros(len(pool), dtype=bool)
        for word in query.content:
            organ |= _among(pool, index.kind_postings.get(word, _NONE))
        points -= _CONFLICT / 2 * (offal & ~organ)
    return points


#: Words of a name that say a food was cut (slices, pieces), as only a fresh one can be.
_CUT_WORDS = frozenset({"sliced", "chopped", "diced", "minced", "julienned", "julienne"})
#: Words of a name that ask for ground meat (a diary's "mince" is read as "ground").
_GROUND_SAID = frozenset({"ground", "burger", "hamburger", "patty", "meatball", "meatloaf"})


#: A way of cooking's share of the preparation points when the food is cooked another way
#: of the same kind (baked for roasted), and another way of the other kind (stewed for
#: roasted); a food only said to be cooked has 0.7 of it.
_SAME_HEAT = 0.8
#: Points off a home-made food for a name that does not say home-made.
_HOMEMADE_UNSAID = 1.0
_OTHER_HEAT = 0.55
#: Points to a food that says "enriched" or "unenriched" as the name does: a tie's rule.
_SAID_ENRICHMENT = 0.5


def _heat_families(
    index: FoodIndex, pool: npt.NDArray[np.intp], state: str
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Which foods are cooked by ``state``'s kind of heat, and which only by the other kind."""
    dry, moist = index.dry_heat[pool], index.moist_heat[pool]
    if state in DRY_HEAT:
        return dry, moist & ~dry
    if state in MOIST_HEAT:
        return moist, dry & ~moist
    none = np.zeros(len(pool), dtype=bool)
    return none, none


def _salt_and_source(
    index: FoodIndex,
    query: Query,
    pool: npt.NDArray[np.intp],
    complete: npt.NDArray[np.bool_],
) -> npt.NDArray[np.float64]:
    """Points for salt and source; ``complete`` marks the foods that have every informative
    word of the query."""
    salted, unsalted = index.salted[pool], index.unsalted[pool]
    sr28, cooked = index.sr28[pool], index.cooked[pool]
    if query.salt == "salted":
        # A food whose sodium shows the salt is salted, though less surely than one that
        # says so.
        salty = (index.salty[pool] & ~unsalted & ~salted).astype(np.float64)
        stated = salted.astype(np.float64) - unsalted.astype(np.float64)
        return np.asarray(_SALTED * stated + _SALTED / 2 * salty, dtype=np.float64)
    salted_as_sold = any(w in _SALTED_AS_SOLD for w in query.content) or bool(
        query.content and set(query.content) <= _SPREADS
    )
    points = -(_UNSALTED if salted_as_sold else _SALTED) * salted.astype(np.float64)
    if ("canned" in query.states or salted_as_sold) and query.salt != "unsalted":
        # Canned food and snacks are salted as a rule: "no salt added" is the special product.
        points -= _SALTED / 2 * unsalted
    if query.salt != "unsalted" and "sodium" not in query.words.all:
        # A food low or reduced in sodium is the special product, as one with no salt added
        # is: "Breakfast Sausage, Cooked" is SR28's pan-fried pork sausage (814 mg sodium per
        # 100 g), not "Pork sausage, reduced sodium, cooked" (294 mg), which the salt its
        # sodium shows no longer holds back.
        points -= _SALTED / 2 * (_among(pool, index.postings.get("sodium", _NONE)) & ~salted)
    if query.salt == "unsalted":
        # SR28 cooks without salt unless it says "with salt": its "Sweet potato, cooked,
        # boiled, without skin" is unsalted too, if less surely than a food that says so (a
        # processed food's plain form is the salted product).
        cooked_plain = sr28 & cooked & ~index.processed[pool] & ~salted & ~unsalted
        points += _SALTED * unsalted + _SALTED / 2 * cooked_plain - _SALTED * salted
        if "raw" in query.states:
            # A raw food has no salt added: "raw cashews unsalted" are SR28's raw cashews,
            # not FNDDS's roasted "Cashews, unsalted".
            points += _SALTED * (index.raw[pool] & ~index.processed[pool] & ~salted & ~unsalted)
        # Where no food is sold without salt, the low- or reduced-sodium one is the nearest
        # ("Ketchup, No Salt Added": "Catsup, low sodium", 20 mg sodium per 100 g against
        # 907 mg).
        points += _SALTED / 2 * (_among(pool, index.postings.get("sodium", _NONE)) & ~unsalted)
    if not any(w in DISHES for w in query.content) and not set(query.states) & _SEASONED:
        # FNDDS assumes salt added in cooking unless it says otherwise; SR28 is analysed
        # as prepared without it.
        assumed = (~sr28 & cooked & ~unsalted) | (index.salty[pool] & (not salted_as_sold))
        forms = [s for s in query.states if s not in COOKED and s not in RAW]
        if forms and not (sr28 & complete & _in_forms_said(index, query, pool)).any():
            # SR28 has no food of every word of the name in the form it says ("black beans,
            # canned, drained": SR28 has black beans canned with their liquid only): the
            # survey's food is the food, and salt its description does not state (but its
            # sodium may show) is the only salt held against it.
            assumed = index.salty[pool] & (not salted_as_sold)
        ways = [s for s in query.states if s in COOKED and s != "cooked"]
        if ways and query.salt != "unsalted":
            cooked_so, alike = complete.copy(), complete.copy()
            for way in ways:
                exact = _among(pool, index.postings.get(way, _NONE))
                cooked_so &= exact
                alike &= exact | _heat_families(index, pool, way)[0]
            plain = complete & ~assumed & ~salted
            if cooked_so.any() and (plain & ~alike).any() and not (plain & alike).any():
                # USDA has the food cooked the way the name says, or with the same kind of
                # heat, only with salt (FNDDS's "Peanuts, boiled", 751 mg sodium per 100 g;
                # SR28's "Peanuts, all types, cooked, boiled, with salt"): the salt is the
                # food's, not held against it, lest a food cooked another way win ("Peanuts,
                # all types, dry-roasted, without salt"). SR28's roasted chicken stays the
                # baked chicken, and where no food cooked another way is without salt, the
                # salt still tells foods apart.
                points += _SALTED * (cooked_so & salted)
                assumed &= ~cooked_so
        points += _SR28_PLAIN * sr28 - _ASSUMED_SALT * assumed
    return points
