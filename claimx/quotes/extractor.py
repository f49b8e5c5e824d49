"""Quotes: quotations something attributes, each with its speaker.

A quotation is a quote when something attributes it:

- a cue right after it: `"...," said Priya Ramdas`, `"...," she said`;
- a name alone after a dash: `"..." — Priya Ramdas, analyst`;
- a cue before it in its sentence: `Kate Koren warned the controls give China "..."`;
- a colon introducing it: `Lizzi Lee ... told the South China Morning Post: "..."`;
- an earlier quote of its sentence: `X said "..." but that "..."`;
- for a quotation that is a sentence of its own, a speaker and cue opening the
  next sentence (`"...." Han said on Monday.`), a person named in the sentence
  before, or a quote just before that it continues.

Short quotations (a few words) need their cue right beside them, and one
preceded by a label word (`the "safety-first" lab`) is a label: scare quotes
and titles are left out rather than guessed at. Each quote's confidence follows
from how its speaker was found (the rule set's `confidence` table).
"""

from __future__ import annotations

import bisect
import itertools
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, replace
from operator import itemgetter

from ..literals import alternation
from ..records import Quote
from ..ruleset import RuleSet
from ..spans import INDEFINITE_ARTICLES, DocSpans, inside_any, title_case_line
from .marks import OPENING_MARK, Quotation
from .speakers import PERSON, TITLE_LINKS, ArticleState, Speaker, Speakers, any_word

WORD = re.compile(r"[\w’'-]+")
TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")  # a word that starts with a letter: 'Dark', 'GPT-5', not '2026'
CLOSING_PUNCTUATION = " ,.;:!?—–-"
# a full stop after a capital letter alone is an initial's ("J. Roe said:", "C.C. Wei said:"), no sentence's end;
# but a country's or a union's initials often end one ("... made in the U.S. Li Wen said:")
SENTENCE_STOP = re.compile(r"(?:(?<!\b[A-Z])\.|(?<=\bU\.S|\bU\.K|\bE\.U|\bU\.N)\.|[!?])[\"”’']?\s+")
LIST_MARKS = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*•#]+)")  # a list item's number or bullet, a heading's marks
# a form of "be" (an adverb aside) right before a cue makes it passive: "was accused of", "were told"
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|gets|got|getting)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# a participle set off by a comma, with no object before "as": "Gemini 3 Pro, touted as "...", is passive too, its
# agent unnamed (not "whom she praised as")
COMMA_BEFORE = re.compile(r",\s+(?:\w+ly\s+)?$")
AS_AFTER = re.compile(r"\s+as\b")
INTRODUCTION_CHARS = 300  # how far before a quote the sentence introducing its speaker may begin
SENTENCE_ENDS = (".", "!", "?", ":", ",", '"', "”")  # how a sentence ends, where a headline does not
CONTINUATION_CHARS = 400  # how far after a quote another may continue it
# a line a transcript's turn opens ('Q: ', 'A: ', 'INTERVIEWER: ', 'Lin Jian: '): up to three capitalised words and a
# colon, words after it on the line
TURN_LABEL = re.compile(r"^[ \t]*(?:[A-Z][\w.’'-]*[ \t]+){0,2}[A-Z][\w.’'-]*:[ \t]+\S", re.MULTILINE)
DASH = re.compile(r"[,.!?]?[ \t]*(?:[—–]|--?)[ \t]*")  # '"..." — Sam Altman, OpenAI'
NAME_END = re.compile(r"[,;.(\n]|$")
SIGNATURE = re.compile(r"[ \t]*\n[ \t]*(?P<line>[^\n]*)")  # the line after a quote that ends its own line
# what follows the name in a signature: a title and nothing more, no sentence ('Dario Amodei, like X, holds ...')
SIGNED_TITLE = re.compile(r"\s*(?:(?:a|an|the)\s+)?[\w-]+(?:[ ,&]+[\w’'&.-]+){0,12}\s*\.?\s*", re.IGNORECASE)
# an aside between a speaker's name and the cue: 'Li Wen, who leads the lab, said', 'Li Wen, the lab's head, said'
ASIDE = re.compile(r",\s+(?:who|whose|the|a|an|its|his|her|their)\b[^,\"“”]*,")
# a title set off by commas with no article: 'Li Wen, Head of Research at Orca Labs, said'
APPOSITIVE = re.compile(r",\s+(?P<title>[^,\"“”]+),")
APPOSITIVE_LINKS = TITLE_LINKS | {"at"}  # a title's own small words, and "at" before its employer
MARKED_OBJECT_CHARS = 60  # how long the object between a marking verb and its "as" may be: "a shipment of GPUs"
CUE_REACH = 100  # characters after a quotation its cue may begin: past a speaker's name and a long title
LEVELS = {"low": 0, "medium": 1, "high": 2}
ARTICLES = frozenset({"a", "an", "the"})  # one, then an adjective, before a short quotation: a label


@dataclass(frozen=True, slots=True)
class _Place:
    """Where a quotation stands: its words leading up to it, its sentence, and the sentence after it."""

    context_start: int
    sentence_start: int
    sentence_end: int
    next_end: int


class QuoteExtractor:
    def __init__(self, rules: RuleSet):
        words = rules.quotes
        self.rules = words
        self.speakers = Speakers(rules)
        self.cue = any_word(words.cues + words.reported_speech_cues)
        self.reporting = any_word(words.reporting_words)
        # "Altman's February prediction that ... "in a few months"": a speech noun its speaker owns
        self.owned_cue = re.compile(
            rf"(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>(?i:{alternation(words.speech_nouns) or '(?!)'}))\b"
        )
        # "were interpreted as", "is widely seen as": others construe the owned remark before the quotation
        construed = alternation(words.construed_words) or "(?!)"
        self.construed = re.compile(rf"\b(?i:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?i:{construed})\s+as\b")
        self.label_words = {w.lower() for w in words.label_words}
        self.commitment_cues = {w.lower() for w in words.commitment_cues}
        self.noun_leads = {w.lower() for w in words.noun_leads}
        hypothetical = alternation(words.hypothetical_words).replace(r"\ ", r"\s+") or "(?!)"
        self.hypothetical = re.compile(rf"\b(?i:{hypothetical})\b")
        # "When asked by X whether", "Asked about", "after being pressed on": the question's clause, up to a quotation
        # with no clause's end between; its asker named after "by"
        self.question_clause = re.compile(
            rf"(?:^\s*|\b(?i:when|if|after|once|while|as)\s+(?:(?:he|she|they)\s+(?:was|were)\s+|being\s+)?"
            rf"|\b(?i:was|were|being|been)\s+)(?P<word>(?i:{alternation(words.question_words) or '(?!)'}))\b"
            rf"(?:\s+by\s+(?P<asker>(?:[\w’'-]+\s+){{0,3}}?(?:{PERSON.pattern}|[A-Z][\w’'-]+)))?[^,;:.!?\n]*$"
        )
        self.confidence = words.confidence
        self.joining_words = {w.lower() for w in words.joining_words}
        self.new_clause_words = {w.lower() for w in words.new_clause_words}
        self.relative_pronouns = {w.lower() for w in words.relative_pronouns}
        self.title_words = {w.lower() for w in words.title_words}
        marking = alternation(words.marking_verbs).replace(r"\ ", r"\s+") or "(?!)"
        # "mislabeling a shipment as": the verb, then its object, then "as" right before the quotation
        self.marked_as = re.compile(rf"\b(?i:{marking})\b[^\"“”.;:!?\n]{{0,{MARKED_OBJECT_CHARS}}}\bas\s+$")
        self.named_thing = re.compile(rf"[\s,]*(?:{alternation(words.named_thing_nouns) or '(?!)'})\b")
        self.speaker_follows = {w.lower() for w in words.speaker_follows}
        self.reported_speech = {" ".join(w.lower().split()) for w in words.reported_speech_cues}

    def extract(self, spans: DocSpans, quotations: list[Quotation]) -> Iterator[Quote]:
        text = spans.text
        sentences = spans.sentence_bounds
        starts = [s for s, _ in sentences]
        state = ArticleState(quoted=inside_any([q for q in quotations if _surely_paired(text, q)]))
        previous_close = -1
        waiting: list[tuple[Quotation, tuple[int, int]]] = []  # run-on paragraphs, attributed by what follows
        for quotation in quotations:
            sentence = sentences[max(0, bisect.bisect_right(starts, quotation.open) - 1)]
            closing_at = max(0, bisect.bisect_right(starts, quotation.close) - 1)
            closing = sentences[closing_at]
            following = sentences[min(closing_at + 1, len(sentences) - 1)]
            context_start = _context_start(text, max(sentence[0], previous_close + 1), quotation.open)
            previous_close = quotation.close
            place = _Place(context_start, sentence[0], closing[1], following[1])
            found = self._attribution(spans, quotation, place, state)
            context = (sentence[0], max(closing[1], quotation.close + 1))
            if found is None:
                if quotation.run_on:
                    waiting.append((quotation, context))
                continue
            speaker, cue, rule = found
            if speaker.type == "person":
                state.last_person = speaker
                if not speaker.pronoun:
                    state.speaking.add(speaker.position)
            state.last_quote = (quotation.close, speaker, cue)
            for earlier, earlier_context in waiting:  # the quote ran on from the paragraphs before
                yield self._quote(spans, earlier, earlier_context, self._continuing(speaker), cue, "quote.run-on")
            waiting = []
            yield self._quote(spans, quotation, context, speaker, cue, rule)

    def _quote(self, spans: DocSpans, q: Quotation, context: tuple[int, int], speaker: Speaker, cue: str, rule: str):
        text = spans.text
        return Quote(
            source=spans.source(q.start, q.end),
            text=spans.evidence(q.start, q.end),
            sentence=text[context[0] : context[1]].strip(),
            rule=rule,
            quote=text[q.start : q.end],
            speaker=speaker.name,
            speaker_text=speaker.text,
            speaker_title=speaker.title,
            speaker_affiliation=speaker.affiliation,
            speaker_description=speaker.text if speaker.type == "unnamed" else None,
            cue=cue,
            confidence=self.confidence.get(speaker.link, "high"),
        )

    def _continuing(self, speaker: Speaker) -> Speaker:
        """The speaker of a quote that continues another: no surer than the link of a continuation, nor
        than the quote it continues."""
        weaker = min(("continued", speaker.link), key=lambda link: LEVELS[self.confidence.get(link, "high")])
        return replace(speaker, link=weaker)

    # -- is it attributed, and to whom ------------------------------------------

    def _attribution(self, spans: DocSpans, q: Quotation, place: _Place, state: ArticleState):
        """(speaker, cue, rule) of a quotation, or None when nothing attributes it."""
        text = spans.text
        inside = text[q.start : q.end]
        # words read up to one too many for a short quotation, not all of a long one
        short = next(itertools.islice(WORD.finditer(inside), self.rules.short_words, None), None) is None
        left = text[place.context_start : q.open]
        if (short and self._labels(left)) or self._names_a_work(left, inside):
            return None
        if self.marked_as.search(left):
            return None  # 'mislabeling a shipment as "..."': the words on a label, nobody's speech
        if left.lower().endswith(("the ", "a ", "an ")) and self.named_thing.match(text, q.close + 1):
            return None  # 'at the "national AI model review" held in Busan': an event's name, no speech
        if self.hypothetical.search(text, place.sentence_start, q.open):
            return None  # 'It's as if Altman said, "Hold my beer."': speech imagined, nobody's quote
        question = self._question_before(text, place.sentence_start, q.open)
        if question is not None:
            return self._asker(spans, place.sentence_start, question, state)
        found = self._in_its_sentence(spans, q, place, state, short)
        if found is not None:
            return found
        whole_sentence = not short or inside.rstrip()[-1:] in (".", "!", "?")  # "Maybe less." is speech, no label
        if not whole_sentence or left.strip(" -•*–\t"):
            return None
        return self._around_it(spans, q, place, state, short)

    def _question_before(self, text: str, sentence_start: int, open_: int) -> re.Match | None:
        """The clause of a question put to someone that runs up to a quotation at `open_`, with no cue of an
        answer between ('Asked about it he said "..."' is the answer's)."""
        question = self.question_clause.search(text[sentence_start:open_])
        if question is None:
            return None
        after = sentence_start + question.end("asker" if question["asker"] else "word")
        return None if self._cues(text, after, open_) else question

    def _asker(self, spans: DocSpans, offset: int, question: re.Match, state: ArticleState):
        """A quotation in the clause of a question put to someone ('When asked by Zakaria whether "...", Huang
        said'): its asker's words where named, else nobody's we can tell; never the answer's speaker's."""
        if question["asker"] is None:
            return None
        start, end = offset + question.start("asker"), offset + question.end("asker")
        # "by host Tom Reed", "by CNN's Fareed Zakaria": the person named, a role or an outlet before
        askers = self.speakers.people(spans, start, end, state)
        asker = max(askers, key=lambda p: p.position) if askers else self.speakers.lone_name(spans, start, end, state)
        return (asker, "asked", "quote.question") if asker is not None else None

    def _in_its_sentence(self, spans: DocSpans, q: Quotation, place: _Place, state: ArticleState, short: bool):
        """A cue after the quotation, a name after a dash, a cue before it, or an earlier quote of its
        sentence."""
        text = spans.text
        right_end = max(place.sentence_end, q.close + 1)
        after = self._cue_after(spans, q.close + 1, right_end, state, short)
        after = after or self._dash_after(spans, q, max(right_end, place.next_end), state, short)
        after = after or self._signature_after(spans, q, state)
        if after is not None:
            return after
        last = state.last_quote
        cues = self._cues(text, place.context_start, q.open)
        same_sentence = last is not None and last[0] > place.sentence_start
        if same_sentence and cues and cues[-1].group().lower().endswith("ing"):
            # '"...," X stated, adding "..."': a participle's subject is the sentence's speaker, not a name
            # the words between mention
            return last[1], cues[-1].group().lower(), "quote.same-speaker"
        before = self._cue_before(spans, place.context_start, q.open, cues, state, short)
        if before is not None or not same_sentence:
            return before
        # 'X called it "..." and wrote that "..."', 'X said "..." but that "...": the sentence's speaker goes on; but
        # not past another person named since ('..., while Omar Haddad, CIO of Tallis Capital, said it is "..."')
        if self._names_a_person(spans, last[0] + 1, q.open):
            return None
        joined = WORD.findall(text[last[0] + 1 : q.open].lower())  # the words since the last quote
        if cues or (not short and joined and set(joined) <= self.joining_words):
            return last[1], cues[0].group().lower() if cues else last[2], "quote.same-speaker"
        return None

    def _around_it(self, spans: DocSpans, q: Quotation, place: _Place, state: ArticleState, short: bool):
        """For a quotation that is a sentence of its own: the sentence after it (unless it may continue the
        quote before), the sentence before it, or the quote before it."""
        cue = next(iter(self._cues(spans.text, q.close + 1, place.sentence_end)), None)
        report = self.reporting.search(spans.text, q.close + 1, place.sentence_end)
        own_cue = min(filter(None, (cue, report)), key=lambda m: m.start(), default=None)
        if own_cue is not None and not spans.text[q.close + 1 : own_cue.start()].strip(" ,"):
            return None  # '"...," said a company statement', '"...," reports Investing.com': naming no one we know
        if own_cue is not None and self.speakers.output_beside_the_cue(spans, q.close + 1, own_cue.start()):
            return None  # '"...," the chatbot replied': its output, no one's words the sentence before introduces
        last = state.last_quote
        # a new turn of a transcript between them ('Q: ... "..." A: "..."') is another speaker's: no continuation
        continues = (
            last is not None
            and q.open - last[0] < CONTINUATION_CHARS
            and TURN_LABEL.search(spans.text, last[0], q.open) is None
        )
        # '"We are ready." Altman said.': a full stop where a comma belongs. Near a quote it may continue, only
        # a sentence after that names a person right after its cue ('The line came from Ravi Menon') outweighs
        # the continuation, and so does one that is nothing but a speaker and a cue ('Rafael Duarte said.');
        # 'Zhou said the plan changed' is a statement of its own
        after = self._next_sentence(spans, q, place, state, short)
        named = after is not None and (_names_after_cue(after) or self._only_attribution(spans.text, q, place))
        if after is not None and (not continues or named):
            return replace(after[0], link="next_sentence"), after[1], "quote.next-sentence"
        colon_line = self._colon_line_before(spans, q, state, short)
        if colon_line is not None:
            return replace(colon_line[0], link="introduced"), colon_line[1], "quote.colon-line"
        introduced = self._introduced(spans, q, state)
        if introduced is not None:
            return replace(introduced, link="introduced"), "introduced", "quote.introduced"
        if continues:
            return self._continuing(last[1]), last[2], "quote.continued"
        return None

    def _only_attribution(self, text: str, q: Quotation, place: _Place) -> bool:
        """'"Finally!" Rafael Duarte said.': the sentence after the quotation holds its speaker and cue and
        nothing more, which no statement of its own is."""
        cue = next(iter(self._cues(text, q.close + 1, place.next_end)), None)
        return cue is not None and not text[cue.end() : place.next_end].strip(string.whitespace + ".!?")

    def _next_sentence(self, spans: DocSpans, q: Quotation, place: _Place, state: ArticleState, short: bool):
        """A speaker and cue opening the sentence after a quotation that is a sentence of its own."""
        text = spans.text
        if text[q.close + 1 : place.sentence_end].strip(CLOSING_PUNCTUATION) or place.next_end <= place.sentence_end:
            return None
        opening = OPENING_MARK.search(text, q.close + 1, place.next_end)  # never the words of the next quote
        return self._cue_after(spans, q.close + 1, opening.start() if opening else place.next_end, state, short)

    def _dash_after(self, spans: DocSpans, q: Quotation, end: int, state: ArticleState, short: bool):
        """`"..." — Sam Altman, OpenAI`: a name alone after a dash (up to `end`, the line's next comma or
        full stop), with at most a title before it."""
        text = spans.text
        dash = DASH.match(text, q.close + 1)
        if dash is None or (short and not _ends_a_clause(text, q.close)):
            return None
        stop = NAME_END.search(text, dash.end(), max(end, dash.end())).start()
        speaker = self.speakers.speaker_at(spans, dash.end(), stop, state)
        if speaker is None or speaker.type == "unnamed" or speaker.pronoun:
            return None
        if text[speaker.position + len(speaker.text) : stop].strip():
            return None  # '"..." — underscoring OpenAI's intent': the dash goes on about something else
        if not self.speakers.title_words_only(text[dash.end() : speaker.position]):
            return None
        return speaker, "—", "quote.dash-speaker"

    def _signature_after(self, spans: DocSpans, q: Quotation, state: ArticleState):
        """`"...,"` ending its line, and on the next a name, a comma and a title (`Sam Altman, co-founder and CEO of
        OpenAI`): a press release signs its quotes so, with no cue."""
        text = spans.text
        signature = SIGNATURE.match(text, q.close + 1)
        if signature is None or not _ends_a_clause(text, q.close):
            return None
        start, end = signature.span("line")
        comma = text.find(",", start, end)
        if comma < 0 or not SIGNED_TITLE.fullmatch(text, comma + 1, end):
            return None
        if not self.speakers.names_a_role(text[comma + 1 : end]):
            return None
        speaker = self.speakers.speaker_at(spans, start, comma, state)
        if speaker is None or speaker.type != "person" or speaker.pronoun or speaker.position != start:
            return None
        if text[speaker.position + len(speaker.text) : comma].strip():
            return None
        return speaker, ",", "quote.signature-line"

    def _colon_line_before(self, spans: DocSpans, q: Quotation, state: ArticleState, short: bool):
        """`Nvidia responded:` as the line before a quotation that opens its own: a speaker and cue ending in a colon
        set out the quotes below them, as a page's block quotes are, an organisation's too (the sentence before
        introduces only a person by name)."""
        text = spans.text
        line_start = text.rfind("\n", 0, q.open) + 1
        if text[line_start : q.open].strip():
            return None
        colon = len(text[:line_start].rstrip())
        if not text[:colon].endswith(":"):
            return None
        # the sentence the colon ends, over the lines of a hard-wrapped paragraph, never a heading's line before it
        bounds = spans.sentence_bounds  # searched by their starts in place, not copied out on every quote
        at = max(0, bisect.bisect_right(bounds, colon - 1, key=itemgetter(0)) - 1)
        start = max(bounds[at][0], colon - INTRODUCTION_CHARS)
        cues = self._cues(text, start, colon)
        found = self._cue_before(spans, start, colon, cues, state, short) if cues else None
        if found is None or found[0].type == "unnamed":
            return None  # 'An engineer writes the goal:' sets out an example under it, nobody's words
        return found

    def _introduced(self, spans: DocSpans, q: Quotation, state: ArticleState) -> Speaker | None:
        """`Zhou Xinyu put it more bluntly. "..."`: a person named in the sentence just before a quote that
        opens a sentence of its paragraph, and after the last quote."""
        text = spans.text
        last_close = state.last_quote[0] if state.last_quote is not None else -1
        line_start = text.rfind("\n", 0, q.open) + 1
        opens_paragraph = not text[line_start : q.open].strip()  # then the paragraph before may introduce it
        # a quote opening its paragraph: the last line with words before it may introduce it, never a line above
        first = _last_line_start(text, line_start) if opens_paragraph else line_start
        start = max(last_close + 1, q.open - INTRODUCTION_CHARS, first)
        if not text[start : q.open].rstrip().endswith(SENTENCE_ENDS):
            return None  # a line with no sentence's end before the quote is a headline or a heading, no speaker's
        # the last sentence before the quote: "said Li Wen. Her rival, Zhou Xinyu, put it more bluntly. "...""
        stops = [m.end() for m in SENTENCE_STOP.finditer(text, start, q.open) if text[m.end() : q.open].strip()]
        start = stops[-1] if stops else start
        people = [
            p
            for p in self.speakers.people(spans, start, q.open, state)
            if not title_case_line(text, p.position)
            and not _heads_its_line(text, p)  # "1. Task Intake": a numbered step's heading, no one's name
            and not self.speakers.spoken_to_at(text, p.position)
        ]  # "she told Faber. "..."": whom she told does not speak
        return min(people, key=lambda p: p.position) if people else None

    @staticmethod
    def _names_a_person(spans: DocSpans, start: int, end: int) -> bool:
        """Do characters `start..end` hold a run of capitalised words no known name overlaps: a person?"""
        return any(
            not spans.entities_overlapping_chars(m.start(), m.end()) for m in PERSON.finditer(spans.text, start, end)
        )

    def _names_a_work(self, left: str, inside: str) -> bool:
        """`a post titled "Seven Reasons to Wait"`, `the album "The Dark Side of the Moon"`: a title, however
        long, after a word that introduces one or written in Title Case, is no speech; nor is one capitalised word
        after an article and an adjective (`a detailed "Cookbook"`)."""
        words = left.lower().split()
        if words and words[-1] in self.title_words:
            return True
        named = TITLE_WORD.fullmatch(inside.strip(" ,.")) is not None and inside.strip()[:1].isupper()
        if named and len(words) > 1 and words[-2] in ARTICLES and words[-1].isalpha():
            return True
        long_words = [w for w in TITLE_WORD.findall(inside) if len(w) > 3]
        return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)

    def _labels(self, left: str) -> bool:
        """`the "safety-first" lab`, `the company's 'open' models`: a label word or a possessive right
        before a short quotation makes it a label; so does "a" or "an" and a lower-case word (`an advanced
        "outpainting" feature`): a noun phrase goes on through the quotation, which names a thing, nobody's
        speech (a name in capitals after the article, `told a CNBC "no"`, keeps its cue)."""
        words = left.lower().split()
        if not words:
            return False
        if words[-1] in self.label_words or " ".join(words[-2:]) in self.label_words or _possessive(words[-1]):
            return True
        return _article_and_modifier(left.split())

    def _cues(self, text: str, start: int, end: int) -> list[re.Match]:
        """The cue words in `start..end`; a capitalised one only where a sentence or a quotation begins:
        'the United States' says nothing; none in the passive: in 'Meta, which was accused of "..."' the
        words are its accuser's, nor in 'X, touted as "..."'; and none a noun (`from states with`)."""
        return [
            cue
            for cue in self.cue.finditer(text, start, end)
            if not cue.group()[0].isupper() or not text[start : cue.start()].rstrip()[-1:].isalnum()
            if cue.group().endswith("ing") or not PASSIVE_BEFORE.search(text, start, cue.start())
            if not self._passive_participle(text, start, cue)
            if not self._a_noun(text, start, cue)
        ]

    @staticmethod
    def _passive_participle(text: str, start: int, cue: re.Match) -> bool:
        """`Gemini 3 Pro, touted as "..."`: a participle set off by a comma, `as` right after it, no object."""
        return (
            cue.group().endswith("ed")
            and AS_AFTER.match(text, cue.end()) is not None
            and COMMA_BEFORE.search(text, start, cue.start()) is not None
        )

    def _a_noun(self, text: str, start: int, cue: re.Match) -> bool:
        """`from states with "..."`, `in remarks to reporters`: a cue word right after a preposition or a
        determiner names a thing."""
        before = text[start : cue.start()].rsplit(None, 1)[-1:]
        return bool(before) and before[0].lower() in self.noun_leads

    def _describing_participle(self, cue: re.Match) -> bool:
        """A cue ending in -ing that describes what stands before it ('the supercomputer claiming'), not a report's
        'quoted Li Wen as saying', whose name before it speaks."""
        return cue.group().lower().endswith("ing") and " ".join(cue.group().lower().split()) not in self.reported_speech

    def _subject_of_the_words_added(self, text: str, cue: re.Match, speaker: Speaker) -> bool:
        """`X said the rule "...," adding that Nvidia would ...`: a participle right after a quotation goes on with
        the speaker before it, and a name or `it` in its own clause (no comma between) opens the words added, no
        one speaking; a speaker in a clause of its own after it still is one (`"...," adding the chips to its list,
        the ministry said`), and so is a person's pronoun, which means the speaker (`adding that he believes`)."""
        if speaker.pronoun and speaker.type == "person":
            return False
        return self._describing_participle(cue) and "," not in text[cue.end() : speaker.position]

    def _commits_to_a_deed(self, text: str, cue: re.Match, open_: int) -> bool:
        """`X agreed to acquire "Windsurf"`: a commitment cue, then `to` and a verb before the quotation, which is
        that verb's object, not what X said."""
        between = text[cue.end() : open_].split()
        return cue.group().lower() in self.commitment_cues and len(between) >= 2 and between[0].lower() == "to"

    def _opens_a_relative_clause(self, text: str, start: int, cue: re.Match) -> bool:
        """`the Conference, which concluded`, `a source who asked not to be named said`: a cue right after a relative
        pronoun tells of what is named before it, and the quote's cue, if any, comes later."""
        before = text[start : cue.start()].rsplit(None, 1)[-1:]
        return bool(before) and before[0].lower() in self.relative_pronouns

    def _coordinated(self, between: str) -> bool:
        """`"MWC 26," in Barcelona, and stated`: a cue right after "and" or "but" is the second verb of a subject
        named before the quotation, and the words between name a place or a thing, nobody who speaks."""
        last_word = between.rsplit(None, 1)[-1:]
        return bool(last_word) and last_word[0].lower() in self.new_clause_words

    def _speaker_follows(self, cue: re.Match) -> bool:
        return " ".join(cue.group().lower().split()) in self.speaker_follows

    def _cue_after(self, spans: DocSpans, start: int, end: int, state: ArticleState, short: bool):
        """`"...," said Priya Ramdas` / `"...," she said` / `"...," one analyst noted`."""
        text = spans.text
        window = text[start:end]
        lead = len(window) - len(window.lstrip(CLOSING_PUNCTUATION))
        cues = self._cues(text, start + lead, min(end, start + lead + CUE_REACH))
        cue = next((c for c in cues if not self._opens_a_relative_clause(text, start + lead, c)), None)
        if cue is None:
            return None
        between = text[start + lead : cue.start()].strip()
        first_word = between.split(maxsplit=1)[0].lower() if between else ""
        if first_word in self.new_clause_words or self._coordinated(between):
            return None  # '"$25%," and an official said he meant 25%': the cue is another clause's
        if OPENING_MARK.search(between):
            # '("add a login," "fix the tests," "tidy it up"), and it writes code': another quotation stands
            # before the cue, which is that one's or no one's; a run of quoted items is a list of examples
            return None
        if short and between and not _ends_a_clause(text, start - 1):
            return None  # 'open' models ..., she noted: the words name a thing, nobody says them
        if between and self._describing_participle(cue):
            return None  # "'Colossus', the supercomputer claiming to be ...": a participle describes, no one says
        if not between or self._speaker_follows(cue):  # said X; never a word of the next quotation
            opening = OPENING_MARK.search(text, cue.end(), end)
            speaker = self.speakers.speaker_at(spans, cue.end(), opening.start() if opening else end, state, first=True)
            rule = "quote.cue-then-speaker"
            if speaker is not None and self._subject_of_the_words_added(text, cue, speaker):
                return None
        elif (  # Li Wen, who ..., said; but a title of any length: Under Secretary of Commerce for ... X said
            len(self._without_asides(between).split()) <= self.rules.speaker_words
            or self.speakers.title_words_only(between, TITLE_LINKS)
        ):
            speaker = self.speakers.speaker_at(spans, start + lead, cue.start(), state)
            speaker = speaker or self.speakers.lone_name(spans, start + lead, cue.start(), state)
            rule = "quote.speaker-then-cue"
        else:
            return None
        if speaker is None:
            return None
        return speaker, cue.group().lower(), rule

    def _without_asides(self, between: str) -> str:
        """The words between a quotation and its cue without the asides set off by commas about the speaker: a
        relative clause or a described role ('who leads the lab', 'the lab's head') or a bare title ('Head of
        Research at Orca Labs'), however long, which the count of a speaker's words must not hold."""
        between = ASIDE.sub(",", between)
        return APPOSITIVE.sub(
            lambda m: "," if self.speakers.title_words_only(m["title"], APPOSITIVE_LINKS) else m.group(), between
        )

    def _cue_before(
        self, spans: DocSpans, start: int, open_: int, cues: list[re.Match], state: ArticleState, short: bool
    ):
        """`X warned that "..."`, `X told Reuters: "..."`, `According to X, "..."`; `cues`: those in `start..open_`."""
        text = spans.text
        left = text[start:open_]
        if left.rstrip().endswith(":"):
            # "Speaking alongside Jensen Huang, minister Abdullah Alswaha said:": the name right before the cue says it
            cue_end = cues[-1].start() if cues and not self._speaker_follows(cues[-1]) else open_
            speaker = self.speakers.speaker_at(spans, start, cue_end, state)
            if speaker is not None and not short:
                return speaker, ":", "quote.colon"
        owned = list(self.owned_cue.finditer(text, start, open_))
        if owned and (not cues or owned[-1].start() > cues[-1].start()):
            return self._owned_cue(spans, start, open_, owned[-1], state, short)
        if not cues:
            return None
        cue = cues[-1]
        if short and (len(text[cue.end() : open_].split()) > 3 or self._commits_to_a_deed(text, cue, open_)):
            return None
        if self._speaker_follows(cue):
            speaker = self.speakers.speaker_at(spans, cue.end(), open_, state, first=True)
        else:
            speaker = self.speakers.speaker_at(spans, start, cue.start(), state) or self.speakers.lone_name(
                spans, start, cue.start(), state
            )
        if speaker is None:
            return None
        return speaker, cue.group().lower(), "quote.speaker-cue-quote"

    def _owned_cue(self, spans: DocSpans, start: int, open_: int, cue: re.Match, state: ArticleState, short: bool):
        """`Altman's prediction that GPT-5 would arrive "in a few months"`: the speech noun's owner speaks."""
        if short and len(spans.text[cue.end() : open_].split()) > 3:
            return None
        if self.construed.search(spans.text, cue.end(), open_):
            return None  # "Estevez's comments were interpreted as a "call for ..."": whoever construes them says it
        speaker = self.speakers.speaker_at(spans, start, cue.start(), state)
        if speaker is None or speaker.pronoun:
            return None
        return speaker, cue["noun"].lower(), "quote.owned-speech-noun"


def _heads_its_line(text: str, person: Speaker) -> bool:
    """Are the capitalised words read as a person alone on their line, but for a list's number or bullet?"""
    line_start = text.rfind("\n", 0, person.position) + 1
    line_end = text.find("\n", person.position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not LIST_MARKS.sub("", line.replace(person.text, "", 1)).strip()


def _last_line_start(text: str, line_start: int) -> int:
    """Where the last line with words before `line_start` begins. A quote opening its paragraph is introduced by
    that line alone: lines above it that end in no sentence's stop ('Source: Tomasz Tunguz', 'Title: ...',
    'Summary:') are a page's fields and headings, whose names introduce nothing."""
    return text.rfind("\n", 0, len(text[:line_start].rstrip())) + 1


def _context_start(text: str, start: int, open_: int) -> int:
    """Where the words leading up to a quotation begin: after the last full stop before it, if any."""
    stops = list(SENTENCE_STOP.finditer(text, start, open_))
    return stops[-1].end() if stops else start


def _article_and_modifier(words: list[str]) -> bool:
    """`an advanced`, `a new` right before a quotation: an indefinite article, then one lower-case word (not
    "the": 'called the restrictions "deeply regrettable"' is a verdict on a thing named before)."""
    return len(words) > 1 and words[-2].lower() in INDEFINITE_ARTICLES and words[-1].isalpha() and words[-1].islower()


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _ends_a_clause(text: str, close: int) -> bool:
    """Punctuation closes the quoted words, inside the marks or right after them: `"usable," she said`."""
    return text[close - 1 : close] in ",.!?;:…—" or text[close + 1 : close + 2] in tuple(",.!?;:—")


def _names_after_cue(found: tuple) -> bool:
    """A speaker found as `said Li Wen` or `came from Li Wen`: a person named after the cue, not a pronoun."""
    speaker, _cue, rule = found
    return rule == "quote.cue-then-speaker" and speaker.type == "person" and not speaker.pronoun


def _surely_paired(text: str, quotation: Quotation) -> bool:
    """Do the quotation's marks surely belong together: within a line, no other double mark between them? Marks
    left unclosed (a quote running on, a page cut short) pair wrongly, across narrative."""
    inner = text[quotation.open + 1 : quotation.close]
    return not any(mark in inner for mark in ('"', "“", "”", "\n"))
