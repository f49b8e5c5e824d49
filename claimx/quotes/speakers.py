"""Who said a quote: people named (with their titles), organisations, unnamed speakers, pronouns.

A speaker is found in a stretch of text the attribution points at; a pronoun or a
bare surname means the person named before, with the title given there.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..entities import Entity
from ..literals import alternation, starts_like
from ..ruleset import RuleSet
from ..spans import COMPARISON_CUES, LIST_JOINS, DocSpans, title_case_line

NON_SPACE = re.compile(r"\S+")
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
# "Guillaume Lample and Timothee Lacroix": two names joined, neither of whom a later "he" can mean alone
JOINED_AFTER = re.compile(r"(?:[^\S\n]+[A-Z][\w’'-]*)*[^\S\n]+(?:and|or|&)[^\S\n]+[A-Z]")  # the rest of the name first
DESCRIBING_REACH = 30  # characters before a name searched for a describing word and a first name
JOINED_BEFORE = re.compile(r"[A-Z][\w’'-]*,?[^\S\n]+(?:and|or|&)[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+)*$")
# an organisation in a list ("SK Hynix, Samsung Electronics and the US's Micron Technology"): one of several, which a
# later "it" or "the company" cannot mean alone; the rest of its name, the names after it, then the joining word
ORG_JOINED_AFTER = re.compile(
    r"(?:[^\S\n]+[A-Z][\w’'.&-]*)*(?:,[^\S\n]+[A-Z][\w’'.&-]*(?:[^\S\n]+[A-Z][\w’'.&-]*)*)*,?[^\S\n]+(?:and|or|&)[^\S\n]+"
)
ORG_JOINED_BEFORE = re.compile(
    r"[A-Z][\w’'.&-]*,?[^\S\n]+(?:and|or|&)[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w’'.&-]*[^\S\n]+)*$"
)
ORGANISATION_OWNER = re.compile(r"(\S+)['’]s[^\S\n]+$")  # "Nvidia's " right before a name
# what may stand between a name and its cue: nothing, or its short form in brackets ("the Commerce Department's
# Bureau of Industry and Security (BIS) said"), the short form's own closing bracket after it
BESIDE_THE_CUE = re.compile(r"\)?\s*(?:\([^()\n]{1,20}\)\s*)?")
LONE_NAME = re.compile(rf"{AT_A_CAPITAL}({NAME_WORD}(?:-[{UPPER}][{LOWER}]+)?)\s*$")  # "Altman" right before "said"
# "Priya Ramdas, a semiconductor analyst at X", "Gregory Allen, director of the Y Center"
APPOSITIVE = re.compile(
    r",[^\S\n]+(?P<article>(?:a|an|the)\s+)?(?P<title>[^,.;\n]+?)"
    r"(?:\s+(?:at|of|with|for)\s+(?:the\s+)?(?P<org>[^,.;\n]+?))?(?=[,.;\n]|\s+who\b)"
)
# "A spokesperson for Meta, Ashley Gabriel": the title and organisation before a name set off by commas
ROLE_BEFORE = re.compile(
    r"\b(?i:a|an|the)\s+(?P<title>[\w -]{1,40}?)\s+(?:for|at|of|with)\s+(?:the\s+)?(?P<org>[^,.;]{1,60}?),\s*$"
)
FOR_ORGANISATION = re.compile(r"\s+(?:for|at|of|with)\s+(?P<the>the\s+)?")  # "a spokesperson for Nvidia"
OWNED_TITLE = re.compile(rf"(?P<owner>[{UPPER}][\w.&-]*(?:\s+[{UPPER}][\w.&-]*){{0,3}})['’]s\s+(?P<title>.+)")
# "the Bureau of Industry and Security's assistant secretary for export administration": an appositive whose owner,
# a name of any length with its small words, holds the title after its possessive
OWNED_APPOSITIVE = re.compile(rf"(?P<owner>[{UPPER}][^,;\n]*?)['’]s\s+(?P<title>.+)")
HONORIFIC_END = re.compile(r"(?:\s*\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gen)\.?)+$")  # "chief scientist Dr. Amara Okafor"
POSSESSIVE_START = re.compile(r"^\s*['’]s\b")  # "DeepSeek's head of research": the title begins after it
SEARCH_BACK = 2000  # characters searched back for the person a pronoun means
# "spoke with former administration strategist and pundit Steve Bannon": the words between a spoken-to word and the
# name it is followed by, and how far back it is looked for
SPOKEN_TO_WORDS, SPOKEN_TO_REACH = 8, 120
ASIDE_REACH = 160  # characters searched back from a name for the comma opening the aside it may stand in


# the small words a long title holds: 'Under Secretary of Commerce for Industry and Security Alan Estevez'
TITLE_LINKS = frozenset({"and", "of", "for", "the"})
NO_BRACKETS = str.maketrans("", "", "()")
PLAIN_WORD = re.compile(r"[\w-]+")  # a word with no punctuation glued to it
CLAUSE_CLOSER = re.compile(r"[,;:]")  # what ends a subordinate clause before a cue
ASIDE_CLOSED = re.compile(r"[^,.;:\n]*,")  # the rest of an aside, to the comma that closes it
TITLE_REACH = 120  # characters searched back for the title a run of capitalised words may end
NEXT_WORD = re.compile(r"[^\S\n]+([A-Za-z-]+)")
OBJECT_REACH = 80  # characters searched back from a name for the word that makes it an object
MAX_TITLE_WORDS = 4  # a title between that word and the name: "to Energy Secretary Jane Roe"


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


class Speakers:
    """Finds speakers in text; built once from the rule set."""

    def __init__(self, rules: RuleSet):
        words = rules.quotes
        roles = alternation(w for role in words.roles for w in (role, role + "s"))
        # "one analyst", or any "a senior Commerce Department official": a role with no name after it
        groups = alternation(words.group_nouns) or "(?!)"
        self.unnamed = re.compile(
            rf"(?<![\w-])(?:(?i:{alternation(words.unnamed)})"
            rf"|(?i:a|an|the|one|another|two|three|several|some)\s+(?:[\w.&’'-]+\s+){{0,4}}?"
            rf"(?i:{roles})(?:\s+(?i:{roles}))*"  # "the chief executive": all its role words
            # an organisation's people: "Google employees", "testers at Microsoft"
            rf"|(?:[A-Z][\w.&’'-]*\s+){{1,3}}(?i:{groups})"
            rf"|(?i:{groups})\s+(?:at|from|of|inside)\s+[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){{0,2}}"
            rf")(?![\w-])(?!,?\s+[A-Z])"
        )
        self.pronoun = any_word([*words.person_pronouns, *words.org_pronouns])
        # "reasons that BIS said", "as the agency said": a clause's opener right before a name (or "the ...")
        self.clause_opener_before = re.compile(
            rf"(?<![\w-])(?i:{alternation([*words.relative_openers, *words.subordinate_openers]) or '(?!)'})"
            rf"[^\S\n]+(?:(?i:the)[^\S\n]+)?$"
        )
        self.definite_words = {w.lower() for w in words.definite_words}
        self.object_words = {w.lower() for w in words.object_words}
        self.cue_words = {w.lower() for w in words.cues}
        self.model_tiers = {t for t in rules.names.tiers if t[:1].isupper()}
        self.describing_articles = {w.lower() for w in words.describing_articles}
        # "the company said", "the Beijing-based startup": an organisation named before
        self.org_description = re.compile(
            rf"(?<![\w-])(?i:{alternation(words.definite_words)})\s+(?:[\w’'-]+\s+){{0,2}}?"
            rf"(?i:{alternation(words.organisation_descriptions)})(?![\w-])"
        )
        self.site_types = set(words.site_types)
        # "the ChatGPT maker", "the Claude developer": a product's maker, named by the product
        self.product_makers = {family.family: family.maker for family in rules.families} | {
            name: rule.maker for rule in rules.entities if rule.maker for name in (rule.name, *rule.aliases)
        }
        self.maker_epithet = re.compile(
            rf"(?<![\w-])(?i:{alternation(words.definite_words)})\s+(?P<product>{alternation(self.product_makers)})"
            rf"[-\s](?i:{alternation(words.maker_nouns) or '(?!)'})(?![\w-])(?!['’]s\b)"  # not "the X maker's CEO"
        )
        # "a Taylor Swift analogy", "Manager of Mobile Handsets": the first name may stand between (a surname's check)
        self.describing_before = re.compile(
            rf"\b(?:{alternation(words.describing_words) or '(?!)'})[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+)?$"
        )
        self.after_thing_word = re.compile(rf"(?<![\w-])(?i:{alternation(words.thing_words)})\s+$")
        # "its AI Research Institute": an acronym may stand between the possessive and the unit's name
        self.after_unit_possessive = re.compile(
            rf"(?<![\w-])(?i:{alternation(words.unit_possessives) or '(?!)'})[^\S\n]+(?:[{UPPER}]{{2,}}[^\S\n]+)?$"
        )
        organisation, links = alternation(words.organisation_words) or "(?!)", alternation(words.organisation_links)
        self.after_organisation_link = re.compile(
            rf"\b(?:{organisation})[^\S\n]+(?:{links or '(?!)'})[^\S\n]+(?:the[^\S\n]+)?$"
        )
        self.adjective_suffix = re.compile(rf"-(?:{alternation(words.adjective_suffixes) or '(?!)'})$")
        # "told CBS' Lesley Stahl", "told reporter Jo Lin": the words, an outlet's possessive or a role between
        # (and for a surname, the first names before it), and what a name found inside a word leaves of it
        # ("with H.E. Omar Al Olama", the name read from "E.")
        self.spoken_to = re.compile(
            rf"(?<![\w-])(?i:{alternation(words.spoken_to_words)})\s+(?:\S+(?:'s|’s|'|’)\s+)?"
            rf"(?:(?!(?:{alternation(rules.events.clause_openers)})\b)[\w’'.-]+\s+){{0,{SPOKEN_TO_WORDS}}}[\w.]*$"
        )
        # "After the department opened a probe, Sophgo said": the names of an opening clause are not the speaker's
        self.subordinate_clause = re.compile(
            rf"\s*(?i:{alternation(words.subordinate_openers) or '(?!)'})\b[^,;:\n]*,", re.IGNORECASE
        )
        # "X's remarks came after China urged the US to": a lower-case opener mid-sentence, then the word after it
        self.inner_opener = re.compile(
            rf"(?<![\w-])(?:{alternation(words.subordinate_openers) or '(?!)'})[^\S\n]+(?P<next>[\w-]+)"
        )
        # "Jane Roe, who replaced John Doe last year, said", "Roe, acting head as nominee John Doe awaits a vote,
        # said": an aside a clause opener leads, set off by commas between a name and its cue; a name inside it is
        # no one a later "she said" means (the aside's opening, then what follows the name up to the cue)
        openers = alternation([*words.relative_pronouns, *words.subordinate_openers]) or "(?!)"
        self.aside_opened = re.compile(
            rf"[{UPPER}][\w’'-]*,[^,.;:\n]*?(?<![\w-])(?i:{openers})(?![\w-])[^,.;:\n]*$"
        )
        self.aside_closed_by_a_cue = re.compile(
            rf"[^,.;:\n]*,[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:{alternation(words.cues)})(?![\w-])"
        )
        citations = alternation(words.report_citations).replace(r"\ ", r"\s+") or "(?!)"  # a phrase over a line break
        self.report_citation = re.compile(rf"(?<![\w-])(?i:{citations})(?![\w-])")
        self.person_pronouns = {p.lower() for p in words.person_pronouns}
        # "he told Altman", "she asked Jensen Huang": the one a pronoun's cue addresses, whom the pronoun never means
        self.addressed = re.compile(
            rf"[^\S\n]+(?i:{alternation([*words.cues, *words.spoken_to_words])})[^\S\n]+"
            rf"(?P<name>{NAME_WORD}(?:[^\S\n]+{NAME_WORD}){{0,2}})\b"
        )
        self.narrator = re.compile(rf"(?<![\w'’-])(?:{alternation(words.narrator_words) or '(?!)'})(?![\w'’-])")
        self.roles = {w.lower() for w in words.roles}
        self.spokesperson_roles = {w.lower() for w in words.spokesperson_roles}
        self.institutions = {w.lower() for w in words.unnamed if w.lower().split()[0] in self.definite_words}
        self.role_modifiers = {w.lower() for w in words.role_modifiers}
        self.role_endings = {w.lower() for w in words.role_endings}
        self.role_abbreviations = {k.lower(): {w.lower() for w in v} for k, v in words.role_abbreviations.items()}
        self.not_first = rules.not_name_words()
        self.given_names = set(words.given_names)
        self.headline_small_words = set(words.headline_small_words)
        self.organisation_words = set(words.organisation_words)
        self.document_words = set(words.document_words)
        # "Sakana AI", "Tallis Ridge Research": an organisation the alias table lacks, told by its last word
        self.unknown_organisation = re.compile(
            rf"{AT_A_CAPITAL}(?:{NAME_WORD}[^\S\n]+){{1,3}}(?:{alternation(words.organisation_words) or '(?!)'})\b"
        )
        # "Trump was asked ...", "Bessent said": one capitalised word speaking, someone the article has not
        # named in full
        self.lone_speaker = re.compile(
            rf"{AT_A_CAPITAL}({NAME_WORD})[^\S\n]+(?:(?:was|is|has|had)[^\S\n]+)?(?:{alternation(words.cues)})\b"
        )

    def speaker_at(
        self, spans: DocSpans, start: int, end: int, state: ArticleState, first: bool = False
    ) -> Speaker | None:
        """The speaker named in `start..end`: a person before an organisation before an unnamed one
        before a pronoun; with `first`, the candidate nearest `start`."""
        text = spans.text
        # "In an interview with Bloomberg's Emily Chang, Sam Altman said": a name of whom the speaker spoke to never
        # says it (a pronoun refers back to someone named before, and may follow such a name: "with Tom Reed. He said")
        candidates = [
            c
            for c in self._candidates(spans, start, end, state, first)
            if c.pronoun or not self.spoken_to_at(text, c.position)
        ]
        opening = None if first else self.subordinate_clause.match(text, start, end)
        # "As Dana Whitfield, Mistral's Chief Financial Officer, explained": a title after the opening's comma keeps
        # the cue in the opening clause, whose subject speaks
        titled = opening is not None and self._a_title(text[opening.end() : end].strip(" ,"))
        if opening is not None and not titled:
            candidates = [c for c in candidates if c.position >= opening.end()]
        inner = None if first else self._subordinate_subject_at(text, start, end, candidates, state)
        if inner is not None:
            candidates = [c for c in candidates if c.position >= inner]
        narrator = [m.start() for m in self.narrator.finditer(text, start, end) if not state.quoted(m.start())]
        if narrator and not first:
            candidates = [c for c in candidates if c.position > narrator[-1]]  # "..., I blurt out:" is the writer
        if not first:  # "He praised Huang's work, calling him", "Lei Jun, whom he praised as": not the cue's subject
            candidates = [
                c for c in self._without_objects(text, candidates, end) if not self._an_objects_name(text, c, end)
            ]
        if not candidates:
            return None
        if first:
            titled = [c for c in candidates if c.type == "person" and self._titled(text[start : c.position])]
            return max(titled, key=lambda c: c.position, default=min(candidates, key=lambda c: c.position))
        right_before = [c for c in candidates if c.pronoun and not text[c.position + len(c.text) : end].strip(" ,")]
        if right_before and min(c.rank for c in candidates) > 0:
            return right_before[0]  # "Speaking at a developer event, he said": "he" says it
        beside = [
            c for c in candidates if not c.pronoun and BESIDE_THE_CUE.fullmatch(text, c.position + len(c.text), end)
        ]
        if beside and self.clause_opener_before.search(text, max(start, beside[-1].position - 30), beside[-1].position):
            return beside[-1]  # "reasons that BIS said are": the clause's subject, not a person named before it
        people = [c for c in candidates if c.rank == 0]
        named_org = beside and beside[-1].type == "org" and beside[-1].link == "named"
        if beside and (beside[-1].rank == 0 or named_org and not people):
            # "Anderson offered to cut it, to which Altman said": the cue's own subject; so an organisation where
            # nobody is named ("first on the Apple app store, where DeepSeek says"), not one after a person
            # ("Jensen Huang of Nvidia said")
            return beside[-1]
        if not beside and LONE_NAME.search(text, start, end):
            # "In a post on his Truth Social platform, Trump said": a surname right before the cue is its subject,
            # not a name further back
            lone = self.lone_name(spans, start, end, state)
            if lone is not None and self.spoken_to_at(text, lone.position):
                lone = None  # "Li Wen was quoted by Reuters as saying": whom she spoke to reports it, the subject spoke
            return lone or min(candidates, key=lambda c: (c.rank, c.position))
        return min(candidates, key=lambda c: (c.rank, c.position))

    def _subordinate_subject_at(
        self, text: str, start: int, end: int, candidates: list[Speaker], state: ArticleState
    ) -> int | None:
        """Where the subject of a cue at `end` begins when the cue is inside a clause a subordinate opener begins
        mid-sentence (`Kate Koren's remarks came on Wednesday after China on Monday urged the US to`): the names
        before the opener are the main clause's, never the cue's subject. Only where a name or a candidate follows
        the opener (`Huang after the meeting said` keeps Huang), and no comma closes the clause before the cue."""
        openers = [
            m
            for m in self.inner_opener.finditer(text, start, end)
            if not state.quoted(m.start()) and not CLAUSE_CLOSER.search(text, m.end(), end)
        ]
        if not openers:
            return None
        opener = openers[-1]
        named = opener["next"][:1].isupper() and opener["next"] not in self.not_first
        if named or any(c.position >= opener.start("next") for c in candidates if not c.pronoun):
            return opener.start("next")
        return None

    def _candidates(self, spans: DocSpans, start: int, end: int, state: ArticleState, first: bool) -> list[Speaker]:
        """Everyone `start..end` may name as the speaker of a cue at `end` (or, with `first`, at `start`)."""
        text = spans.text
        candidates = self.people(spans, start, end, state)
        candidates += [
            self._organisation(e)
            for e in spans.entities_within_chars(start, end)
            if e.type == "org"
            and not state.quoted(e.start_char)  # '"another DeepSeek moment," many said'
            and not self.after_organisation_link.search(text, max(0, e.start_char - 30), e.start_char)
        ]  # "the Senate Committee on Commerce": another organisation's name, no speaker
        candidates += [  # only as the cue's subject, next to it: 'he quit the company, writing' is no speaker
            org
            for m in self.org_description.finditer(text, start, end)
            if not text[m.end() : end].strip() or (first and not text[start : m.start()].strip())
            if (org := self._organisation_before(spans, m.start(), m.group(), "description"))
        ]
        # "the ChatGPT maker", "the Claude developer": the product names its maker outright, as a name would
        makers = [
            Speaker(self.product_makers[m["product"]], m.group(), "org", m.start())
            for m in self.maker_epithet.finditer(text, start, end)
        ]
        unnamed = [self._unnamed(spans, m, state) for m in self.unnamed.finditer(text, start, end)]
        unnamed = [u for u in unnamed if not any(_ends_with(u, m) for m in makers)]  # a maker, no developer unnamed
        # "a senior Commerce Department official": the department describes the speaker, it does not speak
        candidates = [c for c in candidates if not any(_overlaps(u, c) for u in unnamed)]
        candidates += makers + unnamed
        candidates += [p for m in self.pronoun.finditer(text, start, end) if (p := self._pronoun(spans, m, state))]
        return candidates

    def _titled(self, before: str) -> bool:
        """Is a name after a cue led by nothing but its title ('said Nvidia CEO Jensen Huang', 'said Under Secretary
        of Commerce Alan Estevez'), its last word a title's, not a link ('said Jensen Huang and Lisa Su')?"""
        words = before.split()
        if words and words[-1].endswith(",") and words[-1].rstrip(",").lower() not in self.roles:
            return False  # "says Jane Roe, Oxford Computer Science lecturer": a name, then what she is
        if any(w in self.headline_small_words for w in words):
            return False  # "Quips Jane Roe As Acme Critics Gather": a headline's clause, no title, before the name
        return self.title_words_only(before, TITLE_LINKS) and (not words or words[-1] not in TITLE_LINKS)

    def _a_title(self, words: str) -> bool:
        """Is `words` a title and nothing else ('Mistral's Chief Financial Officer')?"""
        return bool(words) and self.title_words_only(words) and any(w.lower() in self.roles for w in words.split())

    def title_words_only(self, words: str, links=frozenset({"and"})) -> bool:
        """Nothing but a title before a name: 'OpenAI CEO', 'chief scientist', 'founder and CEO'; `links`: the
        lower-case words a title may hold besides its roles. Brackets are the title's own: 'Chief Technology Officer
        (CTO)', 'Head of Partnerships (AI Products)' spell out or narrow it."""
        words = words.translate(NO_BRACKETS)
        return all(w[:1].isupper() or w.lower() in self.roles or w in links for w in words.split())

    def people(self, spans: DocSpans, start: int, end: int, state: ArticleState) -> list[Speaker]:
        text = spans.text
        found = []
        for match in PERSON.finditer(text, start, end):
            if state.quoted(match.start()):
                continue  # the “Google AI: Release Notes” podcast: a quoted title, no one who speaks
            person = self._named_person(spans, match, state)
            if person is not None:
                found.append(person)
        read = found  # every name read, the surname check below skipping their words
        found = [p for p in found if not self._whom_a_title_serves(text, p, found)]
        for match in CAPITALISED.finditer(text[start:end]):  # "Han said": a name met before
            word, position = match.group(), start + match.start()
            if word in self.not_first or word.lower() in self.roles or state.quoted(position):
                continue  # "Congressman" is no one's surname
            if self._in_a_title(text, start + match.end()):
                continue  # "former Trump deputy national security adviser Matt Pottinger": whom the title serves
            if any(s.position <= position < s.position + len(s.text) for s in read):
                continue
            if spans.entities_overlapping_chars(position, position + len(word)):
                continue
            if self._a_place(text, position, position + len(word)):
                continue  # "in Barcelona, and stated": a city a venue's name held, no surname of the speaker
            earlier = self._person_before(spans, position, state, word)  # with the title given there
            if earlier is not None:
                found.append(Speaker(earlier.name, word, "person", position, earlier.title, earlier.affiliation))
            elif word in state.people:
                found.append(Speaker(state.people[word], word, "person", position))
            elif self._surname_of_organisation(spans, position, position + len(word)):
                found.append(Speaker(self._remember(state, word), word, "person", position))
        return found

    def _a_place(self, text: str, start: int, end: int) -> bool:
        """A lone capitalised word after a word that makes it a place or a thing ("in Barcelona", "its Cloud"), as
        it makes a run one; but not one's possessive ("In Huang's words"), which names a person."""
        possessive = text.startswith(("'s", "’s"), end)
        return not possessive and self.after_thing_word.search(text, max(0, start - 20), start) is not None

    def _whom_a_title_serves(self, text: str, person: Speaker, found: list[Speaker]) -> bool:
        """Does a title lead from the name `person` read to another person's (`Susman Godfrey LLP partner Jo Lin`,
        `Donald Trump adviser Jo Lin`)? The first names whom the title serves, a firm the alias table lacks or a
        person, and never speaks for the one it describes; `Jo Lin and Zhipu CEO Kate Koren` names two."""
        end = person.position + len(person.text)
        return any(
            other.position > end and self._a_title(between) and self.title_words_only(between, frozenset())
            for other in found
            if (between := text[end : other.position])
        )

    def _surname_of_organisation(self, spans: DocSpans, start: int, end: int) -> bool:
        """`Nvidia's Huang, speaking at Computex, said`: a capitalised word after an organisation's 's, set off by a
        comma, is someone of it named by surname (the aside parts it from the cue, where a lone name is looked for);
        not a product (`OpenAI's Sora`, a name the tables know, is no one)."""
        owner = ORGANISATION_OWNER.search(spans.text, max(0, start - 40), start)
        if owner is None or not spans.text.startswith(",", end):
            return False
        return any(e.type == "org" for e in spans.entities_overlapping_chars(owner.start(1), owner.end(1)))

    def _in_a_title(self, text: str, end: int) -> bool:
        """Does a role word follow the capitalised word ending at `end` (`Trump deputy`, `Nvidia spokesperson`)?"""
        following = NEXT_WORD.match(text, end)
        return following is not None and (
            following.group(1).lower() in self.roles or following.group(1).lower() in self.role_modifiers
        )

    def lone_name(self, spans: DocSpans, start: int, end: int, state: ArticleState) -> Speaker | None:
        """A single capitalised word right before the cue (`"...," Altman said`): news names a speaker by
        surname alone, often without the full name in the article. No alias, organisation word or
        sentence-opening word; but a site (`LMArena posted`), named as written: the alias table may know
        it by what it runs (a leaderboard), which speaks for no one."""
        sites = [e for e in spans.entities_within_chars(start, end) if e.type in self.site_types]
        if sites and not spans.text[sites[-1].end_char : end].strip():
            return Speaker(sites[-1].text, sites[-1].text, "org", sites[-1].start_char)
        match = LONE_NAME.search(spans.text, start, end)
        if match is None:
            return None
        word = match.group(1)
        if self._no_surname(word):
            return None
        if spans.entities_overlapping_chars(match.start(1), match.end(1)):
            return None
        return Speaker(self._remember(state, word), word, "person", match.start(1))

    def _no_surname(self, word: str) -> bool:
        """Is a capitalised word alone no one's surname: a word no name begins, an organisation's word, or a role,
        one or many ('Developer describes ...:', 'Prosecutors said'), capitalised where it opens a sentence?"""
        lower = word.lower()
        return (
            word in self.not_first
            or word in self.organisation_words
            or lower in self.roles
            or (lower.endswith("s") and lower[:-1] in self.roles)
        )

    def _person_name(self, spans: DocSpans, start: int, end: int) -> tuple[str, int] | None:
        """The person a run of capitalised words names, and where the name starts: not an alias, not an
        organisation. Words before the name that are no name are left out: `Commerce Secretary Howard
        Lutnick`, `Anthropic President Daniela Amodei`."""
        words = [(m.group(), start + m.start()) for m in NON_SPACE.finditer(spans.text[start:end])]
        if words and words[0][0].lower() in self.describing_articles:
            return None  # "A South African artist": capitalised words an article leads describe someone unnamed
        stripped = ""
        while (
            words
            and not self._begins_with_a_name_word(stripped, words)
            and (self._before_a_name(spans, *words[0]) or self._ends_a_role(stripped, words[0][0]))
        ):
            stripped, words = words[0][0], words[1:]
        words = self._before_a_headline_word(words)
        if words:  # "Quips Jane Roe As Acme Fans Ask": the name is what stands before the headline's small word
            end = words[-1][1] + len(words[-1][0])
        if len(words) > 2 and self._title_runs_into(spans.text, words[0][1]):
            words = words[-2:]
        roles_at = [
            i
            for i, (word, _) in enumerate(words[:-1])
            if word.lower() in self.roles or i and self._ends_a_role(words[i - 1][0], word)
        ]
        if roles_at:  # "Economic Affairs Minister Vincent Karremans": the name follows the title's last role word
            stripped, words = words[roles_at[-1]][0], words[roles_at[-1] + 1 :]
        # "Treasury Secretary Bessent", "President Trump": a title's role word, then a surname alone
        surname_after_a_role = len(words) == 1 and stripped.lower() in self.roles
        if len(words) < 2 and not surname_after_a_role:
            return None
        if words[-1][0] in self.organisation_words or len(words[-1][0]) == 1:
            return None
        if words[-1][0] in self.document_words:
            return None  # "the Artificial Intelligence Act": a law's name, no one's
        if words[-1][0].lower() in self.roles:
            return None  # "Department Chair": a title, no one's name
        if words[-1][0] in self.model_tiers:
            return None  # "Garrison Ultra": a product's tier, no one's surname
        if self.after_thing_word.search(spans.text, max(0, start - 20), start):
            return None  # "its Strategic Items List"
        if self.after_organisation_link.search(spans.text, max(0, start - 30), start):
            return None  # "the Select Committee on Strategic Competition"
        if self.adjective_suffix.search(words[-1][0]):
            return None  # "Sam Altman-led OpenAI"
        if any(w in self.not_first for w, _ in words[self._begins_with_a_name_word(stripped, words) :]):
            return None  # "Last Thursday I": no name has a weekday in it
        start = words[0][1]
        if spans.entities_overlapping_chars(start, end):
            return None
        return " ".join(w for w, _ in words), start

    def _before_a_headline_word(self, words: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """The words of a run of capitalised words before the first small word a Title Case headline capitalises
        (`Elon Musk As Tesla Fan Asks` -> `Elon Musk`): a name holds none, and the organisation after it is no one's
        name, nor does it make the run one."""
        cut = next((i for i, (word, _) in enumerate(words) if i and word in self.headline_small_words), len(words))
        return words[:cut]

    def _begins_with_a_name_word(self, role: str, words: list[tuple[str, int]]) -> bool:
        """Does a word that begins no name elsewhere begin this one, another name word after it: a given name the
        name rules keep from names (`Will Scharf`: 'Will' opens a question too), or a surname that is a word too,
        right after a title's role word (`Vice Premier He Lifeng`)?"""
        if len(words) < 2 or not words[1][0][:1].isupper():
            return False
        first = words[0][0]
        return first in self.given_names or (role.lower() in self.roles and len(words) == 2 and first in self.not_first)

    def _title_runs_into(self, text: str, start: int) -> bool:
        """`Chief Executive Officer of Oracle Larry Ellison`, `Secretary of State Marco Rubio`: capitalised words
        right after a title's link word end the title (an organisation, a department) before the person's name,
        which is then its last two words."""
        line_start = text.rfind("\n", 0, start) + 1
        words = text[max(line_start, start - TITLE_REACH) : start].split()
        if not words or words[-1] not in TITLE_LINKS:
            return False
        title = itertools.takewhile(
            lambda w: PLAIN_WORD.fullmatch(w) and (w[:1].isupper() or w in TITLE_LINKS or w.lower() in self.roles),
            reversed(words),
        )
        return any(w.lower() in self.roles for w in title)

    def _ends_a_role(self, before: str, word: str) -> bool:
        """Does `word` end the title whose role word is `before` ('Attorney General'), not begin a name on its
        own ('General Motors')?"""
        return word.lower() in self.role_endings and before.lower() in self.roles

    def _before_a_name(self, spans: DocSpans, word: str, position: int) -> bool:
        return (
            word in self.not_first
            or word.lower() in self.roles
            or word.lower() in self.role_modifiers
            or bool(spans.entities_overlapping_chars(position, position + len(word)))
        )

    def _remember(self, state: ArticleState, name: str) -> str:
        """The full name a person is known by in this article; 'Han' after 'Han Yuting' is Han Yuting."""
        full = state.people.get(name, name)
        state.people[name] = full
        for word in name.split():
            if len(word.rstrip(".")) > 1:  # "Xu" and "Su" are surnames; "J." is an initial
                state.people.setdefault(word, full)
        return full

    def _pronoun(self, spans: DocSpans, match: re.Match, state: ArticleState) -> Speaker | None:
        word = match.group().lower()
        if word in self.person_pronouns:
            addressed = self._addressed_after(spans.text, match.end(), state)
            named = self._person_mentioned_before(spans, match.start(), state, addressed)
            # no one named near it: the last person quoted, a weaker link
            person = named if named is not None else state.last_person
            if person is None or _may_name(person.name, addressed):
                return None  # asked first: the look below for someone named later can only give None too
            unplaced = self._unplaced_speaker_before(spans, match.start(), state)
            if unplaced is not None and (named is None or unplaced > named.position):
                return None  # `he` may well mean someone named later than the person known: no guess
            link = "pronoun" if named is not None else "remembered"
            return replace(person, text=match.group(), position=match.start(), link=link)
        org = self._organisation_before(spans, match.start(), match.group(), "pronoun")
        if org is not None and self._report_cited_since(spans, org.name, match.start()):
            return None  # '... according to a report by Hankyoreh. "...," it said': the report says it
        return org

    def _report_cited_since(self, spans: DocSpans, name: str | None, position: int) -> bool:
        """Is a report or the press cited between the last mention of the organisation `name` and `position`?"""
        last = next((e for e in spans.entities_before_char(position) if e.type == "org" and e.name == name), None)
        since = last.end_char if last is not None else max(0, position - SEARCH_BACK)
        return self.report_citation.search(spans.text, since, position) is not None

    def _organisation_before(self, spans: DocSpans, position: int, text: str, link: str) -> Speaker | None:
        """The organisation named last before `position`: what `it` or `the company` at `position` means; where
        no known one is named, one the alias table lacks."""
        earlier = spans.entities_within_chars(max(0, position - SEARCH_BACK), position)
        orgs = [
            e
            for e in reversed(earlier)
            if e.type == "org" and not self._in_a_closed_aside(spans.text, e.start_char, e.end_char, position)
        ]
        org = next((e for e in orgs if not self._an_object(spans, e) and not _one_of_several(spans.text, e)), None)
        if org is not None:
            return Speaker(org.name, text, "org", position, link=link)
        if orgs:  # each one named is an object, an example ("Like OpenAI's Sora model") or one of a list: none is meant
            return None
        unknown = [  # never "The Ministry": a word that begins no name
            m
            for m in self.unknown_organisation.finditer(spans.text, max(0, position - SEARCH_BACK), position)
            if m.group().split()[0] not in self.not_first and not self._a_unit_of_another(spans.text, m.start())
        ]
        return Speaker(unknown[-1].group(), text, "org", position, link=link) if unknown else None

    def _a_unit_of_another(self, text: str, start: int) -> bool:
        """Is the organisation the alias table lacks at `start` a unit an organisation named before owns ('its AI
        Research Institute')? 'The company' after it means the owner, not the unit."""
        return self.after_unit_possessive.search(text, max(0, start - 20), start) is not None

    def _an_object(self, spans: DocSpans, entity) -> bool:
        """`shipments to Huawei`: an organisation a preposition makes the object of something; `rivals like
        Google, Anthropic and others`: or an example of a comparison."""
        if entity.start > 0 and spans.lowers[entity.start - 1] in self.object_words:
            return True
        i = entity.start
        while i > 0 and not any(m.label in COMPARISON_CUES for m in spans.markers_to.get(i, ())):
            earlier = spans.entity_ending_at(i)
            if earlier is not None:
                i = earlier.start
            elif spans.lowers[i - 1] in LIST_JOINS:
                i -= 1
            else:
                return False
        return i > 0

    def _person_before(
        self, spans: DocSpans, position: int, state: ArticleState, word: str | None = None, fits=None
    ) -> Speaker | None:
        """The nearest person named before `position`, skipping headlines: with `word` in the name, and
        whom `fits` accepts, if given."""
        if word is not None and spans.text.find(word, max(0, position - SEARCH_BACK), position) < 0:
            return None  # the word is nowhere before (a name met for the first time): no mentions to read
        for match in reversed(_mentions_before(spans.text, position, state)):
            if word is not None and word not in match.group().split():
                continue
            person = self._named_person(spans, match, state)
            if person is None or word is not None and word not in person.text.split():
                continue  # "Checks Of Chip Sales On China": the run ends in the word, the name before "On" does not
            if fits is None or fits(person):
                return person
        return None

    def _named_person(self, spans: DocSpans, match: re.Match, state: ArticleState) -> Speaker | None:
        """The person a run of capitalised words names, with the title given here or at an earlier mention."""
        named = self._name_read(spans, match.span(), state)
        if named is None:
            return None
        name, name_start, (title, affiliation) = named
        earlier = None
        if " " not in name:  # "President Trump" after "President Donald Trump": the full name given before
            earlier = self._person_before(spans, match.start(), state, name, fits=lambda p: " " in p.name)
        elif _a_surname_with_its_particle(name):  # "Von der Leyen" after "Ursula von der Leyen"
            in_full = " " + name.lower()
            earlier = self._person_before(
                spans, match.start(), state, name.split()[-1], fits=lambda p: p.name.lower().endswith(in_full)
            )
        full = self._remember(state, earlier.name if earlier is not None else name)
        if title or affiliation:
            state.titles.setdefault(full, (title, affiliation))
        else:
            if full not in state.titles:
                state.titles[full] = self._earlier_title(spans, full, name_start)
            title, affiliation = state.titles[full]
        return Speaker(full, name, "person", name_start, title, affiliation)

    def _name_read(self, spans: DocSpans, span: tuple[int, int], state: ArticleState):
        """The name a run of capitalised words at `span` holds, where it starts and the title around it, or None: read
        once per article, as the speaker of every quote within reach is looked for among the same mentions."""
        if span not in state.names:
            named = self._person_name(spans, *span)
            state.names[span] = None if named is None else (*named, self._title(spans, named[1], span[1]))
        return state.names[span]

    def _earlier_title(self, spans: DocSpans, name: str, before: int) -> tuple[str | None, str | None]:
        """The title given at an earlier mention of `name` ('Zhipu AI CEO Zhang Peng said at the event')."""
        for mention in reversed(list(re.compile(re.escape(name)).finditer(spans.text, 0, before))):
            title, affiliation = self._title(spans, mention.start(), mention.end())
            if title or affiliation:
                return title, affiliation
        return None, None

    def _addressed_after(self, text: str, position: int, state: ArticleState) -> str | None:
        """The full name of whom the cue right after a pronoun ending at `position` addresses: `he told Altman`."""
        addressed = self.addressed.match(text, position)
        return state.people.get(addressed["name"], addressed["name"]) if addressed else None

    def _person_mentioned_before(
        self, spans: DocSpans, position: int, state: ArticleState, addressed: str | None = None
    ) -> Speaker | None:
        """The person last mentioned before `position`: by full name, or by a surname met before ('Marsh
        disagrees. "...," she said'), as a speaker's or as the last word of a full name written earlier ('Jane Roe
        founded it with Tom Reed. Roe sees ... "...," she said': Roe, though no quote of hers came before); never
        `addressed`, whom the pronoun's own cue speaks to ('The host spoke with Altman. Later, he told Altman')."""
        text = spans.text

        def fits(person: Speaker) -> bool:
            if _may_name(person.name, addressed):
                return False
            end = person.position + len(person.text)
            return self._may_be_referred_to(text, person.position, end, person.position in state.speaking)

        named = self._person_before(spans, position, state, fits=fits)
        start = named.position + len(named.text) if named is not None else max(0, position - SEARCH_BACK)
        # the last words of the full names written before: a surname alone may mean one of them
        full_names_end = {m.group().split()[-1] for m in _mentions_before(text, start, state)}
        surnames = [
            m
            for m in CAPITALISED.finditer(text, start, position)
            if (m.group() in state.people or m.group() in full_names_end)
            and not _may_name(state.people.get(m.group(), m.group()), addressed)
            and m.group() not in self.not_first
            and not state.quoted(m.start())
            and self._may_be_referred_to(text, m.start(), m.end(), m.start() in state.speaking)
        ]
        for surname in reversed(surnames):
            word = surname.group()
            earlier = self._person_before(spans, surname.start(), state, word)
            if earlier is not None:
                return replace(earlier, text=word, position=surname.start())
            if word in state.people:
                return Speaker(state.people[word], word, "person", surname.start())
        return named

    def _unplaced_speaker_before(self, spans: DocSpans, position: int, state: ArticleState) -> int | None:
        """Where the last person named by one unknown word speaks before `position` (`Earlier, Trump was
        asked ...`): a word that is no alias, organisation, role or known surname."""
        found = None
        for match in self.lone_speaker.finditer(spans.text, max(0, position - SEARCH_BACK), position):
            word, at = match.group(1), match.start(1)
            if self._no_surname(word):
                continue
            if word in state.people or state.quoted(at) or spans.entities_overlapping_chars(at, at + len(word)):
                continue
            found = at
        return found

    def _an_objects_name(self, text: str, candidate: Speaker, end: int) -> bool:
        """`In a letter to Commerce Secretary Jane Roe, X urged`, `Acme Labs criticised Microsoft, saying`: a name
        after a preposition (its title between) or after a verb of another subject is what is addressed or acted
        on, never the speaker of the cue at `end`; but `according to X` names its speaker, and so does a name the
        cue follows with no comma between (`with Jensen Huang even saying`)."""
        if candidate.type not in ("person", "org") or candidate.link != "named":
            return False
        if "," not in text[candidate.position + len(candidate.text) : end]:
            return False
        before, titles = self._words_before_title(text, candidate.position)
        if _opens_a_clause(before):
            return False  # a name opening its sentence, or after a comma: the cue's subject
        word = before[-1]
        if word in self.object_words:  # a person addressed; an organisation there is whom one speaks for
            return candidate.type == "person" and before[-2].lower() != "according"
        return word.endswith("ed") and word not in self.cue_words and not titles  # "criticised Microsoft"

    @staticmethod
    def _without_objects(text: str, candidates: list[Speaker], end: int) -> list[Speaker]:
        """The candidates for a cue at `end` less the head of an object relative clause (`Lei Jun, whom he praised
        as`) and an owner after another candidate (`He acknowledged Huang's work, calling him`); an owner first
        may be the speaker (`A statement on OpenAI's website, promising`)."""
        first = min((c.position for c in candidates), default=end)

        def the_cues_object(candidate: Speaker) -> bool:
            after = candidate.position + len(candidate.text)
            if candidate.pronoun or after >= end:
                return False
            owner = POSSESSIVE_AFTER.match(text, after, end) is not None and candidate.position > first
            return owner or OBJECT_RELATIVE.match(text, after, end) is not None

        return [c for c in candidates if not the_cues_object(c)]

    def _may_be_referred_to(self, text: str, start: int, end: int, speaking: bool = False) -> bool:
        """May a later `she said` mean the person named at `start..end`: not the one spoken to, nor one named
        only as an owner (`Elon Musk's bid`) or as what a relative clause acts on (`Lei Jun, whom he praised`),
        nor one of two named together (`Lample and Lacroix`), nor one describing a thing (`a Taylor Swift song`) or
        what a title is of (`General Manager of Mobile Handsets`), nor one in an aside before another's cue (`Roe,
        who replaced John Doe, said`)? An owner `speaking` a quote there, as its clause's subject (`When the host
        raised it, Reed's answer was short: "..."`), is the one the sentence is about, whom a later `he` means."""
        owner_speaks = speaking and _opens_a_clause(self._words_before_title(text, start)[0])
        return (
            not self.spoken_to_at(text, start)
            and self.describing_before.search(text, max(0, start - DESCRIBING_REACH), start) is None
            and (owner_speaks or POSSESSIVE_AFTER.match(text, end) is None)
            and OBJECT_RELATIVE.match(text, end) is None
            and JOINED_AFTER.match(text, end) is None
            and JOINED_BEFORE.search(text, max(0, start - 40), start) is None
            and not self._in_an_aside_before_a_cue(text, start, end)
        )

    def _words_before_title(self, text: str, position: int) -> tuple[list[str], int]:
        """The words before a name at `position` less the title right before it (`to Energy Secretary`), and
        how many title words there were."""
        before = text[max(0, position - OBJECT_REACH) : position].split()
        titles = 0
        while before and titles < MAX_TITLE_WORDS and PLAIN_WORD.fullmatch(before[-1]) and (
            before[-1][:1].isupper() or before[-1].lower() in self.roles
        ):
            before.pop()
            titles += 1
        return before, titles

    def _in_an_aside_before_a_cue(self, text: str, start: int, end: int) -> bool:
        """Is the name at `start..end` in an aside between another's name and that one's cue (`Jane Roe, who
        replaced John Doe, said`)? The cue's speaker is the name before the aside, whom a later pronoun means."""
        return (
            self.aside_closed_by_a_cue.match(text, end) is not None
            and self.aside_opened.search(text, max(0, start - ASIDE_REACH), start) is not None
        )

    def _in_a_closed_aside(self, text: str, start: int, end: int, position: int) -> bool:
        """Is the organisation at `start..end` in an aside a comma closes before `position` (`Zhipu, which is backed
        by Alibaba, called the fine unfair. The company argued`)? The aside describes the name before it, which a
        later `it` or `the company` means."""
        closed = ASIDE_CLOSED.match(text, end)
        return (
            closed is not None
            and closed.end() <= position
            and self.aside_opened.search(text, max(0, start - ASIDE_REACH), start) is not None
        )

    def spoken_to_at(self, text: str, position: int) -> bool:
        """Is the name at `position` the one spoken to (`told CBS' Lesley Stahl`), not a speaker?"""
        return self.spoken_to.search(text, max(0, position - SPOKEN_TO_REACH), position) is not None

    def _unnamed(self, spans: DocSpans, match: re.Match, state: ArticleState) -> Speaker:
        """`an OpenAI spokesperson`, `a spokesperson for Nvidia`: no name, but the organisation it speaks
        for. A definite one (`the Facebook founder`) is the person named before with that role, where there
        is one."""
        institution = self._institution_before(spans, match)
        if institution is not None:
            return institution
        end, affiliation = self._spoken_for_here(spans, match)
        description = spans.text[match.start() : end]
        words = description.lower().split()
        if words[0] in self.definite_words:
            roles = self._role_words(words[1:])
            person = self._person_before(spans, match.start(), state, fits=lambda p: self._holds(p, roles, affiliation))
            person = person or self._only_one_of(spans, match.start(), state, affiliation)
            if person is not None:
                return replace(person, text=description, position=match.start(), link="description")
            if affiliation is None:
                self._remember_spokespeople_before(spans, match.start(), state)
        return Speaker(
            self._spoken_for(words, affiliation, state), description, "unnamed", match.start(), affiliation=affiliation
        )

    def _spoken_for_here(self, spans: DocSpans, match: re.Match) -> tuple[int, str | None]:
        """Where an unnamed speaker's description ends, and the organisation it names (`an OpenAI spokesperson`,
        `a spokesperson for Nvidia`, `a spokesperson for the company`), if any."""
        end, affiliation = match.end(), None
        speaks_for = FOR_ORGANISATION.match(spans.text, end)
        if speaks_for:
            after = [e for e in spans.entities_within_chars(speaks_for.end(), end + 80) if e.type == "org"]
            described = speaks_for["the"] and self.org_description.match(spans.text, speaks_for.start("the"))
            if after and after[0].start_char == speaks_for.end():
                end = after[0].end_char
            elif described:  # "a spokesperson for the company"
                org = self._organisation_before(spans, described.start(), described.group(), "description")
                end, affiliation = described.end(), org.name if org else None
        orgs = [e for e in spans.entities_within_chars(match.start(), end) if e.type == "org"]
        return end, orgs[0].name if orgs else affiliation

    def _remember_spokespeople_before(self, spans: DocSpans, position: int, state: ArticleState) -> None:
        """`..., said a Ministry of Commerce spokesperson on Monday. "...," the spokesperson said`: a spokesperson
        an organisation was given outside any quote's attribution is the one `the spokesperson` means too, unless a
        quote's spokesperson since says otherwise (state.spokespeople is kept in the article's order)."""
        for match in self.unnamed.finditer(spans.text, max(0, position - SEARCH_BACK), position):
            words = match.group().lower().split()
            if words[0] in self.definite_words or state.quoted(match.start()):
                continue
            roles = sorted(self.spokesperson_roles.intersection(words))
            _end, affiliation = self._spoken_for_here(spans, match)
            if roles and affiliation is not None:
                for role in roles:
                    state.spokespeople.setdefault(role, affiliation)

    def _role_words(self, words: list[str]) -> set[str]:
        """The words of a role among `words`, a short form spelt out and a chief's "officer" dropped: 'CEO',
        'Chief Executive Officer' and 'chief executive' are one role; 'chief financial officer' keeps 'financial',
        a modifier before a role word ('the Financial Times quoted the executive' keeps none)."""
        found = set()
        for word, following in itertools.zip_longest(words, words[1:], fillvalue=""):
            if word in self.role_abbreviations:
                found |= self.role_abbreviations[word]
            elif word in self.roles or (word in self.role_modifiers and following in self.roles):
                found.add(word)
        return found - {"officer"} if "chief" in found else found

    def _holds(self, person: Speaker, roles: set[str], affiliation: str | None) -> bool:
        """A person whose title holds all of `roles`, at `affiliation` if one is given: 'the Facebook founder';
        'the chief executive' is not the chief scientist."""
        title = self._role_words((person.title or "").lower().split())
        return bool(roles) and roles <= title and affiliation in (None, person.affiliation)

    def _only_one_of(self, spans: DocSpans, position: int, state: ArticleState, affiliation: str | None):
        """`Anthropic CEO Dario Amodei ... The Anthropic founder said`: the one person of the organisation named
        before, whatever the title given there; with two of them, or none, nobody."""
        if affiliation is None:
            return None
        people = {}
        for match in _mentions_before(spans.text, position, state):
            person = self._named_person(spans, match, state)
            if person is not None and person.affiliation == affiliation:
                people.setdefault(person.name, person)
        return next(iter(people.values())) if len(people) == 1 else None

    def _institution_before(self, spans: DocSpans, match: re.Match) -> Speaker | None:
        """`the ministry said`: the organisation named before with that word in its name (`Ministry of Commerce`);
        with none, the institution stays unnamed ('the government' of no one named)."""
        words = match.group().split()
        if len(words) != 2 or match.group().lower() not in self.institutions:
            return None
        noun = words[1].capitalize()
        earlier = spans.entities_within_chars(max(0, match.start() - SEARCH_BACK), match.start())
        named = [e for e in earlier if e.type == "org" and noun in (*e.name.split(), *e.text.split())]
        return Speaker(named[-1].name, match.group(), "org", match.start(), link="description") if named else None

    def _spoken_for(self, words: list[str], affiliation: str | None, state: ArticleState) -> str | None:
        """Whom a spokesperson speaks for: the organisation named with them; for `the spokesperson`, the one the
        article's last spokesperson of that role spoke for."""
        roles = sorted(self.spokesperson_roles.intersection(words))
        if not roles:
            return None
        if affiliation is not None:
            state.spokespeople.update(dict.fromkeys(roles, affiliation))
            return affiliation
        return state.spokespeople.get(roles[0]) if words[0] in self.definite_words else None

    def _organisation(self, entity: Entity) -> Speaker:
        return Speaker(entity.name, entity.text, "org", entity.start_char)

    def _title(self, spans: DocSpans, start: int, end: int) -> tuple[str | None, str | None]:
        """Title and affiliation around a name: `CSIS analyst Kate Koren`, `Priya Ramdas, a ... analyst at X`."""
        text = spans.text
        line_start = text.rfind("\n", 0, start) + 1
        before = [e for e in spans.entities_within_chars(line_start, start) if e.type == "org"]
        prefix_start = before[-1].end_char if before else max(line_start, text.rfind(",", line_start, start) + 1)
        prefix = HONORIFIC_END.sub("", POSSESSIVE_START.sub("", text[prefix_start:start]).strip(" ,\"“”‘’'"))
        prefix, owner = _owner(prefix)
        if prefix and (len(prefix.split()) <= 5 or self._titled(prefix)) and self.names_a_role(prefix):
            prefix = self._after_a_cue(prefix)
            if self.names_a_role(prefix):
                return prefix, (before[-1].name if before else owner)
        role_before = ROLE_BEFORE.search(text, line_start, start)
        if role_before and self.names_a_role(role_before["title"]):
            return role_before["title"], self._affiliation(spans, role_before.start("org"), role_before.end("org"))
        after = text[end : end + 160] + ("\n" if end + 160 >= len(text) else "")  # a title may end the text
        of = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)", after)
        if of:
            return None, self._affiliation(spans, end + of.start(1), end + of.end(1))
        appositive = APPOSITIVE.match(after)
        if appositive is None:
            return None, None
        title_start, title_end = end + appositive.start("title"), end + appositive.end("title")
        owned = OWNED_APPOSITIVE.fullmatch(text, title_start, end + appositive.end())
        if owned and appositive["article"] and self.names_a_role(owned["title"]):
            # "Ely Ratner, the DOD's assistant secretary for Indo-Pacific Security Affairs": the owner is whom the
            # title serves, however many words its name or the title after it has
            return owned["title"], self._affiliation(spans, owned.start("owner"), owned.end("owner"))
        orgs = [e for e in spans.entities_within_chars(title_start, title_end) if e.type == "org"]
        title = text[title_start:title_end]
        if orgs:  # "a Moonshot AI spokesperson", "DeepSeek's founder"
            title = POSSESSIVE_START.sub("", text[orgs[-1].end_char : title_end]).strip() or title
        title, owner = _owner(title)  # "Lumen's chief executive": an organisation the alias table lacks
        if not title or (not appositive["article"] and title.split()[0].lower() not in self.roles):
            return None, None  # "Chen Wei, adding that ...": no title
        if appositive["org"]:
            return title, self._affiliation(spans, end + appositive.start("org"), end + appositive.end("org"))
        return title, (orgs[-1].name if orgs else owner)

    def _after_a_cue(self, prefix: str) -> str:
        """The words before a name after the last cue among them, as written in lower case: in a headline's 'Senator
        warns President Jo Park', the title is 'President', the senator the one who warns; 'United States Trade
        Representative' keeps its capitalised 'States'."""
        words = prefix.split()
        cues = [i for i, word in enumerate(words) if word.islower() and word in self.cue_words]
        return " ".join(words[cues[-1] + 1 :]) if cues else prefix

    def names_a_role(self, words: str) -> bool:
        return any(w.lower().strip(",") in self.roles for w in words.split())

    def _affiliation(self, spans: DocSpans, start: int, end: int) -> str:
        orgs = [e for e in spans.entities_within_chars(start, end) if e.type == "org"]
        return orgs[0].name if orgs else spans.text[start:end].strip()


def _opens_a_clause(before: list[str]) -> bool:
    """Do the words before a name (its title taken off) leave it opening its sentence or a clause, after a comma
    or a dash: its subject, no object of a word before it?"""
    return len(before) < 2 or not before[-1].isalpha() or not before[-1].islower()


def _one_of_several(text: str, entity: Entity) -> bool:
    """Is the organisation `entity` one of a list joined by `and` or `or` (`Samsung Electronics and Micron`)?"""
    return (
        ORG_JOINED_AFTER.match(text, entity.end_char) is not None
        or ORG_JOINED_BEFORE.search(text, max(0, entity.start_char - 60), entity.start_char) is not None
    )


def _ends_with(outer: Speaker, inner: Speaker) -> bool:
    """Are `inner`'s words the last of `outer`'s ("a senior Claude developer", "the Claude developer")?"""
    return _overlaps(outer, inner) and outer.position + len(outer.text) == inner.position + len(inner.text)


def _overlaps(outer: Speaker, inner: Speaker) -> bool:
    """Does `inner` begin within the words `outer` was found in?"""
    return outer.position <= inner.position < outer.position + len(outer.text)


def _a_surname_with_its_particle(name: str) -> bool:
    """Does `name` open on a particle, capitalised as a sentence or a clause opens on it ('Von der Leyen said')? It
    is then the surname of someone named in full before, not a new person."""
    return name.split()[0].lower() in NAME_PARTICLES


def _mentions_before(text: str, position: int, state: ArticleState) -> list[re.Match]:
    """The runs of capitalised words that may name a person before `position`, in text order: not a headline's,
    nor words inside a quotation."""
    return [
        match
        for match in PERSON.finditer(text, max(0, position - SEARCH_BACK), position)
        if not _heading(text, match, state.headings) and not state.quoted(match.start())
    ]


def _heading(text: str, match: re.Match, known: dict[tuple[int, int], bool]) -> bool:
    """Is `match` a heading's (see `_is_heading`), remembered in `known`."""
    span = match.span()
    if span not in known:
        known[span] = _is_heading(text, match)
    return known[span]


def _is_heading(text: str, match: re.Match) -> bool:
    """A headline in Title Case, or capitalised words alone on their line ('Strategic Advantages', a
    byline's name): no mention a pronoun in the text can mean."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    alone = not text[line_start : line_end if line_end >= 0 else len(text)].replace(match.group(), "", 1).strip()
    return alone or title_case_line(text, match.start())


def any_word(words: list[str]) -> re.Pattern:
    """Any of `words` (or phrases, spaced any way) standing alone, in any case."""
    phrases = alternation(words).replace(r"\ ", r"\s+")
    return re.compile(rf"{starts_like(words)}(?<![\w-])(?:{phrases})(?![\w-])", re.IGNORECASE)


def _owner(title: str) -> tuple[str, str | None]:
    """`Meridian's chief scientist` -> ('chief scientist', 'Meridian'); a title without an owner as it is."""
    owned = OWNED_TITLE.match(title)
    return (owned["title"], owned["owner"]) if owned else (title, None)


def _may_name(name: str | None, addressed: str | None) -> bool:
    """May `addressed` ('Tran', 'Mia Tran') name the person called `name` ('Mia Tran'): its words all in the name?"""
    return name is not None and addressed is not None and set(addressed.split()) <= set(name.split())
