"""What every part of the speaker search shares: the patterns a person's name is read with, the speaker found, and
what one article's quotes have established so far (people, titles, spokespeople), which later quotes refer back to.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...literals import alternation, starts_like

UPPER, LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"  # Latin letters with their accents: Tomás, Müller
NAME_WORD = rf"[{UPPER}](?:['’][{UPPER}])?[{LOWER}]+(?:[{UPPER}][{LOWER}]+)?"  # Tomás, O'Brien, LeCun, McKay
# a lookahead for the capital a name opens on, before the `\b` a pattern of names opens on: it lets the regex engine
# skip to the next capital, where a pattern opening on `\b` is tried at every character (twice as fast)
AT_A_CAPITAL = rf"(?=[{UPPER}])\b"
CAPITALISED = re.compile(rf"{AT_A_CAPITAL}{NAME_WORD}\b")
# initials written together are one token of the name: "C.C. Wei", "A.J. Roe" (read apart, the first is lost)
NAME_TOKEN = rf"(?:{NAME_WORD}(?:-[{UPPER}]?[{LOWER}]+)?|(?:[{UPPER}]\.){{2,3}}|[{UPPER}]\.?)"
# the lowercase particles a name holds between its capitalised words ("Ursula von der Leyen", "Mohammed bin Salman",
# "Charles de Gaulle"): read as a break, they cut the name to its given name alone, which then took the quote
NAME_PARTICLES = ("von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "bin", "bint", "ibn")
NAME_PARTICLE = rf"(?:{'|'.join(NAME_PARTICLES)})[^\S\n]+"
# a name never runs over a line break; up to six words, as a title before it is read with it and left out
# ("Chief Financial Officer Sarah Friar")
PERSON = re.compile(rf"{AT_A_CAPITAL}{NAME_TOKEN}(?:[^\S\n]+(?:{NAME_PARTICLE}){{0,2}}{NAME_TOKEN}){{1,5}}\b")
POSSESSIVE_AFTER = re.compile(r"(?:[^\S\n]+[A-Z][\w-]*)*['’]s?\b")  # the name, or the rest of it, then 's
# the name, or the rest of it, then "whom": "Lei Jun, whom he praised as" names what the verb acts on
OBJECT_RELATIVE = re.compile(r"(?:[^\S\n]+[A-Z][\w-]*)*,?\s+whom\b")
LONE_NAME = re.compile(rf"{AT_A_CAPITAL}({NAME_WORD}(?:-[{UPPER}][{LOWER}]+)?)\s*$")  # "Altman" right before "said"
SEARCH_BACK = 2000  # characters searched back for the person a pronoun means
# "spoke with former administration strategist and pundit Steve Bannon": the words between a spoken-to word and the
# name it is followed by, and how far back it is looked for
SPOKEN_TO_WORDS, SPOKEN_TO_REACH = 8, 120
ASIDE_REACH = 160  # characters searched back from a name for the comma opening the aside it may stand in

# the small words a long title holds: 'Under Secretary of Commerce for Industry and Security Alan Estevez'
TITLE_LINKS = frozenset({"and", "of", "for", "the"})
PLAIN_WORD = re.compile(r"[\w-]+")  # a word with no punctuation glued to it


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    text: str
    type: str  # person, org, unnamed
    position: int = 0
    title: str | None = None
    affiliation: str | None = None
    link: str = "named"  # how it was found: a SpeakerLink of the rule set

    @property
    def pronoun(self) -> bool:
        return self.link in ("pronoun", "remembered")

    @property
    def rank(self) -> int:
        """Named people first, then organisations, unnamed speakers, pronouns."""
        return 3 if self.pronoun else {"person": 0, "org": 1, "unnamed": 2}[self.type]


@dataclass
class ArticleState:
    """What the quotes of one article have established so far."""

    people: dict[str, str] = field(default_factory=dict)  # a name or any of its words -> the full name
    titles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # full name -> title, affiliation
    last_person: Speaker | None = None
    last_quote: tuple[int, Speaker, str] | None = None  # (end offset, speaker, cue) of the last attributed quote
    speaking: set[int] = field(default_factory=set)  # where a person named speaks a quote: "Reed's answer: "...""
    spokespeople: dict[str, str] = field(default_factory=dict)  # a spokesperson role -> whom it last spoke for
    # a run of capitalised words (its span) -> is it a heading's: asked of every mention within reach of each quote
    headings: dict[tuple[int, int], bool] = field(default_factory=dict)
    # ... and the name it holds, where that starts, and the title around it (see Speakers._name_read)
    names: dict[tuple[int, int], tuple[str, int, tuple[str | None, str | None]] | None] = field(default_factory=dict)
    # is an offset inside a quotation: a name there is in someone's words, never whom a pronoun refers to
    quoted: Callable[[int], bool] = lambda offset: False
    # a surname alone -> the one full name the article gives it anywhere, or None (see People._given_in_full)
    in_full: dict[str, str | None] = field(default_factory=dict)
    runs_by_end: dict[int, re.Match] | None = None  # every run of capitalised words in the article, by where it ends


def any_word(words: list[str]) -> re.Pattern:
    """Any of `words` (or phrases, spaced any way) standing alone, in any case."""
    phrases = alternation(words).replace(r"\ ", r"\s+")
    return re.compile(rf"{starts_like(words)}(?<![\w-])(?:{phrases})(?![\w-])", re.IGNORECASE)
