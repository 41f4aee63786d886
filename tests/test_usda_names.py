"""Plain-word menu items in USDA's own naming: word order, category heads, forms, stand-ins.

Each expectation was checked by hand against ``data/foods.csv`` and ``data/portions.csv``
(the values per 100 g and the portions quoted beside each case).
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from planner.resolve.amounts import unit_grams, volume_stand_ins
from planner.resolve.names import distinct_names, match_names, under_usda_head
from planner.resolve.ranking import parse_query
from planner.resolve.words import food_words


def _match(index, *names: str) -> pd.DataFrame:
    return match_names(distinct_names(list(names)), index=index).set_index("name")


def _assert_matched(index, name: str, food_ids: set[str]) -> None:
    """The name is matched, without asking, to one of ``food_ids``."""
    row = _match(index, name).loc[name]
    assert row["status"] == "matched", row["reason"]
    assert row["food_id"] in food_ids


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # FNDDS "Banana, raw" is the name exactly; SR28 "Bananas, raw" says the same words
        # and is taken (SR28 first), with its small, medium and large portions.
        ("banana, raw", "sr28:09040"),
        # FNDDS "Orange, raw" and SR28 "Oranges, raw, all commercial varieties".
        ("orange, raw", "sr28:09200"),
        # FNDDS "Coffee, brewed" has no SR28 twin word for word: the exact food stays.
        ("coffee, brewed", "fndds:92101000"),
    ],
)
def test_a_description_said_in_other_words_is_shared(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] == "exact"
    assert row["food_id"] == food_id


def test_the_sr28_twin_is_said_and_only_taken_when_picking(index) -> None:
    picked = _match(index, "banana, raw").loc["banana, raw"]
    assert "2 foods say this name word for word" in picked["reason"]
    # Asked to leave shared descriptions to the user, the one exact description is taken.
    names = distinct_names(["banana, raw"])
    asked = match_names(names, index=index, ambiguous="reject").set_index("name")
    assert asked.at["banana, raw", "food_id"] == "fndds:63107010"


def test_a_name_in_english_order_is_the_food_usda_names_inverted(index) -> None:
    # "whole wheat pita" is every word of "Bread, pita, whole-wheat" (SR28 18042) and of
    # FNDDS's "Bread, pita, whole wheat", and no more: the order alone kept its score at 71.
    row = _match(index, "whole wheat pita").loc["whole wheat pita"]
    assert row["status"] == "matched"
    assert row["food_id"] == "sr28:18042"
    assert "word for word" in row["reason"]


@pytest.mark.parametrize(
    ("name", "food_id", "read_as"),
    [
        # "Squash, summer, zucchini, includes skin, cooked, boiled, drained, without salt"
        ("zucchini, cooked", "sr28:11478", "squash, summer, zucchini, cooked"),
        # "Pasta, whole-wheat, cooked", whose common names include spaghetti
        (
            "whole wheat spaghetti, cooked",
            "sr28:20125",
            "pasta, whole wheat spaghetti, cooked",
        ),
        # "Sauce, pasta, spaghetti/marinara, ready-to-serve", not its low-sodium variant
        ("marinara sauce", "sr28:06931", "sauce, pasta, marinara sauce"),
    ],
)
def test_a_food_usda_files_under_a_broader_head(
    index, name: str, food_id: str, read_as: str
) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] == "matched", row["reason"]
    assert row["food_id"] == food_id
    assert f"read as {read_as!r}" in row["reason"]


def test_a_pasta_shape_needs_its_preparation_to_be_read_as_pasta(index) -> None:
    # Dry and cooked pasta differ 2.3 times per 100 g: a shape alone is not guessed.
    assert under_usda_head("Whole Grain Penne") is None
    assert under_usda_head("penne, cooked") == "pasta, penne, cooked"
    assert under_usda_head("pasta, cooked") is None
    assert _match(index, "Whole Grain Penne").at["Whole Grain Penne", "status"] == "guessed"


def test_drained_canned_beans_only_fndds_has_are_fndds(index) -> None:
    # SR28 has black beans canned with their liquid only (16018: 91 kcal, 308 mg K per
    # 100 g); FNDDS's "from canned" beans are drained (64 % water, 134 kcal, 453 mg K).
    table = _match(index, "black beans, canned, drained", "kidney beans, canned, drained")
    assert table.at["black beans, canned, drained", "food_id"] == "fndds:41102080"
    # SR28 has kidney beans drained (16145): the analysed food stays first.
    assert table.at["kidney beans, canned, drained", "food_id"] == "sr28:16145"
    assert "drained" in food_words("Black beans, from canned, no added fat").all


def test_cooked_with_fat_is_a_variant_but_fried_is_a_way_of_cooking() -> None:
    # "fat added": 178 kcal per 100 g against 134 for "no added fat" (FNDDS black beans).
    assert "withfat" in food_words("Black beans, from canned, fat added").all
    assert "withfat" not in food_words("Black beans, from canned, no added fat").all
    # French fries are named "french fried": no variant of themselves.
    fries = "Potatoes, french fried, all types, salt added in processing, frozen, oven heated"
    assert "withfat" not in food_words(fries).all


def test_a_canned_foods_salt_is_the_cannerys(index) -> None:
    at = {str(f): i for i, f in enumerate(index.food_ids)}
    # 348 mg sodium per 100 g against SR28's canned black beans' 384: no salt added.
    assert not index.salty[at["fndds:41102080"]]


def test_fortification_is_a_variant_and_its_absence_the_plain_food(index) -> None:
    added = food_words(
        "Apple juice, canned or bottled, unsweetened, with added ascorbic acid, calcium, "
        "and potassium"
    )
    assert "fortified" in added.all
    assert "fortified" in food_words("Apple juice, 100%, with calcium added").all
    plain = food_words("Apple juice, canned or bottled, unsweetened, without added ascorbic acid")
    assert not {"ascorbic", "acid", "fortified"} & plain.all
    # 09016 (without added ascorbic acid) and 09400 (with) are one food in minerals (101 mg
    # K, 8 mg Ca per 100 g); 09517 with calcium and potassium (184 mg K, 70 mg Ca) is not.
    row = _match(index, "apple juice, unsweetened").loc["apple juice, unsweetened"]
    assert row["status"] == "matched", row["reason"]
    assert row["food_id"] == "sr28:09016"


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # FNDDS codes a salad without its dressing: "Spinach salad, no dressing".
        ("spinach salad", "fndds:75147000"),
        # Soft margarine is tub margarine, salted as sold, as butter is: FNDDS's "Margarine,
        # tub" or SR28's tub with salt (674 and 657 mg Na per 100 g), not SR28's tub without
        # salt (28 mg).
        ("margarine, soft", {"fndds:81102020", "sr28:04611"}),
        # Carrots cut in sticks are carrots, raw, not fish sticks.
        ("carrot sticks", "sr28:11124"),
        # SR28 files dressings under "Salad dressing": "..., italian dressing, commercial,
        # reduced fat" (102 kcal, 891 mg Na per 100 g), not its unsalted twin (30 mg Na).
        ("italian dressing, reduced fat", "sr28:04021"),
        # Mayonnaise is sold salted: FNDDS's regular (635 mg Na), not tofu mayonnaise.
        ("mayonnaise", "fndds:83107000"),
        # "Salad dressing, home recipe, vinegar and oil" (1 mg Na per 100 g), not FNDDS's
        # Italian dressing made with vinegar and oil (993 mg).
        ("oil and vinegar dressing", "sr28:04135"),
        # Pancakes made from a mix are pancakes: "Pancakes, whole-wheat, dry mix,
        # incomplete, prepared" (250 mg Ca per 100 g), not the mix as bought (449 mg).
        ("pancakes, whole wheat", "sr28:18300"),
        # ... but a variant: home-made pancakes and cornbread are made from a recipe.
        ("Pancakes, Homemade", "sr28:18293"),
        ("Cornbread, homemade", "fndds:52202060"),
    ],
)
def test_plain_menu_words_in_usda_terms(index, name: str, food_id: str | set[str]) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] == "matched", row["reason"]
    assert row["food_id"] in ({food_id} if isinstance(food_id, str) else food_id)


def test_a_mix_prepared_is_the_food_made_from_it() -> None:
    prepared = food_words("Pancakes, whole-wheat, dry mix, incomplete, prepared")
    assert "mix" not in prepared.all
    assert "frommix" in prepared.all
    assert "mix" in food_words("Pancakes, whole-wheat, dry mix, incomplete").all


def test_a_category_head_of_filler_names_the_food_after_it() -> None:
    words = food_words("Salad dressing, home recipe, vinegar and oil")
    assert words.head == ("vinegar", "and", "oil")
    assert words.combined
    assert food_words("Salad dressing, italian dressing, reduced calorie").head == (
        "italian",
        "dressing",
    )


@pytest.mark.parametrize(
    ("unit", "grams"),
    [
        # "serving 1/2 cup" = 132 g is 264 g a cup, 16.5 g a tablespoon (1/16 cup).
        ("cup", 264.0),
        ("tbsp", 16.5),
    ],
)
def test_a_volume_stated_inside_a_portion_gives_the_density(
    portions: pd.DataFrame, unit: str, grams: float
) -> None:
    key = ("sr28:06931", unit)
    result = unit_grams([key], portions)[key]
    assert result.grams is not None
    assert math.isclose(result.grams, grams)
    assert "serving 1/2 cup" in result.via


def test_a_cup_of_a_variety_is_a_cup_of_the_same_vegetable(
    foods: pd.DataFrame, portions: pd.DataFrame
) -> None:
    # "Carrots, baby, raw" has only pieces (medium 10 g, large 15 g); "Carrots, raw" has
    # 1 cup chopped = 128 g (SR28 11124).
    stand_ins = volume_stand_ins(foods, ["sr28:11960"])
    assert stand_ins == {"sr28:11960": "sr28:11124"}
    described = {"sr28:11960": "Carrots, baby, raw"}
    key = ("sr28:11960", "cup")
    result = unit_grams([key], portions, stand_ins=stand_ins, descriptions=described)[key]
    assert result.grams == 128.0
    assert "without its variety" in result.via
    assert "sr28:11124" in result.via
    # Its own pieces come first; a cooked or canned food has no such stand-in.
    own = unit_grams([("sr28:11960", "medium")], portions, stand_ins=stand_ins)
    assert own[("sr28:11960", "medium")].grams == 10.0
    assert volume_stand_ins(foods, ["sr28:11478"]) == {}


@pytest.mark.parametrize(
    ("name", "food_ids"),
    [
        # A condensed soup is eaten made up with water: SR28 06440 "Soup, minestrone, canned,
        # prepared with equal volume water" (34 kcal, 254 mg Na per 100 g), not the can's
        # condensed soup (06040, 68 kcal, 516 mg Na).
        ("Minestrone Soup, Canned", {"sr28:06440"}),
        # A concentrate named prepared is the drink: "..., diluted with 3 volume water" (SR28
        # 09215, 37 kcal, 158 mg K; FNDDS's "frozen, reconstituted"), not the undiluted
        # concentrate (09214, 148 kcal, 629 mg K).
        ("Orange Juice, Frozen Concentrate, Prepared", {"sr28:09215", "fndds:61210620"}),
        # ... and one named as bought is the concentrate (SR28 14292, 196 kcal; FNDDS's "not
        # reconstituted").
        ("Lemonade, Frozen Concentrate", {"sr28:14292", "fndds:92511000"}),
        # Bacon is SR28's "Pork, cured, bacon": microwaved (10861, 1783 mg Na per 100 g),
        # not FNDDS's bacon cooked in a way it does not say.
        ("Bacon (Microwaved)", {"sr28:10861"}),
        # A potato boiled and peeled after is another than one peeled and boiled (SR28 11365,
        # 379 mg K per 100 g, against 11367, 328 mg): "without skin" is the second.
        ("Potatoes, Boiled, Without Skin", {"sr28:11367"}),
        # Poached is cooked by moist heat, as SR28 cooks fish (15082: 455 mg K per 100 g).
        ("Coho Salmon, Poached", {"sr28:15082"}),
        # Butter and margarine named alone are salted, as sold: SR28 01001 or FNDDS's stick
        # (643 and 524 mg Na per 100 g), not "Butter, without salt" (11 mg); nut butters
        # keep the salt rule.
        ("Butter", {"sr28:01001", "fndds:81101000"}),
        ("Margarine, Stick", {"sr28:04610", "fndds:81102010"}),
    ],
)
def test_how_a_food_is_sold_and_made_up(index, name: str, food_ids: set[str]) -> None:
    _assert_matched(index, name, food_ids)


def test_peanut_butter_is_the_salted_product_as_sold_unless_the_name_says_no_salt(index) -> None:
    # SR28 16098 "Peanut butter, smooth style, with salt" (426 mg Na per 100 g) is the usual
    # jar; 16398 "..., without salt" (17 mg) is what a name says has no salt.
    for name, wanted in (
        ("Peanut butter, smooth", {"sr28:16098", "fndds:42202000"}),
        ("Peanut butter, smooth, no salt added", {"sr28:16398", "fndds:42202010"}),
    ):
        row = _match(index, name).loc[name]
        assert row["food_id"] in wanted, row["reason"]


def test_what_a_name_is_made_with_is_an_ingredient_without_a_comma_too(index) -> None:
    name = "oatmeal made with milk"
    row = _match(index, name).loc[name]
    assert "oat milk" not in str(row["description"]).lower()
    assert "oat milk" not in str(row["candidates"]).lower().split(";")[0]


def test_a_size_logged_in_the_name_is_no_word_of_the_food() -> None:
    assert food_words("Beer, Regular, 12 oz").all == food_words("Beer, Regular").all
    assert food_words("Flour Tortilla, 8 inch").all == food_words("Flour Tortilla").all
    # The fat a cut is trimmed to stays (0" and 1/8" are two cuts).
    assert (
        food_words('Beef, brisket, trimmed to 0" fat').all
        != food_words("Beef, brisket, trimmed to fat").all
    )


def test_a_drink_with_a_vitamin_added_is_a_food_not_a_supplement() -> None:
    from planner.resolve.names import skip_reason

    assert skip_reason("Tropicana - Calcium + Vitamin D Orange Juice") == ""
    assert skip_reason("Vitamin D3 2000 IU") != ""
    assert skip_reason("Vitamin C") != ""
    # A name that says the vitamins are added to the food, or not, names the food.
    assert skip_reason("Milk, 1%, With Added Vitamin A and Vitamin D") == ""
    assert skip_reason("Apple Juice, Bottled, No Vitamin C Added") == ""
    assert skip_reason("Calcium + Vitamin D3, 600 mg, Fortified") != ""  # a dose


@pytest.mark.parametrize(
    ("name", "food_ids"),
    [
        # SR28's Chinese cabbages: pak-choi is bok choy, pe-tsai napa cabbage.
        ("bok choy, cooked", {"sr28:11117"}),
        ("Napa Cabbage", {"sr28:11119"}),
        # "Cowpeas, common (blackeyes, crowder, southern), mature seeds, cooked, boiled,
        # without salt".
        ("black-eyed peas, cooked", {"sr28:16063"}),
        # Filed under cookies and crackers: "Cookies, fig bars", "Crackers, crispbread, rye".
        ("fig bars", {"sr28:18170", "fndds:53220030"}),
        ("rye crispbread", {"sr28:18216"}),
        ("buttermilk, low fat", {"sr28:01088"}),
        # Olive oil's grade is no other food in USDA's tables.
        ("extra virgin olive oil", {"sr28:04053", "fndds:82104000"}),
        # Corn on the cob is eaten cooked: fresh sweet corn boiled, without salt.
        ("corn on the cob", {"sr28:11168", "sr28:11901"}),
    ],
)
def test_everyday_names_usda_files_otherwise(index, name: str, food_ids: set[str]) -> None:
    _assert_matched(index, name, food_ids)


def test_a_birds_class_is_no_kind_and_wings_keep_their_skin(index) -> None:
    # "Chicken, broilers or fryers, thigh, meat only, cooked, roasted" (SR28 05098) is a
    # chicken thigh: the class comes before the part.
    assert food_words("Chicken, broilers or fryers, thigh, meat only, cooked, roasted").kind == (
        "thigh",
    )
    assert food_words(
        "Chicken, broilers or fryers, dark meat, drumstick, meat only, cooked, roasted"
    ).kind == ("drumstick",)
    # Cream's "light" is a kind of cream, not a bird's light meat.
    assert food_words("Cream, light").kind == ("light",)
    # A wing named without its skin is eaten with it: SR28 05196 "Turkey, all classes, wing,
    # meat and skin, cooked, roasted", not the meat only.
    row = _match(index, "Turkey Wing, Roasted").loc["Turkey Wing, Roasted"]
    assert row["food_id"] == "sr28:05196", row["reason"]


@pytest.mark.parametrize(
    ("name", "food_ids"),
    [
        # String cheese is low-moisture part-skim mozzarella (SR28 01029).
        ("string cheese", {"sr28:01029"}),
        # SR28 writes plant milks as one word ("Soymilk, ..."); chocolate is a flavour a
        # plain name does not ask for.
        ("soy milk, calcium fortified", {"sr28:16139", "sr28:16222"}),
        # Herbal tea is USDA's herb tea: "Beverages, tea, herb, other than chamomile,
        # brewed" (SR28 14381) or FNDDS's hot herbal tea, not chamomile (14545).
        ("herbal tea", {"sr28:14381", "fndds:92306000"}),
        # Pineapple in chunks is pineapple: SR28 09266, raw.
        ("pineapple chunks, fresh", {"sr28:09266", "fndds:63141010"}),
    ],
)
def test_forms_and_flavours_written_otherwise(index, name: str, food_ids: set[str]) -> None:
    _assert_matched(index, name, food_ids)


def test_chunky_peanut_butter_is_chunk_style() -> None:
    assert food_words("chunky peanut butter").all == food_words("Peanut butter, chunk style").all


@pytest.mark.parametrize(
    ("name", "food_ids"),
    [
        # Pork is a sausage's usual meat: SR28 07013 "Bratwurst, pork, cooked", not chicken.
        ("Bratwurst, Cooked", {"sr28:07013", "fndds:25220350"}),
        # The cut a name says: SR28 11095 "Broccoli, frozen, spears, ...", not "chopped".
        ("Broccoli Spears, Cooked from Frozen", {"sr28:11095"}),
        # Small white beans are a kind (SR28 16046), not white beans of a small size.
        ("Small White Beans, Boiled", {"sr28:16046"}),
        # No salt added, where USDA has only the low-sodium product: SR28 11949 "Catsup, low
        # sodium" (20 mg Na per 100 g), not "Catsup" (907 mg).
        ("Ketchup, No Salt Added", {"sr28:11949", "fndds:74401110"}),
        # A soup prepared with water is the condensed soup made up (SR28 06559).
        ("Tomato Soup, Prepared with Water", {"sr28:06559", "fndds:74602010"}),
    ],
)
def test_the_usual_form_of_a_food_with_values(index, name: str, food_ids: set[str]) -> None:
    _assert_matched(index, name, food_ids)


def test_a_food_without_minerals_is_not_taken_without_asking(index) -> None:
    # "Alcoholic Beverage, wine, table, red, Cabernet Sauvignon" (SR28 14097) has none of
    # potassium, magnesium, calcium and sodium; red table wine (SR28 14096) has all four.
    row = _match(index, "Red Wine, Cabernet Sauvignon").loc["Red Wine, Cabernet Sauvignon"]
    assert row["food_id"] != "sr28:14097" or row["status"] == "guessed"


def test_a_name_just_under_the_threshold_with_a_clear_lead_is_matched(index) -> None:
    from planner.resolve.names import LEAD_POINTS, MATCH_THRESHOLD, NEAR_POINTS

    # "Rice, white, long-grain, parboiled, enriched, cooked" (SR28 20047) scores 70.8; the
    # unenriched rice next to it is one food with it in minerals, and the next that is not,
    # brown parboiled rice (61.7), trails by more than the lead.
    name = "Parboiled Rice, Cooked"
    row = _match(index, name).loc[name]
    assert MATCH_THRESHOLD - NEAR_POINTS <= row["score"] < MATCH_THRESHOLD
    assert LEAD_POINTS < 70.8 - 61.7
    assert row["status"] == "matched"
    assert row["food_id"] == "sr28:20047"


@pytest.mark.parametrize(
    ("name", "food_ids"),
    [
        # Yellow is sweet corn's usual colour: SR28 11168, not white corn (11901).
        ("corn on the cob, boiled", {"sr28:11168"}),
        ("sweet corn, canned, drained", {"sr28:11172"}),
    ],
)
def test_sweet_corn_is_yellow_unless_named_white(index, name: str, food_ids: set[str]) -> None:
    _assert_matched(index, name, food_ids)


def test_a_product_named_prepared_is_not_the_dry_product(index) -> None:
    name = "Quaker - Instant Grits Original (prepared)"
    row = _match(index, name).loc[name]
    assert "dry" not in str(row["description"]).lower() or row["status"] == "guessed"


@pytest.mark.parametrize(
    ("name", "food_ids"),
    [
        # "Spices, turmeric, ground" (SR28 02043) however the grinding is written.
        ("Turmeric (Ground)", {"sr28:02043"}),
        ("ground allspice", {"sr28:02001"}),
        # Ground flaxseed is the seed: SR28 12220 "Seeds, flaxseed".
        ("flaxseed ground", {"sr28:12220", "fndds:43104000"}),
    ],
)
def test_ground_spices_and_seeds(index, name: str, food_ids: set[str]) -> None:
    _assert_matched(index, name, food_ids)


@pytest.mark.parametrize(
    ("query", "food_id"),
    [
        # Gammon is cured ham; named without a state, the cooked one, as eaten (SR28's
        # only roasted whole ham is the lean).
        ("gammon", "sr28:10153"),
        ("linseed", "sr28:12220"),
        ("polenta", "fndds:56201516"),
        ("haricot beans", "sr28:16037"),
        ("star fruit", "sr28:09060"),
        ("mahi mahi", "sr28:15023"),
        ("breast milk", "sr28:01107"),
        ("snap peas", "sr28:11300"),
    ],
)
def test_british_trade_and_everyday_names_find_the_usda_food(
    index, query: str, food_id: str
) -> None:
    from planner.resolve.search import search_foods

    found = search_foods(index, query, limit=3)["food_id"].tolist()
    assert food_id in found, found


def test_a_state_that_makes_another_food_is_found_when_named(index) -> None:
    from planner.resolve.search import search_foods

    # SR28 11609 "Beets, pickled, canned, solids and liquids": "pickled" makes a food
    # another, unless the name says it.
    assert search_foods(index, "pickled beetroot", limit=1)["food_id"].iloc[0] == "sr28:11609"
    assert search_foods(index, "beetroot", limit=1)["food_id"].iloc[0] != "sr28:11609"


@pytest.mark.parametrize(
    ("query", "food_id"),
    [
        ("hot dog buns", "fndds:51154010"),  # Roll, white, hot dog bun
        ("spare ribs", "sr28:10089"),  # cooked (braised), as meat named without a state
        ("kettle corn", "fndds:54403089"),
        ("albacore tuna", "sr28:15126"),
        ("stewed prunes", "sr28:09292"),
    ],
)
def test_more_everyday_names(index, query: str, food_id: str) -> None:
    from planner.resolve.search import search_foods

    assert food_id in search_foods(index, query, limit=3)["food_id"].tolist()


@pytest.mark.parametrize(
    ("name", "food_ids"),
    [
        # "Beef, flank, steak, ...": the cut and its form are one kind, a flank steak (all
        # grades, SR28 13948).
        ("flank steak, broiled", {"sr28:13948", "sr28:13949"}),
        # SR28 "Pork, fresh, loin, tenderloin, ...": the tenderloin is the cut.
        ("pork tenderloin, roasted", {"sr28:10222", "sr28:10061"}),
        # Grits are corn grits: SR28 "Cereals, corn grits, ..., cooked with water, without
        # salt".
        ("grits, cooked, without salt", {"sr28:08091", "sr28:08164"}),
    ],
)
def test_cuts_and_cereals_as_usda_files_them(index, name: str, food_ids: set[str]) -> None:
    _assert_matched(index, name, food_ids)


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # The maker's segment of a branded description is no part of the food's name:
        # "Cereals ready-to-eat, GENERAL MILLS, CHEERIOS" is Cheerios.
        ("Cheerios", "sr28:08013"),
        # ... nor its possessive before the product ("KELLOGG'S FROOT LOOPS").
        ("Froot Loops", "sr28:08030"),
        # A ready-to-eat cereal's name need not say cereal again ("GRAPE-NUTS Cereal").
        ("Grape Nuts", "sr28:08038"),
    ],
)
def test_a_branded_food_is_named_without_its_maker(index, name: str, food_id: str) -> None:
    _assert_matched(index, name, {food_id})


def test_the_makers_words_still_find_its_food(index) -> None:
    from planner.resolve.search import search_foods

    assert (
        "sr28:08013" in search_foods(index, "general mills cheerios", limit=3)["food_id"].tolist()
    )


def test_a_ground_meats_lean_and_fat_and_a_yogurts_milk_in_parentheses() -> None:
    # "93/7" is USDA's "93% lean, 7% fat" (SR28 05665, "Ground turkey, 93% lean, 7% fat, raw").
    assert (
        food_words("Ground Turkey, 93/7, Raw").all
        == food_words("Ground turkey, 93% lean, 7% fat, raw").all
    )
    # The milk a yogurt is made from, in parentheses too, is its fat level.
    assert "milk" not in food_words("Plain Yogurt (Whole Milk)").all
    assert food_words("Panko Breadcrumbs").all == food_words("Bread crumbs").all


def test_a_list_of_foods_is_a_combined_food(index) -> None:
    from planner.resolve.search import search_foods

    # "Mozzarella cheese, tomato, and basil, with oil and vinegar dressing" is a salad of
    # three foods: "mozzarella" is the cheese.
    assert food_words(
        "Mozzarella cheese, tomato, and basil, with oil and vinegar dressing"
    ).combined
    first = search_foods(index, "mozzarella", limit=1)["description"].iloc[0]
    assert first.lower().startswith("cheese, mozzarella")


def test_what_usda_includes_under_a_food_is_found_but_not_asked_for(index) -> None:
    from planner.resolve.search import search_foods

    # "Cookies, sugar, commercially prepared, regular (includes vanilla)" (SR28 18204) is the
    # sugar cookie; "Cookie, sugar wafer" is another.
    row = _match(index, "Sugar Cookie").loc["Sugar Cookie"]
    assert row["food_id"] in {"sr28:18204", "fndds:53241500"}, row["reason"]
    # ... while "kaiser" still finds "Rolls, hard (includes kaiser)".
    assert "sr28:18353" in search_foods(index, "kaiser roll", limit=3)["food_id"].tolist()


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        ("Gouda", "sr28:01022"),
        ("Camembert", "sr28:01007"),
        ("Mozzarella, Whole Milk", "sr28:01026"),
    ],
)
def test_a_cheese_is_named_by_its_kind(index, name: str, food_id: str) -> None:
    # SR28 names cheeses "Cheese, gouda": the category costs nothing when a name says the kind.
    _assert_matched(index, name, {food_id})


@pytest.mark.parametrize(
    ("name", "food_ids"),
    [
        ("Mandarin Oranges, Canned in Juice, Drained", {"sr28:09383"}),
        ("broccoli rabe, cooked", {"sr28:11097"}),
        ("Bulgur Wheat, Dry", {"sr28:20012"}),
    ],
)
def test_names_of_produce_and_grains_usda_writes_otherwise(
    index, name: str, food_ids: set[str]
) -> None:
    _assert_matched(index, name, food_ids)


def test_cremini_are_crimini(index) -> None:
    from planner.resolve.search import search_foods

    assert search_foods(index, "cremini mushrooms", limit=1)["food_id"].iloc[0] == "sr28:11266"


def test_fish_as_usually_sold_and_fish_never_frozen(index) -> None:
    # "Crustaceans, shrimp, mixed species, cooked, moist heat (may have been previously
    # frozen)" (SR28 15151) is shrimp steamed as most are sold: "mixed species" and the
    # sampling aside are no kind. Fish "not previously frozen" is a variant: Alaska pollock,
    # cooked, 166 mg sodium per 100 g against the usual 419 (SR28 15267 and 15067).
    row = _match(index, "shrimp, steamed").loc["shrimp, steamed"]
    assert row["food_id"] == "sr28:15151", row["reason"]
    row = _match(index, "pollock alaska cooked").loc["pollock alaska cooked"]
    assert row["food_id"] == "sr28:15067", row["reason"]


@pytest.mark.parametrize(
    ("name", "food_ids"),
    [
        # Half and half is a cream: SR28 01049 "Cream, fluid, half and half", not cream cheese.
        ("Half & Half Cream", {"sr28:01049", "fndds:12120100"}),
        # Poached poultry is USDA's stewed: SR28 05065, breast meat only, stewed.
        ("Chicken Breast, Poached", {"sr28:05065"}),
        # Instant oatmeal prepared with water is cooked with it (SR28 08123), not made with milk.
        ("Instant Oatmeal, Plain, Prepared with Water", {"sr28:08123", "fndds:56203216"}),
    ],
)
def test_more_names_as_usda_writes_them(index, name: str, food_ids: set[str]) -> None:
    if name == "Chicken Breast, Poached":
        # Matched, as sure: the stewed breast (SR28 05065) scores 78, above SURE_SCORE, and the
        # braised skinless one (SR28 05746) 77, moist heat both.
        row = _match(index, name).loc[name]
        assert (row["status"], row["food_id"]) == ("matched", "sr28:05065"), row["reason"]
        return
    _assert_matched(index, name, food_ids)


def test_a_dry_gravy_is_a_mix_a_name_must_ask_for() -> None:
    # "Gravy, turkey, dry" is the mix as sold: a concentrate, a variant of the gravy.
    assert "concentrated" in food_words("Gravy, turkey, dry").all
    assert "concentrated" not in food_words("Gravy, turkey, canned, ready-to-serve").all


def test_parmigiano_and_a_can_not_drained(index) -> None:
    from planner.resolve.search import search_foods

    first = search_foods(index, "Parmigiano-Reggiano, Hard", limit=1)["food_id"].iloc[0]
    assert first in {"sr28:01033", "fndds:14108020"}
    # A can "not drained" is its whole contents, never FNDDS's drained beans.
    row = _match(index, "Black Beans, Canned, Not Drained").loc["Black Beans, Canned, Not Drained"]
    assert row["food_id"] != "fndds:41102080" or row["status"] == "guessed"


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # "Chicken or turkey cacciatore": turkey is the other name of the dish, not a word the
        # name lacks.
        ("chicken cacciatore 1 cup", "fndds:27141000"),
        # "Fish, cake or patty": a fish cake, not an angel food cake.
        ("fish cakes 2 cakes", "fndds:27250050"),
        # FNDDS's baked fish "coated" is breaded, and a plain baked fish is not coated: SR28's
        # tilapia cooked by dry heat, without the salt FNDDS assumes.
        ("Baked Breaded Tilapia, 1 Fillet", "fndds:26158020"),
        ("baked tilapia", "sr28:15262"),
        # FNDDS grills chicken "with sauce" (barbecue) or without; bbq is barbecue.
        ("grilled bbq chicken breast with skin", "fndds:24123310"),
        # Buffalo wings are FNDDS's wings with hot sauce, not a meatless product.
        ("buffalo wings restaurant 6 wings", "fndds:24168000"),
        # Skinless and boneless are properties of the breast: SR28's grilled skinless,
        # boneless breast (05747) says the whole name, before FNDDS's salted grilled breast.
        ("grilled chicken breast boneless skinless", "sr28:05747"),
    ],
)
def test_fndds_dish_words(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert (row["status"], row["food_id"]) == ("matched", food_id), row["reason"]


def test_alternatives_are_another_name_and_cost_nothing() -> None:
    from planner.resolve.ranking import _alternatives_apart

    words, alternatives = _alternatives_apart(food_words("Chicken or turkey cacciatore"))
    assert alternatives == ("turkey",)
    assert "turkey" not in words.all
    assert {"chicken", "cacciatore"} <= words.all
    # States stay: "baked or broiled" is read as two ways of cooking.
    words, alternatives = _alternatives_apart(food_words("Fish, cod, baked or broiled"))
    assert alternatives == ()
    assert {"baked", "broiled"} <= words.all


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # Food for a baby is USDA's babyfood; infant formula stays its own food.
        ("a jar of strained pears (stage 1)", "sr28:03132"),
        # A count in words opens the name.
        ("two deviled eggs", "fndds:32102000"),
        # A flower's honey is honey; a candy cane is hard candy.
        ("a drizzle of thyme honey", "sr28:19296"),
        # British brown bread is the wholemeal loaf, not Boston's.
        ("two slices of brown bread", "sr28:18075"),
        # Moussaka is FNDDS's eggplant and meat casserole.
        ("moussaka (eggplant and ground meat casserole)", "fndds:77316600"),
    ],
)
def test_menu_words_of_stop_29(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["food_id"] == food_id, row["reason"]


def test_a_dish_with_alternatives_still_combines_two_foods(index) -> None:
    # "Beef with cream or white sauce": its alternative ("white") is another name, and it is
    # still beef with a sauce, no plain beef.
    at = list(index.food_ids).index("fndds:27113000")
    assert index.combined[at]


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        ("crab ragoon 4 pieces", "fndds:58111200"),
        ("schezuan beef 1 cup", "fndds:27415130"),
        ("Wild Hog, Cooked, 4 Oz", "fndds:23345100"),
        ("Chicken Fried Steak, 1 Steak", "fndds:21104110"),
        ("noodle kugel 1 piece", "fndds:58149110"),
        ("beef bourgignon 1 cup", "fndds:27111200"),
        ("a squirt of cheese from an aerosol can", "fndds:14420300"),
        ("Black Forest Gateau, 1 Slice", "fndds:53102800"),
    ],
)
def test_fndds_dishes_as_people_name_them(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["food_id"] == food_id, row["reason"]


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # The fat a food is cooked in is how it was cooked, and which fat is its kind.
        ("two eggs scrambled in butter", "fndds:32130020"),
        ("an egg fried in olive oil", "fndds:31105030"),
        ("plantains cooked in butter", "fndds:71905100"),
        # A buttered vegetable is FNDDS's vegetable cooked with butter, not the raw one.
        ("buttered cabbage", "fndds:75211032"),
        # "No skin" is the meat only, not an unknown word.
        ("chicken thigh, stewed, no skin", "sr28:05099"),
        # FNDDS's "peel eaten" is the skin eaten; SR28's "with peel" is the usual cucumber.
        ("baked potato, peel eaten, with sour cream", "fndds:71508010"),
        ("cucumber slices", "sr28:11205"),
        # The sauce is not the wings; "bell pepper" is read after any earlier phrase.
        ("buffalo wing sauce 1 tbsp", "fndds:74406060"),
        ("red bell pepper strips", "sr28:11821"),
        # Fresh greens simmered are cooked.
        ("fresh collard greens, simmered", "sr28:11162"),
        # Names of stop 30's vocabulary.
        ("apple crumble", "fndds:53415100"),
        ("candyfloss", "fndds:91745050"),
        ("rice vermicelli, cooked", "sr28:20134"),
        ("virgin pina colada", "fndds:92512090"),
        ("hot dog on a wheat bun", "fndds:27564001"),
        ("French toast, two slices", "fndds:55301000"),
        # Coffee with milk or cream is one drink; SR28's coffee liqueur "with cream" stays one.
        ("coffee with milk", "fndds:92130010"),
        ("coffee with cream and sugar", "fndds:92130000"),
        ("Coffee and Cream Liqueur, 50ml", "sr28:14415"),
        # Sandwiches and egg whites as menus write them.
        ("a sloppy joe on a white bun", "fndds:27510100"),
        ("egg whites scrambled with cooking spray", "fndds:32400075"),
        # Grocery brands USDA lacks are dropped; one in a segment of its own still is.
        ("kirkland signature almonds", "sr28:12061"),
        ("tillamook medium cheddar 1 oz", "sr28:01009"),
        ("Jennie-O - Ground Turkey 93/7 (raw)", "sr28:05665"),
    ],
)
def test_names_of_stop_30(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["food_id"] == food_id, row["reason"]


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # Beans "with meat" are the dish, though "meat" alone is a filler word.
        ("Black Beans with Meat", "fndds:41102170"),
        # An egg over easy or sunny side up is fried; a bare count at the end is the amount.
        ("eggs over easy 2", "sr28:01128"),
        ("sunny side up egg", "sr28:01128"),
        ("two percent milk", "sr28:01079"),
        ("Miller Lite - Beer, 1 can", "fndds:93102000"),
        ("white rice side", "sr28:20045"),
        ("Black Coffee, 1 Large Mug", "sr28:14209"),
        # The fat a vegetable is roasted with, and roasted vegetables, are cooked with fat.
        ("roasted asparagus with olive oil", "fndds:75202027"),
        ("roasted brussels sprouts", "fndds:75209021"),
        ("greens with fatback", "fndds:72118221"),
        ("stir fry veg", "fndds:75340020"),
        ("fajita veggies", "fndds:75307000"),
        ("sour cream and onion chips", "fndds:71200120"),
        ("cheese and onion crisps", "fndds:71200140"),
        ("chilli tortilla chips", "fndds:54401085"),
        ("vanilla coke", "fndds:92411510"),
        ("scotch and soda", "fndds:93301170"),
        ("juice box", "fndds:92510610"),
        ("decaf frappuccino", "fndds:92101930"),
        ("taco meat", "fndds:27116350"),
        ("a1 sauce", "fndds:74406100"),
        ("vodka sauce", "fndds:74404090"),
        ("garlic knots", "fndds:51156500"),
        ("jalapeno poppers", "fndds:75410550"),
        ("mcdonalds nuggets", "sr28:21309"),
        ("cheese calzone", "fndds:58108000"),
        ("tuna salad made with miracle whip", "fndds:27450062"),
        # Where a menu's food was had says nothing of the food.
        ("a gin and tonic at the airport bar", "fndds:93301060"),
        ("a pint of IPA", "fndds:93102300"),
        ("Athletic Brewing - Non-Alcoholic IPA", "fndds:92803000"),
        ("a can of tomato juice on the plane", "sr28:11886"),
        ("marinated green and wax bean salad", "fndds:75302080"),
        # Tracker words: a UK baker's name alone is its bread; grocery brands USDA lacks.
        ("Warburtons Wholemeal Medium, 2 Slices", "sr28:18075"),
        ("Hovis Wholemeal Bread, 2 Slices", "sr28:18075"),
        ("heineken 1 bottle", "fndds:93101000"),
        ("Cadbury Dairy Milk, 4 Chunks", "sr28:19120"),
        ("Philadelphia Original, 30g", "sr28:01017"),
        ("fried egg sunny side up x2", "sr28:01128"),
    ],
)
def test_names_of_stop_31(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id, row["reason"]


def test_sauteed_vegetables_are_cooked_with_fat_and_pringles_stay_pringles() -> None:
    # SR28's stir-fried mushrooms keep their word; a sauteed vegetable gains added fat.
    assert "addedfat" in food_words("garlic sauteed spinach").all
    assert "addedfat" not in food_words("sauteed chicken breast").all
    # Pringles' flavour is no flavoured chip of FNDDS: they stay chips made from dried potatoes.
    pringles = food_words("pringles sour cream and onion 16 crisps")
    assert "flavored" not in pringles.all
    assert "dried" in pringles.all


def test_a_recipe_made_with_butter_is_no_kind_of_fat() -> None:
    # A cookie made from a recipe with butter is a homemade cookie; eggs made with butter are
    # eggs cooked in that fat.
    cookie = food_words("Cookies, chocolate chip, prepared from recipe, made with butter")
    eggs = food_words("Egg omelet or scrambled egg, made with butter")
    assert "fatbutter" not in cookie.all
    assert "fatbutter" in eggs.all


def test_home_fries_are_potatoes(index) -> None:
    # Not "Yuca fries" or sweet potato fries: FNDDS's "Potato, home fries, ...".
    row = _match(index, "diner home fries").loc["diner home fries"]
    assert row["food_id"].startswith("fndds:714030"), row["reason"]


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # Where and when a food was had says nothing of it (Ramadan's hours, an Easter basket,
        # the fridge, the sink); a brat is a bratwurst, a flute of champagne sparkling wine.
        ("jelly beans from the easter basket, 12 each", "sr28:19108"),
        ("plain whole-wheat pita at suhoor", "sr28:18042"),
        ("a glass of water to break the fast", "sr28:14411"),
        ("hard-boiled eggs from the fridge, 2", "sr28:01129"),
        ("champagne, 1 flute of", "fndds:93401005"),
        ("sauerkraut piled on the hot dog", "fndds:75230000"),
        # Peeps, a chocolate bunny, Cracker Jack and Cheetos by what USDA calls them.
        ("peeps marshmallow bunnies", "sr28:19116"),
        ("milk chocolate easter bunny", "sr28:19120"),
        ("cracker jack 1 box", "sr28:19038"),
        ("cheetos crunchy 1 oz", "fndds:54401081"),
        # Dishes said the way people say them.
        ("boxed mac and cheese", "sr28:32005"),
        ("vegetable biryani", "fndds:58160000"),
        ("homemade pasta with marinara sauce", "fndds:58146222"),
        ("cheese toastie, 1 toastie", "fndds:14640100"),
        ("california roll 8 pieces", "fndds:58151180"),
        ("chicken ramen bowl", "fndds:58407042"),
        ("black beans simmered from dry", "sr28:16015"),
        # Pepsi is a cola; British baked beans are plain; the curd size of cottage cheese.
        ("pepsi, 1 can", "sr28:14148"),
        ("baked beans in tomato sauce, 1/2 tin", "sr28:16006"),
        ("small curd cottage cheese 1/2 cup", "sr28:01012"),
        ("steamed stir fry veg", "fndds:75340010"),
        # UK and tracker words: porage, jacket, closed cup, 0 %, a trailing tin, a knob.
        ("porage oats cooked with water", "sr28:08121"),
        ("Sweet Potatoes, Jacket", "sr28:11508"),
        ("closed cup mushrooms", "sr28:11260"),
        ("Greek Yoghurt 0% Fat, 170g", "sr28:01256"),
        ("Chopped Tomatoes, 1/2 Tin", "sr28:11531"),
        ("Salted Butter, 1 Knob", "sr28:01001"),
        ("ridged sour cream and onion crisps", "fndds:71200220"),
        ("Oatly Oat Drink, 250ml", "fndds:11360200"),
    ],
)
def test_names_of_stop_32(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id, row["reason"]


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # A store brand before an MFP dash is its own segment, though USDA has foods with
        # "simply" and "nature"; sizes before "white" or "brown" eggs are of the shell.
        ("Aldi Simply Nature - Kiwi, 2 fruit", "fndds:63126500"),
        ("Kirkland - Cage Free Eggs, Hard Boiled, 2 large", "sr28:01129"),
        ("Great Value - Medium Brown Eggs, 2", "sr28:01123"),
        # A salted FNDDS dish said word for word is that dish, not the one without the meat.
        (
            "Pasta, Whole Grain, with Tomato-based Sauce and Meat, Home Recipe",
            "fndds:58146622",
        ),
        # FNDDS misspells "Bluberries, canned"; people do too, and mean raw or frozen ones.
        ("bluberries frozen 1 cup", "fndds:63203600"),
        # UK shop words.
        ("Loose Pears, 2 Pears", "sr28:09252"),
        ("Easy Peelers, 3 Fruit", "sr28:09433"),
        ("Philadelphia Original Soft Cheese, 1 tbsp", "sr28:01017"),
        ("Cavolo Nero, Raw, 80g", "sr28:11233"),
        ("Milled Linseed", "sr28:12220"),
        ("full cream milk 250ml", "sr28:01077"),
        # Amounts at the end: a fraction of a head, a sleeve, ears of corn.
        ("Iceberg Lettuce, 1/4 Head", "sr28:11252"),
        ("Crackers, Saltine, 2 Sleeves", "sr28:18228"),
        ("Corn on the Cob, Yellow, Boiled, 2 Ears", "sr28:11168"),
        # Long grain rice named without its colour is white; plain boiled spaghetti the pasta.
        ("long grain rice, steamed, 1 cup", "sr28:20045"),
        ("spaghetti plain boiled", "sr28:20121"),
        ("cottage cheese 4 percent", "sr28:01012"),
        # Where and when: a cast-iron skillet, a hotel buffet.
        ("pancakes from the cast iron skillet", "fndds:55101000"),
        ("scrambled eggs from the hotel buffet", "sr28:01132"),
        # Burns Night: tatties are potatoes; Scottish tablet is a fudge, no supplement.
        ("tatties, boiled", "sr28:11367"),
        ("a square of Scottish tablet (vanilla fudge)", "sr28:19103"),
        # Cooked with lard is FNDDS's "fat added"; mayonnaise "for sandwiches" is mayonnaise.
        ("canned pinto beans cooked with lard", "fndds:41104040"),
        ("mustard for sandwiches", "fndds:75506010"),
    ],
)
def test_names_of_stop_33(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id, row["reason"]


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # A dish "with meat" keeps its meat, though "meat" alone says nothing ("meat only").
        ("Potato, Baked, Peel not Eaten, with Meat, 1 potato", "fndds:71507025"),
        ("pasta whole grain with cream sauce and meat restaurant 1 cup", "fndds:58146701"),
        # FNDDS foods with the same words: the one in the name's order.
        ("cake or cupcake white with chocolate icing bakery 2 cupcakes", "fndds:53121270"),
        # A red pepper by the pepper or its size is the vegetable; by the teaspoon the spice.
        ("Red Pepper, 1 Large", "sr28:11821"),
        ("red pepper 1/4 tsp", "sr28:02031"),
        # Raw almonds are FNDDS's unroasted ones, not its (roasted) "Almonds, unsalted".
        ("raw almonds, unsalted, 30 g", "fndds:42101000"),
        # Store brands and their ranges say nothing of the food.
        ("Waitrose Essential Cherry Tomatoes, 6 tomatoes", "sr28:11529"),
        ("Sainsbury's Taste the Difference Granny Smith Apple", "sr28:09502"),
        ("Asda Smart Price Baked Beans, 1/2 tin", "sr28:16006"),
        ("Co-op Semi Skimmed Milk, 200ml", "sr28:01079"),
        ("Tesco Finest Mature Cheddar, 30g", "sr28:01009"),
        ("Sprouts - Blueberries, 1 cup", "sr28:09050"),
        # ... nor do the label's words: organic, thick cut, pasture raised, quick cooking.
        ("Organic Bananas, 2 medium", "sr28:09040"),
        ("Thick Cut Bacon, Pan Fried, 2 slices", "sr28:10862"),
        ("Pasture Raised Eggs, Scrambled, 2 eggs", "sr28:01132"),
        ("Quick Cooking Oats, Cooked with Water, 1 cup", "sr28:08121"),
        # A hard-cooked peeled egg is hard-boiled; dry toast is toast.
        ("Hard Cooked Peeled Eggs, 2 eggs", "sr28:01129"),
        ("dry wholemeal toast 2 slices", "sr28:18076"),
        # A size in inches in brackets is the amount's; a wine's glass is its volume.
        ('Bananas, 2 large (8" to 8-7/8" long)', "sr28:09040"),
        ("Red Wine, 250ml Glass", "fndds:93401010"),
        # Soused herring is pickled.
        ("soused herring 2 fillets", "sr28:15041"),
    ],
)
def test_names_of_stop_34(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id, row["reason"]


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # Store brands USDA lacks, a store's organic range among them, say nothing of the food.
        ("Ocado Skimmed Milk, 200ml", "sr28:01085"),
        ("Great Value Organic - Frozen Broccoli Florets, boiled, 1 cup", "sr28:11093"),
        ("Waitrose Essential Blueberries, 150g Punnet", "sr28:09050"),
        # Nor do the label's or the shop's words: yellow, peeled (a banana, an egg), grade A,
        # a cheese block, black coffee, a tea with no milk, pretzel twists (hard pretzels).
        ("Giant Eagle - Yellow Bananas, peeled, 1 large", "sr28:09040"),
        ("Happy Belly - Grade A Large Eggs, Hard Boiled, peeled, 2 eggs", "sr28:01129"),
        ("Sam's Choice - Cheddar Cheese Block, 1 oz", "sr28:01009"),
        ("black drip coffee 12 fl oz", "sr28:14209"),
        ("Lidl Breakfast Tea, No Milk, 1 Mug", "sr28:14355"),
        ("a mug of breakfast tea with milk", "fndds:92306800"),
        ("salted pretzel twists 1 oz", "sr28:19047"),
        # UK soft cheese is cream cheese, an almond drink almond milk.
        ("Aldi UK Light Soft Cheese, 30g", "fndds:14303010"),
        ("unsweetened almond drink 1 cup", "sr28:14091"),
        # Angel food cake is SR28's "angelfood"; macaroni cheese macaroni with cheese; nigiri
        # the sushi topped with its fish; upma FNDDS's; grated Parmigiano grated parmesan.
        ("angel food cake 1 slice", "sr28:18086"),
        ("Macaroni Cheese, Ready Meal, 1 Portion", "fndds:58145110"),
        ("salmon nigiri 2 pieces", "fndds:58151420"),
        ("semolina upma 1 cup", "fndds:58174000"),
        ("grated parmigiano 1 tbsp", "sr28:01032"),
        ("a caffe mocha", "fndds:92101950"),
        # A fish fillet "oven baked" is baked (SR28's dry heat).
        ("salmon fillet oven baked 1 fillet", "sr28:15237"),
        # Guards: a jar of marinara and a Hass avocado, right before.
        ("marinara sauce from a jar 1/2 cup", "sr28:06931"),
        ("Hass Avocado, 1/2 Fruit", "sr28:09038"),
    ],
)
def test_names_of_stop_35(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id, row["reason"]


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # A description word for word with its amount at the end is that food, enriched or
        # not, bone in or not, with or without vitamin A as it says.
        ("Rice, White, Long-Grain, Regular, Raw, Unenriched, 2 cups", "sr28:20444"),
        ("Cornmeal, Degermed, Unenriched, Yellow, 1 cup", "sr28:20422"),
        ("Milk, Canned, Evaporated, with Added Vitamin A, 1 Tbsp", "sr28:01153"),
        (
            "Pork, Fresh, Loin, Center Rib (Chops), Boneless, Separable Lean Only, Cooked, "
            "Broiled, 4 oz",
            "sr28:10201",
        ),
        # Rice named without its kind is white rice, after a store brand or before its state.
        ("Tesco Steamed Long Grain Rice, 125g", "sr28:20045"),
        ("rice cooked 1 cup", "sr28:20045"),
        # Red peppers, plural, are the vegetable; a shop's range and a tin say nothing more.
        ("Co-op Red Peppers, 1 pepper", "sr28:11821"),
        ("Asda Just Essentials Whole Milk, 250ml", "sr28:01077"),
        ("Lidl Tin of Chopped Tomatoes, 200g", "sr28:11531"),
        # A fish loin is its fillet; liquid egg whites, tea bags, a baking potato, creamy
        # peanut butter (SR28's smooth style) and a store's "original" chips are the food.
        ("Waitrose Haddock Loin, Oven Baked, 1 loin", "sr28:15034"),
        ("egg whites liquid 1/2 cup", "sr28:01124"),
        ("Hannaford - Green Tea Bags, brewed, 1 cup", "sr28:14278"),
        ("Publix - Baking Potatoes, baked, 1 medium", "sr28:11674"),
        ("creamy peanut butter 1 tbsp", "sr28:16098"),
        ("Meijer - Tortilla Chips, Original, 1 oz", "fndds:54401075"),
        ("fresh spinach for a smoothie 1 cup", "sr28:11457"),
        # Guards: old-fashioned oats, red pepper flakes, right before.
        ("old fashioned oats", "sr28:08120"),
        ("red pepper flakes 1 tsp", "sr28:02031"),
    ],
)
def test_names_of_stop_36(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id, row["reason"]


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # A unit Lose It! writes as a segment of its own is no word of the food.
        ("Olive Oil, Extra Virgin, Tbsp, 2 Tbsp", "fndds:82104000"),
        ("Wine, Red, Glass, 6 Fl Oz", "fndds:93401010"),
        # Boneless wings are their own food; fresh milk is fluid milk, not the dried.
        ("boneless buffalo wings", "fndds:24168031"),
        ("Sainsbury's Whole Milk, fresh, 500ml", "sr28:01077"),
        # Spaghetti boiled without salt is the pasta, not the spinach spaghetti; tomatoes in
        # tomato juice are canned tomatoes, not the juice.
        ("spaghetti boiled no salt 1 cup", "sr28:20121"),
        ("Tesco Plum Tomatoes in Tomato Juice, 1 tin", "sr28:11531"),
        # Raw nuts are unsalted as they are: SR28's raw cashews, not FNDDS's roasted ones.
        ("raw cashews, unsalted, 1 oz", "sr28:12087"),
        ("Clementines, Seedless, 2 Fruit", "sr28:09433"),
        ("Walnut Halves, 1 Oz", "sr28:12155"),
        ("Co-op Irresistible Milk Chocolate Bar, 1 bar", "sr28:19120"),
        # Tea named alone is black tea; a 4 % cottage cheese the creamed one; Coke Zero a diet
        # cola; salmon croquettes the salmon cake; hash browns SR28's home-prepared ones.
        ("a mug of tea", "sr28:14355"),
        ("cottage cheese, 4% milkfat, 1 cup", "sr28:01012"),
        ("a can of coke zero", "fndds:92410320"),
        ("salmon croquettes 2 croquettes", "fndds:27250070"),
        ("hash browns 1 cup", "sr28:11370"),
        # Guards: green tea, black walnuts and full cream milk, right before.
        ("green tea 1 cup", "sr28:14278"),
        ("black walnuts 1 oz", "sr28:12154"),
        ("full cream milk glass", "sr28:01077"),
    ],
)
def test_names_of_stop_37(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id, row["reason"]


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # Edamame named alone or shelled are SR28's frozen edamame as sold and cooked; boiled
        # they are its green soybeans.
        ("shelled edamame 1 cup", "sr28:11212"),
        ("edamame boiled, unsalted", "sr28:11451"),
        # Sardines and mackerel "in oil" are canned in oil, not the fish's oil; tuna in oil
        # of no kind is light tuna.
        ("Sardines in Olive Oil, 1 tin", "sr28:15088"),
        ("tuna in sunflower oil, drained", "sr28:15119"),
        # USDA has red potatoes only baked: boiled ones are boiled potatoes.
        ("boiled red potatoes", "sr28:11367"),
        # Halibut is the Atlantic and Pacific fish, not Greenland halibut.
        ("grilled halibut fillet", "sr28:15037"),
        # Canned sweet potato is the plain pieces; cooked mushrooms the white ones.
        ("canned sweet potatoes 1 cup", "sr28:11512"),
        ("sliced mushrooms, cooked", "sr28:11261"),
        # A store brand before a food's own description is that food word for word.
        ("Winco Foods - Buttermilk, 1 cup", "fndds:11115300"),
        # Half-caf coffee is FNDDS's blend; fat-free franks SR28's; purple cabbage red.
        ("half-caf coffee 12 fl oz", "fndds:92101500"),
        ("fat free hot dogs 2 franks", "sr28:07905"),
        ("purple cabbage 1 cup", "sr28:11112"),
        ("Happy Farms - Grated Parmesan, 2 tbsp", "sr28:01032"),
        ("hot tea, black", "sr28:14355"),
        ("Lidl Dark Chocolate 72%, 25g", "sr28:19904"),
        ("a can of chickpeas", "sr28:16058"),
        # Guards: instant half-caf coffee, kidney beans rinsed, Harvard beets when named.
        ("half caf instant coffee 1 cup", "sr28:14203"),
        ("kidney beans, canned, rinsed", "sr28:16335"),
        ("Harvard beets, canned", "sr28:11605"),
    ],
)
def test_names_of_stop_38(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id, row["reason"]


def test_potatoes_boiled_with_the_skin_on_were_boiled_in_it(index) -> None:
    # Not SR28's microwaved or baked potatoes, which keep their skin too; SR28's boiled one
    # is peeled after cooking, so the planner asks (its best guess shown).
    for name in ("new potatoes boiled skin on 200g", "Red Potatoes, Boiled with Skin, 1 Cup"):
        row = _match(index, name).loc[name]
        assert row["food_id"] == "sr28:11365", row["reason"]


def test_a_food_the_database_lacks_is_no_brand_before_another(index) -> None:
    # "Mochi, Strawberry" is a mochi, not strawberries; "Prime Hydration - Ice Pop" a drink,
    # not an ice pop: neither is matched without asking.
    # Nor are candidates offered, which a tracker's numbers could pick from.
    matched = _match(index, "Mochi, Mango, 2 Pieces", "Prime Hydration - Ice Pop, 1 bottle")
    for name in ("Mochi, Mango, 2 Pieces", "Prime Hydration - Ice Pop, 1 bottle"):
        assert matched.at[name, "status"] == "unmatched"
        assert matched.at[name, "candidates"] == ""
        assert "USDA tables do not have" in matched.at[name, "reason"]


def test_one_letter_for_another_is_fixed_in_a_long_word(index) -> None:
    # "chesse" and "salmom" are one letter off a word many foods have.
    assert parse_query(index, "blue chesse").corrected == {"chesse": "cheese"}
    assert parse_query(index, "salmom fillet").corrected == {"salmom": "salmon"}


def test_a_probiotic_drink_is_no_supplement_and_a_capsule_is(index) -> None:
    # Yakult is a fermented milk drink, not in USDA: unmatched, not skipped as a supplement.
    matched = _match(index, "Yakult Light Probiotic Drink, 1 bottle", "probiotic capsule 1 capsule")
    assert matched.at["Yakult Light Probiotic Drink, 1 bottle", "status"] == "unmatched"
    assert matched.at["probiotic capsule 1 capsule", "status"] == "skipped"


def test_one_slip_of_the_keys_is_fixed_and_a_rare_word_is_not_taken(index) -> None:
    # Two letters swapped ("appel", "mlik"), or one vowel for another in a word many foods
    # have ("salmen"), is a slip; "nigiri" is not the "nigari" of four tofu foods.
    assert parse_query(index, "appel").corrected == {"appel": "apple"}
    assert parse_query(index, "2% mlik").corrected == {"mlik": "milk"}
    assert parse_query(index, "salmen fillet").corrected == {"salmen": "salmon"}
    assert "nigiri" not in parse_query(index, "salmon nigiri").corrected


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # Words of fresh22 and menus_fresh21: a home-cooked dish is the home recipe, UK
        # lasagne lasagna, guac guacamole, a beefsteak tomato a red tomato, jack cheese
        # Monterey Jack, Libby's-style "100% pure pumpkin" canned pumpkin, a gyro wrap the gyro
        # sandwich, paczki custard-filled doughnuts, caramel corn the caramel-coated popcorn,
        # Vernors ginger ale, a churro "with cinnamon sugar" a churro, sausage gravy over a
        # biscuit FNDDS's biscuit with gravy, a jar's marinara the ready-to-serve sauce,
        # "lukewarm" a temperature only.
        ("pasta with marinara, home cooked 1 plate", "fndds:58146222"),
        ("lasagne with meat sauce", "sr28:22977"),
        ("guac", "fndds:63409010"),
        ("beefsteak tomato raw", "sr28:11529"),
        ("jack cheese shredded", "sr28:01025"),
        ("100% pure pumpkin", "sr28:11424"),
        ("gyro wrap", "fndds:27516010"),
        ("a custard-filled paczki", "fndds:53521210"),
        ("caramel corn with peanuts", "sr28:19038"),
        ("a can of Vernors-style ginger soda", "sr28:14136"),
        ("churro with cinnamon sugar", "fndds:53520200"),
        ("sausage gravy over biscuit", "fndds:58128000"),
        ("jar marinara", "sr28:06931"),
        ("lukewarm decaf latte", "fndds:92101910"),
        # An instant cereal "prepared (microwaved or boiling water added)" is no microwaved
        # food a name that says "prepared" would shun.
        ("Instant Oatmeal, Plain, Prepared with Water", "sr28:08123"),
        # A biscuit from baking mix is the biscuit made from the mix; "caffeinated" FNDDS's
        # "caffeine containing" (and "decaffeinated" stays); a chuckwagon's cobbler a cobbler;
        # an ice cream sandwich bar the sandwich.
        ("a biscuit from dry baking mix", "sr28:18011"),
        ("a caffeinated fruit-flavored soda", "fndds:92410550"),
        ("decaffeinated coffee", "sr28:14201"),
        ("chuckwagon peach cobbler", "fndds:53410800"),
        ("a vanilla ice cream sandwich bar from the corner store", "fndds:13120500"),
        # A guard: Colby Jack stays Colby Jack.
        ("colby jack cheese", "fndds:14104250"),
    ],
)
def test_names_of_stop_39(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id, row["reason"]


def test_cooked_said_no_other_way_is_not_microwaved(index) -> None:
    # SR28's frozen corn is 81 kcal per 100 g boiled and drained, 131 kcal microwaved: a
    # name that says only "cooked" is the boiled one (the planner may still ask).
    for name in ("Frozen Corn, Cooked", "Corn, cooked from frozen"):
        assert _match(index, name).at[name, "food_id"] == "sr28:11179"


def test_a_dish_in_its_sauce_is_the_dish_the_name_gives(index) -> None:
    # "Tuna noodle casserole" is FNDDS's casserole "with cream or white sauce" (168 kcal per
    # 100 g), not the one "with vegetables" the name does not give (149 kcal).
    name = "tuna and noodle casserole 1 cup"
    assert _match(index, name).at[name, "food_id"] == "fndds:27250610"


def test_a_brand_fndds_gives_in_brackets_finds_its_food(index) -> None:
    # FNDDS names brands after the food: "Tortilla chips, nacho cheese flavor (Doritos)",
    # "Crackers, woven wheat, plain (Triscuit)". The brand finds them, not cheese nachos.
    from planner.resolve.search import search_foods

    found = search_foods(index, "doritos", limit=3)["food_id"].tolist()
    assert set(found) == {"fndds:54401110", "fndds:54401111", "fndds:54401112"}
    name = "Doritos Nacho Cheese, snack bag"
    assert _match(index, name).at[name, "food_id"] == "fndds:54401110"
    # A name that gives the burger is measured by it: "Whopper Jr" is no Whopper Jr with cheese.
    name = "Whopper Jr, Burger King, 1 Burger"
    assert _match(index, name).at[name, "food_id"] == "fndds:27510552"


def test_sweets_named_gummies_are_no_supplement(index) -> None:
    # Mango gummies with chamoy, and Eccles cakes, are foods USDA lacks: unmatched with that
    # reason, not skipped as supplements or matched to another sweet; vitamin gummies stay
    # supplements.
    names = ("chamoy mango gummies 1 serving", "Eccles Cakes (Bakery), 1 Cake")
    matched = _match(index, *names, "Vitafusion D3 Gummies, 2 Gummies")
    for name in names:
        assert matched.at[name, "status"] == "unmatched"
        assert "USDA tables do not have" in matched.at[name, "reason"]
    assert matched.at["Vitafusion D3 Gummies, 2 Gummies", "status"] == "skipped"


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # UK store brands USDA has no food of are dropped before the food they name.
        ("Costcutter Top Sirloin Steak, 150g", "sr28:13451"),
        ("Londis Crumbled Feta, 30g", "sr28:01019"),
        ("Aldi Everyday Essentials Fresh Aubergine, 100g", "sr28:11209"),
        ("Sainsbury's Stamford Street Lentils, Boiled, 180g", "sr28:16070"),
        ("Waitrose No.1 Clementines, 80g", "sr28:09433"),
        # A broth or stock is the soup, not canned chicken "with broth"; a stock cube is
        # not; USDA's vegetable stock is its broth; a store's stock "reduced salt" its
        # reduced-sodium broth.
        ("chicken broth", "sr28:06194"),
        ("beef broth", "sr28:06008"),
        ("canned chicken with broth", "sr28:05277"),
        ("vegetable stock", "sr28:06700"),
        ("chicken stock, homemade", "sr28:06172"),
        ("chicken stock, low sodium", "sr28:06970"),
        # A white potato is a potato; boiled is not baked (94 kcal per 100 g baked with
        # skin, 86 boiled without).
        ("boiled white potatoes", "sr28:11367"),
        # Turkey breast bought sliced or from the deli is the deli meat (922 mg sodium per
        # 100 g), unless roasted at home.
        ("Good & Gather - Sliced Turkey Breast, 2 slices", "sr28:07081"),
        ("deli turkey breast 4 slices", "sr28:07081"),
        ("sliced roast turkey breast", "sr28:05220"),
        # Sirloin alone is beef's top sirloin steak; cultured buttermilk the lowfat one; an
        # oat beverage oat milk; a doughnut filled with jam USDA's jelly doughnut.
        ("grilled sirloin", "sr28:13451"),
        ("Meijer - Cultured Buttermilk, 8 fl oz", "sr28:01088"),
        ("oat beverage", "fndds:11360200"),
        ("jam filled doughnut", "fndds:53521140"),
        # Chicken sold bone-in has its skin unless the name says skinless; a soup
        # "prepared" is the canned one made up with water.
        ("Costcutter Bone-in Chicken Thigh, Roasted, 100g", "sr28:05094"),
        ("bone-in skinless chicken thigh, baked", "sr28:05098"),
        ("Chicken Noodle Soup, Prepared, 1 Cup", "sr28:06419"),
        # Menu words of menus_fresh22: a buffet, the PX, a salad "undressed".
        ("buffet hash browns", "sr28:11370"),
        ("beef jerky from the PX", "fndds:21602100"),
        ("buffet Caesar salad with romaine, undressed", "fndds:72116150"),
    ],
)
def test_names_of_stop_40(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id, row["reason"]


def test_boiled_is_not_microwaved_nor_a_salted_survey_food_baked(index) -> None:
    # Frozen corn boiled is SR28's boiled corn (81 kcal per 100 g), never the microwaved one
    # (131 kcal), though the planner may ask between yellow and white; FNDDS's "Potato,
    # boiled, from fresh, peel eaten" said word for word is that food, not SR28's baked potato.
    for name in ("Corn from Frozen, Boiled, 1 Cup", "frozen corn kernels, boiled"):
        assert _match(index, name).at[name, "food_id"] == "sr28:11179"
    name = "Potato, Boiled, from Fresh,  Peel Eaten, no Added Fat"
    assert _match(index, name).at[name, "food_id"] == "fndds:71103125"


def test_reduced_sodium_is_the_special_product(index) -> None:
    # "Breakfast Sausage, Cooked" is the usual pan-fried sausage (814 mg sodium per 100 g),
    # not "Pork sausage, reduced sodium, cooked" (294 mg); a name that asks for it gets it.
    name = "Breakfast Sausage, Cooked, 1 Serving"
    assert _match(index, name).at[name, "food_id"] == "sr28:07064"
    name = "Chicken Broth, Reduced Sodium, 1 Cup"
    assert _match(index, name).at[name, "food_id"] == "sr28:06183"


def test_a_dish_with_cheese_is_not_the_dish_without(index) -> None:
    # Cheese costs nothing in a cheese's own name ("Cheese, gouda"), but "Pasta with
    # tomato-based sauce and cheese" (50 mg calcium per 100 g) is not spaghetti with tomato
    # sauce (the home recipe, 17 mg); a name with cheddar or parmesan asks for the cheese.
    for name, food_id in (
        ("spaghetti with tomato sauce 1 cup", "fndds:58146222"),
        ("pasta with tomato sauce and cheese", "fndds:58146150"),
        ("mac and cheese", "fndds:58145110"),
    ):
        assert _match(index, name).at[name, "food_id"] == food_id
    name = "tuna salad with cheddar 1/2 cup"
    assert _match(index, name).at[name, "food_id"] == "fndds:27450090"


def test_a_query_that_is_a_description_word_for_word_finds_it_first(index) -> None:
    from planner.resolve.search import search_foods

    # Typed without its commas, a description is still that food: FNDDS's "Beef, ground,
    # raw", not the first of SR28's ground beef by fat; the meat and vegetable pizza topping,
    # not the vegetable one.
    for query, food_id in (
        ("beef ground raw", "fndds:21500000"),
        ("topping from meat and vegetable pizza", "fndds:14620330"),
        (
            "pork fresh loin sirloin (chops) boneless separable lean only cooked braised",
            "sr28:10215",
        ),
    ):
        assert search_foods(index, query, limit=3)["food_id"].iloc[0] == food_id


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # Words of fresh24: Frosties are the UK's frosted flakes, "choc" is chocolate (a choc
        # ice the chocolate-covered bar, choc ice cream the ice cream), dried plums prunes,
        # squirty cream the aerosol cream, angel cake angel food cake, ranch alone the
        # dressing, whey protein the whey-based powder.
        ("frosties", "sr28:08069"),
        ("milk choc", "sr28:19120"),
        ("Choc Ice, 1", "sr28:01237"),
        ("choc ice cream 1 serving", "sr28:19270"),
        ("organic dried plums", "sr28:09291"),
        ("squirty cream", "sr28:01054"),
        ("angel cake slice", "sr28:18086"),
        ("ham croquetas", "fndds:27220080"),
        ("ranch", "sr28:04639"),
        ("whey protein scoop", "sr28:14066"),
        ("whey protein powder", "sr28:14066"),
        # A lamb gyro is the sandwich, not ground lamb; meatballs in cream sauce are Swedish.
        ("lamb gyro", "fndds:27516010"),
        ("meatballs in cream sauce", "fndds:27113300"),
        # A strawberry soda is a fruit-flavoured soft drink, not strawberries; a diet Dr
        # Pepper is the diet one (the sugared one has 44 kcal per 100 g), a plain one not.
        ("a can of red strawberry soda", "fndds:92410510"),
        ("Diet Dr Pepper, 12 fl oz", "fndds:92410370"),
        ("dr pepper", "sr28:14153"),
        ("a grande decaf peppermint mocha", "fndds:92101965"),
        # Other names of foods USDA has under its own.
        ("chicken kyiv", "fndds:27146400"),
        ("taylor ham", "fndds:22431000"),
        ("chili mac", "fndds:27212120"),
        ("french dip", "fndds:27513070"),
        ("marble rye", "fndds:51401030"),
        ("loaded potato skins", "fndds:71411000"),
        ("wonton crisps", "fndds:54336100"),
        ("albondigas", "fndds:27118110"),
        ("swiss roll", "fndds:53113000"),
        ("craisins", "sr28:09079"),
        ("chinese leaf", "sr28:11119"),
        ("salad onions", "sr28:11291"),
        ("sesame prawn toast", "fndds:27250450"),
        ("steak-umm", "fndds:21420100"),
        # Menu words of menus_fresh23: what a food goes on or where it came from is no food
        # of its own ("on the sandwich" is no sandwich); corn "on the cob" still is.
        ("a slice of reduced-fat provolone on the sandwich", "sr28:01208"),
        ("fried onion rings from the drive-in", "fndds:75415022"),
        ("a bottle of Iron City Light", "fndds:93102000"),
        ("cookout baked beans", "sr28:16005"),
        ("a pickled egg out of the bar jar", "fndds:31107000"),
        ("peach preserves on the biscuit", "sr28:19297"),
        ("corn on the cob, boiled", "sr28:11168"),
    ],
)
def test_names_of_stop_41(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id, row["reason"]


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # Boiled peanuts are boiled, salted as USDA has them only, not the unsalted
        # dry-roasted ones; a steamed fish is FNDDS's steamed one, not SR28's dry heat.
        ("boiled peanuts", "sr28:16088"),
        ("Steamed Haddock, 150g", "fndds:26117160"),
        # Menu words of menus_fresh24: where a food was bought says nothing of it.
        ("a banana from the fruit cart", "sr28:09040"),
        ("a fortune cookie from the takeout bag", "sr28:18171"),
        ("a swirl of whipped cream from a can", "sr28:01054"),
        ("two speculoos cookies", "sr28:18172"),
        ("a light-and-sweet deli coffee", "fndds:92130000"),
        ("a black-and-white cookie", "sr28:28293"),
        ("a bacon and egg on a toasted bagel", "fndds:34001620"),
        ("a Chick-fil-A chicken biscuit", "fndds:27540145"),
        ("Country Captain (curried chicken in tomato sauce)", "fndds:27146150"),
        ("hazelnut pralines", "fndds:91705015"),
        ("a kolache with a walnut filling", "sr28:18247"),
        # Store brands of fresh25.
        ("Farmfoods All Butter Croissants, 1 each", "sr28:18239"),
        # Tater Tots are the frozen product, unless a restaurant made them.
        ("Tater Tots, Baked", "fndds:71505040"),
        ("Tater Tots, Restaurant, 1 Order", "fndds:71505010"),
        # Guards: what the new rules must leave alone.
        ("peanuts, dry roasted", "sr28:16390"),
    ],
)
def test_names_of_stop_42(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id, row["reason"]


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        # FNDDS's own "NFS" said word for word is that survey food, though it assumes salt:
        # "Sweet Potato, NFS" (161 mg sodium per 100 g) is no raw sweet potato.
        ("Sweet Potato, NFS", "fndds:73401000"),
        ("Rice, Cooked, NFS", "fndds:56205000"),
        # A dish's own name before its gloss, after a colon too.
        ("nyama choma: roast goat meat", "sr28:17169"),
        # Store brands of fresh26, and the pack a UK line names before its weight.
        ("Heron Beetroot, Boiled, 1 portion (80g)", "sr28:11081"),
        ("Heron Blackberries, Punnet, 80g", "sr28:09042"),
        ("M&S Chocolate Ice Cream, Scoop, 125g", "sr28:19270"),
        # Words of fresh26 and menus_fresh25.
        ("chicken noodle soup can diluted generic 3/4 cup", "sr28:06419"),
        ("salt iodized generic 1 tbsp", "sr28:02047"),
        ("Waitrose Williams Pear, 150g", "sr28:09412"),
        ("Jewel-Osco - Whipped Cream, Aerosol Can, 1 tsp", "sr28:01054"),
        ("agave generic", "fndds:91302020"),
        ("Nisa Hot Wings, Takeaway, 1 pack", "fndds:24168000"),
        ("a medium baked sweet potato, nothing on it", "sr28:11508"),
        ("a chocolate-iced cake doughnut", "fndds:53520140"),
        ("a can of caffeine-free Diet Coke", "fndds:92410350"),
        ("a 12-ounce bottle of orange Fanta", "sr28:14150"),
        ("a pour of bourbon, neat", "fndds:93502000"),
        ("a tall glass of iced tea sweetened with Splenda", "fndds:92308010"),
        ("a crisp Iowa-grown apple", "fndds:63101000"),
        # Guards: what the new rules must leave alone.
        ("old fashioned oats", "sr28:08120"),
        ("Margarine, Tub, 80% Fat, Salted", "sr28:04611"),
        ("sugar in the raw turbinado 1 packet", "sr28:19908"),
        ("Granny Smiths apple", "sr28:09502"),
    ],
)
def test_names_of_stop_43(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id, row["reason"]


def test_impossible_foods_are_not_the_meat_they_copy(index) -> None:
    # Impossible's plant-based nuggets are no chicken nuggets, which USDA has; its products
    # are not in USDA's tables, and the name is left to the person with that reason.
    name = "Impossible - Chicken Nuggets, 5 nuggets"
    row = _match(index, name).loc[name]
    assert row["status"] == "unmatched"
    assert "USDA tables do not have" in row["reason"]
