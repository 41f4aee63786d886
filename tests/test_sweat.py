"""Sweat losses, rehydration and training-day targets, against hand-worked numbers.

Formulas and constants: ``shared/reference/sweat_facts.md`` (NATA 2017 Table 2 sweat rate;
ACSM/AND/DC 2016 125-150 % rehydration; Montain et al. 2007 sweat K, Ca, Mg).
"""

from __future__ import annotations

import math

import pytest

from planner.errors import PlannerError
from planner.intake.targets import Profile, daily_targets
from planner.sweat.losses import (
    OVERDRINKING_WARNING,
    Session,
    session_from_units,
    sweat_losses,
    training_day_targets,
)

LB = 0.45359237  # kg, exact
FL_OZ = 0.0295735295625  # L, exact


def test_the_issue_example_by_hand() -> None:
    result = sweat_losses(
        Session(70, 68.6, drank_l=0.5, hours=1.5, urine_l=0.1, sweat_sodium_mmol_l=40)
    )
    # 70 - 68.6 + 0.5 - 0.1 = 1.8 L over 1.5 h.
    assert math.isclose(result.sweat_loss_l, 1.8)
    assert math.isclose(result.sweat_rate_l_per_h, 1.2)
    assert math.isclose(result.body_mass_loss_pct, 2.0)
    # Na 1.8 L x 40 mmol/L x 22.99 mg/mmol; K 222, Ca 16, Mg 1.265 mg/L.
    expected = {
        "sodium_mg": 1655.28,
        "potassium_mg": 399.6,
        "calcium_mg": 28.8,
        "magnesium_mg": 2.277,
    }
    for name, value in expected.items():
        assert math.isclose(result.losses_mg[name], value), name
    assert result.rehydrate_l == pytest.approx((1.75, 2.1))
    assert math.isclose(result.sodium_to_replace_mg, 1655.28)
    # 2.1 L in the asked 2 h would be 1.05 L/h, above the 0.8 L/h cap: 2.1 / 0.8 = 2.625 h,
    # so 3 h in half hours, a sixth of each in every step.
    assert len(result.schedule) == 6
    assert all(s.fluid_l_min == pytest.approx(1.75 / 6) for s in result.schedule)
    assert all(s.fluid_l_max == pytest.approx(0.35) for s in result.schedule)
    assert sum(s.sodium_mg for s in result.schedule) == pytest.approx(1655.28)
    assert any("2.0 % of your body mass" in w for w in result.warnings)


def test_pounds_and_fluid_ounces_convert_exactly() -> None:
    session = session_from_units(
        before=160, after=157, drank=16, hours=1, mass_unit="lb", volume_unit="fl oz"
    )
    result = sweat_losses(session)
    deficit = 3 * LB  # 1.36077711 kg
    loss = deficit + 16 * FL_OZ  # + 0.473176473 L
    assert math.isclose(result.sweat_loss_l, loss)
    assert math.isclose(result.body_mass_loss_pct, 3 / 160 * 100)  # 1.875 %: not flagged
    assert not any("body mass" in w for w in result.warnings)
    assert math.isclose(result.losses_mg["sodium_mg"], loss * 50 * 22.99)  # typical sweat
    assert result.rehydrate_l == pytest.approx((1.25 * deficit, 1.5 * deficit))


@pytest.mark.parametrize(
    ("given", "mmol_l"),
    [
        ({}, 50.0),
        ({"preset": "salty"}, 60.0),
        ({"preset": "athlete average"}, 35.9),
        ({"sweat_sodium_mmol_l": 42.0}, 42.0),
        ({"sweat_sodium_mg_l": 919.6}, 40.0),  # 919.6 / 22.99
    ],
)
def test_sweat_sodium_presets_and_units(given: dict, mmol_l: float) -> None:
    session = session_from_units(before=70, after=69, drank=0, hours=1, **given)
    assert math.isclose(session.sweat_sodium_mmol_l, mmol_l)


@pytest.mark.parametrize(
    ("before", "after", "drank", "urine"),
    [
        (70.0, 70.3, 1.2, 0.0),  # body mass rose
        (70.0, 70.0, 0.8, 0.0),  # no loss at all
        (70.0, 69.9, 1.0, 0.5),  # mass fell, but 1.0 L drunk against 0.6 L sweated
    ],
)
def test_overdrinking_advises_no_extra_fluid(before, after, drank, urine) -> None:
    result = sweat_losses(Session(before, after, drank_l=drank, hours=1, urine_l=urine))
    assert result.overdrank
    assert result.rehydrate_l == (0.0, 0.0)
    assert result.schedule == []
    assert OVERDRINKING_WARNING in result.warnings


def test_never_more_than_150_percent_of_the_deficit() -> None:
    for after in (69.9, 69.0, 67.5, 66.0):
        result = sweat_losses(Session(70, after, drank_l=0.2, hours=3))
        assert result.rehydrate_l[1] <= 1.5 * (70 - after) + 1e-12
        assert sum(s.fluid_l_max for s in result.schedule) <= 1.5 * (70 - after) + 1e-9


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"hours": 0}, "duration must be a number above 0"),
        ({"hours": -1}, "duration must be a number above 0"),
        ({"before": -70}, "mass before must be a number above 0"),
        ({"after": 0}, "mass after must be a number above 0"),
        ({"drank": -0.2}, "fluid drunk must be"),
        ({"urine": -0.1}, "urine must be"),
        ({"hours": 30}, "longer than a day"),
        ({"after": 72}, "negative sweat loss"),
        ({"after": 62, "hours": 1}, "more than anyone measured"),  # 8 L in 1 h
        ({"sweat_sodium_mmol_l": 500}, "sweat sodium must be between"),
    ],
)
def test_impossible_sessions_are_refused(kwargs: dict, message: str) -> None:
    args = {"before": 70, "after": 69, "drank": 0.5, "hours": 1.5} | kwargs
    with pytest.raises(PlannerError, match=message):
        sweat_losses(session_from_units(**args))


def test_training_day_targets_add_the_losses() -> None:
    base = daily_targets(Profile("F", 34))
    result = sweat_losses(Session(70, 68.6, 0.5, 1.5, 0.1, 40))
    day = training_day_targets(base, result)
    # F 19-50: water AI 2.7 L, sodium AI 1,500 and CDRR 2,300, potassium AI 2,600.
    assert math.isclose(day["water_g"].min, 2700 + 1800)
    assert math.isclose(day["sodium_mg"].min, 1500 + 1655.28)
    assert math.isclose(day["sodium_mg"].max, 2300 + 1655.28)
    assert math.isclose(day["potassium_mg"].min, 2600 + 399.6)
    assert day["potassium_mg"].max is None
    assert "training day" in day["water_g"].adjusted
    assert day["calcium_mg"] == base["calcium_mg"]
    assert day["magnesium_mg"] == base["magnesium_mg"]


def test_a_doctors_sodium_limit_is_not_raised_on_training_days() -> None:
    base = daily_targets(Profile("M", 60), overrides={"sodium_mg": {"max": 2000}})
    day = training_day_targets(base, sweat_losses(Session(80, 79, 0.5, 1)))
    assert day["sodium_mg"].max == 2000
    # 1,500 + 1 L x 50 mmol/L x 22.99 = 2,649.5 mg, held at the doctor's 2,000 mg.
    assert day["sodium_mg"].min == 2000


def test_a_large_loss_is_spread_out_and_sends_the_athlete_for_help() -> None:
    # 72 -> 66 kg in 2 h: 6 kg is 8.3 % of body mass. 125-150 % of it is 7.5-9.0 L; at no
    # more than 0.8 L an hour (ACSM 2007 via DGE 2020; NATA 2017) that takes 11.25 h, so the
    # half-hourly schedule runs 11.5 h.
    result = sweat_losses(Session(mass_before_kg=72, mass_after_kg=66, drank_l=0, hours=2))
    assert result.rehydrate_l == pytest.approx((7.5, 9.0))
    assert result.schedule[-1].end_h == 11.5
    per_hour = [step.fluid_l_max / (step.end_h - step.start_h) for step in result.schedule]
    assert max(per_hour) <= 0.8 + 1e-9
    assert sum(step.fluid_l_max for step in result.schedule) == pytest.approx(9.0)
    assert result.warnings[0].startswith("You lost 8.3 % of your body mass")
    assert "Seek medical help" in result.warnings[0]


def test_a_small_loss_keeps_the_asked_recovery_time_and_no_help_warning() -> None:
    # 70 -> 69 kg: 1.25-1.5 L over 2 h is 0.75 L/h at most, under the 0.8 L/h cap.
    result = sweat_losses(Session(mass_before_kg=70, mass_after_kg=69, drank_l=0, hours=1))
    assert result.schedule[-1].end_h == 2.0
    assert not any("medical" in w for w in result.warnings)
