"""The roles of a sentence's names that make them no subject of its figures: a foil (`than GPT-4o`), the maker of a
thing named beside it (`Huawei's Ascend 910B`), the lab that reports the figures (`Nvidia said`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection

from spacy.tokens import Span

from ..entities import Entity
from ..ruleset import RuleSet
from ..spans import LIST_JOINS, OTHER_NAME_CUES, DocSpans
from .context import FoundRoles, clause_start

NOT_SUBJECTS = {"chip", "system", "platform", "benchmark", "outlet", "place"}
NO_ROLES = FoundRoles(frozenset(), frozenset(), None)
SHARE_OF = {"SHARE_OF"}  # "90% of": the cue of a share of another name's quality
MULTIPLIER = re.compile(r"\d+(?:\.\d+)?x|times|fold")  # "10x Grok 2", "three times GPT-4"
APPOSED_PHRASE = 6  # tokens of the phrase a name stands in apposition to: "Brightlab's earlier flagship"
# a chip's model number the alias table lacks, between its maker and the word for chips: "Nvidia GH300 GPUs"
CHIP_MODEL_NUMBER = re.compile(r"[A-Z]{1,4}\d{1,4}[A-Z]{0,3}")
# lower-case words naming what a model made, between the maker participle and `with`: "textbooks and exercises"
MADE_THINGS_WORDS = 4


class RoleFinder:
    def __init__(self, rules: RuleSet):
        attribution = rules.attribution
        self.possessives = set(attribution.possessives)
        self.share_qualities = {w.lower() for w in attribution.share_qualities}
        self.for_words = {w.lower() for w in attribution.for_words}
        self.foil_gap = attribution.foil_gap
        self.foil_words_gap = attribution.foil_words_gap
        self.subject_verbs = {w.lower() for w in attribution.subject_verbs}
        self.control_verbs = {w.lower() for w in attribution.control_verbs}
        self.instrument_words = {w.lower() for w in attribution.instrument_words}
        self.linking_words = {"with", "by", *self.instrument_words}  # "generated with GPT-3.5", "created by OpenAI"
        self.maker_participles = {w.lower() for w in attribution.maker_participles}
        self.approver_participles = {w.lower() for w in attribution.approver_participles}
        self.approver_nouns = {w.lower() for w in attribution.approver_nouns}
        self.openers = {w.lower() for w in attribution.clause_openers}
        self.glued_adjectives = {w.lower() for w in rules.names.glued_adjectives}
        self.class_words = {w.lower() for w in rules.names.class_words}
        self.family_keys = {w.lower() for w in rules.names.family_keys}

    def roles(
        self, spans: DocSpans, sent: Span, entities: list[Entity], figure_ends: Collection[int], cue_ends: list[int]
    ) -> FoundRoles:
        """The sentence's foils, makers of things named beside them, and the lab that reports its figures;
        `cue_ends`: where the document's cues of another name end (`other_name_cue_ends`)."""
        if not entities:
            return NO_ROLES
        # the cues of another name searched back from each name lie within the sentence: most sentences hold none
        first_after = bisect.bisect_right(cue_ends, sent.start)
        cued = first_after < len(cue_ends) and cue_ends[first_after] < sent.end
        foil_ends: set[int] = set()
        compared_ends: set[int] = set()
        for entity in entities:  # in order: a name listed after a foil is one too ("beats X and Alibaba's Y")
            if cued and self._subject_after_an_opening_phrase(spans, sent, entity, entities):
                continue
            # (no name is listed after a foil before the first foil: the look at the list is skipped until then)
            listed = (
                bool(foil_ends)
                and spans.listed_after(entity, foil_ends)
                and spans.lowers[entity.end] not in self.subject_verbs
            )
            compared = listed or self._compared(spans, sent, entity, figure_ends, cued)
            if compared and (listed or spans.marker_after(entity.end, {"RELATIVE"}, 1, sent.end) is None):
                foil_ends.add(entity.end)
            elif compared:  # "beats Y, which scores 58.4%": Y owns the figure after it, yet is compared
                compared_ends.add(entity.end)
        foils = frozenset(e for e in entities if e.end in foil_ends)
        makers = frozenset(e for e in entities if self._makes_named_thing(spans, e))
        asserter = next(  # a lab reports a figure; a model that "reports 85.3%" is the figure's subject
            (
                e
                for e in entities
                if e.type == "org"
                and (
                    spans.marker_after(e.end, {"REPORT"}, 1, sent.end) is not None
                    or spans.marker_before(e.start, {"REPORT_BY"}, 0, sent.start) is not None
                )
            ),
            None,
        )
        told = frozenset(e for e in entities if self._told_to_act(spans, e))
        compared = frozenset(e for e in entities if e.end in compared_ends)
        adjectives = frozenset(e for e in entities if self._made_an_adjective(spans, e))
        families = frozenset(e for e in entities if self.names_a_family(spans, e))
        return FoundRoles(foils, makers, asserter, told, compared, adjectives, families)

    @staticmethod
    def _subject_after_an_opening_phrase(spans: DocSpans, sent: Span, entity: Entity, entities: list[Entity]) -> bool:
        """`Unlike X, Y charges $0.12`, `Positioned as the sibling to X, Y has ...`: a phrase about another name
        opens the sentence, and the name right after its comma, a lower-case word going on from it, is the
        sentence's subject, neither listed with that other name nor compared with it. So it is where the phrase
        names nothing the rules know (`Based on MuonClip, K2 was pre-trained on`, `Compared with last year, X
        scores`): the cue's object is then no name, and the name after the comma is no foil."""
        comma = entity.start - 1
        if comma <= sent.start or spans.words[comma] != "," or entity.end >= sent.end:
            return False
        going_on = spans.words[entity.end]
        if not (going_on.isalpha() and going_on.islower()) or going_on in LIST_JOINS:
            return False
        opening_end = entities[0].start if entities[0] is not entity else comma
        opened_by_a_cue = spans.marker_before(opening_end, OTHER_NAME_CUES, opening_end - sent.start, sent.start)
        return opened_by_a_cue is not None and "," not in spans.words[sent.start : comma]

    def _compared(self, spans: DocSpans, sent: Span, entity: Entity, figure_ends: Collection[int], cued: bool) -> bool:
        """`than GPT-4o`, `similar to Mixtral 8x22B`, `trails Kimi K2.7-Code, which drew ...`; but not `against 65.0
        for Claude 3.5 Sonnet`, where the name owns the figure before it. A name a multiplier leads (`the 10x Grok
        2 claims`) is the base of a comparison. A name a relative clause follows owns the clause's figures: no
        foil, though compared. `cued`: does a cue of another name end within the sentence?"""
        if entity.start in figure_ends and MULTIPLIER.fullmatch(spans.lowers[entity.start - 1]):
            return True
        if self._share_of_quality(spans, entity):
            return True
        if not cued:
            return False
        cue = (
            spans.marker_before(entity.start, OTHER_NAME_CUES, self.foil_gap, sent.start)
            or self._cue_over_words(spans, sent, entity)
            or self._cue_of_apposition(spans, sent, entity)
        )
        if cue is None or cue.end <= clause_start(spans, sent, entity.start, self.openers):
            return False  # "beats X, and Y scored 80%": Y is no foil (the clause is found only behind a cue)
        if _bracket_closes_between(spans.words, cue.end, entity.start):
            return False  # "X uses 2e25 FLOPs (above the threshold), Y is around 6e24": the cue's object is in there
        before = entity.start - 1
        return not (before > sent.start and spans.lowers[before] in self.for_words and before in figure_ends)

    def _share_of_quality(self, spans: DocSpans, entity: Entity) -> bool:
        """`delivers 90% of X's performance`: X, whose quality the subject reaches a share of, is compared."""
        if entity.end + 1 >= len(spans.lowers):
            return False
        possessive, quality = spans.lowers[entity.end], spans.lowers[entity.end + 1]
        # the words first, the cue last: asked of every name, the words after it rule out nearly all
        return (
            possessive in self.possessives
            and quality in self.share_qualities
            and spans.marker_before(entity.start, SHARE_OF, 0, 0) is not None
        )

    def _told_to_act(self, spans: DocSpans, entity: Entity) -> bool:
        """`asked Nvidia to ship`: a name between a verb of telling and `to`; `using Amazon SageMaker`: a tool; so
        is `generated with GPT-3.5`, the model that made the data a figure counts."""
        lowers = spans.lowers
        before = lowers[entity.start - 1] if entity.start > 0 else ""
        told = before in self.control_verbs and entity.end < len(lowers) and lowers[entity.end] == "to"
        # a model that made the data; a lab that made a thing ('created by OpenAI') is its maker, no tool
        linked = before in self.linking_words
        made_with = entity.type == "model" and linked and self._made_data(spans, entity)
        approved = self._approved_by(spans, entity) or self._approval_owned(spans, entity)
        return told or made_with or before in self.instrument_words or approved

    def _approved_by(self, spans: DocSpans, entity: Entity) -> bool:
        """`a deal approved by the US Commerce Department`: an approval participle and "by" before the name, at most
        "the" and a capitalised word (`US`) between: who approved, no owner."""
        i = entity.start - 1
        while i > entity.start - 3 and i > 0 and (spans.lowers[i] == "the" or spans.words[i][:1].isupper()):
            i -= 1
        return i > 0 and spans.lowers[i] == "by" and spans.lowers[i - 1] in self.approver_participles

    def _approval_owned(self, spans: DocSpans, entity: Entity) -> bool:
        """`the Commerce Department's recent approval to export 35,000 chips`: the name's possessive, at most one
        lower-case word, then an approval noun: who approved, no owner, as with `approved by`."""
        lowers, i = spans.lowers, entity.end
        if i + 1 >= len(lowers) or lowers[i] not in self.possessives:
            return False
        if lowers[i + 1] not in self.approver_nouns and i + 2 < len(lowers) and spans.words[i + 1].islower():
            i += 1  # "recent", "formal"
        return lowers[i + 1] in self.approver_nouns

    def _made_data(self, spans: DocSpans, entity: Entity) -> bool:
        """`generated with GPT-3.5`, `generated textbooks and exercises with GPT-3.5`: a maker participle before
        the word linking the name, at most a few lower-case words (what was made) between."""
        for i in range(entity.start - 2, max(-1, entity.start - 3 - MADE_THINGS_WORDS), -1):
            if spans.lowers[i] in self.maker_participles:
                return True
            if not (spans.words[i].isalpha() and spans.words[i].islower()):
                return False
        return False

    def _made_an_adjective(self, spans: DocSpans, entity: Entity) -> bool:
        """`achieved GPT-4-level performance using 2.7M GPU hours`, `a Llama-based model with 8B parameters`: a name
        a word is hyphened to (entities.yaml glued_adjectives) describes the thing that word leads to, a class or
        another model; it owns none of the sentence's figures. A class word written apart (class_words: `a GPT-5
        class model`, `GPT-4 level performance`) makes it one too."""
        end, words = entity.end, spans.words
        if end < len(words) and words[end] in self.class_words and spans.doc[end - 1].whitespace_:
            return True  # lower case only: "GPT-5 Level" in a headline may be a name's tier
        return (  # the words first: a Token is made only for a name a hyphen follows
            end + 1 < len(words)
            and words[end] == "-"
            and not spans.doc[end - 1].whitespace_
            and not spans.doc[end].whitespace_
            and spans.lowers[end + 1] in self.glued_adjectives
        )

    def names_a_family(self, spans: DocSpans, entity: Entity) -> bool:
        """`Provider: OpenAI · Family: GPT-5`: a name a spec line's key and colon give as the family or series the
        page's model is in (entities.yaml family_keys) is not that model, nor what the next field's figure is of."""
        start = entity.start
        return start >= 2 and spans.words[start - 1] == ":" and spans.lowers[start - 2] in self.family_keys

    def _cue_over_words(self, spans: DocSpans, sent: Span, entity: Entity):
        """`surpasses its own teacher model GPT-4o`: a cue further back, with nothing but lower-case words between
        it and the name (never a figure: `than $100 million training Llama 3` names what was trained)."""
        cue = spans.marker_before(entity.start, OTHER_NAME_CUES, self.foil_words_gap, sent.start)
        words = spans.words[cue.end : entity.start] if cue is not None else ()
        return cue if words and all(w.isalpha() and w.islower() for w in words) else None

    @staticmethod
    def _cue_of_apposition(spans: DocSpans, sent: Span, entity: Entity):
        """`exceeded Brightlab's earlier flagship, Kestrel-1 Ultra,`: a name in apposition to a short phrase a cue
        of another name leads is that other name too."""
        comma = entity.start - 1 - (spans.words[entity.start - 1] == "[")  # "[Kestrel-1 Ultra](/wiki/...)": a link
        if comma <= sent.start or spans.words[comma] != ",":
            return None
        cue = spans.marker_before(comma, OTHER_NAME_CUES, APPOSED_PHRASE, sent.start)
        return cue if cue is not None and "," not in spans.words[cue.end : comma] else None

    def _makes_named_thing(self, spans: DocSpans, entity: Entity) -> bool:
        """`Huawei's Ascend 910B`, `Artificial Analysis's Intelligence Index`, `H100 Nvidia chips`, `Nvidia
        GPUs`: the maker of a thing named beside it is not the subject."""
        if entity.type != "org" and entity.type != "model":
            return False
        words = spans.words
        if entity.end < len(words) and words[entity.end] in self.possessives:
            owned = spans.entity_starting_at(entity.end + 1)
            if owned is not None and entity.type == "model" and owned.type == "benchmark":
                return False  # "GPT-4o's MMLU score": the model's score on it
            return owned is not None and owned.type in NOT_SUBJECTS
        if entity.type != "org":
            return False
        next_chip = spans.marker_after(entity.end, {"CHIPS", "chip"}, 0, len(words)) is not None or (
            entity.end + 1 < len(words)
            and CHIP_MODEL_NUMBER.fullmatch(words[entity.end]) is not None
            and spans.marker_after(entity.end + 1, {"CHIPS"}, 0, len(words)) is not None
        )
        chip_before = entity.start > 0 and (
            (before := spans.entity_ending_at(entity.start)) is not None and before.type == "chip"
        )
        return next_chip or chip_before


def _bracket_closes_between(words, start: int, end: int) -> bool:
    """Does a bracket opened before token `start` close before token `end`: is a cue ending at `start` inside an
    aside the name at `end` stands outside of?"""
    depth = 0
    for word in words[start:end]:
        if word == "(":
            depth += 1
        elif word == ")":
            if depth == 0:
                return True
            depth -= 1
    return False


def other_name_cue_ends(spans: DocSpans) -> list[int]:
    """Where the document's cues of another name (`than`, `such as`, `rivals`) end, in order: made once per
    document, so that a sentence holding none is not searched for them name by name."""
    return sorted(cue.end for label in OTHER_NAME_CUES for cue in spans.cues_by_label.get(label, ()))
