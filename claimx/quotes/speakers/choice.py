"""Which candidate speaks a cue: everyone a stretch of text names (people, organisations, unnamed speakers,
pronouns), less those an opening or subordinate clause, the writer or an object holds, then the cue's own subject
before a person before an organisation before an unnamed one before a pronoun.
"""

from __future__ import annotations

import re

from ...spans import DocSpans
from .base import LONE_NAME, OBJECT_RELATIVE, POSSESSIVE_AFTER, ArticleState, Speaker
from .names import Names
from .organisations import Organisations
from .people import People
from .references import References, opens_a_clause
from .titles import Titles
from .unnamed import Unnamed

# what may stand between a name and its cue: nothing, or its short form in brackets ("the Commerce Department's
# Bureau of Industry and Security (BIS) said"), the short form's own closing bracket after it
BESIDE_THE_CUE = re.compile(r"\)?\s*(?:\([^()\n]{1,20}\)\s*)?")
CLAUSE_CLOSER = re.compile(r"[,;:]")  # what ends a subordinate clause before a cue


class Speakers(People, Names, Titles, References, Organisations, Unnamed):
    """Finds speakers in text; built once from the rule set."""

    def speaker_at(
        self, spans: DocSpans, start: int, end: int, state: ArticleState, first: bool = False
    ) -> Speaker | None:
        """The speaker named in `start..end`: a person before an organisation before an unnamed one
        before a pronoun; with `first`, the candidate nearest `start`."""
        text = spans.text
        if self.output_beside_the_cue(spans, start, end, first):
            return None  # 'Grok replied: "..."': a model's output, nobody's statement
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
        if opens_a_clause(before):
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


def _ends_with(outer: Speaker, inner: Speaker) -> bool:
    """Are `inner`'s words the last of `outer`'s ("a senior Claude developer", "the Claude developer")?"""
    return _overlaps(outer, inner) and outer.position + len(outer.text) == inner.position + len(inner.text)


def _overlaps(outer: Speaker, inner: Speaker) -> bool:
    """Does `inner` begin within the words `outer` was found in?"""
    return outer.position <= inner.position < outer.position + len(outer.text)
