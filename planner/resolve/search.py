"""Fuzzy search over food descriptions, common and article foods first."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd
from rapidfuzz import fuzz, process, utils

#: Ranking nudges, in points on rapidfuzz's 0-100 scale. Small enough that a much better
#: text match still wins, large enough to order foods that match a short query equally well.
_ARTICLE_BONUS = 6.0
_SURVEY_BONUS = 3.0
_LEADING_WORD_BONUS = 8.0
_BRANDED_PENALTY = 4.0
_NICHE_GROUP_PENALTY = 6.0
_NICHE_GROUPS = frozenset(
    {"Baby Foods", "American Indian/Alaska Native Foods", "Restaurant Foods", "Fast Foods"}
)


@dataclass(frozen=True)
class SearchIndex:
    """Food descriptions prepared once for repeated searches."""

    food_ids: npt.NDArray[np.object_]
    descriptions: npt.NDArray[np.object_]
    choices: list[str]
    prior: npt.NDArray[np.float64]
    first_stems: npt.NDArray[np.object_]  # singular of each description's first word
    texts: pd.Series  # ``choices`` as a string column, for fast substring tests


def build_search_index(foods: pd.DataFrame, *, article_ids: pd.Series | None = None) -> SearchIndex:
    """Prepare the food table for :func:`search_foods`.

    Parameters
    ----------
    foods : pandas.DataFrame
        The food table (:func:`planner.fooddb.tables.load_foods`).
    article_ids : pandas.Series, optional
        ``food_id`` of the article foods, which rank first among equal matches.
    """
    common = foods["common_name"].fillna("")
    text = (foods["description"] + np.where(common != "", " " + common, "")).map(
        utils.default_process
    )
    first = text.str.split(" ", n=1).str[0]
    prior = np.zeros(len(foods))
    if article_ids is not None:
        prior += _ARTICLE_BONUS * foods["food_id"].isin(article_ids).to_numpy()
    prior += _SURVEY_BONUS * foods["survey_food"].to_numpy(dtype=bool)
    prior -= _BRANDED_PENALTY * foods["manufacturer"].notna().to_numpy()
    prior -= _NICHE_GROUP_PENALTY * foods["food_group"].isin(_NICHE_GROUPS).to_numpy()
    # Shorter descriptions are the plainer foods ("Bananas, raw" before "Bananas, dehydrated,
    # or banana powder"); at most a 3-point nudge.
    prior -= np.minimum(text.str.len().to_numpy() / 40.0, 3.0)
    return SearchIndex(
        food_ids=foods["food_id"].to_numpy(dtype=object),
        descriptions=foods["description"].to_numpy(dtype=object),
        choices=text.tolist(),
        prior=prior,
        first_stems=np.array([_stem(w) for w in first], dtype=object),
        texts=pd.Series(text.tolist(), dtype=str),
    )


def search_foods(index: SearchIndex, query: str, *, limit: int = 10) -> pd.DataFrame:
    """Foods whose description best matches ``query``.

    Parameters
    ----------
    index : SearchIndex
        From :func:`build_search_index`.
    query : str
        Free text, e.g. "banana" or "coconut water".
    limit : int
        Most rows returned.

    Returns
    -------
    pandas.DataFrame
        ``food_id``, ``description`` and ``score`` (text similarity 0-100 plus ranking nudges),
        best first. Empty when the query has no letters or digits.
    """
    processed = utils.default_process(query)
    if not processed or limit < 1:
        return pd.DataFrame({"food_id": [], "description": [], "score": []})
    candidates = _containing_every_word(index, processed)
    if len(candidates) < limit:
        # Too few literal hits (a typo, another spelling): score the whole table.
        candidates = np.arange(len(index.choices))
    texts = [index.choices[i] for i in candidates]
    similarity = process.cdist([processed], texts, scorer=fuzz.WRatio, dtype=np.float32, workers=1)[
        0
    ].astype(np.float64)
    lead = _stem(processed.split(" ", 1)[0])
    leading = index.first_stems[candidates] == lead
    score = similarity + index.prior[candidates] + _LEADING_WORD_BONUS * leading
    order = np.argsort(-score, kind="stable")[:limit]
    top = candidates[order]
    return pd.DataFrame(
        {
            "food_id": index.food_ids[top].astype(str),
            "description": index.descriptions[top].astype(str),
            "score": score[order],
        }
    )


def _containing_every_word(index: SearchIndex, processed: str) -> npt.NDArray[np.intp]:
    """Positions of foods whose text contains the stem of every query word."""
    mask = np.ones(len(index.choices), dtype=bool)
    for word in processed.split():
        mask &= index.texts.str.contains(_stem(word), regex=False).to_numpy(dtype=bool)
    return np.flatnonzero(mask)


def _stem(word: str) -> str:
    """Crude singular: "potatoes" -> "potato", "almonds" -> "almond"; short words kept."""
    if len(word) > 4 and word.endswith("oes"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
