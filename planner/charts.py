"""Plotly figures of a checked day. Figures only: no Streamlit here."""

from __future__ import annotations

import plotly.graph_objects as go

from planner.check import DiaryCheck, food_totals
from planner.nutrients import CHECKED, LABELS, UNITS

STATUS_COLOURS = {
    "below": "#d9822b",
    "within": "#2e8b57",
    "above": "#c0392b",
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
        f"{LABELS[n]}: {row['total']:,.0f} {UNITS[n]} of {row['min']:,.0f} {UNITS[n]} "
        f"({row['min_kind']}){' - incomplete' if row['incomplete'] else ''}"
        for n, row in zip(day.index.astype(str), day.to_dict("records"), strict=True)
    ]
    figure = go.Figure(
        go.Bar(
            x=day["percent_of_min"],
            y=names,
            orientation="h",
            marker_color=[STATUS_COLOURS.get(s, "#8c8c8c") for s in day["status"]],
            text=[
                f"{p:.0f}%{' *' if inc else ''}"
                for p, inc in zip(day["percent_of_min"], day["incomplete"], strict=True)
            ],
            textposition="outside",
            hovertext=hover,
            hoverinfo="text",
            name="% of target",
        )
    )
    upper = day[day["max"].notna()]
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


def contributions_figure(check: DiaryCheck, date: str, *, top: int = 6) -> go.Figure:
    """Stacked bars: which foods make up each nutrient's % of target.

    The ``top`` foods by share of target are shown by name; the rest are summed as "other".
    """
    foods = food_totals(check, date)
    shares = foods.set_index("description")[list(CHECKED)].fillna(0.0)
    for name in CHECKED:
        shares[name] = shares[name] / check.targets[name].min * 100.0
    ranking = shares.sum(axis=1).sort_values(ascending=False)
    keep = list(ranking.index[:top])
    rest = shares.drop(index=keep)
    figure = go.Figure()
    labels = [LABELS[n] for n in CHECKED]
    for description in keep:
        figure.add_trace(
            go.Bar(
                x=labels,
                y=shares.loc[description].to_numpy(),
                name=description if len(description) <= 40 else description[:39] + "…",
                hovertemplate="%{y:.0f}% of target<extra>" + description + "</extra>",
            )
        )
    if len(rest):
        figure.add_trace(
            go.Bar(x=labels, y=rest.sum().to_numpy(), name="other foods", marker_color="#bbb")
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
