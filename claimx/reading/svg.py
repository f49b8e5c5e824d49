"""The timeline drawn as SVG: one row and one `<g class="event">` per entry, a day as a dot, a range or a month
as a bar, the datings of an event the articles disagree on drawn side by side in red.

Self-contained (no external fonts, scripts or styles), deterministic, and every piece of article text escaped:
article text is data, never markup.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape, quoteattr

from ..escaping import visible
from .timeline import Dating, Entry, Timeline

WIDTH = 960
LABEL_WIDTH = 420  # the entry's date and words, left of the plot
PLOT_LEFT, PLOT_RIGHT = LABEL_WIDTH + 20, WIDTH - 30
ROW = 24
TOP = 40  # room for the axis' first and last dates
LABEL_CHARACTERS = 62  # what fits in LABEL_WIDTH at the font size below
STYLE = (
    "text{font-family:sans-serif;font-size:12px;fill:#222}"
    ".axis{stroke:#999}.mark{fill:#2b6cb0}.disagree .mark{fill:#c53030}.disagree text{fill:#c53030}"
)


def timeline_svg(timeline: Timeline) -> str:
    """The drawing of `timeline`, as an SVG document."""
    height = TOP + ROW * max(len(timeline.entries), 1) + 10
    first, last = timeline.first, timeline.last
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img">',
        f"<title>Timeline: {len(timeline.entries)} events</title>",
        f"<style>{STYLE}</style>",
    ]
    if first and last:
        scale = _Scale(date.fromisoformat(first), date.fromisoformat(last))
        parts += _axis(first, last, height)
        parts += [_entry(entry, TOP + ROW * index, scale) for index, entry in enumerate(timeline.entries)]
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


class _Scale:
    """Days to x positions across the plot; one day's width at least, so a lone date still shows."""

    def __init__(self, first: date, last: date):
        self.first = first.toordinal()
        self.days = max(last.toordinal() - self.first + 1, 1)

    def x(self, iso: str, end: bool = False) -> float:
        day = date.fromisoformat(iso).toordinal() - self.first + (1 if end else 0)
        return round(PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * day / self.days, 2)


def _axis(first: str, last: str, height: int) -> list[str]:
    return [
        f'<line class="axis" x1="{PLOT_LEFT}" y1="{TOP - 12}" x2="{PLOT_RIGHT}" y2="{TOP - 12}"/>',
        f'<text x="{PLOT_LEFT}" y="{TOP - 18}">{escape(first)}</text>',
        f'<text x="{PLOT_RIGHT}" y="{TOP - 18}" text-anchor="end">{escape(last)}</text>',
        f'<line class="axis" x1="{PLOT_LEFT}" y1="{TOP - 12}" x2="{PLOT_LEFT}" y2="{height - 6}"/>',
    ]


def _entry(entry: Entry, y: int, scale: _Scale) -> str:
    css = "event disagree" if entry.disagrees else "event"
    words = visible(entry_words(entry))
    label = words if len(words) <= LABEL_CHARACTERS else words[: LABEL_CHARACTERS - 1] + "…"
    datings = " / ".join(f"{d.shown} ({d.articles})" for d in entry.datings)
    marks = "".join(_mark(dating, y, scale) for dating in entry.datings)
    return (
        f"<g class={quoteattr(css)} data-date={quoteattr(entry.dating.start)}>"
        f"<title>{escape(f'{datings}: {words}')}</title>"
        f'<text x="8" y="{y + 15}">{escape(entry.dating.shown)}  {escape(label)}</text>{marks}</g>'
    )


def _mark(dating: Dating, y: int, scale: _Scale) -> str:
    if dating.is_span:
        x, end = scale.x(dating.start), scale.x(dating.end, end=True)
        return f'<rect class="mark" x="{x}" y="{y + 5}" width="{round(end - x, 2)}" height="12" rx="3"/>'
    middle = round((scale.x(dating.start) + scale.x(dating.start, end=True)) / 2, 2)
    return f'<circle class="mark" cx="{middle}" cy="{y + 11}" r="5"/>'


def entry_words(entry: Entry) -> str:
    """`Zhipu AI release GLM-5.2`: who did what to what; the event's own clause where the rules found neither."""
    if entry.actor is None and entry.action is None:
        return entry.event.strip()
    return " ".join(part for part in (entry.actor, entry.action, ", ".join(entry.objects)) if part)
