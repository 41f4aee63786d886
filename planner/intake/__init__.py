"""Intake against targets: the Dietary Reference Intakes, the daily check and trends."""
