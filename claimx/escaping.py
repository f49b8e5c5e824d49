"""Article text made safe for where a report puts it: article text is data, never instructions.

A terminal or a CI log runs escape sequences (`\\x1b[2J` clears the screen) and Unicode direction controls
reorder what is shown; a spreadsheet runs a cell that starts like a formula (`=HYPERLINK(...)`); a Markdown
viewer renders raw HTML (`<script>`). Each writer passes article text through the function for its medium.
"""

from __future__ import annotations

import html
import re

# control characters but the line break and the tab; C1 controls; bidirectional overrides and isolates
INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def visible(text: str) -> str:
    """`text` with every control character written out (`\\x1b`), as a person should see it."""
    return INVISIBLE.sub(lambda m: _escaped(m.group()), text)


def _escaped(char: str) -> str:
    return f"\\x{ord(char):02x}" if char <= "\xff" else f"\\u{ord(char):04x}"


def spreadsheet_cell(value):
    """A text cell a spreadsheet would run as a formula, quoted with a leading apostrophe (OWASP's advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def markdown_text(text: str) -> str:
    """Text for a Markdown page: HTML in it shown, not rendered; control characters written out."""
    return html.escape(visible(text), quote=False)
