"""Resolving what people write: food search, food names and amounts."""
