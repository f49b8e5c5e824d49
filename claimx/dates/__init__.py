"""Dates and the events they date.

- `grammar`: date expressions in text and where each falls in the calendar;
- `events`: which dates make events, the clause each governs, what relative dates count from;
- `parts`: who did what to what in that clause, and how sure that is.
"""

from .events import EventExtractor
from .grammar import DateGrammar, DateMention

__all__ = ["DateGrammar", "DateMention", "EventExtractor"]
