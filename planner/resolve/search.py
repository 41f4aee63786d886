"""The food search box: foods ranked for what a person types, best first.

The ranking is :mod:`planner.resolve.ranking`'s, shared with diary names. A misspelt word is
replaced by the closest word any food has ("bananna" -> "banana"); a query none of whose
words is known, even after that, finds nothing rather than the least bad food.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from planner.fooddb.cache import file_key, read_records, write_records
from planner.fooddb.tables import data_dir, load_article_foods, load_foods
from planner.resolve.ranking import (
    FoodIndex,
    build_food_index,
    cached_food_index,
    parse_query,
    plain_tokens,
    rank_foods,
)

#: The prepared food table; searching and name matching share it.
SearchIndex = FoodIndex

#: Results whose score falls this far below the best are dropped (they share only a common
#: word with the query).
_WITHIN_POINTS = 45.0
#: Words a query must have for a food that is it word for word to come first: shorter ones
#: ("egg"; "black beans") name many foods, and the ranking chooses among them.
_WORD_FOR_WORD_MIN = 3


def build_search_index(foods: pd.DataFrame, *, article_ids: pd.Series | None = None) -> FoodIndex:
    """Prepare the food table for :func:`search_foods` (see :func:`build_food_index`)."""
    return build_food_index(foods, article_ids=article_ids)


#: What a key in the binary cache looks like (:func:`planner.fooddb.cache.key_of`).
_KEY = re.compile(r"[0-9a-f]{32}")


def data_search_index(directory: Path | None = None) -> FoodIndex:
    """The index of the data folder's food table and article foods: the same as
    :func:`build_search_index` of :func:`~planner.fooddb.tables.load_foods` with
    :func:`~planner.fooddb.tables.load_article_foods`, found without them.

    The index is kept in the binary cache under a key made from the food table's columns,
    which takes hashing 14,220 rows of text to compute (about 12 ms, paid by every command
    that matches names). That key is kept in turn under the key of the two files' bytes (and
    the code, as every cache key), so a command that has the files' key reads the index
    directly; a change to either file or to the code gives another files' key, and the index
    is then found or built from the tables as before. A missing, damaged or odd record is
    only a slower start.
    """
    folder = directory or data_dir()
    try:
        files = file_key(folder / "foods.csv", folder / "article_foods.csv")
    except OSError:
        files = ""  # the loaders below say what is wrong with the files
    if files:
        record = read_records("food-index-of-files", files).get("index")
        kept = record.get("key") if isinstance(record, dict) else None
        if isinstance(kept, str) and _KEY.fullmatch(kept):
            index = cached_food_index(kept)
            if index is not None:
                return index
    index = build_search_index(
        load_foods(folder), article_ids=load_article_foods(folder)["food_id"]
    )
    if files and index.key:
        write_records("food-index-of-files", files, {"index": {"key": index.key}})
    return index


def search_foods(index: FoodIndex, query: str, *, limit: int = 10) -> pd.DataFrame:
    """Foods whose description best matches ``query``.

    Parameters
    ----------
    index : FoodIndex
        From :func:`build_search_index`.
    query : str
        Free text, e.g. "banana", "hard boiled egg" or "courgette".
    limit : int
        Most rows returned.

    Returns
    -------
    pandas.DataFrame
        ``food_id``, ``description`` and ``score`` (the ranking score, about 0-100), best
        first. Empty when no word of the query is a word of any food (gibberish), or when
        some word is none and the others are only close to one.
    """
    parsed = parse_query(index, query)
    fixed = set(parsed.corrected.values())
    # A query whose every word is unknown or only near a food's word ("zorbnik plaf": no
    # word of it is a food's, "plaf" is one letter from "pilaf") is gibberish too.
    said = [w for w in parsed.content if w in index.postings and w not in fixed]
    if limit < 1 or (not said and (parsed.unknown or not fixed)):
        return pd.DataFrame(
            {
                "food_id": pd.Series(dtype=str),
                "description": pd.Series(dtype=str),
                "score": pd.Series(dtype="float64"),
            }
        )
    positions, score, _, _ = rank_foods(index, parsed)
    typed = plain_tokens(query)
    if len(typed.split()) >= _WORD_FOR_WORD_MIN and typed in index.by_tokens:
        # A query that is a food's description word for word ("beef ground raw"; "topping
        # from meat and vegetable pizza") asks for that food: it comes first, scored as the
        # best.
        first = np.isin(positions, index.by_tokens[typed])
        if first.any():
            order = np.argsort(~first, kind="stable")
            positions, score = positions[order], score[order].copy()
            n = int(first.sum())
            score[:n] = np.maximum(score[:n], score[n:].max(initial=0.0))
    keep = score >= score[0] - _WITHIN_POINTS
    positions, score = positions[keep][:limit], score[keep][:limit]
    return pd.DataFrame(
        {
            "food_id": index.food_ids[positions].astype(str),
            "description": index.descriptions[positions].astype(str),
            "score": score,
        }
    )
