"""Plotly figures: one day, and many days."""
