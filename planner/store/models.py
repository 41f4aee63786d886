"""The store's tables: every row belongs to one user.

Dates are ISO text (``YYYY-MM-DD``), which sorts as dates do on every database; times are ISO
text in UTC. Nutrient columns carry their unit in the name, as everywhere in the planner; a
missing value is ``NULL``, never 0.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

#: Constraint names fixed by convention, so that migrations can name what they change.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


USER = 200  # longest user id (an e-mail address or a sign-in subject)
DATE = 10


class ProfileRow(Base):
    """The person's profile and any limit their doctor set (one row per user)."""

    __tablename__ = "profile"
    user_id: Mapped[str] = mapped_column(String(USER), primary_key=True)
    sex: Mapped[str] = mapped_column(String(1))
    age_years: Mapped[float] = mapped_column(Float)
    pregnant: Mapped[bool] = mapped_column(Boolean, default=False)
    lactating: Mapped[bool] = mapped_column(Boolean, default=False)
    #: JSON ``{nutrient: {"min" | "max": value or null}}``.
    limits: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[str] = mapped_column(String(40))


class PlanDayRow(Base):
    """A planned day."""

    __tablename__ = "plan_day"
    __table_args__ = (UniqueConstraint("user_id", "date"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(USER), index=True)
    date: Mapped[str] = mapped_column(String(DATE))
    updated_at: Mapped[str] = mapped_column(String(40))
    entries: Mapped[list[PlanEntryRow]] = relationship(
        back_populates="day",
        cascade="all, delete-orphan",
        order_by="PlanEntryRow.position",
        passive_deletes=True,
    )


class PlanEntryRow(Base):
    """One food of a planned day, in the planner's diary terms."""

    __tablename__ = "plan_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("plan_day.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    meal: Mapped[str] = mapped_column(String(100))
    food_id: Mapped[str] = mapped_column(String(40))
    amount: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(200))
    grams: Mapped[float | None] = mapped_column(Float, nullable=True)
    day: Mapped[PlanDayRow] = relationship(back_populates="entries")


class WorkoutRow(Base):
    """A training session on a date, and the figures that adjust that date's targets."""

    __tablename__ = "workout"
    __table_args__ = (UniqueConstraint("user_id", "date"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(USER), index=True)
    date: Mapped[str] = mapped_column(String(DATE))
    mass_before_kg: Mapped[float] = mapped_column(Float)
    mass_after_kg: Mapped[float] = mapped_column(Float)
    drank_l: Mapped[float] = mapped_column(Float)
    hours: Mapped[float] = mapped_column(Float)
    urine_l: Mapped[float] = mapped_column(Float)
    sweat_sodium_mmol_l: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    recovery_hours: Mapped[float] = mapped_column(Float)
    sweat_loss_l: Mapped[float] = mapped_column(Float)
    sodium_lost_mg: Mapped[float] = mapped_column(Float)
    potassium_lost_mg: Mapped[float] = mapped_column(Float)
    calcium_lost_mg: Mapped[float] = mapped_column(Float)
    magnesium_lost_mg: Mapped[float] = mapped_column(Float)
    saved_at: Mapped[str] = mapped_column(String(40))


class ImportRow(Base):
    """An uploaded diary: how it was read."""

    __tablename__ = "diary_import"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(USER), index=True)
    name: Mapped[str] = mapped_column(Text, default="")
    format: Mapped[str] = mapped_column(String(40))
    #: JSON list of the nutrients the format reports at all.
    available: Mapped[str] = mapped_column(Text)
    #: JSON ``{nutrient: how it was converted}``.
    converted: Mapped[str] = mapped_column(Text)
    named: Mapped[bool] = mapped_column(Boolean)
    imported_at: Mapped[str] = mapped_column(String(40))


class TrackerDayRow(Base):
    """Which import a user's tracker day comes from: the latest import of a date wins."""

    __tablename__ = "tracker_day"
    __table_args__ = (UniqueConstraint("user_id", "date"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(USER), index=True)
    date: Mapped[str] = mapped_column(String(DATE))
    import_id: Mapped[int] = mapped_column(
        ForeignKey("diary_import.id", ondelete="CASCADE"), index=True
    )


class ImportEntryRow(Base):
    """One used row of an import, in one view: ``logged`` (the tracker's own numbers) or
    ``database`` (recomputed from USDA)."""

    __tablename__ = "diary_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("diary_import.id", ondelete="CASCADE"), index=True
    )
    view: Mapped[str] = mapped_column(String(10))
    row: Mapped[int] = mapped_column(Integer)
    date: Mapped[str] = mapped_column(String(DATE), index=True)
    meal: Mapped[str] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(Text, nullable=True)
    group: Mapped[str | None] = mapped_column("food_group", Text, nullable=True)
    supplement: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    food_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    grams: Mapped[float | None] = mapped_column(Float, nullable=True)
    amount: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str | None] = mapped_column(Text, nullable=True)
    via: Mapped[str | None] = mapped_column(Text, nullable=True)
    potassium_mg: Mapped[float | None] = mapped_column(Float, nullable=True)
    magnesium_mg: Mapped[float | None] = mapped_column(Float, nullable=True)
    calcium_mg: Mapped[float | None] = mapped_column(Float, nullable=True)
    sodium_mg: Mapped[float | None] = mapped_column(Float, nullable=True)
    water_g: Mapped[float | None] = mapped_column(Float, nullable=True)
    energy_kcal: Mapped[float | None] = mapped_column(Float, nullable=True)


class AccountRow(Base):
    """What became of one input row of an import, in one view."""

    __tablename__ = "diary_account"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("diary_import.id", ondelete="CASCADE"), index=True
    )
    view: Mapped[str] = mapped_column(String(10))
    row: Mapped[int] = mapped_column(Integer)
    #: The row's date, ``NULL`` when it could not be read.
    date: Mapped[str | None] = mapped_column(String(DATE), nullable=True)
    status: Mapped[str] = mapped_column(String(10))
    column: Mapped[str] = mapped_column("column_name", Text)
    value: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)


class MatchRow(Base):
    """How one distinct food name of an import was matched."""

    __tablename__ = "diary_match"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("diary_import.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    rows: Mapped[int] = mapped_column(Integer)
    food_id: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    candidates: Mapped[str] = mapped_column(Text)


class CorrectionRow(Base):
    """A person's choice for a diary name: a ``food_id``, or ``""`` to leave it out."""

    __tablename__ = "match_correction"
    __table_args__ = (UniqueConstraint("user_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(USER), index=True)
    name: Mapped[str] = mapped_column(Text)
    food_id: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))


class AmountCorrectionRow(Base):
    """The grams a person gave an amount the planner could not read, for one name."""

    __tablename__ = "amount_correction"
    __table_args__ = (UniqueConstraint("user_id", "name", "amount"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(USER), index=True)
    name: Mapped[str] = mapped_column(Text)
    amount: Mapped[str] = mapped_column(Text)
    grams: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[str] = mapped_column(String(40))


class FoodUseRow(Base):
    """A food a person marked as a favourite or used: what leads their search results."""

    __tablename__ = "food_use"
    __table_args__ = (UniqueConstraint("user_id", "food_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(USER), index=True)
    food_id: Mapped[str] = mapped_column(String(40))
    favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    uses: Mapped[int] = mapped_column(Integer, default=0)
    last_used: Mapped[str | None] = mapped_column(String(40), nullable=True)
