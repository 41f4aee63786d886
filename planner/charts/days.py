"""Plotly figures of many days: trends with target bands, a heatmap, weeks, Na:K."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import plotly.graph_objects as go

from planner.fooddb.nutrients import CHECKED, LABELS, UNITS
from planner.intake.check import DiaryCheck
from planner.intake.trends import day_table, weekly_percent

_LAYOUT = {"margin": {"l": 10, "r": 10, "t": 50, "b": 40}}
#: Days on the x axis: whole days, never hours, even when there are only two of them.
_DAYS = {"type": "date", "tickformat": "%d %b %Y", "dtick": "D1", "tickangle": 0}


def _day_axis(count: int, *, every_day: int = 14) -> dict[str, object]:
    """A date axis ticking every day for spans of up to ``every_day`` days (a narrow chart
    takes fewer before its labels overlap) and letting Plotly choose otherwise."""
    return _DAYS if count <= every_day else {"type": "date", "tickformat": "%d %b %Y"}


def trend_figure(
    check: DiaryCheck,
    nutrient: str,
    *,
    other: DiaryCheck | None = None,
    other_name: str = "",
    sources: Mapping[str, str] | None = None,
    workout_dates: Collection[str] = (),
) -> go.Figure:
    """One nutrient's daily totals with its target band (level to reach up to the upper
    level); ``other`` adds a second line (the tracker's or the database's numbers).

    ``sources`` names where each date's intake came from (``"tracker"`` or ``"planned"``):
    a planned day is drawn as an open marker. Each of ``workout_dates`` is marked with a
    star: its band is raised by the workout's losses.
    """
    days = check.days[check.days["nutrient"] == nutrient].sort_values("date")
    unit = UNITS[nutrient]
    figure = go.Figure()
    upper = days["max"].fillna(days["total"].max() * 1.1 if days["total"].notna().any() else 0)
    figure.add_trace(
        go.Scatter(
            x=days["date"],
            y=days["min"],
            mode="lines",
            line={"width": 0},
            showlegend=False,
            hoverinfo="skip",
        )
    )
    figure.add_trace(
        go.Scatter(
            x=days["date"],
            y=upper,
            mode="lines",
            line={"width": 0},
            fill="tonexty",
            fillcolor="rgba(46,139,87,0.15)",
            name="target band",
            hoverinfo="skip",
        )
    )
    figure.add_trace(
        go.Scatter(
            x=days["date"],
            y=days["min"],
            mode="lines",
            line={"dash": "dash", "color": "#2e8b57"},
            name=f"level to reach ({days['min_kind'].iloc[0] if len(days) else ''})",
        )
    )
    intake: dict[str, object] = {}
    if sources is not None:
        where = [sources.get(d, "") for d in days["date"]]
        intake = {
            "marker": {"symbol": ["circle-open" if w == "planned" else "circle" for w in where]},
            "customdata": where,
            "hovertemplate": "%{x}: %{y:,.0f} " + unit + " (%{customdata})<extra></extra>",
        }
    figure.add_trace(
        go.Scatter(
            x=days["date"],
            y=days["total"],
            mode="lines+markers",
            name="your intake" if sources is None else "your intake (open: planned)",
            line={"color": "#2e86c1"},
            hovertemplate="%{x}: %{y:,.0f} " + unit + "<extra></extra>",
        ).update(intake)
    )
    trained = days[days["date"].isin(list(workout_dates))]
    if len(trained):
        figure.add_trace(
            go.Scatter(
                x=trained["date"],
                y=trained["total"],
                mode="markers",
                name="workout day (target raised)",
                marker={"symbol": "star", "size": 13, "color": "#d9822b"},
                hovertemplate="%{x}: workout, target %{customdata:,.0f} "
                + unit
                + "<extra></extra>",
                customdata=trained["min"],
            )
        )
    if other is not None:
        alt = other.days[other.days["nutrient"] == nutrient].sort_values("date")
        figure.add_trace(
            go.Scatter(
                x=alt["date"],
                y=alt["total"],
                mode="lines+markers",
                name=other_name,
                line={"color": "#d9822b", "dash": "dot"},
            )
        )
    figure.update_layout(
        title=f"{LABELS[nutrient]} per day ({unit})",
        xaxis=_day_axis(len(days)),
        height=360,
        yaxis_title=unit,
        legend={"orientation": "h", "y": -0.2},
        **_LAYOUT,
    )
    return figure


def heatmap_figure(check: DiaryCheck, *, sources: Mapping[str, str] | None = None) -> go.Figure:
    """Days by nutrients, coloured by % of the level to reach (100 % at the middle);
    ``sources`` (``"tracker"`` or ``"planned"`` by date) is named on hover."""
    table = day_table(check)
    columns = [f"{n}_pct" for n in CHECKED]
    z = table[columns].T.to_numpy(dtype=float)
    hover: dict[str, object] = {"hovertemplate": "%{x} %{y}: %{z:.0f}%<extra></extra>"}
    if sources is not None:
        where = [sources.get(str(d), "") for d in table.index]
        hover = {
            "customdata": [where for _ in CHECKED],
            "hovertemplate": "%{x} (%{customdata}) %{y}: %{z:.0f}%<extra></extra>",
        }
    figure = go.Figure(
        go.Heatmap(
            z=z,
            x=list(table.index),
            y=[LABELS[n] for n in CHECKED],
            zmin=0,
            zmax=200,
            colorscale=[[0, "#c0392b"], [0.35, "#f5b041"], [0.5, "#f7f7f7"], [1, "#2e86c1"]],
            colorbar={"title": "% of target"},
            **hover,
        )
    )
    figure.update_layout(
        title="% of target, day by day", height=300, xaxis=_day_axis(len(table)), **_LAYOUT
    )
    return figure


def weekly_figure(check: DiaryCheck) -> go.Figure:
    """Weekly mean of each nutrient as % of each day's level to reach (a training day's
    raised level on that day; :func:`planner.intake.trends.weekly_percent`)."""
    weeks = weekly_percent(check)
    figure = go.Figure()
    for name in CHECKED:
        figure.add_trace(
            go.Bar(x=[f"week of {week}" for week in weeks.index], y=weeks[name], name=LABELS[name])
        )
    figure.add_hline(y=100, line_dash="dash", line_color="#555")
    figure.update_layout(
        barmode="group",
        title="Weekly averages (% of target)",
        # The week is named on each tick: an axis title would sit on the legend below.
        xaxis={"type": "category"},
        height=340,
        yaxis_title="% of the level to reach",
        legend={"orientation": "h", "y": -0.2, "yanchor": "top"},
        **_LAYOUT,
    )
    return figure


def na_k_figure(check: DiaryCheck) -> go.Figure:
    """The sodium-to-potassium molar ratio per day, with 1 marked."""
    table = day_table(check)
    figure = go.Figure(
        go.Scatter(
            x=list(table.index),
            y=table["na_k_molar_ratio"],
            mode="lines+markers",
            name="Na:K",
            line={"color": "#8e44ad"},
        )
    )
    figure.add_hline(
        y=1, line_dash="dash", line_color="#555", annotation_text="1: WHO sodium and potassium"
    )
    figure.update_layout(
        title="Na:K molar ratio per day (lower is better)",
        # Shown at half the page's width: a label per day fits for about five days.
        xaxis=_day_axis(len(table), every_day=5),
        height=300,
        yaxis_title="mol Na per mol K",
        **_LAYOUT,
    )
    return figure
