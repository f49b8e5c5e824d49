"""Ratios and differences stated in words: 'a 5x longer context window than GPT-4o', 'one-quarter of the
cost', 'within four points of X's 85.0'. The cross-check holds them against the figures they compare."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ..entities import Entity
from ..numbers import Figure
from ..ruleset import RuleSet
from ..spans import DocSpans
from .context import Focus, Roles, Subject, same_clause
from .kinds import FigureKinds
from .subjects import SubjectFinder

NARROWING_REACH = 2  # tokens beside an attribute's cue searched for a narrower one: "training cost", "cost to train"
# tokens past a ratio searched for a narrower cue when its attribute's cue stands before it: "cost 20 times more to
# train" compares the cost of training
PAST_RATIO_REACH = 4
# tokens after a ratio's comparative word its noun may take: "9x lower output cost", "10 times lower training costs"
COMPARATIVE_NOUN_REACH = 3
RATE_REACH = 3  # tokens before an attribute's cue searched for a rate's word: "per dollar of compute"
SHARE_REACH = 1  # tokens past a ratio's end a word making it shares of a whole may stand: "a 70/30 compute split"
# words a ratio's own noun may take between "the" and "of": "ten times the computing power of o1", "twice the
# price per token of X"
OWN_NOUN_REACH = 4
TREND_REACH = 2  # tokens past a ratio's end a trend's phrase may begin: "grew 100x with each new generation"

class Comparisons:
    def __init__(self, rules: RuleSet, kinds: FigureKinds, subjects: SubjectFinder):
        self.rules = rules.comparisons
        self.subject_types = set(rules.attribution.subject_types)
        self.openers = {w.lower() for w in rules.attribution.clause_openers}
        self.conjunctions = {w.lower() for w in rules.attribution.conjunctions}
        self.kinds = kinds
        self.subjects = subjects
        self.qualities = [(w.lower(),) for w in self.rules.quality_words]
        self.quality_set = {w.lower() for w in self.rules.quality_words}
        self.comparatives = {w.lower() for w in self.rules.comparatives}
        self.cue_labels = {label for rule in self.rules.attributes for label in rule.cues}
        self.rate_words = {w.lower() for w in self.rules.rate_words}
        self.share_words = [(w.lower(),) for w in self.rules.share_words]
        self.trend_phrases = [tuple(p.lower().split()) for p in self.rules.trend_phrases]
        self.margin_words = {w.lower() for w in rules.scores.margin_words}
        self.parts = {rule.id: [_words(p) for p in rule.parts] for rule in self.rules.attributes}

    def comparison(
        self, spans: DocSpans, sent: Span, figure: Figure, entities, roles: Roles, focus: Focus, compared, claimed
    ) -> dict | None:
        """The fields of a comparison record, or None. Only where the sentence names its subject (or has a claim
        already: "81.0 ... within four points of"): a ratio about nobody in particular is no claim."""
        points = spans.marker_after(figure.token_end, self.rules.difference_cues, 0, sent.end)
        difference = figure.unit == "points" or points
        benchmark = None
        if difference and spans.marker_before(figure.token_start, {"SCORED"}, 0, sent.start):
            return None  # "scored 92.1 points": a score on a test the sentence does not name
        if difference:
            benchmark = self.kinds.benchmark(spans, sent, figure, entities, focus)
            attribute, rule = "benchmark", "compare.difference"
            if benchmark is None:
                return None
        elif figure.unit_class == "ratio":
            if _followed_by(spans, sent, figure, self.qualities, 0):
                return None  # "30x better than GPT-4o to justify that cost": a quality, no measure of it
            if _followed_by(spans, sent, figure, self.share_words, SHARE_REACH):
                return None  # "a 70/30 compute split": two shares of one whole
            if _followed_by(spans, sent, figure, self.trend_phrases, TREND_REACH):
                return None  # "grew 100x with each new generation": how fast many models grow, no one model's ratio
            if _a_factor_of_a_product(spans, sent, figure):
                return None  # "2,000 × $6/1M = $0.012": a count of tokens multiplied out, no model's ratio to another
            found = self._compared(spans, sent, figure)
            if found is None:
                return None
            attribute, rule = found
        else:
            return None
        other = self._other(spans, sent, figure, entities, roles)
        if other is not None:
            compared.append(other)
        if attribute is None:
            return None  # a part's ratio: no claim, though its other stays compared, no subject of the next ratio
        if other is None and difference:
            return None  # "an absolute gain of 21.4 points": a difference from nobody named
        left = [e for e in entities if e.end <= figure.token_start and e not in compared]
        nearest = self.subjects.nearest_left(spans, sent, figure, left, roles, focus)
        subject: Subject | None = nearest[0] if nearest else claimed
        if subject is None or (other is not None and subject.name == other.name):
            return None
        if figure.unit == "x" and spans.marker_after(figure.token_end, self.rules.inverse_cues, 1, sent.end):
            if not figure.value:
                return None  # "0x cheaper" has no reciprocal: it states no ratio
            figure = _inverse(figure)  # "ten times cheaper": the subject's figure is a tenth of the other's
        elif figure.unit == "fraction" and spans.marker_after(figure.token_end, self.rules.inverse_cues, 0, sent.end):
            figure = _rest(figure)  # "3/4 cheaper": the part taken off, so the subject's figure is a quarter
        return dict(
            figure=figure,
            subject=subject,
            rule=rule,
            relation="difference" if difference else "ratio",
            attribute=attribute,
            benchmark=benchmark.name if benchmark else None,
            other=other.name if other else None,
            other_text=other.text if other else None,
        )

    def _compared(self, spans: DocSpans, sent: Span, figure: Figure) -> tuple[str | None, str] | None:
        """What a ratio compares: the attribute whose cue lies nearest it in its clause ('runs at 2x speed, and
        costs 10x less': the speed is no attribute, the cost is the other clause's) and conjunct ('2x the speed
        and half the cost': the cost is the half's), and that rule's id; the attribute is None where the cue names
        a part of it ('twice the RL compute')."""
        window = self.rules.window
        start, end = max(sent.start, figure.token_start - window), min(sent.end, figure.token_end + window)
        if (own := _own_noun(spans, sent, figure)) is not None:
            if self.quality_set.intersection(spans.lowers[own[0] : own[1]]):
                return None  # "8 times the cost efficiency of X", "5x the speed of X": a quality, no measure of it
            start, end = own  # "ten times the computing power of o1": that noun is compared, no price said before
        elif (noun := self._comparative_noun(spans, sent, figure)) is not None:
            start, end = noun  # "the same context window, roughly 9x lower output cost": the cost is compared
        best = None
        for rule in self.rules.attributes:
            for cue in spans.markers_in(start, end, rule.cues):
                first, last = min(cue.start, figure.token_start), max(cue.start, figure.token_start)
                if not same_clause(spans, sent, first, last, self.openers):
                    continue
                if self.rate_words.intersection(spans.lowers[max(sent.start, cue.start - RATE_REACH) : cue.start]):
                    continue  # "more revenue per dollar of compute": the rate is counted per compute, not of it
                between = spans.lowers[min(cue.end, figure.token_end) : max(cue.start, figure.token_start)]
                if self.conjunctions.intersection(between):
                    continue
                distance = max(cue.start - figure.token_end, figure.token_start - cue.end)
                if best is None or distance < best[0]:
                    best = (distance, rule, cue)
        if best is None:
            return None
        _, rule, cue = best
        if self._names_a_part(spans, sent, rule, cue):
            return None, rule.id  # "a ten-fold increase in RL compute": the part's ratio, no figure of the whole
        return self._narrowed(spans, rule, figure, cue), rule.id

    def _comparative_noun(self, spans: DocSpans, sent: Span, figure: Figure) -> tuple[int, int] | None:
        """The tokens after a ratio's comparative word ('9x lower output cost', 'five-fold more parameters') where an
        attribute's cue stands there: the noun the comparative qualifies is what is compared, not a cue said before
        the ratio; None where the comparative is followed by no cue ('a window 8 times larger than X's')."""
        at = figure.token_end
        if at >= sent.end or spans.lowers[at] not in self.comparatives:
            return None
        noun = (at + 1, min(sent.end, at + 1 + COMPARATIVE_NOUN_REACH))
        return noun if spans.has_marker(*noun, self.cue_labels) else None

    def _names_a_part(self, spans: DocSpans, sent: Span, rule, cue) -> bool:
        """Do words naming a part of the rule's measure stand right before its cue ('post-training compute',
        'fine-tuning costs')? Then what is compared is that part, not the measure as a whole."""
        return any(
            cue.start - len(p) >= sent.start and tuple(spans.lowers[cue.start - len(p) : cue.start]) == p
            for p in self.parts[rule.id]
        )

    @staticmethod
    def _narrowed(spans: DocSpans, rule, figure: Figure, cue) -> str:
        """The rule's attribute, or a narrower one a cue between the ratio and its attribute's cue, or right beside
        that cue, or right after the ratio, says: `half the active parameters` compares active parameters, `its
        training cost is one-tenth`, `the cost to train it was 20 times` and `cost 20 times more to train` the cost
        of training, never all of them or a price."""
        first = max(0, min(figure.token_end, cue.start - NARROWING_REACH))
        last = min(len(spans.doc), max(figure.token_end + PAST_RATIO_REACH, cue.end + NARROWING_REACH))
        return next(
            (narrower for label, narrower in rule.narrowed.items() if spans.has_marker(first, last, (label,))),
            rule.attribute,
        )

    def _other(self, spans: DocSpans, sent: Span, figure: Figure, entities, roles: Roles) -> Entity | None:
        """What the subject is compared with: the name its margin is by ('leads GLM-5.2 by 3.1 points and
        Orca-2 by 5.0'), else a foil ('than GPT-4o'), else a name after the figure ("within four points of Claude
        Opus 4.8's 85.0")."""
        if (margined := self._margined(spans, sent, figure, entities)) is not None:
            return margined
        foil = next((e for e in entities if e in roles.foils and e.type in self.subject_types), None)
        if foil is not None:
            return foil
        limit = min(sent.end, figure.token_end + self.rules.window)
        return next((e for e in entities if figure.token_end <= e.start < limit and e.type in self.subject_types), None)

    def _margined(self, spans: DocSpans, sent: Span, figure: Figure, entities) -> Entity | None:
        """The name right before the margin word before the figure ('Orca-2 by 5.0'): in a list of margins
        ('leads A by 21.8 points and B by 7.8') each is over its own name, not over the first foil or the next name."""
        by = figure.token_start - 1
        if by <= sent.start or spans.lowers[by] not in self.margin_words:
            return None
        return next((e for e in entities if e.end == by and e.type in self.subject_types), None)


def _own_noun(spans: DocSpans, sent: Span, figure: Figure) -> tuple[int, int] | None:
    """The tokens of the noun a ratio names after "the" and before "of" ('4x the compute of', 'ten times the
    computing power of'): what it compares, whatever cue the clause has around; None where it names none."""
    at = figure.token_end
    if at >= sent.end or spans.lowers[at] != "the":
        return None
    words = spans.lowers[at + 1 : min(sent.end, at + 2 + OWN_NOUN_REACH)]
    return (at + 1, at + 1 + words.index("of")) if "of" in words[1:] else None


def _words(phrase: str) -> tuple[str, ...]:
    """A phrase's lower-case tokens as the tokenizer splits them: 'post-training' is 'post', '-', 'training'."""
    return tuple(phrase.lower().replace("-", " - ").split())


def _followed_by(spans: DocSpans, sent: Span, figure: Figure, phrases: list[tuple[str, ...]], reach: int) -> bool:
    """Does one of `phrases` (lower-case words) begin within `reach` tokens past the figure's end, in its sentence?"""
    lowers = spans.lowers
    return any(
        tuple(lowers[at : at + len(p)]) == p
        for at in range(figure.token_end, min(sent.end, figure.token_end + reach + 1))
        for p in phrases
    )


def _a_factor_of_a_product(spans: DocSpans, sent: Span, figure: Figure) -> bool:
    """Is the ratio followed at once by another figure (`2000 × $6/1M`, `99 × 2000 × $0.30/1M`)? Then its sign
    multiplies: the left of a cost worked out, never how many times one model's measure is another's."""
    return figure.token_end < sent.end and spans.figure_starting_at(figure.token_end) is not None


def _rest(figure: Figure) -> Figure:
    """What is left of the whole once a fraction is taken off (`a third cheaper` is two-thirds the price), its
    interval turned round."""
    low = 1 - figure.high if figure.high is not None else None
    high = 1 - figure.low if figure.low is not None else None
    return replace(figure, value=1 - figure.value, low=low, high=high)


def _inverse(figure: Figure) -> Figure:
    """The reciprocal of a ratio, its interval turned round."""
    low = 1 / figure.high if figure.high else None
    high = 1 / figure.low if figure.low else None
    return replace(figure, value=1 / figure.value, low=low, high=high, resolution=figure.resolution / figure.value**2)
