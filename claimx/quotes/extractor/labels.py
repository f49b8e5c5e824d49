"""Quotations that are nobody's speech: a label (`the "safety-first" lab`) or the title of a work (`a post titled
"Seven Reasons to Wait"`). Scare quotes and titles are left out rather than guessed at.
"""

from __future__ import annotations

import re

from ...spans import INDEFINITE_ARTICLES
from .patterns import Patterns

TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")  # a word that starts with a letter: 'Dark', 'GPT-5', not '2026'
ARTICLES = frozenset({"a", "an", "the"})  # one, then an adjective, before a short quotation: a label


class Labels(Patterns):
    def _names_a_work(self, left: str, inside: str) -> bool:
        """`a post titled "Seven Reasons to Wait"`, `the album "The Dark Side of the Moon"`: a title, however
        long, after a word that introduces one or written in Title Case, is no speech; nor is one capitalised word
        after an article and an adjective (`a detailed "Cookbook"`)."""
        words = left.lower().split()
        if words and words[-1] in self.title_words:
            return True
        named = TITLE_WORD.fullmatch(inside.strip(" ,.")) is not None and inside.strip()[:1].isupper()
        if named and len(words) > 1 and words[-2] in ARTICLES and words[-1].isalpha():
            return True
        long_words = [w for w in TITLE_WORD.findall(inside) if len(w) > 3]
        return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)

    def _labels(self, left: str) -> bool:
        """`the "safety-first" lab`, `the company's 'open' models`: a label word or a possessive right
        before a short quotation makes it a label; so does "a" or "an" and a lower-case word (`an advanced
        "outpainting" feature`): a noun phrase goes on through the quotation, which names a thing, nobody's
        speech (a name in capitals after the article, `told a CNBC "no"`, keeps its cue)."""
        words = left.lower().split()
        if not words:
            return False
        if words[-1] in self.label_words or " ".join(words[-2:]) in self.label_words or _possessive(words[-1]):
            return True
        return _article_and_modifier(left.split())


def _article_and_modifier(words: list[str]) -> bool:
    """`an advanced`, `a new` right before a quotation: an indefinite article, then one lower-case word (not
    "the": 'called the restrictions "deeply regrettable"' is a verdict on a thing named before)."""
    return len(words) > 1 and words[-2].lower() in INDEFINITE_ARTICLES and words[-1].isalpha() and words[-1].islower()


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))
