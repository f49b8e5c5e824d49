"""A figure that is the value before a change (`grew from 128K to 200K`, `up from 68%`, `LiveBench (31.2% to
48.7%)`): what the value was, nobody's now. The figure after it is the new value, of the same kind; and neither
the old value nor a name near it is anyone's figure now (asked by `subjects` and the figures' claims too).

And a measure stated as a change's new value (`cut the price to $2`, `now costs $2`, `$2, down from $10`): its
record says so (`changed`, and `was` where the text names the old value), so the cross-check reads another article's
other figure as the time before the change, not a contradiction."""

from __future__ import annotations

from spacy.tokens import Span

from ...changes import CHANGE_BEFORE
from ...numbers import Figure
from ...spans import DocSpans
from ..context import clause_start


def value_before_a_change(spans: DocSpans, sent: Span, figure: Figure) -> bool:
    """`grew from 128K to 200K`, `up from 68%`, `Arena Hard v2 (19.56% to 43.1%)`: the figure is what the value
    was, nobody's now."""
    return spans.marker_before(figure.token_start, {"PAST"}, 0, sent.start) is not None or opens_a_bracketed_change(
        spans, sent, figure
    )


def opens_a_bracketed_change(spans: DocSpans, sent: Span, figure: Figure) -> bool:
    """`LiveBench (31.2% to 48.7%)`: the figure opens a change in brackets, the value before it."""
    opening, joint = figure.token_start - 1, figure.token_end
    return (
        opening >= sent.start
        and spans.words[opening] == "("
        and joint + 1 < sent.end
        and spans.lowers[joint] == "to"
        and spans.figure_starting_at(joint + 1) is not None
    )


# -- a figure stated as a change's new value -------------------------------------

NEW_VALUE_REACH = 8  # tokens from a change's words to its new value: "now supports a context window of 1 million"
CHANGED_FROM_REACH = 6  # tokens from a new value to the old one's cue: "$2 per million input tokens, down from $10"
CHANGE_AFTER = frozenset({"CHANGED_FROM"})  # "down from", "(down 33%", "previously"
CHANGE_LABELS = CHANGE_BEFORE | CHANGE_AFTER | {"PAST", "CHANGE_VERB"}
NO_CHANGE = (False, None)
LIST_JOINTS = {"and", "/", ",", "or"}  # "down from $10 and $40": old values listed, paired with nobody surely


def stated_change(spans: DocSpans, sent: Span, figure: Figure, openers: set[str]) -> tuple[bool, float | None]:
    """Whether the text states the figure as a change's new value (`cut the price to $2`, `now costs $2`, `$2, down
    from $10`, `from 128K to 256K`), and the value before it where it names one alone (`down from $10`, not `down
    from $10 and $40`, whose pairing nobody can tell)."""
    if not CHANGE_LABELS & spans.labels_in(sent.start, sent.end):
        return NO_CHANGE  # asked of every price and window, and few sentences tell a change: no clause read
    if value_before_a_change(spans, sent, figure):
        return NO_CHANGE  # the old value itself
    before_to = _old_value_before_to(spans, sent, figure)
    if before_to is not None:
        return True, before_to.value
    after = spans.marker_after(figure.token_end, CHANGE_AFTER, CHANGED_FROM_REACH, sent.end)
    if after is not None and not _figure_between(spans, figure.token_end, after.start):
        return True, _lone_old_value(spans, sent, figure, after.end)
    start = clause_start(spans, sent, figure.token_start, openers)
    if spans.marker_before(figure.token_start, CHANGE_BEFORE, NEW_VALUE_REACH, start) is not None:
        return True, None
    return NO_CHANGE


def _old_value_before_to(spans: DocSpans, sent: Span, figure: Figure) -> Figure | None:
    """`cut from $10 to $2`, `raised its window from 200K to 1M`: the old value right before the `to` the figure
    follows."""
    joint = figure.token_start - 1
    if joint <= sent.start or spans.lowers[joint] != "to":
        return None
    for k in range(joint - 1, max(sent.start, joint - NEW_VALUE_REACH) - 1, -1):
        old = spans.figure_starting_at(k)
        if old is not None:
            return old if old.token_end == joint and _changed_from(spans, sent, old) else None
    return None


def _changed_from(spans: DocSpans, sent: Span, old: Figure) -> bool:
    """`grew from 128K`, `(from 1451`, or `from` after a change's verb in its clause (`raised the window from
    200K`): the old value of a change, not a span's end (`windows from 8K to 128K` across a family)."""
    if value_before_a_change(spans, sent, old):
        return True
    opening = old.token_start - 1
    return (
        opening > sent.start
        and spans.lowers[opening] == "from"
        and spans.marker_before(opening, {"CHANGE_VERB"}, NEW_VALUE_REACH, sent.start) is not None
    )


def _lone_old_value(spans: DocSpans, sent: Span, figure: Figure, at: int) -> float | None:
    """The figure right after a change's cue (`down from $10`, `previously $10`), of the new value's unit (`(down
    33%)` names the change's size, no old value), and alone: `down from $10 and $40` pairs with nobody surely."""
    at += at < sent.end and spans.lowers[at] == "from"  # "(down from $10)"
    old = spans.figure_starting_at(at)
    if old is None or old.unit_class != figure.unit_class or old.unit != figure.unit:
        return None
    return None if _listed_after(spans, sent, old) else old.value


def _listed_after(spans: DocSpans, sent: Span, old: Figure) -> bool:
    """Does another value of the old one's unit follow it in a list (`$10 and $40`, `$3 per million input tokens
    and $15 per million output tokens`)? Then which is whose, the pairing reads (figures.olds)."""
    for joint in range(old.token_end, min(sent.end - 1, old.token_end + CHANGED_FROM_REACH)):
        if spans.words[joint] in LIST_JOINTS:
            listed = spans.figure_starting_at(joint + 1)
            if listed is not None and listed.unit_class == old.unit_class:
                return True
    return False


def _figure_between(spans: DocSpans, start: int, end: int) -> bool:
    """Does a figure start among tokens `start..end`? (`$1.25, while o3 costs $2, down from $10`: the cue is $2's)"""
    return any(spans.figure_starting_at(k) is not None for k in range(start, end))


# -- a change's old values listed after its new ones, in its sentence or the next -------------------------------

OLD_VALUE_CUES = frozenset({"PAST", "CHANGED_FROM", "OLD_VALUE"})  # "down from", "a reduction from", "previously"


def listed_old_values(
    spans: DocSpans, sent: Span, after: int, like: list[Figure], list_ends: frozenset[str]
) -> list[Figure]:
    """The figures of the new values' unit after the first old value's cue from token `after` in the sentence:
    `down from $10 and $40`, `Previously it cost $10 and $40, respectively`, `an 80% reduction from previous rates
    of $10 and $40`; `list_ends` end the list with its clause. Empty where no cue follows, or where the new values are
    of more than one unit."""
    units = {(figure.unit_class, figure.unit) for figure in like}
    cues = spans.markers_in(after, sent.end, OLD_VALUE_CUES)
    if len(units) != 1 or not cues:
        return []
    end = min(cues, key=lambda marker: marker.start).end
    start = spans.token_starts[end] if end < len(spans.token_starts) else sent.end_char
    listed: list[Figure] = []
    for figure in spans.figures_within(start, sent.end_char):
        if listed and not list_ends.isdisjoint(spans.lowers[listed[-1].token_end : figure.token_start]):
            break  # "from the original $15/$75, while X keeps its $3/$15": the list ends with its clause
        if (figure.unit_class, figure.unit) in units:
            listed.append(figure)
    return listed


def paired_surely(sides_new: list[str | None], sides_old: list[str | None], said_in_order: bool) -> bool:
    """Do the old values pair with the new ones in order? The text says so (`respectively`); each pair names the
    same tokens (`$6 per million input tokens and $22.50 per million output tokens, up from $3 per million input
    tokens and $15 per million output tokens`); or there is one of each, naming no other tokens (not `$2 per
    million input tokens. Previously, output cost $40`)."""
    if len(sides_new) != len(sides_old) or not sides_new:
        return False
    if said_in_order:
        return True
    if len(sides_new) == 1:
        return None in (sides_new[0], sides_old[0]) or sides_new == sides_old
    return None not in sides_new and sides_new == sides_old
