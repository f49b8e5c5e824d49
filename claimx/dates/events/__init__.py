"""The events dates govern: which date makes an event, the clause it governs, and what a relative date counts from.

A day makes an event, whatever happens in its clause; a month or a relative
date only where its clause has an action. No event comes from a date inside a
quotation (the speaker's), a dateline or a page's date line (`Created on
December 26 | Last edited on January 9`), a footnote's source, or a date that
only qualifies a noun (`Jan. 24's closing price`). The year comes from the date
itself, else the article's publication date (the manifest, else a dateline in
the article such as `Posted on Jun 25, 2026`), else it stays unknown. A relative
date counts from the event it names where the article dates that event, from
the date just before it, or from publication; where none applies it is left
undated rather than guessed.

- `extractor`: `EventExtractor`, reading an article's sentences and the dates that govern events in them;
- `datelines`: the article's own date, and the datelines and date lines that date the page, not an event;
- `qualifiers`: dates that qualify a noun, a writing, a photo, a period or a benchmark's edition;
- `years`: the year of a date written without one;
- `clauses`: the clause a date governs, and the words in it that are not its;
- `entries`: list items and timeline entries a date heads;
- `records`: the event records a date, or a table's release row, makes;
- `relative`: what a relative date counts from.
"""

from .extractor import EventExtractor
from .records import RELEASE

__all__ = ["RELEASE", "EventExtractor"]
