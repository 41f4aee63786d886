"""Matching the food names of a diary to the food database, one distinct name at a time.

Tracker names and USDA descriptions differ in order, number and wording ("Banana, Fresh"
against "Bananas, raw"; "Publix, Whole Milk"; "Lentils, Cooked from Dried"). Both sides are
normalised the same way: lower case, brand prefixes dropped, tracker words mapped to USDA
words ("fresh" is "raw", "cooked from dried" is "from dried"), each word made singular, and the
words sorted. Candidates are the foods sharing the most informative words with the name;
rapidfuzz's ``WRatio`` scores them 0-100. A name scoring below :data:`MATCH_THRESHOLD` is
unmatched and its best candidates are offered: the planner never guesses.

Supplements and medicines, quick-add entries ("Calories", "Protein") and names the user maps
to nothing are recognised and skipped with a reason.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd
from rapidfuzz import fuzz, process

from planner.resolve.search import SearchIndex

#: Lowest score at which a name is matched without the user's confirmation.
MATCH_THRESHOLD = 88.0
#: Candidates offered for a name.
CANDIDATES = 3
#: Foods scored per name, after the word prefilter.
_SHORTLIST = 40
#: Weight of the ranking prior (article, survey and plain foods first) in choosing a match.
_PRIOR_WEIGHT = 0.5
#: Shares of the score: text similarity (0-100 scaled), name coverage, food coverage.
_TEXT_SHARE, _NAME_COVERAGE, _FOOD_COVERAGE = 0.5, 30.0, 20.0
_UNKNOWN_WORD_WEIGHT = 5.0
_SCORER = fuzz.WRatio
_RAW_BONUS = 4.0
_STATE_WORDS = frozenset(
    re.findall(
        r"\w+",
        "cooked boiled baked fried roasted grilled steamed canned dried frozen stewed "
        "broiled sauteed toasted braised poached scrambled mashed pickled smoked dehydrated",
    )
)

MATCH_COLUMNS = (
    "name",
    "rows",
    "food_id",
    "description",
    "score",
    "status",
    "reason",
    "candidates",
)

_PHRASES = (
    # Cronometer's "Cooked from Dried" is FNDDS's "from dried" (and so on).
    (r"\bcooked from (dried|frozen|canned|fresh)\b", r"from \1"),
    (r"\bstore[- ]bought\b", ""),
    (r"\bhome ?made\b", ""),
    (r"\bfresh\b", "raw"),
    (r"\bgeneric\b", ""),
    (r"\bnfs\b", ""),
    (r"&", " and "),
    (r"\bw/o\b", "without"),
    (r"\bw/", "with "),
)
_STOP = frozenset({"and", "or", "with", "in", "of", "the", "a", "an", "to", "for", "from", "ns"})

_SUPPLEMENT = re.compile(
    r"\b(?:supplements?|multi-?vitamins?|vitamin [a-z]\d*\b(?! ?fortified)|capsules?|"
    r"tablets?|softgels?|gummies|creatine|protein powder|whey (?:isolate|protein powder)|"
    r"(?:magnesium|calcium|potassium|zinc|iron) (?:glycinate|citrate|oxide|threonate|"
    r"carbonate|chloride|gluconate|bisglycinate|malate|supplement)|fish oil|cod liver oil|"
    r"probiotics?|melatonin|ibuprofen|acetaminophen|paracetamol|aspirin|medication|"
    r"medicine|electrolyte (?:tablets?|capsules?|powder)|salt (?:tablets?|capsules?)|"
    r"lmnt|nuun|liquid i\.?v\.?)\b",
    re.IGNORECASE,
)
_SUPPLEMENT_GROUPS = frozenset({"supplements", "supplement", "medications", "medication"})
_QUICK_ADD = re.compile(
    r"^(?:quick[ -]?add(?:ed)?(?: \w+)*|calories?|kcal|protein|carbs?|carbohydrates?|fats?|"
    r"alcohol|fiber|custom calories)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MatchIndex:
    """The food descriptions normalised for matching, and a word index over them."""

    food_ids: npt.NDArray[np.object_]
    descriptions: npt.NDArray[np.object_]
    texts: list[str]
    prior: npt.NDArray[np.float64]
    postings: dict[str, npt.NDArray[np.intp]]
    weights: dict[str, float]
    vocabulary: frozenset[str]
    word_sets: list[frozenset[str]]
    word_weight: npt.NDArray[np.float64]
    raw: npt.NDArray[np.bool_]


def build_match_index(foods: pd.DataFrame, search: SearchIndex) -> MatchIndex:
    """Prepare the food table for :func:`match_names` (about 0.5 s, once per process)."""
    texts = [normalise_name(d, brands=False) for d in foods["description"]]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        for word in set(text.split()):
            postings[word].append(i)
    n = len(texts)
    weights = {w: float(np.log(n / len(p))) for w, p in postings.items()}
    word_sets = [frozenset(t.split()) for t in texts]
    return MatchIndex(
        food_ids=foods["food_id"].to_numpy(dtype=object),
        descriptions=foods["description"].to_numpy(dtype=object),
        texts=texts,
        prior=search.prior.astype(np.float64),
        postings={w: np.asarray(p, dtype=np.intp) for w, p in postings.items()},
        weights=weights,
        vocabulary=frozenset(postings),
        word_sets=word_sets,
        word_weight=np.array([sum(weights[w] for w in ws) or 1.0 for ws in word_sets]),
        raw=np.array(["raw" in ws for ws in word_sets]),
    )


def normalise_name(
    name: str, *, brands: bool = True, vocabulary: frozenset[str] = frozenset()
) -> str:
    """A food name reduced to sorted, singular, lower-case words.

    With ``brands``, a leading comma-separated segment none of whose words is in
    ``vocabulary`` (the database's words) is taken for a brand and dropped: "Publix, Whole
    Milk" becomes "milk whole".
    """
    text = str(name).lower()
    if brands and vocabulary and "," in text:
        head, rest = text.split(",", 1)
        words = [_singular(w) for w in re.findall(r"[a-z0-9]+", head)]
        if words and not any(w in vocabulary for w in words) and rest.strip():
            text = rest
    for pattern, replacement in _PHRASES:
        text = re.sub(pattern, replacement, text)
    words = [_singular(w) for w in re.findall(r"[a-z0-9]+", text)]
    return " ".join(sorted(w for w in words if w not in _STOP))


def skip_reason(name: str, group: str = "") -> str:
    """Why a diary name is not a food to match, or ``""`` if it is one."""
    text = str(name).strip()
    if not text:
        return "no food name"
    if _QUICK_ADD.match(text):
        return "a quick-add entry (energy or macronutrients only, no food)"
    if str(group).strip().lower() in _SUPPLEMENT_GROUPS or _SUPPLEMENT.search(text):
        return "a supplement or medicine, not a food in the USDA tables"
    return ""


def match_names(
    names: pd.DataFrame,
    *,
    index: MatchIndex,
    mapping: Mapping[str, str] | None = None,
    threshold: float = MATCH_THRESHOLD,
    ambiguous: str = "pick",
) -> pd.DataFrame:
    """Match each distinct name to a food.

    Parameters
    ----------
    names : pandas.DataFrame
        ``name``, ``rows`` (how many diary rows carry it) and optionally ``group``.
    index : MatchIndex
        From :func:`build_match_index`.
    mapping : mapping of str to str, optional
        The user's own choices, name to ``food_id`` (``""`` to leave a name out); they win.
    threshold : float
        Lowest automatic score.
    ambiguous : {"pick", "reject"}
        When a name is exactly the description of several foods (SR28 and FNDDS both have
        "Spinach, raw"): pick the plainer one, saying so, or leave it to the user.

    Returns
    -------
    pandas.DataFrame
        One row per name: ``name``, ``rows``, ``food_id`` (``""`` when unmatched),
        ``description``, ``score`` (0-100; 100 for exact ids and the user's choices),
        ``status`` (``exact``, ``matched``, ``user``, ``unmatched`` or ``skipped``),
        ``reason`` and ``candidates`` (the best foods, ``"; "``-joined as
        ``description (food_id) score``).
    """
    mapping = dict(mapping or {})
    ids = {str(f): i for i, f in enumerate(index.food_ids)}
    exact = defaultdict(list)
    for i, d in enumerate(index.descriptions):
        exact[" ".join(str(d).casefold().split())].append(i)
    groups = names["group"] if "group" in names.columns else pd.Series("", index=names.index)
    out = []
    for name, rows, group in zip(names["name"], names["rows"], groups, strict=True):
        record = {
            "name": name,
            "rows": int(rows),
            "food_id": "",
            "description": "",
            "score": np.nan,
            "status": "",
            "reason": "",
            "candidates": "",
        }
        if name in mapping:
            chosen = mapping[name]
            if chosen == "":
                record |= {"status": "skipped", "reason": "left out by your mapping"}
            elif chosen in ids:
                record |= {
                    "food_id": chosen,
                    "description": index.descriptions[ids[chosen]],
                    "score": 100.0,
                    "status": "user",
                }
            else:
                record |= {
                    "status": "unmatched",
                    "reason": f"your mapping names unknown food_id {chosen!r}",
                }
            out.append(record)
            continue
        if name in ids:
            record |= {
                "food_id": name,
                "description": index.descriptions[ids[name]],
                "score": 100.0,
                "status": "exact",
            }
            out.append(record)
            continue
        reason = skip_reason(name, group)
        if reason:
            record |= {"status": "skipped", "reason": reason}
            out.append(record)
            continue
        same = exact.get(" ".join(str(name).casefold().split()), [])
        if len(same) == 1 or (len(same) > 1 and ambiguous == "pick"):
            i = max(same, key=lambda k: index.prior[k])
            record |= {
                "food_id": index.food_ids[i],
                "description": index.descriptions[i],
                "score": 100.0,
                "status": "exact",
                "reason": ""
                if len(same) == 1
                else f"{len(same)} foods share this description; "
                + ", ".join(str(index.food_ids[k]) for k in same),
            }
            out.append(record)
            continue
        best = _best_foods(name, index, only=same or None)
        record["candidates"] = "; ".join(
            f"{index.descriptions[i]} ({index.food_ids[i]}) {s:.0f}" for i, s in best
        )
        if not best:
            # No shared word (a typo in every word): the closest spellings, by plain edit
            # similarity over all foods, which is fast enough to scan them all.
            query = normalise_name(str(name), vocabulary=index.vocabulary)
            close = process.extract(query, index.texts, scorer=fuzz.ratio, limit=CANDIDATES)
            record["candidates"] = "; ".join(
                f"{index.descriptions[i]} ({index.food_ids[i]}) {s:.0f}" for _, s, i in close
            )
            record |= {"status": "unmatched", "reason": f"no food shares a word with {name!r}"}
        elif len(same) > 1:
            record |= {
                "status": "unmatched",
                "reason": (f"{name!r} describes {len(same)} foods; pick one"),
            }
        elif best[0][1] >= threshold:
            i, score = best[0]
            record |= {
                "food_id": index.food_ids[i],
                "description": index.descriptions[i],
                "score": score,
                "status": "matched",
            }
        else:
            record |= {
                "status": "unmatched",
                "score": best[0][1],
                "reason": (
                    f"the best match for {name!r} scores {best[0][1]:.0f}, below "
                    f"{threshold:.0f}; pick a food"
                ),
            }
        out.append(record)
    table = pd.DataFrame(out, columns=list(MATCH_COLUMNS))
    return table.astype({"food_id": str, "description": str, "status": str, "reason": str})


def _best_foods(
    name: str, index: MatchIndex, *, only: list[int] | None = None
) -> list[tuple[int, float]]:
    query = normalise_name(name, vocabulary=index.vocabulary)
    if not query:
        return []
    overlap: npt.NDArray[np.float64] | None = None
    if only is not None:
        pool = np.asarray(only, dtype=np.intp)
    else:
        known = [w for w in set(query.split()) if w in index.postings]
        if not known:
            return []
        hits = np.concatenate([index.postings[w] for w in known])
        weights = np.concatenate([np.full(len(index.postings[w]), index.weights[w]) for w in known])
        counted: npt.NDArray[np.float64] = np.bincount(
            hits, weights=weights, minlength=len(index.texts)
        ).astype(np.float64)
        overlap = counted
        found = np.flatnonzero(counted)
        if len(found) > _SHORTLIST:
            # Shared words first, then how much of the food they cover ("Milk, NFS" before
            # "Milk and cereal bar" for "Milk").
            key = counted[found] * (1.0 + counted[found] / index.word_weight[found])
            found = found[np.argpartition(-key, _SHORTLIST)[:_SHORTLIST]]
        pool = found
    texts = [index.texts[i] for i in pool]
    similarity = process.cdist(
        [query], texts, scorer=_SCORER, dtype=np.float32, workers=1, score_cutoff=50
    )[0]
    words = frozenset(query.split())
    weight = {w: index.weights.get(w, _UNKNOWN_WORD_WEIGHT) for w in words}
    total = sum(weight.values()) or 1.0
    if overlap is not None:
        shared = overlap[pool]  # the summed weights of the name's words each food has
    else:
        shared = np.array([sum(weight[w] for w in words & index.word_sets[i]) for i in pool])
    # Half the score is the text similarity; the rest is how much of the name's informative
    # words the food has, and how much of the food's words the name has, so that "Bear" is
    # no match for "Bear Naked Granola" and "Goose egg" no sure match for "Eggs".
    score = (
        _TEXT_SHARE * similarity.astype(np.float64)
        + _NAME_COVERAGE * shared / total
        + _FOOD_COVERAGE * np.minimum(shared / index.word_weight[pool], 1.0)
    )
    rank = score + _PRIOR_WEIGHT * index.prior[pool]
    if not words & _STATE_WORDS:
        rank += _RAW_BONUS * index.raw[pool]  # a plain "Cucumber" in a diary is a raw one
    order = np.argsort(-rank, kind="stable")[:CANDIDATES]
    return [(int(pool[k]), float(score[k])) for k in order]


def apply_matches(
    names: pd.Series, matches: pd.DataFrame
) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Per diary row: the matched ``food_id`` (``NaN`` if none), why there is none (for an
    unmatched name, with its candidates), and why to skip it (a supplement, a quick-add)."""
    table = matches.set_index("name")
    found = table["food_id"].where(table["food_id"] != "")
    unmatched = table["status"] == "unmatched"
    why = table["reason"].where(unmatched, "")
    offered = table["candidates"].where(unmatched & (table["candidates"] != ""), "")
    why = why.where(offered == "", why + "; candidates: " + offered)
    skip = table["reason"].where(table["status"] == "skipped", "")
    codes, uniques = pd.factorize(names, use_na_sentinel=False)
    keys = pd.Index(uniques)

    def spread(values: pd.Series, default: object) -> pd.Series:
        per_name = values.reindex(keys).to_numpy(dtype=object)
        per_name[pd.isna(per_name)] = default
        return pd.Series(per_name[codes], index=names.index, dtype=object)

    food_ids = spread(found, np.nan)
    reasons = spread(why, "the food is empty; expected a food name")
    skips = spread(skip, "")
    return food_ids, reasons, skips


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("oes", "ches", "shes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def distinct_names(names: Iterable[str], groups: Iterable[str] | None = None) -> pd.DataFrame:
    """Distinct names with their row counts (and the first group each appears in)."""
    values = names if isinstance(names, pd.Series) else pd.Series(list(names), dtype=object)
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    counts = np.bincount(codes, minlength=len(uniques))
    _, first = np.unique(codes, return_index=True)
    if groups is None:
        group = np.full(len(uniques), "", dtype=object)
    else:
        group = pd.Series(list(groups), dtype=object).to_numpy()[first]
    table = pd.DataFrame(
        {"name": np.asarray(uniques, dtype=object), "rows": counts, "group": group}, dtype=object
    )
    table["rows"] = table["rows"].astype(int)
    return table[table["name"] != ""].reset_index(drop=True)
