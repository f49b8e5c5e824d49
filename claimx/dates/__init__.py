"""Dates and the events they date.

- `grammar`: date expressions in text and where each falls in the calendar;
- `dated`: what the grammar reads and the calendar day it resolves to;
- `events`: which dates make events, the clause each governs, what relative dates count from;
- `parts`: who did what to what in that clause, and how sure that is.
"""

from .dated import DateMention
from .events import EventExtractor
from .grammar import DateGrammar

__all__ = ["DateGrammar", "DateMention", "EventExtractor"]
