"""What a sentence asks rather than says: a figure or a date in a question is asked about, not claimed.

A direct question ends on `?` and opens a clause on an inverted verb: with a pronoun after it wherever a clause
opens (`..., and is it really 1.8T?`), with anything after it where the sentence or an utterance opens (`Will
Orca-3 really cost $2 per million tokens?`, `Q: Did it ship on March 3?`). A question put to someone is told by
`whether` or `asked if`, and its clause, up to a break, is what is asked (`was asked if training it cost $100
million; he replied ...`). A question after the figure's own clause (`it uses 50,000 GPUs, but how long before
...?`) asks nothing of it, and a question on a wh-word (`What will Meta do with its 600,000 GPUs?`) takes its
figures as given.
"""

from __future__ import annotations

from spacy.tokens import Span

from .ruleset import RuleSet
from .spans import DocSpans

ASKED = ("ASKED",)  # "have we", "is it": a question's inverted verb and pronoun
ASKED_IF = ("ASKED_IF",)  # "whether", "asked if": a question put to someone, told
QUESTION_ENDS = ("?", "?\"", "?”", "?)")  # a sentence asking, closing quote or bracket allowed
CLOSING_MARKUP = " \t\n*_"  # what may follow a question's mark: "- **Will it ship in March?**"
UTTERANCE_OPENERS = frozenset({":", '"', "“", "‘"})  # what an utterance's first word follows: 'Q: Does', '"Is'
# what ends the clause of a question put to someone: "Asked whether it would be cheaper, she said it costs $2"
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")", '"', "“", "”"})


class Questions:
    def __init__(self, rules: RuleSet):
        attribution = rules.attribution
        self.openers = frozenset(w.lower() for w in attribution.question_openers)
        self.clause_joiners = frozenset(w.lower() for w in attribution.conjunctions)

    def asks(self, spans: DocSpans, sent: Span, token: int) -> bool:
        """Is token `token` of sentence `sent` (a figure's first, a date's) in a question, asked about rather than
        claimed?"""
        return self._asked_directly(spans, sent, token) or self._asked_of_someone(spans, sent, token)

    def _asked_directly(self, spans: DocSpans, sent: Span, token: int) -> bool:
        """Does a clause of a sentence ending on `?` open before the token on an inverted verb: with a pronoun after
        it (`Have we entered the era of 10 million context windows?`, `..., and is it really 1.8T?`), or on the
        verb alone as the sentence's or an utterance's first word (`Will Orca-3 really cost $2?`)?"""
        if not spans.text[sent.start_char : sent.end_char].rstrip(CLOSING_MARKUP).endswith(QUESTION_ENDS):
            return False  # most sentences: no question, no look at their words
        lowers = spans.lowers
        if any(
            m.start == sent.start or not lowers[m.start - 1].isalnum() or lowers[m.start - 1] in self.clause_joiners
            for m in spans.markers_in(sent.start, token, ASKED)
        ):
            return True
        first = next((i for i in range(sent.start, token) if _has_a_letter(lowers[i])), None)  # after markup: "- **"
        return any(
            lowers[i] in self.openers and (i == first or lowers[i - 1] in UTTERANCE_OPENERS)
            for i in range(sent.start, token)
        )

    @staticmethod
    def _asked_of_someone(spans: DocSpans, sent: Span, token: int) -> bool:
        """Does the token lie in the clause of a question put to someone, after `whether` or `asked if` with no
        break between (`was asked if training it cost $100 million; he replied`, `asked them whether it ships on
        March 3`)? An answer after a comma is said (`Asked whether it would be cheaper, she said it costs $2`)."""
        cues = spans.markers_in(sent.start, token, ASKED_IF)
        if not cues:
            return False
        opened = max(m.end for m in cues)
        return not any(spans.lowers[i] in CLAUSE_BREAKS for i in range(opened, token))


def _has_a_letter(word: str) -> bool:
    return any(c.isalpha() for c in word)
