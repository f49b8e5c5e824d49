"""The nearest name on the figure's left, as a reader takes it: each of `Both A and B`, the main
clause's model after a fronted phrase (`With a 128K context window, Orca-3 ...`), never one in a
subordinate clause opening the sentence. Sure ('clause') where it is the only candidate its sentence
names.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ...entities import Entity, ends_in_a_size
from ...numbers import Figure
from ...spans import DocSpans
from ..context import Focus, Roles, Subject, same_clause, subject_of
from ..coordination import LISTING, a_list, in_a_list_of_figures, last_run, lists_of_names
from .makers import makers_models

BOTH_GAP = 2  # "A and B, are both": marks or verbs between the names and a both word after them
EACH_AFTER_GAP = 3  # "17B active parameters each": lower-case unit words between a figure and "each"
PLURAL_VERB_GAP = 2  # "A and B are probably": adverbs between a list of names and its verb
COMBINED_AFTER_GAP = 3  # "20,000 H100 chips combined": words between a figure and a word of a total after it


class NearestLeft:
    """The finder's search for the nearest name before the figure."""

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
        which will develop a 400B model' is about the consortium (a model in the making has no other
        name; one released unnamed has, and kinds of figure a lab cannot have then drop the lab).
        """
        candidates = [e for e in entities if e.type in self.subject_types and roles.is_candidate(e)]
        named = [e for e in candidates if e.end <= figure.token_start]
        models = [e for e in named if e.type == "model"]
        if models:
            listed = last_run(spans, models, lambda e: e.start, lambda e: e.end, joiners=LISTING)
            if self._each_ones(spans, sent, listed) or (len(listed) > 1 and self._each_after(spans, sent, figure)):
                return [subject_of(e, "clause") for e in listed]
            shared = self._shared_after_clauses(spans, sent, figure, models)
            if shared:
                return [subject_of(e, "sentence") for e in shared]
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
            for model in makers_models(iter(later), focus, nearest.name) if for_model else ():
                if model is not None and self.resolver.maker(model.name) == nearest.name:
                    if new and not ends_in_a_size(model.name):
                        # "Nvidia has pre-trained a 550B parameter model": a new one, not its model in focus, nor
                        # one the sentence lists after it ("a 7B model, X and Y"); one named as it has it already
                        break
                    return [replace(model, source="anaphor")]
        elif nearest.source == "sentence":
            alone = len({e.name for e in candidates}) == 1
            nearest = replace(nearest, source="clause" if alone else "sentence")
        return [nearest]

    def _it_after_a_list(self, spans: DocSpans, sent: Span, figure: Figure, entities, roles: Roles) -> bool:
        """Does an `it`, `its` or `the model` standing for a model lie between a list of models (`Orca-3, GLM-5.2
        and Kimi K3`, the last models the sentence names before the figure) and the figure? It means one of them,
        and which the text does not say: the list's last name, the nearest, is no surer than the others."""
        models = [e for e in entities if e.type == "model" and e.end <= figure.token_start and roles.is_candidate(e)]
        lists = lists_of_names(spans, models)
        if not lists or lists[-1][-1] is not models[-1]:
            return False
        return any(
            not (self._no_referent(spans, m) or self._any_one(spans, sent, m))
            for m in spans.markers_in(models[-1].end, figure.token_start, ("ANAPHOR_MODEL",))
        )

    def _each_of_the_listed(self, spans: DocSpans, sent: Span, figure: Figure, listed: list[Entity]) -> list[Subject]:
        """`ByteDance, Alibaba and Tencent may buy 400,000 chips combined`: organisations listed right before a
        figure share it, no one of them has it (the last named would take it all); only where the text says it
        is each one's (`Alibaba and ByteDance each ordered 200,000`, `... 200,000 apiece`) is it every one's."""
        if self._each_ones(spans, sent, listed) or self._each_after(spans, sent, figure):
            return [subject_of(e, "clause") for e in listed]
        return []

    def _each_ones(self, spans: DocSpans, sent: Span, listed: list[Entity]) -> bool:
        """`Both GPT-4 and Gemini Ultra are rumored to have ...`, `GPT-4 and Gemini each have ...`, `GPT-4 and
        Gemini, both with ...`: the names `listed` before the figure, when the text says the figure is each one's."""
        if len(listed) < 2:
            return False
        lowers = spans.lowers
        before = lowers[listed[0].start - 1] if listed[0].start > sent.start else ""
        if before in self.both_words:
            return True
        end = listed[-1].end
        # "A and B — both with 128K", "A and B are both priced at": a mark or a verb may stand before the word
        while end < sent.end and end - listed[-1].end < BOTH_GAP and lowers[end] in self.both_gap_words:
            end += 1
        after = lowers[end] if end < sent.end else ""
        if after in self.all_after_words:  # "A and B ran on H100s, all 10,000 of them": "all" counts what follows
            return end + 1 < sent.end and not spans.words[end + 1][:1].isdigit()
        return after in self.both_words

    def _plural_verbs_subject(
        self, spans: DocSpans, sent: Span, figure: Figure, entities, roles: Roles
    ) -> list[Entity]:
        """`GPT-4.5, Grok 3 and Gemini 2.5 Pro are probably around 3e26 FLOPs`, `A and B have 128K context windows`:
        the models listed with `and` right before the figure, where a verb right after them (an adverb or two between
        at most) has them for its subject and the figure stands in its clause; the figure is then each one's, as `A
        and B both have` says, not only the last named's. None for a figure listed with others (`A and B score 88%
        and 91%`): those map in order onto the names (`Respectively`); nor for one after a conjunction, which may
        open a clause on a subject of its own (`A and B are out, and the larger has 70B`)."""
        listed = self._models_listed_before(spans, sent, figure, entities, roles)
        if not listed:
            return []
        lowers, verb = spans.lowers, listed[-1].end
        adverbs = self.plural_verb_adverbs
        while verb < figure.token_start and verb - listed[-1].end < PLURAL_VERB_GAP and lowers[verb] in adverbs:
            verb += 1
        if verb >= figure.token_start or lowers[verb] not in self.plural_subject_verbs:
            return []
        if not self.conjunctions.isdisjoint(lowers[verb + 1 : figure.token_start]):
            return []
        if not same_clause(spans, sent, verb, figure.token_start, self.openers) or in_a_list_of_figures(
            spans, sent, figure
        ):
            return []
        return listed

    def _after_an_object_list(
        self, spans: DocSpans, sent: Span, figure: Figure, entities, roles: Roles
    ) -> list[Entity] | None:
        """`Meta releases A, B and C, claims 10M-token context`, `released A and B with 200K windows`: whose is a figure
        after models listed with `and` as what a verb or a word acts on, not as its subject? Each one's where a relative
        clause right after the list has a plural verb (`A and B, which have 200K windows`); nobody's where nothing says
        which (the last named, the nearest, is no surer than the others). None where the list is no such list, or where
        the text gives the figure to the last named as before: a singular verb after the list (`A and B, which has`),
        or one right after the last name, which is then its own clause's subject (`..., and B scores 88%`). A figure
        listed with others maps in order onto the names (`Respectively`), and one the text says is each one's
        (`A and B, both with`, `... each`) is read by `nearest_left`."""
        listed = self._models_listed_before(spans, sent, figure, entities, roles)
        if not listed:
            return None
        if not self._acted_on(spans, sent, listed) or in_a_list_of_figures(spans, sent, figure):
            return None
        if self._each_ones(spans, sent, listed) or self._each_after(spans, sent, figure):
            return None
        lowers, after = spans.lowers, listed[-1].end
        if lowers[after] in self.subject_verbs:
            return None
        if spans.words[after] == "," and lowers[after + 1] in self.relative_openers:
            verb = after + 2
            while verb < figure.token_start and lowers[verb] in self.plural_verb_adverbs:
                verb += 1  # "A and B, which also have"
            if lowers[verb] in self.plural_relative_verbs:
                return list({e.name: e for e in listed}.values())
            if lowers[verb] in self.singular_relative_verbs:
                return None
            return []  # "A and B, which scored 88%": a verb of either number
        if not same_clause(spans, sent, after, figure.token_start, self.openers):
            return None  # "released A and B, and the latter scores 88%": a clause of its own says whose
        return []

    def _models_listed_before(
        self, spans: DocSpans, sent: Span, figure: Figure, entities, roles: Roles
    ) -> list[Entity]:
        """The models listed right before the figure (`A, B and C`, two names or more, a list by `a_list`), which a
        verb after them may have for its subject or a word before them act on; empty where there is no such list."""
        models = [e for e in entities if e.type == "model" and e.end <= figure.token_start and roles.is_candidate(e)]
        listed = last_run(spans, models, lambda e: e.start, lambda e: e.end, joiners=LISTING)
        return listed if len({e.name for e in listed}) > 1 and a_list(spans, sent, listed) else []

    def _acted_on(self, spans: DocSpans, sent: Span, listed: list[Entity]) -> bool:
        """Does a lower-case word other than a determiner or a clause's opener (a verb or a preposition: `released`,
        `like`) stand right before the list, past its determiner or its maker's possessive (`released the`, `launched
        Meta's`)? Then the list is what that word acts on; a list opening its clause is its subject."""
        lowers, i = spans.lowers, listed[0].start - 1
        while i >= sent.start and lowers[i] in self.definite_determiners:
            i -= 1
        if i > sent.start and lowers[i] in self.possessives:
            owner = spans.entity_ending_at(i)
            i = owner.start - 1 if owner is not None else i
        word = spans.words[i] if i >= sent.start else ""
        return word.isalpha() and word.islower() and word not in self.openers and word not in self.both_words

    def _combined(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`A and B used 20,000 H100 chips combined`, `A and B together have`: do words of a total stand in the
        sentence up to a few words after the figure? The figure is the listed models' together."""
        lowers = spans.lowers[sent.start : min(sent.end, figure.token_end + COMBINED_AFTER_GAP + 1)]
        return any(
            tuple(lowers[i : i + len(phrase)]) == phrase for phrase in self.combined_words for i in range(len(lowers))
        )

    def _shared_after_clauses(self, spans: DocSpans, sent: Span, figure: Figure, models: list[Entity]) -> list[Entity]:
        """`A scores 72.2% and B scores 68.0%, both with a 256K context window`: a word set off after clauses that
        each name a model (`, both`, `— all`), between the last of them and the figure, stands for the distinct
        models named before it, where there are as many as it says; the figure is each one's. None elsewhere: the
        nearest name keeps the figure."""
        lowers = spans.lowers
        # the word right before the figure counts it ("..., all 675B parameters"), not the models
        for i in range(max(models[-1].end, sent.start + 1), figure.token_start - 1):
            count = self.shared_after_clauses.get(lowers[i])
            if count is None:
                continue
            if lowers[i - 1] not in self.both_gap_words:
                return []  # "A and B both have": the names' own run, read by `_each_ones`
            named = list({e.name: e for e in reversed(models)}.values())[::-1]  # each name once, the first mention
            return named if len(named) == count or (not count and len(named) > 1) else []
        return []

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
