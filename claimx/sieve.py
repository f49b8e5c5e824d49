"""Skipping text that cannot hold a claim, before the pipeline tokenizes it.

A claim needs a figure (a digit or a number word with its unit), a date (a
month or a relative-date phrase) or a quotation mark. Paragraphs (blocks of
lines between blank lines, so a hard-wrapped sentence stays whole) with none
of these are blanked out character for character, so every offset stays the
article's own: the tokenizer then sees one whitespace run where a paragraph
was. The headline, headings (Markdown's, or a plain line of a few words), the paragraph
before a table or a list, the paragraphs around a quotation (where its speaker may be named)
and a paragraph introducing a person by their title are always kept: they say whom the figures and quotes near them are
about. Web addresses are blanked (their slugs read as model names), and so are runs of non-space characters
too long to be words (a line of digits): they hold no claim, and would cost the tokenizer time quadratic in their
length.
Prose hard-wrapped at a fixed width has its line breaks made spaces, so its sentences run on
across lines; records cite the article's own characters and lines all the same.
"""

from __future__ import annotations

import itertools
import re

from .literals import alternation, starts_like
from .numbers import WORD_FIGURE_TAILS
from .ruleset import UNICODE_HYPHENS, RuleSet
from .spans import PARAGRAPH_BREAK, plain_heading, title_case_line

# Each pattern below opens on the characters it looks for, the context looked back to after them: `re` skips through
# a text to the characters that can open a pattern, but tries one that opens on a lookbehind or `^` at every character.
# A straight quote counts where it opens a word ('A download is a click'), no word before it and one after it
OPENING_STRAIGHT_QUOTE = r"(?<!\w')(?:(?<!')|(?=\w))"
# digits, quotation marks, a straight quote opening a word, a table row
MARKS = re.compile(rf"[0-9\"“”‘«»„|']{OPENING_STRAIGHT_QUOTE}")
QUOTE_MARKS = re.compile(rf"[\"“”‘«»„']{OPENING_STRAIGHT_QUOTE}")
HEADING = re.compile(r"[ \t]*#{1,6}\s")
TABLE_ROW = re.compile(r"[ \t]*\|")
LIST_ITEM = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])\s")
NOT_SPACE = re.compile(r"[^\s]")
FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,12}\]")  # [^1], [^note]
# a web address ("https://blog.google/models/gemini-3-deep-think/", "www.example.com/orca-3"): it holds no claim, and
# the slug in it reads as a model's name, which would become a subject (the article's model, even); it ends where a
# Markdown link or a bracket closes round it ("[Orca-3](https://...)")
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s)\]>\"'<]+", re.IGNORECASE)
# a formula a page took from a paper's LaTeX: "$14$T tokens", "a $1.2B$ variant", "$128K$ tokens". Its "$" marks
# open and close math, no dollars; a short run with a digit and no space between two of them, the second not
# opening a price ("$0.10/$0.40", "$5-$10")
INLINE_FORMULA = re.compile(r"\$(?<![\w$\\]\$)(?=[^\s$]{0,29}\d)[^\s$]{1,30}\$(?![\d.$])")
INVISIBLE = "\ufeff\u200b"  # a byte-order mark, a zero-width space
# a line of a list, a table or a heading: structure, never a wrapped line of prose
STRUCTURED_LINE = re.compile(r"[ \t]*(?:[-*•+|#>]|\d{1,3}[.)]\s)|[^\n]*\|[^\n]*\|")  # or a row: "MMLU | 44% |"
WRAP_MIN, WRAP_MAX = 50, 100  # the lengths of hard-wrapped lines (wrapped at 60 to 80 characters)
UNWRAPPED_MIN = 2 * WRAP_MAX  # a line of prose this long was never wrapped at a width ...
UNWRAPPED_WORDS = 20  # ... if it holds this many words: a long link or code is no prose
MIN_WRAPPED = 3  # lines breaking mid-sentence at that width before a text counts as hard-wrapped
SENTENCE_ENDS = (".", "!", "?", ":", '"', "”", ")")


class Sieve:
    def __init__(self, rules: RuleSet):
        numbers = rules.numbers
        # a number word alone ("one analyst") is no figure: the word after it makes one ("one-fifth", "ten times")
        words = [*numbers.fractions, *numbers.multipliers, *numbers.scales, *numbers.percent, *WORD_FIGURE_TAILS]
        words += [*rules.dates.relative_words, *rules.dates.weekdays]
        words = [w for w in words if w.isascii() and w[0].isalpha()]
        self.words = re.compile(rf"{starts_like(words)}\b(?:{alternation(words)})\b", re.I)
        months = [m.capitalize() for m in rules.dates.months]
        self.months = re.compile(rf"\b(?:{alternation(months)})\b")
        # a page's links to other stories ("Related: ...") hold no claim, and would lend their names as subjects
        labels = alternation(rules.tokenizer.link_labels) or "(?!)"
        # after an icon, if any ("📚 More on this topic: ..."); found from the line break before it
        self.link_lines = re.compile(
            rf"\n[ \t]*(?:\S{{1,4}}[ \t]+)?(?:{labels})[ \t]*:.*$", re.MULTILINE | re.IGNORECASE
        )
        # a person introduced by a title after the name ("Nicolas Roe, CEO of Ask Sage, believes ..."): a quote
        # paragraphs later may give them only a pronoun or their surname
        roles = alternation(rules.quotes.roles) or "(?!)"
        self.introduction = re.compile(
            rf"\b[A-Z][a-z]+(?:[ \t]+[A-Z][\w'’-]+)+,[ \t]+(?:[\w-]+[ \t]+){{0,4}}?(?i:{roles})s?\b"
        )
        # and a byte-order mark or zero-width space, which the tokenizer would glue to the next word
        self.longest_word = rules.tokenizer.max_word_length
        self.blanked = re.compile(rf"\S{{{self.longest_word + 1},}}|[{INVISIBLE}]")

    def sieve(self, text: str, body_start: int = 0) -> str:
        """The text with every paragraph that cannot hold a claim, every run of non-space characters too
        long to be a word, and what comes before `body_start` (front matter) replaced by spaces, line
        breaks kept. A Unicode hyphen reads as the hyphen it prints as (`one‑million‑token`): the rules, the
        number grammar and the tokenizer know the ASCII one."""
        if "\u2010" in text or "\u2011" in text:
            text = text.translate(UNICODE_HYPHENS)
        body = text[body_start:]
        if self._has_blanked_runs(body):
            body = self.blanked.sub(lambda run: " " * len(run.group()), body)
        body = self._link_lines_blanked(body)
        if "://" in body or "www." in body:
            body = WEB_ADDRESS.sub(lambda address: " " * len(address.group()), body)
        if "[^" in body:  # a Markdown footnote's mark ("Mode.[^1] OpenAI"): no claim, and it hides a full stop
            body = FOOTNOTE_MARK.sub(lambda mark: " " * len(mark.group()), body)
        if "$" in body:  # "$14$T tokens" reads "14 T tokens": a formula's marks are no dollars
            body = INLINE_FORMULA.sub(_formula_unmarked, body)
        text = NOT_SPACE.sub(" ", text[:body_start]) + body
        bounds = _paragraphs(text)
        keep = [self._may_hold_a_claim(text, start, end) for start, end in bounds]
        if all(keep):
            return _unwrapped(text)
        quoted = [bool(QUOTE_MARKS.search(text, start, end)) for start, end in bounds]
        keep[0] = True  # the headline names what the article is about
        for i, (start, end) in enumerate(bounds):
            if HEADING.match(text, start) or _a_plain_heading(text, start, end):
                keep[i] = True  # a heading names what its section's figures are about ('FrontierMath', no digit)
            if i and (TABLE_ROW.match(text, start) or LIST_ITEM.match(text, start)):
                keep[i - 1] = True  # and so does the lead-in of a table or a list
        for i, has_quote in enumerate(quoted):
            if has_quote:
                for j in range(max(0, i - 1), min(len(bounds), i + 2)):
                    keep[j] = True
        pieces = []
        for (start, end), kept in zip(bounds, keep, strict=True):
            pieces.append(text[start:end] if kept else NOT_SPACE.sub(" ", text[start:end]))
        return _unwrapped("".join(pieces))

    def _link_lines_blanked(self, text: str) -> str:
        """The text with its lines of links blanked, found from a line break each (the text's first line given one)."""
        return self.link_lines.sub(lambda line: NOT_SPACE.sub(" ", line.group()), "\n" + text)[1:]

    def _has_blanked_runs(self, text: str) -> bool:
        """Whether `blanked` would find anything: told by splitting on whitespace, five times faster than the
        regex's own scan (few texts have any)."""
        return any(mark in text for mark in INVISIBLE) or max(map(len, text.split()), default=0) > self.longest_word

    def _may_hold_a_claim(self, text: str, start: int, end: int) -> bool:
        """A figure, a date or a quotation mark; or a person introduced, whose later quote may not name them."""
        return bool(
            MARKS.search(text, start, end)
            or self.months.search(text, start, end)
            or self.words.search(text, start, end)
            or self.introduction.search(text, start, end)
        )


def _formula_unmarked(formula: re.Match) -> str:
    """An inline formula with its two `$` marks made spaces, one character for one."""
    return " " + formula.group()[1:-1] + " "


def _unwrapped(text: str) -> str:
    """The text with the line breaks of hard-wrapped prose made spaces, one character for one, so its sentences
    run on across lines whatever word opens the next: where `MIN_WRAPPED` or more lines of prose end mid-sentence
    at a wrapping width (`WRAP_MIN` to `WRAP_MAX` characters, the next line's first word too long to have fit on
    them), as e-mail and plain-text pages do. The first line (a headline) and title-case lines (headings) keep
    their breaks."""
    lines = text.split("\n")
    starts = [0, *itertools.accumulate(len(line) + 1 for line in lines)]  # each line's first character
    # a line shorter than the width with its spaces cannot wrap: told here, with no call (most lines are blank)
    joins = [
        i
        for i in range(1, len(lines) - 1)
        if len(lines[i]) >= WRAP_MIN and _wraps(text, starts[i], lines[i], lines[i + 1])
    ]
    # a line is wrapped where the next line's first word would not have fit on it: a list of facts, one a line
    # ("GPT-3 required 3.14e23 FLOP" then "PaLM consumed ..."), has room left on most of its lines
    width = max((len(lines[i].rstrip()) for i in joins), default=0)
    joins = [i for i in joins if len(lines[i].rstrip()) + 1 + len(lines[i + 1].split()[0]) > width]
    if len(joins) < MIN_WRAPPED or _a_line_past_any_width(lines):
        return text
    chars = list(text)
    for i in joins:
        chars[starts[i + 1] - 1] = " "
    return "".join(chars)


def _a_line_past_any_width(lines: list[str]) -> bool:
    """Does a line of prose run far past any wrapping width? Then the text was never wrapped at one, and its short
    lines that seem to wrap are rows of a flattened table ("OpenAI Yes 75% Off ($0.50/M)"), each its own sentence,
    never one run on into the next."""
    return any(
        len(line) > UNWRAPPED_MIN and len(line.split()) >= UNWRAPPED_WORDS and not STRUCTURED_LINE.match(line)
        for line in lines
    )


def _wraps(text: str, start: int, line: str, following: str) -> bool:
    """Does a line of prose (at `start`) break mid-sentence at a wrapping width, prose going on after it?"""
    body = line.rstrip()
    return (
        WRAP_MIN <= len(body) <= WRAP_MAX
        and not body.endswith(SENTENCE_ENDS)
        and bool(following.strip())
        and not STRUCTURED_LINE.match(line)
        and not STRUCTURED_LINE.match(following)
        and not title_case_line(text, start)
    )


def _a_plain_heading(text: str, start: int, end: int) -> bool:
    """Is the paragraph one line of a plain-text heading (its blank lines after it aside)?"""
    paragraph = text[start:end].strip()
    return "\n" not in paragraph and plain_heading(paragraph)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans covering the whole text, one per paragraph, each with the blank lines after it."""
    bounds, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds
