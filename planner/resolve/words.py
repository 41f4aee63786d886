"""Words of food names: one normal form for USDA descriptions, tracker names and queries.

USDA writes "Chickpeas (garbanzo beans, bengal gram), mature seeds, canned, drained solids";
Cronometer "Chickpeas / Garbanzo (Canned, Drained)"; a person types "canned chickpeas" or,
in the UK, "tinned chickpeas". Each is reduced the same way: accents and case folded, tracker
and regional phrases mapped to USDA's wording ("cooked from frozen" is "frozen cooked",
"skin removed before cooking" is "meat only", "courgette" is "zucchini"), each word made
singular, and salt wording ("without salt", "unsalted", "with salt") taken out as a flag,
because salt is a property of the food rather than a word to match.

The word lists encode how USDA names foods (SR28 and FNDDS 2021-2023 descriptions in
``data/foods.csv``): which words are preparations, which name a mixed dish, and which are
filler that says nothing about the food.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Salt = Literal["", "salted", "unsalted"]

#: Preparation words of the "cooked" family: any of them satisfies "cooked" and vice versa.
COOKED = frozenset(
    [
        "cooked",
        "boiled",
        "steamed",
        "baked",
        "roasted",
        "grilled",
        "broiled",
        "braised",
        "stewed",
        "poached",
        "simmered",
        "microwaved",
        "sauteed",
        "fried",
        "roast",
        "heat",
        "scrambled",
        "toasted",
        "rotisserie",
        # Ground meat browned in a pan ("Beef, ground, ..., crumbles, cooked, pan-browned").
        "browned",
    ]
)
#: Ways of cooking by dry heat and by moist heat: a name's way is nearer to another of its
#: kind than to one of the other ("baked" chicken is SR28's roasted, not its stewed: 0.9 and
#: 1.5 g less water per 10 g of meat; USDA SR28 "Chicken, broilers or fryers, drumstick, meat
#: only, cooked, roasted" and "..., stewed"). "Dry heat" and "moist heat" are read as these.
DRY_HEAT = frozenset({"baked", "roasted", "grilled", "broiled", "browned"})
MOIST_HEAT = frozenset({"boiled", "steamed", "stewed", "braised", "poached", "simmered"})
#: States that contradict cooking.
RAW = frozenset({"raw", "unprepared", "uncooked", "dry"})
#: Forms: a food's form must agree with a form the name states.
FORMS = frozenset({"frozen", "canned", "dried", "dehydrated", "pickled", "smoked"})
STATES = COOKED | RAW | FORMS | frozenset({"drained", "solid"})

#: Words that name a mixed dish or a product made of several foods: a food whose main part
#: has one of them is never the answer for a name that lacks it ("Egg burrito" for "egg").
DISHES = frozenset(
    [
        "burrito",
        "salad",
        "sandwich",
        "stew",
        "casserole",
        "pie",
        "pizza",
        "taco",
        "wrap",
        "quesadilla",
        "enchilada",
        "lasagna",
        "omelet",
        "sauce",
        "dip",
        "smoothie",
        "shake",
        "cake",
        "cupcake",
        "cookie",
        "bar",
        "cereal",
        "chip",
        "pudding",
        "roll",
        "sushi",
        "nugget",
        "patty",
        "loaf",
        "bread",
        "cornbread",
        "muffin",
        "biscuit",
        "cracker",
        "dressing",
        "gravy",
        "spread",
        "dumpling",
        "empanada",
        "pastry",
        "tart",
        "croissant",
        "mix",
        "pancake",
        "waffle",
        "fritter",
        "stuffed",
        "bananasplit",
        "cider",
        "wine",
        "beer",
        "liqueur",
        "cocktail",
        "frosting",
        "icing",
        "candy",
        "custard",
        "parfait",
        "sundae",
        "flavored",
        "juice",
        "drink",
        "beverage",
        "baby",
        "toddler",
        "infant",
        "formula",
        "puff",
        "jerky",
        "sausage",
        "frankfurter",
        "bologna",
        "ham",
        "bacon",
        "burger",
        "meatball",
    ]
)

#: Words that make a food something else than the food a name without them means, wherever
#: they stand ("Bacon, meatless", "Snacks, potato sticks", "Babyfood, carrots").
NOT_THE_FOOD = frozenset(
    "meatless imitation substitute analog vegetarian vegan babyfood toddler infant snack "
    "candy candie flavor flavored sweetened frosted glazed breaded battered skin restaurant "
    "commodity basted prebasted solution concentrate powder mix pickled asingredient "
    "fatonly harvard".split()
)

#: Where a food or its recipe is from, when no USDA description names a food by it (checked
#: by a test against ``data/foods.csv``). Such a word is no word of any food, yet no unknown
#: word either: "frozen wild Maine blueberries" are likely the wild frozen blueberries, but a
#: "Brazilian cheese bread" is not USDA's cheese bread, so the name's food is a best guess
#: (:func:`planner.resolve.ranking.parse_query`). Places USDA does name foods by ("Swiss",
#: "Alaska Native", "Spanish peanuts", "Texas toast") stay words of the food.
PLACES = frozenset(
    """
    afghan african alabama algerian appalachian argentine argentinian arkansas aussie
    austrian bahamian bangladeshi barbadian basque bavarian belgian bolivian bosnian
    brazilian british bulgarian burmese cajun californian cambodian cantonese caribbean
    catalan chilean colombian colorado connecticut croatian cypriot czech delaware
    ecuadorian egyptian emirati eritrean estonian fijian filipino finnish floridian
    georgia georgian ghanaian guatemalan haitian honduran hoosier idaho illinois indiana
    indonesian iowa wimbledon
    iranian iraqi israeli jamaican jordanian kansas kentucky kenyan laotian latvian lebanese
    levantine libyan lithuanian louisiana maine malaysian maltese maryland massachusetts
    michigan midwestern minnesota mississippi missouri mongolian montana nebraska nepali
    nevada nicaraguan nigerian nordic norwegian ohio okinawan oklahoma pakistani palestinian
    paraguayan pennsylvania polynesian portuguese romanian samoan saudi scandinavian
    scottish senegalese serbian sicilian singaporean slovak slovenian somali swabian
    taiwanese tennessee texan tibetan tongan trinidadian tunisian ukrainian uruguayan utah
    venetian venezuelan vermont wisconsin wyoming detroit dearborn
    rhodeisland newjersey newmexico newhampshire northcarolina southcarolina northdakota
    southdakota westvirginia pacificnorthwest middleeastern southamerican centralamerican
    latinamerican northafrican westafrican eastafrican southafrican southeastasian srilankan
    costarican neworleans cincinnati pittsburgh nashville olathe palisade
    """.split()
)

#: Store and grocery brands USDA has no food of (each checked absent from ``data/foods.csv``),
#: as a regular expression: dropped before the food they name, and a segment of their own
#: before an MFP dash (:func:`is_grocery_brand`).
GROCERY_BRANDS = (
    r"kirkland(?:\s+signature)?|great\s+value|"
    r"trader\s+joe'?s?|market\s+pantry|good\s*(?:&|and)\s*gather|member'?s\s+mark|"
    r"simply\s+nature|(?:365\s+(?:by\s+)?)?whole\s+foods(?:\s+(?:365|market))?|"
    r"wegmans|aldi(?:\s+(?:uk|everyday\s+essentials))?|lidl(?:\s+(?:uk|deluxe|preferred\s+selection))?|"
    r"spar|tesco(?:\s+(?:finest|everyday\s+value|fairtrade|express))?|farmfoods|nisa(?:\s+local)?|"
    r"smart\s*(?:&|and)\s*final|jewel[- ]?osco|albertsons?|acme|fred\s+meyer|dierbergs|vons|"
    r"tuscan\s+garden|dillons|stater\s+bros\.?|chef'?s\s+cupboard|southern\s+(?:grove|home)|"
    r"first\s+street|clancy'?s|burman'?s|countryside\s+creamery|simply\s+balanced|winn[- ]?dixie|"
    r"essential\s+everyday|clover\s+valley|smart\s+way|ralphs|h-?e-?b|giant\s+eagle|"
    r"(?:by\s+)?sainsbury'?s?(?:\s+(?:taste\s+the\s+difference|basics|stamford\s+street))?|"
    r"asda(?:\s+(?:smart\s+price|extra\s+special|just\s+essentials?))?|waitrose(?:\s+(?:essential|duchy\s+organic|no\.?\s?1))?|"
    r"morrisons(?:\s+the\s+best)?|co-?op(?:\s+irresistible)?|m\s*(?:&|and)\s*s(?:\s+collection)?|"
    r"marks\s+(?:&|and)\s+spencer|budgens|booths|costcutter|londis|"
    r"iceland|john\s+west|mccain|cathedral\s+city|hannaford|shoprite|food\s+club|nature'?s?\s+promise|"
    r"western\s+family|raley'?s?|ingles|weis|stop\s*(?:&|and)\s*shop|eggland'?s?\s+best|"
    r"seapoint\s+farms|riceland|publix|kroger|safeway(?:\s+select)?|"
    r"signature\s+select|o\s+organics|private\s+selection|meijer|hy-?vee|food\s+lion|costco|"
    r"walmart|ore[- ]?ida|del\s+monte|diamond\s+of\s+california|bob'?s?\s+red\s+mill|"
    r"tillamook|perdue|sargento|nutiva|sunsweet|morton|tyson|foster\s+farms|applegate|"
    r"boar'?s?\s+head|hillshire\s+farms?|land\s+o'?\s*lakes|green\s+giant|birds\s+eye|"
    r"horizon\s+organic|fairlife|siggi'?s?|jif|skippy|jennie[- ]?o|sara\s+lee|"
    r"dave'?s?\s+killer|nature'?s?\s+own|arnold|chiquita|mahatma|folgers|"
    r"earthbound(?:\s+farms?)?|"
    r"driscoll'?s?|starkist|bumble\s+bee|lurpak|walkers|athenos|"
    r"lindt(?:\s+excellence)?|gorton'?s?|vlasic|snyder'?s?(?:\s+of\s+hanover)?|honey\s+maid|"
    r"vital\s+farms|cravendale|smithfield|smartfood|"
    r"kodiak(?:\s+cakes)?|kite\s+hill|innocent|alpro|tetley|twinings|"
    r"ben\s*(?:&|and)\s*jerry'?s?|haagen[- ]?dazs|activia|la\s+banderita|kikkoman|tropicana|"
    r"welch'?s|premier\s+protein|fairtrade|filippo\s+berio|new\s+york\s+bakery(?:\s+co)?|"
    r"bonne\s+maman|kerrygold|pilgrims?'?\s+choice|peet'?s|keurig|tyrrells?|scott'?s|"
    r"sunset|oatly|nescafe(?:\s+taster'?s\s+choice)?|lean\s+cuisine(?:\s+style)?|"
    r"ocado|h-?e-?b|giant\s+eagle|harris\s+teeter|(?:dollar\s+general\s+)?clover\s+valley|"
    r"price\s+chopper|essential\s+everyday|winn-?dixie|wellsley\s+farms|schnucks|shurfine|"
    r"winco(?:\s+foods)?|simple\s+truth|bowl\s*(?:&|and)\s*basket|lucerne|best\s+choice|our\s+family|"
    r"happy\s+belly|laura\s+lynn|piggly\s+wiggly|brookshire'?s?|hill\s+country\s+fare|"
    r"signature\s+farms|amazon\s+fresh|sam'?s?\s+choice|full\s+circle(?:\s+market)?|"
    r"open\s+nature|marketside|ahold|fareway|cub\s+foods|festival\s+foods|market\s+basket|"
    r"lowes\s+foods|friendly\s+farms|specially\s+selected|baker'?s?\s+corner|archer\s+farms|"
    r"favorite\s+day|sunny\s+select|happy\s+farms|smart\s+way|appleton\s+farms|"
    r"heron(?:\s+foods)?|bashas'?|save\s+mart|marc'?s"
)


#: Store brands whose name is also a food's word ("Sprouts", "Tops", "Monterey"): a brand only
#: as a segment of its own before an MFP dash ("Sprouts - Peach, Fresh"), never dropped from
#: a name's words ("brussels sprouts").
DASH_BRANDS = (
    r"sprouts(?:\s+farmers\s+market)?|tops|monterey|laura'?s?(?:\s+lean)?|wright|"
    r"fresh\s+thyme(?:\s+market)?|giant|l'?oven\s+fresh|big\s+y|smith'?s|cub|parade"
)


#: Foods and food brands USDA has nothing of (each checked absent from ``data/foods.csv``):
#: a name's first segment with one of these is the food itself, not a brand before it, so
#: "Mochi, Strawberry" is no strawberry and "Prime Hydration - Ice Pop" no ice pop.
ABSENT_FOODS = (
    r"mochi|daifuku|prime\s+hydration|biltong|halloumi|skyr|poutine|bulgogi|khachapuri|"
    r"onigiri|gyoza|celsius|olipop|bodyarmor|yasso|barebells|quorn|eccles|chamoy|"
    r"impossible"
)


def is_absent_food(text: str) -> bool:
    """Whether ``text`` names a food or brand USDA has nothing of (:data:`ABSENT_FOODS`)."""
    return _ABSENT.search(fold(text)) is not None


def is_grocery_brand(text: str) -> bool:
    """Whether ``text`` is only store or grocery brands ("Aldi Simply Nature"), as the
    segment before an MFP dash may be (:data:`DASH_BRANDS` too)."""
    folded = fold(text)
    return (
        _GROCERY_ONLY.fullmatch(folded) is not None
        or _DASH_ONLY.fullmatch(folded.strip()) is not None
    )


#: Words that say nothing about what the food is, on either side: a name's filler words
#: need not be found, and a food's cost nothing. :data:`PLACES` are among them (no food has
#: one), though :func:`planner.resolve.ranking.parse_query` takes them out first, as a doubt.
FILLER = (
    frozenset(
        """
    regular plain all commercial commercially prepared ns nfs form type added not an my
    enriched unenriched vitamin d a c with without and or from to of in the as
    kernel meat only edible portion usda fresh large medium small jumbo ripe
    variety unspecified style home homemade made recipe ready eat include includes including
    fluid lean chopped diced sliced shredded minced pure
    fillet half stalk spear floret
    slice cube cubed pitted crumbled crumble wedge chunk grated shaved torn warmed
    """.split()
    )
    | PLACES
)

#: Words a food may have that a name need not say: the category a USDA description starts
#: with ("Snacks, popcorn"), "whole" of a whole egg or fruit, and similar.
FREE = FILLER | frozenset(
    "whole nut fish spice beverage seed snack cereal raw fluid bulb juicepack cheese candy "
    "common hasmeat".split()
)
#: Categories that cost nothing in a food's own name ("Cashew nuts") or as the category
#: ("Nuts, cashew nuts"; "Fish, salmon"; "Cheese, gouda" for "Gouda"), but name a kind in
#: its details ("Bread, nut"; "Crackers, cheese").
#: See :func:`category_words`.
FREE_AS_CATEGORY = frozenset("nut fish spice seed cheese".split())

#: The first segment of a USDA description that is a category, not the food: the food is
#: named in the next segment ("Spices, pepper, black"; "Fish, salmon, Atlantic").
CATEGORIES = frozenset(
    {
        "spice",
        "beverage",
        "fish",
        "nut",
        "seed",
        "snack",
        "candy",
        "candie",
        "cereal",
        "cereals ready to eat",
        "mollusk",
        "crustacean",
        "alcoholic beverage",
        "game meat",
        "babyfood",
        "infant formula",
        "restaurant",
        "usda commodity",
        "fast food",
        # "Cookies, coconut macaroon" is a macaroon; "cookie" alone still asks for a cookie.
        "cookie",
        # "Crackers, saltines" are saltines, "Crackers, matzo, whole-wheat" whole-wheat matzo;
        # "crackers" alone still asks for a cracker.
        "cracker",
        # SR28 files 70 dressings as "Salad dressing, italian dressing, reduced calorie" (read
        # as "dressing", see _PHRASES); "Salad dressing, home recipe, vinegar and oil" names
        # the food after its filler.
        "dressing",
    }
)

#: Second segments that are still a category ("Beverages, carbonated, cola"): the food is
#: named in the segment after them.
SUBCATEGORIES = frozenset({"carbonated"})

#: Words that make a food a special variant of the common one ("Hot dog, reduced fat",
#: "Pepperoni, low sodium", "Yogurt, liquid", "Beef, grass-fed, ground"): a name that does
#: not ask for the variant means the common food. SR28's chickens other than "broilers or
#: fryers" (roasting, stewing, capons) are older birds sold for those uses.
VARIANTS = frozenset(
    "lower diet light greek nonfat lowfat fortified prepackaged sodium liquid grass wholegrain "
    "instant gluten roasting stewing capon nosaltadded withfat frommix concentrated inskin "
    "chocolate choicegrade selectgrade imported neverfrozen partskim deepdish vitaminc "
    "sugarfree fatoil fatbutter fatmargarine".split()
)

#: Foods a person means cooked when they name no preparation ("rice", "lentils").
EATEN_COOKED = frozenset(
    [
        "rice",
        "pasta",
        "lasagna",
        "spaghetti",
        "macaroni",
        "noodle",
        "oat",
        "quinoa",
        "lentil",
        "chickpea",
        "barley",
        "couscous",
        "bulgur",
        "millet",
        "buckwheat",
        "farro",
        "grit",
        "polenta",
        "bean",
        "pea",
        # Sold raw ("Pork sausage, link/patty, unprepared"; "Canadian bacon, unprepared"),
        # eaten cooked: two links or slices are the cooked ones.
        "sausage",
        "bacon",
        "bratwurst",
        # Sausage links ("Pork sausage, link/patty, ..."), named by the link.
        "link",
    ]
)

_ASIDE = re.compile(r"\(([^()]*)\)")
_COMBINED = re.compile(r"\S\s+(?:and|with|n)\s+\S")
_WORD = re.compile(r"\d+(?:\.\d+)?%|[a-z0-9]+")

#: Tracker, regional and spoken wording mapped to USDA's, applied to lower-case text in
#: order. Each pair is (pattern, replacement).
#: Phrases of :data:`_PHRASES` that also have a hand-written hint (:data:`_INNER_HINTS`):
#: an amount in household units, a count opening a name or a segment, sugar named alone,
#: and a pork chop named without its cut.
_AMOUNT_IN_UNITS = (
    r"(?<![\w%/.\u2044])(?:\d+\s+)?\d+(?:\.\d+)?(?:\s*[/\u2044]\s*\d+)?\s*"
    r"(?:(?:heaping|heaped|level|rounded)\s+)?"
    r"(?:cups?|tbsps?|tablespoons?|tbl|tsps?|teaspoons?|slices?|servings?|each|ea|"
    r"containers?|pots?|packets?|scoops?|handfuls?|medium|med|small|sm|"
    r"(?:extra[- ])?large|xl|lg|halves|"
    r"wedges?|sprigs?|leaves|links?|rashers?|strips?|shots?)\b(?!\s*patt)"
)
_COUNT_OPENING = (
    r"(?:^|(?<=,))\s*(?:\d+(?:\.\d+)?|(?:\d+\s+)?[1-7]\s*[/\u2044]\s*[2348])"
    r"(?=\s*(?:,|$)|\s+[a-z])(?!\s*(?:%|percent|grain|whole grain|bean|spice|layer|cal|"
    r"kcal|musketeers|up\b|grand|minute|oz|fl\b|g\b|ml\b|inch|in\b|x\b|proof|patt|ct\b|count|"
    r"pc|piece))"
)
#: A count at the end of a name, as trackers' users write the amount ("fast food egg biscuit 1
#: biscuit", "french toast sticks 5 sticks", "Scrambled Eggs, Fast Food, 1 Order"): of the food
#: the name has already said, or of a serving, or (the number alone) of a part of the food
#: ("roast chicken 1 breast" is chicken breast).
#: (Bounded, so that a long text costs no more than a name: "^.*" before a backreference
#: tries every split of the text.)
_TRAILING_REPEAT = (
    r"^(.{0,120}\b([a-z]{3,30}?)(?:e?s)?\b.{0,120}?)\s+(?:\d{1,2}|\d\s*/\s*\d{1,2})\s+"
    r"\2(?:e?s)?\s*$"
)
_TRAILING_SERVING = (
    r"(?<=[\s,])(?:\d{1,2}(?:\.\d+)?|\d\s*/\s*\d{1,2}(?!\s*(?:cans?|tins?)\b))\s+"
    r"(?:(?:small|large|big|snack)\s+)?(?:orders?|bowls?|"
    r"sides?|plates?|portions?|glass(?:es)?|heads?|hearts?|ears?|berries|"
    r"mugs?|burgers?|sandwich(?:es)?|subs?|cones?|bottles?|cans?|cartons?|box(?:es)?|bags?|"
    r"tubs?|jars?|pouch(?:es)?|sachets?|meals?|baskets?|squares?|shots?|spears?|chunks?|knobs?|"
    r"punnets?|blocks?|travel\s+mugs?|whole|sleeves?|fruits?|rounds?|trays?|packs?|packets?|"
    r"triangles?|ramekins?|(?:full\s+)?sheets?|skewers?|copper\s+mugs?)"
    r"\s*(?:\([^()]{0,30}\))?\s*$"
)
_TRAILING_COUNT = (
    r"(?<=[a-z])\s+\d{1,2}\s+(?=(?!up\b|cal|kcal|proof|grain|percent|layer|minute|bean|spice|lean|fat|"
    r"inch|count|ct\b|oz\b|fl\b|g\b|ml\b)[a-z]+\s*$)"
)
_PLAIN_SUGAR = r"^\s*(?:white |table |granulated )?sugars?\s*$"
_UNCUT_PORK_CHOP = (
    r"^(?!.{0,120}?\b(?:loin|blade|sirloin|shoulder|rib|country|breaded|battered|stuffed)\b)"
    r"(.{0,120}?)\bpork chop"
)

#: Vegetables a name says were sauteed, which FNDDS cooks "with oil" or "fat added".
_SAUTEED_VEGETABLE = (
    r"(?:zucchini|courgettes?|squash|spinach|kale|greens|chard|cabbage|bok\s+choy|pak\s+choi|"
    r"snap\s+beans?\s+green|broccoli(?!\s+ra)|asparagus|carrots?|nopales|cactus|okra|eggplant|"
    r"brussels?\s+sprouts?|cauliflower|collards?|vegetables|veggies|corn|peas|potato(?:es)?|"
    r"chickpeas)"
)

_PHRASES: tuple[tuple[str, str], ...] = (
    # A size in inches in brackets is the amount's ("1 medium (7\" to 7-7/8\")", fresh17).
    (r"\(\s*\d[^()]{0,30}?(?:\"|''|\binch|\bin\b|\bdia|\blong\b)[^()]{0,20}\)", " "),
    # A company's "& Co." is no food combined with another ("Gerolsteiner Brunnen GmbH &
    # Co. KG").
    (r"\s&\s*co\b\.?(?:\s*kg\b)?", " "),
    (r"&", " and "),
    # PB&J is the sandwich ("Peanut butter and jelly sandwich, ..."), not its fillings.
    (r"\bpb ?(?:and|n) ?j\b|\bpbj\b", " peanut butter and jelly sandwich "),
    # A possessive is the name's own word ("Kellogg's", as USDA writes "KELLOGG'S").
    (r"(?<=[a-z])['\u2019]s\b", "s"),
    (r"\bw/o\b", " without "),
    # Chicken sold bone-in is sold with its skin ("Bone-in Chicken Thigh, Roasted" is SR28's
    # thigh, meat and skin), unless the name says skinless.
    (
        r"^(?!.*\bskin)(.{0,60}?)\bbone[- ]in (chicken (?:breasts?|thighs?|legs?|drumsticks?))\b",
        r"\1 \2 with skin ",
    ),
    # A canned soup "prepared" is made up with water, as the can says ("Soup, chicken noodle,
    # canned, prepared with equal volume water").
    (r"(?<=\bsoup), prepared\b(?! with| from)", ", canned, prepared with equal volume water "),
    (r"\bw/\s*", " with "),
    # "Cooked from dried" is the usual way to cook legumes and grains: cooked, not dried.
    (r"\bcooked from (?:dried|dry|fresh|raw)\b", " cooked "),
    (r"\bcooked from (frozen|canned)\b", r" \1 cooked "),
    # FNDDS names cooked foods by what they were cooked from ("Chickpeas, from dried").
    (r"\bfrom (?:dried|fresh)\b", " cooked "),
    # FNDDS's 21 legumes "from canned" are the drained beans, heated: 63-64 % water and
    # 134-146 kcal per 100 g, as SR28's drained solids (68 %, 124 kcal for kidney beans), not
    # the can's solids and liquids (78 %, 81 kcal).
    (r"\bfrom canned\b", " canned cooked drained "),
    (r"\bfrom frozen\b(?! concentrate)", " frozen cooked "),
    # SR28's frozen foods heated as the package says ("Potatoes, o'brien, frozen, prepared";
    # "Edamame, frozen, prepared") are cooked; a name that says only "frozen" is as sold.
    (r"\bfrozen, prepared\b(?!, heated)", " frozen, cooked "),
    # The British "boiled in salted water" is SR28's "boiled, ..., with salt": the salt is
    # read first, and the water it is boiled in is no word of the food.
    (r"\b(boiled|cooked|simmered|poached),?(?: in)? +water\b", r" \1 "),
    (r"\bfrom raw\b", " "),
    # SR28 cooks fish and shellfish by "dry heat" where FNDDS says "baked or broiled" (the 77
    # foods that say "dry heat" are all SR28 fish and shellfish; SR28's "Fish, cod, Atlantic,
    # cooked, dry heat" is FNDDS's "Fish, cod, baked or broiled").
    (r"\bdry heat\b", " baked broiled "),
    # A burger's patty size is a kind of burger, not an amount: SR28's "Fast foods, hamburger;
    # single, large patty; plain" (20 foods say "large patty") against its "regular patty".
    (r"\b(large|small|medium) patt(?:y|ies)\b", r" \1patty "),
    # SR28 names its spirits "Alcoholic beverage, distilled, gin, 90 proof": the spirit is
    # the food, and "all" of them are distilled spirits.
    (r"^alcoholic beverages?, distilled, (gin|rum|vodka|whiskey)\b", r" \1, distilled "),
    (r"^alcoholic beverages?, distilled, all\b", " spirits, distilled "),
    # A deep-dish pizza is a variant of the chain's usual one, its "original round" pizza
    # ("LITTLE CAESARS 14" Original Round Pepperoni Pizza, Regular Crust").
    (r"\b(?:large |ultimate )?deep[- ]dish\b", " deepdish "),
    (r"\boriginal round\b", " "),
    # A percentage written with a space ("93 % lean", "1 % milk") is the percentage.
    (r"\b(\d+(?:\.\d+)?) +%", r" \1% "),
    # SR28 writes both ("Fish, bass, fresh water, mixed species, raw"; "Fish, drum, freshwater").
    (r"\bfresh[- ]water\b", " freshwater "),
    # The yardlong bean is eaten as a pod ("Yardlong bean, cooked, boiled"); its "mature
    # seeds" are the dried beans, which the next phrase would make the same words.
    (r"\byardlong beans, mature seeds?\b", " yardlong beans, dried seeds "),
    (r"\bmature seeds?\b", " "),
    # "Mature" alone names the same dried seeds ("Soybeans, Mature, Boiled"; SR28's own
    # "Soybeans, mature cooked, boiled, without salt" lacks the "seeds").
    (r"\b(?<=, )mature(?= ?(?:,|$|cooked\b))", " "),
    # Immature seeds are the green beans eaten as a vegetable ("Lima beans, immature seeds,
    # frozen"): the seeds are the food, not a kind of it.
    (r"\bimmature seeds?\b", " immature "),
    # An aside of what the values include says what was analysed, not what the food is
    # ("Refried beans, canned, traditional style (includes USDA commodity)"; "Rolls, dinner,
    # plain, commercially prepared (includes brown-and-serve)").
    # Asides that name kinds ("(includes sourdough)", "(includes kaiser)") stay words a
    # search finds.
    (
        r"\(includes (?:(?:usda |all )?commodit[^()]*|brown-and-serve|boiling and microwaving|"
        r"fresh and frozen|baby and lesuer types)\)",
        " ",
    ),
    # Stir-fried mixed vegetables are FNDDS's Asian stir fry vegetables, cooked with fat,
    # unless steamed (then "asian" keeps the second phrase off them).
    (
        r"\bsteamed\s+stir[- ]?fr(?:y|ied)\s+(?:mixed\s+)?(?:veg|veggies|vegetables)\b",
        " asian stir fry vegetables cooked ",
    ),
    (
        r"(?<!asian )\bstir[- ]?fr(?:y|ied)\s+(?:mixed\s+)?(?:veg|veggies|vegetables)\b",
        " asian stir fry vegetables cooked addedfat withfat ",
    ),
    # SR28 pan-cooks some vegetables "stir-fried" and others "sauteed" ("Mushrooms, white,
    # stir-fried"; "Onions, yellow, sauteed"): both are cooked briefly in a pan with fat.
    (r"\bstir[- ]?fried\b", " sauteed addedfat "),
    # An egg over easy, medium or hard, or sunny side up, is a fried egg.
    (r"\b(?:over[- ](?:easy|medium|hard|well)|sunny[- ]side[- ]up)\b", " fried "),
    # The length of a rice grain is one kind ("Rice, brown, medium-grain, cooked"), not a
    # size ("medium") and a grain.
    (r"\b(long|medium|short)[- ]grain\b", r" \1grain "),
    # SR28 files organ meats under a heading of their own ("Beef, variety meats and
    # by-products, liver, raw"): the organ is the kind of meat, and offal a detail.
    (r"\bvariety meats and by-products,\s*([^,]*)", r" \1, offal "),
    # Sweet corn's kernels cut off the cob are its usual form, frozen or canned; "on cob"
    # stays a detail.
    (r"\bkernels,? cut off cob\b", " kernel "),
    # USDA cooks shellfish by "moist heat" (steamed, boiled or poached) as it cooks fish by
    # "dry heat".
    (r"\bmoist heat\b", " steamed boiled poached "),
    # Poached poultry is cooked in liquid, as USDA stews it ("Chicken, ..., breast, meat only,
    # cooked, stewed").
    (r"^(?=.*\b(?:chicken|turkey|hen|duck|poultry)\b)(.*?)\bpoached\b", r"\1 poached stewed "),
    (r"\bpearl barley\b", " barley pearled "),
    # SR28 analyses beef cuts by USDA grade and as the average of "all grades": a cut named
    # without a grade is that average, and choice and select beef are variants of it (SR28's
    # domestic lamb is all choice).
    (r"\ball grades\b", " "),
    (r"^(beef,.*?)\b(choice|select)\b", r"\1 \2grade "),
    # SR28 files bacon and ham under "Pork, cured" ("Pork, cured, bacon, cooked,
    # microwaved"): bacon and ham are the food, and pork unless they say otherwise.
    (r"^pork, cured, (bacon|ham)\b", r"\1, cured"),
    # Dry roasted is roasted without oil: cooked, not dry.
    (r"\bdry[- ]roasted\b", " roasted "),
    (r"\bmonterey jack\b", " monterey "),
    # SR28 "Onions, spring or scallions (includes tops and bulb), raw".
    (r"\bonions, spring or scallions\b(?: \(includes tops and bulb\))?", " scallions, onions "),
    # SR28 averages raw tomatoes over the year ("Tomatoes, red, ripe, raw, year round
    # average"): how they were sampled, not a kind.
    (r"\byear round average\b", " "),
    # So are "mixed species" of fish and shellfish and a sample that "may have been
    # previously frozen", as most sold is ("Crustaceans, shrimp, mixed species, cooked, moist
    # heat (may have been previously frozen)"). Fish "not previously frozen" is a variant: its
    # sodium is not the usual one (Alaska pollock, cooked: 166 mg per 100 g against 419).
    (r"\bmixed species\b|\(may have been previously frozen\)", " "),
    # SR28's flatfish are its flounder and sole ("Fish, flatfish (flounder and sole species),
    # cooked, dry heat"), FNDDS's "Fish, flounder" and "Fish, sole".
    (r"\bflatfish \(flounder and sole species\)", " flounder, sole flatfish "),
    (r"\bnot previously frozen\b", " neverfrozen "),
    # Which part of a leek is eaten is its usual part, not a kind ("Leeks, (bulb and lower
    # leaf-portion), raw"); a clove of garlic is a measure of it, not the spice.
    (r"\(bulb and lower[- ]leaf[- ]portion\)", " "),
    (r"\bgarlic,? cloves?(?:,\s*(?:\d+\s*)?cloves?)?\b|\bcloves? (?:of )?garlic\b", " garlic "),
    # SR28 files tomato sauce, paste and puree under "Tomato products, canned".
    (r"^tomato products, canned, (sauce|paste|puree)\b", r"tomato \1, canned"),
    # Hot cereals are "made with water" (FNDDS) or "cooked with water" (SR28): cooked.
    (r"\bmade with water\b", " cooked with water "),
    # A protein claim says how much, not what the food is ("Yogurt, plain, low fat, 12 grams
    # protein per 8 ounce").
    (r"\b\d+ grams? protein per \d+ ounces?\b", " "),
    # A size in a name is the serving logged, not the food ("Beer, Regular, 12 oz";
    # "Flour Tortilla, 8 inch"; "Chicken McNuggets 10 pc"), unlike the fat a cut is trimmed
    # to ("trimmed to 1/8\" fat").
    (
        r"\b\d+(?:\.\d+)?\s*(?:fl\.?\s*oz|oz|ounces?|inch(?:es)?|in\b|\"(?! fat)|pcs?|pieces?|ct|"
        r"count|ml|grams?|g)(?![a-z0-9])"
        # with the container the size is of ("zevia cola 12 oz can" is no canned cola).
        r"(?:\s+(?:cans?|bottles?|bags?|packets?|packs?|pouch(?:es)?|cartons?|jars?|tubs?|"
        r"sachets?|envelopes?)\b)?",
        " ",
    ),
    # A size before a vessel the amount is ("Black Coffee, 1 Large Mug") is part of it, and
    # two percent milk is 2 % milk.
    (
        r"(?<=[\s,])\d{1,2}(?:\.\d+)?\s+(?:small|medium|large|big|regular)\s+(?:mugs?|"
        r"glass(?:es)?|bowls?|plates?)\s*$",
        " ",
    ),
    (r"\b(?:two|2)\s+percent\b", " 2% "),
    (r"\b(?:one|1)\s+percent\b", " 1% "),
    # An amount in household units is no part of the name either ("green grapes 1 cup",
    # "Plums, 2 Small", "fresh raspberries 1 container", "1 1/2 cups rice"), though not a
    # burger's patty size ("1 large patty"), and a count that opens the name or a segment of
    # it ("1 banana"; "Apricots, 3 Fresh"; "Cherries, Sweet, 10"), though not a number that
    # names the food ("7 grain bread", "2% milk", "93/7").
    # A red pepper logged by the pepper is the vegetable, not the spice (fresh17): read before
    # the amount goes.
    (
        r"\bred\s+peppers?\s*,?\s*((?:\d+(?:/\d+)?|half|a|one)\s+(?:(?:small|medium|large)"
        r"(?:\s+peppers?)?|peppers?))\b",
        r" red sweet peppers \1 ",
    ),
    (
        _AMOUNT_IN_UNITS,
        " ",
    ),
    (_TRAILING_REPEAT, r"\1"),
    (_TRAILING_SERVING, " "),
    (_TRAILING_COUNT, " "),
    # ... and a glass its volume was poured in ("Red Wine, 175ml Glass", fresh17), or a punnet,
    # pack, bottle or carton ("Blueberries, 125g Punnet", fresh18).
    (
        r",\s*(?:(?:small|large|big|snack)\s+)?(?:bags?|glass(?:es)?|punnets?|packs?|bottles?|"
        r"cartons?|tubs?|pots?|mugs?)\s*$|"
        r",\s*(?:single\s+|double\s+)?(?:punnets?|scoops?|measures?)\s*(?=(?:,\s*)+$)",
        " ",
    ),
    # ... or a unit Lose It! writes as a segment of its own before the amount ("Oil, Canola,
    # Tbsp, 1 Tbsp"; "Wine, White, Glass, 5 Fl Oz"; "Clementine, Seedless, Each", fresh20).
    (
        r",\s*(?:tbsps?|tsps?|tablespoons?|teaspoons?|cups?|each|oz|ounces?|glass(?:es)?|mugs?)"
        r"\s*(?=,|$)",
        " ",
    ),
    # A bare count at the end ("eggs over easy 2", "chicken wings 6") is the amount, though not
    # a number that names the food ("omega 3", "vitamin b 12", "7 up").
    (
        r"^(.{0,160}?\b(?!(?:omega|vitamin|number|no|formula|stage|size|grade|type|zero|step|"
        r"part|fat|lean|up|plus|max|chocolate|cacao|cocoa|dark|proof)\b)[a-z]{3,})\s+\d{1,2}\s*$",
        r"\1 ",
    ),
    (
        _COUNT_OPENING,
        " ",
    ),
    # A concentrate or a condensed soup is sold to be made up with water; what is drunk or
    # eaten is the made-up food ("Soup, tomato, canned, prepared with equal volume water",
    # 32 kcal per 100 g against the condensed soup's 66; "Orange juice, frozen concentrate,
    # unsweetened, diluted with 3 volume water"), as is juice "from concentrate". A
    # concentrate named without being made up ("..., undiluted"; SR28's formulas "not
    # reconstituted") is the concentrate as bought: a variant a name must ask for.
    # Juice "canned or bottled" is canned juice: "bottled" says no more.
    (r"\bcanned or bottled\b|\bbottled or canned\b", " canned "),
    (r"\bnot from concentrate\b", " "),
    (r"\bnot reconstituted\b", " concentrated "),
    (
        r"\b(?:includes )?from (?:frozen )?concentrate\b"
        r"|\bprepared with (?:an )?equal volume (?:of )?water\b"
        r"|\b(?:condensed|concentrated?)\b(?=.{0,120}?\b(?:prepared|diluted|reconstituted)\b)",
        " madeup ",
    ),
    (r"\bdiluted with \d+ volumes? (?:of )?water\b|\breconstituted\b", " madeup "),
    (r"\b(?:condensed|undiluted|concentrated?)\b", " concentrated "),
    # Hot cereals "prepared with water" are cooked with it.
    (
        r"(\b(?:oatmeal|oats|grits|cereals?|farina|wheat)\b[^()]{0,120}?)\bprepared with water\b",
        r"\1 cooked with water ",
    ),
    # A soup prepared with water is the condensed soup made up.
    (r"(\bsoups?\b[^()]{0,120}?)\bprepared with water\b", r"\1 madeup "),
    # How a drink was made up says nothing of what it is ("Tea, black, brewed, prepared
    # with tap water"): brewed with water is tea's and coffee's usual form.
    (r"\b(?:brewed, )?prepared with (?:tap |distilled |bottled )?water\b", " "),
    (r"\bbrewed\b", " "),
    # Whole grain is a kind of a food made of grain that a plain name does not ask for
    # ("Pasta, whole-wheat, cooked" for "pasta"): one word for it, a variant.
    (r"\bwhole[- ]?(?:wheat|meal)\b", " wholegrain wheat "),
    (r"\bwhole[- ]?grains?\b", " wholegrain "),
    # A banana split is a dessert; split peas are peas.
    (r"\bbanana splits?\b", " bananasplit "),
    # A can's whole contents are its usual form; a food that is itself a liquid ("Yogurt,
    # liquid"; "Cream substitute, liquid") is another product than the one a name means.
    (r"\bsolids and liquids\b", " solid "),
    (r"\bns as to (?:fat type|fat|type|form|cooking method)\b", " "),
    (r"\b(?:no added fat|no fat added|without (?:added )?fat)\b", " "),
    # The fat a food is cooked in is how it was cooked, not the food eaten ("scrambled eggs
    # cooked in butter" is FNDDS's "Egg omelet or scrambled egg, made with butter").
    (
        r"\b(cooked|scrambled|fried|sauteed|made|done|browned|roasted|tossed)\s+in\s+"
        r"(?:a\s+little\s+|some\s+)?(butter|margarine)\b",
        r" \1 with \2 ",
    ),
    (
        r"\b(cooked|scrambled|fried|sauteed|made|done|browned|roasted|tossed)\s+in\s+"
        r"(?:a\s+little\s+|some\s+)?(?:(?:vegetable|olive|canola|coconut|avocado|sunflower|"
        r"peanut|bacon)\s+)?(?:oil|grease|lard)\b",
        r" \1 with oil ",
    ),
    (
        r"\b(cooked|fried|sauteed|roasted|grilled|baked|broiled|tossed|made)\b(.{0,40}?)\s+with\s+"
        r"(?:a\s+little\s+|some\s+|a\s+drizzle\s+of\s+)?(?:extra[- ]virgin\s+)?"
        r"(?:vegetable|olive|canola|coconut|avocado|sunflower|peanut)\s+oil\b",
        r" \1\2 with oil ",
    ),
    # Words of fresh17 read before the fat a food is cooked with: mashed potatoes "with
    # butter" are SR28's home-prepared ones with butter added (not the scalloped ones "with
    # butter"); a food "with fat added" or cooked in fat is cooked, with fat, and eggs cooked
    # in bacon fat, lard or drippings (and nothing "with" them) FNDDS's "made with animal fat
    # or meat drippings".
    (
        r"\bmashed\s+potato(?:es)?\s+with\s+butter\b(?!\s+(?:and|or|&))",
        " potatoes mashed butter added ",
    ),
    (r"\bwith\s+fat\s+added\b|\bcooked\s+in\s+fat\b", " cooked addedfat withfat "),
    (
        r"^(?!.{0,80}?\bwith\b)(.{0,80}?)\b(?:cooked\s+|fried\s+)?in\s+(?:bacon\s+(?:fat|grease|"
        r"drippings)|lard|(?:meat\s+|pan\s+)?drippings|animal\s+fat)\b",
        r"\1 addedfat withfat animal fat meat drippings ",
    ),
    # Cooked with fat is also a variant a name that does not say so does not mean (FNDDS's
    # "Black beans, from canned, fat added", 178 kcal per 100 g, against "no added fat",
    # 134 kcal); frying is a way of cooking, and "french fries" are no variant of fried ones.
    # Which fat is a variant too, a name may ask for ("eggs scrambled in butter"), but not of a
    # recipe made with it ("Cookies, chocolate chip, prepared from recipe, made with butter").
    (
        r"(?<!recipe, )(?<!recipe, made )\b(?:made )?with (oil|butter|margarine)\b",
        r" addedfat withfat fat\1 ",
    ),
    (
        r"\b(?:fat added|made with (?:oil|butter|margarine)|with (?:oil|butter|margarine))\b",
        " addedfat withfat ",
    ),
    # ... and cooked "with fat" or "with lard" (a Southern pot of beans) is FNDDS's "fat added".
    (
        r"\b(?:cooked\s+)?with\s+(?:fat|lard|shortening|bacon\s+grease)\b(?!\s+(?:free|added))",
        " cooked addedfat withfat ",
    ),
    # Cooked "with no fat" is cooked without added fat; "no fat" milk or yogurt is nonfat.
    (
        r"\bwith\s+no\s+(?:added\s+)?fat\b|\bno\s+(?:added\s+)?fat\b(?!\s+(?:milk|yogh?urt|"
        r"cheese|cream|sour|cottage|ice|frozen|dressing|mayo|mayonnaise|half|creamer|greek))",
        " ",
    ),
    # FNDDS's coated poultry: "skin / coating eaten" or "not eaten"; a name says "skin and
    # coating removed". The coating taken off is a detail a name must say: a breaded drumstick
    # is eaten with it.
    (r"\bskin ?(?:/|and|&) ?coating (?:not eaten|removed|taken off|off)\b", " skinoff coatingoff "),
    (r"\bskin ?(?:/|and|&) ?coating (?:eaten|on)\b", " skinon coated "),
    # Breading taken off a fried piece takes its skin with it ("fried chicken, breading
    # removed").
    (
        r"\b(?:breading|coating|batter) (?:not eaten|removed|taken off|off)\b",
        " skinoff coatingoff ",
    ),
    # Barbecue is one word, however written; FNDDS grills chicken "with sauce" (barbecue
    # sauce) or "without sauce", the plain grilled chicken a name means when it says no sauce.
    (r"\bbar-?b-?q\b|\bbarbecued?\b", " bbq "),
    (r"\bwith (?:a )?bbq sauce\b", " bbq "),
    (r"\bgrilled with sauce\b", " grilled bbq "),
    (r"\bgrilled without sauce\b", " grilled "),
    # Buffalo wings are wings in hot sauce (FNDDS's 'Chicken "wings" with hot sauce').
    # The sauce itself is FNDDS's "Buffalo sauce".
    (r"\b(?:buffalo|hot) (?:style )?(?:chicken )?wings? sauce\b", " buffalo sauce "),
    (
        r"\bboneless\s+buffalo (?:style )?(?:chicken )?wings?\b"
        r"|\bbuffalo (?:style )?(?:chicken )?boneless wings?\b",
        " chicken wings, boneless, with hot sauce, ",
    ),
    (r"\bbuffalo (?:style )?(?:chicken )?wings?\b", " chicken wings with hot sauce "),
    # FNDDS coats meat and fish it bakes, broils or pan-cooks ("Fish, cod, baked or broiled,
    # coated"; "Pork, chop, coated"): SR28 and a name say breaded. Its fried chicken and fish
    # are "fried, coated", the usual fried food, which a name need not call breaded.
    (r"(?<!fried), coated\b(?! or)", ", breaded "),
    # Skin eaten or not is a property of the food ("skinoff", "skinon"); a bare "skin" is
    # the skin alone ("Potatoes, raw, skin").
    # A potato "boiled, cooked in skin, flesh" was peeled after cooking: its flesh is eaten,
    # and it is a kind of boiled potato that a name must ask for (SR28 11365 against
    # "cooked without skin", 11367).
    # SR28 microwaves potatoes only in their skin ("Potatoes, microwaved, cooked in skin,
    # flesh"): there the skin is how, not which.
    (r"\bmicrowaved, cooked,? in skin, flesh\b(?! and skin)", " microwaved skinoff "),
    (r"\bmicrowaved, cooked,? in skin, flesh and skin\b", " microwaved skinon "),
    (r"\bcooked in skin, flesh\b(?! and skin)", " skinoff inskin "),
    # Potatoes "boiled in their skins" are that kind of boiled potato.
    (
        r"\bboiled in (?:(?:their|its|the) )?skins?\b|\bcooked in (?:their|its|the) skins?\b",
        " boiled inskin ",
    ),
    # Pork rinds are the fried skin: a snack of its own, not skin as a part.
    (r"\bpork skins?(?: rinds?)?\b", " pork rind "),
    (
        r"\b(?:without|no) (?:the )?skin\b|\bpeel not eaten\b|\bpeeled\b|\bflesh only\b|"
        r"\bskin(?:less| removed before cooking|"
        r" removed| not eaten|[- ]off)\b|\bmeat only\b",
        " skinoff ",
    ),
    (
        r"\b(?:with )?skin(?: eaten|[- ]on)\b|\bwith (?:the |its |their )?skins?\b"
        r"|\bunpeeled\b|\bin skin\b|\b(?:peel eaten|with peel)\b|"
        r"\bflesh and skin\b|\bmeat and skin\b|\bincludes skin\b",
        " skinon ",
    ),
    (r"\bflesh\b", " skinoff "),
    # Potatoes boiled with the skin on were boiled in their skin: FNDDS's "boiled, from fresh,
    # peel eaten" or SR28's "boiled, cooked in skin", not microwaved or baked ones, which
    # keep their skin too. (Not the boiled skin itself, nor FNDDS's own descriptions, which
    # say "cooked" for "from fresh".)
    (
        r"^(?=.{0,80}\bpotato)(?!.{0,80}\b(?:skin|cooked)\b)(.{0,80}?\bboiled\b.{0,40}?)"
        r"\bskinon\b",
        r"\1 skinon inskin ",
    ),
    (
        r"^(?=.{0,80}\bpotato)(?!.{0,80}\b(?:skin|cooked)\b)(.{0,80}?)\bskinon\b"
        r"(.{0,40}?\bboiled\b)",
        r"\1 skinon inskin \2",
    ),
    # Par-fried is not fried: it is frozen, to be cooked ("Onion rings, breaded, par fried,
    # frozen, unprepared").
    (r"\bpar[- ]?fried\b", " parfried "),
    (r"\bfried\b", " fried addedfat "),
    # USDA's cuts: "separable lean only" against "separable lean and fat".
    (r"\blean only\b", " leanonly "),
    (r"\blean and fat\b", " leanfat "),
    # The separable fat is the fat trimmed off a cut, a part and not the meat (as a bare
    # "skin" is): only a name of the fat itself asks for it ("beef fat", "pork fat").
    (r"\bseparable fat\b|\b(?<=beef |pork |lamb |veal )fat\b|\bback ?fat\b", " fatonly "),
    # A stick is how butter and margarine are sold, not a kind of them.
    (r"^(?=.*\b(?:butter|margarine)\b)(.*?)\bsticks?\b", r"\1 "),
    # A cut named "lean" on its own ("Beef, Top Sirloin Steak, Lean, Broiled", as Cronometer
    # writes it) is the separable lean only; "93% lean" and "lean ground beef" say how much
    # fat is ground in, and stay words of the name.
    (r"(^|,)\s*lean\s*(?=,|$)", r"\1 leanonly "),
    # British names of foods USDA names otherwise.
    (r"\bfish fingers?\b", " fish sticks "),
    (r"\boven chips\b", " potatoes french fried frozen oven heated "),
    (r"\bblack pudding\b", " blood sausage "),
    (r"\bsatsumas?\b|\bmand[ae]rin(?: oranges?)?s?\b", " tangerines "),
    (r"\bgherkins?\b", " pickles cucumber "),
    (r"\bmarmite\b", " yeast extract spread "),
    (r"\byorkshire puddings?\b", " popover "),
    (r"\bnatural yog(?:h)?urt\b", " yogurt plain "),
    (r"\bcherry tomato(?:es)?\b", " tomatoes, red, ripe, "),
    # Rice is cooked in water, boiled or steamed, and USDA says "cooked" ("Rice, white,
    # long-grain, regular, enriched, cooked"); a Chinese restaurant's is its own food.
    (
        r"^(?!.{0,240}?\b(?:restaurant|chinese)\b)(.{0,120}?\brice\b.{0,120}?)"
        r"\b(?:boiled|steamed)\b",
        r"\1 cooked ",
    ),
    (
        r"^(?!.{0,240}?\b(?:restaurant|chinese)\b)(.{0,120}?)\b(?:boiled|steamed)\b"
        r"(?=.{0,120}?\brice\b)",
        r"\1 cooked ",
    ),
    # Rice named without its kind is white rice, the rice most eaten (a name says brown,
    # wild or parboiled): "Rice, cooked", "boiled rice".
    (
        r"^(\s*(?:(?:plain|cooked|boiled|steamed|dry|raw|uncooked|enriched|regular|long[- ]?grain|"
        r"medium[- ]?grain|short[- ]?grain)\s+)*)rice(?=\s*[,(]|\s*$)"
        r"(?!.*\b(?:brown|wild|red|black|white|parboiled|converted|instant|basmati|jasmine|"
        r"glutinous|sticky|sushi|arborio|fried|sweet|milk|honey|coconut|pudding)\b)",
        r"\1white rice",
    ),
    # Basmati and jasmine are long-grain rices, which USDA does not name apart.
    (r"\bbrown (?:basmati|jasmine)\b", " brown longgrain "),
    (r"\b(?:basmati|jasmine)\b", " white longgrain "),
    # Scott's "porage" is porridge; porridge oats made with water or milk are the porridge.
    (r"\bporage\b", " porridge "),
    (r"\bporridge\s+oats\s+(?=(?:made|cooked|prepared)\s+with\b)", " porridge "),
    # Porridge is cooked oats; "porridge oats" are the dry oats it is made from.
    (r"\bporridge oats\b", " oat "),
    (r"\bporridge\b", " oat cooked "),
    (r"\boatmeal\b", " oat "),
    # Toast is toasted bread, unless it is French toast or shrimp toast.
    (r"(?<!french )(?<!shrimp )(?<!prawn )(?<!prawns )\btoast\b", " bread toasted "),
    # A pita is a bread, as USDA names it ("Bread, pita, whole-wheat").
    (r"(?<!bread )\bpit+as?\b(?! bread)(?! chips?)", " bread pita "),
    (r"\bpitta\b", " pita "),  # British spelling
    (r"\bbutter beans?\b", " lima beans "),
    # Canned in its juice: SR28 says "juice pack" of fruit and "packed in tomato juice"
    # (tomatoes "in tomato juice" or "with juice" are canned ones, fresh20).
    (
        r"\b(?:plum\s+|peeled\s+plum\s+)?(tomato(?:es)?)\s+(?:in|with)\s+(?:tomato\s+)?juice\b",
        r" \1 canned juicepack ",
    ),
    (
        r"\bpacked in (?:tomato )?juice\b|\bjuice pack\b|\bin (?:its own |own )?juice\b",
        " juicepack ",
    ),
    (r"\bhalf[- ](?:and|&|n)[- ]half\b", " cream halfandhalf "),
    (r"\btreacle\b", " molasses "),
    (r"\b(?:icing|powdered|confectioners'?) sugar\b", " sugar powdered "),
    (r"\bjell-?o\b", " gelatin dessert "),
    # USDA's values are per 100 g of what is eaten, bone or no bone ("Pork, fresh, loin,
    # center loin (chops), bone-in, ..."): the bone changes the refuse, not the food.
    # Boneless wings are another food, though: breaded pieces of breast (FNDDS's "Chicken
    # "wings", boneless, ...").
    (
        r"\bbone ?less\b(?!\s+(?:buffalo\s+|chicken\s+|bbq\s+|hot\s+)*wings?\b)"
        r"(?<!wings\", boneless)(?<!wings, boneless)|\bbone[- ]in\b",
        " ",
    ),
    (r"\bhard[- ]?(?:boiled|cooked)\b", " hard boiled "),
    # "Walnuts, excluding honey roasted" says what the food is not.
    (r"\bexcluding [^,;()]*", " "),
    # A mix prepared is the food made from it ("Pancakes, whole-wheat, dry mix, incomplete,
    # prepared" are pancakes), not the mix as bought ("..., dry mix, incomplete"), though a
    # variant of the food made from a recipe (see VARIANTS).
    (
        r"\b(?:dry )?mix(?:, (?:incomplete|complete|regular|instant))?, prepared\b"
        r"|\b(?:prepared |made )?from (?:an? |the )?(?:(?:complete|incomplete|dry|instant|"
        r"box|boxed|packaged|baking) )*mix\b",
        " prepared frommix ",
    ),
    # A salad dressing is a dressing: no salad is part of it.
    (r"\bsalad dressings?\b", " dressing "),
    # Minerals a maker added are a fortified variant ("Apple juice, ..., with added ascorbic
    # acid, calcium, and potassium": 70 mg calcium per 100 g against 8); what a food is
    # without having had added ("without added ascorbic acid") is the plain food.
    (
        r"\bwith added ((?:[a-z ]+, )*(?:and )?[a-z ]*\b(?:calcium|potassium|iron|minerals)\b)",
        r" fortified \1 ",
    ),
    (r"\bwith (calcium|potassium|iron) added\b", r" fortified \1 "),
    (
        r"\b(?:without|no) (?:added )?(?:ascorbic acid|vitamin c|vitamins|calcium|iron)"
        r"(?: added)?\b",
        " ",
    ),
    # FNDDS codes a salad without its dressing, which the survey records as a food of its
    # own (28 salads "..., no dressing"): a salad named without saying is that salad.
    (r"\b(?:no|without)\s+dressing\b", " "),
    # Soft margarine is the tub kind (SR28 "Margarine, regular, 80% fat, composite, tub").
    (r"\bsoft (margarine|spread)\b|(?<=margarine, )soft\b", r" tub \1 "),
    # Vegetables cut in sticks or strips are the vegetable ("carrot sticks", "celery
    # sticks"), unlike fish, cheese or potato sticks, which are products.
    (
        r"\b(carrots?|celery|cucumbers?|jicama|zucchini|peppers?) (?:sticks?|strips?|spears?)\b",
        r" \1 ",
    ),
    (r"\bnot fortified\b|\bunfortified\b", " "),
    (r"\bsoft[- ]?boiled\b", " boiled "),
    (r"\bstore[- ]bought\b", " "),
    # Made at home: SR28's "prepared from recipe" and "home-prepared", FNDDS's "home recipe"
    # (a filler word, so that it is never a word a name must have; the ranking prefers it).
    (
        r"\bhome[- ]?made\b|\bhome recipe\b|\bhome[- ]prepared\b|\b(?:prepared )?from recipe\b",
        " homemade ",
    ),
    (r"\bready[- ]to[- ]eat\b", " "),
    (r"\bgeneric\b", " "),
    (r"\btinned\b", " canned "),
    # Everyday names of foods USDA names otherwise.
    (r"\btart cherr(y|ies)\b", r" sour cherr\1 "),
    # Edamame boiled or raw (or Cronometer's "Edamame, Cooked") are SR28's green soybeans
    # ("Soybeans, green, cooked, boiled, drained, without salt"); edamame named otherwise are
    # SR28's frozen edamame ("Edamame, frozen, prepared"), as sold. Soy nuts are its roasted
    # mature soybeans.
    # Shelled or in their pods, edamame are the same food (USDA's are shelled).
    (r"\bshelled\b", " "),
    (
        r"^(?!.{0,80}\bfrozen\b)(?=.{0,80}\b(?:boiled|raw)\b|\s*edamame\s*,\s*cooked\b)"
        r"(.{0,80}?)\bedamame\b",
        r"\1 green soybeans ",
    ),
    (r"\b(edamame|green soybeans) (?:beans )?(?:in (?:the |their )?)?pods?\b", r" \1 "),
    (r"\bsoy ?nuts?\b", " roasted soybeans "),
    # Plant milks written as one word ("Soymilk", "Almondmilk") are the milk of the plant.
    (r"\b(soy|almond|coconut|oat|rice)milks?\b", r" \1 milk "),
    # Pork is the usual meat of a sausage: "Bratwurst, pork, cooked" is the bratwurst, and
    # another meat is the kind a name says ("Bratwurst, chicken, cooked").
    (
        r"^((?:bratwurst|sausage, italian|italian sausage|polish sausage|kielbasa|chorizo|"
        r"salami|pepperoni|liver sausage)[^,]*), pork\b",
        r"\1",
    ),
    # A pork chop named without its cut is a loin chop, as USDA files pork chops ("Pork,
    # fresh, loin, center loin (chops)"); a blade or sirloin chop is the cut a name says.
    (
        _UNCUT_PORK_CHOP,
        r"\1pork loin chop",
    ),
    # Small white and small red beans are kinds of their own, not a size.
    (r"\bsmall (white|red)(?= beans?\b)|(?<=^beans, )small (white|red)\b", r" small\1\2 "),
    # String cheese is low-moisture part-skim mozzarella; herbal tea is USDA's herb tea.
    (r"\bstring cheese\b|\bcheese,? string\b", " mozzarella cheese, low moisture, part skim "),
    (r"\bherbal\b", " herb "),
    # What a food is "other than" is no word of it ("Beverages, tea, herb, other than
    # chamomile, brewed" is the herb tea a plain name means).
    (r"\bother than (?:all )?[a-z]+(?: (?:or|and) [a-z]+)?(?= *[,)]| *$)", " "),
    # "Chunk style" is chunky peanut butter; pineapple or tuna in chunks is the food.
    (r"\bchunk style\b|\bchunky\b", " chunkstyle "),
    # Chinese cabbages: SR28's pak-choi is bok choy, its pe-tsai napa cabbage (FNDDS
    # "Cabbage, napa").
    (r"\bcabbage, chinese \(pak-choi\)|\b(?:bok|pak)[- ]?cho[iy]\b", " pakchoi "),
    (r"\bcabbage, chinese \(pe-tsai\)|\bnapa cabbage\b|\bchinese cabbage\b", " cabbage, napa "),
    # SR28 "Cowpeas, common (blackeyes, crowder, southern)" and "Cowpeas (blackeyes)".
    (
        r"^cowpeas,? (?:common )?\(blackeyes[^)]*\)|\bblack[- ]?eyed?[- ](?:peas?|beans?)\b",
        " blackeyedpeas ",
    ),
    # SR28 files fig bars and crispbread under cookies and crackers ("Cookies, fig bars";
    # "Crackers, crispbread, rye"): they are the food.
    (r"^cookies?, fig bars?\b", "fig bar, cookie"),
    (r"^crackers, crispbread\b", "crispbread"),
    # SR28 "Milk, buttermilk, fluid, cultured, lowfat" is buttermilk.
    (r"^milk, buttermilk\b", "buttermilk"),
    # Olive oil's grade and an onion's or a leaf's colour or age are no other food in USDA's
    # tables ("Oil, olive, salad or cooking"; "Onions, raw"; "Spinach, raw").
    (r"\bextra[- ]virgin\b", " "),
    (r"\b(?:red|yellow|brown|spanish) onions?\b", " onion "),
    # A broth or stock is a soup ("Soup, chicken broth, ready-to-serve"; "Soup, stock, chicken,
    # home-prepared"), not a canned meat with its broth ("Chicken, canned, meat only, with
    # broth").
    # Turkey breast bought sliced, or from the deli, is the deli meat ("Turkey breast, sliced,
    # prepackaged": 922 mg sodium per 100 g), unless it was roasted at home or comes in gravy.
    (
        r"^(?!.*\b(?:roast|roasted|home|homemade|gravy|leftover|oven)\b)(.{0,60}?)"
        r"\b(?:sliced|deli) (turkey breast)\b",
        r"\1 \2 sliced prepackaged ",
    ),
    # Sirloin said alone is beef's top sirloin steak, as "sirloin steak" is ("Beef, top sirloin,
    # steak, ..."), not a soup of sirloin burger; a pork, veal or lamb sirloin says so, and
    # ground sirloin is ground beef.
    (
        r"(?<!\btop )(?<!\bbottom )(?<!\bloin, )(?<!\bleg, )(?<!\bleg )(?<!\bveal, )(?<!\bveal )"
        r"(?<!\bpork, )(?<!\bpork )(?<!\blamb )(?<!\bground )\bsirloin\b"
        r"(?! ?\(| (?:half|chops?|tips?|steaks?|strip|end|burgers?|roasts?|cap|petite|filet)\b)",
        " sirloin steak ",
    ),
    # Cultured buttermilk is the usual lowfat one ("Milk, buttermilk, fluid, cultured, lowfat"),
    # unless the name says its fat.
    (
        r"^(?!.*\b(?:whole|full|reduced|low|lowfat|nonfat|fat|skim|skimmed|1%|2%)\b)(.{0,60}?)"
        r"\bcultured buttermilk\b",
        r"\1 buttermilk, cultured, lowfat ",
    ),
    # An oat drink or beverage is oat milk ("Oat milk").
    (r"\boat (?:beverage|drink)s?\b", " oat milk "),
    # Frosties are the UK's frosted flakes ("Cereals ready-to-eat, KELLOGG, KELLOGG'S FROSTED
    # FLAKES"); a Frosty, Wendy's dairy dessert ("WENDY'S, Frosty Dairy Dessert"), not a cookie.
    (r"\bfrosties\b", " frosted flakes "),
    (r"\bfrosty\b(?! (?:lemon|dairy)\b)", " frosty dairy dessert "),
    # Words of fresh24: "choc" is chocolate (a choc ice the ice cream bar), dried plums are
    # prunes ("Plums, dried (prunes), uncooked"), squirty cream the UK's aerosol cream
    # ("Cream, whipped, cream topping, pressurized"), angel cake angel food cake ("Cake,
    # angelfood, ..."), croquetas croquettes, ranch said alone the dressing ("Salad dressing,
    # ranch dressing, regular"), and whey protein the powder ("Beverages, Protein powder whey
    # based") unless it says isolate; a scoop at the end is the serving.
    (r"\bchoc[- ]ices?\b(?! cream)", " ice cream bar chocolate covered "),
    (r"\bchoc\b", " chocolate "),
    (r"\bdried plums?\b", " prunes "),
    (r"\bsquirty cream\b", " whipped cream topping pressurized "),
    (r"\bangel cakes?\b", " angelfood cake "),
    (r"\bcroquetas?\b", " croquette "),
    (r"\bshrimp\s+croquettes?\b", " shrimp cake or patty "),
    (r"^\s*ranch\s*$", " ranch dressing "),
    (r"\bwhey protein(?: powder)?\b(?! (?:powder )?isolate\b)", " protein powder whey based "),
    (r"(?<=[a-z] )scoops?\s*$|(?<=[a-z]  )scoops?\s*$", " "),
    # A lamb or beef gyro is FNDDS's "Gyro sandwich", not the meat; meatballs in a cream sauce
    # are "Swedish meatballs with cream or white sauce"; surimi crab is imitation crab
    # ("Crustaceans, crab, alaska king, imitation, made from surimi").
    (r"\b(?:lamb|beef) gyros?\b(?! (?:sandwich|meat|wrap)\b)", " gyro sandwich "),
    (
        r"\bmeatballs? (?:in|with) (?:a )?(?:cream|white|creamy) (?:sauce|gravy)\b",
        " swedish meatballs with cream or white sauce ",
    ),
    (r"\bsurimi crab\b|\bcrab surimi\b", " imitation crab made from surimi "),
    # Other names of foods USDA has under its own ("Chicken feet"; "Chicken kiev"; Taylor ham
    # is "Pork, roll"; "Chili with macaroni"; "French dip sandwich"; "Bread, marble rye and
    # pumpernickel"; "Potato skins, with cheese and bacon"; "Crackers, wonton"; "Meatballs,
    # Puerto Rican style"; a Swiss roll is "Cake, jelly roll"; "Cranberries, dried,
    # sweetened"; Montmorency cherries are sour ones; the UK's Chinese leaf is napa cabbage
    # ("Cabbage, chinese (pe-tsai)"), its salad onions spring onions; "Mustard greens";
    # pumpkin puree is canned pumpkin; key lime juice is lime juice; pon haus is scrapple;
    # city chicken "Mock chicken legs"; an egg mayo sandwich "Egg salad sandwich"; cheesy
    # garlic bread is "with melted cheese"; Steak-umm "Beef, sandwich steak"; prawn toast
    # "Shrimp toast").
    (r"\bchicken paws?\b", " chicken feet "),
    (r"\bchicken kyiv\b", " chicken kiev "),
    (r"\btaylor ham\b", " pork roll "),
    (r"\bchili mac\b(?! (?:and|&|n) cheese)", " chili with macaroni "),
    (r"\bfrench dip\b(?! sandwich)", " french dip sandwich "),
    (r"\bmarble rye\b(?! and)", " bread marble rye and pumpernickel "),
    (r"\bloaded potato skins?\b", " potato skins with cheese and bacon "),
    (r"\bwonton (?:crisps|chips|strips)\b", " crackers wonton "),
    (r"\balbondigas\b", " meatballs puerto rican style "),
    (r"\bswiss rolls?\b", " cake jelly roll "),
    (r"\bcraisins?\b", " cranberries dried sweetened "),
    (r"\bmontmorency cherr(?:y|ies)\b", " cherries sour red "),
    (r"\bchinese leaf\b|\bchinese leaves\b", " napa cabbage "),
    (r"\bsalad onions?\b", " spring onions "),
    (r"\bmustard leaves\b", " mustard greens "),
    (r"\bpumpkin puree\b", " pumpkin canned "),
    (r"\bkey lime juice\b", " lime juice "),
    (r"\bpon haus\b", " scrapple "),
    (r"\bcity chicken\b", " mock chicken legs "),
    (r"\begg mayo sandwich(?:es)?\b", " egg salad sandwich "),
    (r"\bcheesy garlic bread\b", " garlic bread with melted cheese "),
    (r"\bsteak[- ]umms?\b", " beef sandwich steak "),
    (r"\b(?:sesame )?prawns? toasts?\b", " shrimp toast "),
    # A doughnut filled with jam is USDA's with jelly ("Doughnuts, yeast-leavened, with jelly
    # filling").
    (r"\bjam[- ]filled\b|\bjam(?= (?:doughnut|donut)s?\b)", " jelly "),
    # A stock sold reduced in salt is USDA's reduced-sodium broth ("Soup, chicken broth,
    # less/reduced sodium, ready to serve"): its stock is home-prepared.
    (
        r"\b((?:reduced|low)[- ](?:salt|sodium) (?:chicken|beef|vegetable)) stock\b"
        r"|\b((?:chicken|beef|vegetable)) stock(?=,? (?:reduced|low)[- ](?:salt|sodium)\b)",
        r" \1\2 broth ",
    ),
    # (Not a text that says soup already, nor a stock cube or powder.)
    (
        r"^(?!.*\bsoup\b)(.{0,100}?)(?<!\bwith )(?<!\bin )"
        r"\b((?:chicken|beef|vegetable|veggie|turkey) (?:broth|stock))\b"
        r"(?! (?:cubes?|cubed|powder|granules?|concentrate|base|paste|bouillon)\b)",
        r"\1 \2 soup ",
    ),
    # A dish with cheddar or parmesan is a dish with cheese ("Pasta with tomato-based sauce
    # and cheese"; "Tuna salad with cheese").
    (
        r"\b((?:and|with) (?:cheddar|parmesan|mozzarella|swiss|feta|provolone))\b"
        r"(?! cheese| chard)",
        r" \1 cheese ",
    ),
    # USDA's vegetable stock is its broth ("Soup, vegetable broth, ready to serve"): it has no
    # other.
    (r"\bvegetable stock\b", " vegetable broth "),
    # A white potato is a potato, not a sweet one: SR28's boiled potatoes are white
    # ("Potatoes, boiled, cooked without skin, flesh, without salt").
    (r"\bwhite (potato(?:es)?)\b", r" \1 "),
    # Yellow is sweet corn's usual colour ("Corn, sweet, yellow, raw"), white a kind of it.
    (r"^(corn(?:, sweet)?), yellow\b", r"\1"),
    (r"^(\s*corn\s+on\s+the\s+cob),\s*yellow\b", r"\1"),
    (r"\byellow (?=(?:sweet ?)?corn\b)|(?<=\bsweet corn), yellow\b", " "),
    (
        r"\bbaby (spinach|arugula|kale|greens)\b"
        r"|\b(spinach|arugula|kale|greens)((?:\s+leaf|\s+leaves)?),\s*baby\b",
        r" \1\2\3 ",
    ),
    # Coffee "black" is coffee without milk. Corn "on the cob" is eaten cooked, an ear of
    # fresh corn unless the name says frozen (SR28's "frozen, kernels on cob").
    (r"\bcoffee,? black\b|\bblack coffee\b", " coffee "),
    (r"\bon the cob\b(?=.{0,120}?\bfrozen\b)", " on cob "),
    (r"^(.{0,120}?\bfrozen\b.{0,120}?)\bon the cob\b", r"\1 on cob "),
    (r"\bon the cob\b", " cooked "),
    (r"\bcherries, tart\b", "cherries, sour"),
    (r"\bcannell?ini(?: beans?)?\b", " white beans "),
    (r"\bportobell[oa]s?\b", " portabella "),
    (r"\bdaikons?(?: radish(?:es)?)?\b", " radishes oriental "),
    (r"\bbaguettes?\b", " bread french "),
    (r"\bjelly ?beans?\b", " jellybeans "),
    (r"\bsticky rice\b", " glutinous white rice "),
    (r"\bmeat ?loaf\b", " meat loaf "),
    (r"\b(?:crushed )?red pepper flakes\b|\bchil(?:i|li) flakes\b", " spices pepper red "),
    (r"\bfizzy water\b", " carbonated water "),
    # Fresh pasta is USDA's "Pasta, fresh-refrigerated", raw or cooked as the name says.
    (r"\bfresh[- ]refrigerated\b", " refrigerated "),
    (
        r"\bfresh\s+(?=(?:egg\s+)?(?:pasta|noodles?|ravioli|tortellini|gnocchi|lasagna)\b)",
        " refrigerated ",
    ),
    # Fresh beans and peas sold dried too are the green seeds, USDA's "immature seeds"
    # ("Black-Eyed Peas, Fresh, Boiled": SR28's "Cowpeas (blackeyes), immature seeds, ...").
    (
        r"\bfresh\s*,?\s+(?=(?:\w+ )?(?:blackeyedpeas|cowpeas|lima beans|fava beans|"
        r"broad ?beans|soybeans|pigeon peas)\b)",
        " immature ",
    ),
    (
        r"\b(blackeyedpeas|cowpeas|lima beans|fava beans|broad ?beans|soybeans|"
        r"pigeon peas)\s*,?\s*fresh\b",
        r" \1 immature ",
    ),
    # Fresh milk is the fluid milk, not the dried (fresh20: "Whole Milk, fresh").
    (r"\b(milk)\s*,\s*fresh\b", r" \1 "),
    (
        r"\bfresh\s+(?=(?:(?:whole|full[- ]fat|skimmed|semi[- ]skimmed|skim|low[- ]fat|"
        r"reduced[- ]fat|[12]%)\s+)?milk\b)",
        " ",
    ),
    # Fresh is raw, unless the name says it was cooked ("Fresh Garden Peas, Cooked"; FNDDS's
    # "Green peas, fresh, cooked"): then it only says the food was not frozen or canned.
    (
        r"^(?!.*\b(?:cooked|boiled|steamed|baked|roasted|roast|grilled|broiled|fried|sauteed|"
        r"stewed|braised|poached|microwaved|toasted|heated|prepared|simmered|blanched|scrambled|"
        r"mashed|seared)\b)(.*?)\bfresh\b",
        r"\1 raw ",
    ),
    (r"\bgarbanzos?(?: beans?)?\b", " chickpeas "),
    (r"\bchick peas?\b", " chickpeas "),
    (r"\b(?:spring|green) onions?\b", " scallions "),
    (r"\bcourgettes?\b", " zucchini "),
    # SR28 "Kiwifruit", FNDDS "Kiwi fruit": a kiwi is the fruit.
    (r"\bkiwi ?fruits?\b", " kiwi "),
    (r"\bcollard greens?\b", " collards "),
    (r"\bcilantro\b", " coriander "),
    (r"\b(?:green (?:snap )?|string )beans?\b", " snap beans green "),
    # SR28's "Beans, snap, green, ..." in the same words, as one name.
    (r"^beans, snap, green\b", " snap beans green "),
    (r"\bsweet ?corn\b", " corn sweet "),
    (
        r"\bsnow ?peas?\b|\bmange ?tout\b|\b(?:sugar )?snap peas?\b|\bpeas, edible[- ]podded\b",
        " snowpeas ",
    ),
    # British, trade and everyday names of foods USDA names otherwise.
    (r"\bgammon\b", " ham, cured "),
    (r"\bback bacon\b", " canadian bacon "),
    (r"\blinseeds?\b", " flaxseed "),
    (r"\blagers?\b|\bpale ales?\b", " beer "),
    (r"\bprosecco\b|\bchampagne\b|\bcava\b", " wine sparkling "),
    (r"\bpolenta\b", " cornmeal mush "),
    (r"\bharicot beans?\b", " navy beans "),
    (r"\bborlotti beans?\b", " cranberry beans "),
    (r"\bearl grey\b|\benglish breakfast tea\b", " tea black "),
    (r"\b(?:irish\s+|scottish\s+)?breakfast\s+tea\b(?!.{0,40}?\bwith\s+milk\b)", " tea black "),
    (r"\b(?:irish\s+|scottish\s+)?breakfast\s+tea\b", " tea "),
    (r"\bice lolly\b|\bice lollies\b|\bice pops?\b", " popsicle "),
    (r"\bpork (?:scratchings|crackling)\b", " pork rind "),
    (r"\bstar ?fruits?\b", " carambola "),
    (r"\b(?:roma|plum) tomato(?:es)?\b", " tomatoes, red, ripe, "),
    # A diet Dr Pepper is FNDDS's diet one ("Soft drink, pepper type, diet"), never the sugared.
    (
        r"\b(?:diet|zero sugar|sugar free)\s+dr\.? ?pepper\b"
        r"|\bdr\.? ?pepper\s+(?:diet|zero sugar)\b",
        " soft drink peppertype diet ",
    ),
    (r"\bdr\.? ?pepper\b", " carbonated peppertype "),
    (r"\bpepper[- ]types?\b", " peppertype "),
    (r"\bmahi[- ]?mahi\b", " mahimahi "),
    (r"\bblack ?currants?\b", " currants european black "),
    # Tater Tots are sold frozen ("Potato tots, frozen, baked"), not made from fresh, unless
    # a restaurant or a school made them, or the name says home-made.
    (
        r"^(?!.*\b(?:restaurant|fast\s+foods?|homemade|home\s+made|school)\b)(.*?)\btater ?tots?\b",
        r"\1 potato tots frozen ",
    ),
    (r"\btater ?tots?\b", " potato tots "),
    (r"\bbreast ?milk\b", " milk human "),
    (r"\bnutella\b", " chocolate hazelnut spread "),
    (r"\bbroccoli rabe\b|\brapini\b", " broccoli raab "),
    (r"\bcremini\b|\bchestnut mushrooms?\b", " crimini mushrooms "),
    (r"\b(?:rainbow|swiss) chard\b", " chard swiss "),
    (r"\bbulgur wheat\b|\bbulghur\b", " bulgur "),
    (r"\bspare ?ribs?\b", " spareribs "),
    # A grilled cheese is a sandwich ("Grilled cheese sandwich, NFS").
    (r"\bgrilled cheese\b(?! sandwich)", " grilled cheese sandwich "),
    # A ground meat's "93/7" is USDA's "93% lean, 7% fat".
    (r"\b([5-9]\d)\s*/\s*([1-4]?\d)\b(?!\s*(?:inch|in\b|\"|oz))", r" \1% lean \2% fat "),
    (
        r"\b(70|73|75|80|85|90|93|95|96)\s+(30|27|25|20|15|10|7|5|4)\b"
        r"(?!\s*(?:inch|in\b|\"|oz|g\b))",
        r" \1% lean \2% fat ",
    ),
    (r"\bbread ?crumbs?\b|\bpanko(?: bread ?crumbs?)?\b", " bread crumbs "),
    (r"\brib[- ]?eye\b", " ribeye "),
    (r"\bcorn grits\b", " grits "),
    # A ready-to-eat cereal's own name need not say cereal again ("Cereals ready-to-eat,
    # POST, GRAPE-NUTS Cereal" is Grape-Nuts, not a dish of cereal).
    (r"^(cereals\s*,[^,]*?) cereal\b", r"\1"),
    (r"\bloin, tenderloin\b", " tenderloin "),
    (r"\b(?:hamburger|burger) (?:buns?|rolls?)\b", " rolls, hamburger "),
    (r"\bhot ?dog (?:buns?|rolls?)\b", " rolls, hotdog "),
    # Half and half is a cream, not two halves ("Cream, fluid, half and half").
    (r"\bhalf\s+(?:and|&|n)\s+half\b", " halfandhalf "),
    # Parmigiano-Reggiano is parmesan as sold, a hard block ("Cheese, parmesan, hard"); grated
    # or shredded is what a name says.
    (
        r"(?<!grated )(?<!shredded )\bparmigiano(?:[- ]reggiano)?\b"
        r"(?!.{0,120}?\b(?:grated|shredded)\b)",
        " parmesan, hard, ",
    ),
    (r"\bparmigiano(?:[- ]reggiano)?\b", " parmesan "),
    (r"\blactaid\b", " lactose free "),
    # Tuna "in brine" is canned in salted water; a can "not drained" is its whole contents.
    (r"\bin brine\b", " in water "),
    # Fish "in oil" is fish canned in oil, not the fish's oil ("Sardines in Olive Oil").
    (
        r"\b(sardines?|mackerel|anchov(?:y|ies)|herring|kippers?|salmon)"
        r"(?: fillets?| steaks?)? in (?:extra virgin |virgin |pure )?(?:olive |sunflower |"
        r"vegetable |soybean )?oil\b",
        r" \1 canned in oil ",
    ),
    # Tuna in oil named without its kind is light tuna, the usual canned tuna.
    (
        r"^(?!.{0,80}\b(?:white|albacor\w*|yellowfin|bluefin|skipjack)\b)(.{0,80}?)\btuna"
        r"(?: chunks?| flakes?)? in (?:extra virgin |virgin |pure )?(?:olive |sunflower |"
        r"vegetable |soybean )?oil\b",
        r"\1 tuna light canned in oil ",
    ),
    (r"\bnot drained\b|\bundrained\b", " solids and liquids "),
    # A gravy, soup or sauce named dry is the mix as sold: a concentrate a name must ask for.
    (r"\b(gravy|soup|sauce)\b(.{0,120}?), dry\b", r"\1\2, concentrated"),
    (r"\b(?:pepper)?mint tea\b|\brooibos(?: tea)?\b|\bfruit tea\b", " tea herb "),
    (r"\bkettle corn\b", " popcorn kettle "),
    (r"\balbacore(?: tuna)?\b", " tuna white "),
    (r"\banimal crackers?\b", " animal cookies "),
    # Prunes are dried plums: SR28 "Plums, dried (prunes), stewed".
    (r"^plums, dried \(prunes\)", "prunes"),
    (r"\baubergines?\b", " eggplant "),
    (r"\bbell\s+peppers?\b", " sweet peppers "),
    (r"\bcapsicums?\b", " sweet peppers "),
    # A green, yellow or orange pepper is a sweet pepper (a red one may be the spice).
    (r"\b(green|yellow|orange) peppers?\b", r" \1 sweet peppers "),
    (r"\bprawns?\b", " shrimp "),
    # Beans and soup "vegetarian" are without meat, no meat analog ("Beans, baked, canned,
    # plain or vegetarian"; "Soup, vegetarian vegetable, canned, condensed").
    (r"\bplain or vegetarian\b", " plain meatfree "),
    (r"\bvegetarian vegetable\b", " vegetable meatfree "),
    (r"\bvegetarian (baked beans?)\b", r" meatfree \1 "),
    (r"\b(baked beans?|beans?, baked)\b(.{0,40}?),?\s*vegetarian\b", r" \1\2 meatfree "),
    # Chai is tea brewed with milk (and spices), not SILK's chai soymilk.
    (r"\b(?:masala )?chai(?: tea)?\b(?!.{0,40}?\bsoy)", " tea hot with milk "),
    (r"\bwhipped cream cheese\b", " cheese, cream "),
    (r"\bstore[- ]brand\b", " "),
    # Turnip, swede, carrot or parsnip mashed is boiled first.
    (
        r"\bmashed ((?:turnip|rutabaga|swede|carrot|parsnip|squash|pumpkin|cauliflower)s?)\b",
        r" \1 boiled ",
    ),
    (r"\b((?:turnip|rutabaga|swede|carrot|parsnip|cauliflower)s?),\s*mashed\b", r" \1, boiled "),
    # Everyday and trade words for foods USDA names otherwise.
    (r"\bwater\s*chestnuts?\b", " waterchestnuts "),
    (r"\bbleu\b", " blue "),
    (r"\bch[eè]vre\b", " goat cheese "),
    (r"\bemm[ae]nt(?:h)?al(?:er)?\b", " swiss cheese "),
    (r"\bfro-?yo\b", " frozen yogurt "),
    (r"\begg-?rolls?\b", " egg roll "),
    (r"\bstringbeans?\b", " snap beans green "),
    # Shredded wheat is a cereal, whose "biscuits" are its pieces, not a cut of wheat.
    (r"\bshredded wheat\b", " shreddedwheat "),
    # Shop, UK and trade words for foods USDA names otherwise.
    (r"\broot ?beer\b", " root beer "),
    (r"\bevoo(?: cold[- ]pressed)?\b", " olive oil extra virgin "),
    (r"\bstreaky(?: bacon)?\b", " bacon "),
    (r"\bspring greens\b", " collards "),
    (r"\bchip shop chips\b", " french fries "),
    (r"\bsoft cheese\b", " cream cheese "),
    (r"\bground chuck\b", " ground beef 80% lean "),
    (r"\bfranks?\b", " frankfurter "),
    (r"\bhens?'? eggs?\b", " egg "),
    (r"\bsushi rice(?: plain)?\b", " white shortgrain rice "),
    (r"\bmaduros?\b", " plantains yellow fried "),
    (r"\bripe plantains?\b", " plantains yellow "),
    # A breakfast sausage is a pork one unless the name says its meat.
    (r"(?<!turkey )(?<!chicken )\bbreakfast (sausages?)\b", r" pork \1 "),
    (r"\bbreakfast (sausages?)\b", r" \1 "),
    (r"\bv-?8(?: original| 100%)? vegetable juice\b", " vegetable juice cocktail "),
    # Menu words for foods USDA names otherwise: callaloo is amaranth leaves, ful medames
    # boiled fava beans, a kebab USDA's kabob; Persian, English and mini cucumbers are
    # cucumbers, sweet cream butter butter, sweet tea black tea sweetened with sugar.
    (r"\bcallaloo\b", " amaranth leaves "),
    (r"\bful medames\b", " fava beans cooked "),
    (r"\bkebabs?\b", " kabob "),
    (r"\b(?:persian|english|lebanese|mini|baby) (cucumbers?)\b", r" \1 "),
    (r"\bsweet cream\b(?=\W+(?:\w+\W+)?butter\b)", " "),
    (r"\bsweet (?:iced )?tea\b", " iced tea black sweetened sugar "),
    # What a food is not is no word of it: "Ham, chopped, not canned" and "Veal, ...,
    # pan-fried, not breaded" (USDA), "unbreaded" (a menu) are without the word, as "no" is.
    # A food "not canned" is the usual fresh one, which needs no word.
    (r"\bnot canned\b", " "),
    (r"\b(?:not|un)[- ]?(breaded|fried|iced|frosted|battered)\b", r" without\1 "),
    # Names of fruits, vegetables, fish and cheeses that USDA files under another one: a
    # pomelo is SR28's pummelo, karela and bitter melon its balsam-pear (bitter gourd) pods,
    # dudhi, lauki and opo squash the calabash gourd, luffa and turai the towelgourd, urad dal
    # mungo beans, snake and long beans the yardlong bean, nopalitos and cactus pads nopales,
    # a cactus pear a prickly pear, girolles chanterelles, Belgian endive witloof chicory,
    # christophene and cho-cho chayote, black cod sablefish, keta salmon chum, king salmon
    # chinook, speckled trout seatrout, snow crab queen crab, rock lobster spiny lobster,
    # kingfish king mackerel, brunost gjetost, halva halavah, Shiraz Syrah, moscato Muscat,
    # Chinese red dates jujubes, glace cherries candied fruit, a soda farl Irish soda bread,
    # pudding rice short-grain rice and Nido whole milk powder.
    (r"\bpomelos?\b", " pummelo "),
    (r"\b(?:karela|bitter (?:melon|gourd))s?\b", " balsam-pear pods "),
    (r"\b(?:dudhi|lauki|opo(?: squash)?|bottle gourd)s?\b", " gourd calabash "),
    (r"\b(?:luffa|loofah|turai)s?\b", " gourd towelgourd "),
    (r"\burad(?: dal| dhal| daal)?\b|\bblack gram\b", " mungo beans "),
    (r"\b(?:snake|long|chinese long|asparagus) beans?\b", " yardlong bean "),
    (r"\bnopalitos?\b|\bcactus pads?\b", " nopales "),
    (r"\bcactus pears?(?: fruits?)?\b", " prickly pears "),
    (r"\bgirolles?\b", " chanterelle "),
    (r"\bbelgian endives?\b|\bwitloof\b|\bchicory heads?\b", " chicory witloof "),
    (r"\bchristophenes?\b|\bcho-?chos?\b", " chayote "),
    (r"\bblack cod\b", " sablefish "),
    (r"\bketa salmon\b", " salmon chum "),
    (r"\bking salmon\b", " salmon chinook "),
    (r"\bspeckled trout\b", " seatrout "),
    (r"\bsnow crabs?\b", " crab queen "),
    (r"\brock lobsters?\b", " spiny lobster "),
    (r"\bkingfish\b", " mackerel king "),
    (r"\bbrunost\b|\bnorwegian brown cheese\b|\bski queen\b", " cheese gjetost "),
    (r"\bhal(?:v|w)a\b", " halavah "),
    (r"\bshiraz\b", " wine red syrah "),
    (r"\bmoscato\b", " wine white muscat "),
    (r"\b(?:chinese )?red dates?\b", " jujube chinese dried "),
    (r"\bglac[eé] cherr(?:y|ies)\b", " candied fruit "),
    (r"\bsoda farls?\b", " bread irish soda "),
    (r"\bpudding rice\b", " white shortgrain rice "),
    (r"\bnido\b|\bwhole milk powder\b|\bpowdered whole milk\b", " milk dry whole "),
    (r"\b(?:water )?buffalo(?:s)? milk\b", " milk indian buffalo "),
    (r"\banise ?seeds?\b|\baniseeds?\b", " anise seed "),
    (r"\bclamato\b", " clam and tomato juice "),
    (r"\blemongrass\b", " lemon grass "),
    (r"\b(lemon|orange|lime) zest\b", r" \1 peel raw "),
    (r"\b(?:grated )?zest of (?:an? |one |1 |half an? )?(lemon|orange|lime)s?\b", r" \1 peel raw "),
    # Everyday and trade names (fresh8, tuned on): methi is fenugreek, vine leaves grape
    # leaves, beansprouts bean sprouts, sugar snaps snow peas, urid dal mungo beans, a
    # bluefish one word.
    (r"\bmethi\b", " fenugreek "),
    (r"\bvine leaves\b", " grape leaves "),
    (r"\bbeansprouts\b", " bean sprouts "),
    (r"\bsugar snaps\b", " snowpeas "),
    (r"\burid(?: dal| dhal)?\b", " mungo beans "),
    (r"\bblue fish\b", " bluefish "),
    # Menu words of tuned menus: sencha and gyokuro are green teas, toor (arhar) dal pigeon
    # peas, a Conference or Comice pear a pear, batons and julienne how a vegetable is cut.
    (r"\b(?:sencha|gyokuro|bancha|genmaicha)\b", " green "),
    (r"\b(?:toor|toovar|tuvar|arhar)(?: dal| dhal| daal)?\b", " pigeon peas "),
    (r"\b(?:conference|comice)(?= pears?\b)", " "),
    (r"\b(?:batons?|julienned?|matchsticks?)\b", " "),
    (r"\bpatty ?pan(?: squash)?\b", " squash summer scallop "),
    (r"\bbroccoli,? (?:stalks?|stems?)\b", " broccoli broccolistalk "),
    # Chopped ham is a pressed lunch meat ("Ham, chopped, not canned"), not ham cut up.
    # (Lightly salted crisps are their own food, "Snacks, potato chips, lightly salted": the
    # word "lightly" is kept, see _SALTED.)
    (r"\bchopped ham\b|\bham, chopped\b", " ham choppedham "),
    # Sugar added makes a food sweetened: stewed prunes with added sugar.
    (r"\bwith (?:added )?sugars?\b", " sweetened sugar "),
    (r"\byellow (?:wax )?beans?\b", " snap beans yellow "),
    (r"\bcandied (walnuts|pecans)\b", r" \1 glazed "),
    (r"\bcream of coconut\b", " coconut cream canned sweetened "),
    (r"\b(?:a )?sticks? of gum\b", " chewing gum "),
    (r"\b(apple|pumpkin|pear|peach|plum) butter\b", r" fruit butters \1 "),
    (r"\bgolden pineapples?\b", " pineapple extra sweet "),
    (r"\blo[- ]carb\b", " low carb "),
    (r"\bcoffee granules\b", " coffee instant powder "),
    (r"\bchocolate[- ]covered\b", " chocolate coated "),
    (r"\bmilk chocolate (peanuts|almonds|raisins)\b", r" milk chocolate coated \1 "),
    (r"\b(?:cheddar |cheese )+popcorn\b", " popcorn cheese-flavor "),
    (r"\blamb shanks?\b", " lamb foreshank "),
    (r"(?<!beef )\bcountry[- ]style (?:pork )?ribs?\b", " pork loin country-style ribs "),
    (r"\bprocessed (?=(?:american|swiss|cheddar)\b)", " pasteurized process "),
    # Names of fresh9's foods that USDA files under other words: brand names of sweets
    # (Nutter Butters are peanut butter sandwich cookies, sesame snaps a sesame crunch,
    # marshmallow fluff the marshmallow cream topping), UK and trade names (demerara sugar is
    # turbinado, filo phyllo, a choc ice a chocolate-coated ice cream bar, sponge fingers
    # ladyfingers), drinks (Postum, an Arnold Palmer, Beaujolais of the Gamay grape, a
    # vanilla latte a flavored one), and the Latin American, Caribbean, Filipino and Egyptian
    # names of fish and vegetables (bangus is milkfish, porgy scup, hamachi yellowtail,
    # malanga yautia, molokhia jute, moringa the drumstick tree, gandules pigeon peas).
    (r"\bcrunch ?berries\b", " crunchberries "),
    (r"\bmulti[- ]?grain\b|\bmixed[- ]grain\b", " multigrain "),
    (r"\bdrag[eé]es?\b", " candies sugar-coated "),
    (r"\bespresso beans\b", " coffee beans "),
    (r"\bsesame snaps?\b", " candies sesame crunch "),
    (r"\bmarshmallow (?:fluff|cr[eè]me)\b", " toppings marshmallow cream "),
    (r"\bsorghum (?:molasses|syrup)\b", " syrups sorghum "),
    (r"\bdemerara\b", " turbinado "),
    (r"\bchoc ices?\b(?! cream)", " ice cream bar stick chocolate coated "),
    (r"\bmalt(?:ed)? (?:milk ?)?shakes?\b", " milk shake malt "),
    (
        r"\b(?:sponge fingers?|boudoir biscuits?|savoiardi)(?: biscuits?)?\b",
        " cookies ladyfingers ",
    ),
    (r"\bnutter ?butters?\b", " cookies peanut butter sandwich "),
    (r"\bfilo\b(?: pastry| dough| sheets?)?", " phyllo dough "),
    (r"\bpopped corn\b", " popcorn "),
    (r"\bbeaujolais\b", " gamay red wine "),
    (r"\bpostum\b", " coffee substitute cereal grain beverage "),
    (r"\bhard lemonade\b", " malt beer hard lemonade "),
    (r"\bcaramel macchiato\b", " macchiato sweetened "),
    (r"\b(?:vanilla|caramel|hazelnut) (?=(?:iced )?lattes?\b)", " flavored "),
    (r"\barnold palmers?\b", " iced tea lemonade juice drink "),
    (r"\b(buttermilk|whole egg|egg white|egg|milk) powder\b", r" \1 dried "),
    (r"\bpowdered (eggs?|buttermilk)\b", r" \1 dried "),
    (r"\bschmaltz\b", " fat chicken "),
    (r"\bbeef drippings?\b", " beef tallow fat "),
    (r"\bsweet(?:ened)? red beans?\b", " adzuki beans sweetened "),
    (r"\b(?:canary|mayocoba|peruvian) beans?\b", " beans yellow mature seeds "),
    (r"\bchik'?n\b", " chicken "),
    (
        r"\btri[- ]?colou?r(?:ed)? (?:pasta|rotini|fusilli|spirals?|macaroni)\b",
        " pasta, vegetable ",
    ),
    (r"\brye berries\b", " rye grain "),
    (r"\b(?:potato\s+)?latkes?\b(?:\s+fried\s+in\s+oil\b)?", " potato pancakes "),
    (r"\bhen[- ]of[- ]the[- ]woods\b", " maitake "),
    (r"\bchow[- ]?chow\b", " pickles chowchow "),
    (r"\bagar[- ]agar\b", " agar dried "),
    (r"\bmexicorn\b", " corn with red and green peppers canned "),
    (r"\bmol[ou]kh?[iy]a\b|\bjute leaves\b", " jute potherb "),
    (r"\bmoringa(?: leaves)?\b", " drumstick leaves "),
    (r"\bmalanga\b|\bcocoyam\b", " yautia "),
    (r"\bgandules\b", " pigeonpeas immature seeds "),
    (r"\bbacalao\b|\bbacalhau\b|\bsalt(?:ed)? cod\b", " cod atlantic dried and salted "),
    (r"\bbangus\b", " milkfish "),
    (r"\bporg(?:y|ies)\b", " scup "),
    (r"\bhamachi\b", " yellowtail "),
    (r"\b(?:boiling fowl|stewing hens?)\b", " chicken stewing "),
    (r"\bburger meat\b", " ground "),
    (r"\bsmoked turkey legs?\b", " turkey drumstick smoked "),
    (r"\bpigs?'?s? (?=(?:liver|kidneys?|heart|feet|trotters|ears?|tongue|tails?)\b)", " pork "),
    (r"\btrotters?\b", " feet "),
    (r"\bchitlins?\b", " chitterlings "),
    (r"\bmondongo\b", " tripe soup "),
    # Words of fresh9's export rows: chillies are chili peppers, Jordan almonds sugared
    # almonds, champurrado a chocolate atole, mincemeat pie a mince pie, wasabe peas wasabi
    # peas, black fungus cloud ears, Raisenettes Raisinets; a sauce "drizzled on"
    # a food is the sauce.
    (r"\bchill?(?:ies|ys)\b", " chili "),
    (r"\bjordan almonds?\b", " candies sugar-coated almonds "),
    (r"\bchampurrado\b", " atole de chocolate "),
    (r"\bmincemeat\b", " mince "),
    (r"\bwasab[ei] peas\b", " wasabi peas "),
    (r"\b(?:black|cloud[- ]?ear) (?:fungus|fungi)\b", " fungi cloud ears "),
    (r"\brais(?:en|in)n?ett?e?s\b", " raisinets "),
    (r"\bdrizzled (?:on|over) (?:[a-z]+ ){0,3}[a-z]+\s*$", " "),
    # Menu words of menus_fresh8 (tuned on at stop 26): kangkong is water spinach, SR28's
    # swamp cabbage; broccoli rabe is broccoli raab; scaloppine thin slices of the veal leg;
    # Chianti a red wine; shave ice a snow cone; blackened fish is cooked by dry heat;
    # borscht a soup and pesto a sauce; cheese crackers are crackers, not cheese; and how a
    # menu says where a food was had or how it was served ("New Orleans", "ice-cold",
    # "thinly sliced", "over rice", "from a packet", "two scoops of", a 6-inch sub).
    (r"\b(?:kangkong|water spinach|ong choy)\b", " swamp cabbage "),
    (r"\bbroccoli rabe\b|\brapini\b", " broccoli raab "),
    (r"\bveal (?:scaloppin[ei]|scallopini|escalopes?)\b", " veal leg top round "),
    (r"\bchianti\b", " red wine "),
    (r"\bmexican (?:red )?rice\b", " spanish rice "),
    (r"\b(?:rainbow )?shaved? ice(?: with syrup)?\b", " snow cone "),
    (r"\bblackened\b", " cooked dry heat "),
    (r"\bborscht\b(?! soup)", " borscht soup "),
    (r"\bpesto\b(?! sauce)", " pesto sauce "),
    (r"\b(?:cheddar )?cheese crackers\b", " crackers cheese "),
    (r"\bjams and preserves\b", " jam preserves "),
    (r"\bnew orleans\b|\bcajun (?=dirty rice\b)", " "),
    (r"\bice[- ]cold\b|\bcrusty (?=(?:french |italian |white )?(?:bread|rolls?|loaf)\b)", " "),
    (r"\b(?:thinly|thickly|finely|roughly) (?=(?:sliced|chopped|diced|grated|shredded)\b)", " "),
    (r"\bover (?=(?:rice|noodles|pasta|toast)\b)", " with "),
    (r"\b(?:\d+|one|two|three|four|an?)?\s*scoops? of\b", " "),
    (r"\bsticky (?=(?:short[- ]?grain|shortgrain) rice\b)", " "),
    (r"\b\d+(?:\.\d+)?[- ]?inch(?:es)?\b", " "),
    (r"\bstore[- ]bought\b", " commercially prepared "),
    (r"\bfull[- ]fat cottage cheese\b", " cottage cheese creamed "),
    (r"\bfull[- ]fat (?=(?:sour cream|cream cheese|yogurt)\b)", " regular "),
    (r"\bhot cocoa\b(?= (?:mix|from|made with water|with water))", " cocoa mix "),
    # Food from a can is canned; a drink from a 12-oz can or a bottle is the drink.
    (r"\bfrom an? (?:tin|can)\b", " canned "),
    (
        r"\bfrom an? (?:(?:\d+(?:\.\d+)?[- ]?(?:oz|ounce|ml|fl oz)[- ])(?:can|bottle)|bottle|"
        r"packet|pouch|box|jar|carton|sachet)\b",
        " ",
    ),
    (r"\b(?:on|over|in) (?:the|my) (?:cereal|porridge|oatmeal|coffee|tea|salad|toast)\b$", " "),
    # A can of a drink is the drink (a can of tuna stays canned tuna).
    (
        r"\b(?:an? |one )?cans? of (?=(?:\w+ ){0,3}(?:energy drink|cola|soda|pop|beer|lager|"
        r"seltzer|sparkling water|red bull|monster|coke|pepsi|sprite|lemon-lime soda)\b)",
        " ",
    ),
    # Menu words for foods USDA names otherwise (menus_fresh7): reindeer is caribou,
    # groundnuts peanuts, a malt drink a malt beverage, the water of a coconut coconut water,
    # soybean sprouts sprouted soybeans, PB&J the sandwich; a sweet potato baked "in its
    # jacket" is baked in its skin; a center-cut pork chop is the center loin chop; baechu is
    # the napa cabbage kimchi is made of and namul a seasoned vegetable side, no other food.
    (r"\breindeer\b", " caribou "),
    (r"\bgroundnuts?\b", " peanuts "),
    (r"\bnon[- ]?alcoholic\b", " nonalcoholic "),
    (r"\bmalt drinks?\b", " malt beverage "),
    (
        r"\bwater\s+(?:from|of)\s+(?:(?:an?|the|fresh|raw|green|young)\s+)*coconuts?\b",
        " coconut water ",
    ),
    (r"\bsoy ?bean sprouts\b", " soybeans sprouted "),
    (r"\bin (?:its|their|the) jackets?\b", " skinon "),
    (r"\bcent(?:er|re)[- ]cut (pork )?(chops?|loin)\b", r" \1 center loin \2 "),
    (r"\bbaechu\b|\bnamul\b", " "),
    # Menu words (menus_fresh9, tuned on from stop 27): an everything bagel is SR28's bagel
    # with onion, poppy and sesame; first-cut brisket the flat half; buna Ethiopian coffee;
    # kiddush wine or grape juice the drink itself; a milkshake a milk shake; green cabbage
    # the common one.
    (r"\beverything bagels?\b", " bagels onion poppy sesame "),
    # Words of fresh10 (tuned on from stop 27) for foods USDA names otherwise: Bac-Os are
    # meatless bacon bits; Blaufrankisch is Lemberger; brawn and souse headcheese; Cran-Grape
    # and Cranapple Ocean Spray's juice drinks; Dream Whip the powdered dessert topping;
    # Funyuns the onion-flavour corn snack; gobo burdock; gram flour besan; komatsuna mustard
    # spinach; luau leaves cooked taro leaves; Michelob Ultra a low-carb light beer; Pero a
    # cereal-grain coffee substitute; pineapple guava feijoa; posole pozole; stem lettuce
    # celtuce; verdolagas purslane; smoked almonds SR28's smoke-flavoured almonds; Pringles-
    # type crisps SR28's "made from dried potatoes"; maki a sushi roll and unagi its eel; veggie
    # dogs meatless frankfurters; imitation mozzarella a cheese substitute; alcohol-free wine
    # non-alcoholic; half-caf coffee "half the caffeine"; hulled sesame seeds decorticated;
    # American persimmons native; clam juice the canned clam liquid; "veg" vegetables; and
    # "curry beef" a beef curry.
    (r"\bbac[- ]?os\b", " bacon bits meatless "),
    (r"\bblaufr[a\u00e4]nkisch\b", " wine red lemberger "),
    (r"\bbrawn\b|\bsouse\b", " headcheese "),
    (r"\bcran[- ]?grape\b", " cranberry grape juice drink "),
    (r"\bcran[- ]?apple\b", " cranberry apple juice drink "),
    (r"\bdream whip\b", " dessert topping powdered "),
    (r"\bfunyuns?\b", " snacks corn based extruded onion flavor "),
    (r"\bgobo\b", " burdock root "),
    (r"\bgram flour\b", " chickpea flour "),
    (r"\bkomatsuna\b", " mustard spinach "),
    (r"\bluau lea(?:f|ves)\b", " taro leaves cooked "),
    (r"\bmichelob ultra\b", " beer light low carb "),
    (r"\bpineapple guavas?\b", " feijoa "),
    (r"\bposole\b", " pozole "),
    (r"\bstem lettuce\b", " celtuce "),
    (r"\bverdolagas?\b", " purslane "),
    (r"\bsmoked almonds?\b|\bsmokehouse almonds?\b", " almonds smoke flavor "),
    (r"\bpringles\b", " potato chips made from dried potatoes "),
    (r"\b(?:maki|makizushi)(?: rolls?)?\b", " sushi roll "),
    (r"\bunagi(?: rolls?)\b", " sushi roll eel "),
    (r"\bunagi\b", " eel "),
    (r"\bveggie dogs?\b|\bvegetarian hot dogs?\b", " frankfurter meatless "),
    (r"\bimitation mozzarella\b", " cheese substitute mozzarella "),
    (r"\balcohol[- ]free\b", " nonalcoholic "),
    (
        r"^(?!.{0,80}\binstant\b)(.{0,80}?)\bhalf[- ]?caff?(?:einated)?\b(?:\s+coffee)?",
        r"\1 coffee blend of regular and decaf ",
    ),
    (r"\bhalf[- ]caf(?:f|feinated)?\b", " half the caffeine "),
    (r"\bhulled sesame\b", " sesame decorticated "),
    (r"\bamerican persimmons?\b", " persimmons native "),
    (r"\bclam juice\b", " clam liquid "),
    (r"\bveg\b(?! oil)", " vegetables "),
    (r"\bcurry (beef|chicken|goat|lamb|fish|shrimp|pork|tofu|chickpeas?)\b", r" \1 curry "),
    (r"\bfirst[- ]cut (?:beef )?brisket\b", " beef brisket flat half "),
    (r"\bbuna\b", " coffee "),
    (
        r"\bdiet mountain dew\b",
        " carbonated low calorie other than cola or pepper with aspartame contains caffeine ",
    ),
    (r"\bmountain dew\b", " yellow green colored citrus soft drink with caffeine "),
    (r"\bkiddush\b", " "),
    (r"\bmilk ?shakes?\b", " milk shake "),
    (r"\bgreen cabbage\b|\bcabbage,? green\b", " cabbage "),
    # FNDDS's "Cookie, bar, with chocolate" is a bar cookie, not a bar.
    (r"^cookies?, bar\b", " bar cookie "),
    (r"^cookies?, nfs$", " cookie "),
    (r"^crackers?, nfs$", " cracker "),
    # Salt said of a product is its sodium: SR28 writes "low salt" (5 foods) and "low", "lower",
    # "less/reduced" or "reduced sodium" (150): "low salt saltines", "reduced salt stock".
    (r"\b(low|lower|reduced|less)[- ]salt\b", r" \1 sodium "),
    # A stock or bouillon cube is SR28's dry broth cube ("Soup, beef broth, cubed, dry").
    (r"\b(?:stock|bouillon|broth) cubes?\b", " broth cubed concentrated "),
    # Sugar-free is one word (SR28's "sugar free" candies, ices and drinks, 50 foods), as is
    # SR28's "dietetic" hard candy; "no sugar added" stays other words.
    (r"\bsugar[- ]?free\b|\bdietetic(?: or low calorie)?\b", " sugarfree "),
    # A bird's white meat is USDA's light meat ("Turkey from whole, light meat, ...").
    (r"\bwhite meat\b", " light meat "),
    # Potato wedges are a cut, not a wedge of potato.
    (r"\bpotato(?:es)? wedges?\b|\bwedges?,? potato(?:es)?\b", " potatowedge potato "),
    # Fresh (cake) yeast is SR28's compressed baker's yeast.
    (r"\b(?:fresh|raw|cake)\s+yeast\b", " yeast bakers compressed "),
    # Menu and tracker words of fresh12 and menus_fresh11 (tuned on from stop 29): food for a
    # baby ("strained pears (stage 1)", "arrowroot cookies for babies", "dry infant oatmeal")
    # is USDA's babyfood, though infant formula is its own food; a name's count in words ("two
    # deviled eggs"); spiked eggnog is the alcoholic one; a flower's honey is honey; a glaze of
    # brown sugar, honey or maple is the food glazed; a candy cane is hard candy, a sticky bun a
    # cinnamon sweet roll; moussaka is FNDDS's eggplant and meat casserole, horiatiki (village
    # salad) the Greek salad, akutaq (Eskimo ice cream) SR28's agutuk, a fastnacht a raised
    # doughnut, bangers pork sausage links.
    (
        r"\bbaby ?foods?\b|\bfor (?:babies|baby|infants?|toddlers?)\b|\(?\bstage [123]\b\)?|"
        r"\binfants?\b(?! formulas?\b)",
        " babyfood ",
    ),
    (
        r"^(?:two|three|four|five|six|a couple of|a few)\b|^(?:seven|eight|nine|ten|twelve)(?=\s)",
        " ",
    ),
    (r"\bspiked\b", " alcoholic "),
    (
        r"\b(?:thyme|clover|wildflower|manuka|acacia|orange blossom|lavender|alfalfa|"
        r"tupelo|heather|raw) (?=honey\b)",
        " ",
    ),
    (r"\b(?:brown[- ]sugar|honey|maple)[- ]glazed\b", " glazed "),
    (r"\bcandy canes?\b", " candies hard "),
    (r"\bsticky buns?\b", " sweet rolls cinnamon "),
    (r"\bmoussaka\b", " eggplant and meat casserole "),
    (r"\bhoriatiki\b|\bvillage salad\b", " greek salad "),
    (r"\b(?:akutaq|eskimo ice cream)\b", " agutuk "),
    (r"\bfastnachts?\b", " doughnuts yeast-leavened "),
    (r"\bbangers?\b", " pork sausage "),
    # FNDDS's dishes as people name them: a caprese salad is its mozzarella, tomato and basil; a
    # mooncake its pastry with lotus seed paste; nian gao its cake of glutinous rice; kugel its
    # noodle pudding; boeuf bourguignon its beef burgundy; chile con queso its cheese dip with
    # chili; chicken-fried steak its country-fried steak; a Philly cheesesteak its cheese steak
    # sandwich; hot wings its wings in hot sauce; fish in batter its fried fish; aerosol cheese
    # its pressurized cheese spread; a tuna pasta bake its tuna noodle casserole; a gateau a
    # cake and a bap a bun; a TV dinner a frozen meal.
    (r"\bcaprese(?: salad)?\b", " mozzarella cheese, tomato, and basil "),
    (r"\bmoon ?cakes?\b", " pastry lotus seed paste "),
    (r"\bnian gao\b", " cake glutinous rice "),
    (r"\b(?:noodle )?kugel\b", " noodle pudding "),
    (r"\bbo?euf bourgu?ig?non\b|\bbeef bourgu?ig?non\b", " beef burgundy "),
    (r"\bchile con queso\b|\bchili con queso\b|\bqueso dip\b", " cheese dip chili pepper "),
    (r"\bchicken[-\s]+fried\s+(?:addedfat\s+)?steak\b", " beef steak country fried "),
    (r"\bphilly cheese ?st(?:e|a)(?:a)?ke?s?\b|\bcheesesteaks?\b", " cheese steak sandwich "),
    (r"\bhot wings?\b", " chicken wings with hot sauce "),
    (r"\b(cod|haddock|fish|pollock|plaice|hake) in batter\b", r" \1 fried "),
    (
        r"\b(?:aerosol|spray|squirt(?:able)?|canned spray) cheese\b|\bcheese from an aerosol can\b|"
        r"\beasy cheese\b",
        " cheese spread pressurized can ",
    ),
    (r"\btuna (?:pasta|noodle) bake\b", " tuna noodle casserole "),
    (r"\bgateaux?\b", " cake "),
    (
        r"\b(bacon|sausage|egg|pork|chicken|ham|cheese|burger|breakfast|floury|white|brown|"
        r"soft|bread) baps?\b",
        r" \1 bun ",
    ),
    (r"\btv dinners?\b", " frozen meal "),
    (r"\bfrom (?:the |a )?gas station(?: (?:warmer|jar|counter|hot case))?\b", " "),
    # Crab rangoon is FNDDS's fried puffs of crab and cream cheese; Szechuan beef its own dish
    # however spelt; a wild hog or boar its wild pig; crispy aromatic duck its Peking duck; an
    # ice lolly an ice pop and an ice cream lolly an ice cream bar; an omelette an omelet;
    # Spanish conejo, pollo, cerdo and bistec rabbit, chicken, pork and beef steak.
    (r"\bcrab ran?goons?\b", " puffs fried crab meat and cream cheese filled "),
    (r"\b(?:s[zc]h?e?[cz]?h?[uw]a?n|sichuan)(?= (?:beef|chicken|pork|shrimp)\b)", " szechuan "),
    (r"\bwild (?:hog|boar)\b", " wild pig "),
    (r"\bcrispy aromatic duck\b", " duck peking "),
    (r"\bice cream lolly\b|\bice cream lollies\b", " ice cream bar "),
    (r"\bice lolly\b|\bice lollies\b", " ice pop "),
    (r"\bomelettes?\b", " omelet "),
    (r"\bconejo\b", " rabbit "),
    (r"\bpollo\b", " chicken "),
    (r"\bcerdo\b", " pork "),
    (r"\bbistec\b", " beef steak "),
    # British brown bread is the wholemeal loaf, not Boston's steamed brown bread.
    (r"(?<!boston )\bbrown bread\b", " wholegrain wheat bread "),
    # Menu and tracker words of fresh13 and menus_fresh12 (tuned on from stop 30) for foods
    # USDA names otherwise, first: seared is sauteed.
    (r"\b(?:pan[- ]?)?seared\b", " sauteed "),
    # FNDDS's "Egg omelet or scrambled egg, ..." is either: scrambled eggs are not an omelet
    # a name did not ask for.
    (r"\begg omelet or scrambled egg\b", " scrambled egg or omelet "),
    # Tex-Mex is Mexican food as US restaurants serve it; a hotdish is a casserole; a
    # standing rib roast is the rib roast; rice vermicelli are rice noodles; a spiked coffee
    # is FNDDS's alcoholic coffee drink. Sizzling, drizzled and smothered say how a dish was
    # served: "smothered in gravy" is with gravy.
    (r"\btex[- ]?mex\b", " mexican "),
    (r"\bhot\s*dish\b", " casserole "),
    (r"\bstanding\s+(?=rib\b)", " "),
    (r"\brice\s+vermicelli\b", " rice noodles "),
    (r"\bspiked\s+coffee\b", " alcoholic coffee drink "),
    (r"\bsizzling\b", " "),
    (r"\bdrizzled\s+(?=with\b)", " "),
    (r"\bsmothered\s+(?:in|with)\b", " with "),
    # A buttered vegetable is FNDDS's vegetable "cooked with butter or margarine".
    (
        r"\bbuttered\s+(cabbage|carrots?|corn|peas|green\s+beans|broccoli|cauliflower|spinach|"
        r"zucchini|squash|asparagus|brussels\s+sprouts|beets?|mixed\s+vegetables|vegetables|"
        r"parsnips?|turnips?|leeks|kale|mushrooms|(?:brown\s+|white\s+)?rice|noodles|"
        r"(?:new\s+|baby\s+|boiled\s+)?potatoes)\b",
        r" \1 cooked addedfat withfat fatbutter ",
    ),
    # A sloppy joe on a bun is the sandwich; egg whites scrambled are FNDDS's egg white omelet.
    (r"\bsloppy\s+joes?\s+on\b", " sloppy joe sandwich on "),
    (
        r"\begg\s+whites?\s+scrambled\b|\bscrambled\s+egg\s+whites?\b",
        " egg white omelet scrambled ",
    ),
    # Home fries are potatoes (FNDDS's "Potato, home fries, ...").
    (r"\bhome\s*fries\b", " potato homefries "),
    # Coffee with milk or cream (and sugar) is FNDDS's coffee "pre-lightened" (and
    # "pre-sweetened with sugar"), one drink.
    (
        r"(?<!liqueur, )\bcoffee\s+with\s+(?:milk|cream|creamer)\s+(?:and|&|n)\s+sugar\b",
        " coffee pre-lightened and pre-sweetened with sugar ",
    ),
    (
        r"(?<!liqueur, )\bcoffee\s+with\s+(?:milk|cream|creamer)\b(?!\s+(?:and|&|liqueur))",
        " coffee pre-lightened ",
    ),
    (r"\bcoffee\s+with\s+sugar\b", " coffee pre-sweetened with sugar "),
    # Store and grocery brands USDA has no food of, before the food they name ("kirkland
    # almonds", "tillamook medium cheddar"): the brand says nothing USDA can use. Brands whose
    # name stands for the food (Yoplait, Smirnoff, Starbucks) are not here, and a brand before
    # a comma or dash is a segment of its own (:mod:`planner.resolve.names`), and a brand
    # alone is kept to be known as one.
    # Birds Eye's vegetables are its frozen ones.
    (
        r"\bbirds\s+eye\s+(?=(?:[a-z]+\s+){0,3}?(?:peas|corn|broccoli|spinach|green\s+beans|"
        r"carrots|vegetables|cauliflower|brussels)\b)",
        " frozen ",
    ),
    (
        r"^(?!.*\s-\s)([^,]*?)\b(?>" + GROCERY_BRANDS + r")\b"
        r"(?=\s+[a-z0-9])",
        r"\1 ",
    ),
    # Still water is plain water.
    (r"\bstill\s+(?=(?:mineral\s+|spring\s+)?water\b)", " "),
    # A count in words before its pieces ("French toast, two slices") is the amount.
    (
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?=(?:small\s+|large\s+|"
        r"medium\s+|thin\s+|thick\s+)?(?:slices?|pieces?|strips?|links?)\b)",
        " ",
    ),
    # SR28 misspells the chain once ("WEND'YS, Crispy Chicken Sandwich"), FNDDS the berry
    # ("Bluberries, canned"), as people do.
    (r"\bwend'ys\b", " wendy "),
    (r"\bbluberr(y|ies)\b", r" blueberr\1 "),
    # Then: a fruit crumble is FNDDS's crisp; Egg Beaters are egg substitute; crispy chicken in
    # a sandwich or burger is fried; a hot dog "on" a bun or bread is the hot dog sandwich;
    # cannoli an Italian pastry with cheese; blondies butterscotch brownies; fruit loaf fruit
    # bread; beans and sausages beans and franks; candyfloss cotton candy; hundreds and
    # thousands sprinkles; dilly beans pickled green beans; toum garlic sauce; an Icee a slush;
    # yaka mein yat ga mein; tamale pie a tamale casserole; magic bars the cookie bar with
    # chocolate, nuts and graham crackers; toffee and candy apples candied apples; red bean
    # paste sweetened bean paste; an appletini a flavored martini; Waldorf salad apple salad
    # with dressing; fresh spring or summer rolls FNDDS's rice-paper roll, not fried; a Boston
    # cream doughnut the custard-filled one with icing; a chicory drink chicory beverage; a
    # virgin cocktail the nonalcoholic one.
    (
        r"\b(apple|cherry|rhubarb|berry|peach|blackberry|blueberry|plum|pear|apricot|"
        r"strawberry)\s+crumble\b",
        r" \1 crisp ",
    ),
    (r"\begg\s*beaters?\b", " egg substitute "),
    (r"\bcrispy\s+chicken\s+(?=(?:sandwich|burger)\b)", " crispy fried chicken "),
    (
        r"\b(?:hot\s*dogs?|franks?)\s+on\s+(?=(?:an?\s+)?(?:white|wheat|wholegrain|bun|bread|roll)\b)",
        " hot dog sandwich on ",
    ),
    (r"\bcannolis?\b", " italian pastry with cheese "),
    (r"\bblondies?\b", " butterscotch brownie "),
    (r"\bfruit\s+loaf\b", " fruit bread "),
    (r"\bbeans\s+(?:and|&|n)\s+sausages?\b", " beans and frankfurters "),
    (r"\bcandy\s*floss\b", " cotton candy "),
    (r"\bhundreds\s+and\s+thousands\b", " sprinkles candy "),
    (r"\bdilly\s+beans?\b", " pickled green beans "),
    (r"\btoum\b", " garlic sauce "),
    (r"\bicees?\b", " slush frozen drink "),
    (r"\byaka\s*mein\b", " yat ga mein "),
    (r"\btamale\s+pie\b", " tamale casserole "),
    (r"\bmagic\s+(?:cookie\s+)?bars?\b", " cookie bar with chocolate nuts and graham crackers "),
    (r"\b(?:toffee|candy|caramel)\s+apples?\b", " candied apple "),
    (r"\bred\s+bean\s+paste\b", " sweetened bean paste "),
    (r"\bappletinis?\b", " flavored martini "),
    (r"\bwaldorf\s+salad\b", " apple salad with dressing "),
    (
        r"\b(?:fresh|raw|vietnamese)\s+spring\s+rolls?\b|\b(?:summer|rice\s+paper)\s+rolls?\b",
        " roll with meat and shrimp vegetables and rice paper not fried ",
    ),
    (r"\bboston\s+cream\s+(?:donut|doughnut)s?\b", " doughnut custard filled with icing "),
    (r"\bchicory\s+(?:drink|coffee)\b", " chicory beverage "),
    (r"\bvirgin\s+(pina\s+colada|mojito|daiquiri|margarita|bloody\s+mary)\b", r" \1 nonalcoholic "),
    # Words of fresh14 (tuned on from stop 31) for foods USDA names otherwise: beans "with
    # meat" (or a meat) are a dish of beans and meat, though USDA's "meat only" makes the word
    # filler ("Black beans with meat"); buttered popcorn has butter added; a light beer
    # named by its brand is light, the brand's regular beer regular; a food's "side" is
    # the food.
    (
        r"\b(beans?\b[^()]{0,24}?\s+with\s+(?:(?:ground|lean)\s+)?(?:meat|ham|pork|beef|"
        r"hamburger|sausages?|bacon|chorizo))\b(?!\s+(?:sauce|only|loaf|balls?|gravy))",
        r" \1 withmeat ",
    ),
    # Any dish "with meat" or "sauce, meat, and ..." has meat in it, though "meat" alone is
    # filler: a name that says so is not the plain potato ("Potato, baked, peel eaten, with
    # meat"), nor the pasta with cream sauce alone ("Pasta, whole grain, with cream sauce and
    # meat, restaurant"). A food's "hasmeat" costs nothing (FREE), so a name that says its meat
    # ("taco salad with ground beef") is as close to the dish "with meat" as before.
    (
        r"\b((?:with|and|sauce,?|cheese,?)\s+meat)\b(?!\s*(?:sauce|only|loaf|balls?|gravy|"
        r"drippings|and\s+skin))",
        r" \1 hasmeat ",
    ),
    (r"\bbuttered\s+popcorn\b", " popcorn with added butter "),
    (r"\b(?:miller|coors|natural|busch)\s+(?:lite|light)\b|\bmichelob\s+ultra\b", " beer light "),
    (
        r"\b(?:miller\s+high\s+life|coors\s+banquet|pabst(?:\s+blue\s+ribbon)?|pbr|"
        r"busch|budweiser|yuengling)\b(?!\s+(?:select|light))",
        " beer regular ",
    ),
    (r"(?<=[a-z])\s+side(?:\s+dish|\s+order)?\s*$", " "),
    # A sauteed vegetable is cooked with fat, as FNDDS's vegetables "cooked with oil" are
    # (SR28's sauteed mushrooms, onions and peppers keep their own word); buttered green
    # beans (by now USDA's snap beans) are cooked with butter; roasted vegetables are cooked
    # with fat; greens with fatback are cooked with fat.
    (r"\bsauteed\s+((?:[a-z]+\s+){0,2}?" + _SAUTEED_VEGETABLE + r")\b", r" sauteed addedfat \1 "),
    (
        r"\b(" + _SAUTEED_VEGETABLE + r"(?:\s+[a-z]+){0,2}?)\s+sauteed\b(?!\s+addedfat)",
        r"\1 sauteed addedfat ",
    ),
    (
        r"\bbuttered\s+snap\s+beans?\s+green\b",
        " snap beans green cooked addedfat withfat fatbutter ",
    ),
    (
        r"\broasted\s+(brussels?\s+sprouts?|broccoli|cauliflower|asparagus|carrots?|zucchini|"
        r"parsnips?|okra|vegetables|veggies|veg|green\s+beans|snap\s+beans?\s+green)\b",
        r" \1 cooked addedfat withfat ",
    ),
    (
        r"\bwith\s+(?:fat\s*back|salt\s+pork|bacon\s+(?:grease|fat|drippings))\b",
        " cooked addedfat withfat ",
    ),
    # Snacks and drinks by the names people use: flavoured potato chips and crisps are
    # FNDDS's flavored ones (Pringles, by now potato chips made from dried potatoes, are
    # SR28's own); Doritos nacho cheese are tortilla chips; Ruffles are ruffled chips;
    # flavoured tortilla chips; vanilla or cherry cola; a juice box is a fruit juice drink;
    # scotch and soda, 7 and 7; a Frappuccino (not the bottled one) is a frozen coffee drink.
    (
        r"\bnacho\s+cheese\s+doritos\b",
        " tortilla chips nacho cheese doritos ",
    ),
    (
        r"^(?!.{0,160}?\bdried\s+potato)(.{0,160}?)(?<!chilli )(?<!chili )(?<!nacho )\b(sour\s+"
        r"cream\s+(?:and|&|n)\s+onion|barbecue|bbq|cheddar|cheese)\s+(?:flavou?red\s+)?"
        r"(?:potato\s+)?(?:chips|crisps)\b",
        r"\1 potato chips \2 flavored ",
    ),
    (
        r"^(?!.{0,160}?\b(?:dried\s+potato|fried\s+(?:addedfat\s+)*dill))(.{0,160}?)\b(?:salt\s+"
        r"(?:and|&|n)\s+"
        r"vinegar|cheese\s+(?:and|&|n)\s+onion|prawn\s+cocktail|jalapeno|dill\s+pickle|ketchup)\s+"
        r"(?:flavou?red\s+)?(?:potato\s+)?(?:chips|crisps)\b",
        r"\1 potato chips other flavored ",
    ),
    (r"\bruffles\b", " potato chips ruffled "),
    (
        r"\b(?:chil?li|lime|spicy|salsa|sweet\s+chil?li)\s+(?:flavou?red\s+)?tortilla\s+chips\b",
        " tortilla chips flavored ",
    ),
    (
        r"\b(?:vanilla|cherry)\s+(?:coke|pepsi|cola)\b",
        " soft drink cola fruit or vanilla flavored ",
    ),
    (r"\bjuice\s+box(?:es)?\b", " fruit juice drink "),
    (r"\bscotch\s+(?:and|&|n)\s+soda\b", " whiskey and soda "),
    (r"^\s*7\s*(?:and|&|n)\s*7\s*$", " seven and seven "),
    (r"(?<!bottled )\bfrappuccinos?\b", " frozen coffee drink "),
    # Tracker words of fresh14: a count at the end ("fried egg sunny side up x2"); a UK
    # baker's name alone is its bread ("Warburtons Wholemeal Medium"); where or
    # when it was had ("in the car on the way home"); UK rocket is arugula, builder's tea and
    # PG Tips black tea; Heineken and Modelo regular beers; Cadbury Dairy Milk milk
    # chocolate; Philadelphia alone cream cheese; Almond Breeze almond milk.
    (r"(?<!\s)\s+x\s?\d{1,2}\s*$", " "),
    (
        r"\b(?:warburtons?|hovis|kingsmill)\b"
        r"(?!\s+(?:[a-z]+\s+){0,3}?(?:bread|muffins?|crumpets?|rolls?|bagels?))",
        " bread ",
    ),
    (r"\b(?:warburtons?|hovis|kingsmill)\b", " "),
    (
        r"(?<!\s)\s+in\s+the\s+car\b|(?<!\s)\s+on\s+the\s+way\s+(?:home|to\s+work|to\s+school|in)\b",
        " ",
    ),
    (r"\brocket\b(?!\s+(?:pop|ice|leaves|salad))", " arugula "),
    (
        r"(?:\bbuilder'?s'?\s+tea|\bpg\s+tips|\byorkshire\s+tea)\b(?!,?\s+with\b(?!\s+no\b))",
        " tea black ",
    ),
    (r"\bbuilder'?s'?\s+tea\b|\bpg\s+tips\b|\byorkshire\s+tea\b", " tea "),
    (
        r"\b(?:heineken|modelo(?:\s+especial)?|corona(?:\s+extra)?|stella\s+artois|carling|"
        r"peroni(?:\s+nastro\s+azzurro)?)\b",
        " beer regular ",
    ),
    (
        r"\bcadbury(?:'?s)?\s+dairy\s+milk\b(?!\s+(?:caramel|fruit|oreo|buttons))",
        " milk chocolate candy ",
    ),
    (r"^\s*philadelphia\s+original\s*(?=,|$)", " cream cheese "),
    (r"\balmond\s+breeze\b(?!(?:\s+[a-z]+){0,3}\s+milk\b)", " almond milk "),
    (r"\balmond\s+breeze\b", " "),
    # Menu words of menus_fresh13 (tuned on from stop 31): where a food was had ("from the
    # airport grill", "at the gate", "on the plane", "from the lemonade stand") and a shop's
    # style ("Cinnabon-style") say nothing of the food; nor do leftover, backyard, shucked,
    # cedar-plank, mulled, Walla Walla, fingerling, midgees, sports-bar, on a stick, a
    # bucket of fries, a two-bar pouch or a marinated bean salad's "marinated". A can of
    # juice is canned juice; off the grill is grilled, dusted in a sugar is with it;
    # marionberries are blackberries; an IPA is a stronger beer (SR28's "beer, higher
    # alcohol"); deep-fried Oreos are FNDDS's fried cookie-type pastry.
    # Menu words of menus_fresh14 (tuned on from stop 32), first where the place is ("the
    # cafe downstairs"), so that the place itself goes below.
    (
        r"(?<=[a-z])\s+(?:downstairs|upstairs|next\s+door|nearby|around\s+the\s+corner|"
        r"down\s+the\s+(?:street|road|hall))\s*$",
        " ",
    ),
    (
        r"\s(?:from|at|on|in)\s+(?:the|an?|my)\s+(?:[a-z'-]+\s+){0,2}?(?:airport|plane|flight|gate|"
        r"kiosk|cooler|stand|wagon|barn|cafe|cafeteria|canteen|office|desk|diner|pub|bar|grill|"
        r"counter|lounge|booth)\s*$",
        " ",
    ),
    (r"\b(?:cinnabon|auntie\s+anne'?s|coffee\s+shop|mall|stadium|ballpark)-style\b", " "),
    (
        r"^\s*(?:an?\s+|some\s+)?leftovers?\s+|\b(?:backyard|(?:freshly\s+)?shucked|"
        r"cedar[- ]plank(?:ed)?|mulled|walla\s+walla|fingerling|midgees?|sports[- ]bar)\b",
        " ",
    ),
    (r"(?<!\s)\s+on\s+a\s+stick\s*$", " "),
    (r"\b(?:an?|one)\s+cans?\s+of\s+(?=(?:[a-z]+\s+){0,3}juice\b)", " canned "),
    (r"\b(?:one|two|three|\d)[- ]bar\s+(?=(?:pouch|pack|packet)\b)", " "),
    (r"\ban?\s+bucket\s+of\s+(?=(?:[a-z]+\s+)?fries\b)|\bfair\s+(?=fries\b)", " "),
    (r"\bmarinated\s+(?=(?:[a-z]+\s+){0,4}bean\s+salad\b)", " "),
    (r"(?<!\s)\s+off\s+the\s+grill\b", " grilled "),
    (r"\bdusted\s+(?:in|with)\b", " with "),
    (r"\bmarionberr(?:y|ies)\b", " blackberry "),
    (
        r"^(?!.{0,160}?\bnonalcoholic)(.{0,160}?)\b(?:ipas?|india\s+pale\s+ale)\b",
        r"\1 beer higher alcohol ",
    ),
    (r"\b(?:ipas?|india\s+pale\s+ale)\b", " beer "),
    (r"\bdeep[- ]fried\s+oreos?\b", " pastry cookie type fried "),
    # Menu words of menus_fresh14: more places ("from the office machine", "from the takeout",
    # "from the goody bag", "from the vending machine") and Ramadan's hours ("at suhoor",
    # "before dawn", "after taraweeh"); a dyed Easter egg is an egg, Peeps marshmallows, a
    # hollow chocolate bunny chocolate candy; drawn butter is butter; a brat a bratwurst,
    # "piled on the brat" where it went; stadium nachos, a souvenir cup, a mini helmet and
    # draft beer say nothing of the food; Cheetos are FNDDS's cheese flavored corn snacks,
    # Cracker Jack caramel popcorn with peanuts; a birthday cake is a cake; a latte made with
    # whole milk is the latte (FNDDS's latte is made with whole milk); boxed macaroni and
    # cheese is the box mix, a chicken biryani "Biryani with chicken", vegetable fried rice
    # fried rice without meat, and beans simmered from dry are boiled.
    (
        r"\s(?:from|at|in)\s+(?:the|an?|my)\s+(?:[a-z'-]+\s+){0,2}?(?:machine|takeout|"
        r"take-?away|goody\s+bag|basket|break\s+room|snack\s+bar)\s*(?=,|$)",
        " ",
    ),
    (
        r"(?<!\s)\s+(?:before\s+(?:dawn|sunrise|the\s+fast)|at\s+(?:suhoor|suhur|sehri|iftar)|"
        r"after\s+(?:taraweeh|tarawih|the\s+fast|sunset)|to\s+break\s+the\s+fast)\b",
        " ",
    ),
    (r"\bdyed\b|(?<=boiled )easter\s+(?=eggs?\b)", " "),
    (r"\bpeeps?\b(?:\s+marshmallows?)?(?:\s+(?:chicks|bunnies))?", " marshmallows candies "),
    (
        r"\b(?:hollow\s+|solid\s+)?((?:milk|dark|white)\s+)?chocolate\s+(?:easter\s+)?"
        r"(?:bunny|bunnies|rabbits?)\b",
        r" \1chocolate candies ",
    ),
    (r"\bdrawn\s+butter(?:\s+for\s+(?:the\s+)?[a-z]+)?", " butter "),
    (r"(?<!\s)\s+piled\s+(?:on|onto)\s+(?:the|an?|my)\s+(?:[a-z]+\s+)?[a-z]+\s*(?=,|$)", " "),
    (r"\bbrats?\b", " bratwurst "),
    (r"\b(?:stadium|ballpark|souvenir)\s+(?!-)", " "),
    (r"(?<!\s)\s+in\s+an?\s+(?:mini\s+|plastic\s+)?(?:baseball\s+)?helmet\b", " "),
    (r"\bdraf(?:t|ught)\s+(?=(?:[a-z]+\s+)?(?:beers?|ales?|lagers?|stouts?)\b)", " "),
    (
        r"(?<!baked )\bcheetos?\b(?:\s+crunchy)?(?:\s+cheese(?:\s+flavou?red)?\s+snacks?)?",
        " cheetos cheese flavored corn snacks ",
    ),
    (r"\bcracker\s*jacks?\b", " popcorn caramel coated with peanuts "),
    (r"\bbirthday\s+(?=(?:[a-z]+\s+){0,2}(?:cakes?|cupcakes?)\b)", " "),
    (r"\b(latte|cappuccino)\s+(?:made\s+)?with\s+(?:whole|regular)\s+milk\b", r" \1 "),
    (r"\bboxed\s+(mac(?:aroni)?\s+(?:and|&|n)\s+cheese)\b", r" \1 box mix prepared "),
    (r"\b(chicken|vegetable)\s+biryani\b", r" biryani with \1 "),
    (r"\b(?:vegetable|veggie)\s+fried\s+(addedfat\s+)?rice\b", r" fried \1rice without meat "),
    (r"\bsimmered\s+from\s+dry\b", " boiled "),
    # Tracker words of fresh15 (tuned on from stop 32): Pepsi is a cola (USDA has no Pepsi
    # cola, only its Aquafina water); oven-baked meat or fish is baked (not the deli's
    # "oven-roasted"); a white bagel is plain; British baked beans in tomato sauce are the
    # plain, vegetarian canned kind; the size of a cottage cheese's curd ("large or small
    # curd") says nothing of it.
    (r"\bpepsi\b(?!,?\s*(?:aquafina|quaker|co\b))", " cola "),
    (
        r"\boven[- ]baked\s+(?=(?:[a-z]+\s+){0,2}(?:chicken|turkey|breasts?|thighs?|pork|"
        r"salmon|cod|fish)\b)(?!(?:[a-z]+\s+){1,3}(?:taquitos?|nuggets?|tenders?|strips?|"
        r"patt(?:y|ies)|fingers?|sticks?|pot\s+pies?)\b)",
        " baked ",
    ),
    (r"\bwhite\s+(?=bagels?\b)", " plain "),
    # Tracker words of fresh16 (tuned on from stop 33): a New York bagel is a bagel (not the
    # strip steak); a Krispy Kreme is a yeast doughnut.
    (r"\bnew\s+york(?:[- ]style)?\s+(?=bagels?\b)", " "),
    (r"\bkrispy\s+kreme\b(?!.{0,40}?\bdoughnuts?\b)", " doughnut "),
    (r"\bkrispy\s+kreme\b", " "),
    # UK shop words: an easy peeler is a clementine, a loose banana or an eating apple the
    # fruit, soured cream sour cream, milled linseed ground flaxseed, Philadelphia soft cheese
    # cream cheese; Pepsi Max a diet cola; lacinato (Tuscan, cavolo nero) kale is kale; eggs
    # "cage free" are eggs.
    (
        r"\beasy[- ]?peelers?(?:\s+(?:mandarins?|clementines?|oranges?|satsumas?|tangerines?))?\b",
        " clementines ",
    ),
    (r"\bloose\s+(?!leaf\b|tea\b|meat\b)(?=[a-z])", " "),
    (r"\beating\s+(?=apples?\b)", " "),
    (r"\bsoured\s+(?=cream\b)", " sour "),
    (r"\bmilled\s+(?=(?:lin|flax)seeds?\b)", " ground "),
    (
        r"\bphiladelphia\b(?:\s+original\b)?(?=(?:\s+[a-z]+){0,2}?\s+(?:soft|cream)\s+cheese\b)"
        r"|(?<=cream cheese)\s+original\b",
        " ",
    ),
    (r"\b(?:pepsi|cola)\s+max\b", " cola diet "),
    (r"\b(?:lacinato|tuscan|dinosaur)\s+(?=kale\b)", " "),
    (r"\bcavolo\s+nero\b", " kale "),
    # Tracker words of fresh17 (tuned on from stop 34): raw almonds are FNDDS's unroasted
    # ones; precooked is USDA's "pre-cooked", presweetened "pre-sweetened"; a sweetened
    # instant coffee is FNDDS's pre-sweetened powder and an iced tea mix its instant tea;
    # microwave popcorn "popped" is the microwave popcorn (not air-popped); nuts "with a
    # little salt" are lightly salted; Glucerna is SR28's nutritional drink for people with
    # diabetes; dry toast is toast with nothing on it; saltines' "salted tops" are the
    # regular crackers.
    (r"\braw\s+((?:unsalted\s+)?almonds?)\b|\b(almonds?)\s+raw\b", r" \1\2 unroasted "),
    (r"\bprecooked\b", " pre-cooked "),
    (r"\bpresweetened\b", " pre-sweetened "),
    (r"\b(?:pre-)?sweetened\s+instant\s+coffee\b", " coffee instant pre-sweetened with sugar "),
    (r"\biced\s+tea\s+(?:mix|powder)\b", " tea iced instant "),
    (r"\b(microwaved?\s+popcorn)\s+popped\b", r" \1 "),
    (r"\bwith\s+a\s+(?:little|pinch\s+of)\s+salt\b", " lightly salted "),
    (
        r"\bglucerna\b(?:\s+(?:diabetic|diabetes))?(?:\s+(?:nutritional\s+)?(?:shake|drink))?",
        " nutritional supplement for people with diabetes liquid ",
    ),
    (
        r"\bdry\s+(?=(?:[a-z]+\s+){0,2}?bread\s+toasted\b)"
        r"|(?<=\bbread toasted)\s+(?:plain\s+)?dry\b",
        " ",
    ),
    (r"\bsalted\s+tops?\s+(?=saltines?\b)", " "),
    # ... and words of the shop's label that say nothing of the food: organic, pasture
    # raised, a coffee's roast or blend, "classic" white bread, a "sandwich" loaf, thick-cut
    # bacon, shrimp with the tail on, quick-cooking oats, green or brown lentils, sweet
    # garden peas, whole carrots or almonds, Coors' Banquet beer (a hard-cooked egg is
    # hard-boiled; a peeled one is the egg, below).
    (
        r"(?:^|(?<=-\s))\s*organic\b(?!\s+valley\b)|\b(?:pasture[- ]raised|thick[- ]cut|"
        r"tails?[- ](?:on|off)|(?:original|medium|dark|light|house|french|italian)\s+roast"
        r"(?=\s+(?:ground\s+)?coffee\b)|classic(?=\s+(?:white|wheat|wholemeal)\s+bread\b)|"
        r"sweet(?=\s+garden\s+peas\b))\b",
        " ",
    ),
    (r"\b(?:green|brown)\s+(?=lentils?\b)", " "),
    (
        r"\bgreek\s+(?=feta\b)|\bsmooth\s+(?=orange\s+juice\b)|"
        r"(?<=orange juice)\s+with\s+(?:juicy\s+)?bits\b",
        " ",
    ),
    (r"\b(bread\b[^()]{0,30}?),\s*sandwich\b(?=\s*(?:,|$))", r"\1 "),
    (
        r"\bwhole\s+(?=(?:baby\s+)?(?:carrots?|almonds?|cashews?|pecans?|walnuts?|hazelnuts?|"
        r"mushrooms?)\b)",
        " ",
    ),
    (r"\bquick[- ]cooking\s+(?=(?:rolled\s+)?oats?\b)", " quick "),
    (r"\bbanquet\s+(?=beers?\b)", " "),
    # ... and more of fresh17: rice from a rice cooker is cooked rice, a food "no seasoning"
    # or unseasoned the plain food, filter coffee brewed, hardwood-smoked bacon smoked bacon,
    # Tenderstem broccoli broccoli, a jacket sweet potato baked in its skin, purified
    # drinking water bottled, a 3-in-1 coffee sachet FNDDS's pre-lightened and pre-sweetened
    # instant coffee; "at the gym" is where.
    (r"\b(?:cooked\s+)?in\s+(?:a|the|my)?\s*rice\s+cooker\b", " cooked "),
    (r"\b(?:no|without)\s+seasonings?\b|\bunseasoned\b", " "),
    (r"\bfilter\s+(?=coffee\b)", " "),
    (r"\b(?:naturally\s+)?hardwood\s+(?=smoked\b)|\btenderstem\s+(?=broccoli\b)", " "),
    (r"\bjacket\s+sweet\s+potato(?:es)?\b", " sweet potato baked skinon "),
    (r"\bpurified\s+(?=(?:drinking\s+)?water\b)", " bottled "),
    (
        r"\b3[- ]in[- ]1\s+(?:instant\s+)?coffee(?:\s+sachets?)?\b",
        " coffee instant pre-lightened and pre-sweetened with sugar ",
    ),
    (r"(?<!\s)\s+(?:at|after|before)\s+the\s+gym\b", " "),
    # Tracker words of fresh18 (tuned on from stop 35): a peeled banana, egg, shrimp or
    # orange is the food as eaten (none of them has a "with skin" form to tell it from); a
    # yellow banana, a grade A egg, a cheese "block", romaine or celery hearts, a "burrito
    # size" tortilla, "100%" whole wheat bread, "real" mayonnaise or maple syrup, untoasted
    # bread and a stove-top cooking are the food; oven roasted is roasted; a black coffee is
    # coffee, a tea "no milk" tea; full-sugar cola is the regular one, a UK "soft cheese"
    # cream cheese, an almond or soy "drink" its milk, hummus "dip" hummus, garlic cloves
    # garlic, baby-cut carrots baby carrots, a "full size" or ", fun size" bar the bar,
    # pretzel twists hard pretzels and burger cheese slices American cheese; milk "in
    # cereal" is milk; a whole milk yogurt is "whole" as USDA writes it.
    (
        r"^(?=.{0,200}?\b(?:bananas?|eggs?|shrimps?|prawns?|oranges?|kiwis?|kiwifruits?|"
        r"mangos?|mangoes|tangerines?|clementines?|mandarins?|garlic|lychees?)\b)"
        r"(.{0,200}?)\bskinoff\b(?:\s+and\s+deveined\b)?",
        r"\1 ",
    ),
    (r"\byellow\s+(?=bananas?\b)", " "),
    (
        r"\bgrade\s+a{1,2}\s+(?=(?:(?:large|medium|small|extra[- ]large|jumbo|brown|white)\s+)*"
        r"eggs?\b)",
        " ",
    ),
    (r"\b(cheddar|cheese|mozzarella|colby|jack|gouda|swiss|parmesan)\s+block\b", r" \1 "),
    (
        r"\b(romaine(?:\s+lettuce)?|celery)\s+hearts?\b|\bhearts?\s+of\s+(romaine|celery)\b",
        r" \1\2 ",
    ),
    (r"\bburrito[- ]size\b|\bfull[- ]size\b|,\s*fun[- ]size\b", " "),
    (r"\b100\s*%\s+(?=whole[- ]?(?:wheat|grain)\s+(?:sandwich\s+)?bread\b)", " "),
    (r"\breal\s+(?=(?:mayonnaise|mayo|maple)\b)", " "),
    (r"\buntoasted\b|\bnot\s+toasted\b", " "),
    (r"\b(?:mini\s+)?twists?\s+pretzels?\b|\bpretzels?\s+twists?\b", " pretzels hard "),
    (r"\bstove[- ]?top\b(?!\s+(?:stuffing|popcorn))", " "),
    (r"\boven[- ](?=roasted\b)", " "),
    (
        r"\b(brewed|drip)\s+black\b|\bblack\s+(?=(?:(?:decaf|decaffeinated|drip|brewed|"
        r"filter|hot)\s+){0,2}coffee\b)",
        r" \1 ",
    ),
    (r"\b(tea|coffee)\b([^,]{0,30}?),?\s*(?:no|without)\s+milk\b", r" \1 \2 "),
    (r"\bfull[- ]sugar\b", " "),
    (r"\b(?:full[- ]fat\s+)?soft\s+cheese\b", " cream cheese "),
    (r"\b(almond|soy|soya|rice|coconut|cashew|hazelnut)\s+drink\b", r" \1 milk "),
    (r"\bhummus\s+dip\b", " hummus "),
    (r"\bburger\s+cheese\s+(?=slices?\b)", " cheese american "),
    (r"\bgarlic\s+cloves?\b|\bcloves?\s+of\s+garlic\b", " garlic "),
    (r"\bbaby[- ]cut\s+(?=carrots?\b)", " baby "),
    (r"\bmilk\s+(?:in|on|for|with)\s+(?:my\s+|the\s+)?cereal\b", " milk "),
    (r"^(?=.{0,80}?\byogh?urt\b)(.{0,80}?)\bwhole\s+milk\b", r"\1 whole "),
    # ... and more of fresh18: a whole fruit or natural almonds are the food; a hot latte or
    # mocha is the drink (its iced one says so), a grande or venti its size; a fish fillet
    # "oven baked" or "oven cooked" is baked; a chunky salsa is salsa and tomato ketchup
    # ketchup.
    (
        r"\bwhole\s+(?=(?:natural\s+)?(?:apples?|strawberries|pears?|peaches|plums?|oranges?)\b)",
        " ",
    ),
    (r"\bnatural\s+(?=almonds?\b)", " "),
    (
        r"^(?=.{0,60}?\b(?:strawberries|raspberries|blueberries|blackberries|apples?|pears?|"
        r"peaches|plums?|oranges?|bananas?|apricots?|nectarines?|cherries|almonds?)\b)"
        r"(.{0,120}?),\s*whole\b(?=\s*(?:,|$))",
        r"\1 ",
    ),
    (
        r"\b(lattes?|mochas?|cappuccinos?|americanos?|macchiatos?|flat\s+white|coffee)\b,?\s*"
        r"hot\b(?!\s+(?:chocolate|cocoa|sauce|dogs?)\b)",
        r" \1 ",
    ),
    (r"\b(?:1\s+)?(?:grande|venti|trenta)\b", " "),
    (
        r"^(?=.{0,120}?\b(?:salmon|cod|tilapia|haddock|pollock|trout|fish|halibut|hake|basa|"
        r"catfish|mackerel|sea\s+bass)\b)(.{0,200}?)\boven[- ](?:baked|cooked)\b",
        r"\1 baked ",
    ),
    (r"\bchunky\s+(?=(?:tomato\s+)?salsa\b)|\btomato\s+(?=ketchup\b)", " "),
    # ... and the rest of fresh18: a hamburger bun is SR28's roll; angel food cake is SR28's
    # "angelfood"; a jar of sauce or salsa is USDA's ready-to-serve one; a cake's or a
    # food's "store bought" is commercially prepared; a flat white is FNDDS's latte (its
    # only espresso-and-steamed-milk drink), a caffe latte a latte and a caffe mocha FNDDS's
    # cafe mocha; a jam doughnut is the jelly-filled one; a weiner a frankfurter; chicken
    # lasagna FNDDS's "with chicken or turkey"; nigiri the sushi topped with its fish;
    # macaroni cheese macaroni with cheese; a vine-ripe tomato, a loose carrot, broccoli
    # crowns, bow-tie farfalle, a handful, a "bar pour", an appetizer, a nonstick pan: the
    # food; Hass avocados SR28's California ones; a NY strip a strip steak; madras a curry;
    # Worcester sauce Worcestershire; a Twix "twin" a Twix; a can of a soft drink the drink.
    (
        r"\b(?:hamburger|burger|hot\s*dog|hotdog)\s+buns?\b|"
        r"\bbuns?,\s*(?:hamburger|burger|hot\s*dog)\b",
        " rolls hamburger or hotdog ",
    ),
    (r"\bangel\s+food\b", " angelfood "),
    (
        r"\b(salsa|marinara|sauce|pesto)\s+(?:from\s+(?:a|the)\s+)?jar\b|"
        r"\bjarred\s+(?=(?:[a-z]+\s+){0,2}?(salsa|marinara|sauce|pesto)\b)",
        r" \1 ready to serve ",
    ),
    (r"\bstore[- ]bought\b", " commercially prepared "),
    (r"\bflat\s+whites?\b(?!.{0,40}?\b(?:beef|brisket)\b)", " coffee latte "),
    (r"\bcaff[e\u00e8]\s+(?=(?:latte|americano|macchiato)\b)", " "),
    (r"\bcaff[e\u00e8]\s+mocha\b", " coffee cafe mocha "),
    (r"\bjam\s+(?:donut|doughnut)s?\b", " doughnuts with jelly filling "),
    (r"\bw(?:ei|ie)ners?\b", " frankfurter "),
    (r"\b(?:chicken|turkey)\s+lasagn[ae]\b", " lasagna with chicken or turkey "),
    (
        r"\b(tuna|salmon|shrimp|eel|yellowtail|crab)\s+nigiri\b|\bnigiri,?\s+"
        r"(tuna|salmon|shrimp|eel|yellowtail|crab)\b",
        r" sushi topped with \1\2 ",
    ),
    (r"\bmacaroni\s+cheese\b", " macaroni with cheese "),
    (r"\bvine[- ]ripe(?:ned)?\b|\bon\s+the\s+vine\b", " "),
    (r"\bloose\b(?!\s+(?:leaf|tea)\b)", " "),
    (r"\bbroccoli\s+crowns?\b", " broccoli "),
    (r"\b(farfalle)\s+bow[- ]?ties?\b|\bbow[- ]?ties?\s+(farfalle)\b", r" \1\2 "),
    (r"\bbow[- ]?tie\s+pasta\b", " farfalle "),
    (r"\bhandful\b|\bbar\s+pour\b|\bappetizers?\b", " "),
    (r"\b(?:in\s+a\s+)?non[- ]?stick\s+pan\b", " "),
    (r"\bhass\b", " california "),
    (r"\bny\s+(?=strip\b)|\bnew\s+york\s+(?=strip\b)", " "),
    (r"\bmadras\b", " curry "),
    (r"\bworcester\s+sauce\b", " worcestershire sauce "),
    (r"\btwix\s+twin\b", " twix "),
    (
        r"\b(?:an?\s+|one\s+|1\s+)?can\s+of\s+(?=(?:[a-z']+\s+){0,3}?(?:soda|pop|cola|coke|pepsi|"
        r"sprite|ale|beer|lager|seltzer|tonic|energy|lemonade|root\s+beer|soda)\b)",
        " ",
    ),
    # Tracker words of fresh19 (tuned on from stop 36): rice named without its kind after a
    # store brand or before its state ("Sainsbury's Boiled Long Grain Rice"; "rice cooked") is
    # white rice, as above; red peppers, plural, are the vegetable; a shop's "Just
    # Essentials", "single" banana, cheese "singles" (processed American slices), a fish
    # "loin" (a thick fillet), liquid egg whites, tea bags, a baking potato, king prawns,
    # petite peas, walnut halves and pieces, fresh-cut melon, Bing or dark sweet cherries, a
    # squeeze bottle, a snack pack, a carrot snack stick, a hot dog's "bun length", salad or
    # slicing tomatoes, tuna in spring water, a New York style bagel, Jewel sweet potatoes,
    # green zucchini, a milk's coloured top, a cream cheese bar, a block of butter or tofu,
    # white quinoa, whole-grain brown rice, a tortilla's size or "soft taco", cooked "old
    # fashioned" or one-minute oats, "creamy" peanut butter (SR28's smooth style) and almond
    # butter, a soft-poached egg, hot tea, the food "for a smoothie", "for salad" or "for
    # tacos", a baked potato "skin and all", a cucumber "peel on", an orange juice's pulp,
    # full-fat mayonnaise or soft cheese, salted-top soda crackers, a tin of tomatoes (canned),
    # beef franks (frankfurters), "no fat" yogurt (nonfat) and a black coffee "from the pot".
    (
        r"^(\s*(?:(?:plain|cooked|boiled|steamed|dry|raw|uncooked|enriched|regular|extra|"
        r"long[- ]?grain|longgrain|medium[- ]?grain|short[- ]?grain)\s+)*)rice"
        r"(?=\s*[,(]|\s*$|\s+cooked\b|\s+boiled\b|\s+steamed\b|\s+raw\b|\s+uncooked\b|"
        r"\s+dry\b|\s+plain\b|\s+prepared\b)"
        r"(?!.*\b(?:brown|wild|red|black|white|parboiled|converted|instant|basmati|jasmine|"
        r"glutinous|sticky|sushi|arborio|fried|sweet|milk|honey|coconut|pudding|wholegrain|"
        r"spanish|dirty|yellow|cauliflower)\b)",
        r"\1white rice",
    ),
    (
        r"(?<!chili )(?<!chilli )(?<!hot )(?<!crushed )\bred\s+peppers\b"
        r"(?!\s+(?:flakes|powder|ground|spice))",
        " red sweet peppers ",
    ),
    (r"\bjust\s+essentials?\b", " "),
    (r"(?<=banana)\s+singles?\b", " "),
    (r"\b(?:american\s+)?cheese\s+singles?\b", " american cheese slices "),
    (
        r"\b(cod|tilapia|salmon|haddock|pollock|hake|halibut|swordfish|tuna)\s+loins?\b",
        r" \1 fillet ",
    ),
    (r"\bliquid\s+(?=egg\s+whites?\b)|(?<=egg whites)\s*,?\s*liquid\b", " "),
    (r"(?<=\btea)\s+bags?\b", " "),
    (r"\bbaking\s+(?=potato(?:es)?\b)|\bking\s+(?=(?:prawns?|shrimp)\b)", " "),
    (r"\bpetite\s+(?=(?:green\s+|sweet\s+)?peas\b|(?:baby\s+)?carrots\b)", " "),
    (r"\bsweet\s+peas\b", " green peas "),
    (r"\bhalves\s*(?:&|and)\s*pieces\b|(?<=walnut)\s+pieces\b", " "),
    (r"\bfresh[- ]cut\b", " "),
    (r"\bdark\s+(?=sweet\s+cherries\b)", " "),
    (r"\bbing\s+cherries\b", " sweet cherries "),
    (r"\bsqueeze\s+bottle\b|(?<=ketchup)\s+squeeze\b", " "),
    (r"\bsnack\s+packs?\b|(?<=carrots)(\s+raw)?\s+snack\b", r"\1 "),
    (r"\bcarrots?\s+(?:snack\s+)?sticks\b", " carrots "),
    (r"\bbun[- ]length\b", " "),
    (r"\b(?:salad|slicing)\s+(?=tomato(?:es)?\b)", " "),
    (r"\bin\s+spring\s+water\b", " in water "),
    (r"\bnew\s+york\s+style\s+(?=(?:plain\s+)?bagels?\b)", " "),
    (r"\b(?:jewel|garnet|beauregard)\s+(?=sweet\s+potato)", " "),
    (r"\bgreen\s+(?=zucchini\b|courgettes?\b)", " "),
    (r"\(\s*(?:red|blue|green|orange|gold|purple)\s+top\s*\)", " "),
    (r"(?<=cream cheese)\s+bars?\b", " "),
    (r"(?<=butter)\s+blocks?\b|(?<=\btofu)\s+blocks?\b|\bblock\s+(?=butter\b)", " "),
    (r"\bwhite\s+(?=quinoa\b)|\bwhole\s*grain\s+(?=brown\s+rice\b)", " "),
    (
        r"\b(?:soft\s+taco|street\s+taco|fajita)(?:\s+size)?\s+(?=(?:flour\s+|corn\s+)?"
        r"tortillas?\b)|(?<=tortillas)\s*,?\s*(?:(?:soft\s+|street\s+)?taco|fajita)\s+size\b|"
        r"(?<=tortilla)\s*,?\s*(?:(?:soft\s+|street\s+)?taco|fajita)\s+size\b|"
        r"\bsoft\s+(?=(?:flour\s+|corn\s+)?tortillas?\b)",
        " ",
    ),
    (
        r"\bold[- ]fashioned\s+(?=(?:rolled\s+)?oats\b[^()]{0,40}?\b(?:cooked|prepared|made)\b)|"
        r"\b1[- ]minute\s+(?=oats\b)",
        " ",
    ),
    (r"\bcreamy\s+(?=peanut\s+butter\b)", " smooth "),
    (r"\b(?:creamy|smooth)\s+(?=almond\s+butter\b)|(?<=almond butter)\s+smooth\b", " "),
    (r"\bsoft\s+(?=poached\b)|(?<=poached)\s+soft\b", " "),
    (r"(?<=\btea)\s+hot\b|\bhot\s+(?=(?:green|black|herbal)\s+tea\b)", " "),
    (r"(?<![,;] )\bfor\s+(?:a\s+|my\s+|the\s+)?(?:smoothies?|salads?|tacos?)\b", " "),
    (r"\bskin\s+and\s+all\b", " flesh and skin "),
    (r"\bpeel\s+on\b", " with peel "),
    (r"\b(?:no|without)\s+pulp\b|\bpulp[- ]free\b", " "),
    (r"\bfull[- ]fat\s+(?=(?:soft\s+cheese|cream\s+cheese|mayo(?:nnaise)?)\b)", " "),
    (r"\bsalted\s+tops?\s+(?=soda\s+crackers?\b)", " "),
    (r"\b(?:an?\s+)?tin\s+of\s+(?=(?:chopped\s+|plum\s+|whole\s+)?tomato)", " canned "),
    (r"\bbeef\s+franks?\b", " frankfurter beef "),
    (r"(?<=yogurt)\s+no\s+fat\b", " nonfat "),
    (r"(?<=coffee)\s+from\s+the\s+pot\b|(?<=\bcoffee)\s+first\s+thing\b", " "),
    (r"(\bcoffee\b[^()]{0,40}?),\s*black\b(?=\s*(?:,|$))", r"\1 "),
    # ... and more of fresh19: whole potatoes, cucumbers or natural almonds; "100 %" whole
    # wheat bread, egg whites or grated cheese; white (green) grapes; a white or yellow corn
    # tortilla; a beef hot dog (SR28's frankfurter); farm-raised (farmed) fish; a premium
    # lager; a pint of it; ground coffee brewed; a sandwich loaf; baby leaf spinach; bacon
    # strips; extra long grain rice; liquid cream; an "original" unsweetened almond milk;
    # the food "at lunch" or "at the game".
    (
        r"\bwhole\s+(?=natural\s+almonds?\b|potato(?:es)?\b(?!\s+(?:milk|wheat|flour))|"
        r"cucumbers?\b)",
        " ",
    ),
    (r"\b100\s*%\s+(?=whole\s+wheat\b|egg\s+whites?\b|grated\b)", " "),
    (r"\bwhite\s+(?=(?:seedless\s+)?grapes\b)", " green "),
    (r"\b(?:white|yellow)\s+(?=corn\s+tortillas?\b)", " "),
    (
        r"\b(beef|pork|turkey|chicken)\s+hot\s*dog(?:s|\s+sausages?)?\b"
        r"(?!\s+(?:buns?|rolls?|sandwich))",
        r" frankfurter \1 ",
    ),
    (r"\bhot\s*dogs?\s*,\s*(?=frankfurter\b)", " "),
    (r"\bfarm[- ]raised\b", " farmed "),
    (r"\bpremium\s+(?=lager\b|beer\b)|\b(?:an?\s+)?pints?\s+of\b", " "),
    (r"\bground\s+(?=coffee\b[^()]{0,30}?\bbrewed\b)", " "),
    (r"(?<![a-z]\s)\bsandwich\s+(?=(?:white|wheat|whole\s+wheat)\s+bread\b)", " "),
    (r"\bbaby\s+leaf\s+(?=spinach\b)", " "),
    (r"(?<=bacon)\s+strips\b", " "),
    (r"\bextra\s+(?=long[- ]?grain\b)", " "),
    (r"(?<=cream)\s+liquid\b", " "),
    (r"(?<=unsweetened)\s*,?\s*original\b|\boriginal\s*,?\s*(?=unsweetened\b)", " "),
    (
        r"(?<!\s)\s+at\s+(?:lunch|breakfast|dinner|work|the\s+(?:game|office|match|pub|"
        r"cinema|movies))\b",
        " ",
    ),
    # A store's "original" or "classic" cola, potato chips, hummus, cream or cottage cheese,
    # saltines, English muffins or mayonnaise is the plain one.
    (
        r"\b(?:original|classic)\s+(?=(?:[a-z]+\s+){0,2}?(?:colas?|(?:potato|kettle|tortilla)\s+"
        r"chips|hummus|cream\s+cheese|cottage\s+cheese|saltines|english\s+muffins?|"
        r"mayo(?:nnaise)?)\b)|"
        r"(?<=\b(?:cola|mayo))[\s,]+(?:[a-z]+[\s,]+)?(?:original|classic)\b|"
        r"(?<=\bchips)[\s,]+(?:[a-z]+[\s,]+)?(?:original|classic)\b|"
        r"(?<=\b(?:hummus|cheese))[\s,]+(?:[a-z]+[\s,]+)?(?:original|classic)\b",
        " ",
    ),
    # Tracker words of fresh20 (tuned on from stop 37): seedless clementines and watermelon
    # (USDA's have no seeds to say); "real" mayonnaise (the regular); whole or natural nuts
    # and walnut or pecan halves (the kernels USDA analysed); a tablespoon or teaspoon named
    # without its number ("mustard yellow tsp", "tbsp canola oil"); a dollop; a glass of
    # milk; "mid afternoon", "before work" or "for lunch"; a bag's weight; a drizzle; a
    # "dry measure" (dry); English breakfast tea bags (black tea); a can of tuna (canned).
    (
        r"\bseedless\s+(?=watermelon\b|clementines?\b|mandarins?\b)"
        r"|(?<=clementine),\s*seedless\b|(?<=clementines),\s*seedless\b"
        r"|(?<=watermelon),\s*seedless\b",
        " ",
    ),
    (r"\breal\s+(?=mayo(?:nnaise)?\b)|(?<=mayonnaise),\s*real\b|(?<=\bmayo),\s*real\b", " "),
    (
        r"\b((?:almonds|cashews|walnuts|pecans|hazelnuts|pistachios|macadamias)"
        r"(?:,\s*(?:raw|natural|roasted|dry roasted|unsalted|salted))*),\s*(?:whole|halves)\b",
        r"\1",
    ),
    (
        r"\b(?:whole|natural)\s+(?=(?:(?:raw|natural|whole)\s+){0,2}(?:almonds|cashews|"
        r"hazelnuts|pistachios|macadamias)\b)",
        " ",
    ),
    (r"(?<=walnut)s?\s+halves\b|(?<=pecan)s?\s+halves\b", "s "),
    (r"\b(almonds),\s*natural\b", r"\1"),
    # A milk chocolate bar is the candy, not a granola bar coated in it.
    (
        r"\bmilk\s+chocolate\s+(?:bars?|squares?)\b|\bchocolate\s*,\s*milk\s*,\s*bar\b",
        " candies milk chocolate ",
    ),
    # Walnuts named alone are the English (Persian) ones; the black walnut is named so.
    (
        r"(?<!black )\bwalnuts\b(?!\s*,?\s*(?:black|english)\b)"
        r"|(?<!black )\bwalnut\b(?=\s*(?:halves|pieces|kernels|,|$))",
        " walnuts english ",
    ),
    (r"\b(?:tbsps?|tsps?|tablespoons?|teaspoons?|dollops?)\b", " "),
    (r"(?<=\bmilk)\s+(?:glass|mug)\b", " "),
    (
        r"\bmid[- ]?(?:afternoon|morning)\b|(?<!\s)\s+(?:(?:before|after)\s+work|"
        r"on\s+the\s+walk\s+to\s+(?:the\s+)?(?:office|work|school)|for\s+(?:lunch|breakfast|dinner))\b",
        " ",
    ),
    # A bag's weight is the pack's, not the amount ("Whole Carrots, 2 lb bag, 1 medium").
    (r",\s*(?:\d{1,2}(?:\.\d{1,2})?\s*)?(?:lbs?|kg)\s+(?:bag|pack|box|net|tub)\b", " "),
    (r"^\s*(?:an?\s+)?drizzle\s+(?!of\b)", " "),
    (r"\bdry\s+measure\b", " dry "),
    (r"\b(tea\s+black)\s+bags?\b", r" \1 "),
    (r"\b(?:an?\s+|one\s+)?cans?\s+of\s+(?=(?:[a-z]+\s+){0,2}?tuna\b)", " canned "),
    # Menu words of menus_fresh15 (tuned on from stop 33): a campfire's and a late night's
    # food is the food; a thermos or a dram holds it; tatties are potatoes, neeps turnips, a
    # Dundee cake a fruitcake, Scotch broth a beef and barley soup, Stornoway black pudding
    # black pudding, a venison backstrap its loin; Scottish tablet is a fudge, potstickers
    # USDA's "pot sticker".
    (r"\bcampfire\b|\blate[- ]night\b|\bstornoway\b|\b(?:an?\s+)?(?:thermos|dram)\s+of\b", " "),
    (r"\btatties\b", " potatoes "),
    (r"\bscottish\s+tablet\b", " fudge "),
    (r"\bpot[- ]?stickers?\b", " pot sticker "),
    (r"\bneeps\b", " turnips "),
    (r"\bdundee\s+cake\b", " fruitcake "),
    (r"\bscotch\s+broth\b", " soup beef barley "),
    (r"\bbackstrap\b", " loin "),
    # A sub shop's or a pizzeria's food is a restaurant's (read before the places below,
    # whose "shop" would take it).
    (
        r"(?<!\s)\s+from\s+(?:the\s+|a\s+)?(?:sub|ramen|sandwich|noodle|burger|taco|pizza)\s+"
        r"(?:shop|place|joint|bar|truck)\b|\b(?:from\s+(?:a|the)\s+)?pizzeria\b",
        " restaurant ",
    ),
    # Menu words of menus_fresh16 (tuned on from stop 34): where a cruise, a fishing trip or
    # a boardwalk day had a food (the omelet station, the poolside deli, the lido deck, the
    # captain's dinner, afternoon tea, the bait shop, the tackle box, the catch, the fish
    # fry, the orchard, the sleeve it came in); a longneck, a quart jar or a ramekin holds
    # it; a "two-egg" omelet is an omelet, a "scratch" biscuit homemade, a "crisp apple" the
    # fruit (the dessert is "apple crisp"); a shrimp basket is the fried shrimp; lobster
    # bisque is FNDDS's bisque, an oatmeal creme pie a creme-filled oatmeal sandwich cookie, a
    # PayDay Hershey's bar, appeltaart apple pie and soused herring pickled herring.
    (
        r"(?<!\s)\s+(?:from|at|on)\s+the\s+(?:[a-z']+\s+){0,2}?(?:station|buffet|deli|deck|"
        r"dinner|shop|tackle\s+box|catch|fish\s+fry|orchard|sleeve|pier)\b|(?<!\s)\s+at\s+"
        r"afternoon\s+tea\b|\bboardwalk\b",
        " ",
    ),
    (r"\b(?:an?\s+)?(?:longneck|quart(?:\s+jar)?|ramekin)\s+of\b", " "),
    # Menu words of menus_fresh17 (tuned on from stop 35): a schmear, a thin scrape, a serve
    # or a plastic cup of a food is the food, as is one from the coffee cart, a neighborhood
    # bakery, a Greek diner or the sausage sizzle, "off the barbie" (grilled), Dr. Brown's,
    # Chicago-, Garrett- or Maxwell Street-style; scallion cream cheese is the flavored one,
    # sweet kosher Concord wine a sweet dessert wine, gelt milk-chocolate coins, upma and
    # puris USDA's upma and puri, garlic naan naan (a guess: no food has the garlic); chana
    # masala chickpeas cooked with fat; jeera rice white rice; hot chips from the takeaway
    # restaurant fries; barbecued prawns grilled shrimp; a pavlova's meringue a meringue; an
    # Anzac biscuit an oatmeal cookie; milk "on the Froot Loops" milk; a blueberry bagel
    # FNDDS's bagel with fruit; a Sprite Zero a diet fruit-flavored soft drink, a fountain
    # soda the soda; Junior Mints cream-filled chocolates; a feta omelet an omelet with
    # cheese; an Italian beef a roast beef sandwich; cottage cheese with pineapple SR28's
    # cottage cheese with fruit.
    (
        r"\b(?:an?\s+)?(?:schmear|thin\s+scrape|scrape|serve|plastic\s+cup)\s+of\b|"
        r"(?<!\s)\s+(?:from|at)\s+(?:the|an?)\s+(?:coffee\s+cart|neighbou?rhood\s+bakery|"
        r"(?:[a-z]+\s+)?diner|sausage\s+sizzle)\b|\bdr\.?\s+browns?\b|"
        r"\b(?:chicago|garrett|maxwell\s+street)(?:[- ]style)?\b",
        " ",
    ),
    (r"\boff\s+the\s+(?:barbie|bbq|barbecue|grill)\b", " grilled "),
    (r"\bscallion\s+cream\s+cheese\b", " cream cheese flavored "),
    (r"\b(?:sweet\s+)?kosher\s+(?:concord\s+)?(?:grape\s+)?wine\b", " wine dessert sweet "),
    (r"\b(?:chocolate\s+)?(?:hanukkah\s+)?gelt(?:\s+coins?)?\b", " chocolate candy "),
    (r"\bsemolina\s+upma\b", " upma "),
    (r"\bpuris?\b", " bread puri "),
    (r"\bgarlic\s+naan\b", " bread naan with garlic "),
    (r"\bchana\s+masala\b(?:\s*\(chickpea\s+curry\))?", " chickpeas from dried fat added "),
    (r"\bjeera\s+rice\b", " rice white cooked "),
    (r"\bhot\s+chips\s+from\s+the\s+takeaway\b", " french fries restaurant "),
    (r"\bbarbecued\s+(?=(?:prawns?|shrimp)\b)", " grilled "),
    (r"\bon\s+the\s+pavlova\b", " "),
    (r"\bpavlova\s+meringues?\b", " meringues "),
    (r"\banzac\s+(?:biscuits?|cookies?)\b", " cookie oatmeal "),
    (r"\b(milk)\s+(?:on|in|for)\s+(?:the|my)\s+[a-z' -]{2,30}$", r" \1 "),
    (r"\bblueberry\s+bagels?\b", " bagel with fruit other than raisins "),
    (r"\bsprite\s+zero\b|\bdiet\s+sprite\b", " soft drink fruit flavored diet caffeine free "),
    (r"\bfountain\s+(?=(?:[a-z]+\s+){0,2}?(?:soda|drink|coke|pepsi|cola|sprite|root)\b)", " "),
    (r"\bjunior\s+mints?\b", " chocolate candy cream filled "),
    (r"\b(?:feta|cheese|cheddar|swiss)\s+omel(?:et|ette)s?\b", " egg omelet with cheese "),
    (r"\bitalian\s+beef\s+sandwich\b", " roast beef sandwich "),
    (
        r"\bcottage\s+cheese\s+with\s+(?:pineapple|peaches|fruit)\b",
        " cheese cottage creamed with fruit ",
    ),
    (r"\b(?:two|three|2|3)[- ]eggs?\s+(?=(?:[a-z]+\s+){0,2}?omelet)", " "),
    (r"\b(?:from\s+)?scratch\b", " homemade "),
    # Menu words of menus_fresh18 (tuned on from stop 36): a Philadelphia or gas-station food
    # is the food, a cheesesteak comes with its onions and provolone, cheese fries are
    # FNDDS's "french fries, with cheese", water ice Italian ice (a sugar-free one "no sugar
    # added"), a fresco de tamarindo a tamarind drink, pollo guisado FNDDS's stewed chicken,
    # salsa roja red salsa, a cheddar bratwurst one with cheese, a craft ale beer, cocoa
    # "stirred into" milk made with it, a slow cooker or a diner's case no food, a chili dog
    # FNDDS's chili hot dog sandwich, rice with brown gravy rice with gravy, coconut flakes
    # dried coconut, a ginger kombucha kombucha, a shrimp or tuna pasta salad FNDDS's pasta
    # salad with it, a tuna sushi roll its roll, littleneck clams clams, a can of an energy
    # drink the drink and one "for the night drive" or "for the road" the food.
    (r"\bphiladelphia\s+(?=pepper\s*pot|soft\s+pretzel|water\s+ice|roast\s+pork)", " "),
    (r"\bgas[- ]station\b|\bslow[- ]cooker\b|\bcrock[- ]?pot\b", " "),
    (
        r"(?<=cheese steak sandwich)\s+with\s+(?:fried\s+|grilled\s+)?(?:onions|peppers)"
        r"(?:\s+and\s+(?:provolone|whiz|cheez\s+whiz|american|peppers|onions))?\b",
        " ",
    ),
    (r"\bcheese\s+fries\b(?:\s+smothered\s+in\s+(?:cheez\s+)?whiz)?", " french fries with cheese "),
    (r"\bsugar[- ]?free\s+(?:water|italian)\s+ice\b", " italian ice no sugar added "),
    (r"\bwater\s+ice\b", " italian ice "),
    (r"\bfresco\s+de\s+tamarindo\b", " tamarind drink "),
    (r"\bpollo\s+guisado\b", " stewed chicken mexican style "),
    (r"\bsalsa\s+roja\b", " salsa red "),
    (r"\bcheddar\s+bratwursts?\b", " bratwurst with cheese "),
    (r"\b(?:strong\s+)?craft\s+(?:ale|beer|ipa|lager)\b", " beer "),
    (r"\bstirred\s+into\b", " made with "),
    (r"\bfrom\s+the\s+(?:diner|bakery|deli|pastry)\s+case\b", " "),
    (r"\bchili\s+(?:hot\s*)?dogs?\b(?!\s+sandwich)", " chili hot dog sandwich "),
    (r"\b(with|and|in)\s+brown\s+gravy\b", r" \1 gravy "),
    (r"\b(?:toasted\s+)?(?:unsweetened\s+)?coconut\s+flakes\b", " coconut meat dried toasted "),
    (r"\b[a-z]+\s+kombucha\b", " kombucha "),
    (r"\b(shrimp|tuna)\s+(?:pasta|macaroni)\s+salad\b", r" macaroni or pasta salad with \1 "),
    (r"\btuna\s+sushi\s+rolls?\b", " sushi roll tuna "),
    (r"\blittleneck\s+(?=clams?\b)", " "),
    (
        r"\b(?:an?\s+)?can\s+of\s+(?=(?:[a-z-]+\s+){0,2}?(?:rockstar|red\s+bull|monster)\b)|"
        r"(?<!\s)\s+for\s+the\s+(?:night\s+)?(?:drive|road)\b",
        " ",
    ),
    (r"\bcrisp\s+(?=apples?\b)", " "),
    (r"\b(shrimp|clam|fish|oyster)\s+basket\b", r" \1 "),
    (r"\b(?:lobster|crab|shrimp|seafood)\s+bisque\b", " soup bisque "),
    (r"\boatmeal\s+cream?e\s+pies?\b", " cookies oatmeal sandwich with creme filling "),
    (r"\bpay\s?day\b(?:\s+peanut\s+caramel)?(?:\s+bar)?", " hersheys payday bar "),
    (r"\bappeltaart\b", " pie apple "),
    (r"\bsoused\s+(?=herring\b)", " pickled "),
    # Menu words of menus_fresh19 (tuned on from stop 37): who or what a food was for ("for
    # the team captain", "to settle the stomach", "on the engine") and where it came from (a
    # food court, a kiosk, a griddle) say nothing of it, nor "a dozen", "a helping of", "a nip
    # of" or a Mickey shape; a Reuben is the sandwich, beer-battered fish a restaurant's
    # battered fillet, pub chips french fries, an apple hand pie a fried fruit pie, moonshine
    # a 100-proof spirit, a cornbread stick FNDDS's cornbread muffin stick, Coke Zero a diet
    # cola, meat lasagna lasagna with meat, Dole Whip sorbet sorbet, a slush FNDDS's slush
    # frozen drink, a cinnamon-sugar churro a churro, salmon patties FNDDS's salmon cake or
    # patty, mashed sweet potatoes its sweet potato casserole or mashed, a 4 % cottage cheese
    # the creamed one, hot tea brewed tea (with lemon, the tea), decaf alone decaf coffee, hash
    # browns named alone SR28's home-prepared ones, crisp bacon crispy bacon, buttered
    # vegetables FNDDS's "cooked with butter or margarine", soft white toast white toast, juice
    # "from the carton" FNDDS's carton juice, a bottle of iced tea bottled iced tea, a bottle
    # of cold water bottled water, and ice cream "on the pie" the ice cream.
    (
        r"(?<!\s)\s+(?:for\s+(?:the\s+)?(?:team\s+captain|second\s+place|final\s+round)|"
        r"to\s+settle\s+the\s+stomach|on\s+the\s+engine|from\s+the\s+(?:food\s+court|kiosk|"
        r"griddle)|on\s+the\s+(?:pie|waffle|cake|pancakes?)|on\s+a\s+stick)\b",
        " ",
    ),
    (r"\b(?:an?\s+)?dozen\b|\b(?:an?\s+)?(?:helping|nip)\s+of\b|\bmickey(?:[- ]shaped)?\b", " "),
    (r"\breuben\b(?!\s+sandwich)", " reuben sandwich "),
    (
        r"\bbeer[- ]battered\s+(?:cod|haddock|pollock|fish)(?:\s+fillets?)?\b",
        " restaurant family style fish fillet battered or breaded fried ",
    ),
    (r"\b(?:thick[- ]cut\s+)?(?:pub|chip\s+shop|chippy)\s+chips\b", " french fries "),
    (r"\b(?:fried\s+)?(?:apple|cherry|peach|fruit)\s+hand\s+pies?\b", " pie fried pies fruit "),
    (r"\b(?:100[- ]proof\s+)?moonshine\b", " alcoholic beverage distilled 100 proof "),
    (r"\bcornbread\s+sticks?\b", " cornbread muffin stick round "),
    (r"\bcoke\s+zero\b|\bcoca[- ]cola\s+zero(?:\s+sugar)?\b", " soft drink cola diet "),
    (r"\bmeat\s+lasagna\b", " lasagna with meat "),
    (r"\bdole\s+whip(?:[- ]style)?\s+(?:[a-z]+\s+)?(?=sorbet\b)", " "),
    (
        r"\bno[- ]sugar[- ]added\s+(?:frozen\s+)?slush(?:ie|y)?\b",
        " slush frozen drink no sugar added ",
    ),
    (r"\bfrozen\s+slush(?:ie|y)?\b", " slush frozen drink "),
    (r"\bcinnamon[- ]sugar\s+(?=churros?\b)", " "),
    (r"\bsalmon\s+(?:patt(?:y|ies)|cakes?|croquettes?)\b", " fish salmon cake or patty "),
    (r"\bmashed\s+sweet\s+potato(?:es)?\b", " sweet potato casserole or mashed "),
    (
        r"\b4\s*%\s*(?:milk\s*fat\s+)?(?=(?:small[- ]curd\s+|large[- ]curd\s+)?cottage\s+cheese\b)",
        " creamed ",
    ),
    (r"(?<=cottage cheese),\s*4\s*%(?:\s*milk\s*fat)?", ", creamed "),
    (r"\bhot\s+(?=(?:black\s+|green\s+)?tea\b)", " "),
    (r"(?<=\btea)\s+with\s+(?:a\s+)?(?:slice\s+of\s+)?lemon\b", " "),
    (r"^\s*decaf\s*$", " coffee brewed decaffeinated "),
    (r"\bcrispy\s+(?=hash\s*browns?\b)", " "),
    (
        r"(?<!frozen )\bhash\s*browns?\b(?!.{0,80}\b(?:frozen|refrigerated|unprepared|restaurant|"
        r"fast\s+foods?|mcdonald)\b)",
        " potatoes hash brown home prepared ",
    ),
    (r"\bcrisp\s+(?=bacon\b)", " crispy "),
    (
        r"\bbuttered\s+((?:green\s+)?peas|corn|carrots|(?:green|string)\s+beans|broccoli|spinach|"
        r"mixed\s+vegetables)\b",
        r" \1 cooked addedfat withfat fatbutter ",
    ),
    (r"\bsoft\s+(?=white\s+(?:toast|bread)\b)", " "),
    (r"(?<=juice)\s+from\s+(?:the|a)\s+carton\b", " canned bottled or in a carton "),
    (r"\bfrom\s+the\s+(?=drive[- ]?(?:through|thru)\b)", " "),
    (r"\b(?:an?\s+)?bottles?\s+of\s+(?=(?:[a-z]+\s+){0,3}?iced\s+tea\b)", " bottled "),
    # Tracker and menu words of fresh21 and menus_fresh20 (tuned on from stop 38): when or
    # where a food was had ("while cooking", "from the seder plate", "from the halfway
    # house"), "some" before a food, a can of a drink (a can of beans is canned beans), a
    # sheet of matzo, a pour of wine; a Natty Boh-style lager is a beer; toasted rye rye
    # toast; frozen fruit "in sugar" sweetened; a can's food "with its liquid" its solids and
    # liquids; a potato whose skin was "left on the plate" the flesh; barbecue corn chips
    # SR28's barbecue-flavor corn chips; a fat-free frank SR28's fat-free frankfurter;
    # Vitamin Water Glaceau's. (Half-caf coffee, not instant, is FNDDS's blend of regular
    # and decaffeinated: see "half the caffeine".)
    (
        r"(?<!\s)\s+(?:while\s+(?:cooking|driving|working|studying)|from\s+the\s+(?:seder\s+"
        r"plate|halfway\s+house|turn|clubhouse|snack\s+bar))\b",
        " ",
    ),
    (r"^\s*some\s+", " "),
    (
        r"\b(?:an?\s+|one\s+)?(?:tall\s+|large\s+|small\s+)?cans?\s+of\s+"
        r"(?=(?:[a-z'-]+\s+){0,4}?(?:beer|lager|ale|stout|soda|cola|coke|pop|seltzer|tonic|"
        r"energy\s+drink|ginger\s+ale)\b)",
        " ",
    ),
    (r"\b(?:an?\s+|one\s+)?(?:sheet|pour)s?\s+of\b", " "),
    (r"\b(?:an?\s+|one\s+)?cans?\s+of\b", " canned "),
    (r"\bregular\s+and\s+decaf\s+blended\b", " "),
    (r"\bnatty\s+boh(?:[- ]style)?\b", " "),
    (r"\btoasted\s+rye\b(?!\s+(?:bread|crackers?|crispbread|wafers?))", " rye bread toasted "),
    (r"^(?=.{0,60}\bfrozen\b)(.{0,60}?)\bin\s+sugar\b", r"\1 sweetened "),
    (r"\bwith\s+(?:its|the|their)\s+liquids?\b", " solid "),
    (r"\bskin\s+left\s+on\s+the\s+plate\b", " skinoff "),
    (
        r"\b(?:bbq|barbecue)\s+corn\s+chips\b|\bcorn\s+chips,?\s+(?:bbq|barbecue)\b",
        " corn based extruded chips barbecue flavor ",
    ),
    (
        r"\bfat[- ]free\s+(?:frank(?:furter)?s?|hot\s*dogs?|wieners?)\b",
        " frankfurter beef pork and turkey fat free ",
    ),
    (r"(?<!glaceau )\bvitamin\s*water\b", " glaceau vitamin water "),
    # ... and its diary lines: lite beer is light beer; a fresh mozzarella ball mozzarella; a
    # double shot of espresso espresso; McDonald's chips its fries; purple cabbage red
    # cabbage; beans "drained and rinsed" drained canned beans (SR28 rinses only kidney and
    # pinto beans, chickpeas, corn and peas); caramelised onions sauteed onions; a UK
    # chocolate chip biscuit the cookie; a dark chocolate of 70 to 85 % cacao SR28's "70-85%
    # cacao solids"; spring water bottled water, not one brand's.
    (r"\blite\s+(?=beers?\b)", " light "),
    (r"\bmozzarella\s+balls?\b", " mozzarella "),
    (r"\b(?:double|single|triple)\s+shots?\b", " "),
    (r"\bmc\s*donald'?s\s+chips\b", " mcdonalds french fries "),
    (r"\bpurple\s+cabbage\b", " red cabbage "),
    (
        r"^(?!.{0,80}\b(?:kidney|corn|peas?|pinto|chickpeas?|garbanzos?)\b)(.{0,80}?)"
        r"\b(?:drained\s+(?:and|&)\s+)?rinsed\b",
        r"\1 drained ",
    ),
    (r"\bcarameli[sz]ed\s+(?=(?:[a-z]+\s+){0,2}?onions?\b)", " sauteed "),
    (r"\bchocolate\s+chip\s+biscuits?\b", " chocolate chip cookies "),
    (
        r"\bdark\s+chocolate(?:\s+bar)?,?\s*(?:7\d|8[0-5])\s*%(?:\s*(?:cacao|cocoa))?",
        " chocolate dark 70-85% cacao solids ",
    ),
    (r"(?<!\bin )(?<!glacial natural )\bspring\s+water\b", " water bottled "),
    # Tracker and menu words of fresh22 and menus_fresh21 (tuned on from stop 39): how a food
    # was served or where ("lukewarm", "poured in a glass", "by spoon", "a snack bag", "from
    # the corner store", "from Chinatown", a grad party's cake, a pizza's corner square, a
    # fun-size pack, a trailing "two pastries", a chuckwagon's cobbler, Powerade's "mountain
    # berry blast", a bumpy cake), a sheet cake a cake, an ice cream sandwich bar the
    # sandwich, fruit punch "with added vitamin C" the drink with added nutrients,
    # "caffeinated" FNDDS's "caffeine containing"; a jar's sauce or salsa USDA's "ready-to-serve";
    # lasagne lasagna, guac guacamole, crab sticks imitation crab, a beefsteak tomato a
    # tomato, jack cheese Monterey Jack, lite soy sauce the reduced-sodium one, 100 % pure
    # pumpkin the canned one, extra dark chocolate SR28's 70-85 % cacao; a hoagie a sub, a
    # gyro wrap the gyro sandwich; paczki custard-filled doughnuts, a Coney Island dog a
    # chili hot dog, chili fries fries with chili, a Boston cooler an ice cream soda,
    # caramel corn the caramel-coated popcorn, Vernors ginger ale, a churro "with cinnamon
    # sugar" a churro, sausage gravy over a biscuit FNDDS's biscuit with gravy, a deli's sub
    # a sub, pasta "home cooked" home-made (dried beans "home cooked" cooked).
    (
        r"\blukewarm\b|\bpoured\s+(?:in(?:to)?\s+a\s+glass|over\s+ice)\b|"
        r"\bby\s+(?:the\s+)?spoon(?:ful)?\b|\bsnack\s+bag\b|"
        r"\bfrom\s+(?:the\s+)?(?:corner\s+store|chinatown|gas\s+station)\b|"
        r"\bgrad(?:uation)?[- ]party\b|,\s*corner\s+(?:square|piece)\b|"
        r"\b(?:an?\s+)?fun[- ]size\s+(?:pack|bag)\s+of\b",
        " ",
    ),
    (r"\bsheet\s+(?=cakes?\b)", " "),
    # Menu words of menus_fresh22 (tuned on from stop 40): where a food was served (a buffet,
    # the PX, a chow or dining-facility line, a pastry table), "a small glass", "one
    # individual" pie, cheese "piled on top", a salad "undressed" (FNDDS's salad without
    # dressing, as "no dressing" is).
    (
        r"\bbuffet\b|\bfrom\s+the\s+px\b|\bfrom\s+the\s+(?:chow|dining\s+facility|lunch|"
        r"cafeteria)\s+line\b|\bfrom\s+the\s+pastry\s+table\b|"
        r"\ba\s+(?:small\s+|large\s+|tall\s+)?glass\b(?!\s+of\b)|"
        r"\bone\s+individual\b|\bpiled\s+on\s+top\b|\bundressed\b",
        " ",
    ),
    # Menu words of menus_fresh23 (tuned on from stop 41): where a food came from (the bar
    # jar, the cookie table, the deli counter, a drive-in, a food court, a cookout, a brewery
    # or cookie shop), fries "piled inside the sandwich", a sauce "smothered on top", a rub,
    # and what a food goes on, over, under or into ("on the sandwich", "over the steak"),
    # except a name's own ("on the cob", "on the go", "on the half shell", "On The Border").
    # ("Stirred into" is read earlier, as "made with".)
    (
        r"\bout\s+of\s+the\s+(?:bar\s+)?jar\b|\bfrom\s+the\s+(?:cookie\s+table|deli\s+counter)\b|"
        r"\bfrom\s+the\s+(?:drive[- ]in|food\s+court)\b|\bdrive[- ]in\b|\bfood\s+court\b|"
        r"\bfor\s+the\s+cookout\b|\bcookout\b|"
        r"\bfrom\s+an?\s+(?:[a-z]+\s+){0,2}?(?:brewery|cookie\s+shop)\b|"
        r"\bpiled\s+(?:inside|in|into)\s+the\s+sandwich\b|\bsmothered\s+on\s+top\b|"
        r"\bwith\s+(?:a\s+)?(?:barbecue|bbq|dry)\s+rub\b",
        " ",
    ),
    (
        "|".join(
            rf"\b{word}\s+the\s+"
            r"(?!(?:go|cob|border|half|grill|fire|campfire|stove|stovetop|bone|vine|rocks|side)\b)"
            r"[a-z]+(?:\s+[a-z]+)?(?=\s*(?:,|$))"
            for word in ("on", "over", "under", "for", "inside", "into", "onto")
        ),
        " ",
    ),
    (r"\bwith\s+a\s+(?:squeeze|wedge|slice|twist)\s+of\s+(?:lime|lemon)\b", " "),
    # Menu words of menus_fresh24 (tuned on from stop 42): where a food was bought (a street
    # stand or cart, a roadside stand, a bodega, a pizzeria, a chocolatier, the
    # takeout bag, the team mom, the party, the shower, "in Brussels") says nothing of it, nor
    # do "leftover", "a swirl of", "to cut the sweetness", the punch a sherbet floats in or
    # the 18-inch pie a slice came from. Whipped cream from a can is the pressurized topping;
    # frites cut from fresh potatoes are FNDDS's fries from fresh, fried; speculoos are
    # gingersnaps; domestic rabbit SR28's domesticated rabbit; cheddar cheese soup SR28's
    # cheese soup; beans heated in their liquid are canned solids and liquids; Country
    # Captain and curried chicken are chicken curry; a light-and-sweet coffee FNDDS's
    # "pre-lightened and pre-sweetened with sugar"; a black-and-white cookie a butter or sugar
    # cookie with chocolate icing; a bacon and egg on a bagel FNDDS's egg sandwich on a bagel
    # with bacon; a Chick-fil-A chicken biscuit FNDDS's fast-food chicken fillet biscuit;
    # fried breaded cheese (smazeny syr) a restaurant's fried mozzarella sticks; a kolache a
    # Danish pastry; hazelnut or Belgian pralines chocolate candy with nuts.
    (
        r"(?<!\s)\s+(?:from|at|in)\s+(?:the|an?|my)\s+(?:[a-z'-]+\s+){0,2}?(?:cart|stand|bodega|"
        r"pizzeria|chocolatier|bag|mom|shower|party|truck|vendor|dairy(?:\s+bar)?|"
        r"convenience\s+store|gas\s+station|plastic\s+cup)(?:\s+in\s+[a-z]+)?"
        r"\s*(?=,|\)|$)",
        " ",
    ),
    (
        r"\bstreet[- ]cart\b|\bleftover\b|\ban?\s+swirl\s+of\b|"
        r"(?<!\s)\s+to\s+cut\s+the\s+(?:sweetness|richness|heat)(?:\s+of\s+[a-z ]+?)?"
        r"(?=\s*(?:,|$))|"
        r"(?<!\s)\s+floating\s+in\s+the\s+(?:[a-z]+\s+)?punch\b|"
        r"(?<!\s)\s+from\s+an?\s+(?:\d+[- ]?inch\s+)?(?:pie|pizza)\s*(?=,|$)|"
        r"\bnew\s+york(?:[- ]style)?\s+(?=(?:[a-z]+\s+){0,2}pizza\b)",
        " ",
    ),
    (
        r"\bwhipped\s+cream\s+(?:from\s+(?:an?|the)\s+can|canned)\b|\bcanned\s+whipped\s+cream\b",
        " whipped cream topping pressurized ",
    ),
    (r"\b(?:belgian\s+)?frites\b", " french fries "),
    (r"\bcut\s+from\s+fresh\s+potato(?:es)?\s+and\s+fried\b", " from fresh fried "),
    (r"\bspeculoos(?:[- ]style)?\s+(?=(?:gingersnaps?|ginger\s+snaps?)\b)", " "),
    (r"\bspeculoos\b(?:\s+cookies?|\s+biscuits?)?", " cookies gingersnaps "),
    (r"\bdomestic\s+rabbit\b", " rabbit domesticated "),
    (r"\bcheddar\s+cheese\s+soup\b", " soup cheese "),
    (r"\b(?:heated\s+)?in\s+(?:their|its)\s+(?:own\s+)?liquids?\b", " solids and liquids "),
    (r"\bcountry\s+captain\b(?:\s*\([^)]*\))?|\bcurried\s+chicken\b", " chicken curry "),
    (
        r"\blight[- ]and[- ]sweet\s+(?:[a-z]+\s+)?coffee\b",
        " coffee pre-lightened and pre-sweetened with sugar ",
    ),
    (
        r"\bblack[- ]and[- ]white\s+cookies?\b",
        " cookie butter or sugar with chocolate icing or filling ",
    ),
    (
        r"\bbacon\s+(?:and|&)\s+egg\s+on\s+an?\s+(?:toasted\s+)?bagel\b",
        " egg sandwich on bagel with bacon ",
    ),
    (
        r"\bchick[- ]?fil[- ]?a\s+chicken\s+biscuits?\b",
        " chicken fillet biscuit from fast food ",
    ),
    (
        r"\b(?:fried\s+breaded|breaded\s+(?:and\s+)?fried)\s+cheese\b|\bsmazeny\s+syr\b",
        " restaurant fried mozzarella sticks ",
    ),
    (r"\bkolach(?:e|es|ky|ki)\b", " danish pastry "),
    (
        r"\bdanish\s+pastry\s+with\s+(?:an?\s+)?(?:walnut|almond|pecan|hazelnut|nut)\s+filling\b",
        " danish pastry nut ",
    ),
    (r"\b(?:hazelnut|belgian)\s+pralines?\b", " chocolate candy with nuts "),
    # Menu words of menus_fresh25 and names of fresh26 (tuned on from stop 43): where a food
    # was bought or eaten (the co-op dairy, a dairy bar, a convenience store and a plastic cup
    # join the place rule above; "eaten in the infield", "served in bed", "Iowa-grown") says
    # nothing of it, nor does the drink a
    # sweetener went into ("sugar in the chai") or a "pour", "dab" or "jug" of it; a chicken
    # chain is fast food and takeaway wings a restaurant's. Old-fashioned oatmeal is oatmeal;
    # a crisp apple or lettuce is the raw one; a vegetable "buttered" after its name is
    # FNDDS's "cooked with butter"; a chocolate-iced doughnut has chocolate icing; unglazed
    # is plain; a diet Coke is a diet cola; a drink sweetened with Splenda or stevia is
    # FNDDS's "pre-sweetened with low calorie sweetener"; Labatt is beer, Malta a malt
    # beverage, an orange Fanta an orange soda, bourbon whiskey; a brat bun a hot dog roll;
    # an elephant ear funnel cake; braai grilled; pilau rice white rice; a canned soup
    # "diluted" is prepared with equal volume water; iodized salt table salt; a Williams pear
    # a Bartlett; wild rocket arugula; aerosol whipped cream the pressurized topping; agave
    # named alone FNDDS's agave liquid sweetener; full-fat sour cream the regular one; a
    # (Maid-Rite) loose-meat sandwich a hamburger; beef on weck a roast beef sandwich;
    # pouring cream FNDDS's cream not said to be light or heavy; a garden tomato, a
    # cup-and-char pepperoni, a corner restaurant, a tall glass, "nothing on it" say nothing
    # more of the food. Victoria sponge and melktert stay unmatched: earlier sets label them
    # not in the database.
    (
        r"(?<!\s)\s+(?:eaten|served|enjoyed)\s+(?:in|at|on)\s+"
        r"(?!(?:the\s+|an?\s+|my\s+)?(?:[a-z'-]+\s+){0,2}?(?:buns?|rolls?|toast|bread|bagels?|"
        r"rice|noodles|pasta|tortillas?|biscuits?|croissants?|pitas?|waffles?|pancakes?|cones?|"
        r"shells?|wraps?|lettuce|salad|greens|crackers?|chips|restaurants?)\b|(?:an?\s+)?bed\s+of\b)"
        r"(?:the\s+|an?\s+|my\s+)?(?:[a-z'-]+\s+){0,2}?[a-z'-]+\s*(?=,|\)|$)|"
        r"\bconvenience[- ]store\b|\b[a-z]+-grown\b|\bstiff\b|"
        r"\ban?\s+(?:pour|dab|jug)\s+of\b|,\s*neat\s*$",
        " ",
    ),
    (
        r"\b(sugar|honey|cream|milk|creamer|sweetener)\s+(?:in|for)\s+(?:the|my)\s+"
        r"(?!raw\b)[a-z]+(?:\s+[a-z]+)?\s*$",
        r" \1 ",
    ),
    (r"\bfrom\s+an?\s+(?:fried\s+)?chicken\s+chain\b", " fast food "),
    (
        r"\bcorner\s+(?=(?:[a-z]+\s+)?(?:restaurant|store|shop|deli|bakery|cafe|market)\b)|"
        r"\bcup[- ]and[- ]char\b|\b(?:ripe\s+)?garden\s+(?=tomato)|\bscotcheroos?(?:[- ]style)?\b",
        " ",
    ),
    (
        r"\b(?:maid[- ]rite(?:[- ]style)?\s+)?loose[- ]meat\s+sandwich(?:es)?\b|"
        r"\bmaid[- ]rites?\b",
        " hamburger ",
    ),
    (r"\bpouring\s+cream\b", " cream ns as to light heavy or half and half "),
    (r"\bbeef\s+on\s+(?:a\s+)?weck\b(?:\s*\([^()]*\))?", " roast beef sandwich plain "),
    (r"\btall\s+(?=(?:glass|mug|cup|can|bottle)\b)", " "),
    (r"(\bwings?\b[^()]{0,30}?)\btake-?away\b", r"\1 restaurant "),
    (r"\bold[- ]fashioned\s+(?=oatmeal\b)", " "),
    (r"\bcrisp\s+(?=(?:apples?|lettuce|celery)\b)", " "),
    (
        r"\b((?:sweet\s+)?corn(?:\s+sweet)?|peas|carrots|green\s+beans|broccoli|spinach)"
        r"(?:\s+on\s+the\s+cob)?\s*,\s*buttered\b",
        r" \1 cooked addedfat withfat fatbutter ",
    ),
    (r"\b(chocolate|vanilla|maple)[- ]iced\b", r" \1 icing "),
    (r"\bunglazed\b", " plain "),
    (r"\bcaffeine[- ]free\s+diet\s+(?:coke|cola|pepsi)\b", " soft drink cola decaffeinated diet "),
    (r"\bdiet\s+(?:coke|pepsi|cola)\b", " soft drink cola diet "),
    (r",?\s*nothing\s+on\s+it\b", " plain "),
    (
        r"\b(?:sweetened|made)\s+with\s+(?:splenda|sucralose|stevia|truvia|equal|aspartame|"
        r"sweet'?n\s+low)\b",
        " pre-sweetened with low calorie sweetener ",
    ),
    (r"\blabatt(?:\s+blue)?\b", " beer "),
    (r"\bmalta\b", " malt beverage "),
    (r"\borange\s+fanta\b|\bfanta(?:\s+orange)?\b", " carbonated beverage orange "),
    (r"\bbourbon\b(?!\s+(?:chicken|glaze|sauce|biscuits?|cream))", " whiskey "),
    (r"\bbrat(?:wurst)?\s+buns?\b", " roll hot dog bun "),
    (r"\belephant\s+ears?\b", " funnel cake with sugar "),
    (r"\bbraai(?:ed)?\b", " grilled "),
    (r"\bpilau\s+rice\b|\bpilau\b", " white rice "),
    (
        r"(?<=\bsoup)(\s*,?\s*(?:can(?:ned)?|tin(?:ned)?))?\s*,?\s+diluted\b|"
        r"\bdiluted\s+(?=(?:[a-z]+\s+){0,3}?soup\b)",
        r"\1 madeup ",
    ),
    (r"\biodi[sz]ed\s+salt\b|\bsalt\s*,?\s*iodi[sz]ed\b", " salt table "),
    (r"\bwilliams?\s+pears?\b", " pears bartlett "),
    (r"\bwild\s+rocket\b", " arugula "),
    (r"\bwhipped\s+cream\s*,?\s*aerosol(?:\s+can)?\b", " whipped cream topping pressurized "),
    (
        r"\bagave\s+(?:nectar|syrup)\b|"
        r"\bagave\b(?!\s*,?\s*(?:raw|cooked|dried|plant|leaves)\b)(?!\s+(?:liquid|sweetener))",
        " agave liquid sweetener ",
    ),
    (r"(?<=sour\scream)\s*,?\s+full[- ]fat\b", " regular "),
    # A strawberry or pineapple soda is FNDDS's fruit-flavoured soft drink ("Soft drink, fruit
    # flavored, caffeine free"), not the fruit; a peppermint mocha is a cafe mocha.
    (
        r"\b(?:red\s+)?(?:strawberry|pineapple|peach|watermelon|fruit)\s+sodas?\b",
        " soft drink fruit flavored caffeine free ",
    ),
    (r"\bpeppermint\s+mochas?\b", " coffee cafe mocha "),
    (r"\biron\s+city\s+light\b", " light beer "),
    (r"\biron\s+city\b", " beer "),
    (r"\b(?:peach|cherry|raspberry|blackberry|fig|plum)\s+preserves\b", " jams and preserves "),
    (
        r",\s*(?:one|two|three|four|five|six)\s+(?:pastr(?:y|ies)|pieces|slices|bars|cookies)\b|"
        r"\bmountain\s+berry\s+blast\b|\bchuckwagon\b|\bbumpy\s+(?=cake\b)",
        " ",
    ),
    (r"\bsandwich\s+bars?\b", " sandwich "),
    (r"(?<=punch)\s+with\s+added\s+vitamin\s+c\b", " drink with added nutrients "),
    (r"\bcaffeinated\b", " caffeine containing "),
    # An instant cereal "prepared (microwaved or boiling water added)" is made up either way.
    (r"\((?:boiling water added or microwaved|microwaved or boiling water added)\)", " "),
    (
        r"\b(?:from\s+)?(?:an?\s+|the\s+)?jar(?:red)?\s+(?=(?:[a-z]+\s+){0,2}?(?:sauce|marinara|"
        r"salsa|pesto)\b)|(?<=sauce|salsa)\s+from\s+(?:a|the)\s+jar\b",
        " ready to serve ",
    ),
    (r"\blasagne\b", " lasagna "),
    (r"\bguac\b", " guacamole "),
    (r"\bcrab\s+sticks?\b", " crab imitation surimi "),
    (r"\bbeefsteak\s+(?=tomato(?:es)?\b)", " red ripe "),
    (r"(?<!colby )(?<!pepper )(?<!monterey )(?<!monterrey )\bjack\s+cheese\b", " cheese monterey "),
    (r"\blite\s+(?=soy\s+sauce\b)", " low sodium "),
    (r"\b(?:100\s*%\s+)?pure\s+pumpkin\b(?!\s+(?:seeds?|pie|spice))", " pumpkin canned "),
    (r"\bextra\s+dark\s+chocolate\b", " chocolate dark 70-85% cacao solids "),
    (r"\bhoagies?\b(?!\s+(?:rolls?|buns?))", " sub sandwich "),
    (r"\bgyros?\s+(?:wraps?|pitas?)\b", " gyro sandwich "),
    (r"\bpaczki\b", " doughnut "),
    (r"\bconey(?:\s+island)?\s+(?:hot\s*)?dogs?\b", " chili hot dog sandwich "),
    (r"\bchil(?:i|li)\s+fries\b", " french fries with chili "),
    (
        r"\bboston\s+cooler\b(?:\s*\(\s*ginger\s+ale\s+float\s*\))?",
        " ice cream soda flavors other than chocolate ",
    ),
    (r"\bcaramel\s+corn\b", " popcorn caramel coated "),
    (r"\bvernors?(?:[- ]style)?\s+(?:ginger\s+)?(?:soda|ale|pop)\b", " ginger ale "),
    (r"(?<=churro|hurros)\s+(?:with|in)\s+cinnamon[- ]sugar\b", " "),
    (
        r"\bsausage\s+gravy\s+(?:over|on)\s+(?:an?\s+)?biscuits?\b|"
        r"\bbiscuits?\s+(?:and|&|with)\s+sausage\s+gravy\b",
        " biscuit with gravy ",
    ),
    (r"\bdeli\s+(?=(?:[a-z]+\s+)?sub\s+sandwich\b)", " "),
    (r"\bhome[- ]cooked\b(?=.{0,40}\bdried\b)", " cooked "),
    (r"\bhome[- ]cooked\b", " homemade "),
    # Tracker words of fresh16: a spinach's (or rocket's) "salad leaves" are the leaves;
    # mayonnaise "for sandwiches" is mayonnaise; a bottled sauce or dressing is USDA's
    # "ready-to-serve"; Thompson seedless grapes are SR28's raw grapes "such as Thompson
    # seedless" (its canned ones say so in their description).
    (r"\b(spinach|rocket|arugula|kale|watercress)\s+salad\s+leaves\b", r" \1 "),
    (r"\b(mayonnaise|mayo|mustard)\s+for\s+(?:the\s+)?sandwich(?:es)?\b", r" \1 "),
    (
        r"\bbottled\s+(?=(?:[a-z]+\s+){0,3}?(?:sauce|dressing|salsa|marinade)\b)",
        " ready to serve ",
    ),
    (r"\bthompson\s+seedless\s+(?=grapes?\b)", " "),
    (r"\bcage[- ]free\b|\bfree[- ]range\b(?=\s+(?:[a-z]+\s+)?eggs?\b)", " "),
    # A size before "white" or "brown" eggs is of eggs with that shell, not egg whites.
    (
        r"\b(small|medium|large|extra[- ]large|xl|jumbo)\s+(?:white|brown)\s+(?=eggs?\b)"
        r"(?!eggs?\s+whites?\b)",
        r" \1 ",
    ),
    (r"\bbaked\s+beans\s+in\s+tomato\s+sauce\b", " baked beans canned plain meatfree "),
    (r"\b(?:large\s+or\s+small|small|large)\s+curd\b", " "),
    # ... and the words around what people logged: where and when ("from the fridge", "before
    # bed", "on a cold day", "through the morning"; water "from the sink" is tap water; a sub
    # "from the sub shop" a restaurant's), a variety or look that USDA does not tell apart
    # (heirloom tomatoes, curly kale, tri-colour quinoa, closed cup mushrooms are white ones),
    # sheet-pan (roasted) and chargrilled (grilled) cooking, a bloomer (a loaf), a
    # microwave rice pouch, a runny yolk; ridged chips are ruffled, stackable ones USDA's
    # restructured chips, a jacket sweet potato baked in its skin; a coffee pod makes brewed
    # coffee, an oat drink is oat milk and a conserve jam.
    (
        r"(?<!\s)\s+(?:from\s+the\s+(?:fridge|freezer)|before\s+bed(?:time)?|on\s+a\s+(?:cold|hot|"
        r"rainy|busy)\s+day|for\s+the\s+kids(?:\s+and\s+me)?|through(?:out)?\s+the\s+(?:morning|"
        r"day|afternoon|evening)|on\s+the\s+drive\s+(?:to\s+work|home|in)|on\s+their\s+own|"
        r"(?:this|in\s+the)\s+(?:morning|afternoon|evening)|watching\s+(?:the\s+)?(?:football|"
        r"game|match|tv|telly|movie|film)|(?:from|in|on)\s+(?:the|a)\s+cast[- ]iron"
        r"(?:\s+(?:skillet|pan|pot))?|(?:over|by|on)\s+the\s+campfire|from\s+the\s+(?:lake|river|creek|hotel|"
        r"buffet|cocktail\s+hour|reception)(?:\s+(?:bakery|buffet|bar))?|for\s+the\s+burns\s+"
        r"(?:supper|night|toast|bread\s+toasted)|with\s+the\s+(?:toasts?|bread\s+toasted)|in\s+a\s+sippy\s+cup)\b",
        " ",
    ),
    (r"(?<!\s)\s+from\s+the\s+(?:sink|tap)\b", " tap "),
    (r"\b(?:heirloom|curly|tri[- ]?colou?r(?:ed)?|washed|fresh\s+british|runny\s+yolks?)\b", " "),
    (r"\bclosed\s+cup\s+(?=mushrooms?\b)", " white "),
    (r"\bsheet[- ]pan\b", " roasted "),
    (r"\bchar-?grilled\b", " grilled "),
    (r"\bbloomer\b", " bread "),
    (
        r"\bmicrowave(?:able)?\s+(?=(?:[a-z]+\s+){0,2}rice\b)|(?<=rice)\s+pouch\b|"
        r",\s*microwave\s+pouch\b",
        " ",
    ),
    (r"\bridged\b", " ruffled "),
    (r"\bstackable\b", " restructured "),
    (r"\bsweet\s+potato(?:es)?,\s*jacket\b", " sweet potato baked skinon "),
    # Amounts at the end that name a part of a container or its size ("Half Tin", of a
    # canned food, "5 oz glass", "330ml Can"); "original taste", "deveined", "local" and a
    # cheese's "block" say nothing of the food; 0 % (Greek yogurt, "0% fat") is nonfat.
    (
        r"^(?!.{0,200}?\b(?:canned|tinned)\b)(.{0,200}?)(?<=[\s,])(?:half|quarter|\d\s*/\s*\d)\s+"
        r"(?:an?\s+)?(?:tins?|cans?)\s*$",
        r"\1 canned ",
    ),
    (r"(?<=[\s,])(?:half|quarter|\d\s*/\s*\d)\s+(?:an?\s+)?(?:tins?|cans?)\s*$", " "),
    (
        r"(?<=[\s,])(?:half|quarter|\d\s*/\s*\d)\s+(?:an?\s+)?(?:pouch(?:es)?|packets?|packs?|"
        r"bags?|box(?:es)?|tubs?|jars?|punnets?|bottles?)\s*$",
        " ",
    ),
    (
        r"(?<=[\s,])\d{1,4}(?:\.\d{1,2})?\s*(?:fl\.?\s*)?(?:oz|ml)\s+(?:glass|can|bottle|cup|"
        r"mug)\s*$",
        " ",
    ),
    (
        r"\boriginal\s+taste\b|\bdeveined\b|\blocal\b|(?<=cheese)\s+blocks?\b",
        " ",
    ),
    (r"\b(juice|water|dry)\s+(?:glass|mug)\s*$", r" \1 "),
    (r"(?<![\d.])0\s?%(?:\s+fat)?(?!\s*(?:lean|milk))", " nonfat "),
    (r"\bcoffee\s+pods?\b", " coffee brewed "),
    (r"\b(?:barista\s+)?oat\s+drink\b", " oat milk "),
    (r"\bconserves?\b", " jam "),
    # Dishes of fresh15: pasta with marinara is FNDDS's pasta with tomato-based sauce; a
    # cheese toastie a grilled cheese sandwich, a Reuben on rye a Reuben sandwich, California
    # rolls FNDDS's California sushi roll, arroz con frijoles beans and white rice, a bowl of
    # red chili; a vegetable or beef ramen bowl FNDDS's; GoGo SqueeZ is unsweetened
    # applesauce.
    (
        r"\b(?:pasta|spaghetti|penne|linguine|noodles)\s+(?:with|in|and)\s+(?:marinara|"
        r"tomato)\s+sauce\b|\b(?:pasta|spaghetti|penne|linguine|noodles)\s+(?:with|in|and)\s+"
        r"marinara\b",
        " pasta with tomato based sauce ",
    ),
    (r"\bcheese\s+toasties?\b", " grilled cheese sandwich "),
    (r"\breuben(?:\s+sandwich)?\s+on\s+rye\b", " reuben sandwich "),
    (r"\bcalifornia\s+rolls?\b", " sushi roll california "),
    (r"\barroz\s+con\s+frijoles\b", " beans and white rice "),
    (r"\bbowl\s+of\s+red\b", " chili with meat "),
    (r"\b(?:vegetable|veggie|vegetarian)\s+ramen\s+bowl\b", " ramen bowl vegetarian "),
    (r"\b(beef|chicken|pork|shrimp)\s+ramen\s+bowl\b", r" ramen bowl with \1 "),
    (r"\bgo\s?go\s+squeez\b(?:\s*-)?(?:\s+apple)*", " applesauce unsweetened "),
    # Dishes by the names people use: taco meat is FNDDS's seasoned ground beef, Mexican
    # style; A1 is a steak sauce; vodka sauce the one with tomatoes and cream; garlic knots
    # garlic rolls; jalapeno poppers stuffed jalapenos; McDonald's nuggets McNuggets; a
    # cheese calzone is meatless; a frosted sugar cookie (or a Jammie Dodger) is a butter or
    # sugar cookie with icing or filling; California blend is broccoli, cauliflower and
    # carrots; fajita vegetables are peppers and onions cooked with fat; Miracle Whip a
    # mayonnaise-type dressing; a tuna melt a tuna salad sandwich with cheese; a coney dog a
    # chili dog; plain SpaghettiOs the original ones; crispy bacon is
    # cooked; natural almonds, and brown eggs, the usual ones.
    (
        r"(?<!turkey )(?<!chicken )\b(?:seasoned\s+)?taco\s+meat\b",
        " stewed seasoned ground beef mexican style ",
    ),
    (r"\ba\.?\s?1\b(?:\s+steak)?\s+sauce\b", " steak sauce "),
    (r"\bvodka\s+sauce\b(?!\s+with)", " vodka sauce with tomatoes and cream "),
    (r"\bgarlic\s+knots?\b", " roll garlic "),
    (r"\bjalapeno\s+poppers?\b", " stuffed jalapeno pepper "),
    (r"\b(mcdonald'?s?)\s+(?:chicken\s+)?nuggets\b", r" \1 chicken mcnuggets "),
    (r"\bcheese\s+calzones?\b", " calzone with cheese meatless "),
    (
        r"\b(?:frosted|iced)\s+sugar\s+cookies?\b(?!\s+toaster)|\bjammie\s+dodgers?\b",
        " cookie butter or sugar with icing or filling other than chocolate ",
    ),
    (
        r"\bcalifornia\s+blend(?:\s+(?:vegetables|veggies|veg))?\b",
        " broccoli cauliflower and carrots ",
    ),
    (
        r"\bfajita\s+(?:veggies|vegetables|veg|peppers(?:\s+(?:and|&)\s+onions)?)\b",
        " peppers and onions cooked addedfat withfat ",
    ),
    (
        r"(?<=salad)\s+(?:made\s+with\s+|with\s+)?miracle\s+whip\b",
        " made with mayonnaise-type salad dressing ",
    ),
    (r"\btuna\s+melts?\b", " tuna salad sandwich with cheese "),
    (r"\bconey\s+(?=(?:hot\s*)?dogs?\b)", " chili "),
    (r"^\s*spaghettios\s*$", " spaghettios original "),
    (r"\bcrispy\s+(?:fried\s+|fryed\s+)?bacon\b", " bacon cooked "),
    (r"\b(bacon\b[^(),]{0,30}?(?:,[^(),]{0,30}?){0,2}),?\s*crispy\b(?!\s+[a-z])", r"\1 cooked "),
    (r"\bnatural\s+(?=almonds?\b)|\bbrown\s+(?=eggs?\b)", " "),
    # Menu and tracker words of fresh11 and menus_fresh10 (tuned on from stop 28) for foods
    # USDA names otherwise: Tang is the orange breakfast-drink powder; jamun the Java plum;
    # bullock's heart the custard apple; ladies' fingers okra; waffle fries SR28's cross-cut
    # fries; UK thick flank the tip round, a fillet of beef the tenderloin; a Danish a Danish
    # pastry; cognac and armagnac brandy; red grapes USDA does not name (Malbec, Tempranillo,
    # Chianti, Shiraz as Syrah) red table wine; Manzanilla olives green olives; gambas shrimp
    # and "a la plancha" grilled; haricots verts green beans; crustless "without crusts";
    # mollejas sweetbreads, which SR28 calls thymus; pan frances a French roll; ensalada rusa
    # potato salad with egg; batata sweet potato; added vitamin C SR28's added ascorbic acid, a
    # variant.
    (r"\btang\b", " orange flavor drink breakfast type "),
    (r"\bjamuns?\b", " java plum "),
    (r"\bbullock'?s[- ]?hearts?\b", " custard apple "),
    (r"\bladies'? ?fingers?\b", " okra "),
    (r"\bwaffle(?:[- ]cut)? (?:fries|chips|potatoes)\b", " french fries cross cut "),
    (r"\bthick flank(?: of beef)?\b", " beef round tip round "),
    (r"\bfillet of beef\b|\bbeef fillet\b", " beef tenderloin "),
    (
        r"(?<!\()\bdanish\b(?!,? (?:pastry|pastries|domestic|wedding|cabbage|blue))",
        " danish pastry ",
    ),
    (r"\b(?:cognac|armagnac)\b", " brandy "),
    (
        r"\b(?:malbec|tempranillo|rioja|chianti|montepulciano|nebbiolo|grenache|garnacha|"
        r"primitivo|carmenere|bordeaux|beaujolais|valpolicella)\b",
        " red wine ",
    ),
    (r"\bshiraz\b", " syrah "),
    # Sherry is a fortified (SR28 "dessert") wine: fino, manzanilla and amontillado are dry,
    # cream and oloroso sweet.
    (r"\b(?:fino|manzanilla|amontillado|dry) sherry\b", " wine dessert dry "),
    (r"\b(?:cream|sweet|oloroso|pedro ximenez) sherry\b", " wine dessert sweet "),
    (r"\bsherry\b(?! vinegar)", " wine dessert "),
    # Marcona almonds are a kind of almond; juniper ash is the ash of Navajo blue corn mush;
    # a drizzle of oil at the end of a name is how it was served.
    (r"\bmarcona\b", " "),
    (r"\bjuniper ash\b", " ash "),
    (r"(?<!\s)\s+drizzle\s*$", " "),
    (r"\bmanzanilla olives?\b", " olives green "),
    (r"\bgambas?\b", " shrimp "),
    (r"\ba la plancha\b", " grilled "),
    (r"\bharicots? verts?\b", " snap beans green "),
    (r"\bcrustless\b", " without crusts "),
    (r"\bmollejas?\b", " sweetbreads "),
    (r"\bsweetbreads?\b", " thymus sweetbread "),
    (r"\bpan franc[ae]i?s[ea]?\b", " french roll "),
    (r"\bensalada rusa\b", " potato salad with egg "),
    (r"\bbatatas?\b", " sweet potato "),
    (r"\bwithout added (?:vitamin c|ascorbic acid)\b", " "),
    (
        r"\b(?:with )?added (?:vitamin c|ascorbic acid)\b|\b(?:vitamin c|ascorbic acid) added\b",
        " vitaminc ",
    ),
    (r"\b(?:copita|snifter|tumbler|pint glass)s?(?: of)?\b", " "),
    (
        r"\b(?:stirred|mixed|whisked|blended) into (?:my |the )?(?:coffee|tea|oatmeal|porridge)\b",
        " ",
    ),
    (r"\bmeasured (?:dry|raw|uncooked)\b", " dry "),
    # A place named in two words is one word of :data:`PLACES` ("Rhode Island johnnycake").
    (
        r"\b(rhode|new|north|south|west|east|central|latin|middle|southeast|sri|costa|deep|"
        r"pacific) (island|jersey|mexico|hampshire|carolina|dakota|virginia|northwest|eastern|"
        r"american|african|asian|lankan|rican|orleans)\b",
        r" \1\2 ",
    ),
    # A head of a vegetable is the vegetable ("cabbage green head", "a head of lettuce").
    (r"\b(?:an? )?heads? of (?=(?:\w+ )?(?:cabbage|lettuce|cauliflower|broccoli|garlic)\b)", " "),
    (r"\b(cabbage|lettuce|cauliflower|broccoli|garlic)\b([\w ]{0,12}?)\s+heads?\b", r" \1\2 "),
    # A food heated in the microwave is USDA's "..., microwave (includes buttermilk)".
    (r",\s*microwave\b(?=\s*(?:\(|$))", ", microwaved "),
    # Battered and fried is how a menu says USDA's "fried, batter".
    (r"\bfried(\s+addedfat)?\s*,\s*batter\b", r" fried\1, battered "),
    # Strong coffee or tea is the usual one, brewed stronger ("strong" is no cereal's).
    (r"\bstrong (?=(?:black |drip |filter |brewed )?(?:coffee|tea)\b)", " "),
    # Words of a menu that say where or when a food was had, or what it came in, not which
    # food it is: "a handful of", "a bag of", "on the bike", "for the pho", "drive-through".
    (r"\b(?:an? )?handfuls? of\b", " "),
    # A bottle of water is bottled water, not tap water.
    (
        r"\b(?:an? |one |two |three |\d{1,2} )?(?:small |large )?bottles? of "
        r"(?=(?:still |spring |mineral |plain |cold )?water\b)",
        " bottled ",
    ),
    # The size of the can or bottle a drink came in ("a 12-oz can of Bud Light", "cream soda
    # from a 12-oz can"), and a spoon or scoop of a food ("a tablespoon of honey").
    (
        r"\b(?:(?:an?|one|from an?) )?\d+(?:\.\d+)?[- ]?(?:fl\.? ?)?(?:oz|ounces?|ml|l|liters?|"
        r"litres?)\.?[- ](?:cans?|bottles?|cartons?|glass(?:es)?|cups?|bags?|box(?:es)?|jars?|"
        r"pouch(?:es)?)(?: of\b)?|\b(?:an?|one) \d+(?:\.\d+)?[- ](?:fl\.? ?)?(?:oz|ounces?|ml)\b",
        " ",
    ),
    (r"\b(?:an? |one )?cups? of\b(?!\s+noodles)", " "),
    (
        r"\b(?:an? |one )?(?:small |large |big |snack[- ]size )?(?:bag|packet|pack|box|bottle|"
        r"carton|jar|tub|bowl|plate|glass|mug|pouch|sachet|tube|bar|square|measure|shot|crock|"
        r"basket|pint|flute)"
        r"(?:es|s)? of\b",
        " ",
    ),
    # Tea named alone is black tea, as brewed in the US and the UK (SR28's "Beverages, tea,
    # black, brewed, prepared with tap water"), not the green tea whose description is shorter.
    (r"^\s*(?:brewed\s+)?tea(?:\s*,?\s*brewed)?\s*,?\s*$", " black tea "),
    (
        r"\b(?:an? |one )?(?:heaping |level |rounded )?(?:tablespoon|teaspoon|tbsp|tsp|spoon|"
        r"spoonful|scoop|dollop|dash|pinch|drizzle|splash|sprinkle|squirt)s? of\b",
        " ",
    ),
    (r"\bby the spoonful\b", " "),
    # When it was had ("Gatorade G2 during the morning row", "for the afternoon row").
    (
        r"\b(?:during|for|after|before) (?:the |my |an? )?(?:morning|afternoon|evening|"
        r"night|long|easy|hard)?[ -]?(?:row|run|ride|swim|workout|session|practice|game|gym|"
        r"match|race|hike|training)\b",
        " ",
    ),
    # ... or after which meal ("a spiked coffee after dinner"; "for breakfast" is a meal).
    (r"\b(?:after|before|with)\s+(?:breakfast|lunch|dinner|supper)\b", " "),
    # Wine named without its kind is SR28's "wine, table, all", not FNDDS's white wine.
    (r"^alcoholic beverage, wine, table, all\b|\btable wine\b", " wine "),
    (r"\b(wine|beer) glass\b", r" \1 "),
    (r"\bfried(\s+addedfat)?\s+in\s+batter\b", r" fried\1 battered "),
    (r"\bbatter[- ]+(?:dipped\b|(?=fried\b))", " battered "),
    (r"\bon the (?:bike|run|trail|road|go|side)\b", " "),
    # Iced tea that names no other tea is black tea, as most is ("Tea, iced, brewed, black").
    (
        r"^(?!.*\b(?:green|white|herbal|herb|oolong|matcha|chai|hibiscus|chamomile|mint|"
        r"rooibos|black)\b)(.*?)\biced tea\b",
        r"\1 iced tea black ",
    ),
    # The container a name ends in ("chocolate milk carton", "raisins small box"; a tub of
    # margarine is its kind).
    (r"\b(?:carton|bottle|box|jug|packet|pouch)s?\s*$", " "),
    (r"\bfor (?:the|my) [a-z]+$", " "),
    (r"\bdrive[- ]?(?:through|thru)\b", " fast foods "),
    # Blanched vegetables are briefly boiled (not "Nuts, almonds, blanched").
    (
        r"\bblanched\b(?=\W+(?:\w+\W+){0,2}(?:bok|pak|pakchoi|broccoli|green beans|spinach|kale|"
        r"asparagus|peas|cabbage|vegetables)\b)",
        " boiled ",
    ),
    # Words of a menu that say where or how a food was bought, cut or served, not which
    # food it is: "takeout", "skillet", "halved", "a drizzle of", "for the pan".
    (r"\btake-?out\b|\btake-?away\b|\bskillet\b|\bhalved\b|\bquartered\b", " "),
    # A jar's sauce or gravy is USDA's "ready-to-serve".
    (r"\bjarred\b", " ready to serve "),
    (r"\b(?:a )?(?:drizzle|splash|dash|pinch|knob|dollop|sprinkle) of\b", " "),
    (r"\bfor (?:the )?(?:pan|frying|greasing)\b", " "),
    # Drip coffee is brewed coffee, which USDA's "coffee" is; a cottage cheese of 4 % milkfat
    # is the creamed one.
    (r"\bdrip\b", " "),
    (
        r"\bcottage cheese,? 4 ?(?:%|percent\b)|\b4 ?(?:%|percent) cottage cheese\b",
        " cottage cheese creamed ",
    ),
    # Words that say how a food is sold or used, not which it is: "spaghetti noodles",
    # "bacon strips", "a white sandwich loaf", "bananas for smoothies".
    (r"\b(spaghetti|linguine|fettuccine|penne|macaroni|lasagna) noodles\b", r" \1 "),
    (r"\b(bacon|jerky) (?:strips?|rashers?|slices?)\b", r" \1 "),
    (r"\bsandwich (?:loaf|bread)\b", " bread "),
    (
        r"\b(white|brown|wholemeal|wholegrain wheat|whole ?wheat|granary|seeded)"
        r" (?:slices?|loaf)\b",
        r" \1 bread ",
    ),
    (r"\bfor (?:smoothies?|baking|cooking)\b", " "),
    (r"\bsoft (?=(?:dinner |white )?rolls?\b)", " "),
    (r"\bfrom scratch\b", " homemade "),
    (r"\bboiled from dr(?:y|ied)\b", " boiled "),
    # A tin or can in a name, not an amount ("diced tomatoes tin"; not "1 can", "12 oz can",
    # "a can of cola"), says the food is canned.
    (
        r"(?<!\d)(?<!\d )(?<!\boz )(?<!\bml )(?<!\bone )(?<!\ba )(?<!\bhalf )(?<!\bper )"
        r"\b(?:tin|can)\b(?! of\b)(?!\s*\d)",
        " canned ",
    ),
    (r"\bpeppercorns?\b", " pepper "),
    (r"\brocket\b", " arugula "),
    (r"\bmince(?:d)? (beef|pork|lamb|turkey|chicken)\b", r" ground \1 "),
    (r"\b(beef|pork|lamb|turkey|chicken) mince\b", r" ground \1 "),
    (r"\bmince\b", " ground beef "),
    # Minced meat is ground (above); minced garlic, onion or ginger is the fresh one cut
    # small, never the dried powder ("Spices, garlic powder").
    (r"\bminced (?=meat\b)", " ground "),
    (r"\b(ham|beef|pork|lamb|veal|turkey|chicken),?\s+minced\b", r" \1, ground "),
    (r"\bjacket potato(?:es)?\b", " potato baked "),
    (r"\bcrisps\b", " potato chips "),
    # The milk a dairy food is made from, named in its details, is its fat level, not another
    # food ("Yogurt, plain, skim milk"; "Yogurt, nonfat milk, plain"; "Cheese, mozzarella,
    # part skim milk"). Milk itself is untouched ("Milk, nonfat"; "nonfat milk").
    (
        r",\s*((?:part[- ])?skim|nonfat|non[- ]fat|fat[- ]free|whole|low[- ]?fat|reduced[- ]fat"
        r"|\d%) milk\b|\(\s*((?:part[- ])?skim|nonfat|non[- ]fat|fat[- ]free|whole|low[- ]?fat"
        r"|reduced[- ]fat|\d%) milk\s*\)",
        r", \1\2",
    ),
    (r"\b(\d(?:\.\d+)?)\s*percent\b", r" \1% "),
    (r"\b([5-9]\d)\s+lean\b", r" \1% lean "),
    (
        r"\b0(?:\.0)?\s*%(?:\s*fat)?(?=.{0,40}?\b(?:yogh?urt|milk|cottage|quark|fromage)\b)",
        " nonfat ",
    ),
    (r"\bfull[- ]fat\b(?=.{0,40}?\bcottage\b)", " creamed "),
    (r"(?<=\bcottage cheese),? full[- ]fat\b", ", creamed "),
    (r"^(?=.{0,80}?\byogh?urt\b)(.*?)\bfull[- ]fat\b", r"\1 whole milk "),
    (r"\bsemi[- ]skimmed\b", " 2% "),
    # Part-skim is its own fat level, not skim: "fat free mozzarella" is no part-skim one.
    (r"\bpart[- ]skim(?:med)?\b", " partskim "),
    (r"\bskimmed\b", " nonfat "),
    (r"\bskim\b", " nonfat "),
    (r"\bfat[- ]free\b", " nonfat "),
    (r"\bnon[- ]fat\b", " nonfat "),
    (r"\blow[- ]fat\b", " lowfat "),
    (r"\bsultanas?\b", " raisins "),
    (r"\bbeetroots?\b", " beets "),
    (r"\bswede\b", " rutabaga "),
    # British broad beans are the green beans (SR28's "Broadbeans, immature seeds"), unless
    # the name says they were dried or canned.
    (r"\b(dried|dry|canned|tinned|mature) broad beans?\b", r" \1 fava beans "),
    (
        r"\bbroad beans?\b(?!.{0,40}?\b(?:dried|dry|mature|canned|tinned)\b)",
        " fava beans immature ",
    ),
    (r"\bbroad beans?\b", " fava beans "),
    # SR28's "Broadbeans (fava beans), mature seeds" are FNDDS's "Fava beans".
    (r"\bbroadbeans? \(fava beans?\)", " fava beans "),
    (r"\bbroadbeans?\b", " fava beans "),
    # More everyday and British words for what USDA names otherwise.
    (r"\bfull[- ](?:fat|cream) milk\b", " whole milk "),
    (r"\bstill water\b", " bottled water "),
    (r"\bic(?:e|ed) water\b", " tap water "),
    # Filter coffee is brewed coffee: the word "brewed" is dropped above from every name and
    # description, since it is coffee's and tea's usual form.
    (r"\bfilter(?:ed)? coffee\b", " coffee "),
    (r"\b(?:houmous|hoummos|houmos|humous|hommus|hummous)\b", " hummus "),
    (r"\brunner beans?\b", " snap beans green "),
    (r"\bwax beans?\b", " yellow snap beans "),
    (r"\b(shortbread|digestive) biscuits?\b", r" \1 cookies "),
    (r"\bcrunchy (?=peanut ?butter\b|(?:almond|nut) butter\b)", " chunkstyle "),
    (r"\bhemp hearts?\b", " hemp seed hulled "),
    # Pasta shapes USDA never names are pasta: one dough, whatever its shape (SR28 20125
    # lists spaghetti, penne, macaroni, rotini, farfalle, shells and lasagna as its common
    # names).
    (
        r"\b(?:fusilli|rigatoni|linguine|linguini|ziti|orzo|tagliatelle|pappardelle|bucatini|"
        r"cavatappi|orecchiette|gemelli|tortiglioni)\b",
        " pasta ",
    ),
    (r"\barils?\b", " "),  # pomegranate seeds, the part eaten
    (r"\bcurly endive\b", " endive "),
    # Varieties and sources USDA does not tell apart, named as people buy them: the food is
    # the plain one. Honey by its flowers; olive oil by its grade; a cheddar by its age (USDA
    # has "sharp", which stays); apples that SR28 has no entry for (it has Fuji, Gala, Golden
    # and Red Delicious and Granny Smith); tomatoes sold on the vine; garden peas are green
    # peas; little gem is a small cos (romaine) lettuce.
    (
        r"\b(?:clover|wildflower|manuka|orange blossom|acacia|runny|set) honey\b"
        r"|\bhoney,\s*(?:clover|wildflower|manuka|orange blossom|acacia|runny|set)\b",
        " honey ",
    ),
    (r"\b(?:extra[- ])?virgin (?=olive oil\b)", " "),
    (r"\b(?:extra |very )?(?:mature|mild|vintage|aged|strong) (?=(?:white |red )?cheddar\b)", " "),
    (
        r"\b(?:braeburn|honeycrisp|pink lady|jazz|cox(?:'?s)?(?: orange pippin)?|jonagold|"
        r"mcintosh|envy|ambrosia|cosmic crisp|empire|cortland|kanzi|smitten|stayman|winesap|"
        r"northern spy|rome|baldwin|macoun|opal|pazazz|snapdragon)\s+(?=apples?\b)",
        " ",
    ),
    (
        r"\b(apples?),\s*(?:braeburn|honeycrisp|pink lady|jazz|cox(?:'?s)?(?: orange pippin)?|"
        r"jonagold|mcintosh|envy|ambrosia|cosmic crisp|empire|cortland|kanzi|smitten)\b",
        r" \1 ",
    ),
    (r"\bvine[- ]?(?:ripened |ripe )?(?=tomato)", " "),
    (r"\b(tomato(?:es)?) on the vine\b", r" \1 "),
    (r"\bgarden peas\b", " green peas "),
    (r"\b(?:little|baby) gem(?: lettuces?)?\b", " romaine lettuce "),
    # Hass is the avocado of SR28's "Avocados, raw, California"; golden kiwifruit is its
    # "Kiwifruit, ZESPRI SunGold, raw".
    (r"\bhass avocados?\b|\bavocados?,\s*hass\b", " avocados california "),
    (r"\bgold(?:en)?\s+(?=kiwi)", " sungold "),
    # USDA has one molasses; blackstrap, the last boiling, is not analysed apart.
    (r"\bblackstrap molasses\b", " molasses "),
    # Popcorn made on the stove is popped in oil.
    (r"\bstove[- ]?top (?=popcorn\b)", " oil popped "),
    (r"\bsprouted[- ]grains?\b", " sprouted wheat "),
    (r"\bsandwich bread\b", " bread "),
    # Seltzer is carbonated water ("Water, carbonated, plain"); a hard seltzer is a drink of
    # alcohol.
    (r"(?<!hard )\bseltzer(?: water)?\b", " water carbonated "),
    # Sweet (ripe) plantains are the yellow ones.
    (r"\bsweet plantains?\b|\bripe plantains?\b", " plantains yellow "),
    # A coffee drink named without "coffee" is FNDDS's "Coffee, Latte", "Coffee, cafe con
    # leche", ...
    (
        r"^(?!.*\b(?:coffee|tea|chai|matcha)\b)(.*?)\b(latte|cappuccino|macchiato|"
        r"cafe con leche|cafe mocha|cafe au lait|americano)\b",
        r"\1 coffee, \2",
    ),
    (r"^(?!.*\bsalsa\b)(.*?)\bpico de gallo\b", r"\1 salsa, pico de gallo"),
    (r"\bwhole[- ]milk\s+(ricotta|mozzarella)\b", r" \1, whole, "),
    (r"\b([12])% cottage cheese\b", r" cottage cheese, lowfat, \1% milkfat, "),
    # Spaghetti named alone is the pasta: SR28's "Spaghetti, ..." are its spinach and
    # protein-fortified kinds.
    (r"\b(?:white|plain)\s+(?=spaghetti\b|macaroni\b)", " "),
    (
        r"^(\s*(?:(?:dry|dried|uncooked|cooked|boiled|plain)\s+)*)(?:spaghetti|macaroni)"
        r"(?=(?:\s+(?:dry|dried|uncooked|raw|cooked|boiled|plain|enriched|nosaltadded))*"
        r"\s*(?:[,(]|$))"
        r"(?!.*\b(?:spinach|protein|squash|sauce|meat|meatballs?|tomato|cheese)\b)",
        r"\1pasta",
    ),
    # A name's spinach "leaves" are the plant as bought: USDA's only spinach that says "leaf"
    # is a frozen cut ("Spinach, frozen, chopped or leaf, unprepared": 346 mg potassium per
    # 100 g against 558 mg raw).
    (r"\bspinach\s+lea(?:f|ves)\b", " spinach "),
    # Everyday words for foods USDA names otherwise.
    (r"\bevoo\b", " olive oil "),
    (r"\bcoca[- ]?cola\b", " cola "),
    (r"\b(?:drip|filter|pour[- ]over) coffee\b", " coffee "),
    (r"\b(?:an? |double |single )?espresso shots?\b|\bshots? of espresso\b", " coffee espresso "),
    (r"\bapple sauce\b", " applesauce "),
    (
        r"\bjuice of (?:an? |one |half an? |1/2 (?:an? )?)?(lemon|lime|orange)s?\b",
        r" \1 juice raw ",
    ),
    (r"\b(flour|corn|wholemeal|whole wheat|plain|white|tortilla) wraps?\b", r" \1 tortilla "),
    # A loaf is bread, but for meat loaf and the sweet loaves ("malt loaf", "banana loaf").
    (
        r"^(?!.{0,120}?\b(?:meat|malt|fruit|banana|nut|cake|tea|date|walnut|lemon)\b)(.*?)\bloaf\b",
        r"\1 bread ",
    ),
    (
        r"\bcold[- ]pressed (?=(?:rapeseed|canola|olive|coconut|sunflower|avocado|peanut) oil\b)",
        " ",
    ),
    (r"\bbutton mushrooms?\b", " mushrooms white "),
    (
        r"\b(cauliflower|broccoli|lettuce|cabbage|garlic) heads?\b"
        r"|\bheads? of (cauliflower|broccoli|lettuce|cabbage|garlic)\b",
        r" \1\2 ",
    ),
    # A drumstick named alone is a chicken's (SR28's "Drumstick leaves" and "pods" are the
    # moringa tree's).
    (
        r"^(?!.{0,120}?\b(?:chicken|turkey|duck|hen|leaves?|pods?)\b)(.*?)\bdrumsticks?\b",
        r"\1 chicken drumstick ",
    ),
    # UK milk by the colour of its cap: blue whole, green semi-skimmed, red skimmed.
    (r"\bblue[- ](?:top|cap)(?:ped)?\b", " whole "),
    (r"\bgreen[- ](?:top|cap)(?:ped)?\b", " 2% "),
    (r"\bred[- ](?:top|cap)(?:ped)?\b", " nonfat "),
    # A cacao share names USDA's dark chocolate by its range.
    (r"(?<![-\d])(?<!- )\b(?:4[5-9]|5\d)\s*%(?=.{0,40}?\bchocolate\b)", " 45 59% cacao "),
    (r"(?<![-\d])(?<!- )\b6\d\s*%(?=.{0,40}?\bchocolate\b)", " 60 69% cacao "),
    (r"(?<![-\d])(?<!- )\b(?:7\d|8[0-5])\s*%(?=.{0,40}?\bchocolate\b)", " 70 85% cacao "),
    # Mash is mashed potato.
    (r"\bmash(?=\s+potato)", " mashed "),
    (r"\bmash\b(?!\s+potato)(?!ed)", " mashed potatoes "),
    (r"\btartare sauce\b", " tartar sauce "),
    (r"\bround lettuce\b", " butterhead lettuce "),
    (r"\bkippers?\b", " kippered herring "),
    (r"\bcrusty (?:white )?rolls?\b", " white roll hard "),
    # British oven chips are frozen french fries heated in the oven.
    (r"\boven chips\b", " french fries frozen oven heated "),
    # Sugar named alone is white granulated sugar ("Sugars, granulated"), not brown.
    (_PLAIN_SUGAR, "sugars, granulated"),
    # New potatoes are young potatoes, which USDA does not tell apart.
    (r"\bnew potato(?:es)?\b", " potatoes "),
    # Mushrooms cooked, of no kind, are the white ones (not SR28's shiitake, whose
    # description is shortest).
    (
        r"^(?!.{0,80}\b(?:shiitake|portab\w*|oyster|enoki|chanterelle|morel|maitake|straw|"
        r"brown|cremini|crimini|chestnut|button|white|wood|canned|dried|asian|cream|soup|gravy|"
        r"sauce|sandwich)\b)(?=.{0,80}\bcooked\b)(.{0,80}?)\bmushrooms?\b",
        r"\1 mushrooms white ",
    ),
    # Halibut is the Atlantic and Pacific fish; Greenland halibut (Greenland turbot) is
    # another, which a name must call so (FNDDS's "Fish, halibut" says neither).
    (r"\bgreenland turbot\b", " greenland halibut "),
    (
        r"(?<!greenland )(?<!fish, )\bhalibut\b(?!.{0,60}\b(?:greenland|alaska|native)\b)",
        " halibut atlantic pacific ",
    ),
    # Canned sweet potato named no other way is the plain pieces: SR28's vacuum pack (FNDDS's
    # "canned, no added fat" has its values), not the mashed or syrup-packed ones.
    (
        r"^\s*(?:canned,? sweet potato(?:es)?|sweet potato(?:es)?,? canned)[\s,]*$",
        " sweet potato canned vacuum pack ",
    ),
    # USDA has red potatoes only baked: boiled red potatoes are boiled potatoes.
    (r"\bred (?=potato\w{0,3}\b.{0,60}\bboiled\b)|\b(boiled,? )red (?=potato)", r" \1 "),
    (r"\bconcord grapes?\b", " grapes american type slip skin "),
    (r"\bmung bean sprouts\b", " mung beans sprouted "),
    (r"\blambs? lettuce\b|\bmache\b", " cornsalad "),
    (r"\bsour dough\b", " sourdough "),
    (r"\ball[- ]bran\b", " allbran "),
    (r"\bbread sticks?\b", " breadsticks "),
    (r"\bcrispy? breadsticks?\b", " breadsticks hard "),
    # Frozen fruit thawed is the frozen fruit.
    (r"\bthawed\b", " "),
    (r"\bdouble cream\b", " heavy cream "),
    (r"\bsingle cream\b", " light cream "),
    (r"\bpeanut butter\b", " peanutbutter "),
    (r"\bpb\b", " peanutbutter "),
    (r"\boj\b", " orange juice "),
    (r"\bbrazil ?nuts?\b", " brazilnuts "),
    (r"\bmac(?:aroni)? (?:and|n|&) cheese\b", " macaroni and cheese "),
    (r"\bhash ?browns?\b", " hashbrown "),
    (r"\b(?:hen'?s? )?eggs? whites?\b", " egg white "),
    (r"\bdark chocolate\b", " chocolate dark "),
    # Bone broth is what USDA calls a stock: bones simmered in water.
    (r"\bbone broth\b", " stock "),
    (r"\bsports? drinks?\b", " sport drink "),
    # A soft drink is soda, not a drink made of something ("Fruit drink").
    (r"\bsoft drinks?\b", " softdrink "),
    # So is a soda on its own (US), but not club soda, baking soda, soda bread or crackers.
    (
        r"(?<!club )(?<!baking )(?<!cream )(?<!irish )(?<!oyster, )\bsodas?\b"
        r"(?! water| bread| cracker| biscuit)",
        " softdrink ",
    ),
    (r"\bsoda water\b", " carbonated water "),
    (r"\bsparkling water\b", " carbonated water "),
    (r"\btap water\b", " water tap "),
    # What a food is without is not a word of it ("Pizza, no cheese" is no cheese pizza), but
    # a variant of the food (:func:`is_variant`).
    (r"\b(?:no|without) (?!added\b)([a-z]+)", r" without\1 "),
    (r"\b(sugar|caffeine|lactose)[- ]free\b", r" without\1 "),
    # FNDDS's "Tomatoes as ingredient in omelet" and "Topping from cheese pizza" are part of
    # a dish, neither the food nor the dish.
    (r"\bas ingredient in\b[^,;()]*", " asingredient "),
    (r"^topping from\b", " asingredient topping "),
    # A roast of a raw food is the cut for roasting ("Beef, round, eye of round roast, ...,
    # raw"; "Pork, fresh, loin, blade (chops or roasts), ..., raw"), not the food roasted.
    (r"\broasts?\b(?=.{0,120}?\braw\b)", " "),
    # Ground coriander is the seed ("Spices, coriander seed"), not the leaf (cilantro).
    (r"\bground coriander\b|\bcoriander,? \(?ground\)?", " coriander seed "),
    (
        r"\bground (cumin|pepper|cinnamon|ginger|nutmeg|turmeric|coriander|cloves?|allspice|"
        r"cardamom|mace|flaxseeds?|flax seeds?)\b",
        r" \1 ",
    ),
    (
        r"\b(cumin|cinnamon|ginger|nutmeg|turmeric|coriander|cloves?|black pepper|allspice|"
        r"cardamom|mace|flaxseeds?|flax seeds?),? \(?ground\)?",
        r" \1 ",
    ),
)


def _hint(pattern: str) -> tuple[str, ...]:
    """Literals one of which every match of ``pattern`` contains (``("",)`` when there are
    none to be sure of): the phrase is only tried on texts that contain one."""
    found: list[str] = []
    for alternative in _alternatives(pattern):
        literal = _leading_literal(alternative)
        if literal is None:
            return _INNER_HINTS.get(pattern, ("",))
        found.extend(literal)
    return tuple(dict.fromkeys(found))


#: Literals one of which every match contains, read off by hand for the phrases whose
#: matches start with no literal (a class, a lookahead, a repeated group): without them each
#: would be tried on every text. A phrase not here is tried on every text.
_INNER_HINTS: dict[str, tuple[str, ...]] = {
    _PLAIN_SUGAR: ("sugar",),
    _AMOUNT_IN_UNITS: tuple("0123456789"),
    _COUNT_OPENING: tuple("0123456789"),
    _TRAILING_REPEAT: tuple("0123456789"),
    _TRAILING_SERVING: tuple("0123456789"),
    _TRAILING_COUNT: tuple("0123456789"),
    r"\s&\s*co\b\.?(?:\s*kg\b)?": ("&",),
    r"(?<=[a-z])['\u2019]s\b": ("'", "\u2019"),
    r"\b\d+ grams? protein per \d+ ounces?\b": (" protein per ",),
    r"\b(?:brewed, )?prepared with (?:tap |distilled |bottled )?water\b": ("prepared with ",),
    r"\b(?:with )?skin(?: eaten|[- ]on)\b|\bwith (?:the |its |their )?skins?\b"
    r"|\bunpeeled\b|\bin skin\b|\b(?:peel eaten|with peel)\b|"
    r"\bflesh and skin\b|\bmeat and skin\b|\bincludes skin\b": ("skin", "unpeeled", "peel"),
    r"^(?=.*\b(?:butter|margarine)\b)(.*?)\bsticks?\b": ("stick",),
    r"(^|,)\s*lean\s*(?=,|$)": ("lean",),
    _UNCUT_PORK_CHOP: ("pork chop",),
    r"\b(?:dry )?mix(?:, (?:incomplete|complete|regular|instant))?, prepared\b"
    r"|\b(?:prepared |made )?from (?:an? |the )?(?:(?:complete|incomplete|dry|instant|"
    r"box|boxed|packaged|baking) )*mix\b": ("mix",),
    r"\bhome[- ]?made\b|\bhome recipe\b|\bhome[- ]prepared\b|\b(?:prepared )?from recipe\b": (
        "home",
        "recipe",
    ),
    r"\b(?:crushed )?red pepper flakes\b|\bchil(?:i|li) flakes\b": ("flakes",),
    r",\s*((?:part[- ])?skim|nonfat|non[- ]fat|fat[- ]free|whole|low[- ]?fat|reduced[- ]fat"
    r"|\d%) milk\b|\(\s*((?:part[- ])?skim|nonfat|non[- ]fat|fat[- ]free|whole|low[- ]?fat"
    r"|reduced[- ]fat|\d%) milk\s*\)": (" milk",),
    r"\b(?:includes )?from (?:frozen )?concentrate\b"
    r"|\bprepared with (?:an )?equal volume (?:of )?water\b"
    r"|\b(?:condensed|concentrated?)\b(?=.{0,120}?\b(?:prepared|diluted|reconstituted)\b)": (
        "concentrate",
        "equal volume",
        "condensed",
    ),
    r"\byellow (?=(?:sweet ?)?corn\b)|(?<=\bsweet corn), yellow\b": ("yellow",),
    r"\bsnow ?peas?\b|\bmange ?tout\b|\b(?:sugar )?snap peas?\b|\bpeas, edible[- ]podded\b": (
        "snow",
        "mange",
        "snap",
        "edible",
    ),
    r"\b([5-9]\d)\s*/\s*([1-4]?\d)\b(?!\s*(?:inch|in\b|\"|oz))": ("/",),
    r"^(?=.*\b(?:chicken|turkey|hen|duck|poultry)\b)(.*?)\bpoached\b": ("poached",),
    r"\b(?:pepper)?mint tea\b|\brooibos(?: tea)?\b|\bfruit tea\b": (
        "mint tea",
        "rooibos",
        "fruit tea",
    ),
    r"\b(?:hen'?s? )?eggs? whites?\b": ("egg",),
}


def _alternatives(pattern: str) -> list[str]:
    """The top-level ``|`` alternatives of a pattern (escaped characters and character
    classes, such as ``\\(`` and ``[^)]``, open and close no group)."""
    out, depth, start, at, in_class = [], 0, 0, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += 2 if pattern[at + 1 : at + 2] == "^" else 1
            # A class's first character is itself, even "]" ("[]a]", "[^]a]").
            at += pattern[at : at + 1] == "]"
            continue
        else:
            depth += char == "("
            depth -= char == ")"
            if char == "|" and depth == 0:
                out.append(pattern[start:at])
                start = at + 1
        at += 1
    return [*out, pattern[start:]]


#: What may open a pattern without being part of every match's text: a word boundary, the
#: start, or a lookaround (its own parentheses balanced).
_OPENING = re.compile(r"\\b|\^|\(\?<?[=!](?:[^()]|\([^()]*\))*\)")


def _leading_literal(alternative: str) -> tuple[str, ...] | None:
    """Literals one of which starts every match of ``alternative`` (after its openings), or
    ``None``."""
    rest = alternative
    while (opening := _OPENING.match(rest)) is not None and opening.end():
        rest = rest[opening.end() :]
    literal = re.match(r"(?:[a-z0-9' &%-]|\\[(),.])+", rest)
    if literal is not None:
        written = literal.group(0)
        # A quantifier after the literal may make its last character optional.
        optional = rest[len(written) : len(written) + 1] in {"?", "*", "{"}
        text = re.sub(r"\\(.)", r"\1", written)
        text = text[:-1] if optional else text
        return (text,) if text.strip() else None
    group = re.match(r"\((?:\?:)?", rest)
    if group is None:
        return None
    depths = itertools.accumulate((c == "(") - (c == ")") for c in rest)
    at = next((k for k, depth in enumerate(depths) if depth == 0), len(rest) - 1)
    if rest[at + 1 : at + 2] in {"?", "*", "{"}:
        return None  # an optional group: what follows it is not sure either
    inner = rest[group.end() : at]
    found: list[str] = []
    for option in _alternatives(inner):
        literal_of = _leading_literal(option)
        if literal_of is None:
            return None
        found.extend(literal_of)
    return tuple(found)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@functools.cache
def _phrase_res() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """:data:`_PHRASES`, each with its :func:`_hint`. A phrase is compiled (:func:`_compiled`)
    only when a text first holds its hint: a command whose names never meet most phrases
    never compiles them (all of them take about 15 ms).

    Reading the hints off the patterns takes about 4 ms, so the first process to do it keeps
    them in the cache folder (:mod:`planner.fooddb.cache`, keyed on this code) for the next.
    """
    from planner.fooddb.cache import key_of, read_records, write_records

    key = key_of([b"phrase-hints"])
    kept = read_records("phrase-hints", key).get("phrases", {}).get("hints")
    if (
        isinstance(kept, list)
        and len(kept) == len(_PHRASES)
        and all(isinstance(h, list) and all(isinstance(t, str) for t in h) for h in kept)
    ):
        hints = [tuple(h) for h in kept]
    else:
        hints = [_hint(p) for p, _ in _PHRASES]
        write_records("phrase-hints", key, {"phrases": {"hints": [list(h) for h in hints]}})
    return tuple((p, r, h) for (p, r), h in zip(_PHRASES, hints, strict=True))


#: (A store brand's organic range is the brand's: "Great Value Organic".)
_GROCERY_ONLY = re.compile(r"\s*(?:(?:" + GROCERY_BRANDS + r")\b[\s,&-]*)+(?:organic\b\s*)?")
_DASH_ONLY = re.compile(DASH_BRANDS)
_ABSENT = re.compile(r"\b(?:" + ABSENT_FOODS + r")\b")
#: SR28 says "no sodium added" where others say "no salt added" ("Cheese, cottage, lowfat, 1%
#: milkfat, no sodium added": 13 mg sodium per 100 g against 406 mg of the usual one).
_UNSALTED = re.compile(
    r"\b(?:(?:without|w/o) (?:added )?salt|no[- ](?:added[- ])?(?:salt|sodium)(?:[- ]added)?|"
    r"unsalted|salt[- ]free|salt not added(?: in processing)?)\b"
)
_SALTED = re.compile(
    r"\b(?:with (?:added )?salt|(?:sea )?salted(?! tops?\b)|in brine|"
    r"salt added(?: in processing)?)\b"
)

#: Single words mapped to USDA's word (after making them singular).
_SYNONYMS = {
    "yoghurt": "yogurt",
    "chilli": "chili",
    "chile": "chili",
    "donut": "doughnut",
    "catsup": "ketchup",
    "steam": "steamed",
    "grill": "grilled",
    "hamburger": "burger",
    "mayo": "mayonnaise",
    "veggie": "vegetable",
    "hardboiled": "hard boiled",
    "filet": "fillet",
    "coke": "cola",
    "spud": "potato",
    "muskmelon": "cantaloupe",
    "rockmelon": "cantaloupe",
    "rapeseed": "canola",
    "decaf": "decaffeinated",
}

_SINGULAR_KEEP = frozenset(
    [
        "hummus",
        "couscous",
        "asparagus",
        "citrus",
        "molasses",
        "swiss",
        "grass",
        "glass",
        "bass",
        "series",
        "species",
    ]
)


#: Nouns whose singular ends in "ie" ("cookies" is "cookie", as FNDDS writes "Cookie, NFS",
#: not "cooky"; the words of ``data/foods.csv`` that USDA writes both ways).
_IE_NOUNS = frozenset({"cookie", "brownie", "smoothie", "calorie", "veggie", "hoagie"})


@dataclass(frozen=True)
class Words:
    """A food name in normal form.

    Attributes
    ----------
    head : tuple of str
        The words of the part that names the food (the first comma-separated segment, or the
        first two when the first is a category such as "Spices").
    rest : tuple of str
        The words of every other segment (varieties, preparations, forms).
    salt : {"", "salted", "unsalted"}
        What the name says about salt.
    combined : bool
        The food part joins two foods ("Whiskey and cola", "Black beans with meat").
    kind : tuple of str
        The words of the first detail segment that is not only a preparation or filler: the
        kind of the food in USDA's "Noun, kind" order ("loin" of "Pork, fresh, loin, whole";
        "cottage" of "Cheese, cottage, lowfat").
    """

    head: tuple[str, ...]
    rest: tuple[str, ...]
    salt: Salt
    combined: bool = False
    kind: tuple[str, ...] = ()

    @property
    def all(self) -> frozenset[str]:
        """Every word, head and rest."""
        return frozenset(self.head) | frozenset(self.rest)


def fold(text: str) -> str:
    """Lower case without accents ("Crème fraîche" -> "creme fraiche")."""
    text = str(text)
    if text.isascii():  # nothing to decompose: most names and every USDA description
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=4096)
def food_words(text: str) -> Words:
    """A food description or a name in normal form (see :class:`Words`).

    Kept for the last few thousand texts: matching a name reads it several times (for a
    brand, as a query, for foods that say it word for word), and :class:`Words` is frozen.
    """
    folded, salt = _salt_of(fold(text))
    phrases = _phrase_res()
    pending = _phrases_in(folded, after=-1)
    while pending:
        at = pending.pop(0)
        pattern, replacement, _ = phrases[at]
        changed = _compiled(pattern).sub(replacement, folded)
        if changed != folded:
            # The phrases after this one are tried on the text it leaves.
            folded = changed
            pending = _phrases_in(folded, after=at)
    return _segmented(folded, salt)


@functools.cache
def _hints_by_start() -> tuple[dict[str, tuple[tuple[str, int], ...]], tuple[tuple[str, int], ...]]:
    """Each hint of :func:`_phrase_res` with its phrase's position: those of two or more
    characters by their first two, the rest (one character or none: always tried) apart."""
    by_start: dict[str, list[tuple[str, int]]] = {}
    short: list[tuple[str, int]] = []
    for at, (_, _, hints) in enumerate(_phrase_res()):
        for hint in hints:
            if len(hint) < 2:
                short.append((hint, at))
            else:
                by_start.setdefault(hint[:2], []).append((hint, at))
    return {k: tuple(v) for k, v in by_start.items()}, tuple(short)


def _phrases_in(folded: str, *, after: int) -> list[int]:
    """Positions in :func:`_phrase_res`, in order and after ``after``, of the phrases one of
    whose hints ``folded`` holds: looked up by each two characters of the text, not tried
    phrase by phrase."""
    by_start, short = _hints_by_start()
    found = {at for hint, at in short if at > after and hint in folded}
    for start in range(len(folded) - 1):
        for hint, at in by_start.get(folded[start : start + 2], ()):
            if at > after and folded.startswith(hint, start):
                found.add(at)
    return sorted(found)


def salt_of(text: str) -> Salt:
    """What a name says about salt: :attr:`Words.salt` of :func:`food_words`."""
    return _salt_of(fold(text))[1]


def _salt_of(folded: str) -> tuple[str, Salt]:
    if _UNSALTED.search(folded):
        # Without added sodium is still a low-sodium variant that a plain name does not mean
        # (the usual cottage cheese is salted); so is a product sold with no salt added
        # ("Tomato sauce, canned, no salt added"), where "without salt" is how SR28 cooked a
        # food (:data:`VARIANTS`).
        return _UNSALTED.sub(_unsalted_word, folded), "unsalted"
    if _SALTED.search(folded):
        return _SALTED.sub(" ", folded), "salted"
    return folded, ""


def _unsalted_word(match: re.Match[str]) -> str:
    said = match[0]
    if "sodium" in said:
        return " sodium "
    return " nosaltadded " if said.startswith("no") or "not added" in said else " "


def _segmented(folded: str, salt: Salt) -> Words:
    # A parenthesis is an aside ("Coriander (cilantro) leaves"): its words are details, and
    # the words around it stay one segment.
    asides = _ASIDE.findall(folded)
    folded = _ASIDE.sub(" ", folded)
    pairs = [(s, words_of(s)) for s in [*re.split(r"[,;()/]| - ", folded), *asides]]
    segments = [s for s, t in pairs if t]
    tokenised = [t for _, t in pairs if t]
    if not tokenised:
        return Words((), (), salt)
    # A list of foods ("Mozzarella cheese, tomato, and basil, ...") is combined too.
    combined = bool(_COMBINED.search(segments[0])) or any(
        t[0] == "and" and len(t) > 1 for t in tokenised[2:]
    )
    if (
        " ".join(tokenised[0]) in CATEGORIES
        and len(tokenised) > 2
        and " ".join(tokenised[1]) in SUBCATEGORIES
    ):
        return Words(
            tuple(tokenised[2]),
            tuple(w for seg in [tokenised[0], tokenised[1], *tokenised[3:]] for w in seg),
            salt,
            bool(_COMBINED.search(segments[2])),
            _kind(tokenised[3:]),
        )
    if " ".join(tokenised[0]) in CATEGORIES and len(tokenised) > 1:
        # "Spices, pepper, black": the food is "pepper"; the category goes with the details.
        # A segment of filler only ("home recipe") does not name it: the next one does.
        at = next((k for k in range(1, len(tokenised)) if set(tokenised[k]) - FILLER - STATES), 1)
        return Words(
            tuple(tokenised[at]),
            tuple(w for seg in [tokenised[0], *tokenised[1:at], *tokenised[at + 1 :]] for w in seg),
            salt,
            bool(_COMBINED.search(segments[at])),
            _kind(tokenised[1:at] + tokenised[at + 1 :]),
        )
    return Words(
        tuple(tokenised[0]),
        tuple(w for seg in tokenised[1:] for w in seg),
        salt,
        combined,
        _kind(tokenised[1:]),
    )


def _kind(details: list[list[str]]) -> tuple[str, ...]:
    if any(segment[0] in {"with", "and"} and set(segment) - FILLER for segment in details):
        # "Beef, ground, with egg and onion"; "Liver, beef or calves, and onions": another
        # food is part of it, and the kind alone does not name it.
        return ()
    for at, segment in enumerate(details):
        said = [w for w in segment if w not in STATES and w not in FILLER]
        # A bird's or an animal's class ("Chicken, broilers or fryers, thigh"; "Lamb,
        # domestic, leg"; "Turkey, all classes, wing"), a squash's season ("Squash, winter,
        # spaghetti") or a bird's dark or light meat is no kind: the part after it is
        # ("..., dark meat, drumstick").
        meat_of = said in (["dark"], ["light"]) and "meat" in segment
        if said and not set(said) <= _CLASSES and not meat_of:
            # A cut and its form are one kind ("Beef, flank, steak": a flank steak).
            form = details[at + 1] if at + 1 < len(details) else []
            return tuple(segment) + (
                tuple(form) if len(form) == 1 and form[0] in _CUT_FORMS else ()
            )
    return ()


_CUT_FORMS = frozenset({"steak", "roast", "chop", "cutlet", "rib", "rack"})


_CLASSES = frozenset(
    {
        "broiler",
        "fryer",
        "domestic",
        "class",
        "roasting",
        "stewing",
        "capon",
        "young",
        "winter",
        "summer",
    }
)


def is_variant(word: str) -> bool:
    """Whether a word makes a food a variant of the common one (:data:`VARIANTS`, or what the
    food is without: "withoutcheese" of "Burrito, meat, no cheese")."""
    return word in VARIANTS or (word.startswith("without") and len(word) > len("without"))


def category_words(description: str) -> frozenset[str]:
    """The words of a description's first segment when it is a category ("Nuts" of "Nuts,
    almonds"; "Fish" of "Fish, salmon, Atlantic"), else none."""
    folded = fold(description)
    if "," not in folded:
        return frozenset()
    first = words_of(folded.split(",")[0])
    return frozenset(first) if " ".join(first) in CATEGORIES else frozenset()


def words_of(text: str) -> list[str]:
    """The singular, synonym-folded words of one segment of already folded text."""
    out: list[str] = []
    for word in _WORD.findall(text):
        mapped = _SYNONYMS.get(singular(word), singular(word))
        out.extend(mapped.split())
    return out


def singular(word: str) -> str:
    """A crude English singular: "potatoes" -> "potato", "berries" -> "berry"."""
    if word in _SINGULAR_KEEP or len(word) <= 3:
        return word
    if word.endswith("ies") and word[:-1] in _IE_NOUNS:
        return word[:-1]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("oes", "ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("ves") and word[:-3] in {"lea", "loa", "hal", "cal"}:
        return word[:-3] + "f"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
