"""Markdown pipe tables: each figure under a known header is a claim about its row's or column's model.

`grid` finds the tables and their cells, `sheets` the spec sheets written a key
line over its value's line (key-value tables without pipes), `subjects` says whom a
row, a column or a whole key-value table is about, `claims` turns headers and cells
into records.
"""

from .claims import TableClaims
from .grid import Table, find_tables, table_line_test

__all__ = ["Table", "TableClaims", "find_tables", "table_line_test"]
