"""Food diary: upload an export, review the food matches, see every day against the targets."""

import hashlib
import re

import pandas as pd
import streamlit as st

from planner.charts.day import contributions_figure, percent_of_target_figure
from planner.charts.days import heatmap_figure, na_k_figure, trend_figure, weekly_figure
from planner.diary.columns import header_key
from planner.diary.formats import FORMAT_NAMES, FORMATS
from planner.diary.mapping import mapping_csv, read_amounts, read_mapping, safe_csv
from planner.diary.upload import unread_amounts
from planner.errors import PlannerError
from planner.fooddb.nutrients import CHECKED, LABELS, UNITS
from planner.intake.check import DiaryCheck
from planner.intake.targets import supplement_magnesium_ul
from planner.intake.trends import day_table, days_below, side_by_side
from planner.intake.upload import (
    UploadCheck,
    candidate_comparison,
    check_upload,
    rejected_by_date,
)
from planner.resolve.amounts import portion_choices
from planner.resolve.search import search_foods
from views._columns import column_mapping_form
from views._history import history_view, saved_dates
from views._shared import (
    DIARY_COLUMNS,
    KIDNEY_WARNING,
    PROFILE,
    current_targets,
    dashes,
    days_below_metrics,
    dri_table,
    food_table,
    portion_table,
    read_uploaded_diary,
    remembered,
    search_index,
    show_error,
    show_totals,
    uploaded_header,
)
from views._store import (
    keep_amount,
    keep_correction,
    keep_upload,
    saved_corrections,
    saved_uploads,
    targets_by_date,
)


def _day_tables(check: DiaryCheck) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """The days below per nutrient, the table of days and that table as CSV."""
    table = day_table(check)
    return days_below(check), table, table.to_csv()


def _matched_food(matches: pd.DataFrame | None, name: str) -> str:
    """The food a diary name was matched to, or ``""``."""
    if matches is None or not len(matches):
        return ""
    found = matches.loc[matches["name"] == name, "food_id"]
    return str(found.iloc[0]) if len(found) and isinstance(found.iloc[0], str) else ""


st.title("Food diary")
st.caption(
    "Upload the planner's diary CSV, a Cronometer servings.csv or dailysummary.csv, a "
    "MyFitnessPal Nutrition-Summary or a Lose It! export. Its days are kept in My data unless "
    "you switch that off; the file itself is not stored."
)
targets = current_targets()
if targets is None:
    st.info("Correct the profile in the sidebar to see your targets.")
    st.stop()

left, middle, right = st.columns([2, 1, 1])
upload = left.file_uploader("Diary or export (CSV)", type=["csv", "txt"], key="diary_file")
chosen = middle.selectbox(
    "Format",
    ["auto", *FORMATS],
    format_func=lambda f: "detect from the header" if f == "auto" else FORMAT_NAMES[f],
    key="diary_format",
)
complete_only = middle.checkbox(
    "Completed days only",
    key="diary_complete",
    help="Cronometer daily summary: skip days not marked completed.",
)
mapping_file = right.file_uploader(
    "A saved food mapping (optional)", type=["csv"], key="diary_mapping_file"
)
keep = right.toggle(
    "Keep this diary's days",
    value=True,
    key="diary_keep",
    help="Saves the days as read, with your corrections, to My data, where you can delete "
    "them. A later upload with the same dates replaces them.",
)
store, revision, saved_days = saved_dates()
if store is not None and saved_days:
    # With no file chosen, the kept history comes first; a chosen file is shown first.
    shown = {"upload": "This file", "history": "History", "kept": "A diary you kept"}
    options = ["history", "kept"] if upload is None else ["upload", "history"]
    view = st.radio(
        "Show",
        options,
        format_func=shown.get,
        horizontal=True,
        key="diary_view_saved" if upload is None else "diary_view_file",
        help="History: every kept day, tracked or planned, with your workouts.",
    )
    if view == "history":
        history_view(store, revision, saved_days, targets)
        st.caption(KIDNEY_WARNING)
        st.stop()
if upload is None:
    # Read again only when something was kept or deleted: the same objects on every rerun
    # let the check below be reused.
    kept = (
        saved_uploads()
        if store is None
        else remembered("diary_kept_uploads", saved_uploads, store.user, revision)
    )
    if not kept:
        st.info("Choose a file to begin. Your tracker's help pages explain how to export a CSV.")
        st.stop()
    by_id = {k.import_id: k for k in kept}
    picked = by_id[
        st.selectbox(
            "Or look again at a diary you kept",
            list(by_id),
            index=len(kept) - 1,
            format_func=lambda i: (
                f"{by_id[i].name or 'diary'}: {by_id[i].dates[0]} to {by_id[i].dates[-1]} "
                f"({len(by_id[i].dates)} days)"
            ),
            key="diary_kept",
        )
    ]
    result = picked.upload
    source_key = f"kept-{picked.import_id}"
    corrections, weighed = saved_corrections()
else:
    mapping: dict[str, str] = {}
    amounts: dict[tuple[str, str], float] = {}
    if mapping_file is not None:
        try:
            mapping |= read_mapping(mapping_file.getvalue())
            amounts |= read_amounts(mapping_file.getvalue())
        except PlannerError as exc:
            show_error("The mapping file cannot be used:", exc)
    # Corrections made on this page before, for this diary or any other, win over the file's.
    corrections, weighed = saved_corrections()
    mapping |= corrections
    amounts |= weighed
    layouts: dict[str, dict[str, str]] = st.session_state.setdefault(DIARY_COLUMNS, {})
    try:
        header = uploaded_header(upload.getvalue())
    except PlannerError as exc:
        show_error("This file cannot be read:", exc)
        st.stop()
    columns = layouts.get(header_key(header), {}) if chosen == "auto" else {}
    reading = (
        chosen,
        tuple(sorted(mapping.items())),
        complete_only,
        tuple(sorted(columns.items())),
        tuple(sorted(amounts.items())),
    )
    try:
        result = read_uploaded_diary(upload.getvalue(), *reading)
    except PlannerError as exc:
        show_error("This file cannot be read:", exc)
        if chosen == "auto":
            given = column_mapping_form(header, columns)
            if given is not None:
                layouts[header_key(header)] = given
                st.rerun()
        st.stop()
    if columns:
        with st.expander("Read through your column mapping"):
            st.text(", ".join(f"{k} = {v}" for k, v in columns.items()))
            if st.button("Forget this mapping", key="diary_columns_forget"):
                layouts.pop(header_key(header), None)
                st.rerun()
    source_key = hashlib.sha256(upload.getvalue()).hexdigest()
    kept_dates = keep_upload(result, upload.name, (source_key, reading)) if keep else None
    if kept_dates:
        st.caption(
            f"Kept in My data: {len(kept_dates)} {'day' if len(kept_dates) == 1 else 'days'}, "
            f"{kept_dates[0]} to {kept_dates[-1]}."
        )

export = result.export
named = result.database is not None
remap = False
if named and result.logged is not None:
    # Keyed by the file: a new upload starts from its tracker's own numbers, so the switch
    # always shows what is computed.
    remap = st.toggle(
        "Recompute from the USDA food database (instead of the tracker's own numbers)",
        key=f"diary_remap_{source_key[:16]}",
    )
adjusted = targets_by_date(targets)
checked = remembered(
    "diary_check",
    lambda: check_upload(
        result, foods=food_table(), targets=targets, targets_by_date=adjusted, remap=remap
    ),
    result,
    targets,
    adjusted,
    remap,
)
diary = checked.diary
counts = diary.counts
st.success(f"Read as {FORMAT_NAMES[export.format]}.")
first, second, third, fourth = st.columns(4)
first.metric("Rows read", f"{counts['read']:,}")
second.metric("Used", f"{counts['used']:,}")
third.metric("Skipped", f"{counts['skipped']:,}")
fourth.metric("Rejected", f"{counts['rejected']:,}")
for note in export.converted.values():
    # A note names the file's own headers: every Markdown character is escaped.
    st.info(re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~$:])", r"\\\1", note))
missing = [LABELS[n] for n in CHECKED if export.available and n not in export.available]
if missing and checked.source == "logged":
    st.info(
        f"{FORMAT_NAMES[export.format]} has no {', '.join(missing).lower()}: shown as not "
        "available, never as 0."
    )
assumed = int((diary.account["reason"].str.startswith("ASSUMED")).sum())
if assumed:
    st.warning(
        f"{assumed:,} rows give a volume of a food USDA has no density for; they were "
        "weighed at 1 g per mL (see the account)."
    )
if counts.get("guessed"):
    st.warning(
        f"{counts['guessed']:,} {'row counts' if counts['guessed'] == 1 else 'rows count'} "
        "as the best guess of a name the planner is not sure of (the reason in the account "
        "starts BEST GUESS). Confirm or correct the guesses under Food matches below."
    )
with st.expander(f"Every row: used, skipped or rejected ({len(diary.problems)} not used)"):
    st.dataframe(
        diary.account,
        hide_index=True,
        width="stretch",
        column_config={
            "row": st.column_config.NumberColumn("Row", pinned=True),
            "status": "Status",
            "column": "Column",
            "value": "Value",
            "reason": "Reason",
        },
    )
    st.download_button(
        "Download the account (CSV)",
        remembered("diary_account_csv", lambda: safe_csv(diary.account), diary.account),
        file_name="diary-account.csv",
        mime="text/csv",
    )

# A kept diary is shown as it was read; its file is needed to correct its matches.
matches = result.matches if upload is not None else None
if upload is None:
    st.caption(
        "A kept diary is shown as it was read, with your corrections of that time. Upload "
        "its file again to correct a match: your corrections are then used every time."
    )
if matches is not None and len(matches):
    st.subheader("Food matches")
    # What needs a person first: names without a food, then best guesses, then the rest.
    first = {"unmatched": 0, "guessed": 1, "skipped": 2, "matched": 3, "user": 4, "exact": 5}
    review = (
        matches.assign(_first=matches["status"].map(first).fillna(6))
        .sort_values(["_first", "rows"], ascending=[True, False], kind="stable")
        .drop(columns="_first")
    )
    st.dataframe(
        # Scores shown rounded down: 71.6 reads 71, as it is below the threshold of 72.
        review[["name", "description", "score", "rows", "status", "reason"]].assign(
            score=review["score"] // 1
        ),
        hide_index=True,
        width="stretch",
        column_config={
            "name": st.column_config.TextColumn("Name in your diary", pinned=True),
            "description": "Matched USDA food",
            "score": st.column_config.ProgressColumn(
                "Score", min_value=0, max_value=100, format="%.0f"
            ),
            "rows": st.column_config.NumberColumn("Rows"),
            "status": "Status",
            "reason": "Reason",
        },
    )
    with st.container(border=True):
        st.write("**Correct a match** (applies to every row with that name)")
        unsure = review["status"].isin(["unmatched", "guessed"])
        order = list(review.loc[unsure, "name"]) + list(review.loc[~unsure, "name"])
        name = st.selectbox("Name", order, key="fix_name")
        row = matches.set_index("name").loc[name]
        options: dict[str, str] = {}
        for part in str(row["candidates"]).split("; "):
            if "(" in part and ")" in part:
                food_id = part[part.rfind("(") + 1 : part.rfind(")")]
                options[food_id] = part[: part.rfind("(")].strip()
        if options:
            st.caption(
                "The candidates per 100 g:"
                if export.format == "planner"
                else "The candidates beside what your tracker logged for this name (the same "
                "weight where the amount could be read, else per 100 g):"
            )
            st.dataframe(
                dashes(
                    remembered(
                        "diary_candidates",
                        lambda: candidate_comparison(
                            name, result, foods=food_table(), candidates=list(options)
                        ),
                        name,
                        result,
                        options,
                    )
                ),
                hide_index=True,
                width="stretch",
                column_config={n: f"{LABELS[n]} ({UNITS[n]})" for n in (*CHECKED, "energy_kcal")}
                | {
                    "grams": "Grams",
                    "food_id": "USDA id",
                    "source": st.column_config.TextColumn("From", pinned=True),
                    "description": "Food",
                },
            )
        query = st.text_input("Or search the food database", key="fix_query")
        if query:
            found = search_foods(search_index(), query, limit=10)
            options |= dict(zip(found["food_id"], found["description"], strict=True))
        if options:
            pick = st.selectbox(
                "Food", list(options), format_func=lambda i: f"{options[i]} ({i})", key="fix_pick"
            )
            if st.button("Use this food", type="primary", key="fix_apply"):
                keep_correction(name, pick)
                st.rerun()
        if st.button("Leave this name out", key="fix_skip"):
            keep_correction(name, "")
            st.rerun()
        if corrections:
            st.caption(
                f"Your corrections: {len(corrections)}, kept and used for every diary you "
                "upload."
                + ("" if upload is not None else " Upload the file again to apply new ones.")
            )
    unread = unread_amounts(diary, export) if checked.source == "database" else []
    if unread:
        with st.container(border=True):
            st.write("**Weigh an amount the planner could not read** (every row with it)")
            pair = st.selectbox(
                "Name and amount",
                unread,
                format_func=lambda p: f"{p[0]}: {p[1]}",
                key="weigh_pair",
            )
            food = _matched_food(matches, pair[0])
            choices = portion_choices(portion_table(), food) if food else {}
            how = (
                st.radio(
                    "Give it as",
                    ["grams", "portions"],
                    format_func={"grams": "grams", "portions": "portions of the matched food"}.get,
                    horizontal=True,
                    key="weigh_how",
                )
                if choices
                else "grams"
            )
            if how == "portions":
                left, right = st.columns([1, 3])
                count = left.number_input(
                    "How many",
                    min_value=0.0,
                    max_value=100.0,
                    value=1.0,
                    step=0.5,
                    key="weigh_count",
                )
                portion = right.selectbox(
                    "Portion",
                    list(choices),
                    format_func=lambda p: f"{p} ({choices[p]:,.4g} g)",
                    key="weigh_portion",
                )
                grams = count * choices[portion]
                st.caption(f"{count:g} x {portion} = {grams:,.1f} g")
            else:
                grams = st.number_input(
                    "Grams", min_value=0.0, max_value=10_000.0, value=100.0, key="weigh_grams"
                )
            if st.button("Use these grams", key="weigh_apply"):
                keep_amount(pair, grams)
                st.rerun()
    st.download_button(
        "Download the food mapping (CSV), to reuse next time",
        remembered("diary_mapping_csv", lambda: mapping_csv(matches, amounts), matches, amounts),
        file_name="food-mapping.csv",
        mime="text/csv",
    )

check = checked.check
if not check.dates:
    st.warning("No day has any usable rows.")
    st.stop()
source = "your tracker's numbers" if checked.source == "logged" else "the USDA food database"
days_word = "day" if len(check.dates) == 1 else "days"
st.subheader(f"{len(check.dates)} {days_word}, from {source}")
below, table, table_csv = remembered(
    "diary_days",
    lambda: _day_tables(check),
    check,
)
days_below_metrics(below)
st.dataframe(
    dashes(
        table,
        formats={f"{n}_pct": "{:.0f} %" for n in CHECKED} | {"na_k_molar_ratio": "{:.2f}"},
    ),
    width="stretch",
    column_config={
        "_index": st.column_config.TextColumn("Date", pinned=True),
        **{n: f"{LABELS[n]} ({UNITS[n]})" for n in CHECKED},
        **{f"{n}_pct": f"{LABELS[n]} (% of target)" for n in CHECKED},
        **{f"{n}_status": st.column_config.TextColumn(f"{LABELS[n]} status") for n in CHECKED},
        "energy_kcal": "Energy (kcal)",
        "na_k_molar_ratio": "Na:K (molar)",
    },
)
st.download_button(
    "Download the daily table (CSV)", table_csv, file_name="diary-days.csv", mime="text/csv"
)


@st.fragment
def trend_panel(check: DiaryCheck, checked: UploadCheck) -> None:
    """One nutrient's trend; choosing another nutrient reruns this panel alone."""
    nutrient = st.selectbox("Trend of", list(CHECKED), format_func=LABELS.get, key="diary_trend")
    other = checked.logged if checked.source == "database" else checked.database
    other_name = "tracker's numbers" if checked.source == "database" else "USDA recomputed"
    logged, database = (other, check) if checked.source == "database" else (check, other)
    figure, compared = remembered(
        "diary_trend",
        lambda: (
            trend_figure(check, nutrient, other=other, other_name=other_name),
            None
            if other is None
            else side_by_side(logged, database, nutrient, names=("tracker", "USDA")),
        ),
        check,
        nutrient,
        other,
    )
    st.plotly_chart(figure, width="stretch")
    if compared is not None:
        st.caption(
            f"{LABELS[nutrient]} per day, the tracker's numbers beside USDA's for the same foods "
            "(USDA totals leave out rows it could not match or weigh)."
        )
        st.dataframe(
            dashes(compared),
            width="stretch",
            column_config={
                "_index": st.column_config.TextColumn("Date", pinned=True),
                **{
                    c: f"{label} ({UNITS[nutrient]})"
                    for c, label in (
                        ("tracker", "Tracker"),
                        ("USDA", "USDA"),
                        ("difference", "Difference"),
                    )
                },
            },
        )
    completed = checked.completed
    if completed is not None and checked.source == "logged" and len(completed):
        st.caption(
            f"**Completed {LABELS[nutrient].lower()}**: trackers leave potassium and magnesium "
            "blank for foods entered from a label, so their totals are low. Here each blank is "
            "filled from the USDA food the name was matched to; rows still unknown are counted."
        )
        st.dataframe(
            dashes(
                completed[completed["nutrient"] == nutrient].drop(columns="nutrient"),
                formats={"filled_percent": "{:.0f} %"},
            ),
            hide_index=True,
            width="stretch",
            column_config={
                "date": st.column_config.TextColumn("Date", pinned=True),
                "logged": f"Tracker ({UNITS[nutrient]})",
                "filled": f"Filled from USDA ({UNITS[nutrient]})",
                "completed": f"Completed ({UNITS[nutrient]})",
                "filled_percent": "Filled (% of completed)",
                "rows_filled": "Rows filled",
                "rows_unknown": "Rows still unknown",
            },
        )


trend_panel(check, checked)

heatmap, weekly, na_k = remembered(
    "diary_figures",
    lambda: (heatmap_figure(check), weekly_figure(check), na_k_figure(check)),
    check,
)
st.plotly_chart(heatmap, width="stretch")
left, right = st.columns(2)
left.plotly_chart(weekly, width="stretch")
right.plotly_chart(na_k, width="stretch")


@st.fragment
def day_panel(check: DiaryCheck, checked: UploadCheck, rejected: dict[str, int]) -> None:
    """One day in full; choosing another day reruns this panel alone."""
    st.subheader("One day in full")
    date = st.selectbox("Day", check.dates, index=len(check.dates) - 1, key="diary_day")
    if rejected.get(date):
        count = rejected[date]
        rows = "1 row of this day was" if count == 1 else f"{count} rows of this day were"
        st.warning(
            f"{rows} rejected (see every row above): its totals leave them out, so each is a "
            "lower bound."
        )
    percent, contributions = remembered(
        "diary_day",
        lambda: (percent_of_target_figure(check, date), contributions_figure(check, date)),
        check,
        date,
    )
    st.plotly_chart(percent, width="stretch")
    show_totals(check, date)
    st.plotly_chart(contributions, width="stretch")
    supplement_ul = supplement_magnesium_ul(st.session_state[PROFILE], table=dri_table())
    if date in checked.supplement_magnesium_mg.index:
        mg = float(checked.supplement_magnesium_mg[date])
        text = f"Magnesium from supplements and medicines that day: {mg:,.0f} mg"
        if supplement_ul is not None and mg > supplement_ul:
            st.warning(
                f"{text}, above the {supplement_ul:,.0f} mg upper level for supplemental "
                "magnesium (it can cause diarrhoea). Food magnesium is not limited."
            )
        else:
            st.caption(f"{text} (upper level for supplements: {supplement_ul or 0:,.0f} mg).")


day_panel(
    check,
    checked,
    remembered("diary_rejected", lambda: rejected_by_date(diary, export), diary, export),
)
st.caption(KIDNEY_WARNING)
