"""Plotly figures of a checked day. Figures only: no Streamlit here."""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from planner.fooddb.nutrients import CHECKED, LABELS, UNITS, WATER
from planner.intake.check import DiaryCheck, food_totals
from planner.sweat.losses import LOSSES, SweatResult

STATUS_COLOURS = {
    "below": "#d9822b",
    "within": "#2e8b57",
    "above": "#c0392b",
    "estimate": "#b7950b",
    "unknown": "#8c8c8c",
}


def percent_of_target_figure(check: DiaryCheck, date: str) -> go.Figure:
    """Each nutrient's total as % of its level to reach, with the upper level marked.

    Bars are coloured by status; a diamond marks the upper level (calcium UL, sodium CDRR)
    as a % of the level to reach; the dashed line is 100 %.
    """
    day = check.days[(check.days["date"] == date) & check.days["nutrient"].isin(CHECKED)]
    day = day.set_index("nutrient").loc[list(reversed(CHECKED))]
    names = [LABELS[n] for n in day.index]
    hover = [
        f"{LABELS[n]}: {row['total']:,.0f} {UNITS[n]} "
        + (
            f"of {row['min']:,.0f} {UNITS[n]} ({row['min_kind']})"
            if row["min"] > 0
            else f"(no level to reach; {row['min_kind'].removeprefix('none: ')})"
        )
        + f"{' - incomplete' if row['incomplete'] else ''}"
        for n, row in zip(day.index.astype(str), day.to_dict("records"), strict=True)
    ]
    figure = go.Figure(
        go.Bar(
            x=day["percent_of_min"],
            y=names,
            orientation="h",
            marker_color=[STATUS_COLOURS.get(s, "#8c8c8c") for s in day["status"]],
            text=[
                "" if pd.isna(p) else f"{p:.0f}%{' *' if inc else ''}"
                for p, inc in zip(day["percent_of_min"], day["incomplete"], strict=True)
            ],
            textposition="outside",
            hovertext=hover,
            hoverinfo="text",
            name="% of target",
        )
    )
    upper = day[day["max"].notna() & (day["min"] > 0)]
    if len(upper):
        figure.add_trace(
            go.Scatter(
                x=upper["max"] / upper["min"] * 100.0,
                y=[LABELS[n] for n in upper.index],
                mode="markers",
                marker={"symbol": "diamond", "size": 13, "color": "#222"},
                name="upper level",
                hovertext=[
                    f"{LABELS[n]} upper level: {row['max']:,.0f} {UNITS[n]} ({row['max_kind']})"
                    for n, row in zip(
                        upper.index.astype(str), upper.to_dict("records"), strict=True
                    )
                ],
                hoverinfo="text",
            )
        )
    figure.add_vline(x=100, line_dash="dash", line_color="#555")
    figure.update_layout(
        title="Intake as % of the daily target (* = incomplete)",
        xaxis_title="% of the level to reach",
        height=320,
        margin={"l": 10, "r": 10, "t": 50, "b": 40},
        legend={"orientation": "h", "y": -0.25},
    )
    return figure


def contributions_figure(check: DiaryCheck, date: str, *, top: int = 12) -> go.Figure:
    """Stacked bars: which foods make up each nutrient's % of target.

    Every food is shown by name when there are at most ``top`` + 1 of them; otherwise the
    ``top`` foods by share of target are named and the rest summed as "N other foods".
    """
    foods = food_totals(check, date)
    shares = foods.set_index("description")[list(CHECKED)].fillna(0.0)
    day = check.days[check.days["date"] == date].set_index("nutrient")["min"]
    for name in CHECKED:
        # No level to reach (a doctor's lower limit replaced it): no share of it.
        shares[name] = shares[name] / float(day[name]) * 100.0 if day[name] > 0 else np.nan
    ranking = shares.sum(axis=1).sort_values(ascending=False)
    keep = list(ranking.index if len(ranking) <= top + 1 else ranking.index[:top])
    rest = shares.drop(index=keep)
    figure = go.Figure()
    labels = [LABELS[n] for n in CHECKED]
    for description in keep:
        figure.add_trace(
            go.Bar(
                x=labels,
                y=shares.loc[description].to_numpy(),
                name=html.escape(description if len(description) <= 40 else description[:39] + "…"),
                hovertemplate="%{y:.0f}% of target<extra>" + description + "</extra>",
            )
        )
    if len(rest):
        figure.add_trace(
            go.Bar(
                x=labels,
                y=rest.sum().to_numpy(),
                name=f"{len(rest)} other foods",
                marker_color="#bbb",
            )
        )
    figure.add_hline(y=100, line_dash="dash", line_color="#555")
    figure.update_layout(
        barmode="stack",
        title="Which foods contribute (% of target)",
        yaxis_title="% of target",
        height=380,
        margin={"l": 10, "r": 10, "t": 50, "b": 40},
    )
    return figure


def sweat_replacement_figure(
    result: SweatResult, had: dict[str, float], suggested: dict[str, float] | None = None
) -> go.Figure:
    """Lost in sweat against replaced, for fluid and each electrolyte, as % of the loss.

    ``had`` holds what the chosen recovery food and drink bring and ``suggested`` what the
    suggestion adds [g of water, mg]; they are stacked. The band on the fluid bar marks the
    125-150 % of the mass deficit to aim for.
    """
    lost = {WATER: result.sweat_loss_l * 1000.0} | {n: result.losses_mg[n] for n in LOSSES}
    names = [LABELS[n] if n != WATER else "Fluid" for n in lost]
    units = {n: "mL" if n == WATER else "mg" for n in lost}
    figure = go.Figure()
    for label, amounts, colour in (
        ("your choice", had, "#2e86c1"),
        ("suggested", suggested or {}, "#85c1e9"),
    ):
        pct = [amounts.get(n, 0.0) / v * 100.0 if v > 0 else 0.0 for n, v in lost.items()]
        figure.add_trace(
            go.Bar(
                x=names,
                y=pct,
                marker_color=colour,
                name=label,
                hovertext=[
                    f"{name}, {label}: {amounts.get(n, 0.0):,.0f} of {v:,.0f} {units[n]} lost"
                    for name, (n, v) in zip(names, lost.items(), strict=True)
                ],
                hoverinfo="text",
            )
        )
    figure.add_hline(y=100, line_dash="dash", line_color="#555", annotation_text="100 % of loss")
    if not result.overdrank and result.sweat_loss_l > 0:
        deficit_l = result.session.mass_before_kg - result.session.mass_after_kg
        low, high = (v / result.sweat_loss_l * 100.0 for v in result.rehydrate_l)
        figure.add_shape(
            type="rect",
            x0=-0.45,
            x1=0.45,
            y0=low,
            y1=high,
            fillcolor="#2e8b57",
            opacity=0.25,
            line_width=0,
        )
        figure.add_annotation(
            x=0,
            y=high,
            text=f"aim: {1.25 * deficit_l:.2f}-{1.5 * deficit_l:.2f} L",
            showarrow=False,
            yshift=10,
        )
    figure.update_layout(
        title="Lost in sweat against replaced (% of each loss)",
        yaxis_title="% of the amount lost",
        barmode="stack",
        height=380,
        margin={"l": 10, "r": 10, "t": 50, "b": 40},
        legend={"orientation": "h", "y": -0.15},
    )
    return figure


def rehydration_schedule_figure(result: SweatResult) -> go.Figure:
    """Fluid [mL] and sodium [mg] to take in each half hour of the recovery."""
    steps = result.schedule
    labels = [f"{s.start_h:g}-{s.end_h:g} h" for s in steps]
    figure = go.Figure()
    figure.add_trace(
        go.Bar(
            x=labels,
            y=[s.fluid_l_min * 1000 for s in steps],
            name="fluid, at least (mL)",
            marker_color="#2e86c1",
        )
    )
    figure.add_trace(
        go.Bar(
            x=labels,
            y=[(s.fluid_l_max - s.fluid_l_min) * 1000 for s in steps],
            name="up to (mL)",
            marker_color="#aed6f1",
        )
    )
    figure.add_trace(
        go.Scatter(
            x=labels,
            y=[s.sodium_mg for s in steps],
            name="sodium (mg)",
            yaxis="y2",
            mode="lines+markers",
            line_color="#d9822b",
        )
    )
    figure.update_layout(
        barmode="stack",
        title="Rehydration schedule",
        # Each axis picks its own round ticks (synced ticks gave 247/493/740 mg).
        yaxis={"title": "fluid (mL)", "tickmode": "auto", "rangemode": "tozero"},
        yaxis2={
            "title": "sodium (mg)",
            "overlaying": "y",
            "side": "right",
            "rangemode": "tozero",
            "tickmode": "auto",
            "showgrid": False,
        },
        height=340,
        margin={"l": 10, "r": 10, "t": 50, "b": 40},
        legend={"orientation": "h", "y": -0.2},
    )
    return figure


def before_after_figure(before: DiaryCheck, after: DiaryCheck, date: str) -> go.Figure:
    """Each nutrient's % of target before and after adding suggested foods."""
    figure = go.Figure()
    for label, check, colour in (("before", before, "#bbb"), ("after", after, "#2e86c1")):
        day = check.days[(check.days["date"] == date) & check.days["nutrient"].isin(CHECKED)]
        day = day.set_index("nutrient").loc[list(CHECKED)]
        figure.add_trace(
            go.Bar(
                x=[LABELS[n] for n in day.index],
                y=day["percent_of_min"],
                name=label,
                marker_color=colour,
                text=[f"{p:.0f}%" for p in day["percent_of_min"]],
                textposition="outside",
            )
        )
    figure.add_hline(y=100, line_dash="dash", line_color="#555")
    figure.update_layout(
        barmode="group",
        title="Before and after the suggestion (% of target)",
        yaxis_title="% of the level to reach",
        height=340,
        margin={"l": 10, "r": 10, "t": 50, "b": 40},
        legend={"orientation": "h", "y": -0.2},
    )
    return figure
