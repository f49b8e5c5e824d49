"""Figures in prose: which are claims, of what kind, and about whom.

For each sentence, each figure is classified (`kinds`: the first number-claim rule
whose unit, value range and cues fit, or the kind of a figure coordinated with it),
given its subject (`subjects`: whose figure it is, and how sure that is), or read as
a ratio or difference in words (`comparisons`). What the text is about so far (the
focus) carries from sentence to sentence; but a list item never lends its names to
its siblings, each of which continues the text before the list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial

from spacy.tokens import Span

from ..changes import changed_under, marked_changed, may_change
from ..entities import Entity, EntityResolver, has_a_size
from ..numbers import Figure
from ..questions import Questions
from ..records import Claim, Comparison, number_claim
from ..ruleset import RuleSet
from ..spans import DocSpans, plain_heading
from ..tiers import PriceTiers
from . import flattened
from .asof import nearest
from .comparisons import Comparisons
from .context import UNNAMED_MODEL, Claimed, Focus, Roles, Subject, subject_of
from .coordination import benchmarks_in_order, runs
from .kinds import FigureKinds, stated_change, value_before_a_change
from .kinds.changes import NO_CHANGE
from .olds import OldValues, Told
from .roles import NO_ROLES, RoleFinder, other_name_cue_ends
from .subjects import SentenceFocus, SubjectFinder, listed_in_asides

PRICE = "price_per_million_tokens"
TOKEN_ATTRIBUTES = (PRICE, "context_window")  # the measures that say which tokens they are for
IMPLIED_SOURCES = ("paragraph", "heading", "article")  # a subject the sentence does not name
TAKING_SOURCES = ("named_after",)  # "from 41.0% on X to 66.3%": a name after its figure is not the next one's
FLATTENED_TABLE = re.compile(r"\S[ \t]*\|[ \t]*:?-{3,}:?[ \t]*\|")  # a separator row after text on its line
CORRECTION = ("CORRECTION",)  # "An earlier version said 1M": the cue of a figure withdrawn
LIST_ITEM = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])\s")
HEADING = re.compile(r"(#{1,6})\s")  # a Markdown heading: its model is what its section is about
NAME_SIZE = re.compile(r"(?P<number>\d+(?:\.\d+)?)(?P<scale>[BT])")  # a name's last word that is its size: 12B, 1.2T
# a line of a few words, no closing punctuation: a plain-text page's heading, a level below Markdown's six
PLAIN_HEADING_LEVEL = 7
TOTAL_REACH = 3  # tokens around a parameter count searched for "total": "a total of", "in total"
BESIDE_A_TOTAL = {"scope": "active", "id": "params.beside-total"}
LIST_JOINERS = {",", "and", "or", "&", "/"}  # what stands between the sizes of a list: "1B, 4B and 27B"
MIN_MODEL_SIZE = 1e8  # a parameter count smaller than any model's is no size of one
MODIFIERS_REACH = 2  # words between a size and the noun it sizes: "a 235B-parameter MoE model", "large language model"
# words that end a size's phrase before any noun: "405B parameters of the model" sizes no model
NOT_MODIFIERS = frozenset({"of", "the", "a", "an", "in", "for", "and", "or", "to", "with", "per", "at", "than"})
NO_ROLES_FOUND = Roles(lambda: NO_ROLES)  # a flattened table's row: no prose, no roles


class NumberClaims:
    def __init__(self, rules: RuleSet, resolver: EntityResolver):
        self.resolver = resolver
        self.kinds = FigureKinds(rules)
        self.subjects = SubjectFinder(rules, resolver, self.kinds)
        self.roles = RoleFinder(rules)
        self.tiers = PriceTiers(rules)
        self.comparisons = Comparisons(rules, self.kinds, self.subjects)
        self.questions = Questions(rules)
        self.attributive_words = frozenset({"-", *(w.lower() for w in rules.names.parameter_words)})
        self.sized_nouns = frozenset(w.lower() for w in rules.names.variant_phrase_nouns)
        self.confidence = rules.attribution.confidence
        self.kind_subject_types = rules.attribution.kind_subject_types
        self.implied_subject_types = rules.attribution.implied_subject_types
        self.after_words = {"on", *(w.lower() for w in rules.attribution.for_words)}
        self.changing = frozenset(rules.numbers.changing_measures)
        list_ends = frozenset(w.lower() for w in rules.attribution.old_value_list_ends)
        self.old_values = OldValues(self.changing, self._side, self.subjects.respectively_word, list_ends)

    def extract(
        self, spans: DocSpans, in_table: Callable[[int], bool], in_quote: Callable[[int], bool], stated=()
    ) -> Iterator[Claim]:
        """The article's number claims; `stated`: (offset, date) of the dates figures are stated for."""
        focus = Focus(article_model=lambda: spans.main_model)
        figures = spans.figures
        before_list = None  # the focus before the current list began
        table: flattened.Flattened | None = None  # the flattened table whose rows may come next
        corrected = spans.has_marker(0, len(spans.doc), CORRECTION)  # once per document: few print a correction
        cue_ends = other_name_cue_ends(spans)
        roles_of = partial(self.roles.roles, spans, figure_ends=frozenset(), cue_ends=cue_ends)
        i = 0
        sentences: list[Told] = []  # each sentence's claims, given out once a change's old values are read
        for index, (sent, bounds) in enumerate(zip(spans.sentences, spans.sentence_bounds, strict=True)):
            start_char, end_char = bounds
            if i == len(figures):
                break  # what the text is about matters only to the figures still to come
            first = i
            while i < len(figures) and figures[i].token_start < sent.end:
                i += 1
            if in_table(start_char) or (corrected and spans.has_marker(sent.start, sent.end, CORRECTION)):
                continue  # tables have their own reader; "An earlier version said 1M" states a figure withdrawn
            if i > first and _on_a_flattened_table(spans.text, start_char):
                continue  # a table's rows run together on one line: no reader can tell its columns apart
            focus.sentence = index
            entities = spans.entities_in(sent.start, sent.end)
            own = [f for f in figures[first:i] if not self.kinds.in_setup(spans, f)] if i > first else []
            # a sentence going on a line begun before it (most) is no line of a table, no list item, and no heading
            # but a marked one: the readers of lines are not asked of it
            line_start = _line_opened(spans.text, start_char)
            opens_a_line = line_start is not None
            columns = flattened.row_columns(spans, table, bounds, own) if table and opens_a_line else None
            if columns is not None:  # a row of a table flattened into lines: no prose, its figures by column
                if columns:
                    claims, _ = self._sentence(spans, sent, own, entities, NO_ROLES_FOUND, focus, in_quote, columns)
                    sentences.append(Told(index, sent, [self._dated(c, stated, sent, focus) for c in claims]))
                continue
            if opens_a_line and flattened.headless_row(spans, bounds, own):
                continue  # "MATH 80.4% 74.6% 77.0%" under a header not read: whose each figure is, nobody can tell
            table = flattened.header(spans, sent, bounds, entities, own) if opens_a_line else None
            level = _heading_level(spans.text, start_char, end_char, i > first)
            if level is not None:
                # "Provider: OpenAI · Family: GPT-5" read as a heading: the family is no section's model
                model = next(
                    (e for e in entities if e.type == "model" and not self.roles.names_a_family(spans, e)), None
                )
                if model is not None:
                    section_model = subject_of(model, "heading")
                elif self.subjects.heading_opens_on_an_unknown_code(spans, sent):
                    section_model = UNNAMED_MODEL  # "FLUX.1 Pro Capabilities": a model no rule can name
                else:
                    section_model = None
                focus.enter_section(level, section_model, start_char)
                focus.section_as_of = nearest(stated, start_char, end_char, start_char)
                focus.section_benchmark = _lone_benchmark(entities)
            if opens_a_line:
                before_list = _enter_list(spans.text, line_start, focus, before_list)
            if level is not None or spans.text[start_char:end_char].rstrip().endswith(":"):
                focus.intro = index  # "## SWE-bench Verified", "On MMLU:": what the lines after it are about
                focus.intro_as_of = nearest(stated, start_char, end_char, start_char)  # "As of May 2026, X costs:"
                # "After a significant price reduction, the pricing is as follows:": the list's are new values
                focus.intro_changed = changed_under(spans, [bounds])
            # a sentence's roles are found only where its figures or what it tells the focus ask them
            ends = {f.token_end for f in own}
            roles = Roles(partial(self.roles.roles, spans, sent, entities, ends, cue_ends)) if own else None
            told = SentenceFocus(self.subjects, spans, sent, entities, roles, roles_of)
            if entities:
                focus.tell_foils(told)
            self.subjects.note_benchmark(entities, focus)
            if own:
                claims, told.claimed = self._sentence(spans, sent, own, entities, roles, focus, in_quote)
                claims = [self._dated(c, stated, sent, focus) for c in claims]
                self.subjects.carry_benchmark(claims, focus)
            else:
                claims = []
            sentences.append(Told(index, sent, claims, focus.list_changed))
            focus.tell(told)
        yield from self.old_values.told(spans, sentences)

    def _owned(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """Does a name own the figure (`GPT-4o's 88.7`), or a list item's key (`- GPT-4o: 88.7%`)?"""
        return (
            self.subjects.list_key(spans, sent, figure) is not None
            or self.subjects.owner(spans, sent, figure) is not None
        )

    def _kind_subject_types(self, spans: DocSpans, figure: Figure, kind: str) -> list[str] | None:
        """What a figure of this kind may be about; any subject where it describes a model still in the making
        (`the EUROPA consortium will develop a 400B multilingual model`), whose only name is its maker's. A model
        released or owned unnamed (`Acme dropped a 480B model`, `Acme's 3B model`) has a size, its lab none."""
        types = self.kind_subject_types.get(kind)
        return None if types and self.subjects.describes_a_model_in_the_making(spans, figure) else types

    def _sentence(
        self, spans: DocSpans, sent: Span, figures: list[Figure], entities, roles: Roles, focus, in_quote, columns=None
    ) -> tuple[list[Claim], Subject | None]:
        """The sentence's claims, and its first claim's subject (what the next sentence may refer to); `columns`:
        each figure's subject where a flattened table's column says it."""
        claims: list[Claim] = []
        previous: Claimed | None = None
        ruled_out: Claimed | None = None  # the last figure a rule ruled out with those compared with it
        claimed: Subject | None = None
        compared: list[Entity] = []  # what this sentence's ratios compare with: never their subject
        made: list[tuple[Claimed, Subject]] = []
        unowned: list[Claimed] = []  # scores of nobody we can name: still in a run of scores on tests in order
        taken: set[str] = set()  # names `on`/`for` after a figure gave it: not the next one's
        for k, figure in enumerate(figures):
            if self.questions.asks(spans, sent, figure.token_start):
                continue  # "Will Orca-3 really cost $2?", "was asked if it cost $100M; ...": a question claims nothing
            owned = _AskedOnce(partial(self._owned, spans, sent, figure))
            found = (  # a figure paired with the next before their shared cue takes its kind first: "$3/$15 per 1M"
                self.kinds.coordinated_ahead(spans, sent, figure, figures[k + 1 :], entities, focus)
                # "a 37.1% hallucination rate, against 61.8% for GPT-4o": ruled out like the rate it is compared to
                or (self.kinds.compared_to_ruled_out(spans, figure, ruled_out) if ruled_out is not None else None)
                or self.kinds.classify(spans, sent, figure, entities, focus, owned)
                or self.kinds.coordinated(spans, figure, previous)
                or (self.kinds.in_the_same_row(figure, previous) if columns is not None else None)
            )
            if found is not None and found.rule.kind == "none":
                ruled_out = found if found.rule.rules_out_compared else ruled_out
                continue  # ruled out: a unit price, an increment, a class of models
            if found is None:
                fields = self.comparisons.comparison(spans, sent, figure, entities, roles, focus, compared, claimed)
                if fields is not None:
                    claims.append(self._comparison(spans, sent, roles, **fields))
                continue
            if columns is not None:
                subjects = [columns[k]]
            else:
                subjects = self.subjects.subjects(spans, sent, found, entities, roles, focus, previous, taken)
            allowed = found.rule.subject_types or self._kind_subject_types(spans, figure, found.rule.kind)
            if allowed:  # "the H100 costs $30,000" is no model's cost, "runs on a 1-billion-parameter AI" no lab's size
                subjects = [s for s in subjects if s.type in allowed]
            implied_types = self.implied_subject_types.get(found.rule.kind)
            if implied_types:  # a lab the article named somewhere has no parameters of its own
                subjects = [s for s in subjects if s.source not in IMPLIED_SOURCES or s.type in implied_types]
            subjects = [self._in_full(spans, sent, s, figure, focus) for s in subjects]
            subjects = [s for s in subjects if self._size_in_name_allows(s, found)]
            implied = found.rule.implied_subjects
            needed = found.rule.implied_only_with
            if needed and not spans.has_marker(sent.start, sent.end, needed):
                implied = []
            subjects = [s for s in subjects if s.source not in IMPLIED_SOURCES or s.source in implied]
            # "SWE-bench: 68.1% (close to o3)": a figure its sentence compares with a model is not that model's
            subjects = [s for s in subjects if s.source not in IMPLIED_SOURCES or s.name not in roles.foil_names]
            if found.rule.subject_sources is not None:
                subjects = [s for s in subjects if s.source in found.rule.subject_sources]
            if subjects and in_quote(figure.start) and all(e.name != s.name for e in entities for s in subjects):
                continue  # '"When a cluster of ten thousand accelerators fails," she said': no one's figure
            if not subjects and found.benchmark is not None:
                unowned.append(found)
            made += [(found, subject) for subject in subjects]
            second = self.kinds.also_on(spans, sent, found.benchmark) if found.benchmark is not None else None
            made += [(replace(found, benchmark=second), subject) for subject in subjects if second is not None]
            if self._named_right_after(spans, figure):
                taken |= {s.name for s in subjects if s.source == "named_after"}
            if subjects or value_before_a_change(spans, sent, figure):
                previous = found  # the value before a change passes its kind to the new one: "from 68% to 81%"
            if subjects:
                claimed = claimed or subjects[0]
        if columns is None:
            made = self.subjects.respectively(spans, sent, made, entities, roles)
            made = benchmarks_in_order(spans, made, unowned)
        made = self._a_member_by_its_size(spans, self._sizes_of_a_family(spans, self._beside_a_total(spans, made)))
        claims += [self._claim(spans, sent, found, subject, roles) for found, subject in made]
        return sorted(claims, key=lambda c: c.source.start), claimed

    def _size_in_name_allows(self, subject: Subject, found: Claimed) -> bool:
        """A model named by its size (`Gemma 3 12B`) has about that many parameters in all: a total far from it
        (`4B`) is another model's."""
        if found.rule.kind != "parameter_count" or found.rule.scope != "total" or subject.type != "model":
            return True
        size = NAME_SIZE.fullmatch(subject.name.rsplit(" ", 1)[-1])
        if size is None:
            return True
        stated = float(size["number"]) * float(self.kinds.scales[size["scale"].lower()])
        return stated / 2 <= found.figure.value <= stated * 2

    def _in_full(self, spans: DocSpans, sent: Span, subject: Subject, figure: Figure, focus: Focus) -> Subject:
        """A family's bare name (`Claude achieves 77.2%`), or its name and tier (`Claude Opus`), is the model of
        that family the article named in full before, not as a foil (`surpass its previous Mixtral 8x7B`): a
        record under the bare name would be set against every figure of every model of the family."""
        if subject.type != "model" or subject.source in IMPLIED_SOURCES or subject.whole_family:
            return subject  # a family in focus since a paragraph or a heading, or named as one, may be the family
        named = self.resolver.named_in_full(subject.name, _named_earlier(spans, sent, figure, focus))
        if not named:
            return subject
        listed = spans.entities_within_chars(sent.start_char, figure.start)
        if subject.source == "named_after" and any(e.name == named for e in listed):
            # "Orca 2 has fewer parameters than the 500B-parameter Orca": a sentence naming the model in full, then
            # its family's bare name after a figure, sets the two apart
            return subject
        return replace(subject, name=named)

    def _beside_a_total(self, spans: DocSpans, made: list[tuple[Claimed, Subject]]) -> list[tuple[Claimed, Subject]]:
        """`17 billion parameters for processing requests and a total of 109 billion`: of a subject's two parameter
        counts in a sentence, the smaller is the active one where only the larger is said to be the total."""
        totals = _parameter_counts(made, lambda rule, subject: subject.name if rule.scope == "total" else None)
        for pair in totals:
            if len(pair) != 2:
                continue
            marked = [self._said_total(spans, made[k][0].figure) for k in pair]
            if marked.count(True) != 1:
                continue
            total, other = (pair[0], pair[1]) if marked[0] else (pair[1], pair[0])
            found, subject = made[other]
            if found.figure.value < made[total][0].figure.value:
                made[other] = (replace(found, rule=found.rule.model_copy(update=BESIDE_A_TOTAL)), subject)
        return made

    def _sizes_of_a_family(
        self, spans: DocSpans, made: list[tuple[Claimed, Subject]]
    ) -> list[tuple[Claimed, Subject]]:
        """`Qwen2.5-Coder ... 0.5B, 1.5B and 7B parameters`: a model has one count of each scope, so a list of
        sizes for a name with no size in it are its sized models', each named by its size (`Qwen 2.5 Coder 7B`);
        for a lab (`OpenAI released the 120B and 20B models`), models it leaves unnamed: none of them is said."""

        def unsized(rule, subject: Subject):
            return None if has_a_size(subject.name) else (subject.name, rule.scope)

        start_of, end_of = (lambda k: made[k][0].figure.token_start), (lambda k: made[k][0].figure.token_end)
        unnamed: set[int] = set()
        for ks in _parameter_counts(made, unsized):
            if len(ks) < 2:
                continue  # a name's one count is no list of sizes
            ordered = sorted(ks, key=lambda k: made[k][0].figure.start)
            for run in runs(spans, ordered, start_of, end_of, LIST_JOINERS):  # "in four versions: 4B, 12B, 27B"
                figures = [made[k][0].figure for k in run]
                if len({f.value for f in figures}) < 2 or min(f.value for f in figures) < MIN_MODEL_SIZE:
                    continue
                for k in run:
                    found, subject = made[k]
                    if subject.type != "model":
                        unnamed.add(k)
                        continue
                    sized = self.resolver.canonical(f"{subject.name} {_size_word(found.figure.value)}")
                    made[k] = (found, replace(subject, name=sized))
        return [pair for k, pair in enumerate(made) if k not in unnamed] if unnamed else made

    def _a_member_by_its_size(
        self, spans: DocSpans, made: list[tuple[Claimed, Subject]]
    ) -> list[tuple[Claimed, Subject]]:
        """`Llama 3 ... a 405B-parameter model`, `Qwen3's 235B-parameter MoE model`: a total written as the size of a
        model, of a name the rules say comes in sizes (`sizes_of`), in one of them, is that member's (`Llama 3
        405B`); the name alone stands for the family. A count of the name's parameters (`Llama 3 has 405B
        parameters`) stays the name's; the sentence's active count of the name is the member's too (`activates 22B`)."""
        members: dict[int, str] = {}
        for k, (found, subject) in enumerate(made):
            sizes = self.resolver.sizes_of.get(subject.name)
            if not sizes or found.rule.kind != "parameter_count" or found.rule.scope != "total":
                continue
            size = _size_word(found.figure.value)
            if size.upper() in sizes and self._sizes_a_model(spans, found.figure):
                members[k] = self.resolver.canonical(f"{subject.name} {size}")
        if not members:
            return made
        named: dict[str, set[str]] = {}
        for k, member in members.items():
            named.setdefault(made[k][1].name, set()).add(member)
        only = {name: sized.pop() for name, sized in named.items() if len(sized) == 1}  # the one member its actives are
        for k, (found, subject) in enumerate(made):
            active = found.rule.kind == "parameter_count" and found.rule.scope == "active"
            member = members.get(k) or (only.get(subject.name) if active else None)
            if member is not None:
                made[k] = (found, replace(subject, name=member))
        return made

    def _sizes_a_model(self, spans: DocSpans, figure: Figure) -> bool:
        """Whether a figure is written as a model's size: `405B(-parameter) [two words] model|version|variant`."""
        lowers, at = spans.lowers, figure.token_end
        while at < len(lowers) and lowers[at] in self.attributive_words:
            at += 1
        for word in lowers[at : at + MODIFIERS_REACH + 1]:
            if word in self.sized_nouns:
                return True
            if not word.isalpha() or word in NOT_MODIFIERS or word in self.attributive_words:
                return False
        return False

    @staticmethod
    def _said_total(spans: DocSpans, figure: Figure) -> bool:
        """`a total of 109 billion`, `109 billion in total`, `109B total parameters`: the text calls it the total."""
        start, end = max(0, figure.token_start - TOTAL_REACH), min(len(spans.doc), figure.token_end + TOTAL_REACH)
        return spans.has_marker(start, end, ("TOTAL",))

    # -- the records ---------------------------------------------------------------

    def _named_right_after(self, spans: DocSpans, figure: Figure) -> bool:
        """`41.0% on X`, `72.4% for X`: a name right after its figure, which then is not the next figure's."""
        return figure.token_end < len(spans.lowers) and spans.lowers[figure.token_end] in self.after_words

    def _dated(self, claim: Claim, stated, sent: Span, focus: Focus) -> Claim:
        """The claim with the date its sentence, or its section's heading, states it for; and, in a list whose
        lead-in tells a change (`after an 80% price reduction, the pricing is:`), as the change's new value."""
        as_of = nearest(stated, sent.start_char, sent.end_char, claim.source.start) or focus.list_as_of
        as_of = as_of or focus.section_as_of
        claim = claim.model_copy(update={"as_of": as_of}) if as_of else claim
        return marked_changed(claim, self.changing) if focus.list_changed else claim

    def _claim(self, spans: DocSpans, sent: Span, found: Claimed, subject: Subject, roles: Roles) -> Claim:
        rule, figure = found.rule, found.figure
        tokens = self.kinds.token_side(spans, sent, figure) if rule.attribute in TOKEN_ATTRIBUTES else None
        if tokens is None and rule.attribute == PRICE:
            tokens = self.kinds.pair_side(spans, figure)
        if tokens is None and rule.attribute in TOKEN_ATTRIBUTES:
            tokens = self.kinds.lead_side(spans, sent)  # "For input processing, X ($3/1M) ...": the sentence's side
        attribute = rule.by_tokens.get(tokens, rule.attribute)  # "128K output tokens": an output limit
        tier = self._tier(spans, sent, figure) if attribute == PRICE else None
        changed, was = NO_CHANGE
        if may_change(rule.kind, attribute, tier, self.changing):
            changed, was = stated_change(spans, sent, figure, self.kinds.openers)
        return number_claim(
            rule.kind,
            scope=rule.scope,
            benchmark=found.benchmark.name if found.benchmark else None,
            setup=self.kinds.setup(spans, sent, figure, found.benchmark) if rule.kind == "benchmark" else None,
            attribute=attribute,
            tokens=tokens if attribute in TOKEN_ATTRIBUTES else None,
            chip=self.kinds.chip(spans, sent, figure) if attribute == "chips" else None,
            tier=tier,
            changed=changed,
            was=was,
            **self._fields(spans, sent, figure, subject, roles, rule.id, rule.unit or figure.unit),
        )

    def _side(self, spans: DocSpans, sent: Span, figure: Figure) -> str | None:
        """The tokens a price or a window is for, where its words or its slash pair say: `$3 per million input
        tokens`, `$3/$15 per million tokens`."""
        return self.kinds.token_side(spans, sent, figure) or self.kinds.pair_side(spans, figure)

    def _tier(self, spans: DocSpans, sent: Span, figure: Figure) -> str | None:
        """The pricing tier of a price: its sentence's, or the sentence's before it that it goes on with; after the
        host its sentence names as its seller, told apart from the sentence's other prices."""
        previous = spans.doc[sent.start - 1].sent if sent.start > 0 else None
        bounds = (previous.start_char, previous.end_char) if previous is not None else None
        within = spans.figures_within(sent.start_char, sent.end_char)
        prices = [(f.start, f.end) for f in within if f.unit_class == "money"]
        return self.tiers.tier(spans.text, (sent.start_char, sent.end_char), (figure.start, figure.end), bounds, prices)

    def _comparison(self, spans: DocSpans, sent: Span, roles: Roles, figure, subject, rule, **fields) -> Comparison:
        return Comparison(**fields, **self._fields(spans, sent, figure, subject, roles, rule, figure.unit))

    def _fields(self, spans: DocSpans, sent: Span, figure: Figure, subject: Subject, roles: Roles, rule: str, unit):
        """What every figure claim records: where, what was written, about whom and how surely, said by whom."""
        asserter = roles.asserter.name if roles.asserter is not None else None
        return dict(
            source=spans.source(figure.start, figure.end),
            text=spans.evidence(figure.start, figure.end),
            sentence=spans.text[sent.start_char : sent.end_char].strip(),
            rule=rule,
            subject=subject.name,
            subject_text=subject.text,
            subject_source=subject.source,
            confidence=self.confidence[subject.source],
            unit=unit,
            asserted_by=asserter,
            self_reported=asserter is not None and asserter in (subject.name, self.resolver.maker(subject.name)),
            hedged=self.kinds.hedged(spans, sent, figure),
            **figure.reading(),
        )


class _AskedOnce:
    """A truth found when first asked, then kept: whether a name owns a figure is asked only of a score whose test
    the text leaves to its sentence's neighbours (`kinds.benchmark`'s last resort), and finding it out reads the
    words around the figure; most figures are never asked."""

    __slots__ = ("_ask", "_answer")

    def __init__(self, ask: Callable[[], bool]):
        self._ask = ask
        self._answer: bool | None = None

    def __bool__(self) -> bool:
        if self._answer is None:
            self._answer = bool(self._ask())
        return self._answer


def _parameter_counts(made: list[tuple[Claimed, Subject]], group: Callable) -> list[list[int]]:
    """The positions in `made` of its parameter counts, grouped by `group(rule, subject)`; None leaves one out."""
    groups: dict[object, list[int]] = {}
    for k, (found, subject) in enumerate(made):
        if found.rule.kind == "parameter_count" and (key := group(found.rule, subject)) is not None:
            groups.setdefault(key, []).append(k)
    return list(groups.values())


def _size_word(value: float) -> str:
    """A parameter count as a model's name writes it: 7e9 -> `7B`, 5e8 -> `0.5B`, 1e12 -> `1T`."""
    if value >= 1e12:
        return f"{value / 1e12:g}T"
    return f"{value / 1e9:g}B" if value >= 1e8 else f"{value / 1e6:g}M"


def _named_earlier(spans: DocSpans, sent: Span, figure: Figure, focus: Focus) -> Iterator[Entity]:
    """The names before the figure, the latest first, but foils and the members of a whole named in an aside. A
    generator: read only where a family's bare name is to be named in full (most subjects are named so already)."""
    listed = spans.entities_within_chars(sent.start_char, figure.start)
    # "the Qwen ecosystem—spanning Qwen2.5, QwQ—had": members listed after the family show it means them all
    members = listed_in_asides(spans, sent.start_char, figure.start, listed, {"model"})
    for entity in spans.entities_before_char(figure.start):
        if entity.start_char not in focus.foils and entity not in members:
            yield entity


def _lone_benchmark(entities: list[Entity]) -> Entity | None:
    """The one test a heading names, where it names nothing else: what its section is about."""
    return entities[0] if len(entities) == 1 and entities[0].type == "benchmark" else None


def _on_a_flattened_table(text: str, start_char: int) -> bool:
    """Is the sentence on a line holding a table's header separator (`|---|---|`) among other text, rows and all?"""
    line_start = text.rfind("\n", 0, start_char) + 1
    line_end = text.find("\n", start_char)
    line_end = len(text) if line_end < 0 else line_end
    # a separator holds a bar: a line without one (nearly every line of prose) is passed over faster than by the
    # pattern, which each sentence with figures on a long paragraph's line would walk again
    return text.find("|", line_start, line_end) >= 0 and FLATTENED_TABLE.search(text, line_start, line_end) is not None


def _enter_list(text: str, line_start: int, focus: Focus, before_list):
    """Keep list items from lending their names to their siblings: each item, and the text after the list,
    starts from the focus as it was before the list. `line_start`: where the line starts that the sentence opens.
    Returns the focus to restore at the next item."""
    if LIST_ITEM.match(text, line_start):
        if before_list is None:
            # "As of May 2026, X is priced at:" dates the list it introduces
            focus.list_as_of = focus.intro_as_of if focus.intro == focus.sentence - 1 else None
            focus.list_changed = focus.intro_changed and focus.intro == focus.sentence - 1
            return focus.local()
        focus.restore(before_list)
        return before_list
    if before_list is not None:
        focus.restore(before_list)
        focus.list_as_of = None
        focus.list_changed = False
    return None


def _line_opened(text: str, start_char: int) -> int | None:
    """Where the line starts that the sentence opens, blanks aside; None where it goes on a line begun before it.
    Read back from the sentence over the blanks before it: a sentence within a paragraph's line has a word's
    end a blank or two back, where a search for the line's start would walk the paragraph."""
    i = start_char
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    return i if i == 0 or text[i - 1] == "\n" else None


def _heading_level(text: str, start_char: int, end_char: int, has_figures: bool) -> int | None:
    """A Markdown heading's level; a plain-text heading's (a whole line of a few words, no figure, no closing
    punctuation: 'Gemini 2.5 Flash' above its section); None for any other sentence."""
    # the mark first: asked of every sentence, a pattern's call costs more than the look at one character
    if text.startswith("#", start_char) and (heading := HEADING.match(text, start_char)) is not None:
        return len(heading.group(1))
    at_line_start = start_char == 0 or text[start_char - 1] == "\n"
    if not at_line_start or has_figures:
        return None
    line_end = text.find("\n", start_char, end_char + 1)  # bounded: one long line stays linear
    if line_end < 0 and end_char < len(text):
        return None  # the line goes on after the sentence
    line = text[start_char : len(text) if line_end < 0 else line_end].strip()
    if not plain_heading(line):
        return None
    return PLAIN_HEADING_LEVEL
