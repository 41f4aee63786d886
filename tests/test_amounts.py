"""Amounts and units to grams."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.resolve.amounts import (
    parse_amounts,
    parse_quantity,
    portion_choices,
    split_amount,
    unit_grams,
    usual_portion,
    volume_stand_ins,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2", 2.0),
        ("0.5", 0.5),
        ("1/2", 0.5),
        ("1 1/2", 1.5),
        (" 3 ", 3.0),
        ("abc", None),
        ("1/0", None),
        ("", None),
        ("1\u00bd", 1.5),
        ("\u00bd", 0.5),
        ("1,5", 1.5),  # a decimal comma
        ("1,000", None),  # a thousands separator is not read as a decimal
        ("1 1/0", None),
        ("9" * 30, None),  # more digits than any amount has
    ],
)
def test_parse_quantity(text: str, expected: float | None) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    ("food_id", "unit", "grams"),
    [
        ("sr28:09040", "oz", 28.349523125),  # exact avoirdupois ounce
        ("sr28:09040", "lb", 453.59237),  # exact pound
        ("sr28:09040", "g", 1.0),
        ("sr28:09040", "medium", 118.0),  # SR28 WEIGHT: 1 medium banana
        ("sr28:09040", "Medium", 118.0),
        ("sr28:09040", "cup, sliced", 150.0),
        ("sr28:01077", "cup", 244.0),  # SR28 WEIGHT: 1 cup whole milk
        ("sr28:01077", "cups", 244.0),
        ("sr28:02047", "teaspoon", 6.0),  # "teaspoon" folds to SR28's "tsp"
        ("fndds:95320200", "bottle", 372.0),  # first bottle size listed
        ("sr28:14411", "liter", 1000.0),
    ],
)
def test_units_to_grams(portions: pd.DataFrame, food_id: str, unit: str, grams: float) -> None:
    result = unit_grams([(food_id, unit)], portions)[(food_id, unit)]
    assert result.grams is not None
    assert math.isclose(result.grams, grams)


def test_millilitres_use_the_foods_own_density(portions: pd.DataFrame) -> None:
    # Whole milk: 1 cup = 244 g (SR28) and 1 US cup = 236.5882365 mL.
    result = unit_grams([("sr28:01077", "ml")], portions)[("sr28:01077", "ml")]
    assert result.grams is not None
    assert math.isclose(result.grams, 244.0 / 236.5882365)
    assert "density" in result.via


def test_volume_without_density_is_refused(portions: pd.DataFrame) -> None:
    # Rye bread has only slice and ounce portions: a cup of it has no density to go by.
    result = unit_grams([("sr28:18060", "cup")], portions)[("sr28:18060", "cup")]
    assert result.grams is None
    assert "density" in result.reason


def test_a_volume_of_a_solid_is_never_weighed_as_water(portions: pd.DataFrame) -> None:
    # "3.25 cup" of rye bread once became 769 g at 1 g/mL; only listed watery foods may be.
    only_water = unit_grams([("sr28:18060", "cup")], portions, assume_density={"sr28:14411"})
    assert only_water[("sr28:18060", "cup")].grams is None


def test_a_qualified_volume_portion_gives_the_density(portions: pd.DataFrame) -> None:
    # Raw banana: 1 cup, mashed = 225 g (SR28); 1 US cup = 236.5882365 mL.
    result = unit_grams([("sr28:09040", "ml")], portions)[("sr28:09040", "ml")]
    assert result.grams is not None
    assert math.isclose(result.grams, 225 / 236.5882365)
    assert "cup, mashed" in result.via


@pytest.mark.parametrize(
    ("food_id", "rinsed", "unit", "grams"),
    [
        # Kidney beans, canned, drained solids: USDA weighs only the can (266 g); the same
        # beans drained and rinsed, 1 cup = 158 g (SR28 16335).
        ("sr28:16145", "sr28:16335", "cup", 158.0),
        # Pinto beans: rinsed, 1 cup = 169 g (SR28 16345); a tablespoon is 1/16 of it.
        ("sr28:16146", "sr28:16345", "tbsp", 169.0 / 16),
        # Chickpeas, canned, drained solids: rinsed, "cup drained, rinsed" = 152 g.
        ("sr28:16358", "sr28:16359", "cup", 152.0),
    ],
)
def test_a_cup_of_a_drained_food_is_a_cup_of_it_rinsed(
    foods: pd.DataFrame, portions: pd.DataFrame, food_id: str, rinsed: str, unit: str, grams: float
) -> None:
    stand_ins = volume_stand_ins(foods, [food_id])
    assert stand_ins == {food_id: rinsed}
    result = unit_grams([(food_id, unit)], portions, stand_ins=stand_ins)[(food_id, unit)]
    assert result.grams is not None
    assert math.isclose(result.grams, grams)
    assert rinsed in result.via
    # The food's own portions still come first, and without a stand-in a cup is refused.
    own = unit_grams([(food_id, "can")], portions, stand_ins=stand_ins)[(food_id, "can")]
    assert own.grams is not None
    assert rinsed not in own.via
    assert unit_grams([(food_id, unit)], portions)[(food_id, unit)].grams is None


def test_a_food_with_no_rinsed_twin_has_no_stand_in(foods: pd.DataFrame) -> None:
    # Tuna canned in water, drained, has its own cup; bananas are not drained; the rinsed
    # beans are not their own stand-in.
    assert volume_stand_ins(foods, ["sr28:15121", "sr28:09040", "sr28:16335"]) == {}


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("1.00 medium", 1.0, "medium"),
        ("4.00 x 4.0 oz", 16.0, "oz"),
        ("1 1/2 cup", 1.5, "cup"),
        # Cronometer writes each count with decimals, then the serving's own name.
        ("1.00 1/2 cup", 0.5, "cup"),
        ("2.00 1/2 Bun Serving", 1.0, "Bun Serving"),
        ("large", 1.0, "large"),
        ("each", 1.0, "each"),
        ('medium (3" dia)', 1.0, 'medium (3" dia)'),
        ("2.00 tortilla", 2.0, "tortilla"),
        ("10.00 carrot, baby", 10.0, "carrot, baby"),
        ("2.00 cup shredded", 2.0, "cup shredded"),
        ("0.52 Serving (22 tsp, whole pieces)", 0.52, "Serving (22 tsp, whole pieces)"),
        ("1 1/0 medium", None, "medium"),
        ("", None, ""),
    ],
)
def test_split_amount(text: str, count: float | None, unit: str) -> None:
    assert split_amount(text) == (count, unit)


@pytest.mark.parametrize(
    ("food_id", "unit", "grams"),
    [
        ("sr28:11674", "small", 138.0),  # SR28: potato small (1-3/4" to 2-1/2" dia)
        ("fndds:63107010", "medium", 126.0),  # FNDDS banana: its "banana" portion
        ("fndds:63107010", "each", 126.0),
        ("sr28:09040", "each", 118.0),  # SR28 banana: the medium one
        ("sr28:18060", "slices", 32.0),  # rye bread: slice, regular
        ("sr28:18364", "tortilla", 48.0),
        ("fndds:52215200", "tortilla", 45.0),  # flour tortilla: its medium portion
        ("sr28:11960", "carrot, baby", 10.0),  # baby carrots: medium
        ("sr28:01009", "cup shredded", 113.0),  # cheddar: cup, shredded
        ("sr28:09040", "FDA serving size", 126.0),  # the NLEA serving
        ("sr28:09040", 'medium (3" dia)', 118.0),
        ("sr28:01123", "large", 50.0),  # egg, large
        # Avocados, raw: its whole-fruit portion is named "avocado, NS as to Florida or ..."
        ("sr28:09037", "each", 201.0),
        # FNDDS names its usual whole item "regular" (a whole-wheat bagel is 105 g, not the
        # 46 g Bagel Thin) and a whole fruit "fruit" (a grapefruit is 308 g; its "Quantity not
        # specified" is the 154 g half a person eats).
        ("fndds:51301750", "each", 105.0),
        ("fndds:61101010", "each", 308.0),
        # A unit that comes in sizes and names none is the medium one: celery's "stalk,
        # medium (7-1/2" - 8" long)" (40 g, not the large 64 g), iceberg's "leaf, medium".
        ("sr28:11143", "stalk", 40.0),
        ("sr28:11252", "leaf", 8.0),
        ("sr28:11143", "stalk, large", 64.0),
        # One of a food is the piece its own name names, singular as the name's ("cherry",
        # 8.2 g, for "Cherries, sweet, raw", not the 140 g NLEA serving; "potato (2-1/2" dia,
        # sphere)", 136 g, for a medium boiled potato, which has no "medium" portion).
        ("sr28:09070", "each", 8.2),
        ("sr28:11365", "medium", 136.0),
        # A measure of the food in another form is not what a plain unit means: a cup of
        # papaya is its cup of pieces (145 g), not mashed (230 g); a slice of French bread
        # is its medium or regular slice (64 g), not one without its crust (31 g) nor the
        # snack-size one.
        ("sr28:09226", "cup", 145.0),
        ("fndds:51107010", "slice", 64.0),
        # A bag is no item: one graham cracker is FNDDS's amount eaten (18 g), not the
        # "small or medium single serving bag" (45 g).
        ("fndds:54102010", "each", 18.0),
        # A piece of a pie USDA weighs by sized slices is its regular slice (150 g for "Pie,
        # sweet potato"), not the whole "regular pie (8-9" dia)" (1,200 g).
        ("fndds:53360000", "piece", 150.0),
    ],
)
def test_units_named_as_trackers_write_them(
    portions: pd.DataFrame, foods: pd.DataFrame, food_id: str, unit: str, grams: float
) -> None:
    described = dict(zip(foods["food_id"], foods["description"], strict=True))
    result = unit_grams([(food_id, unit)], portions, descriptions=described)[(food_id, unit)]
    assert result.grams == grams, result


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=40),
        st.from_regex(r"\d{0,4}(\.\d{0,3})?( \d{0,3}/\d{0,3})?( x \d{0,3})? ?[a-z ,()\"]{0,20}"),
    )
)
def test_no_amount_text_raises(text: str) -> None:
    count, _unit = split_amount(text)
    assert count is None or math.isfinite(count)
    assert parse_quantity(text) is None or math.isfinite(parse_quantity(text) or 0.0)
    parsed = parse_amounts(pd.Series([text], dtype=object))
    assert len(parsed) == 1


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_no_unit_text_raises(portions: pd.DataFrame, unit: str) -> None:
    result = unit_grams([("sr28:09040", unit)], portions)[("sr28:09040", unit)]
    assert (result.grams is None) == bool(result.reason)


def test_unknown_unit_lists_the_foods_portions(portions: pd.DataFrame) -> None:
    result = unit_grams([("sr28:09040", "handful")], portions)[("sr28:09040", "handful")]
    assert result.grams is None
    assert "unknown unit 'handful'" in result.reason
    assert "cup, sliced" in result.reason


@pytest.mark.parametrize(
    ("food_id", "portion"),
    [
        ("sr28:01129", "large"),  # a hard-boiled egg, not a cup of chopped egg
        ("sr28:18060", "slice, regular"),  # rye bread by the slice, not the ounce
        ("sr28:01077", "cup"),  # milk by the cup, not the quart
        ("sr28:09040", 'medium (7" to 7-7/8" long)'),
    ],
)
def test_the_usual_portion_is_how_the_food_is_eaten(
    portions: pd.DataFrame, food_id: str, portion: str
) -> None:
    assert usual_portion(portion_choices(portions, food_id)) == portion


def test_the_diarys_name_says_which_portion(portions) -> None:
    described = {
        "sr28:11529": "Tomatoes, red, ripe, raw, year round average",
        "sr28:01009": "Cheese, cheddar",
    }
    keys = [
        ("sr28:11529", "each", "cherry tomatoes"),
        ("sr28:11529", "each", "tomato"),
        ("sr28:01009", "cup", "cheddar, shredded"),
        ("sr28:01009", "cup", "cheddar"),
    ]
    found = unit_grams(keys, portions, descriptions=described)
    # SR28 11529: "1 cherry" is 17 g; a plain tomato is the medium whole one, 123 g.
    assert found[keys[0]].grams == 17.0
    assert found[keys[1]].grams == 123.0
    # SR28 01009: "1 cup, shredded" is 113 g; a plain cup is the first, "cup, diced", 132 g.
    assert found[keys[2]].grams == 113.0
    assert found[keys[3]].grams == 132.0
    # A pair without a name is read as before.
    assert unit_grams([keys[1][:2]], portions, descriptions=described)[keys[1][:2]].grams == 123.0


def test_a_piece_the_name_says_is_that_piece_of_any_size(portions) -> None:
    # SR28 11937 has a "spear, small" (35 g) and a "large (4" long)" pickle (135 g): a dill
    # pickle spear, 1 each, is the spear.
    described = {"sr28:11937": "Pickles, cucumber, dill or kosher dill"}
    key = ("sr28:11937", "each", "a dill pickle spear")
    assert unit_grams([key], portions, descriptions=described)[key].grams == 35.0


@pytest.mark.parametrize(
    ("key", "description", "grams"),
    [
        # FNDDS 26321110 "Escargot": 1 "snail" is 5 g; "Quantity not specified" (85 g) is a
        # plate of them, not one.
        (("fndds:26321110", "each", "escargots"), "Escargot", 5.0),
        # SR28 35201 is weighed only by the "bulb" (14 g), SR28 22973 by the "corndog" (78 g).
        (
            ("sr28:35201", "each", "boiled prairie turnips"),
            "Prairie Turnips, boiled (Northern Plains Indians)",
            14.0,
        ),
        (("sr28:22973", "each", "a baked frozen corn dog"), "Corn dogs, frozen, prepared", 78.0),
        # A size the name says: SR28 18239's "croissant, mini" (28 g), not the medium (57 g);
        # a large egg is SR28 01123's "large" (50 g), an egg alone the medium (44 g).
        (("sr28:18239", "each", "mini butter croissants"), "Croissants, butter", 28.0),
        (("sr28:01123", "each", "large egg"), "Egg, whole, raw, fresh", 50.0),
        (("sr28:01123", "each", "egg"), "Egg, whole, raw, fresh", 44.0),
        # A food USDA weighs only by a size other than medium is one of that size: SR28
        # 01132, scrambled egg, has "large" (61 g), "tbsp" and "cup"; one egg is the large.
        (("sr28:01132", "each", "one egg scrambled"), "Egg, whole, cooked, scrambled", 61.0),
        # Halves the name says: SR28 09240's "half, with liquid" (98 g).
        (
            ("sr28:09240", "each", "peach halves canned in light syrup"),
            "Peaches, canned, light syrup pack, solids and liquids",
            98.0,
        ),
    ],
)
def test_one_is_the_piece_usda_counts_the_food_by(
    portions: pd.DataFrame, key: tuple[str, str, str], description: str, grams: float
) -> None:
    assert unit_grams([key], portions, descriptions={key[0]: description})[key].grams == grams


def test_a_cubic_inch_is_no_piece(portions: pd.DataFrame) -> None:
    # SR28 01029 (low-moisture part-skim mozzarella) has no piece: "cubic inch" (18 g) is a
    # measure, so one of it is refused, not weighed as 18 g.
    key = ("sr28:01029", "each", "string cheese")
    described = {"sr28:01029": "Cheese, mozzarella, low moisture, part-skim"}
    assert unit_grams([key], portions, descriptions=described)[key].grams is None


def test_a_portion_in_the_form_the_name_says(portions: pd.DataFrame) -> None:
    # "salted boiled peanuts in the shell", 1 cup: SR28 16088's "cup in shell, edible yield"
    # (63 g), not its "cup, shelled" (180 g).
    key = ("sr28:16088", "cup", "salted boiled peanuts in the shell")
    assert unit_grams([key], portions)[key].grams == 63.0
    plain = ("sr28:16088", "cup", "boiled peanuts")
    assert unit_grams([plain], portions)[plain].grams == 180.0
    # A count of FNDDS wontons is its "item, any size" (25 g), not "Quantity not specified".
    each = ("fndds:58112510", "each", "steamed pork dumplings")
    assert unit_grams([each], portions)[each].grams == 25.0


def test_fish_fingers_are_fish_sticks(portions: pd.DataFrame) -> None:
    # SR28 15027 (fish sticks, frozen, prepared) has "piece (4" x 2" x 1/2")" 57 g before
    # "stick (4" x 1" x 1/2")" 28 g: one fish finger is a stick.
    key = ("sr28:15027", "each", "fish fingers")
    assert unit_grams([key], portions)[key].grams == 28.0
    plain = ("sr28:15027", "each", "fish sticks")
    assert unit_grams([plain], portions)[plain].grams == 28.0


def test_a_count_of_the_pieces_a_food_comes_in(portions: pd.DataFrame) -> None:
    # "2 each" of Weetabix is two of its "biscuits (1 NLEA serving)": 35 g for 2, 17.5 g each.
    weetabix = ("sr28:42237", "each", "Weetabix")
    assert unit_grams([weetabix], portions)[weetabix].grams == 17.5
    # A falafel "each" is its patty (SR28 16138, 17 g), the only portion it has.
    falafel = ("sr28:16138", "each", "falafel")
    assert unit_grams([falafel], portions)[falafel].grams == 17.0
    # Vanilla wafers (SR28 18213) are weighed 8 to 30 g: 3.75 g a wafer.
    wafer = ("sr28:18213", "each", "vanilla wafers")
    assert unit_grams([wafer], portions)[wafer].grams == 3.75
    # A slice of a pizza USDA weighs by the piece is that piece (FNDDS 58106578, 147 g).
    pizza = ("fndds:58106578", "slice", "pepperoni pizza")
    assert unit_grams([pizza], portions)[pizza].grams == 147.0


def test_a_unit_that_states_its_weight_weighs_that(portions: pd.DataFrame) -> None:
    # "1 container (5.3 oz)" of yogurt is 5.3 oz (150.25 g), not SR28 01256's "container"
    # (170 g); "bar (40 g each)" is 40 g. A bracket without a weight changes nothing.
    stated = ("sr28:01256", "container (5.3 oz)")
    assert unit_grams([stated], portions)[stated].grams == pytest.approx(5.3 * 28.349523125)
    bar = ("sr28:01256", "bar (40 g each)")
    assert unit_grams([bar], portions)[bar].grams == 40.0
    zero = ("sr28:01256", "container (0 g)")
    assert unit_grams([zero], portions)[zero].grams == 170.0


def test_a_pouch_is_no_item_and_seeds_in_the_shell_have_hulls(portions: pd.DataFrame) -> None:
    # A gummy bear "each" is FNDDS 91745010's "piece" (2 g), not its "snack size/pouch/regular
    # size" (60 g): 20 of them are 40 g, not 1.2 kg.
    bear = ("fndds:91745010", "each", "gummy bears")
    assert unit_grams([bear], portions)[bear].grams == 2.0
    # A cup of sunflower seeds in the shell is SR28 12036's "cup, with hulls, edible yield"
    # (46 g of kernels), though the food also has a plain "cup" (140 g).
    shell = ("sr28:12036", "cup", "raw sunflower seeds in the shell")
    assert unit_grams([shell], portions)[shell].grams == 46.0
    kernels = ("sr28:12036", "cup", "sunflower seed kernels")
    assert unit_grams([kernels], portions)[kernels].grams == 140.0


def test_the_same_food_in_the_other_source_lends_its_cup(
    foods: pd.DataFrame, portions: pd.DataFrame
) -> None:
    # SR28's "Broccoli raab, cooked" (11097) has no cup; FNDDS's food of the same description
    # (72103030) weighs 170 g a cup, and a half cup of the SR28 food is 85 g.
    stand_ins = volume_stand_ins(foods, ["sr28:11097"])
    assert stand_ins == {"sr28:11097": "fndds:72103030"}
    described = dict(zip(foods["food_id"], foods["description"], strict=True))
    key = ("sr28:11097", "cup")
    found = unit_grams([key], portions, descriptions=described, stand_ins=stand_ins)[key]
    assert found.grams == 170.0
    assert "other USDA source" in found.via


def test_a_portion_of_several_pieces_is_divided(portions: pd.DataFrame) -> None:
    # Chick-fil-A Chick-n-Strips (SR28 21143): "serving 4 pieces" weighs 201 g, so a piece is
    # 50.25 g, not the whole serving; a slice "per can" is still one slice.
    grams = unit_grams([("sr28:21143", "piece", "Chick-fil-A Chick-n-Strips")], portions)
    assert math.isclose(
        grams[("sr28:21143", "piece", "Chick-fil-A Chick-n-Strips")].grams or 0, 201 / 4
    )


def test_the_container_a_name_states_is_weighed(portions: pd.DataFrame) -> None:
    # "an 8-oz bottle": 8 fl oz at the drink's own 31 g per fl oz (FNDDS Carnation Instant
    # Breakfast, fndds:95102000), not USDA's 11 fl oz bottle (341 g); a jar of food weighs
    # its ounces (4 oz = 113.4 g).
    name = "a 10-oz bottle of chocolate Carnation Instant Breakfast"
    found = unit_grams(
        [("fndds:95102000", "bottle", name), ("fndds:95102000", "jar", "a 4-oz jar of it")],
        portions,
    )
    assert math.isclose(found[("fndds:95102000", "bottle", name)].grams or 0, 310.0)
    assert math.isclose(
        found[("fndds:95102000", "jar", "a 4-oz jar of it")].grams or 0, 4 * 28.349523125
    )
    # Without a size in the name, the bottle is USDA's.
    plain = unit_grams([("fndds:95102000", "bottle", "Carnation Instant Breakfast")], portions)
    assert plain[("fndds:95102000", "bottle", "Carnation Instant Breakfast")].grams == 341.0


def test_an_item_that_states_its_weight_is_one_item(portions: pd.DataFrame) -> None:
    # McDonald's Fruit 'n Yogurt Parfait (SR28 21380) has only "item 5.2 oz", 149 g.
    found = unit_grams([("sr28:21380", "each")], portions)
    assert found[("sr28:21380", "each")].grams == 149.0
