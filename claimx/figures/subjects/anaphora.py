"""Anaphors: `it`, `its`, `the company`, `the model`, and what each stands for: the organisation that
reports (`Meta said it ...`), the model in focus, or nothing (`it seems that`, `rumour has it`,
`a model ... if its training exceeds`), so that an `it` is never taken for a model it does not mean.
"""

from __future__ import annotations

from spacy.tokens import Span

from ...entities import Entity
from ...numbers import Figure
from ...spans import DocSpans, Marker
from ..context import Focus, Subject, subject_of
from ..kinds.rules import CLAUSE_BREAKS
from .base import INDEFINITE_REACH

ANAPHOR_LABELS = {"ANAPHOR_MODEL": "model", "ANAPHOR_ORG": "org"}
BE_WORDS = {"'s", "’s", "is", "was", "would", "will", "be", "has", "been"}  # "it would be", "it has been"
# "it is rumoured to have": these with "to" still mean the model
RAISING = {"likely", "unlikely", "estimated", "believed", "thought", "reported", "rumored", "rumoured"}
IT_WORDS = ("it", "its")  # the pronouns a report, or an indefinite one of a kind, may stand behind
REPORT_LABELS = ("REPORT", "REPORT_BY")  # "Zhipu said", "according to Zhipu": a report and whose it is
# what may stand between a report and a later pronoun: an anaphor, or a model described (`the 600M model`)
MENTION_LABELS = (*ANAPHOR_LABELS, "MODEL_NOUN")
SITE_MODIFIERS = 3  # "its new AI data centre": words between "its" and the site it owns


class Anaphora:
    """The finder's reading of an anaphor before the figure."""

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
            if self._sizes_a_class(spans, marker, figure):
                return None  # "It applies to models trained with over 10^26 FLOPs": the class's figure, no one's
            kind = "org" if self._owns_a_site(spans, marker) else ANAPHOR_LABELS[marker.label]
            reporter = self._reporter(spans, sent, marker, focus)
            if reporter is None and self._one_of_a_list(spans, sent, marker, focus):
                return None  # "A, B and C were released. It scores 88%": one of them, but which?
            referent = reporter or focus.get(kind)
            if referent is not None:
                text = spans.span_text(marker.start, marker.end)
                return Subject(referent.name, text, referent.type, "anaphor")
        return subject_of(last) if last is not None else None

    def _owns_a_site(self, spans: DocSpans, marker: Marker) -> bool:
        """`its new cluster`, `its Memphis data centre`: an `its` owning a site, a few words between, is an
        organisation's, as a model owns none; not `its training cluster`, the one the model was trained on."""
        if not _possessive_pronoun(spans, marker):
            return False
        lowers, words = spans.lowers, spans.words
        for i in range(marker.end, min(marker.end + 1 + SITE_MODIFIERS, len(lowers))):
            if lowers[i] in self.site_nouns:
                return not spans.has_marker(marker.end, i, ("TRAINING",))
            if not words[i].isalpha():
                return False
        return False

    def _reporter(self, spans: DocSpans, sent: Span, marker: Marker, focus: Focus) -> Subject | None:
        """`The company says it will have ...`, `Meta also said it ...`, `MiniMax says its model has ...`: `it` or
        `its` after a report is the organisation reporting, named or described just before the report's verb
        (adverbs between), or right after `according to`; but `puts it at 48` sizes the model in focus. The report
        may lie further back in the sentence (see `_report_kept`)."""
        if not _lone_pronoun(spans, marker, IT_WORDS) or self._object_of_report(spans, marker):
            return None  # "Moonshot AI said the model scores ...": a model, the lab's
        report = spans.marker_before(marker.start, {"REPORT"}, 0, 0) or self._report_kept(spans, sent, marker)
        if report is None or report.start == 0:
            return None
        if report.label == "REPORT_BY":  # "According to Zhipu, its budget ...": the source named after the cue
            org = spans.entity_starting_at(report.end)
            return subject_of(org) if org is not None and org.type == "org" else None
        reporter_end = report.start
        while reporter_end > 0 and spans.lowers[reporter_end - 1] in self.report_adverbs:
            reporter_end -= 1
        org = spans.entity_ending_at(reporter_end)
        if org is not None and org.type == "org":
            return subject_of(org)
        described = any(m.label == "ANAPHOR_ORG" for m in spans.markers_to.get(reporter_end, ()))
        return focus.org if described else None

    def _report_kept(self, spans: DocSpans, sent: Span, marker: Marker) -> Marker | None:
        """`Zhipu said that its budget ...`, `Zhipu said its lab has 900 staff, and its budget is ...`, `According
        to Zhipu, its budget ...`: the sentence's latest report before the pronoun, where nothing between them
        names another (a name of a model or a lab, `the model`, `its new model`, `the company`, an `it` the report's
        object): the reporter stays the referent of an `it` or `its` across the clauses coordinated after the
        reported one."""
        reports = spans.markers_in(sent.start, marker.start, REPORT_LABELS)
        report = max(reports, key=lambda m: m.end, default=None)
        if report is None:
            return None
        after = report.end
        if report.label == "REPORT_BY":  # the source's own name follows the cue: it names no other
            source = spans.entity_starting_at(after)
            after = source.end if source is not None else after
        if any(e.type in self.subject_types for e in spans.entities_in(after, marker.start)):
            return None  # "Zhipu said GLM-5.2 is out, and its window ...": the name between is nearer
        for other in spans.markers_in(after, marker.start, MENTION_LABELS):
            if other.label == "MODEL_NOUN" or not _lone_pronoun(spans, other, IT_WORDS):
                return None  # "Zhipu said the model (its 600M model) ..., and its budget": the model's, perhaps
            if self._object_of_report(spans, other):
                return None  # "Zhipu puts it at 71%, and its window": the model the report sizes
        return report

    def _object_of_report(self, spans: DocSpans, marker: Marker) -> bool:
        """`puts it at 48`: an `it` a report's object word follows is what the report sizes, no reporter."""
        return marker.end < len(spans.lowers) and spans.lowers[marker.end] in self.report_object_words

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

    def _one_of_a_list(self, spans: DocSpans, sent: Span, marker: Marker, focus: Focus) -> bool:
        """`Orca-3, GLM-5.2 and Kimi K3 were released. It scores 88%`: an `it`, `its` or `the model` standing for the
        model in focus, where the sentence that put it in focus named it in a list of models, means one of them;
        which, it cannot tell. Unless its own sentence names that model again before it (`Since Orca-3 is larger,
        it scores 88%`)."""
        if marker.label != "ANAPHOR_MODEL" or not focus.model_listed or self._owns_a_site(spans, marker):
            return False
        return all(e.name != focus.model.name for e in spans.entities_in(sent.start, marker.start))

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

    def _sizes_a_class(self, spans: DocSpans, marker: Marker, figure: Figure) -> bool:
        """`It applies to AI models trained using over $100 million`: a lone `it` whose clause goes on, unbroken, to a
        class of models a class_clause_leads word sizes, before the figure: the figure is the class's (what a law or
        rule covers), not the referent's; `It beats other models while costing $5M` keeps the figure."""
        if not _lone_pronoun(spans, marker, ("it",)):
            return False
        lowers, words = spans.lowers, spans.words
        for i in range(marker.end, figure.token_start - 1):
            if words[i] in CLAUSE_BREAKS:
                return False  # "It beats models, and at $5M ...": the class ends with its clause
            if lowers[i] in self.class_nouns and lowers[i + 1] in self.class_clause_leads:
                return True
        return False

    def _indefinite_before(self, spans: DocSpans, sent: Span, noun: int) -> bool:
        """Does a generic determiner lead the noun at `noun`, at most a few describing words between (`a
        general-purpose AI model`), and no word making the phrase a predicate before it (`being an entry-tier
        model`)? Another determiner or a mark nearer ends the noun's phrase (`in a year, the model`)."""
        words = 0
        for i in range(noun - 1, sent.start - 1, -1):
            word = spans.lowers[i]
            if word in self.generic_determiners:
                return i == sent.start or spans.lowers[i - 1] not in self.generic_predicate_leads
            if (
                word in self.definite_determiners
                or not (word[:1].isalnum() or word == "-")
                or words == INDEFINITE_REACH
            ):
                return False
            words += word != "-"  # "general-purpose" is one word
        return False


def _possessive_pronoun(spans: DocSpans, marker: Marker) -> bool:
    """Is the anaphor a lone `its`, whose owner is the organisation its sentence named before it?"""
    return _lone_pronoun(spans, marker, ("its",))


def _lone_pronoun(spans: DocSpans, marker: Marker, pronouns: tuple[str, ...]) -> bool:
    """Is the anaphor one word, one of `pronouns` (not `the company`, `the model`)?"""
    return marker.end - marker.start == 1 and spans.lowers[marker.start] in pronouns
