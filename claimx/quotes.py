"""Quotes and their speakers.

Quotation marks are paired per paragraph (straight and curly, double and
single, guillemets; an apostrophe inside a word never opens or closes one; a
quote left open at a paragraph's end continues only if the next paragraph
opens again). A quotation is a quote when something attributes it:

- a cue right after it: `"...," said Priya Ramdas`, `"...," she said`;
- a cue before it in its sentence: `Kate Koren warned the controls give China "..."`;
- a colon introducing it: `Lizzi Lee ... told the South China Morning Post: "..."`;
- or it continues, at the start of a sentence, a quote attributed just before.

Short quotations (a few words) need their cue right beside them, and one
preceded by a label word (`the "safety-first" lab`) is a label: scare quotes
and titles are left out rather than guessed at.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from .entities import Entity, EntityResolver
from .records import Quote
from .ruleset import RuleSet, alternation, starts_like
from .spans import DocSpans, title_case_line

QUOTE_MARKS = re.compile("[\"“”„‘’«»']")
WORD = re.compile(r"[\w’'-]+")
NON_SPACE = re.compile(r"\S+")
UPPER, LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"  # Latin letters with their accents: Tomás, Müller
NAME_WORD = rf"[{UPPER}](?:['’][{UPPER}])?[{LOWER}]+(?:[{UPPER}][{LOWER}]+)?"  # Tomás, O'Brien, LeCun, McKay
CAPITALISED = re.compile(rf"\b{NAME_WORD}\b")
NAME_TOKEN = rf"(?:{NAME_WORD}(?:-[{UPPER}]?[{LOWER}]+)?|[{UPPER}]\.?)"
PERSON = re.compile(rf"\b{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}}\b")
OPENING_MARK = re.compile(r"[\"“„‘«]|(?<![\w])'(?=\w)")
BLOCK_START = re.compile(r"[ \t]*(?:[-*•|#>]|\d{1,3}[.)]\s|\n|$)")  # a list item, table row, heading, blank line
LONE_NAME = re.compile(rf"\b({NAME_WORD}(?:-[{UPPER}][{LOWER}]+)?)\s*$")  # "Altman" right before "said"
CLOSING_PUNCTUATION = " ,.;:!?—–-"
SENTENCE_STOP = re.compile(r"[.!?][\"”’']?\s+")
# "Priya Ramdas, a semiconductor analyst at X", "Gregory Allen, director of the Y Center"
APPOSITIVE = re.compile(
    r",\s+(?P<article>(?:a|an|the)\s+)?(?P<title>[^,.;]+?)(?:\s+(?:at|of|with|for)\s+(?:the\s+)?(?P<org>[^,.;]+?))?(?=[,.;]|\s+who\b)"
)
OWNED_TITLE = re.compile(rf"(?P<owner>[{UPPER}][\w.&-]*(?:\s+[{UPPER}][\w.&-]*){{0,3}})['’]s\s+(?P<title>.+)")
HONORIFIC_END = re.compile(r"(?:\s*\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gen)\.?)+$")  # "chief scientist Dr. Amara Okafor"
POSSESSIVE_START = re.compile(r"^\s*['’]s\b")  # "DeepSeek's head of research": the title begins after it
SEARCH_BACK = 2000  # characters searched back for the person a pronoun means
INTRODUCTION_CHARS = 300  # how far before a quote the sentence introducing its speaker may begin


@dataclass(frozen=True, slots=True)
class Quotation:
    """Words between quotation marks: `start..end` inside the marks, `open`/`close` the marks' offsets."""

    open: int
    close: int
    start: int
    end: int
    run_on: bool = False


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    text: str
    type: str  # person, org, unnamed
    position: int = 0
    title: str | None = None
    affiliation: str | None = None
    pronoun: bool = False

    @property
    def rank(self) -> int:
        """Named people first, then organisations, unnamed speakers, pronouns."""
        return 3 if self.pronoun else {"person": 0, "org": 1, "unnamed": 2}[self.type]


@dataclass
class _Article:
    """What the quotes of one article have established so far."""

    people: dict[str, str] = field(default_factory=dict)  # a name or any of its words -> the full name
    titles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # full name -> title, affiliation
    last_person: Speaker | None = None
    last_quote: tuple[int, Speaker, str] | None = None  # (end offset, speaker, cue) of the last attributed quote


def pair_quotation_marks(text: str) -> list[Quotation]:
    """Every paired quotation in `text`, in order; unbalanced marks give nothing."""
    quotations: list[Quotation] = []
    for start, end in _paragraphs(text):
        pairs, open_double = _pair_line(text, start, end)
        quotations.extend(pairs)
        if open_double is not None and _next_line_opens(text, end):
            quotations.append(_quotation(text, open_double, end, run_on=True))
    return quotations


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Where quotation marks pair: a paragraph, its hard-wrapped lines joined; but each list item,
    table row and heading alone, so a stray mark in one never pairs with the next."""
    start = 0
    line_start = 0
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        following = text[line_end + 1 : line_end + 1 + 8]
        if (
            line_end == len(text)
            or not following.strip()
            or BLOCK_START.match(following)
            or BLOCK_START.match(text, line_start, line_end)
        ):
            yield start, line_end
            start = line_end + 1
        line_start = line_end + 1


def _pair_line(text: str, start: int, end: int) -> tuple[list[Quotation], int | None]:
    opened: dict[str, int] = {}
    pairs = []
    for match in QUOTE_MARKS.finditer(text, start, end):
        mark, i = match.group(), match.start()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if mark in "“„":
            opened.setdefault("double", i)
        elif mark == "”" and "double" in opened:
            pairs.append(_quotation(text, opened.pop("double"), i))
        elif mark == '"':
            if "double" in opened:
                pairs.append(_quotation(text, opened.pop("double"), i))
            else:
                opened["double"] = i
        elif mark == "«":
            opened.setdefault("guillemet", i)
        elif mark == "»" and "guillemet" in opened:
            pairs.append(_quotation(text, opened.pop("guillemet"), i))
        elif mark == "‘":
            opened.setdefault("single", i)
        elif mark == "’" and "single" in opened and not after.isalnum():
            pairs.append(_quotation(text, opened.pop("single"), i))
        elif mark == "'":
            if "straight" in opened and not after.isalnum() and not before.isspace():
                pairs.append(_quotation(text, opened.pop("straight"), i))
            elif "straight" not in opened and not before.isalnum() and after.isalnum():
                opened["straight"] = i
    return sorted(pairs, key=lambda q: q.open), opened.get("double")


def _quotation(text: str, open_: int, close: int, run_on: bool = False) -> Quotation:
    """The words between the marks, spaces around them left out."""
    inside = text[open_ + 1 : close]
    start = open_ + 1 + len(inside) - len(inside.lstrip())
    return Quotation(open_, close, start, max(start, close - (len(inside) - len(inside.rstrip()))), run_on)


def _next_line_opens(text: str, line_end: int) -> bool:
    rest = text[line_end + 1 : line_end + 200].lstrip()
    return rest[:1] in ("“", '"', "„")


class QuoteExtractor:
    def __init__(self, rules: RuleSet, resolver: EntityResolver):
        words = rules.quotes
        self.rules = words
        self.resolver = resolver
        self.cue = _any_word(words.cues)
        roles = alternation(w for role in words.roles for w in (role, role + "s"))
        # "one analyst", or any "a senior Commerce Department official": a role with no name after it
        self.unnamed = re.compile(
            rf"(?<![\w-])(?:(?i:{alternation(words.unnamed)})"
            rf"|(?i:a|an|the|one|another|two|three|several|some)\s+(?:[\w.&’'-]+\s+){{0,4}}?(?i:{roles}))(?![\w-])(?!,?\s+[A-Z])"
        )
        self.pronoun = _any_word([*words.person_pronouns, *words.org_pronouns])
        self.person_pronouns = {p.lower() for p in words.person_pronouns}
        self.label_words = {w.lower() for w in words.label_words}
        self.roles = {w.lower() for w in words.roles}
        self.not_first = rules.not_name_words()
        self.organisation_words = set(words.organisation_words)

    def extract(self, spans: DocSpans, quotations: list[Quotation]) -> Iterator[Quote]:
        text = spans.text
        sentences = [(s.start_char, s.end_char) for s in spans.doc.sents]
        starts = [s for s, _ in sentences]
        state = _Article()
        previous_close = -1
        waiting: list[tuple[Quotation, tuple[int, int]]] = []  # run-on paragraphs, attributed by what follows
        for quotation in quotations:
            sentence = sentences[max(0, bisect.bisect_right(starts, quotation.open) - 1)]
            closing = sentences[max(0, bisect.bisect_right(starts, quotation.close) - 1)]
            context_start = _context_start(text, max(sentence[0], previous_close + 1), quotation.open)
            previous_close = quotation.close
            found = self._attribution(spans, quotation, context_start, closing[1], state, sentence[0])
            context = (sentence[0], max(closing[1], quotation.close + 1))
            if found is None:
                if quotation.run_on:
                    waiting.append((quotation, context))
                continue
            speaker, cue, rule = found
            if speaker.type == "person":
                state.last_person = speaker
            state.last_quote = (quotation.close, speaker, cue)
            for earlier, earlier_context in waiting:  # the quote ran on from the paragraphs before
                yield self._quote(spans, earlier, earlier_context, speaker, cue, "quote.run-on")
            waiting = []
            yield self._quote(spans, quotation, context, speaker, cue, rule)

    def _quote(self, spans: DocSpans, q: Quotation, context: tuple[int, int], speaker: Speaker, cue: str, rule: str):
        text = spans.text
        return Quote(
            source=spans.source(q.start, q.end),
            text=text[q.start : q.end],
            sentence=text[context[0] : context[1]].strip(),
            rule=rule,
            quote=text[q.start : q.end],
            speaker=speaker.name,
            speaker_text=speaker.text,
            speaker_title=speaker.title,
            speaker_affiliation=speaker.affiliation,
            speaker_description=speaker.text if speaker.type == "unnamed" else None,
            cue=cue,
        )

    # -- is it attributed, and to whom ------------------------------------------

    def _attribution(self, spans: DocSpans, q: Quotation, context_start: int, sentence_end: int, state, sentence_start):
        """(speaker, cue, rule) of a quotation, or None when nothing attributes it."""
        text = spans.text
        inside = text[q.start : q.end]
        short = len(WORD.findall(inside)) <= self.rules.short_words
        left = text[context_start : q.open]
        right_end = max(sentence_end, q.close + 1)
        if short and self._labels(left):
            return None
        after = self._cue_after(spans, q.close + 1, right_end, state, short)
        if after is not None:
            return after
        before = self._cue_before(spans, context_start, q.open, state, short)
        if before is not None:
            return before
        last = state.last_quote
        if last is not None and last[0] > sentence_start and self.cue.search(left):
            # 'X called it "..." and wrote that "..."': the sentence's speaker goes on
            return last[1], self.cue.search(left).group().lower(), "quote.same-speaker"
        whole_sentence = not short or inside.rstrip()[-1:] in (".", "!", "?")  # "Maybe less." is speech, no label
        if not whole_sentence or left.strip(" -•*–\t"):
            return None
        introduced = self._introduced(spans, q, state)
        if introduced is not None:
            return introduced, "introduced", "quote.introduced"
        if last is not None and q.open - last[0] < 400:
            return last[1], last[2], "quote.continued"
        return None

    def _introduced(self, spans: DocSpans, q: Quotation, state: _Article) -> Speaker | None:
        """`Zhou Xinyu put it more bluntly. "..."`: a person named in the sentence just before a quote that
        opens a sentence of its paragraph, and after the last quote."""
        text = spans.text
        last_close = state.last_quote[0] if state.last_quote is not None else -1
        line_start = text.rfind("\n", 0, q.open) + 1
        opens_paragraph = not text[line_start : q.open].strip()  # then the paragraph before may introduce it
        start = max(last_close + 1, q.open - INTRODUCTION_CHARS, 0 if opens_paragraph else line_start)
        # the last sentence before the quote: "said Li Wen. Her rival, Zhou Xinyu, put it more bluntly. "...""
        stops = [m.end() for m in SENTENCE_STOP.finditer(text, start, q.open) if text[m.end() : q.open].strip()]
        start = stops[-1] if stops else start
        people = self._people(spans, start, q.open, state)
        return min(people, key=lambda p: p.position) if people else None

    def _labels(self, left: str) -> bool:
        """`the "safety-first" lab`, `the company's 'open' models`: a label word or a possessive right
        before a short quotation makes it a label."""
        words = left.lower().split()
        if not words:
            return False
        return words[-1] in self.label_words or " ".join(words[-2:]) in self.label_words or _possessive(words[-1])

    def _cue_after(self, spans: DocSpans, start: int, end: int, state: _Article, short: bool):
        """`"...," said Priya Ramdas` / `"...," she said` / `"...," one analyst noted`."""
        text = spans.text
        window = text[start:end]
        lead = len(window) - len(window.lstrip(CLOSING_PUNCTUATION))
        cue = self.cue.search(text, start + lead, min(end, start + lead + 60))
        if cue is None:
            return None
        between = text[start + lead : cue.start()].strip()
        if short and between and not _ends_a_clause(text, start - 1):
            return None  # 'open' models ..., she noted: the words name a thing, nobody says them
        if not between:  # said X; never a word of the next quotation
            opening = OPENING_MARK.search(text, cue.end(), end)
            speaker = self._speaker_at(spans, cue.end(), opening.start() if opening else end, state, first=True)
            rule = "quote.cue-then-speaker"
        elif len(between.split()) <= self.rules.speaker_words:  # X said, OpenAI chief executive Sam Altman said
            speaker = self._speaker_at(spans, start + lead, cue.start(), state)
            speaker = speaker or self._lone_name(spans, start + lead, cue.start(), state)
            rule = "quote.speaker-then-cue"
        else:
            return None
        if speaker is None:
            return None
        return speaker, cue.group().lower(), rule

    def _cue_before(self, spans: DocSpans, start: int, open_: int, state: _Article, short: bool):
        """`X warned that "..."`, `X told Reuters: "..."`, `According to X, "..."`."""
        text = spans.text
        left = text[start:open_]
        if left.rstrip().endswith(":"):
            speaker = self._speaker_at(spans, start, open_, state)
            if speaker is not None and not short:
                return speaker, ":", "quote.colon"
        cues = list(self.cue.finditer(text, start, open_))
        if not cues:
            return None
        cue = cues[-1]
        if short and len(text[cue.end() : open_].split()) > 3:
            return None
        if cue.group().lower().startswith("according"):
            speaker = self._speaker_at(spans, cue.end(), open_, state, first=True)
        else:
            speaker = self._speaker_at(spans, start, cue.start(), state) or self._lone_name(
                spans, start, cue.start(), state
            )
        if speaker is None:
            return None
        return speaker, cue.group().lower(), "quote.speaker-cue-quote"

    # -- speakers ------------------------------------------------------------------

    def _speaker_at(
        self, spans: DocSpans, start: int, end: int, state: _Article, first: bool = False
    ) -> Speaker | None:
        """The speaker named in `start..end`: a person before an organisation before an unnamed one
        before a pronoun; with `first`, the candidate nearest `start`."""
        text = spans.text
        candidates = self._people(spans, start, end, state)
        candidates += [self._organisation(e) for e in spans.entities_within_chars(start, end) if e.type == "org"]
        unnamed = [self._unnamed(spans, m) for m in self.unnamed.finditer(text, start, end)]
        # "a senior Commerce Department official": the department describes the speaker, it does not speak
        candidates = [
            c for c in candidates if not any(u.position <= c.position < u.position + len(u.text) for u in unnamed)
        ]
        candidates += unnamed
        candidates += [p for m in self.pronoun.finditer(text, start, end) if (p := self._pronoun(spans, m, state))]
        if not candidates:
            return None
        if first:
            return min(candidates, key=lambda c: c.position)
        right_before = [c for c in candidates if c.pronoun and not text[c.position + len(c.text) : end].strip(" ,")]
        if right_before and min(c.rank for c in candidates) > 0:
            return right_before[0]  # "Speaking at a developer event, he said": "he" says it
        return min(candidates, key=lambda c: (c.rank, c.position))

    def _people(self, spans: DocSpans, start: int, end: int, state: _Article) -> list[Speaker]:
        text = spans.text
        found = []
        for match in PERSON.finditer(text, start, end):
            person = self._named_person(spans, match, state)
            if person is not None:
                found.append(person)
        for match in CAPITALISED.finditer(text[start:end]):  # "Han said": a name met before
            word, position = match.group(), start + match.start()
            if word in self.not_first or any(s.position <= position < s.position + len(s.text) for s in found):
                continue
            if spans.entities_overlapping_chars(position, position + len(word)):
                continue
            earlier = self._person_before(spans, position, state, word)  # with the title given there
            if earlier is not None:
                found.append(Speaker(earlier.name, word, "person", position, earlier.title, earlier.affiliation))
            elif word in state.people:
                found.append(Speaker(state.people[word], word, "person", position))
        return found

    def _lone_name(self, spans: DocSpans, start: int, end: int, state: _Article) -> Speaker | None:
        """A single capitalised word right before the cue (`"...," Altman said`): news names a speaker by
        surname alone, often without the full name in the article. No alias, organisation word or
        sentence-opening word."""
        match = LONE_NAME.search(spans.text, start, end)
        if match is None:
            return None
        word = match.group(1)
        if word in self.not_first or word in self.organisation_words:
            return None
        if spans.entities_overlapping_chars(match.start(1), match.end(1)):
            return None
        return Speaker(self._remember(state, word), word, "person", match.start(1))

    def _person_name(self, spans: DocSpans, start: int, end: int) -> tuple[str, int] | None:
        """The person a run of capitalised words names, and where the name starts: not an alias, not an
        organisation. Words before the name that are no name are left out: `Commerce Secretary Howard
        Lutnick`, `Anthropic President Daniela Amodei`."""
        words = [(m.group(), start + m.start()) for m in NON_SPACE.finditer(spans.text[start:end])]
        while words and self._before_a_name(spans, *words[0]):
            words = words[1:]
        if len(words) < 2 or words[-1][0] in self.organisation_words or len(words[-1][0]) == 1:
            return None
        if any(w in self.not_first for w, _ in words):
            return None  # "Last Thursday I": no name has a weekday in it
        start = words[0][1]
        if spans.entities_overlapping_chars(start, end):
            return None
        return " ".join(w for w, _ in words), start

    def _before_a_name(self, spans: DocSpans, word: str, position: int) -> bool:
        return (
            word in self.not_first
            or word.lower() in self.roles
            or bool(spans.entities_overlapping_chars(position, position + len(word)))
        )

    def _remember(self, state: _Article, name: str) -> str:
        """The full name a person is known by in this article; 'Han' after 'Han Yuting' is Han Yuting."""
        full = state.people.get(name, name)
        state.people[name] = full
        for word in name.split():
            if len(word.rstrip(".")) > 1:  # "Xu" and "Su" are surnames; "J." is an initial
                state.people.setdefault(word, full)
        return full

    def _pronoun(self, spans: DocSpans, match: re.Match, state: _Article) -> Speaker | None:
        word = match.group().lower()
        if word in self.person_pronouns:
            person = self._person_mentioned_before(spans, match.start(), state) or state.last_person
            if person is None:
                return None
            return Speaker(person.name, match.group(), "person", match.start(), person.title, person.affiliation, True)
        earlier = spans.entities_within_chars(max(0, match.start() - SEARCH_BACK), match.start())
        org = next((e for e in reversed(earlier) if e.type == "org"), None)
        return Speaker(org.name, match.group(), "org", match.start(), pronoun=True) if org else None

    def _person_before(
        self, spans: DocSpans, position: int, state: _Article, word: str | None = None
    ) -> Speaker | None:
        """The nearest person named before `position` (with `word` in the name, if given), skipping headlines."""
        text = spans.text
        start = max(0, position - SEARCH_BACK)
        for match in reversed(list(PERSON.finditer(text, start, position))):
            if title_case_line(text, match.start()) or (word is not None and word not in match.group().split()):
                continue
            person = self._named_person(spans, match, state)
            if person is not None:
                return person
        return None

    def _named_person(self, spans: DocSpans, match: re.Match, state: _Article) -> Speaker | None:
        """The person a run of capitalised words names, with the title given here or at an earlier mention."""
        named = self._person_name(spans, match.start(), match.end())
        if named is None:
            return None
        name, name_start = named
        full = self._remember(state, name)
        title, affiliation = self._title(spans, name_start, match.end())
        if title or affiliation:
            state.titles.setdefault(full, (title, affiliation))
        else:
            if full not in state.titles:
                state.titles[full] = self._earlier_title(spans, full, name_start)
            title, affiliation = state.titles[full]
        return Speaker(full, name, "person", name_start, title, affiliation)

    def _earlier_title(self, spans: DocSpans, name: str, before: int) -> tuple[str | None, str | None]:
        """The title given at an earlier mention of `name` ('Zhipu AI CEO Zhang Peng said at the event')."""
        for mention in reversed(list(re.compile(re.escape(name)).finditer(spans.text, 0, before))):
            title, affiliation = self._title(spans, mention.start(), mention.end())
            if title or affiliation:
                return title, affiliation
        return None, None

    def _person_mentioned_before(self, spans: DocSpans, position: int, state: _Article) -> Speaker | None:
        """The person last mentioned before `position`: by full name, or by a surname met before ('Marsh
        disagrees. "...," she said')."""
        named = self._person_before(spans, position, state)
        start = named.position + len(named.text) if named is not None else max(0, position - SEARCH_BACK)
        surnames = [
            m
            for m in CAPITALISED.finditer(spans.text, start, position)
            if m.group() in state.people and m.group() not in self.not_first
        ]
        if not surnames:
            return named
        word = surnames[-1].group()
        earlier = self._person_before(spans, surnames[-1].start(), state, word)
        if earlier is not None:
            return replace(earlier, text=word, position=surnames[-1].start())
        return Speaker(state.people[word], word, "person", surnames[-1].start())

    def _unnamed(self, spans: DocSpans, match: re.Match) -> Speaker:
        """`an OpenAI spokesperson`: no name, but the organisation it speaks for."""
        orgs = [e for e in spans.entities_within_chars(match.start(), match.end()) if e.type == "org"]
        return Speaker(None, match.group(), "unnamed", match.start(), affiliation=orgs[0].name if orgs else None)

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
        if prefix and len(prefix.split()) <= 5 and any(w.lower().strip(",") in self.roles for w in prefix.split()):
            return prefix, (before[-1].name if before else owner)
        after = text[end : end + 160]
        of = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)", after)
        if of:
            return None, self._affiliation(spans, end + of.start(1), end + of.end(1))
        appositive = APPOSITIVE.match(after)
        if appositive is None:
            return None, None
        title_start, title_end = end + appositive.start("title"), end + appositive.end("title")
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

    def _affiliation(self, spans: DocSpans, start: int, end: int) -> str:
        orgs = [e for e in spans.entities_within_chars(start, end) if e.type == "org"]
        return orgs[0].name if orgs else spans.text[start:end].strip()


def _context_start(text: str, start: int, open_: int) -> int:
    """Where the words leading up to a quotation begin: after the last full stop before it, if any."""
    stops = list(SENTENCE_STOP.finditer(text, start, open_))
    return stops[-1].end() if stops else start


def _any_word(words: list[str]) -> re.Pattern:
    """Any of `words` (or phrases, spaced any way) standing alone, in any case."""
    phrases = alternation(words).replace(r"\ ", r"\s+")
    return re.compile(rf"{starts_like(words)}(?<![\w-])(?:{phrases})(?![\w-])", re.IGNORECASE)


def _owner(title: str) -> tuple[str, str | None]:
    """`Meridian's chief scientist` -> ('chief scientist', 'Meridian'); a title without an owner as it is."""
    owned = OWNED_TITLE.match(title)
    return (owned["title"], owned["owner"]) if owned else (title, None)


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _ends_a_clause(text: str, close: int) -> bool:
    """Punctuation closes the quoted words, inside the marks or right after them: `"usable," she said`."""
    return text[close - 1 : close] in ",.!?;:…—" or text[close + 1 : close + 2] in (",", ".", "!", "?", ";", ":", "—")
