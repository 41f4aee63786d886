"""Sweat losses of a training session and how much fluid and sodium to replace.

References
----------
McDermott, B. P. et al. (2017) National Athletic Trainers' Association position statement:
fluid replacement for the physically active, *J Athl Train* 52:877-895 (NATA 2017).
Thomas, D. T., Erdman, K. A. and Burke, L. M. (2016) Position of the Academy of Nutrition and
Dietetics, Dietitians of Canada, and the American College of Sports Medicine: nutrition and
athletic performance, *Med Sci Sports Exerc* 48:543-568 (ACSM/AND/DC 2016).
Mosler, S. et al. (2020) Position of the German Nutrition Society: fluid replacement in
sports, *Dtsch Z Sportmed* 71:178-184 (DGE 2020).
Baker, L. B. et al. (2016) Normative data for regional sweat sodium concentration and
whole-body sweating rate in athletes, *J Sports Sci* 34:358-368.
Montain, S. J. et al. (2007) Sweat mineral-element responses during 7 h of exercise-heat
stress, *Int J Sport Nutr Exerc Metab* 17:574-582.
The figures are those collected in ``shared/reference/sweat_facts.md``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from planner.errors import PlannerError
from planner.fooddb.nutrients import (
    CALCIUM,
    GRAMS_PER_POUND,
    MAGNESIUM,
    ML_PER_US_FLUID_OUNCE,
    POTASSIUM,
    SODIUM,
    SODIUM_G_PER_MOL,
    WATER,
)
from planner.intake.targets import Target

MassUnit = Literal["kg", "lb"]
VolumeUnit = Literal["l", "ml", "fl oz"]

#: Sweat sodium presets [mmol/L] (``sweat_facts.md`` §3).
SWEAT_SODIUM_PRESETS: dict[str, float] = {
    # ACSM/AND/DC 2016: "≈50 mmol/L (~1 g/L)", the typical mean.
    "typical": 50.0,
    # Baker et al. 2016: predicted whole-body sweat sodium of 506 athletes, 35.9 ± 10.4.
    "athlete average": 35.9,
    # GSSI SSE #262 and NATA 2017: "salty sweaters" lose more than 60 mmol/L; the threshold
    # itself is used, so the loss shown is a lower bound for a salty sweater.
    "salty": 60.0,
}
#: Mean sweat concentrations of the other minerals [mg/L] (Montain et al. 2007).
SWEAT_MG_PER_L: dict[str, float] = {POTASSIUM: 222.0, CALCIUM: 16.0, MAGNESIUM: 1.265}

#: The minerals lost in sweat, in the order results list them.
LOSSES = (SODIUM, POTASSIUM, CALCIUM, MAGNESIUM)

#: Rehydrate with 125-150 % of the body-mass deficit (ACSM/AND/DC 2016; NATA 2017).
REHYDRATE_FRACTION = (1.25, 1.5)
#: Body-mass loss from which performance and health suffer [%] (every source in §4).
MASS_LOSS_FLAG_PCT = 2.0
#: DGE 2020: under a 5 % loss with no exercise in the next 24 h, meals and water suffice.
MEALS_SUFFICE_PCT = 5.0
#: Highest whole-body sweat rate measured among 506 athletes [L/h] (Baker et al. 2016).
MAX_SWEAT_RATE_L_PER_H = 5.73
#: Upper end of the adult sweat-rate range of NATA 2017 [L/h]; above it the result is
#: plausible but rare, so the weights are worth checking.
HIGH_SWEAT_RATE_L_PER_H = 4.0
#: Most fluid the schedule puts in one hour [L/h]: the top of the 0.4-0.8 L/h that ACSM 2007
#: (as cited by DGE 2020) calls optimal, and NATA 2017's "about 200 mL every 15-20 min".
#: A larger volume is spread over more hours, never drunk faster.
MAX_FLUID_L_PER_H = 0.8
#: A body-mass loss above this [%] is more than ordinary meals and drinks restore (DGE 2020:
#: under 5 %, normal meals with water suffice): the planner says to seek medical help.
SEEK_HELP_PCT = MEALS_SUFFICE_PCT
#: Length of one step of the rehydration schedule [h].
SCHEDULE_STEP_H = 0.5

OVERDRINKING_WARNING = (
    "You drank at least as much as you sweated. Do not drink extra fluid now; "
    "drinking beyond losses can dilute blood sodium (exercise-associated hyponatremia), which "
    "is dangerous. Drink to thirst and eat normally."
)


#: Kilograms in one unit of body mass (the avoirdupois pound, exact).
KG_PER_UNIT: dict[str, float] = {"kg": 1.0, "lb": GRAMS_PER_POUND / 1000.0}
#: Litres in one unit of fluid (the US fluid ounce, exact).
LITRES_PER_UNIT: dict[str, float] = {"l": 1.0, "ml": 1e-3, "fl oz": ML_PER_US_FLUID_OUNCE / 1000.0}


def convert_mass(value: float, source: str, target: str) -> float:
    """A body mass from one unit to another ("kg", "lb")."""
    return value * KG_PER_UNIT[source] / KG_PER_UNIT[target]


def convert_volume(value: float, source: str, target: str) -> float:
    """A fluid volume from one unit to another ("l", "ml", "fl oz")."""
    return value * LITRES_PER_UNIT[source] / LITRES_PER_UNIT[target]


@dataclass(frozen=True)
class Session:
    """One training session, in SI units.

    Parameters
    ----------
    mass_before_kg, mass_after_kg : float
        Body mass before and after, ideally nude and after voiding [kg].
    drank_l : float
        Fluid drunk during the session [L].
    hours : float
        Duration [h].
    urine_l : float
        Urine passed during the session [L].
    sweat_sodium_mmol_l : float
        Sweat sodium concentration [mmol/L]; a measured value or a preset.
    note : str
        Conditions, e.g. "hot, humid, 32 °C".
    """

    mass_before_kg: float
    mass_after_kg: float
    drank_l: float
    hours: float
    urine_l: float = 0.0
    sweat_sodium_mmol_l: float = SWEAT_SODIUM_PRESETS["typical"]
    note: str = ""

    def __post_init__(self) -> None:
        checks = {
            "mass before": self.mass_before_kg,
            "mass after": self.mass_after_kg,
            "duration": self.hours,
        }
        for name, value in checks.items():
            if not (math.isfinite(value) and value > 0):
                raise PlannerError(f"{name} must be a number above 0, not {value:g}")
        for name, value in {"fluid drunk": self.drank_l, "urine": self.urine_l}.items():
            if not (math.isfinite(value) and value >= 0):
                raise PlannerError(f"{name} must be a number of litres >= 0, not {value:g}")
        if self.hours > 24:
            raise PlannerError(f"a session of {self.hours:g} h is longer than a day")
        sodium = self.sweat_sodium_mmol_l
        # NATA 2017 gives 10-100 mmol/L; Baker 2016 measured up to 104.8 on the forearm.
        if not (math.isfinite(sodium) and 0 < sodium <= 200):
            raise PlannerError(
                f"sweat sodium must be between 0 and 200 mmol/L, not {sodium:g} "
                "(typical sweat has 10-100 mmol/L)"
            )


def session_from_units(
    *,
    before: float,
    after: float,
    drank: float,
    hours: float,
    urine: float = 0.0,
    mass_unit: MassUnit = "kg",
    volume_unit: VolumeUnit = "l",
    sweat_sodium_mmol_l: float | None = None,
    sweat_sodium_mg_l: float | None = None,
    preset: str | None = None,
    note: str = "",
) -> Session:
    """A :class:`Session` from body mass in kg or lb and fluids in L, mL or US fl oz.

    Sweat sodium is a measured concentration in mmol/L or mg/L (mg/L = mmol/L × 22.99), or
    a name of :data:`SWEAT_SODIUM_PRESETS`; the typical 50 mmol/L when none is given.
    """
    kg, litres = KG_PER_UNIT, LITRES_PER_UNIT
    if mass_unit not in kg:
        raise PlannerError(f"body mass unit must be kg or lb, not {mass_unit!r}")
    if volume_unit not in litres:
        raise PlannerError(f"fluid unit must be l, ml or fl oz, not {volume_unit!r}")
    given = [v is not None for v in (sweat_sodium_mmol_l, sweat_sodium_mg_l, preset)]
    if sum(given) > 1:
        raise PlannerError("give sweat sodium once: in mmol/L, in mg/L or as a preset")
    if preset is not None and preset not in SWEAT_SODIUM_PRESETS:
        raise PlannerError(
            f"unknown sweat sodium preset {preset!r}; expected one of "
            f"{', '.join(SWEAT_SODIUM_PRESETS)}"
        )
    sodium = (
        sweat_sodium_mmol_l
        if sweat_sodium_mmol_l is not None
        else sweat_sodium_mg_l / SODIUM_G_PER_MOL
        if sweat_sodium_mg_l is not None
        else SWEAT_SODIUM_PRESETS[preset or "typical"]
    )
    return Session(
        mass_before_kg=before * kg[mass_unit],
        mass_after_kg=after * kg[mass_unit],
        drank_l=drank * litres[volume_unit],
        hours=hours,
        urine_l=urine * litres[volume_unit],
        sweat_sodium_mmol_l=sodium,
        note=note,
    )


@dataclass(frozen=True)
class ScheduleStep:
    """What to drink in one half hour of the recovery [L, mg]."""

    start_h: float
    end_h: float
    fluid_l_min: float
    fluid_l_max: float
    sodium_mg: float


@dataclass(frozen=True)
class SweatResult:
    """The losses of a session and what to replace; see :func:`sweat_losses`."""

    session: Session
    sweat_loss_l: float
    sweat_rate_l_per_h: float
    body_mass_loss_pct: float
    losses_mg: dict[str, float]
    rehydrate_l: tuple[float, float]
    sodium_to_replace_mg: float
    schedule: list[ScheduleStep] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def overdrank(self) -> bool:
        """Whether fluid is already replaced: no extra fluid is advised."""
        return self.rehydrate_l[1] == 0.0

    def as_dict(self) -> dict[str, Any]:
        """The result as plain data, with the stable keys of ``planner sweat --json``."""
        s = self.session
        return {
            "session": {
                "mass_before_kg": s.mass_before_kg,
                "mass_after_kg": s.mass_after_kg,
                "drank_l": s.drank_l,
                "urine_l": s.urine_l,
                "hours": s.hours,
                "sweat_sodium_mmol_l": s.sweat_sodium_mmol_l,
                "note": s.note,
            },
            "sweat_loss_l": self.sweat_loss_l,
            "sweat_rate_l_per_h": self.sweat_rate_l_per_h,
            "body_mass_loss_pct": self.body_mass_loss_pct,
            "losses_mg": {name: self.losses_mg[name] for name in LOSSES},
            "rehydrate_l": {"min": self.rehydrate_l[0], "max": self.rehydrate_l[1]},
            "sodium_to_replace_mg": self.sodium_to_replace_mg,
            "schedule": [
                {
                    "start_h": step.start_h,
                    "end_h": step.end_h,
                    "fluid_l_min": step.fluid_l_min,
                    "fluid_l_max": step.fluid_l_max,
                    "sodium_mg": step.sodium_mg,
                }
                for step in self.schedule
            ],
            "warnings": list(self.warnings),
            "notes": list(self.notes),
        }


def sweat_losses(session: Session, *, recovery_hours: float = 2.0) -> SweatResult:
    """Sweat loss, sweat rate, electrolyte losses and the fluid and sodium to replace.

    Parameters
    ----------
    session : Session
        The measurements.
    recovery_hours : float
        Hours over which to spread the rehydration [h]; NATA 2017 advises refuelling within
        2 h and up to 150 % of the deficit for recoveries shorter than 4 h.

    Returns
    -------
    SweatResult
        ``sweat_loss_l`` = before − after + drunk − urine [L] and ``sweat_rate_l_per_h``
        (NATA 2017, Table 2; 1 kg of mass loss taken as 1 L); ``body_mass_loss_pct`` =
        (before − after) / before × 100; ``losses_mg`` = sweat loss × concentration, sodium
        from the session's mmol/L × 22.99 mg/mmol and the other minerals from Montain et al.
        (2007); ``rehydrate_l`` = 1.25 to 1.5 × (before − after) (ACSM/AND/DC 2016), zero when
        mass did not fall; ``sodium_to_replace_mg`` = the sodium lost, the most worth
        replacing ("no evidence for supplementing beyond individual losses", ACSM/AND/DC
        2016); ``schedule`` splits both evenly into half hours, over more hours than asked
        when the fluid would otherwise exceed :data:`MAX_FLUID_L_PER_H`; a loss above
        :data:`SEEK_HELP_PCT` of body mass gets a warning to seek medical help.

    Raises
    ------
    PlannerError
        When the numbers give a negative sweat loss or a sweat rate above the highest ever
        measured in the reference data (5.73 L/h): the weights or volumes are wrong.
    """
    s = session
    if not (math.isfinite(recovery_hours) and 0 < recovery_hours <= 24):
        raise PlannerError(f"recovery hours must be in (0, 24], not {recovery_hours:g}")
    deficit_kg = s.mass_before_kg - s.mass_after_kg
    loss = deficit_kg + s.drank_l - s.urine_l
    if loss < 0:
        raise PlannerError(
            f"these numbers give a negative sweat loss ({loss:.2f} L): body mass after "
            "cannot exceed mass before plus fluid drunk minus urine; check the weights"
        )
    rate = loss / s.hours
    if rate > MAX_SWEAT_RATE_L_PER_H:
        raise PlannerError(
            f"a sweat loss of {loss:.2f} L in {s.hours:g} h is {rate:.1f} L/h, more than "
            f"anyone measured ({MAX_SWEAT_RATE_L_PER_H} L/h); check the weights and duration"
        )
    losses = {SODIUM: loss * s.sweat_sodium_mmol_l * SODIUM_G_PER_MOL}
    losses |= {name: loss * mg_per_l for name, mg_per_l in SWEAT_MG_PER_L.items()}
    pct = deficit_kg / s.mass_before_kg * 100.0
    warnings: list[str] = []
    notes: list[str] = []
    # Body mass that did not fall, or more fluid drunk than sweated (the rest left as urine),
    # both mean the fluid is already replaced: advising more risks hyponatremia (NATA 2017).
    overdrank = deficit_kg <= 0 or s.drank_l > loss
    if overdrank:
        rehydrate = (0.0, 0.0)
        warnings.append(OVERDRINKING_WARNING)
    else:
        rehydrate = (REHYDRATE_FRACTION[0] * deficit_kg, REHYDRATE_FRACTION[1] * deficit_kg)
        if pct >= MASS_LOSS_FLAG_PCT - 1e-9:  # exactly 2 % counts, despite float noise
            warnings.append(
                f"You lost {pct:.1f} % of your body mass: 2 % or more impairs performance "
                "and raises the risk of heat illness. Drink more during the next session."
            )
        if pct < MEALS_SUFFICE_PCT:
            notes.append(
                "If you are not training again within 24 hours, normal meals with water "
                "will restore this loss (DGE 2020)."
            )
    if rate > HIGH_SWEAT_RATE_L_PER_H:
        warnings.append(
            f"A sweat rate of {rate:.1f} L/h is above the usual adult range (0.5-4 L/h): "
            "please check the weights and the fluid drunk."
        )
    if not overdrank and pct > SEEK_HELP_PCT:
        warnings.insert(
            0,
            f"You lost {pct:.1f} % of your body mass, more than the {SEEK_HELP_PCT:g} % that "
            "ordinary meals and drinks restore. Seek medical help now, and at once if you feel "
            "dizzy, confused, faint or sick, or cannot keep fluids down. Do not try to drink "
            "it all back quickly.",
        )
    # Never faster than MAX_FLUID_L_PER_H: a larger volume is spread over more hours.
    needed_h = rehydrate[1] / MAX_FLUID_L_PER_H
    if needed_h > recovery_hours + 1e-9:
        recovery_hours = math.ceil(needed_h / SCHEDULE_STEP_H - 1e-9) * SCHEDULE_STEP_H
        notes.append(
            f"Spread over {recovery_hours:g} h so that no hour holds more than "
            f"{MAX_FLUID_L_PER_H:g} L (drinking faster than that is not advised)."
        )
    sodium = losses[SODIUM]
    steps = max(1, math.ceil(recovery_hours / SCHEDULE_STEP_H - 1e-9))
    schedule = (
        [
            ScheduleStep(
                start_h=i * SCHEDULE_STEP_H,
                end_h=min((i + 1) * SCHEDULE_STEP_H, recovery_hours),
                fluid_l_min=rehydrate[0] * _share(i, steps, recovery_hours),
                fluid_l_max=rehydrate[1] * _share(i, steps, recovery_hours),
                sodium_mg=sodium * _share(i, steps, recovery_hours),
            )
            for i in range(steps)
        ]
        if rehydrate[1] > 0
        else []
    )
    return SweatResult(
        session=s,
        sweat_loss_l=loss,
        sweat_rate_l_per_h=rate,
        body_mass_loss_pct=pct,
        losses_mg=losses,
        rehydrate_l=rehydrate,
        sodium_to_replace_mg=sodium,
        schedule=schedule,
        warnings=warnings,
        notes=notes,
    )


def _share(i: int, steps: int, hours: float) -> float:
    """Share of the recovery falling in step ``i`` (the last step may be shorter)."""
    end = min((i + 1) * SCHEDULE_STEP_H, hours)
    return (end - i * SCHEDULE_STEP_H) / hours


def training_day_targets(targets: Mapping[str, Target], result: SweatResult) -> dict[str, Target]:
    """The day's targets with a session's sweat losses added.

    The sweat loss is added to the water target [g, 1 L = 1000 g] and the sodium and
    potassium lost to their levels to reach. Sodium's upper level (the CDRR, a level for
    habitual intake) rises by the same amount, since sodium lost in sweat should not be
    restricted after large losses (ACSM/AND/DC 2016). Each changed target says so in
    ``adjusted``.
    """
    label = f"training day: + sweat losses of a {result.session.hours:g} h session"
    extra = {
        WATER: result.sweat_loss_l * 1000.0,
        SODIUM: result.losses_mg[SODIUM],
        POTASSIUM: result.losses_mg[POTASSIUM],
    }
    out = dict(targets)
    for name, amount in extra.items():
        target = out[name]
        upper = target.max
        # A doctor's own sodium limit is never raised by the planner.
        if name == SODIUM and upper is not None and target.max_kind != "override":
            upper += amount
        low = target.min + amount
        if upper is not None and target.max_kind == "override":
            low = min(low, upper)  # and the level to reach never rises above it
        out[name] = replace(
            target,
            min=low,
            max=upper,
            adjusted=label if amount > 0 else target.adjusted,
        )
    return out
