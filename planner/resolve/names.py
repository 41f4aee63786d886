"""Matching the food names of a diary to the food database, one distinct name at a time.

Tracker names and USDA descriptions differ in order, number and wording ("Banana, Fresh"
against "Bananas, raw"; "Publix, Whole Milk"; "Chickpeas / Garbanzo (Canned, Drained)"). Each
name is ranked against the foods by :mod:`planner.resolve.ranking`, the same ranking as the
search box, after a leading brand segment is dropped. A name is matched without asking only
when the planner is sure:

- every informative word of the name is a word of the food (no unknown word, no spelling it
  had to fix), every preparation it names agrees, and no mixed dish was added; and
- the food's score reaches :data:`MATCH_THRESHOLD`.

Otherwise its best candidates are offered, and when every word of the name is a word of
some food (no unknown word), the best of them is its *best guess* (status ``guessed``): a
diary in the planner's own format uses it, and says so on each row (:data:`GUESS_NOTE`), so
that a day's totals are not silently short of every food the planner was unsure of. On the
tuned plain-word menus (``benchmarks/bench_menus.py``) the day-nutrients within issue 14's
tolerances rose from 20-30 to 30-37 of 40 per set with guesses, against 29-36 when only
guesses scoring 40 or more were used; about 60 % of the guesses on the tuned name sets are
an acceptable food, so a guess is never taken as a match: it is shown for review.
A name with an unknown word has no guess: the word may be the food itself.
Where several foods share the name's exact description (SR28 and FNDDS both have "Sour cream,
fat free"), the rule is stated and tested: the SR28 food, else the first by ``food_id``. Foods
whose descriptions say the same words in another order, number or spelling share it too
("Banana, raw" and "Bananas, raw"; "whole wheat pita" and "Bread, pita, whole-wheat":
:func:`same_word_foods`). A name that ends in its amount ("Crackers, Saltine, 2 Sleeves") is
such a description when the amount is taken off; said so only by FNDDS, it takes the SR28 food
the ranking is sure of instead when their values agree (SR28's portions name the sleeve). A
name the planner is not sure of is read once more under the broader head USDA files the food
under ("zucchini" under "Squash, summer", a pasta shape under "Pasta": :data:`_USDA_HEADS`),
and taken only if the planner is then sure.

Supplements and medicines, quick-add entries ("Calories", "Protein") and names the user maps
to nothing are recognised and skipped with a reason.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher

import numpy as np
import pandas as pd

from planner.fooddb.cache import key_of, read_records, write_records
from planner.resolve.ranking import (
    MINERALS,
    NUTRIENTS,
    FoodIndex,
    fold_name,
    parse_query,
    rank_foods,
)
from planner.resolve.words import (
    COOKED,
    FILLER,
    STATES,
    Words,
    fold,
    food_words,
    is_absent_food,
    is_grocery_brand,
    salt_of,
    words_of,
)

#: Lowest ranking score at which a name is matched without the user's confirmation.
MATCH_THRESHOLD = 72.0
#: A name scoring up to this many points under the threshold, with every informative word
#: found, is matched when its best food leads each other food it could be (one that differs
#: in minerals or energy, :func:`minerals_agree`) by :data:`LEAD_POINTS` ("Parboiled Rice,
#: Cooked": SR28's enriched long-grain parboiled rice, 70.8, and the unenriched, one food with
#: it; next brown parboiled rice, 61.7).
#: On the tuned label sets (stop 20) it matched 23 more names right and 2 more wrong, which
#: rules of their own then put right (sweet corn's usual colour; a product named "prepared");
#: 2 and 6 points under with a lead of 5 or 10 matched more wrong ones.
NEAR_POINTS = 3.0
LEAD_POINTS = 8.0
#: From the threshold up to this score, a name is matched only when its best food leads
#: each other food it could be (one that differs in minerals or energy,
#: :func:`minerals_agree`) by :data:`SURE_LEAD`: a near tie between foods that differ is
#: where sure matches went wrong. A rival of the best food's own description is the same
#: food in the other source, not a rival. Measured at stop 25 on the label sets, this left
#: 0 to 2.6 points of the names (1.7 on average) to be confirmed, shown with their best
#: guess, and cut the confidently wrong ones from 2.3 to 1.8 % on fresh7 (not tuned on),
#: 1.6 to 1.2 % on fresh3, 1.3 to 1.1 % on fresh6 and 1.3 to 1.0 % on fresh. Raising the
#: threshold itself to 78 cut fresh7 to 1.6 % but left 8 to 10 points of the names to be
#: confirmed, "Cheerios" and "Milk Chocolate" among them.
SURE_SCORE = 78.0
SURE_LEAD = 2.0
#: Points of informative words in the food's own name that the diary's lacks, above which
#: the food is more specific than the name and is only offered.
HEAD_EXTRA_DOUBT = 9.0
#: Share of a name's informative words (weighted by rarity) the food must have.
COVERAGE_DOUBT = 0.999
#: Candidates offered for a name.
CANDIDATES = 3
#: Foods a name could be, best first, among which a tracker's own numbers may choose
#: (:func:`planner.diary.account.choose_by_fingerprint`): wider than the candidates shown,
#: since a food's energy, minerals, water and macronutrients per kcal must all fit. On the
#: fresh names of ``benchmarks/bench_exports.py`` 3 used 89 % of rows, 5 92 %, 8 94 %, with
#: the days over the rows used as close to the tracker's as before (98 % within 15 %).
POOL = 8
#: Most names whose ranking is kept in the cache; past it the kept ones start over.
RANKED_KEPT = 20_000
#: A name the planner is not sure of (below the threshold, or a food that names more than
#: the name says) is still matched when its best :data:`AGREEING` candidates all lie within
#: :data:`RIVAL_POINTS` of the best and agree on the four minerals: then which of them the
#: person ate changes nothing this tool reports.
RIVAL_POINTS = 5.0
AGREEING = 3
#: Two foods agree on a mineral when their amounts per 100 g differ by at most this share of
#: the larger, or by at most :data:`AGREE_MG` (so trace amounts never disagree). 15 % is
#: within the spread of USDA's own analyses of one food across samples and sources (SR28 and
#: FNDDS values for the same raw food differ by about this much).
AGREE_SHARE = 0.15
AGREE_MG = 20.0
AGREE_KCAL = 10.0
_RIVALS_CHECKED = 5
#: The prepared food table (the same one the search box uses).
MatchIndex = FoodIndex

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

#: Supplements and medicines by name (Scottish tablet is a fudge; fruit, sour, mango or peach
#: gummies are sweets). A vitamin is a supplement unless a food it is added to is named
#: ("Calcium + Vitamin D Orange Juice", "vitamin water", :data:`_VITAMIN_FOODS`) or the name
#: says it is added to the food or not (:data:`_ADDED`). A protein powder USDA analysed is a
#: food ("Beverages, Protein powder whey based"), as the labelled sets from fresh10 on have it.
_SUPPLEMENT = re.compile(
    r"\b(?:supplements?|multi-?vitamins?|vitamin [a-z]\d*\b(?! ?fortified)|capsules?|"
    r"(?<!scottish )tablets?|softgels?|(?<!mango )(?<!sour )(?<!fruit )(?<!peach )gummies|creatine|"
    r"(?:magnesium|calcium|potassium|zinc|iron) (?:glycinate|citrate|oxide|threonate|"
    r"carbonate|chloride|gluconate|bisglycinate|malate|supplement)|fish oil|"
    r"cod liver oil|one[- ]a[- ]day|"
    r"probiotics?(?!\s+(?:drinks?|yogh?urts?|shots?|milk))|melatonin|ibuprofen|acetaminophen|"
    r"paracetamol|aspirin|medication|"
    r"medicine|electrolyte (?:tablets?|capsules?|powder)|salt (?:tablets?|capsules?)|"
    r"lmnt|nuun|liquid i\.?v\.?|dioralyte|hydralyte|oral rehydration|"
    r"\w*statin|metformin|lisinopril|levothyroxine|omeprazole|"
    r"amlodipine|losartan|hydrochlorothiazide|furosemide|ashwagandha|"
    r"collagen(?: peptides?| powder)|"
    r"curcumin|glucosamine|biotin|coq ?10|ubiquinol|omega[- ]?3 (?:capsules?|softgels?|pills?)|"
    r"krill oil|prenatal|b[- ]?complex|elderberry (?:gummies|syrup)|echinacea|psyllium husk|"
    r"metamucil|\d+(?:\.\d+)? ?(?:mg|mcg|\u00b5g|iu)\b(?! ?/))\b",
    re.IGNORECASE,
)
#: A name that says a food has vitamins added, or none added, names the food: "Milk,
#: Nonfat, Fluid, With Added Vitamin A and D", "Applesauce, Canned, Unsweetened, No Vitamin
#: C Added" (SR28's "..., without added ascorbic acid"), "Orange juice, fortified with
#: vitamin D". Its vitamins are no supplement; a dose still is ("Calcium + Vitamin D 600
#: mg, Fortified").
_ADDED = re.compile(r"\b(?:added|fortified|enriched)\b", re.IGNORECASE)
_VITAMINS = re.compile(r"\bvitamins? [a-z]\d*\b", re.IGNORECASE)
#: Foods vitamins are added to, named anywhere in a name ("American Cheese Product, Reduced
#: Fat, Vitamin D": SR28's cheese product "fortified with vitamin D").
_VITAMIN_FOODS = re.compile(
    r"\b(?:juice|milk|water|drink|cereal|yogurt|yoghurt|cheese|bread|margarine|spread|"
    r"soymilk|butter|flour|formula)s?\b",
    re.IGNORECASE,
)
#: Cod liver oil taken by the spoon is a food (SR28 04589, "Fish oil, cod liver"); in
#: capsules it is a supplement.
_OIL_BY_SPOON = re.compile(
    r"\b(?:liquid|tsps?|teaspoons?|tbsps?|tablespoons?|spoon(?:ful)?s?|ml)\b", re.IGNORECASE
)
_COD_LIVER_OIL = re.compile(r"\bcod liver oil\b", re.IGNORECASE)
_SUPPLEMENT_GROUPS = frozenset({"supplements", "supplement", "medications", "medication"})
_QUICK_ADD = re.compile(
    r"^(?:quick[ -]?add(?:ed)?(?: \w+)*|calories?|kcal|protein|carbs?|carbohydrates?|fats?|"
    r"alcohol|fiber|custom calories)$",
    re.IGNORECASE,
)


def build_match_index(foods: pd.DataFrame, search: FoodIndex) -> FoodIndex:
    """The index :func:`match_names` uses: the search index itself."""
    return search


def skip_reason(name: str, group: str = "") -> str:
    """Why a diary name is not a food to match, or ``""`` if it is one."""
    text = str(name).strip()
    if not text:
        return "no food name"
    if _QUICK_ADD.match(text):
        return "a quick-add entry (energy or macronutrients only, no food)"
    named = _VITAMINS.sub(" ", text) if _ADDED.search(text) or _VITAMIN_FOODS.search(text) else text
    if _OIL_BY_SPOON.search(named):
        named = _COD_LIVER_OIL.sub(" ", named)
    if str(group).strip().lower() in _SUPPLEMENT_GROUPS or _SUPPLEMENT.search(named):
        return "a supplement or medicine, not a food in the USDA tables"
    return ""


def match_names(
    names: pd.DataFrame,
    *,
    index: FoodIndex,
    mapping: Mapping[str, str] | None = None,
    threshold: float = MATCH_THRESHOLD,
    ambiguous: str = "pick",
) -> pd.DataFrame:
    """Match each distinct name to a food.

    Parameters
    ----------
    names : pandas.DataFrame
        ``name``, ``rows`` (how many diary rows carry it) and optionally ``group``.
    index : FoodIndex
        From :func:`planner.resolve.search.build_search_index`.
    mapping : mapping of str to str, optional
        The user's own choices, name to ``food_id`` (``""`` to leave a name out); they win.
    threshold : float
        Lowest automatic score.
    ambiguous : {"pick", "reject"}
        When a name is exactly the description of several foods: pick one by the stated rule
        (SR28 first, then the first ``food_id``), saying so, or leave it to the user.

    Returns
    -------
    pandas.DataFrame
        One row per name: ``name``, ``rows``, ``food_id`` (``""`` when unmatched),
        ``description``, ``score`` (0-100; 100 for exact ids, exact descriptions and the
        user's choices), ``status`` (``exact``, ``matched``, ``user``, ``guessed`` (the food
        is the best guess of a name the planner is not sure of), ``unmatched`` or
        ``skipped``), ``reason`` and ``candidates`` (the best foods, ``"; "``-joined as
        ``description (food_id) score``).
    """
    mapping = dict(mapping or {})
    # Only the foods some name (or the mapping) could mean exactly are looked at by id or
    # description, so nothing is built over all 14,220 foods.
    given = {str(n) for n in names["name"]}
    wanted_ids = given | {str(f) for f in mapping.values()}
    ids = {str(f): i for i, f in enumerate(index.food_ids) if f in wanted_ids}
    # A name may end in its amount ("Rice, White, ..., Unenriched, with Salt, 1 Cup"; "lamb,
    # ground 3 oz"): without it, it may still be a description word for word.
    bare = {n: _amount_free(n) for n in given}
    # A brand before a food's own description ("Sunny Select - Buttermilk, 1 cup") says that
    # food word for word too: a brand before an MFP dash or a store brand, not any first
    # segment ("Alfajor, Dulce de Leche" is the cookie).
    unbranded = {
        n: (_without_brand(index, b) if " - " in b or is_grocery_brand(b.split(",", 1)[0]) else b)
        for n, b in bare.items()
    }
    folded_names = (
        {_folded(n) for n in given}
        | {_folded(b) for b in bare.values()}
        | {_folded(u) for u in unbranded.values()}
    )
    exact: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(index.folded):
        if d in folded_names:
            exact[d].append(i)
    groups = names["group"] if "group" in names.columns else pd.Series("", index=names.index)
    sr28_twins = _KeptTwins(index)
    out = []
    # names left to rank, with the salted FNDDS foods a name says word for word, and the
    # FNDDS food it says with its amount
    pending: list[tuple[dict[str, object], str, int, list[int], int | None]] = []
    for name, rows, group in zip(names["name"], names["rows"], groups, strict=True):
        record: dict[str, object] = {
            "name": name,
            "rows": int(rows),
            "food_id": "",
            "description": "",
            "score": np.nan,
            "status": "",
            "reason": "",
            "candidates": "",
        }
        out.append(record)
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
            continue
        if name in ids:
            record |= _exact_record(index, ids[name])
            continue
        said = str(name)
        same = exact.get(_folded(name), [])
        if not same and bare[said] != said:
            same = exact.get(_folded(bare[said]), [])
            said = bare[said] if same else said
        if not same and unbranded[str(name)] != bare[str(name)]:
            same = exact.get(_folded(unbranded[str(name)]), [])
            said = unbranded[str(name)] if same else said
        described = set(same)
        shared_by = "share this description"
        if same and ambiguous == "pick":
            # The SR28 food that says the same words is the analysed reference, with the
            # sizes FNDDS's portions lack ("Bananas, raw": small, medium, large).
            # A food that says the name in other words is the name's only when its values
            # agree with the foods that say it word for word ("Blue or Roquefort Cheese
            # Dressing, Light" is FNDDS's, 300 kcal per 100 g, not SR28's "Salad dressing,
            # blue or roquefort cheese dressing, light", 86 kcal).
            twins = {
                k
                for k in sr28_twins.of(said)
                if k in described or all(minerals_agree(index, k, d) for d in described)
            }
            if twins - set(same):
                same = sorted(set(same) | twins)
                shared_by = "say this name word for word"
        salted: list[int] = []
        if (
            same
            and all(_assumes_salt(index, k) for k in same)
            and not _asks_salt(said)
            and not _VAGUE_SAID.search(said)
        ):
            # FNDDS "Pasta, cooked" assumes salt added in cooking (232 mg sodium per 100 g
            # against SR28's 1 mg): a plain cooked food is ranked, which prefers the SR28 form.
            # Not a name that says FNDDS's "NFS" as well: only FNDDS writes it, so the name is
            # that survey food ("Sweet Potato, NFS", 161 mg sodium, is no raw sweet potato).
            salted, same = same, []
        if len(same) == 1 or (len(same) > 1 and ambiguous == "pick"):
            # SR28 first; among SR28 foods, one whose description is the name itself before
            # one whose words are the name's in another order ("Orange peel, raw" for
            # "Orange Peel, Raw", not "Oranges, raw, with peel").
            i = min(
                same,
                key=lambda k: (
                    not str(index.food_ids[k]).startswith("sr28:"),
                    k not in described,
                    str(index.food_ids[k]),
                ),
            )
            if said != str(name) and not str(index.food_ids[i]).startswith("sr28:"):
                # Said word for word with its amount only by FNDDS ("Crackers, Saltine, 2
                # Sleeves"): ranked too, so that an SR28 food of the same values, with the
                # portions the amount may name (a sleeve), is taken when the ranking is sure.
                pending.append((record, str(name), 0, [], i))
                continue
            record |= _exact_record(
                index,
                i,
                ""
                if len(same) == 1
                else f"{len(same)} foods {shared_by} ("
                + ", ".join(str(index.food_ids[k]) for k in same)
                + f"); took {index.food_ids[i]} (SR28 first, then the one that says the name"
                + " itself, then the first food_id)",
            )
            continue
        reason = skip_reason(name, group)
        if reason:
            record |= {"status": "skipped", "reason": reason}
            continue
        pending.append((record, str(name), len(same), salted, None))
    sr28_twins.keep()
    ranked = ranked_names(index, [name for _, name, _, _, _ in pending], threshold=threshold)
    for record, name, shared, salted, said_by in pending:
        chosen = str(ranked[name].get("food_id", ""))
        if said_by is not None:
            kept = chosen.startswith("sr28:") and ranked[name].get("status") == "matched"
            if not (kept and minerals_agree(index, _position(index, chosen), said_by)):
                record |= _exact_record(index, said_by)
                continue
        if (
            len(salted) == 1
            and (not chosen.startswith("sr28:") or not _cooked_alike(index, chosen, salted[0]))
            and chosen != index.food_ids[salted[0]]
        ):
            # The ranking found no SR28 form to prefer to the salted FNDDS food the name
            # says word for word: that food is the name's ("Pasta, whole grain, with
            # tomato-based sauce and meat, restaurant", not the same dish without the meat).
            # An SR28 food cooked another way is no form of it ("Potato, boiled, from fresh,
            # peel eaten, no added fat" is not "Potatoes, baked, flesh and skin").
            record |= _exact_record(index, salted[0])
            continue
        record |= ranked[name]
        if shared > 1:
            record |= {
                "food_id": "",
                "description": "",
                "status": "unmatched",
                "reason": f"{name!r} describes {shared} foods; pick one",
            }
    table = pd.DataFrame(out, columns=list(MATCH_COLUMNS))
    # Not kept with the matches (a stored match has its candidates only).
    table["pool"] = pd.Series([str(r.get("pool", "")) for r in out], dtype=object)
    return table.astype({"food_id": str, "description": str, "status": str, "reason": str})


def _exact_record(index: FoodIndex, position: int, reason: str = "") -> dict[str, object]:
    """The match of a name that is a food's id or description: that food, sure."""
    return {
        "food_id": index.food_ids[position],
        "description": index.descriptions[position],
        "score": 100.0,
        "status": "exact",
        "reason": reason,
    }


def _cooked_alike(index: FoodIndex, food_id: str, position: int) -> bool:
    """Whether the food ``food_id`` is cooked each way the food at ``position`` says
    (boiled, baked, fried...; "cooked" alone says no way)."""
    ways = index.words[position].all & COOKED - {"cooked"}
    return ways <= index.words[_position(index, food_id)].all


def _assumes_salt(index: FoodIndex, position: int) -> bool:
    """An FNDDS food described as cooked, with the salt the survey assumes (not said to be
    without it), or one whose sodium shows salt its description does not state."""
    return bool(
        not index.sr28[position]
        and ("cooked" in index.words[position].all or index.salty[position])
        and not index.unsalted[position]
    )


#: FNDDS's own words for a food not further specified: a name that says them says FNDDS's food.
_VAGUE_SAID = re.compile(r"\bNFS\b|\bNS as to\b", re.IGNORECASE)


def _asks_salt(name: str) -> bool:
    return salt_of(name) == "salted"


def shared_description_choice(index: FoodIndex, positions: list[int]) -> int:
    """The food to take among foods that share one description (:func:`shared_description_rank`)."""
    return min(positions, key=lambda k: shared_description_rank(str(index.food_ids[k])))


def shared_description_rank(food_id: str) -> tuple[bool, str]:
    """Order of foods that share a description: SR28 (the analysed reference) before FNDDS,
    then by ``food_id``."""
    return (not food_id.startswith("sr28:"), food_id)


def ranked_names(
    index: FoodIndex, names: list[str], *, threshold: float = MATCH_THRESHOLD
) -> dict[str, dict[str, object]]:
    """Each name's best food by the ranking alone (no user mapping, no exact description).

    What a name ranks to depends only on the name, the index and the code, so the answers
    are kept in the binary cache (:mod:`planner.fooddb.cache`) beside the index: a diary's
    names are mostly those of the diaries before it, and ranking one takes about a
    millisecond. An index without a cache key (built here, not read from the cache) and any
    cache failure only mean that every name is ranked.
    """
    wanted = list(dict.fromkeys(names))
    if not wanted:
        return {}
    key = key_of([index.key.encode(), repr(float(threshold)).encode()]) if index.key else ""
    known = read_records("ranked-names", key) if key else {}
    # A kept record is used only in the shape _ranked gives (the file is the user's to damage).
    found = {name: known[name] for name in wanted if _is_record(known.get(name))}
    missing = [name for name in wanted if name not in found]
    for name in missing:
        found[name] = _ranked(index, name, threshold=threshold)
    if key and missing:
        kept = known if len(known) + len(missing) <= RANKED_KEPT else {}
        write_records("ranked-names", key, kept | {name: found[name] for name in missing})
    return found


class _KeptTwins:
    """The SR28 foods that say each name word for word (:func:`same_word_foods` with
    ``sr28_only``), kept in the cache beside the names' rankings (:func:`ranked_names`): they
    depend only on the name, the index and the code, and reading a name's foods again costs
    more than the rest of matching it once its ranking is kept. The file is read when a name
    first asks, and a kept answer is used only in the shape :func:`same_word_foods` gives."""

    def __init__(self, index: FoodIndex) -> None:
        self._index = index
        self._key = key_of([index.key.encode(), b"sr28-twins"]) if index.key else ""
        self._known: dict[str, dict[str, object]] | None = None
        self._found: dict[str, dict[str, object]] = {}

    def of(self, name: str) -> list[int]:
        if self._known is None:
            self._known = read_records("same-word-foods", self._key) if self._key else {}
        record = self._known.get(name)
        kept = record.get("sr28") if isinstance(record, dict) else None
        size = len(self._index.food_ids)
        if isinstance(kept, list) and all(type(k) is int and 0 <= k < size for k in kept):
            return kept
        found = same_word_foods(self._index, name, sr28_only=True)
        self._found[name] = {"sr28": found}
        return found

    def keep(self) -> None:
        """Keep the answers worked out since the file was read."""
        if not self._key or not self._found:
            return
        known = self._known or {}
        kept = known if len(known) + len(self._found) <= RANKED_KEPT else {}
        write_records("same-word-foods", self._key, kept | self._found)


def _is_record(value: object) -> bool:
    """Whether a kept ranking has the keys and kinds of :func:`_ranked`'s."""
    if not isinstance(value, dict) or not isinstance(value.get("status"), str):
        return False
    texts = ("food_id", "description", "reason", "candidates", "pool")
    return all(isinstance(value.get(k, ""), str) for k in texts) and isinstance(
        value.get("score", 0.0), int | float
    )


def _ranked(index: FoodIndex, name: str, *, threshold: float) -> dict[str, object]:
    if is_absent_food(name):
        # No candidates either, so that a tracker's numbers cannot pick one for it.
        return {
            "status": "unmatched",
            "reason": f"{shorten(name)!r} names a food or brand the USDA tables do not have",
            "candidates": "",
        }
    text = _without_brand(index, name)
    found = _ranked_text(index, name, text, threshold=threshold)
    general = under_usda_head(text) if found["status"] in {"unmatched", "guessed"} else None
    if general is not None:
        # USDA files the food under a broader head (see _USDA_HEADS): the name is read so.
        read = _ranked_text(index, name, general, threshold=threshold)
        if read["status"] == "matched":
            why = f"read as {shorten(general)!r}, as USDA names it"
            return read | {"reason": "; ".join(r for r in (why, str(read.get("reason", ""))) if r)}
    return found


#: Foods USDA describes under a broader head, with the food as its kind: "Squash, summer,
#: zucchini, includes skin, raw" (SR28 11477), "Pasta, whole-wheat, cooked" for any shape
#: (SR28 20125 lists spaghetti, penne, macaroni, rotini, farfalle, shells and lasagna as its
#: common names: one dough, whatever its shape), "Sauce, pasta, spaghetti/marinara,
#: ready-to-serve" (SR28 06931). A name the planner is not sure of as written is read with
#: the head before it ("zucchini, cooked" as "squash, summer, zucchini, cooked"), and taken
#: only if the planner is then sure.
_USDA_HEADS: tuple[tuple[re.Pattern[str], str, bool], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), head, needs_state)
    for pattern, head, needs_state in (
        (
            r"\b(?:zucchini|zucchinis|courgettes?|crookneck|straightneck)\b",
            "squash, summer",
            False,
        ),
        # Pasta is sold dry and eaten cooked, 2.3 times apart in everything per 100 g: a
        # shape is read as pasta only when the name says which ("penne, cooked").
        (
            r"\b(?:spaghetti|penne|macaroni|rotini|farfalle|fusilli|rigatoni|linguine|"
            r"fettuccine|ziti|orzo)\b",
            "pasta",
            True,
        ),
        (r"\bmarinara\b", "sauce, pasta", False),
    )
)


def under_usda_head(text: str) -> str | None:
    """``text`` with USDA's broader head before it (:data:`_USDA_HEADS`), or ``None`` when
    none applies or the name already starts with it."""
    for pattern, head, needs_state in _USDA_HEADS:
        if not pattern.search(text) or text.lower().startswith(head):
            continue
        if needs_state and not food_words(text).all & STATES:
            return None
        return f"{head}, {text}"
    return None


def _ranked_text(index: FoodIndex, name: str, text: str, *, threshold: float) -> dict[str, object]:
    query = parse_query(index, text)
    positions, score, coverage, head_extra = rank_foods(index, query)
    if not len(positions):
        return {
            "status": "unmatched",
            "reason": f"no food shares a word with {shorten(name)!r}",
            "candidates": "",
        }
    top = range(min(CANDIDATES, len(positions)))
    pool = ";".join(str(index.food_ids[k]) for k in positions[:POOL])
    candidates = "; ".join(
        f"{index.descriptions[positions[k]]} ({index.food_ids[positions[k]]}) "
        f"{np.floor(_shown(score[k])):.0f}"
        for k in top
    )
    best = _shown(score[0])
    doubts = []
    if query.unknown:
        doubts.append("unknown word(s) " + ", ".join(repr(w) for w in query.unknown))
    if query.origin:
        doubts.append(
            "no food is named for where it says it is from: "
            + ", ".join(repr(w) for w in query.origin)
        )
    if index.no_minerals[positions[0]]:
        # USDA gives the food none of the minerals this tool is for: it is taken only when the
        # person confirms it (a red wine by grape: SR28 14097 against red table wine, 14096).
        doubts.append("the best food has no potassium, magnesium, calcium or sodium values")
    hard_doubt = bool(query.unknown or query.corrected or query.origin)
    if query.corrected:
        doubts.append(
            "spelling fixed: " + ", ".join(f"{a!r} as {b!r}" for a, b in query.corrected.items())
        )
    if coverage[0] < COVERAGE_DOUBT and not query.unknown:
        doubts.append("the best food lacks some of its words")
    # The food's own name says much that the diary's does not ("Palak Paneer" for "Paneer").
    if head_extra[0] > HEAD_EXTRA_DOUBT:
        doubts.append("the best food names more than it says")
    # Just under the threshold, a food that every other food it could be trails by
    # LEAD_POINTS (all foods closer being one food with it) is sure all the same.
    below = score[0] < threshold
    if below and not (
        not doubts and score[0] >= threshold - NEAR_POINTS and _clear_lead(index, positions, score)
    ):
        # Scores are shown rounded down, so one just under the threshold never reads as equal.
        doubts.append(f"the best match scores {np.floor(best):.0f}, below {threshold:.0f}")
    elif score[0] < SURE_SCORE and not _clear_lead(index, positions, score, lead=SURE_LEAD):
        k = _rival(index, positions, score, lead=SURE_LEAD)
        doubts.append(
            f"{index.descriptions[positions[k]]} ({index.food_ids[positions[k]]}) scores "
            f"within {SURE_LEAD:.0f} points and differs"
        )
    if (
        doubts
        and not hard_doubt
        and score[0] >= threshold - RIVAL_POINTS
        and _all_agree(index, positions, score)
    ):
        # The foods the name fits best are one food as far as this tool is concerned.
        doubts = []
    twins = (
        same_word_foods(index, text, among=positions[:POOL]) if doubts and not hard_doubt else []
    )
    if positions[0] in twins:
        # The best food says the name word for word, only in USDA's order ("whole wheat
        # pita" is "Bread, pita, whole-wheat"): it is the food, whatever the score.
        analysed = [k for k in twins if index.sr28[k]]
        chosen = (
            shared_description_choice(index, analysed)
            if analysed
            else _in_name_order(index, text, twins, int(positions[0]))
        )
        return {
            "food_id": index.food_ids[chosen],
            "description": index.descriptions[chosen],
            "score": best,
            "status": "matched",
            "reason": _twins_reason(index, twins, chosen),
            "candidates": candidates,
            "pool": pool,
        }
    if doubts and not query.unknown:
        # Every word is some food's: the best food is a guess, used and shown as one.
        return {
            "food_id": index.food_ids[positions[0]],
            "description": index.descriptions[positions[0]],
            "status": "guessed",
            "score": best,
            "reason": f"not sure of {shorten(name)!r} (" + "; ".join(doubts) + "); best guess "
            f"{index.descriptions[positions[0]]} ({index.food_ids[positions[0]]}): pick a food "
            "to confirm it",
            "candidates": candidates,
            "pool": pool,
        }
    if doubts:
        return {
            "status": "unmatched",
            "score": best,
            "reason": f"not sure of {shorten(name)!r} (" + "; ".join(doubts) + "); pick a food",
            "candidates": candidates,
            "pool": pool,
        }
    return {
        "food_id": index.food_ids[positions[0]],
        "description": index.descriptions[positions[0]],
        "score": best,
        "status": "matched",
        "candidates": candidates,
        "pool": pool,
    }


def _in_name_order(index: FoodIndex, text: str, twins: list[int], best: int) -> int:
    """Of FNDDS foods that say a name word for word, the one that says its words in the
    name's order ("Cake or cupcake, white with chocolate icing, bakery" for "cake white with
    chocolate icing", not the chocolate one with white icing), else the best ranked."""
    said = words_of(fold(text))

    def order(k: int) -> float:
        own = words_of(fold(str(index.descriptions[k])))
        return SequenceMatcher(None, said, own, autojunk=False).ratio()

    return max(twins, key=lambda k: (order(k), k == best))


def word_key(text: str) -> tuple[frozenset[str], str]:
    """A description or name as its informative words and what it says of salt: two texts
    with the same key name the same food in other order, number or spelling ("Banana, raw"
    and "Bananas, raw"; "Bread, pita, whole-wheat" and "whole wheat pita")."""
    words = food_words(text)
    return frozenset(words.all - FILLER), words.salt


def same_word_foods(
    index: FoodIndex, text: str, *, among: Iterable[int] | None = None, sr28_only: bool = False
) -> list[int]:
    """Positions of the foods whose own description has the same :func:`word_key` as
    ``text`` (of ``among`` when given, else of all foods, or of the SR28 foods).

    USDA names one food in both its sources with small differences ("Bananas, raw" in SR28,
    "Banana, raw" in FNDDS; "whole-wheat" and "whole wheat"): such foods share a description
    as far as a name is concerned, and the stated rule for shared descriptions chooses
    (:func:`shared_description_choice`, SR28 first, whose portions give the sizes).
    """
    key = word_key(text)
    words = sorted(key[0])
    if not words:
        return []
    if among is None:
        if any(w not in index.postings for w in words):
            return []
        having = index.postings[words[0]]
        for word in words[1:]:
            having = np.intersect1d(having, index.postings[word], assume_unique=True)
        among = having[index.sr28[having]] if sr28_only else having
    # The index's own words of a food are its description's and its common name's: a head
    # word the name lacks rules a food out before its description is read again.
    return [
        int(k)
        for k in among
        if _may_share(index.words[k], key) and _description_key(index, int(k)) == key
    ]


def _description_key(index: FoodIndex, k: int) -> tuple[frozenset[str], str]:
    """:func:`word_key` of food ``k``'s description, read off its index words where they are
    the description's own."""
    if index.own_words[k]:
        words = index.words[k]
        return frozenset(words.all - FILLER), words.salt
    return word_key(str(index.descriptions[k]))


def _may_share(words: Words, key: tuple[frozenset[str], str]) -> bool:
    """Whether a food's index words allow its description the ``key`` (:func:`word_key`):
    they hold the description's words and its common name's, so the key's words must be
    among them, its salt theirs, and no head word of theirs beyond the key's."""
    return words.salt == key[1] and set(words.head) - FILLER <= key[0] and key[0] <= words.all


def _twins_reason(index: FoodIndex, twins: list[int], chosen: int) -> str:
    if len(twins) < 2:
        return ""
    return (
        f"{len(twins)} foods say this name word for word ("
        + ", ".join(str(index.food_ids[k]) for k in twins)
        + f"); took {index.food_ids[chosen]} (SR28 first, then the one in the name's order,"
        + " then the best ranked)"
    )


def _clear_lead(
    index: FoodIndex, positions: np.ndarray, score: np.ndarray, *, lead: float = LEAD_POINTS
) -> bool:
    """Whether every food within ``lead`` points of the best is one food with it."""
    return _rival(index, positions, score, lead=lead) == 0


def _rival(index: FoodIndex, positions: np.ndarray, score: np.ndarray, *, lead: float) -> int:
    """The first food within ``lead`` points of the best that is not one food with it (its
    place in ``positions``), or 0 when there is none."""
    best = fold_name(index.descriptions[positions[0]])
    for k in range(1, len(positions)):
        if score[k] < score[0] - lead:
            return 0
        # A food of the same description is the food the name says, in the other source
        # (SR28's and FNDDS's "Cheese, parmesan, hard"): which is taken is a stated rule.
        same = fold_name(index.descriptions[positions[k]]) == best
        if not same and not minerals_agree(index, positions[0], positions[k]):
            return k
    return 0


def _all_agree(index: FoodIndex, positions: np.ndarray, score: np.ndarray) -> bool:
    if len(positions) < AGREEING or score[AGREEING - 1] < score[0] - RIVAL_POINTS:
        return False
    return all(minerals_agree(index, positions[0], positions[k]) for k in range(1, AGREEING))


def _position(index: FoodIndex, food_id: str) -> int:
    """Position of ``food_id`` in ``index``."""
    return int(np.flatnonzero(np.asarray(index.food_ids) == food_id)[0])


def minerals_agree(index: FoodIndex, a: int, b: int) -> bool:
    """Whether two foods (positions in ``index``) are one food for this tool: the same
    potassium, magnesium, calcium and sodium per 100 g within :data:`AGREE_SHARE` or
    :data:`AGREE_MG`, and the same energy within :data:`AGREE_SHARE` or :data:`AGREE_KCAL` (so
    that foods with next to no minerals, such as drinks, are still told apart: diet cola from
    whiskey and diet cola). An amount one food lacks agrees only if the other lacks it too."""
    columns = [*range(len(MINERALS)), NUTRIENTS.index("energy_kcal")]
    x = index.nutrients[a, columns]
    y = index.nutrients[b, columns]
    floor = np.array([AGREE_MG] * len(MINERALS) + [AGREE_KCAL])
    gap = np.abs(x - y)
    close = (gap <= floor) | (gap <= AGREE_SHARE * np.fmax(x, y))
    return bool(np.all(close | (np.isnan(x) & np.isnan(y))))


def shorten(text: str, limit: int = 80) -> str:
    """Text cut to ``limit`` characters for a message, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _shown(score: float) -> float:
    # As np.clip gives it (NaN stays NaN, -0.0 stays -0.0), without its call on one number.
    return min(max(float(score), 0.0), 100.0)


def _folded(text: object) -> str:
    return fold_name(text)


#: An amount at the end of a name, after a comma or a space: a count, a decimal or a fraction,
#: up to two words of unit and a note in brackets (", 1 Cup"; " 8 fl oz"; ", 1 apple (150g)").
_TRAILING_AMOUNT = re.compile(
    r"(?:\s*,\s*|\s+)(?:\d{1,4}(?:\.\d{1,3})?(?:\s+\d\s*/\s*\d{1,2})?|\d\s*/\s*\d{1,2})\s*"
    r"(?:[a-z]{1,12}\.?(?:\s+[a-z]{1,12}\.?)?)?\s*(?:\([^()]{0,40}\))?\s*$",
    re.IGNORECASE,
)


def _amount_free(name: str) -> str:
    """``name`` without an amount at its end, if it ends in one (:data:`_TRAILING_AMOUNT`)."""
    return _TRAILING_AMOUNT.sub("", name, count=1) if len(name) <= 400 else name


#: A name's segment that is only an amount: a count and its unit ("1 Ball", "2 Slices").
_ONLY_AN_AMOUNT = re.compile(r"\s*\d[\d/.,\s]*\s*[A-Za-z]+\.?\s*")


def _without_brand(index: FoodIndex, name: str) -> str:
    """Drop a leading brand: a first segment ("Publix, ..." or "Chobani - ...") with a word
    no food has, when the rest still names something."""
    for separator, test in ((" - ", any), (",", all)):
        if separator in name:
            first, rest = name.split(separator, 1)
            if is_absent_food(first):
                return name  # the food itself, which the database lacks
            words = food_words(first).all
            # MyFitnessPal's "Brand - Food": a brand is a word no food has, or that only
            # branded foods have ("Heinz - Tomato Ketchup"), or a store brand USDA has no
            # food of ("Aldi Simply Nature": some foods have "simply" or "nature").
            brand = is_grocery_brand(first) or (
                words
                and (
                    test(w not in index.postings for w in words)
                    or (
                        separator == " - "
                        and all(_brand_word(index, w) for w in words)
                        and not _brand_has(index, words, food_words(rest).all)
                    )
                )
            )
            # The rest must name a food, not only say how it was prepared ("Sumac, Ground") or
            # how much ("Kenkey, 1 Ball": a ball of kenkey, no cheese ball); after a store
            # brand and MyFitnessPal's dash it always does, even misspelt ("Vons - Raw
            # Pistacios, Shelled").
            if (
                brand
                and not (separator == "," and _misspelt_food(index, first))
                and _ONLY_AN_AMOUNT.fullmatch(rest) is None
                and (
                    (separator == " - " and is_grocery_brand(first))
                    or any(w in index.postings and w not in _HOW for w in food_words(rest).all)
                )
            ):
                return rest
    return name


#: How close a word must be to a food's own name to be read as that name misspelt, not as a
#: brand ("Mozzerella" is mozzarella at 90; "Sainsburys" no Salisbury steak at 88.9).
_MISSPELT = 89.5


def _misspelt_food(index: FoodIndex, text: str) -> bool:
    """Whether a name's first segment is a food's own name misspelt ("Mozzerella, Fat Free";
    "Cappucino, Skim Milk"), not a brand before the food."""
    from rapidfuzz import fuzz

    return any(
        (fixed in index.head_postings or fixed in index.kind_postings)
        and fuzz.ratio(word, fixed) >= _MISSPELT
        for word, fixed in parse_query(index, text).corrected.items()
    )


def _brand_has(index: FoodIndex, brand: frozenset[str], food: frozenset[str]) -> bool:
    """Whether a food of the brand has a word of the food's name ("SILK Plain, soymilk" for
    "Silk - Original Soymilk"): the product itself is then in the database."""
    named = [index.postings[w] for w in brand - FILLER if w in index.postings]
    said = [index.postings[w] for w in food - FILLER - STATES if w in index.postings]
    if not named or not said:
        return False
    return bool(np.intersect1d(np.concatenate(named), np.concatenate(said)).size)


def _brand_word(index: FoodIndex, word: str) -> bool:
    if word in FILLER:
        return True
    having = index.postings.get(word)
    return having is None or bool(index.branded[having].all())


#: Words of a name's rest that say how a food was prepared, not what it is.
_HOW = FILLER | STATES | frozenset({"ground", "fresh", "frozen", "organic"})


def apply_matches(
    names: pd.Series, matches: pd.DataFrame, *, guesses: bool = True
) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Per diary row: the matched ``food_id`` (``NaN`` if none), why there is none (for an
    unmatched name, with its candidates), and why to skip it (a supplement, a quick-add).

    A ``guessed`` name's rows take its best guess, unless ``guesses`` is false: then they
    have no food, as an unmatched name's (:func:`guess_notes` says which rows took one)."""
    table = (matches if guesses else without_guesses(matches)).set_index("name")
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


def without_guesses(matches: pd.DataFrame) -> pd.DataFrame:
    """``matches`` with each ``guessed`` name unmatched again (no food), its reason and
    candidates kept."""
    guessed = matches["status"] == "guessed"
    if not guessed.any():
        return matches
    out = matches.copy()
    out.loc[guessed, ["food_id", "description"]] = ""
    out.loc[guessed, "status"] = "unmatched"
    return out


#: How a row that took its name's best guess starts its note in the account (as the rows
#: weighed at an assumed density start theirs with "ASSUMED").
GUESS_NOTE = "BEST GUESS"


def guess_notes(names: pd.Series, matches: pd.DataFrame) -> pd.Series:
    """Per diary row, the note of a row whose name's food is a best guess (:data:`GUESS_NOTE`
    and why the planner is not sure, with its candidates), else ``""``."""
    table = matches.drop_duplicates("name").set_index("name")
    guessed = table[table["status"] == "guessed"]
    if guessed.empty:
        return pd.Series("", index=names.index, dtype=object)
    why = (
        f"{GUESS_NOTE}: "
        + guessed["reason"]
        + guessed["candidates"].where(
            guessed["candidates"] == "", "; candidates: " + guessed["candidates"]
        )
    )
    return pd.Series(names.astype(object).map(why).fillna(""), index=names.index, dtype=object)


def distinct_names(names: Iterable[str], groups: Iterable[str] | None = None) -> pd.DataFrame:
    """Distinct names with their row counts (and the first group each appears in)."""
    values = names if isinstance(names, pd.Series) else pd.Series(list(names), dtype=object)
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    counts = np.bincount(codes, minlength=len(uniques))
    if groups is None:
        group = np.full(len(uniques), "", dtype=object)
    else:
        # Codes count up in order of first appearance: a code above all before it is a first.
        first = np.flatnonzero(np.diff(np.maximum.accumulate(codes), prepend=-1) > 0)
        at = groups if isinstance(groups, pd.Series) else pd.Series(list(groups), dtype=object)
        group = at.iloc[first].to_numpy(dtype=object)
    table = pd.DataFrame(
        {"name": np.asarray(uniques, dtype=object), "rows": counts, "group": group}, dtype=object
    )
    table["rows"] = table["rows"].astype(int)
    return table[table["name"] != ""].reset_index(drop=True)
