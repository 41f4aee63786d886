"""Suggesting foods: the candidate pool, the basket solver, gap filling and a generated day."""
