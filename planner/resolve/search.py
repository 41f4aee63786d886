"""The food search box: foods ranked for what a person types, best first.

The ranking is :mod:`planner.resolve.ranking`'s, shared with diary names. A misspelt word is
replaced by the closest word any food has ("bananna" -> "banana"); a query none of whose
words is known, even after that, finds nothing rather than the least bad food.
"""

from __future__ import annotations

import pandas as pd

from planner.resolve.ranking import FoodIndex, build_food_index, parse_query, rank_foods

#: The prepared food table; searching and name matching share it.
SearchIndex = FoodIndex

#: Results whose score falls this far below the best are dropped (they share only a common
#: word with the query).
_WITHIN_POINTS = 45.0


def build_search_index(foods: pd.DataFrame, *, article_ids: pd.Series | None = None) -> FoodIndex:
    """Prepare the food table for :func:`search_foods` (see :func:`build_food_index`)."""
    return build_food_index(foods, article_ids=article_ids)


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
        first. Empty when no word of the query is a word of any food (gibberish).
    """
    parsed = parse_query(index, query)
    if limit < 1 or not any(w in index.postings for w in parsed.content):
        return pd.DataFrame(
            {
                "food_id": pd.Series(dtype=str),
                "description": pd.Series(dtype=str),
                "score": pd.Series(dtype="float64"),
            }
        )
    positions, score, _, _ = rank_foods(index, parsed)
    keep = score >= score[0] - _WITHIN_POINTS
    positions, score = positions[keep][:limit], score[keep][:limit]
    return pd.DataFrame(
        {
            "food_id": index.food_ids[positions].astype(str),
            "description": index.descriptions[positions].astype(str),
            "score": score,
        }
    )
