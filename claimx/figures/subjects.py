"""Whose figure it is, found the way a reader finds it.

A name that owns the figure (`GPT-4o's 88.7%`, `Maverick's Elo score of 1417`,
`Qwen 2.5 (24.8)`); the foil after `vs` (`beats GPT-5 (44.9% vs 41.7%)`); a name
after the figure (`72.4% for GLM-5.2`, `39.3M GPU hours used to train X`); the
nearest name or anaphor on the left that is neither a comparison's foil, nor the
maker of a thing named beside it (`H100 Nvidia chips`), nor the claim's asserter;
else the model the paragraph or the article is about. Each subject says how it
was found (`subject_source`), and so how sure it is: a name that is the only one
its sentence could mean is surer than the nearest of several.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Span

from ..dates.events import RELEASE
from ..entities import Entity, EntityResolver, ends_in_a_size, has_a_size
from ..literals import alternation
from ..numbers import Figure
from ..records import Claim
from ..ruleset import RuleSet
from ..spans import COMPARISON_CUES, LIST_JOINS, PARAGRAPH_BREAK, DocSpans, Marker, title_case_line
from .context import Claimed, Focus, FoundRoles, Roles, Subject, clause_start, same_clause, subject_of
from .coordination import (
    LISTING,
    coordinated_figures,
    coordinated_names,
    in_a_list_of_figures,
    last_run,
    list_start,
    runs,
)
from .kinds import FigureKinds, opens_a_bracketed_change, slash_pair_place, value_before_a_change

ANAPHOR_LABELS = {"ANAPHOR_MODEL": "model", "ANAPHOR_ORG": "org"}
FOIL_PHRASE_GAP = 1  # words between a foil cue and a figure of the foil's own phrase: "than the 405 billion"
PAST_REACH = 3  # "down from $0.55 and $2.19": tokens between "down from" and a past figure
MAX_MODIFIERS = 2  # "GPT-4o's already impressive 89.8%": words between a possessive and its figure
MODEL_NOUN_REACH = 4  # "Mistral AI's 24 billion parameter reasoning model": words from the figure to "model"
INDEFINITE_REACH = 3  # "a large language model": words between "a" and "model"
INDEFINITE = ("a", "an")
DETERMINERS = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"}
WORDS_BEFORE_SIZED_NAME = 2  # lower-case words between a size's cue and the model it sizes: "preview"
TIER_REACH = 8  # tokens before a figure searched for a tier named without its family: "Small 3, a 24 billion"
UNKNOWN_CODE_REACH = 3  # "its Hy3 preview model": tokens from a model's code to "model"
VERSION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})?")  # "LVNM 1.0": the version after a name
MODEL_CODE = re.compile(r"[A-Z][A-Za-z]*\d[\w.]*")  # Hy3, X2, M2.5: a capital, then a digit
EACH_AFTER_GAP = 3  # "17B active parameters each": lower-case unit words between a figure and "each"
NAMED_AFTER_GAP = 3  # "39.3 million GPU hours used to train Llama 3.1": words between the cue and the name
EMPHASIS = {"*", "_"}  # Markdown emphasis around a name
# a list item's mark before a clause's subject ("• Falcor has 137 billion parameters"): the item opens a sentence
LIST_MARKS = {"•", "-", "–", "·", "▪", "+"}
# words after a superlative standing for a family's variant: "the largest with 405B", "the smallest version has"
SUPERLATIVE_GLUE = {"with", "at", "of", "one", "version", "variant", "model", "size"}
SUBJECT_PRONOUNS = {"it"}  # a sentence about "it" is about the model in focus
LEAD_PHRASE_TOKENS = 8  # "According to Google, it ...": how long an opening phrase before the subject may be
AT_WORDS = {"at", "with", "on", ":"}  # "versus X at 88.6%", "(vs X: 13.4%)"
LEAD_WORDS = {"the", "a", "an", "its", "their"}  # words before a clause's subject
BE_WORDS = {"'s", "’s", "is", "was", "would", "will", "be", "has", "been"}  # "it would be", "it has been"
# "it is rumoured to have": these with "to" still mean the model
RAISING = {"likely", "unlikely", "estimated", "believed", "thought", "reported", "rumored", "rumoured"}
PHRASE_ENDS = {"and", "or", "but", "while", "whereas", "versus", "vs"}  # words after a name that end its phrase
# an item of a list run into one line, its key right before the figure: " - MMMLU (multilingual): 90.8%"
CLASS_OWNER_REACH = 3  # tokens before a possessive a class of models may end: "the next-best AI system's"
FOIL_CLAUSE_REACH = 10  # tokens before a relative clause's comma its foil's cue may begin: "such as those by Meta"
CLASS_SUBJECT_REACH = 3  # tokens after a contrast's opener a class it is about may end: "whereas most rival models"
IT_WORDS = ("it", "its")  # the pronouns a report, or an indefinite one of a kind, may stand behind
PEOPLE_SUBJECT_REACH = 3  # words before the people a sentence opens on: "The average human test-takers"
INLINE_ITEM_KEY = re.compile(r"(?P<dash>[ \t][-•][ \t])[^:\n]{1,60}:[ \t]*$")
KEY_WORD = re.compile(r"[A-Za-z]+")
OWN_MARKERS = ("TRAINING", "MODEL_NOUN")  # "we trained", "our model": what a first-person subject made
# an aside in brackets, or between two of the same dash: "the Qwen ecosystem—spanning Qwen2.5, QwQ—had"
ASIDE = re.compile(r"\([^()\n]*\)|(?P<dash>—|–|--)[^—–\n]*?(?P=dash)")
LIST_KEY = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])\s+(?:\*\*|__)?(?P<key>[^:*_\n]{1,60}?)(?:\*\*|__)?\s?:")


class SubjectFinder:
    def __init__(self, rules: RuleSet, resolver: EntityResolver, kinds: FigureKinds):
        self.resolver = resolver
        self.kinds = kinds
        attribution = rules.attribution
        self.possessives = set(attribution.possessives)
        self.empty_it = set(attribution.empty_it)
        self.idiom_it_verbs = {w.lower() for w in attribution.idiom_it_verbs}
        self.for_words = {w.lower() for w in attribution.for_words}
        self.supplier_words = {kind: {w.lower() for w in words} for kind, words in attribution.supplier_words.items()}
        self.agent_participles = {w.lower() for w in attribution.agent_participles}
        self.brand_not_before = set(attribution.brand_not_before)
        self.subject_types = set(attribution.subject_types)
        self.described_model_gap = attribution.described_model_gap
        self.versus_words = {w.lower() for w in attribution.versus_words}
        self.foil_gap = attribution.foil_gap
        self.both_words = {w.lower() for w in attribution.both_words}
        self.each_after_words = {w.lower() for w in attribution.each_after_words}
        self.report_adverbs = {w.lower() for w in attribution.report_adverbs}
        self.report_object_words = {w.lower() for w in attribution.report_object_words}
        self.variant_superlatives = {w.lower() for w in attribution.variant_superlatives}
        self.version_qualifiers = {w.lower() for w in attribution.version_qualifiers}
        self.first_person = {w.lower() for w in attribution.first_person}
        self.generic_ones = {w.lower() for w in attribution.generic_ones}
        self.generic_determiners = {w.lower() for w in attribution.generic_determiners}
        self.generic_predicate_leads = {w.lower() for w in attribution.generic_predicate_leads}
        labels = alternation(attribution.summary_labels) or "(?!)"
        self.summary_label = re.compile(rf"[ \t]*(?i:{labels})[ \t]*[:\u2013\u2014-]")
        self.variant_nouns = {w.lower() for w in rules.events.variant_nouns}  # "in Nano, Super and Ultra sizes"
        self.respectively_word = re.compile(rf"\b(?:{alternation(attribution.respectively_words) or '(?!)'})\b", re.I)
        self.openers = {w.lower() for w in attribution.clause_openers}
        self.contrast_openers = {w.lower() for w in attribution.contrast_openers}
        self.relative_openers = {w.lower() for w in attribution.relative_openers}
        self.fronted_openers = {w.lower() for w in attribution.fronted_openers}
        self.subordinate_openers = {w.lower() for w in rules.quotes.subordinate_openers}
        self.not_names = rules.not_name_words()
        self.capital_tiers = {t for t in rules.names.tiers if t[:1].isupper()}
        self.subject_verbs = {w.lower() for w in attribution.subject_verbs}
        self.describers = set(attribution.model_describers)
        # "Snowflake released Arctic": a known organisation bringing out a name the rules do not know
        self.release_verbs = {w.lower() for w in rules.events.actions.get(RELEASE, []) if " " not in w}
        joining = ("to", "of", "in", "than", "as", "and", "or")
        self.not_modifiers = {*self.subject_verbs, *self.for_words, *AT_WORDS, *joining}
        self.lower_tiers = {t.lower() for t in self.capital_tiers}
        # the words without which some check of a figure's subject cannot fire (a superlative, a tier, a word of an
        # earlier generation or of a version): few sentences hold any, so their figures skip those checks
        checked = (self.variant_superlatives, self.lower_tiers, resolver.earlier_generation_words)
        self.check_words = frozenset().union(*checked, self.version_qualifiers)

    def subjects(
        self, spans: DocSpans, sent: Span, found: Claimed, entities, roles: Roles, focus: Focus, previous, taken=()
    ) -> list[Subject]:
        """Whom the figure is about: one subject, several (`Both A and B have ...`), or none. `taken`: names
        that own another figure of the sentence by `on`/`for` after it, so not this one."""
        figure = found.figure
        held = self._check_words_in(spans, sent)
        if (
            self._owner_unknown(spans, sent, figure)
            or self._owned_by_a_class(spans, sent, figure)
            or _new_value_of_a_change_from_a_name(spans, sent, figure)
            or self._trains_an_unknown(spans, sent, figure, found.cue)
            or self._for_an_unknown(spans, sent, figure, found.cue)
            or self.unknown_model_named(spans, sent, figure.token_start)
            or (not held.isdisjoint(self.variant_superlatives) and self._an_unnamed_variant(spans, sent, figure))
            or (
                not held.isdisjoint(self.resolver.earlier_generation_words)
                and self._an_earlier_generation(spans, sent, figure)
            )
            or (not held.isdisjoint(self.lower_tiers) and self._a_tier_without_its_family(spans, sent, figure))
            or self._one_of_two_versions(spans, sent, figure, entities, held)
            or self._unknown_name_nearer(spans, sent, figure, entities)
        ):
            return []  # "Yi-Lightning's 88.7%" with no known name there: someone's, so nobody we could name
        # "its window grew from 128K to 200K": an owner named before a change has the new value, not the old
        changed = value_before_a_change(spans, sent, figure)
        owned = None if changed else self.owner(spans, sent, figure, found.cue, entities)
        if owned is not None and self._made_by_a_tool(owned, found.rule, roles):
            owned = None  # "exercises generated using GPT-3.5 (1B tokens)": what a tool made, none of its own
        named = (
            owned
            or self._named_after(spans, sent, figure, found.cue, roles, found.rule.attribute)
            or self._foil_at(spans, sent, figure, roles)
        )
        if named is not None:
            return [self._model_of_maker(named, entities, focus) if found.rule.kind == "benchmark" else named]
        if self._after_versus(spans, sent, figure, previous):
            foil = self._foil_of_pair(roles, previous)
            return [foil] if foil is not None else []  # no foil named: the pair's other side is nobody we know
        if _in_foil_phrase(spans, sent, figure):
            return []  # "smaller than the 405 billion parameters of X", "matching 46B MoE systems": the foil's
        named = None if changed else self.list_key(spans, sent, figure)  # "- X: a jump from 17.6% to 52.9%"
        if named is not None:
            return [named]
        if self._past_value(spans, sent, figure):
            return []  # "up from 65.8% for its predecessor": a figure of the past, or of a model not named
        start = clause_start(spans, sent, figure.token_start, self.openers)
        named_in_clause = any(
            e.type in self.subject_types and start <= e.start < figure.token_start and roles.is_candidate(e)
            for e in entities
        )
        if not named_in_clause and self.unknown_lead_in(spans, start, figure.token_start):
            return []  # "Arctic has 480 billion parameters": a name the rules do not know, nobody we can name
        if not named_in_clause and self._a_class_contrasted(spans, start, figure.token_start):
            return []  # "X ran on one A100, whereas rival models needed up to 16 GPUs": the class's, not X's
        if not named_in_clause and self._describes_a_foil(spans, sent, start):
            return []  # "X, surpassing Meta's LLaMa, which uses 1 trillion tokens": the foil's, not X's
        if self._describes_an_unknown_name(spans, sent, figure):
            return []  # "Moonshot AI announced Vantor, a 300B model": a name the rules do not know
        free = [e for e in entities if e.name not in taken]
        opening = self._opening_clause_end(spans, sent, figure)
        if opening is not None:  # "While Meta leads, most labs aim for 100,000 chips": Meta's is the lead, no more
            free = [e for e in free if e.start >= opening]
        free = [e for e in free if not _in_an_aside_with_a_figure(spans, sent, e, figure)]
        # "Chinese labs (DeepSeek, Zhipu) bought 10,000 chips": the class's, none of the examples listed
        members = listed_in_asides(spans, sent.start_char, figure.start, free, self.subject_types)
        free = [e for e in free if e not in members]
        if found.rule.attribute == "chips":
            free = self._without_the_chips_maker(spans, sent, figure, free, roles)
            free = [e for e in free if not self._a_products_brand(spans, sent, e, figure)]
        item = INLINE_ITEM_KEY.search(spans.text, sent.start_char, figure.start)
        if item is not None:  # "... the score of GPT-5.1 - MMMLU: 90.8%": an inline list's item starts afresh
            free = [e for e in free if e.start_char >= item.end("dash")]
        fronted = self._main_clause_model(spans, sent, figure, free, roles)
        if fronted is not None:
            return [fronted]  # "With a 128K context window, Orca-3 handles ...": the main clause's model
        for_model = self._org_stands_for_model(spans, sent, found.rule, entities)
        nearest = self.nearest_left(spans, sent, figure, free, roles, focus, for_model, opening=opening)
        if nearest:
            return nearest
        if any(
            self._no_referent(spans, m) or self._any_one(spans, sent, m)
            for m in spans.markers_in(sent.start, figure.token_start, ANAPHOR_LABELS)
        ):  # "it seems that ...", "a model ... if its training exceeds": about no model, nor about the one in focus
            return []
        if found.rule.kind == "benchmark" and self._people_lead(spans, sent, figure):
            return []  # "Average humans often score close to 0%": people's score, not the model in focus's
        implied = self._implied(spans, sent, figure, focus)
        return [implied] if implied is not None else []

    def _check_words_in(self, spans: DocSpans, sent: Span) -> frozenset[str]:
        """The words some check of a figure's subject needs (`check_words`) that the sentence holds, in lower case
        (a tier's capitalised word too): found once per sentence, asked of each of its figures."""
        lowers, check_words = spans.lowers, self.check_words
        return spans.kept("check_words", sent.start, lambda: check_words.intersection(lowers[sent.start : sent.end]))

    def _opening_clause_end(self, spans: DocSpans, sent: Span, figure: Figure) -> int | None:
        """Where a subordinate clause opening the sentence (`While Meta leads, ...`) ends, when the figure lies
        after it."""
        if spans.lowers[sent.start] not in self.subordinate_openers:
            return None
        comma = next((i for i in range(sent.start, figure.token_start) if spans.words[i] == ","), None)
        return comma + 1 if comma is not None else None

    def _main_clause_model(self, spans: DocSpans, sent: Span, figure: Figure, entities, roles: Roles) -> Subject | None:
        """`With a 128K context window, Orca-3 handles ...`, `At 14B parameters, Phi-5 beats ...`: a figure in a
        phrase set before the sentence's first comma, naming nobody before the figure, is the model the main clause
        opens on right after that comma; not the paragraph's model, which may be a rival named the sentence before."""
        words = spans.words
        if spans.lowers[sent.start] not in self.fronted_openers:
            return None
        if any(words[i] == "," for i in range(sent.start, figure.token_start)):
            return None  # the figure lies past the fronted phrase
        if any(sent.start <= e.start < figure.token_start and e.type in self.subject_types for e in entities):
            return None  # "With Orca-2 at 88%, ...": a name in the phrase says whose
        comma = next((i for i in range(figure.token_end, sent.end) if words[i] == ","), None)
        if comma is None:
            return None
        named = next((e for e in entities if e.start == comma + 1), None)
        if named is not None and named.type == "org" and named.end < sent.end and words[named.end] in self.possessives:
            named = next((e for e in entities if e.start == named.end + 1), None)  # "..., Meta's Orca-3 handles"
        if named is None or named.type != "model" or not roles.is_candidate(named):
            return None
        return subject_of(named, "clause")

    def _without_the_chips_maker(self, spans: DocSpans, sent: Span, figure: Figure, free, roles: Roles) -> list:
        """`Meta and Nvidia shared details about clusters of 25,000 H100s`: the maker of the chips counted is no
        owner of them where the sentence names another before the count; alone, it is (`Nvidia shipped 1
        million H20 chips`)."""
        maker = self._chips_maker(spans, sent, figure)
        if maker is None:
            return free
        others = [
            e
            for e in free
            if e.type in self.subject_types and e.name != maker and e.end <= figure.token_start
            and e.start >= sent.start and roles.is_candidate(e)
        ]
        return [e for e in free if e.name != maker] if others else free

    def _a_products_brand(self, spans: DocSpans, sent: Span, entity: Entity, figure: Figure) -> bool:
        """`Nvidia Quantum-X800 InfiniBand links 4,600 GPUs`, `Oracle's AMD Instinct cluster holds 131,000 GPUs`: a
        chip maker named before the count, right before a capitalised name, is the brand of the product that name
        gives, no owner of the chips (not `Nvidia CEO ...`, nor a headline where every word is capitalised)."""
        if entity.name not in self.resolver.chip_makers or not sent.start <= entity.end < figure.token_start:
            return False
        follower = spans.words[entity.end]
        return (
            follower[:1].isupper()
            and follower.rstrip(".") not in self.brand_not_before
            and not title_case_line(spans.text, figure.start)
        )

    def _chips_maker(self, spans: DocSpans, sent: Span, figure: Figure) -> str | None:
        """Who makes the chips counted: the maker of the chip named after the count (`25,000 H100s`), else a chip
        maker written as their brand right after it (`Humain and Nvidia will deploy 200,000 Nvidia GPUs`)."""
        chip = FigureKinds.chip(spans, sent, figure)
        if chip is not None:
            return self.resolver.maker(chip)
        brand = spans.entity_starting_at(figure.token_end)
        return brand.name if brand is not None and brand.name in self.resolver.chip_makers else None

    def _model_of_maker(self, subject: Subject, entities, focus: Focus) -> Subject:
        """`(vs. OpenAI's 49.3%)` where the sentence names o3-mini: a score is a model's, the one its maker's
        name stands for, where the sentence names one model of that maker; where it names none, the one of that
        maker the text named last (`ahead of DeepSeek at 71.3` after `DeepSeek-V3.1`)."""
        if subject.type != "org":
            return subject
        made = {e.name: e for e in entities if e.type == "model" and self.resolver.maker(e.name) == subject.name}
        if len(made) > 1:
            return subject
        model = subject_of(made.popitem()[1], "anaphor") if made else focus.by_maker.get(subject.name)
        return subject if model is None else replace(model, source="anaphor", text=subject.text)

    # -- names that own the figure -------------------------------------------

    def owner(
        self, spans: DocSpans, sent: Span, figure: Figure, cue: Marker | None = None, entities=()
    ) -> Subject | None:
        """`GPT-4o's 88.7%`, `Maverick's Elo score of 1417`; `Qwen 2.5 (24.8)`, `Scout (17B active, 109B total)`.
        A maker's possessive before a model described (`X is Mistral AI's 24 billion parameter model`) gives
        the model the sentence names before it."""
        starts = [self._past_modifiers(spans, sent, figure.token_start)]  # "GPT-4o's already impressive 89.8%"
        if cue is not None and cue.end <= figure.token_start:
            starts.append(cue.start)  # the possessive owns the cue phrase before the figure
        # "GPT-5's baseline of 41.7%": and the score phrase right before it
        starts += [m.start for m in spans.markers_to.get(figure.token_start, ()) if m.label == "SCORED"]
        # "Gemini 2.5 Pro's $2 and $12": and the list of figures it ends
        starts.append(list_start(spans, sent, figure))
        for start in starts:
            i = start - 1
            if i > sent.start and spans.words[i] in self.possessives:
                owner = spans.entity_ending_at(i)
                if owner is not None and owner.type == "org" and (noun := self._model_noun(spans, sent, figure)):
                    return self._described_model(spans, sent, noun, owner, entities)
                if owner is not None and owner.type in self.subject_types:
                    return subject_of(owner, "possessive")
        return self._bracketed_after_name(spans, sent, figure)

    def _past_modifiers(self, spans: DocSpans, sent: Span, start: int) -> int:
        """Where a figure's modifiers begin: `already impressive 89.8%`, `modest 48.7%`: lower-case words that
        are no verb, preposition or cue (`Zhipu's model reaches 74.0%` has none); and a citation marker, which
        stands between a possessive and its figure in reports (`Gemini 3 Pro's [4] 69.33`)."""
        i = start
        while i > sent.start and start - i < MAX_MODIFIERS and self._modifier(spans, i - 1):
            i -= 1
        if i - 3 > sent.start and _citation_ending_at(spans.words, i):
            i -= 3
        return i

    def _modifier(self, spans: DocSpans, i: int) -> bool:
        word = spans.words[i]  # spaCy's is_lower and is_alpha are the text's islower() and isalpha()
        return (
            word.islower()
            and word.isalpha()
            and spans.lowers[i] not in self.not_modifiers
            and not spans.markers_to.get(i + 1)
            and not spans.markers_from.get(i)
        )

    @staticmethod
    def _model_noun(spans: DocSpans, sent: Span, figure: Figure) -> Marker | None:
        return spans.marker_after(figure.token_end, {"MODEL_NOUN"}, MODEL_NOUN_REACH, sent.end)

    def _described_model(self, spans: DocSpans, sent: Span, noun: Marker, maker: Entity, entities) -> Subject:
        """The model a maker's described model is: the one named right after the description (`Alibaba's 32B
        model QwQ`, `a 32B model, QwQ`), else the last one named before the maker if the maker may have made it
        (`X is Mistral AI's 24 billion parameter model`), else the maker's own (not another lab's model:
        `o1-mini and Alibaba's 32B model`)."""
        after = noun.end + (noun.end < sent.end - 1 and spans.words[noun.end] == ",")
        named = spans.entity_starting_at(after) if after < sent.end else None
        if named is not None and named.type == "model":
            return subject_of(named, "named_after")
        before = [e for e in entities if e.type == "model" and e.end <= maker.start]
        if before and self.resolver.maker(before[-1].name) in (maker.name, None):
            return subject_of(before[-1], "clause")
        return subject_of(maker, "possessive")

    def _owner_unknown(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """A name the rules do not know owns the figure: `Yi-Lightning's 88.7%`, `Vela Pro (71.2)`, `Kestrel 1.5
        (7.7%)`."""
        doc, words = spans.doc, spans.words
        i = figure.token_start - 1
        if i > sent.start and words[i] in self.possessives:
            return spans.entity_at.get(i - 1) is None and words[i - 1][:1].isupper()
        if i > sent.start and words[i] == "(" and figure.token_end < sent.end and words[figure.token_end] == ")":
            name_end = i - 1 - (i - 2 > sent.start and doc[i - 1].like_num)  # a version after the name: "Kestrel 1.5"
            return (
                spans.entity_at.get(i - 1) is None
                and spans.entity_at.get(name_end) is None
                and doc[name_end].is_title
                and not doc[name_end].is_sent_start
            )
        return False

    def _a_class_contrasted(self, spans: DocSpans, start: int, end: int) -> bool:
        """Does the clause from `start` to token `end` open on a contrast whose subject is a class: `whereas rival
        models`, `while most labs`?"""
        if start >= end or spans.lowers[start] not in self.contrast_openers:
            return False
        subject_end = min(end, start + 1 + CLASS_SUBJECT_REACH)
        return bool(spans.markers_in(start + 1, subject_end, ("GENERIC",)))

    def _describes_a_foil(self, spans: DocSpans, sent: Span, start: int) -> bool:
        """Does the clause at `start` open on a relative pronoun after a comparison's foil the rules cannot name:
        `surpassing Meta's LLaMa, which uses`, `unlike its rivals, which need`, `smaller models such as those built
        by Meta and Mistral, which hover around`? (A model they know there, `beats GPT-4o, which costs`, is the
        figure's subject.)"""
        comma = start - 1
        if comma <= sent.start or spans.lowers[start] not in self.relative_openers:
            return False
        named = spans.entity_ending_at(comma)
        if named is not None and named.type == "model":
            return False
        return bool(spans.markers_in(max(sent.start, comma - FOIL_CLAUSE_REACH), comma, COMPARISON_CUES))

    def _owned_by_a_class(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """A class of models owns the figure: `the next-best AI system's score of 7.8%`, `rivals' 41%`."""
        starts = [figure.token_start]
        starts += [m.start for m in spans.markers_to.get(figure.token_start, ()) if m.label == "SCORED"]
        for start in starts:
            i = start - 1
            if i > sent.start and spans.words[i] in self.possessives:
                ends = range(max(sent.start, i - CLASS_OWNER_REACH), i + 1)
                return any(m.label == "GENERIC" for end in ends for m in spans.markers_to.get(end, ()))
        return False

    @staticmethod
    def _made_by_a_tool(owned: Subject, rule, roles: Roles) -> bool:
        """`exercises generated with GPT-3.5 (1B tokens)`: a figure in brackets after a tool's name (roles' `told`)
        counts what the tool made; but a size there is still the tool's own (`using Llama 3 (70B) as a teacher`)."""
        return (
            owned.source == "parenthesis"
            and rule.kind != "parameter_count"
            and any(e.name == owned.name for e in roles.told)
        )

    def _bracketed_after_name(self, spans: DocSpans, sent: Span, figure: Figure) -> Subject | None:
        """`Qwen 2.5 (24.8)`, `the 14B Phi-4 model (70.5%)`; but in `than GPT-5 ($0.20 vs $1.50)` the pair is the
        sentence's subject's and the foil's, not the bracketed name's."""
        words = spans.words
        if figure.token_end < sent.end and spans.lowers[figure.token_end] in self.versus_words:
            return None
        if spans.text.rfind("(", sent.start_char, figure.start) == -1:
            return None  # no bracket opens before it: the walk back to the sentence's start would find none
        for i in range(figure.token_start - 1, sent.start, -1):
            if words[i] == ")" or spans.entity_at.get(i) is not None:
                return None
            if words[i] == "(":
                while i > sent.start and words[i - 1] in EMPHASIS:
                    i -= 1  # "**Flash** (30B total)"
                noun = next((m for m in spans.markers_to.get(i, ()) if m.label == "MODEL_NOUN"), None)
                owner = spans.entity_ending_at(noun.start if noun is not None else i)
                if owner is not None and owner.type in self.subject_types:
                    return subject_of(owner, "parenthesis")
                return None
        return None

    def _foil_at(self, spans: DocSpans, sent: Span, figure: Figure, roles: Roles) -> Subject | None:
        """`versus Llama 3.1 405B at 88.6%`, `behind GPT-4o with 90.2%`: a figure right after a foil is its; and so
        is one after a name listed after the foil's figure (`ahead of Claude at 74.6 and DeepSeek at 71.3`)."""
        i = figure.token_start - 1
        if i <= sent.start or spans.lowers[i] not in AT_WORDS:
            return None
        foil = spans.entity_ending_at(i)
        if foil is None or foil.type not in self.subject_types:
            return None
        listed = spans.lowers[foil.start - 1] in LIST_JOINS and spans.end_of_figure_before(figure, sent.start) == (
            foil.start - 1
        )
        if foil not in roles.foils and not listed:
            return None  # "tops LMArena with 1,450 points": a test topped is nobody's subject
        if spans.marker_before(foil.start, {"BASE"}, self.foil_gap, sent.start) is not None:
            return None  # "an upgraded version of Qwen3 with 9B parameters": the new model's, not its base's
        return subject_of(foil, "named_after")

    def _after_versus(self, spans: DocSpans, sent: Span, figure: Figure, previous) -> bool:
        i = figure.token_start - 1
        return previous is not None and i > sent.start and spans.lowers[i] in self.versus_words

    def _foil_of_pair(self, roles: Roles, previous: Claimed) -> Subject | None:
        """`Kimi beats GPT-5 on HLE (44.9% vs 41.7%)`: after `vs`, the figure of the sentence's foil."""
        foils = [e for e in roles.foils if e.type in self.subject_types and e.start < previous.figure.token_start]
        return subject_of(max(foils, key=lambda e: e.start)) if foils else None

    def _named_after(
        self, spans: DocSpans, sent: Span, figure: Figure, cue: Marker | None, roles: Roles, attribute: str | None
    ) -> Subject | None:
        """`72.4% for GLM-5.2`, `85.0 on Terminal-Bench 2.1 for Claude Opus 4.8`, `$50M to train Llama 3 405B`,
        `39.3M GPU hours used to train Llama 3.1`, `87% (o3)`: a name right after the figure or its cue, in its
        clause, or alone in brackets right after the figure; not a supplier (`chips from Nvidia`)."""
        words, lowers = spans.words, spans.lowers
        for_words = self.for_words - self.supplier_words.get(attribute, set())
        position = figure.token_end
        benchmark = self.kinds.benchmark_after(spans, sent, position)
        if benchmark is not None:
            position = benchmark.end  # "85.0 on Terminal-Bench 2.1 for X"
        positions = [position]
        if slash_pair_place(spans, figure) == 0:  # "$0.12/$0.50 for Tern-2 Mini": the pair's name is each one's
            second = spans.figure_starting_at(figure.token_end + 1)
            positions.append(second.token_end)
            cue = cue or next(iter(spans.cues_from.get(second.token_end, ())), None)
        if cue is not None and cue.start >= figure.token_end and same_clause(
            spans, sent, figure.token_end, cue.start, self.openers
        ):  # the longest cue of its kind there: "per million input/output tokens for X"
            alike = (c.end for c in spans.cues_from.get(cue.start, ()) if c.label == cue.label)
            positions.append(max(alike, default=cue.end))
        for pos in positions:
            if pos >= sent.end:
                continue
            named = None
            if pos != figure.token_end and lowers[pos] in self.agent_participles and pos + 1 < sent.end:
                pos += lowers[pos + 1] == "by"  # "224,000 chips bought by Meta": the participle's agent
            if lowers[pos] == "on" and pos == figure.token_end:  # "from 41.0% on Llama 3.1 to 66.3%"
                named = spans.entity_starting_at(pos + 1 + (lowers[pos + 1] == "the"))
                named = named if named is not None and named.type == "model" else None
            elif words[pos] == "(" and pos == figure.token_end:  # "from 53% (GPT-4o) to 87% (o3)"
                named = spans.entity_starting_at(pos + 1)
                alone = named is not None and named.end < sent.end and words[named.end] == ")"
                named = named if alone and named.type == "model" else None
            elif lowers[pos] in for_words:
                marker = spans.marker_after(pos + 1, self.subject_types, 2, sent.end)
                named = spans.entity_starting_at(marker.start) if marker is not None else None
            elif pos != figure.token_end and words[pos] == "(":  # "a 24B model (Kestrel-2, May 2025)": the name
                named = spans.entity_starting_at(pos + 1)  # bracketed after the model the figure sizes
                closed = named is not None and named.end < sent.end and words[named.end] in (")", ",")
                named = named if closed and named.type == "model" else None
            elif pos != figure.token_end:  # after the cue: "training Llama 3 405B", "used to train Llama 3.1"
                training = spans.marker_after(pos, {"TRAINING"}, NAMED_AFTER_GAP, sent.end)
                named = spans.entity_starting_at(training.end if training is not None else pos)
                if named is None and cue is not None and cue.label == "PARAMS" and spans.words[pos - 1] == "parameter":
                    named = self._model_after_words(spans, sent, pos)  # "a 2T parameter preview Behemoth"
            elif spans.text[figure.end - 1 : figure.end].isalpha():  # a size before its name: "compact 106B X"
                named = spans.entity_starting_at(pos)
                named = named if named is not None and named.type == "model" else None
            if named is not None and named.type in self.subject_types and roles.is_candidate(named):
                return subject_of(named, "named_after")
        return None

    @staticmethod
    def _model_after_words(spans: DocSpans, sent: Span, pos: int) -> Entity | None:
        """A model named after a size's cue past a lower-case word or two (`a 2T parameter preview Behemoth`)."""
        words = spans.words
        for i in range(pos, min(pos + WORDS_BEFORE_SIZED_NAME, sent.end - 1)):
            if not (words[i].isalpha() and words[i].islower()):
                return None
            named = spans.entity_starting_at(i + 1)
            if named is not None:
                return named if named.type == "model" else None
        return None

    def _for_an_unknown(self, spans: DocSpans, sent: Span, figure: Figure, cue: Marker | None) -> bool:
        """`4.5 trillion tokens for Reka Edge.`: `for` right after the figure or its cue, then a run of capitalised
        words no rule knows that ends its phrase (not `for API users`), names whose figure it is: nobody we can
        name."""
        ends = [figure.token_end] + ([cue.end] if cue is not None and cue.start == figure.token_end else [])
        words = spans.words
        for end in ends:
            if end >= sent.end or spans.lowers[end] not in self.for_words:
                continue
            run = end + 1 + (end + 1 < sent.end and spans.lowers[end + 1] == "the")
            stop = run
            while stop < sent.end and words[stop][:1].isupper() and stop not in spans.entity_at:
                stop += 1
            ends_phrase = stop == sent.end or not words[stop][:1].isalnum() or spans.lowers[stop] in PHRASE_ENDS
            if stop > run and ends_phrase and words[run] not in self.kinds.not_names:
                return not title_case_line(spans.text, figure.start)  # "A 12B Model for Multilingual Apps": a headline
        return False

    def _a_tier_without_its_family(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`introduced Small 3, a 24 billion parameter LLM`, `the Small version scored 70.7`: a tier named without its
        family, with a version or a variant's noun, that no rule resolves, is the figure's: a model we cannot name."""
        words = spans.words
        for i in range(max(sent.start, figure.token_start - TIER_REACH), figure.token_start - 1):
            if words[i] not in self.capital_tiers or i in spans.entity_at or i + 1 in spans.entity_at:
                continue
            if words[i - 1] == "-":
                continue  # "the 32B-Instruct model": a size's setup, the family's variant (see `setup`)
            named = any(m.label == "MODEL_NOUN" for m in spans.markers_from.get(i + 1, ()))
            if named or VERSION_NUMBER.fullmatch(words[i + 1]):
                return True
        return False

    def _an_earlier_generation(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`the original Gemma family ... offered a two-billion-parameter version`: a family's earlier generation,
        named by its bare family name, owns the figures after it, never the model the article named in full."""
        words, lowers, earlier = spans.words, spans.lowers, self.resolver.earlier_generation_words
        for i in range(sent.start, figure.token_start - 1):
            if lowers[i] not in earlier or not words[i + 1][:1].isupper():
                continue
            named = spans.entity_at.get(i + 1)
            if named is None or named.name in self.resolver.families:
                return True
        return False

    def _an_unnamed_variant(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`The largest Gemma 3 model has 27B`, `Gemma 3's largest version`, `in three sizes, the largest with
        405B`: a superlative picks one of a family's variants, which the text leaves unnamed. Not a model named
        with its size, nor `OpenAI's largest model` (the lab's, a model named elsewhere) or `GPT-4.5, the largest`.
        A superlative before the figure before it is that one's (`the largest model scored 84.9%, above X's 67%`)."""
        lowers = spans.lowers
        for i in range(spans.end_of_figure_before(figure, sent.start + 1), figure.token_start):
            if lowers[i] not in self.variant_superlatives:
                continue
            after, before = spans.entity_starting_at(i + 1), spans.entity_ending_at(i - 1)
            if after is not None:  # "the largest Gemma 3 model"
                return after.type == "model" and not ends_in_a_size(after.text)
            if spans.words[i - 1] in self.possessives:  # "Gemma 3's largest"
                return before is not None and before.type == "model" and not ends_in_a_size(before.text)
            appositive = i >= 2 and spans.words[i - 2] == "," and spans.entity_ending_at(i - 2) is not None
            following = lowers[i + 1]
            elliptic = not following[:1].isalnum() or following in self.subject_verbs or following in SUPERLATIVE_GLUE
            if lowers[i - 1] == "the" and not appositive and elliptic:
                return True  # "three sizes, the largest with": the superlative stands for a variant
        return False

    def _trains_an_unknown(self, spans: DocSpans, sent: Span, figure: Figure, cue: Marker | None) -> bool:
        """`it cost just $930 to train Transformer`: a capitalised word no rule knows right after the training
        cue that follows the figure names the model trained, which is nobody we can name."""
        if cue is None or cue.start < figure.token_end or cue.end >= sent.end:
            return False
        after = spans.doc[cue.end]
        return (
            cue.label == "TRAINING"
            and spans.doc[cue.end - 1].is_lower  # not a headline's "The $5.6M Training Run"
            and after.is_title
            and after.text not in self.not_names
            and spans.entity_starting_at(cue.end) is None
        )

    def unknown_model_named(self, spans: DocSpans, sent: Span, end: int) -> bool:
        """`Tencent unveiled its Hy3 preview model, which has 295 billion parameters`: a code no rule knows (a
        capital and a digit), called a model before token `end`, names the model a figure there is of: nobody
        we can name."""
        if "MODEL_NOUN" not in spans.labels_in(sent.start, sent.end):
            return False  # the sentence's labels are kept for it: most call nothing a model
        words = spans.words
        for marker in spans.markers_in(sent.start, end, ("MODEL_NOUN",)):
            for i in range(max(sent.start, marker.start - UNKNOWN_CODE_REACH), marker.start):
                word = words[i]
                if i in spans.entity_at or word in self.not_names:
                    continue
                # "Hy3 preview model"; "the LVNM 1.0 language model": a capitalised word and its version
                versioned = word[:1].isupper() and word.isalpha() and bool(VERSION_NUMBER.fullmatch(words[i + 1]))
                if MODEL_CODE.fullmatch(word) or (versioned and i + 1 not in spans.entity_at):
                    return True
        return False

    def model_proper_name_unknown(self, spans: DocSpans, sent: Span) -> bool:
        """`We analysed the Hierarchical Reasoning Model by Sapient`: "the", then capitalised words no rule knows, then
        "Model" capitalised, in running text: a model's own name, nobody we can name. Not where each word describes
        (`the Large Language Model`), nor a headline's title case (`Google Unveils Its Newest AI Model`: no "the")."""
        words = spans.words
        for marker in spans.markers_in(sent.start, sent.end, ("MODEL_NOUN",)):
            noun = marker.end - 1
            if words[noun] != "Model":
                continue
            i = noun - 1
            while i > sent.start and _a_capitalised_word(words[i]) and i not in spans.entity_at:
                i -= 1
            named = words[i + 1 : noun]
            if (
                named
                and spans.lowers[i] == "the"
                and not words[i][:1].isupper()
                and not any(word in self.not_names for word in named)
                and any(word not in self.describers for word in named)
            ):
                return True
        return False

    def _unknown_name_nearer(self, spans: DocSpans, sent: Span, figure: Figure, entities) -> bool:
        """`GPT-4.5 (1,398) and an Depseek R1 with 1,359`: a name no rule knows, a capitalised word and a code
        (`Depseek R1`, `Zircon X2`), stands between the last model named and the figure."""
        last = _last_model_before(entities, figure)
        if last is None:
            return False  # a sentence naming no model: the checks of a lead no rule knows apply
        words = spans.words
        return any(
            MODEL_CODE.fullmatch(words[i])
            and words[i - 1][:1].isupper()
            and words[i - 1].isalpha()
            and i not in spans.entity_at
            and i - 1 not in spans.entity_at
            and words[i] not in self.not_names
            for i in range(last.end + 1, figure.token_start)
        )

    def list_key(self, spans: DocSpans, sent: Span, figure: Figure) -> Subject | None:
        """`- **gpt-5-mini**: Mid-size variant ($0.25/1M input)`: a list item's key names the model its value is
        about (an organisation there is where it is sold: `**Price on Alibaba Cloud**: ...`)."""
        key = _key_before(spans, sent, figure)
        if key is None:
            return None
        named = [e for e in spans.entities_within_chars(key.start("key"), key.end("key")) if e.type == "model"]
        return subject_of(named[0], "key_value") if len(named) == 1 else None

    def _one_of_two_versions(self, spans: DocSpans, sent: Span, figure: Figure, entities, held: frozenset) -> bool:
        """A version its model's name does not tell apart from another: said in a list item's key (`- Claude 3.5
        Sonnet (new): 49.0%`, `- Original Claude 3.5 Sonnet: 33.4%`), or in brackets right after the model named
        last before the figure (`Claude 3.5 Sonnet (new) scored 49.0%`). `held`: the sentence's check words; the
        bracketed word is one of its tokens, looked for only where it holds one."""
        key = _key_before(spans, sent, figure)
        if key is not None and not self.version_qualifiers.isdisjoint(w.lower() for w in KEY_WORD.findall(key["key"])):
            return True
        if held.isdisjoint(self.version_qualifiers):
            return False
        last = _last_model_before(entities, figure)
        if last is None:
            return False
        after = last.end
        return (
            after + 2 < figure.token_start
            and spans.words[after] == "("
            and spans.lowers[after + 1] in self.version_qualifiers
            and spans.words[after + 2] == ")"
        )

    def _past_value(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`down from $0.55 and $2.19`, `65.8% for its predecessor`; but not the new value of `from 68% to 81%`.
        A list of figures right after the cue is all past: `down from $0.0145, $1.74 and $3.48`."""
        if opens_a_bracketed_change(spans, sent, figure):
            return True
        labels = spans.labels_in(sent.start, sent.end)  # kept for the sentence: most hold neither cue
        if "PAST" in labels:
            past = spans.marker_before(list_start(spans, sent, figure), {"PAST"}, PAST_REACH, sent.start)
            if past is not None and "to" not in spans.lowers[past.end : figure.token_start]:
                return True
        if "PREDECESSOR" not in labels:
            return False
        return spans.marker_after(figure.token_end, {"PREDECESSOR"}, 2, sent.end) is not None

    # -- names before the figure --------------------------------------------

    @staticmethod
    def _org_stands_for_model(spans: DocSpans, sent: Span, rule, entities) -> bool:
        """May an organisation stand for the model it makes, for this rule's figure in this sentence?"""
        if rule.org_for_model_when is None or any(e.type == "model" for e in entities):
            return True
        return spans.has_marker(sent.start, sent.end, rule.org_for_model_when)

    def nearest_left(
        self,
        spans: DocSpans,
        sent: Span,
        figure: Figure,
        entities,
        roles: Roles,
        focus: Focus,
        for_model=True,
        opening: int | None = None,
    ) -> list[Subject]:
        """The nearest model named before the figure (each of `Both A and B`); else the nearest organisation
        or anaphor. Sure ('clause') where it is the only candidate its sentence names, else 'sentence'. An
        anaphor in the clause opening the sentence (before token `opening`) is none: see `_nearest_anaphor`.

        An organisation yields to the model in focus when it makes that model:
        'Zhipu's own figure of 81.0' is about GLM-5.2, while 'the EUROPA consortium,
        which will develop a 400B model' is about the consortium.
        """
        candidates = [e for e in entities if e.type in self.subject_types and roles.is_candidate(e)]
        named = [e for e in candidates if e.end <= figure.token_start]
        models = [e for e in named if e.type == "model"]
        if models:
            listed = last_run(spans, models, lambda e: e.start, lambda e: e.end, joiners=LISTING)
            if self._each_ones(spans, sent, listed) or (len(listed) > 1 and self._each_after(spans, sent, figure)):
                return [subject_of(e, "clause") for e in listed]
            if self._lists_variants(spans, sent, listed):
                return []
            alone = len({e.name for e in candidates if e.type == "model"}) == 1
            return [subject_of(models[-1], "clause" if alone else "sentence")]
        nearest = self._nearest_anaphor(spans, sent, figure, named, focus, opening or sent.start)
        if nearest is None:
            return []
        if nearest.type == "org" and nearest.source != "anaphor":
            listed = last_run(spans, named, lambda e: e.start, lambda e: e.end, joiners=LISTING)
            if len({e.name for e in listed}) > 1 and not in_a_list_of_figures(spans, sent, figure):
                return self._each_of_the_listed(spans, sent, figure, listed)
        if nearest.type == "org":  # "Zhipu's model reaches 74.0%": the Zhipu model last named
            if self._a_model_unnamed(spans, sent, figure):
                return []  # "Amazon is developing a model with 2 trillion parameters", "the 10 models by Baidu span"
            later = (  # "Meta shared details of 25,000 H100s used to develop Llama 3": the model the sentence names
                subject_of(e, "sentence")
                for e in candidates
                if e.type == "model"
                and e.name not in self.resolver.families  # "for Claude training": the family, no one model
                and e.start >= figure.token_end
                and self.resolver.maker(e.name) == nearest.name
            )
            later, new = list(later), self._a_new_model(spans, figure)
            for model in _makers_models(iter(later), focus, nearest.name) if for_model else ():
                if model is not None and self.resolver.maker(model.name) == nearest.name:
                    if new and model not in later and not ends_in_a_size(model.name):
                        break  # "Nvidia has pre-trained a 550B parameter model": a new one, not its model in focus
                    return [replace(model, source="anaphor")]
        elif nearest.source == "sentence":
            alone = len({e.name for e in candidates}) == 1
            nearest = replace(nearest, source="clause" if alone else "sentence")
        return [nearest]

    def _each_of_the_listed(self, spans: DocSpans, sent: Span, figure: Figure, listed: list[Entity]) -> list[Subject]:
        """`ByteDance, Alibaba and Tencent may buy 400,000 chips combined`: organisations listed right before a
        figure share it, no one of them has it (the last named would take it all); only where the text says it
        is each one's (`Alibaba and ByteDance each ordered 200,000`, `... 200,000 apiece`) is it every one's."""
        if self._each_ones(spans, sent, listed) or self._each_after(spans, sent, figure):
            return [subject_of(e, "clause") for e in listed]
        return []

    def _nearest_anaphor(
        self, spans: DocSpans, sent: Span, figure: Figure, named: list[Entity], focus: Focus, start: int
    ) -> Subject | None:
        """The nearest of the names before the figure (`named`, no model among them) and the anaphors from token
        `start` there with a referent (`the company`, `it`); a name where one ends with an anaphor. An anaphor's
        referent is looked up (in the focus, worked out when asked) only where no nearer one has one.

        An anaphor in a clause opening the sentence, before `start`, points ahead to the main clause's subject
        (`Since its release, Gemma models have had 150 million downloads`: the models' release), never back to
        the model in focus; as the names there are dropped, so is it."""
        last = max(named, key=lambda e: e.end, default=None)  # the first of the latest, as a name before it wins
        anaphors = spans.markers_in(start, figure.token_start, ANAPHOR_LABELS)
        for marker in sorted(anaphors, key=lambda m: -m.end):  # the nearest first; of two ending together, first found
            if last is not None and marker.end <= last.end:
                break
            if last is not None and last.type == "org" and _possessive_pronoun(spans, marker):
                break  # "MiniMax says its model has 456B parameters": the organisation's, no model in focus
            if last is None and _possessive_pronoun(spans, marker) and self._owned_by_unknown_lead(spans, sent, marker):
                return None  # "Elon Musk fired up a cluster and plans to double its size": the lead's, no one known
            if self._no_referent(spans, marker) or self._any_one(spans, sent, marker):
                continue
            referent = self._reporter(spans, marker, focus) or focus.get(ANAPHOR_LABELS[marker.label])
            if referent is not None:
                text = spans.span_text(marker.start, marker.end)
                return Subject(referent.name, text, referent.type, "anaphor")
        return subject_of(last) if last is not None else None

    def _a_new_model(self, spans: DocSpans, figure: Figure) -> bool:
        """`has pre-trained a 550B parameter model`: an indefinite model of that size, one the article has not named;
        the maker's model in focus is it only where its name holds a size (`to create a 405B model` after `Llama
        3.1 405B`), which the size check then holds it to."""
        before = figure.token_start - 1
        return before >= 0 and spans.lowers[before] in INDEFINITE and self.describes_an_unnamed_model(spans, figure)

    def _owned_by_unknown_lead(self, spans: DocSpans, sent: Span, marker: Marker) -> bool:
        """`Elon Musk fired up a cluster, with plans to double its size`, `Kestrel Labs doubled its fleet`: an `its`
        in a sentence opening on a name the rules do not know (a person, a lab) is that name's thing, not the model
        in focus's. After a report it may be the speaker's company in focus (`Jensen Huang said its ...`): kept."""
        return self._opens_with_a_name(spans, sent) and not spans.has_marker(sent.start, marker.start, ("REPORT",))

    def describes_an_unnamed_model(self, spans: DocSpans, figure: Figure) -> bool:
        """Is the figure followed by a model noun, one model (`the 120B and 20B models` are a lab's, nobody's
        one), within its own phrase (words and hyphens only), and not in apposition to a name (`Foo, a 280B
        model`, a name the rules do not know)?"""
        return not _in_apposition(spans, figure) and self._model_noun_after(spans, figure)

    def _model_noun_after(self, spans: DocSpans, figure: Figure) -> bool:
        """Does a noun naming one model follow the figure within its own phrase (words and hyphens only)?"""
        end = min(len(spans.words), figure.token_end + self.described_model_gap)
        for i in range(figure.token_end, end):
            noun = next((m for m in spans.markers_from.get(i, ()) if m.label == "MODEL_NOUN"), None)
            if noun is not None:
                return not spans.lowers[noun.end - 1].endswith("s")
            if not (spans.words[i].isalpha() or spans.words[i] == "-"):
                return False
        return False

    def _describes_an_unknown_name(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`Moonshot AI announced Vantor, a 300B model`: the figure describes a name the rules do not know."""
        return (
            _in_apposition(spans, figure)
            and self._named_unknown(spans, sent, figure.token_start - 3)
            and self._model_noun_after(spans, figure)
        )

    def _reporter(self, spans: DocSpans, marker: Marker, focus: Focus) -> Subject | None:
        """`The company says it will have ...`, `Meta also said it ...`, `MiniMax says its model has ...`: `it` or
        `its` right after a report is the organisation reporting, named or described just before the report's verb
        (adverbs between); but `puts it at 48` sizes the model in focus."""
        if not _lone_pronoun(spans, marker, IT_WORDS):
            return None  # "Moonshot AI said the model scores ...": a model, the lab's
        if marker.end < len(spans.lowers) and spans.lowers[marker.end] in self.report_object_words:
            return None
        report = spans.marker_before(marker.start, {"REPORT"}, 0, 0)
        if report is None or report.start == 0:
            return None
        reporter_end = report.start
        while reporter_end > 0 and spans.lowers[reporter_end - 1] in self.report_adverbs:
            reporter_end -= 1
        org = spans.entity_ending_at(reporter_end)
        if org is not None and org.type == "org":
            return subject_of(org)
        described = any(m.label == "ANAPHOR_ORG" for m in spans.markers_to.get(reporter_end, ()))
        return focus.org if described else None

    def _no_referent(self, spans: DocSpans, marker: Marker) -> bool:
        """`it seems that`, `it's compute optimal to have`: an `it` that stands for no model. A raising verb with `to`
        (`it is rumoured to have 1.8T parameters`) still means the model; with `that` it does not; nor does the `it`
        of `rumour has it that`. And `its Gemini models`: an `its` before a name says whose the named thing is, and
        is no model in focus."""
        if marker.end - marker.start != 1:
            return False
        if spans.lowers[marker.start] == "its":
            return marker.end < len(spans.words) and spans.words[marker.end][:1].isupper()
        if spans.lowers[marker.start] != "it":
            return False
        if self._idiom_it(spans, marker):
            return True
        after = spans.lowers[marker.end : marker.end + 4]
        while after and after[0] in BE_WORDS:
            after = after[1:]
        for word, following in zip(after[:2], [*after[1:3], ""], strict=False):
            if word in self.empty_it and (word not in RAISING or following == "that"):
                return True
        return False

    def _idiom_it(self, spans: DocSpans, marker: Marker) -> bool:
        """`Rumour has it that`, `word had it that`: the `it` of an idiom, which stands for what follows `that`."""
        before, after = marker.start - 1, marker.end
        return (
            before >= 0
            and after < len(spans.lowers)
            and spans.lowers[before] in self.idiom_it_verbs
            and spans.lowers[after] == "that"
        )

    def _any_one(self, spans: DocSpans, sent: Span, marker: Marker) -> bool:
        """`Under the Act, a model is presumed to pose systemic risk if its training exceeds 10^25 FLOP`: an `it` or
        `its` after an indefinite one of a kind (`a model`, `an AI system`, `any developer`), with no model or lab
        named before it in its sentence, stands for that one, any one: the figure is a rule's, no model's."""
        if not _lone_pronoun(spans, marker, IT_WORDS):
            return False
        if any(e.type in self.subject_types for e in spans.entities_in(sent.start, marker.start)):
            return False  # "Orca-3 is a dense model, and its window is 128K": the name's
        lowers = spans.lowers
        return any(
            lowers[i] in self.generic_ones and self._indefinite_before(spans, sent, i)
            for i in range(sent.start, marker.start)
        )

    def _indefinite_before(self, spans: DocSpans, sent: Span, noun: int) -> bool:
        """Does a generic determiner lead the noun at `noun`, at most a few describing words between (`a
        general-purpose AI model`), and no word making the phrase a predicate before it (`being an entry-tier
        model`)? Another determiner or a mark nearer ends the noun's phrase (`in a year, the model`)."""
        words = 0
        for i in range(noun - 1, sent.start - 1, -1):
            word = spans.lowers[i]
            if word in self.generic_determiners:
                return i == sent.start or spans.lowers[i - 1] not in self.generic_predicate_leads
            if word in DETERMINERS or not (word[:1].isalnum() or word == "-") or words == INDEFINITE_REACH:
                return False
            words += word != "-"  # "general-purpose" is one word
        return False

    def _a_model_unnamed(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`a large language model with ...`, `Google's largest models are nearing ...` before the figure: an
        indefinite model, or models in the plural, nobody named; or a model by a name the rules do not know
        (`the original Tsuzumi model has 7 billion`)."""
        lowers = spans.lowers
        return any(
            lowers[m.end - 1].endswith("s")
            or any(lowers[i] in INDEFINITE for i in range(max(sent.start, m.start - INDEFINITE_REACH), m.start))
            or self._named_unknown(spans, sent, m.start - 1)
            for m in spans.markers_in(sent.start, figure.token_start, ("MODEL_NOUN",))
        )

    def _named_unknown(self, spans: DocSpans, sent: Span, i: int) -> bool:
        """Is the word at `i` a name the rules do not know: capitalised, within the sentence, no entity's, and no
        word describing a model (`the Chinese model`, `the Open model`)?"""
        if i <= sent.start or i in spans.entity_at or not spans.words[i - 1].isalpha():
            return False  # "a Mixture-of-Experts model", "- Massive model": a compound's, a list item's first word
        word = spans.words[i]
        return (
            len(word) > 2
            and word.istitle()
            and word.isalpha()
            and word not in self.not_names
            and word not in self.describers
        )

    def _each_ones(self, spans: DocSpans, sent: Span, listed: list[Entity]) -> bool:
        """`Both GPT-4 and Gemini Ultra are rumored to have ...`, `GPT-4 and Gemini each have ...`, `GPT-4 and
        Gemini, both with ...`: the names `listed` before the figure, when the text says the figure is each one's."""
        if len(listed) < 2:
            return False
        lowers = spans.lowers
        before = lowers[listed[0].start - 1] if listed[0].start > sent.start else ""
        end = listed[-1].end + (listed[-1].end < sent.end and lowers[listed[-1].end] == ",")
        after = lowers[end] if end < sent.end else ""
        return before in self.both_words or after in self.both_words

    def _each_after(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`A and B have 17B active parameters each`, `ordered 50,000 H20 chips apiece`: "each" after the figure
        and at most a few words of its unit (lower-case, or a chip's name); not "each of" (`200B parameters, each
        of ...` counts parts of one thing)."""
        lowers, words = spans.lowers, spans.words
        end = min(sent.end, figure.token_end + EACH_AFTER_GAP + 1)
        for i in range(figure.token_end, end):
            if lowers[i] in self.each_after_words:
                return i + 1 >= sent.end or lowers[i + 1] != "of"
            if not (words[i].isalpha() and words[i].islower()) and not self._a_chips_name(spans, i):
                return False
        return False

    @staticmethod
    def _a_chips_name(spans: DocSpans, i: int) -> bool:
        """Is the word at `i` part of a chip's name (`H20`, `Nvidia H200`)?"""
        entity = spans.entity_at.get(i)
        return entity is not None and entity.type == "chip"

    def _lists_variants(self, spans: DocSpans, sent: Span, listed: list[Entity]) -> bool:
        """`Available in Nano, Super, and Ultra sizes, the models feature ...`: names `listed` as a family's
        variants; a figure after them is the family's, no one variant's."""
        return len(listed) >= 2 and listed[-1].end < sent.end and spans.lowers[listed[-1].end] in self.variant_nouns

    def _implied(self, spans: DocSpans, sent: Span, figure: Figure, focus: Focus) -> Subject | None:
        """No name before the figure: the model its paragraph is about so far, else the article's own model;
        none where the sentence is about a class ('open models'), or the paragraph about a model the rules
        cannot name."""
        if (
            spans.has_marker(sent.start, figure.token_start, ("GENERIC",))
            or self._opens_with_a_name(spans, sent)
            or self._a_model_unnamed(spans, sent, figure)
            or self._speakers_own(spans, sent, figure)
        ):  # about a class ('open models'), a name the rules do not know ('Kestrel 2 has'), a model unnamed, the
            return None  # speaker's own ('we trained our model with $3 million')
        if self._sums_up(spans, sent) and focus.main_model is not None and focus.main_model_at < sent.start_char:
            return replace(focus.main_model, source="article")  # "TL;DR: a 1T MoE model": the article's own model
        in_paragraph = (
            (focus.model is not None or focus.unknown)
            and focus.model_at >= focus.section_at
            and not PARAGRAPH_BREAK.search(spans.text, focus.model_at, sent.start_char)
        )
        if in_paragraph:
            return replace(focus.model, source="paragraph") if focus.model is not None else None
        if focus.section_model is not None:
            return replace(focus.section_model, source="heading")
        main = focus.main_model if focus.main_model_at < sent.end_char else None  # never one named only later
        implied = main or focus.model or focus.org
        return replace(implied, source="article") if implied is not None else None

    @staticmethod
    def _people_lead(spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`Average humans typically perform poorly, often scoring close to 0%`, `Human experts reach 65%`: a
        sentence opening on people, the subject of its score; but `Experts say it scores 90%`, `People found the
        model scored 90%` hand the score back to a model (an anaphor or a report after them)."""
        lead_end = min(figure.token_start, sent.start + PEOPLE_SUBJECT_REACH + 1)
        people = spans.markers_in(sent.start, lead_end, ("HUMAN",))
        return bool(people) and not spans.has_marker(people[0].end, figure.token_start, ("ANAPHOR_MODEL", "REPORT"))

    def _sums_up(self, spans: DocSpans, sent: Span) -> bool:
        """Does the sentence open with a summary's label ('TL;DR:', 'In short:', 'Bottom line -')?"""
        return self.summary_label.match(spans.text, sent.start_char) is not None

    def _speakers_own(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`We trained the model with only $3 million`, `our model cost $3 million`: a first-person subject
        right before a word of training or a model's noun; not an author's `we estimate the training run at`."""
        lowers = spans.lowers
        return any(
            lowers[i] in self.first_person and spans.has_marker(i + 1, min(i + 3, figure.token_start), OWN_MARKERS)
            for i in range(sent.start, figure.token_start)
        )

    def unknown_lead(self, spans: DocSpans, start: int, end: int) -> bool:
        """Does the clause from `start` open with a name the rules do not know, as its subject ('Arctic has',
        'DBRX uses', 'Snowflake released')? A capitalised word opening a sentence that the text also writes in
        lower case is a common word ('Analysts said')."""
        doc, words = spans.doc, spans.words
        i = start + (start < end and spans.lowers[start] in self.openers)  # "..., and Jensen Huang plans"
        listed = i < end and words[i] in LIST_MARKS  # after a list item's mark, a name opens the item as a sentence
        i += listed
        while i < end and (spans.lowers[i] in LEAD_WORDS or words[i] in EMPHASIS):
            i += 1
        if i >= end:
            return False
        if (entity := spans.entity_at.get(i)) is not None:
            return entity.type == "org" and self._releases_unknown_name(spans, entity.end, end)
        word = words[i]  # spaCy's is_alpha is the text's isalpha(); a Token is made only past these tests
        if not (word.isalpha() and word[:1].isupper() or _a_code(word)) or word in self.not_names:
            return False
        j = i + 1
        while j < end and spans.entity_at.get(j) is None and (_continues_a_name(words, j) or doc[j].like_num):
            j += 1  # "Reka Core", "Command R+", "Step 2", "BERT-Large"
        if j >= end or spans.lowers[j] not in self.subject_verbs:
            return False
        # asked last, of a word a subject's verb follows: whether the text writes it in lower case is a look at
        # the whole text
        return not ((doc[i].is_sent_start or listed) and self._common_word(spans, i))

    def _releases_unknown_name(self, spans: DocSpans, verb: int, end: int) -> bool:
        """'Snowflake released Arctic', 'IBM unveiled its Condor': a release verb after an organisation, then a
        capitalised word that names nothing the rules know, a month or a weekday aside."""
        if verb >= end or spans.lowers[verb] not in self.release_verbs:
            return False
        i = verb + 1
        while i < end and spans.lowers[i] in LEAD_WORDS:
            i += 1
        word = spans.words[i] if i < end else ""
        return word.isalpha() and word[:1].isupper() and spans.entity_at.get(i) is None and word not in self.not_names

    @staticmethod
    def _common_word(spans: DocSpans, i: int) -> bool:
        """A capitalised word opening a sentence that is a common word: one the text also writes in lower case
        ('Analysts said'), a stop word, a gerund ('Training took'), or a cue ('Pricing is')."""
        token = spans.doc[i]
        return (  # the look at the whole text last: the others look at the token alone
            token.is_stop
            or token.lower_.endswith("ing")
            or bool(spans.cues_from.get(i))
            or spans.writes_in_lower_case(token.lower_)
        )

    def unknown_lead_in(self, spans: DocSpans, start: int, end: int) -> bool:
        """An unknown name leading the clause, or leading it after an opening phrase (`On MATH, Granite 3.1 ...`)."""
        words = spans.words
        comma = next((i for i in range(start, end) if words[i] == ","), None)
        return self.unknown_lead(spans, start, end) or (comma is not None and self.unknown_lead(spans, comma + 1, end))

    def _opens_with_a_name(self, spans: DocSpans, sent: Span) -> bool:
        """Does the sentence open with a name that is no known entity: two capitalised words, or one and a
        number ('Kestrel 2 has 400 billion parameters', 'Corvid AI spent $145 million')?"""
        if sent.end - sent.start < 3 or spans.entity_at.get(sent.start) or spans.entity_at.get(sent.start + 1):
            return False
        first, second = spans.doc[sent.start], spans.doc[sent.start + 1]
        if _a_code(first.text) and first.text not in self.not_names:
            return True  # "CodeQwen1.5-7B, released in April, was trained on ..."
        return (
            first.is_title
            and not first.like_num  # "Ten million tokens of context": a figure opens it
            and first.text not in self.not_names
            and (second.is_title or second.like_num or second.is_upper)
            and second.text not in self.not_names
        )

    def respectively(self, spans: DocSpans, sent: Span, made: list, entities, roles: Roles) -> list:
        """`A and B, with 117B and 21B parameters respectively`, `below A and B, which scored 83.3% and 79.8%
        respectively`: the figures coordinated before the word map in order onto the names coordinated before
        them; where the sentence does not name them (`their counts are 5B and 8B respectively`), onto nobody.
        The word closes its own list only: figures after it (`A and B, priced at $30 and $300 respectively,
        scoring 25.4% and 44.4%`) are mapped as if it were absent; but a word leading the figures (`A and B score
        respectively 75% and 78% on X, and 8.7 and 8.9 on Y`) opens theirs, each run mapped onto the names
        listed before the word."""
        if len(made) < 2:
            return made
        word = self.respectively_word.search(spans.text, sent.start_char, sent.end_char)
        if word is None:
            return self._in_order(spans, sent, made, made, entities, said=False)
        if (opened := self._runs_led_by(spans, made, word.end())) is not None:
            # "A and B, both ahead of C (respectively 75% and 78%)": the model compared with is no name of the list
            listed = [e for e in entities if e.name not in roles.foil_names]
            names_end = spans.tokens_of(word.start(), word.end())[0]
            made = _one_subject_each(made, word.end())  # "both ... respectively": each figure is one name's
            for run in opened:
                made = self._in_order(spans, sent, made, run, listed, said=True, names_end=names_end)
            return made
        before = [item for item in made if item[0].figure.end <= word.start()]
        made = self._in_order(spans, sent, made, before, entities, said=True)
        after = [item for item in made if item[0].figure.start >= word.end()]
        return self._in_order(spans, sent, made, after, entities, said=False)

    @staticmethod
    def _runs_led_by(spans: DocSpans, made: list, word_end: int) -> list[list] | None:
        """The runs of coordinated figures after "respectively" where the word leads a figure (`scoring
        respectively 75%, 78%`), else None."""
        after = _one_subject_each([item for item in made if item[0].figure.start >= word_end], word_end)
        first = min((item[0].figure for item in after), key=lambda figure: figure.start, default=None)
        if first is None or spans.text[word_end : first.start] not in LEADING_GAPS:
            return None
        ordered = sorted(after, key=lambda item: item[0].figure.token_start)
        return runs(spans, ordered, lambda item: item[0].figure.token_start, lambda item: item[0].figure.token_end)

    def _in_order(
        self, spans: DocSpans, sent: Span, made: list, candidates: list, entities, said: bool, names_end=None
    ) -> list:
        """`made` with the last run of coordinated figures among `candidates` mapped in order onto the names
        coordinated before them (or before token `names_end`). Where "respectively" is `said`, a run whose names
        do not match goes to nobody; where it is not, only a run that all went to one of two or more names listed
        is remapped ("A and B score 88.7 and 88.3 percent"), and a run the text gives to each of them ("both
        score ...") is kept."""
        group = coordinated_figures(spans, candidates)
        if len(group) < 2 or len({found.rule.id for found, _ in group}) != 1:
            return made
        names = coordinated_names(spans, entities, names_end or group[0][0].figure.token_start)
        if len(names) != len(group):
            if _one_models_sizes(group):
                return made  # "three sizes of Gemma 2, with 2B, 9B and 27B parameters respectively": the sizes'
            grouped = {id(item) for item in group}
            return [item for item in made if id(item) not in grouped] if said else made
        source = "clause"
        if not said:
            if len({subject.name for _, subject in group}) != 1 or self._each_ones(spans, sent, names):
                return made
            source = "sentence"
        mapped = {id(item): (item[0], subject_of(name, source)) for item, name in zip(group, names, strict=True)}
        return [mapped.get(id(item), item) for item in made]

    # -- what the text is about ----------------------------------------------------

    def note_benchmark(self, entities, focus: Focus) -> None:
        named = [e for e in entities if e.type == "benchmark"]
        if named:
            focus.benchmark = named[-1]
            focus.benchmark_sentence = focus.sentence

    @staticmethod
    def carry_benchmark(claims: list[Claim], focus: Focus) -> None:
        """`On X, A leads at 70.3%. B follows at 63.8%. C scores 38%.`: a sentence whose score took the benchmark
        of the sentence before hands it on to the next."""
        if focus.benchmark is not None and any(getattr(c, "benchmark", None) == focus.benchmark.name for c in claims):
            focus.benchmark_sentence = focus.sentence


def _new_value_of_a_change_from_a_name(spans: DocSpans, sent: Span, figure: Figure) -> bool:
    """`a price increase from Orca-2 ($0.50 → $2)`, `up from Orca-2 (41% → 62%)`: the value after an arrow, in
    brackets after a name a change is said to be from, is what the change went to: not the bracketed name's, and
    the brackets name no other."""
    if spans.marker_before(figure.token_start, {"ARROW"}, 0, sent.start) is None:
        return False  # asked of every figure: most follow no arrow
    words = spans.words
    for i in range(figure.token_start - 1, sent.start, -1):
        if words[i] == ")":
            return False
        if words[i] == "(":
            named = spans.entity_ending_at(i)
            return named is not None and spans.marker_before(named.start, {"PAST"}, 0, sent.start) is not None
    return False


class SentenceFocus:
    """What a sentence tells of what the text is about (`context.Told`): its first claim's subject, else its first
    name of each type, is what comes next refers to; but a sentence whose subject is 'it' goes on about the model
    in focus ('It matches Llama 3.1 on X. It supports ...': the second 'it' is still the first's).

    Each part is worked out when the focus first asks it, and the sentence's roles only where a part turns on them
    (`roles`: its figures' `Roles`, found when first asked, or None where it has no figures; then `roles_of(sent,
    entities)` finds them): the focus asks only where a figure needs it, and reads back from the latest sentence
    no further than the one that settles it."""

    __slots__ = (
        "_finder", "_spans", "sent", "entities", "start_char", "claimed", "_roles", "_roles_of", "_models", "_unknown"
    )

    def __init__(self, finder: SubjectFinder, spans: DocSpans, sent: Span, entities, roles, roles_of: Callable):
        self._finder, self._spans, self.sent, self.entities = finder, spans, sent, entities
        self.start_char = sent.start_char
        self.claimed: Subject | None = None  # the subject of its first claim, set once its figures are read
        self._roles, self._roles_of = roles, roles_of
        self._models: list[Entity] | None = None
        self._unknown: bool | None = None

    @property
    def about_unknown(self) -> bool:
        """Is it about a model the rules cannot name, naming none they can ('Snowflake released Arctic.')?"""
        if self._unknown is None:
            finder, spans, sent = self._finder, self._spans, self.sent
            self._unknown = not self._candidate_models() and (
                finder.unknown_lead(spans, sent.start, sent.end)
                or finder.unknown_model_named(spans, sent, sent.end)
                or finder.model_proper_name_unknown(spans, sent)
            )
        return self._unknown

    @property
    def model_named(self) -> Subject | None:
        if self.about_unknown:
            return None
        subject = self._named("model", self._first_model(self._candidate_models()))
        claimed = self.claimed
        # "It matches ...", not "The model card lists ...": asked only of a sentence that has a model to offer
        if subject is None or ((claimed is None or claimed.source == "anaphor") and _about_it(self._spans, self.sent)):
            return None
        return subject

    @property
    def org_named(self) -> Subject | None:
        claimed = self.claimed
        if (claimed is None or claimed.type != "org") and all(e.type != "org" for e in self.entities):
            return None  # nothing to offer: what it is about needs no look
        if self.about_unknown:
            return None
        return self._named("org", next(iter(self._candidates("org")), None))

    @property
    def foil_starts(self) -> list[int]:
        return [e.start_char for e in self._roles_now().foils]

    def models_by_maker(self) -> list[tuple[str, Subject]]:
        maker = self._finder.resolver.maker
        made = [(m, subject_of(e)) for e in self.entities if e.type == "model" and (m := maker(e.name)) is not None]
        return [] if not made or self.about_unknown else made

    def _named(self, type_: str, named: Entity | None) -> Subject | None:
        claimed = self.claimed
        roles = self._roles_now()
        # a foil's figure does not make the foil what comes next is about: "X beats Y, which scores 58.4%. It ...";
        # nor does naming it alone: "It beats Y, which scores 58.4%." leaves the focus on the model "it" is
        if claimed is not None and claimed.type == type_ and claimed.name not in roles.foil_names:
            return claimed
        return subject_of(named) if named is not None and not roles.is_compared(named) else None

    def _first_model(self, named: list[Entity]) -> Entity | None:
        """The sentence's first model (of its `named` candidates); but a family's bare name before one of its
        models names the lab that makes it ('Qwen released Qwen3-Coder-480B ...'), and the model is what comes
        next refers to."""
        if named and named[0].name in self._finder.resolver.families:
            return next((e for e in named[1:] if e.name.startswith(named[0].name)), named[0])
        return named[0] if named else None

    def _candidate_models(self) -> list[Entity]:
        if self._models is None:
            self._models = self._candidates("model")
        return self._models

    def _candidates(self, type_: str) -> list[Entity]:
        """The sentence's names of `type_` that its roles leave candidates for what the text is about: its roles
        are found only where it names one of that type."""
        named = [e for e in self.entities if e.type == type_]
        if not named:
            return named
        roles = self._roles_now()
        return [e for e in named if roles.is_candidate(e)]

    def _roles_now(self) -> Roles | FoundRoles:
        if self._roles is None:
            self._roles = self._roles_of(self.sent, self.entities)
        return self._roles


LEADING_GAPS = {" ", ": ", ", "}  # "respectively 75%", "respectively: 75%": the word leads the figure after it


def _possessive_pronoun(spans: DocSpans, marker: Marker) -> bool:
    """Is the anaphor a lone `its`, whose owner is the organisation its sentence named before it?"""
    return _lone_pronoun(spans, marker, ("its",))


def _lone_pronoun(spans: DocSpans, marker: Marker, pronouns: tuple[str, ...]) -> bool:
    """Is the anaphor one word, one of `pronouns` (not `the company`, `the model`)?"""
    return marker.end - marker.start == 1 and spans.lowers[marker.start] in pronouns


def _makers_models(named_later: Iterator[Subject], focus: Focus, maker: str) -> Iterator[Subject | None]:
    """The models an organisation's figure may be of, the likeliest first: one the sentence names after it, the
    model in focus, the article's, the maker's named last; each looked up only if the ones before are not the
    maker's."""
    yield next(named_later, None)
    yield focus.model
    yield focus.main_model
    yield focus.by_maker.get(maker)


def _one_models_sizes(group: list) -> bool:
    """Are the run's figures different parameter counts of one model its clause names with no size (`three sizes
    of Gemma 2, with 2B, 9B and 27B parameters respectively`)? "Respectively" then maps them onto its sizes, each
    the model of that size, as a list of sizes of a name without one is (`_sizes_of_a_family`, later)."""
    subjects = {(subject.name, subject.type, subject.source) for _, subject in group}
    if len(subjects) != 1:
        return False
    name, kind, source = subjects.pop()
    return (
        kind == "model"
        and source == "clause"
        and not has_a_size(name)
        and all(found.rule.kind == "parameter_count" for found, _ in group)
        and len({found.figure.value for found, _ in group}) == len(group)
    )


def _one_subject_each(made: list, start_char: int) -> list:
    """`made` with one subject, the first, for each figure from `start_char` on."""
    seen: set[int] = set()
    kept = []
    for item in made:
        start = item[0].figure.start
        if start >= start_char and start in seen:
            continue
        seen.add(start)
        kept.append(item)
    return kept


def _about_it(spans: DocSpans, sent: Span) -> bool:
    """Is the sentence's subject "it", first or after a short opening phrase ("According to Google, it is")?"""
    lowers = spans.lowers
    if lowers[sent.start] in SUBJECT_PRONOUNS:
        return True
    lead = range(sent.start + 1, min(sent.end - 1, sent.start + LEAD_PHRASE_TOKENS))
    comma = next((i for i in lead if lowers[i] == ","), None)
    return comma is not None and lowers[comma + 1] in SUBJECT_PRONOUNS


def _citation_ending_at(words: list[str], end: int) -> bool:
    """Do the tokens before `end` form a citation marker, `[4]`?"""
    return words[end - 3] == "[" and words[end - 2].isdigit() and words[end - 1] == "]"


def _in_foil_phrase(spans: DocSpans, sent: Span, figure: Figure) -> bool:
    """Does a foil cue lead the figure's own phrase, with at most a few lower-case words between ('than any
    dense 70B model')? A name between them ('than GPT-5 ($0.20 vs ...)') leads a phrase of its own."""
    i = figure.token_start
    for _ in range(FOIL_PHRASE_GAP + 1):
        if any(marker.label == "FOIL" for marker in spans.markers_to.get(i, ())):
            return True
        i -= 1
        if i <= sent.start or not spans.words[i].isalpha() or not spans.words[i].islower() or i in spans.entity_at:
            return False
    return False


def _key_before(spans: DocSpans, sent: Span, figure: Figure) -> re.Match | None:
    """The key of the list item the sentence opens, where it ends before the figure: `- GPT-4o: 88.7%`."""
    key = LIST_KEY.match(spans.text, sent.start_char)
    return key if key is not None and key.end() <= figure.start else None


def _last_model_before(entities: list[Entity], figure: Figure) -> Entity | None:
    """The last model the sentence names before the figure."""
    return next((e for e in reversed(entities) if e.type == "model" and e.end <= figure.token_start), None)


def _a_capitalised_word(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


def _a_code(word: str) -> bool:
    """A capitalised run of letters and digits, both, perhaps hyphenated (`CodeQwen1.5`, `ML2`, `OLMoE-1B-7B`):
    the code of a product."""
    return (
        word[:1].isupper()
        and word.replace(".", "").replace("-", "").isalnum()
        and any(c.isdigit() for c in word)
        and any(c.isalpha() for c in word[1:])
    )


def _continues_a_name(words: list[str], j: int) -> bool:
    """A capitalised word, or a hyphen joining one or a number to the name (`BERT-Large`, `CodeQwen1.5-7B`), or a
    slash joining a second name of it (`Brio Code/Vela`)."""
    if words[j] in ("-", "/"):
        return j + 1 < len(words) and (words[j + 1][:1].isupper() or words[j + 1][:1].isdigit())
    return words[j][:1].isupper()


def listed_in_asides(spans: DocSpans, start_char: int, end_char: int, entities, types) -> set[Entity]:
    """Names of `types` listed two or more in brackets or between dashes within `start_char..end_char`: `the Qwen
    ecosystem—spanning Qwen2.5, QwQ and their derivatives—had 40 million downloads`, `Chinese labs (DeepSeek,
    Zhipu) bought`. They are members or examples of what the aside follows: a figure after it is that whole's."""
    members: set[Entity] = set()
    for aside in ASIDE.finditer(spans.text, start_char, end_char):
        inside = [e for e in entities if e.type in types and aside.start() < e.start_char and e.end_char < aside.end()]
        if len(inside) >= 2:
            members.update(inside)
    return members


def _in_an_aside_with_a_figure(spans: DocSpans, sent: Span, entity: Entity, figure: Figure) -> bool:
    """Is the name in brackets closed before the figure, beside a figure of their own: `37.4% on HLE (the previous
    record was GPT-5 Pro at 31.64%) and 1,501 Elo`? The brackets' figure is the name's, the figure after not."""
    text = spans.text
    if not sent.start_char <= entity.start_char < figure.start:
        return False
    opened = text.rfind("(", sent.start_char, entity.start_char)
    if opened < 0 or ")" in text[opened:entity.start_char]:
        return False
    closed = text.find(")", entity.end_char, figure.start)
    if closed < 0:
        return False
    at = bisect.bisect_right(spans.figure_starts, opened)
    return at < len(spans.figures) and spans.figures[at].end <= closed


def _in_apposition(spans: DocSpans, figure: Figure) -> bool:
    """Does `, a` or `, an` stand right before the figure: it describes the name before the comma?"""
    i = figure.token_start
    return i >= 2 and spans.lowers[i - 1] in INDEFINITE and spans.words[i - 2] == ","
