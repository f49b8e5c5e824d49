"""`SubjectFinder`: the attribution rules read once, and the order in which a figure's subject is sought.

`subjects` asks first whether the figure belongs to somebody the rules cannot name (a name they do not
know, a class, a variant or version left unnamed), since a wrong subject is worse than none; then for a
name that owns it, one after it, a foil; then the nearest name or anaphor on its left; last the model
the paragraph or the article is about. Each step lives in the module named for its concern, as a mixin
of the finder, so each reads the rules its `__init__` reads.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...dates.events import RELEASE
from ...entities import EntityResolver
from ...literals import alternation
from ...ruleset import RuleSet
from ...spans import DocSpans
from ..context import Claimed, Focus, Roles, Subject, clause_start, subject_of
from ..kinds import FigureKinds, value_before_a_change
from .anaphora import ANAPHOR_LABELS, Anaphora
from .base import AT_WORDS
from .families import WholeFamilies
from .foils import SUBJECTS_AFTER_FOILS, Foils, in_foil_phrase, new_value_of_a_change_from_a_name
from .implied import Implied
from .makers import Makers
from .named_after import NamedAfter
from .nearest import NearestLeft
from .owners import Owners
from .respectively import Respectively
from .unknown import UnknownNames
from .unnamed import Unnamed, in_an_aside_with_a_figure, listed_in_asides
from .variants import Variants

MAX_SHARED = 10  # "all three", "the two": the counts a shared opener may give
# an item of a list run into one line, its key right before the figure: " - MMMLU (multilingual): 90.8%"
INLINE_ITEM_KEY = re.compile(r"(?P<dash>[ \t][-•][ \t])[^:\n]{1,60}:[ \t]*$")


class SubjectFinder(
    Owners,
    NamedAfter,
    Foils,
    UnknownNames,
    Variants,
    WholeFamilies,
    Unnamed,
    Makers,
    NearestLeft,
    Anaphora,
    Implied,
    Respectively,
):
    """Whom a figure is about (`subjects`), asking each concern's checks, which its bases hold, in turn."""

    def __init__(self, rules: RuleSet, resolver: EntityResolver, kinds: FigureKinds):
        self.resolver = resolver
        self.kinds = kinds
        attribution = rules.attribution
        self.possessives = set(attribution.possessives)
        self.empty_it = set(attribution.empty_it)
        self.idiom_it_verbs = {w.lower() for w in attribution.idiom_it_verbs}
        self.for_words = {w.lower() for w in attribution.for_words}
        self.size_label_leads = {w.lower() for w in attribution.size_label_leads}
        self.figure_lead_words = {w.lower() for w in attribution.figure_lead_words}
        self.guess_words = {w.lower() for w in attribution.guess_words}
        self.figure_lead_connective = attribution.figure_lead_connective
        self.supplier_words = {kind: {w.lower() for w in words} for kind, words in attribution.supplier_words.items()}
        self.transfer_verbs = {kind: {w.lower() for w in words} for kind, words in attribution.transfer_verbs.items()}
        self.recipient_words = {kind: {w.lower() for w in words} for kind, words in attribution.recipient_words.items()}
        self.approver_nouns = {w.lower() for w in attribution.approver_nouns}  # "approval to ship": a licence
        self.site_nouns = {w.lower() for w in attribution.site_nouns}
        self.agent_participles = {w.lower() for w in attribution.agent_participles}
        self.brand_not_before = set(attribution.brand_not_before)
        self.subject_types = set(attribution.subject_types)
        self.described_model_gap = attribution.described_model_gap
        self.model_naming_words = {w.lower() for w in attribution.model_naming_words}
        self.building_cues = tuple(attribution.building_cues)
        self.building_reach = attribution.building_reach
        self.versus_words = {w.lower() for w in attribution.versus_words}
        self.foil_gap = attribution.foil_gap
        self.both_words = {w.lower() for w in attribution.both_words}
        self.each_after_words = {w.lower() for w in attribution.each_after_words}
        self.all_after_words = {w.lower() for w in attribution.all_after_words}
        self.both_gap_words = {w.lower() for w in attribution.both_gap_words}
        self.shared_after_clauses = {w.lower(): n for w, n in attribution.shared_after_clauses.items()}
        self.plural_subject_verbs = {w.lower() for w in attribution.plural_subject_verbs}
        self.plural_verb_adverbs = {w.lower() for w in attribution.plural_verb_adverbs}
        self.combined_words = {tuple(p.lower().split()) for p in attribution.combined_words}
        self.conjunctions = {w.lower() for w in attribution.conjunctions}
        self.plural_relative_verbs = {w.lower() for w in attribution.plural_relative_verbs}
        self.singular_relative_verbs = {w.lower() for w in attribution.singular_relative_verbs}
        self.shared_openers = {w.lower(): n for w, n in attribution.shared_openers.items()}
        self.shared_count_leads = {w.lower() for w in attribution.shared_count_leads}
        self.shared_opener_followers = {w.lower() for w in attribution.shared_opener_followers}
        self.count_words = {w.lower(): int(n) for w, n in rules.numbers.words.items() if 1 < n <= MAX_SHARED}
        self.report_adverbs = {w.lower() for w in attribution.report_adverbs}
        self.report_object_words = {w.lower() for w in attribution.report_object_words}
        self.variant_superlatives = {w.lower() for w in attribution.variant_superlatives}
        self.version_qualifiers = {w.lower() for w in attribution.version_qualifiers}
        self.derivative_participles = tuple(w.lower() for w in attribution.derivative_participles)
        # their last token, as the tokenizer splits a hyphened word ("fine", "-", "tuned"): what a sentence must hold
        self.derivative_marks = {w.rsplit("-", 1)[-1] for w in self.derivative_participles}
        self.first_person = {w.lower() for w in attribution.first_person}
        self.generic_ones = {w.lower() for w in attribution.generic_ones}
        self.generic_determiners = {w.lower() for w in attribution.generic_determiners}
        self.class_nouns = {w.lower() for w in attribution.class_nouns}
        self.class_clause_leads = {w.lower() for w in attribution.class_clause_leads}
        self.definite_determiners = {w.lower() for w in attribution.definite_determiners}
        self.generic_predicate_leads = {w.lower() for w in attribution.generic_predicate_leads}
        self.other_model_leads = {w.lower() for w in attribution.other_model_leads}
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
        # "DeepSeek", "MiniMax": makers whose own name the press also writes for their models
        self.makers_named_as_models = {f.maker for f in rules.families if f.family == f.maker}
        # "the Gemma family", "Llama models": families a bare name alone names (not "GPT", "Phi"), and their nouns
        self.whole_families = {f.family for f in rules.families if f.bare}
        self.whole_family_nouns = {w.lower() for w in attribution.whole_family_nouns}
        self.whole_family_modifiers = {w.lower() for w in attribution.whole_family_modifiers}
        # "Snowflake released Arctic": a known organisation bringing out a name the rules do not know
        self.release_verbs = {w.lower() for w in rules.events.actions.get(RELEASE, []) if " " not in w}
        joining = ("to", "of", "in", "than", "as", "and", "or")
        self.not_modifiers = {*self.subject_verbs, *self.for_words, *AT_WORDS, *joining}
        self.lower_tiers = {t.lower() for t in self.capital_tiers}
        # the words without which some check of a figure's subject cannot fire (a superlative, a tier, a word of an
        # earlier generation or of a version): few sentences hold any, so their figures skip those checks
        checked = (
            self.variant_superlatives,
            self.lower_tiers,
            resolver.earlier_generation_words,
            self.derivative_marks,
        )
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
            or new_value_of_a_change_from_a_name(spans, sent, figure)
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
            or (not held.isdisjoint(self.derivative_marks) and self._a_derivative_of(spans, sent, figure, entities))
            or self._unknown_name_nearer(spans, sent, figure, entities)
            or self._an_unnamed_models_size(spans, sent, figure)
        ):
            return []  # "Yi-Lightning's 88.7%" with no known name there: someone's, so nobody we could name
        if found.rule.family_as_a_whole:
            family = self._family_as_a_whole(spans, sent, figure)
            if family is not None:
                return [family]  # "Gemma 4 crossed 10M; the Gemma family is at 500M": the family's, not Gemma 4's
        # "its window grew from 128K to 200K": an owner named before a change has the new value, not the old
        changed = value_before_a_change(spans, sent, figure)
        owned = None if changed else self.owner(spans, sent, figure, found.cue, entities)
        if owned is not None and self._made_by_a_tool(owned, found.rule, roles):
            owned = None  # "exercises generated using GPT-3.5 (1B tokens)": what a tool made, none of its own
        # "Nvidia will supply 18,000 chips to Humain": the recipient's; "to Humain and G42": no one's alone
        handed = self._handed_on(spans, sent, figure, found.rule.attribute, entities, roles)
        if owned is None and handed is not None and handed.shared:
            return []
        named = (
            owned
            or (handed.recipient if handed is not None else None)
            or self._named_after(spans, sent, figure, found.cue, roles, found.rule.attribute)
            or self._named_after_its_model(spans, sent, figure)  # "a new 7B model, Orca-3,": Orca-3's
            or self._foil_at(spans, sent, figure, roles)
        )
        if named is not None:
            return [self._model_of_maker(named, entities, focus) if found.rule.kind == "benchmark" else named]
        foils_word = self._after_a_list_of_foils(spans, sent, figure, roles)
        if foils_word is not None and foils_word not in SUBJECTS_AFTER_FOILS:
            return []  # "trails GPT-6 and GLM-5.2 at 91%": one of theirs, or each one's, the text does not say
        if self._after_versus(spans, sent, figure, previous):
            foil = self._foil_of_pair(roles, previous)
            return [foil] if foil is not None else []  # no foil named: the pair's other side is nobody we know
        if in_foil_phrase(spans, sent, figure):
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
        if self._unknown_lead_after_a_break(spans, sent, figure, entities, roles):
            return []  # "Orca-3 counts effective parameters — Q2X has 5B": Q2X's, a name the rules do not know
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
        free = [e for e in free if not in_an_aside_with_a_figure(spans, sent, e, figure)]
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
        if self._it_after_a_list(spans, sent, figure, free, roles):
            return []  # "Orca-3, GLM-5.2 and Kimi K3 were released, and it scores 88%": which one, nobody can tell
        plural = self._plural_verbs_subject(spans, sent, figure, free, roles)
        if plural:  # "GPT-4.5, Grok 3 and Gemini 2.5 Pro are around 3e26 FLOPs": each one's, not the last named's;
            together = self._combined(spans, sent, figure)  # "A and B used 20,000 chips combined": no one's
            return [] if together else [subject_of(e, "clause") for e in plural]
        owners = self._after_an_object_list(spans, sent, figure, free, roles)
        if owners is not None:  # "Meta releases A, B and C, claims 10M-token context": not C's alone, nor the focus's
            return [subject_of(e, "clause") for e in owners]
        for_model = self._org_stands_for_model(spans, sent, found.rule, entities)
        nearest = self.nearest_left(spans, sent, figure, free, roles, focus, for_model, opening=opening)
        if nearest:
            return self._not_the_seller(nearest, handed)  # "Nvidia ships 18,000 chips to Saudi Arabia": sold
        if any(
            self._no_referent(spans, m) or self._any_one(spans, sent, m) or self._one_of_a_list(spans, sent, m, focus)
            for m in spans.markers_in(sent.start, figure.token_start, ANAPHOR_LABELS)
        ):  # "it seems that ...", "a model ... if its training exceeds": about no model, nor about the one in focus;
            return []  # "A, B and C were released. It scores 88%": about one of them, but which?
        if found.rule.kind == "benchmark" and self._people_lead(spans, sent, figure):
            return []  # "Average humans often score close to 0%": people's score, not the model in focus's
        shared = self._shared_by_the_models_before(spans, sent, figure, focus)
        if shared:
            return shared  # "Devstral 2 is 123B. Devstral Small 2 is 24B. Both carry a 256K window": each one's
        implied = self._implied(spans, sent, figure, focus)
        if implied is None or (
            found.rule.kind != "parameter_count" and self._labelled_by_a_members_size(spans, sent, figure, implied)
        ):  # "Benchmarks: 90B Vision — MMMU 60.3%": the member of that size's, not the family's (a size is no label
            return []  # of the sizes listed with it: "in 8B, 70B and 405B parameter versions")
        if self._another_model_after(spans, sent, figure, implied, entities, roles):
            return []  # "92% on MMLU puts GPT-4o ahead of it": perhaps GPT-4o's, surely not plainly the focus's
        return self._not_the_seller([implied], handed)

    def _check_words_in(self, spans: DocSpans, sent: Span) -> frozenset[str]:
        """The words some check of a figure's subject needs (`check_words`) that the sentence holds, in lower case
        (a tier's capitalised word too): found once per sentence, asked of each of its figures."""
        lowers, check_words = spans.lowers, self.check_words
        return spans.kept("check_words", sent.start, lambda: check_words.intersection(lowers[sent.start : sent.end]))
