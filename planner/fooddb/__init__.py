"""The food database: the USDA and DRI tables, their schemas, and how they are built."""
