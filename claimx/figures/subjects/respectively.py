"""`A and B, with 117B and 21B parameters respectively`: figures coordinated map in order onto the names
coordinated before them, each figure one name's, rather than all the nearest name's; and a run the text
does not map (`A and B score 88.7 and 88.3`) is mapped only where it all went to one of them.
"""

from __future__ import annotations

from spacy.tokens import Span

from ...entities import has_a_size
from ...spans import DocSpans
from ..context import Roles, subject_of
from ..coordination import a_list, coordinated_figures, coordinated_names, runs

LEADING_GAPS = {" ", ": ", ", "}  # "respectively 75%", "respectively: 75%": the word leads the figure after it


class Respectively:
    """The finder's mapping of coordinated figures onto coordinated names."""

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
            if (
                len({subject.name for _, subject in group}) != 1
                or self._each_ones(spans, sent, names)
                or not a_list(spans, sent, names)
            ):
                return made
            source = "sentence"
        mapped = {id(item): (item[0], subject_of(name, source)) for item, name in zip(group, names, strict=True)}
        return [mapped.get(id(item), item) for item in made]


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
