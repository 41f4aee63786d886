"""Names, units and physical constants shared by every module.

Column names carry their unit (``sodium_mg``, ``water_g``); the unit in the name is the unit
system. They are defined here once and imported everywhere else.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # only annotations: `planner targets` never loads pandas
    import pandas as pd

POTASSIUM: Final = "potassium_mg"
MAGNESIUM: Final = "magnesium_mg"
CALCIUM: Final = "calcium_mg"
SODIUM: Final = "sodium_mg"
WATER: Final = "water_g"
ENERGY: Final = "energy_kcal"

#: The five quantities the planner checks against the Dietary Reference Intakes.
CHECKED: Final[tuple[str, ...]] = (POTASSIUM, MAGNESIUM, CALCIUM, SODIUM, WATER)

#: What a daily total reports: the checked nutrients plus energy.
TOTALLED: Final[tuple[str, ...]] = (*CHECKED, ENERGY)

#: Water content from which a food counts as watery [g / 100 g]: milk 88, orange juice 88,
#: watermelon 91, broth 96; rye bread (37) and canned tuna (70) do not.
WATERY_G_PER_100_G: Final = 80.0

#: Every per-100 g composition column of ``data/foods.csv``.
COMPOSITION: Final[tuple[str, ...]] = (
    *TOTALLED,
    "protein_g",
    "fat_g",
    "carbohydrate_g",
    "fiber_g",
    "sugars_g",
)

LABELS: Final[dict[str, str]] = {
    POTASSIUM: "Potassium",
    MAGNESIUM: "Magnesium",
    CALCIUM: "Calcium",
    SODIUM: "Sodium",
    WATER: "Water",
    ENERGY: "Energy",
}

UNITS: Final[dict[str, str]] = {
    POTASSIUM: "mg",
    MAGNESIUM: "mg",
    CALCIUM: "mg",
    SODIUM: "mg",
    WATER: "g",
    ENERGY: "kcal",
}

#: Conventional atomic weights [g/mol] (IUPAC), as tabulated in ``sweat_facts.md`` §1.
SODIUM_G_PER_MOL: Final = 22.99
POTASSIUM_G_PER_MOL: Final = 39.10
CALCIUM_G_PER_MOL: Final = 40.08
MAGNESIUM_G_PER_MOL: Final = 24.31

#: Exact avoirdupois definitions (international yard and pound agreement, 1959).
GRAMS_PER_OUNCE: Final = 28.349523125
GRAMS_PER_POUND: Final = 453.59237

#: US customary volumes [mL] (NIST Handbook 44, Appendix C).
ML_PER_US_FLUID_OUNCE: Final = 29.5735295625
ML_PER_US_CUP: Final = 8 * ML_PER_US_FLUID_OUNCE
ML_PER_TABLESPOON: Final = ML_PER_US_FLUID_OUNCE / 2
ML_PER_TEASPOON: Final = ML_PER_US_FLUID_OUNCE / 6


def na_k_molar_ratio(sodium_mg: float, potassium_mg: float) -> float | None:
    """Sodium-to-potassium molar ratio of an intake.

    Parameters
    ----------
    sodium_mg : float
        Sodium [mg].
    potassium_mg : float
        Potassium [mg].

    Returns
    -------
    float or None
        (Na mg / 22.99) / (K mg / 39.10) [mol/mol]; ``None`` when potassium is zero or either
        amount is not a number, since the ratio is then undefined.

    References
    ----------
    WHO (2012) *Guideline: Potassium intake for adults and children*: meeting the WHO sodium
    and potassium guidelines together gives a molar ratio of about 1 (``dri_notes.md`` §5.1).
    """
    if math.isnan(sodium_mg) or math.isnan(potassium_mg) or potassium_mg <= 0:
        return None
    return (sodium_mg / SODIUM_G_PER_MOL) / (potassium_mg / POTASSIUM_G_PER_MOL)


def na_k_ratios(sodium_mg: pd.Series, potassium_mg: pd.Series) -> pd.Series:
    """Vectorised :func:`na_k_molar_ratio`: NaN where K is 0 or unknown."""
    potassium = potassium_mg.where(potassium_mg > 0)
    return (sodium_mg / SODIUM_G_PER_MOL) / (potassium / POTASSIUM_G_PER_MOL)
