"""The first schema: profile, planned days, workouts, diaries, corrections, foods

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "amount_correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("amount", sa.Text(), nullable=False),
        sa.Column("grams", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amount_correction")),
        sa.UniqueConstraint("user_id", "name", "amount", name=op.f("uq_amount_correction_user_id")),
    )
    with op.batch_alter_table("amount_correction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amount_correction_user_id"), ["user_id"], unique=False)

    op.create_table(
        "diary_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("format", sa.String(length=40), nullable=False),
        sa.Column("available", sa.Text(), nullable=False),
        sa.Column("converted", sa.Text(), nullable=False),
        sa.Column("named", sa.Boolean(), nullable=False),
        sa.Column("imported_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diary_import")),
    )
    with op.batch_alter_table("diary_import", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_diary_import_user_id"), ["user_id"], unique=False)

    op.create_table(
        "food_use",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(length=200), nullable=False),
        sa.Column("food_id", sa.String(length=40), nullable=False),
        sa.Column("favourite", sa.Boolean(), nullable=False),
        sa.Column("uses", sa.Integer(), nullable=False),
        sa.Column("last_used", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_food_use")),
        sa.UniqueConstraint("user_id", "food_id", name=op.f("uq_food_use_user_id")),
    )
    with op.batch_alter_table("food_use", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_food_use_user_id"), ["user_id"], unique=False)

    op.create_table(
        "match_correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("food_id", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_correction")),
        sa.UniqueConstraint("user_id", "name", name=op.f("uq_match_correction_user_id")),
    )
    with op.batch_alter_table("match_correction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_match_correction_user_id"), ["user_id"], unique=False)

    op.create_table(
        "plan_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(length=200), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_day")),
        sa.UniqueConstraint("user_id", "date", name=op.f("uq_plan_day_user_id")),
    )
    with op.batch_alter_table("plan_day", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_day_user_id"), ["user_id"], unique=False)

    op.create_table(
        "profile",
        sa.Column("user_id", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("age_years", sa.Float(), nullable=False),
        sa.Column("pregnant", sa.Boolean(), nullable=False),
        sa.Column("lactating", sa.Boolean(), nullable=False),
        sa.Column("limits", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_profile")),
    )
    op.create_table(
        "workout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(length=200), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("mass_before_kg", sa.Float(), nullable=False),
        sa.Column("mass_after_kg", sa.Float(), nullable=False),
        sa.Column("drank_l", sa.Float(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("urine_l", sa.Float(), nullable=False),
        sa.Column("sweat_sodium_mmol_l", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recovery_hours", sa.Float(), nullable=False),
        sa.Column("sweat_loss_l", sa.Float(), nullable=False),
        sa.Column("sodium_lost_mg", sa.Float(), nullable=False),
        sa.Column("potassium_lost_mg", sa.Float(), nullable=False),
        sa.Column("calcium_lost_mg", sa.Float(), nullable=False),
        sa.Column("magnesium_lost_mg", sa.Float(), nullable=False),
        sa.Column("saved_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workout")),
        sa.UniqueConstraint("user_id", "date", name=op.f("uq_workout_user_id")),
    )
    with op.batch_alter_table("workout", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workout_user_id"), ["user_id"], unique=False)

    op.create_table(
        "diary_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("view", sa.String(length=10), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("column_name", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["diary_import.id"],
            name=op.f("fk_diary_account_import_id_diary_import"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diary_account")),
    )
    with op.batch_alter_table("diary_account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_diary_account_import_id"), ["import_id"], unique=False)

    op.create_table(
        "diary_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("view", sa.String(length=10), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("meal", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("food_group", sa.Text(), nullable=True),
        sa.Column("supplement", sa.Boolean(), nullable=True),
        sa.Column("food_id", sa.String(length=40), nullable=True),
        sa.Column("grams", sa.Float(), nullable=True),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("via", sa.Text(), nullable=True),
        sa.Column("potassium_mg", sa.Float(), nullable=True),
        sa.Column("magnesium_mg", sa.Float(), nullable=True),
        sa.Column("calcium_mg", sa.Float(), nullable=True),
        sa.Column("sodium_mg", sa.Float(), nullable=True),
        sa.Column("water_g", sa.Float(), nullable=True),
        sa.Column("energy_kcal", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["diary_import.id"],
            name=op.f("fk_diary_entry_import_id_diary_import"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diary_entry")),
    )
    with op.batch_alter_table("diary_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_diary_entry_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_diary_entry_import_id"), ["import_id"], unique=False)

    op.create_table(
        "diary_match",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("food_id", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("candidates", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["diary_import.id"],
            name=op.f("fk_diary_match_import_id_diary_import"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diary_match")),
    )
    with op.batch_alter_table("diary_match", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_diary_match_import_id"), ["import_id"], unique=False)

    op.create_table(
        "plan_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("meal", sa.String(length=100), nullable=False),
        sa.Column("food_id", sa.String(length=40), nullable=False),
        sa.Column("amount", sa.String(length=100), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("grams", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["day_id"],
            ["plan_day.id"],
            name=op.f("fk_plan_entry_day_id_plan_day"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_entry")),
    )
    with op.batch_alter_table("plan_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_entry_day_id"), ["day_id"], unique=False)

    op.create_table(
        "tracker_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(length=200), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["diary_import.id"],
            name=op.f("fk_tracker_day_import_id_diary_import"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tracker_day")),
        sa.UniqueConstraint("user_id", "date", name=op.f("uq_tracker_day_user_id")),
    )
    with op.batch_alter_table("tracker_day", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tracker_day_import_id"), ["import_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tracker_day_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tracker_day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tracker_day_user_id"))
        batch_op.drop_index(batch_op.f("ix_tracker_day_import_id"))

    op.drop_table("tracker_day")
    with op.batch_alter_table("plan_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_entry_day_id"))

    op.drop_table("plan_entry")
    with op.batch_alter_table("diary_match", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_diary_match_import_id"))

    op.drop_table("diary_match")
    with op.batch_alter_table("diary_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_diary_entry_import_id"))
        batch_op.drop_index(batch_op.f("ix_diary_entry_date"))

    op.drop_table("diary_entry")
    with op.batch_alter_table("diary_account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_diary_account_import_id"))

    op.drop_table("diary_account")
    with op.batch_alter_table("workout", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workout_user_id"))

    op.drop_table("workout")
    op.drop_table("profile")
    with op.batch_alter_table("plan_day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_day_user_id"))

    op.drop_table("plan_day")
    with op.batch_alter_table("match_correction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_match_correction_user_id"))

    op.drop_table("match_correction")
    with op.batch_alter_table("food_use", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_food_use_user_id"))

    op.drop_table("food_use")
    with op.batch_alter_table("diary_import", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_diary_import_user_id"))

    op.drop_table("diary_import")
    with op.batch_alter_table("amount_correction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amount_correction_user_id"))

    op.drop_table("amount_correction")
