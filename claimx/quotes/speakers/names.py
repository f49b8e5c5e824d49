"""The name a run of capitalised words holds, if any: the title's words before it left out (`Commerce Secretary Howard
Lutnick`), and no name at all where the run is an organisation's, a law's, a product tier's or a headline's. News
capitalises far more than names, so most of this is saying what is no one's name.
"""

from __future__ import annotations

import itertools
import re

from ...spans import DocSpans
from .base import PLAIN_WORD, TITLE_LINKS
from .patterns import Patterns

NON_SPACE = re.compile(r"\S+")
TITLE_REACH = 120  # characters searched back for the title a run of capitalised words may end


class Names(Patterns):
    """Reading a person's name out of a run of capitalised words."""

    def _no_surname(self, word: str) -> bool:
        """Is a capitalised word alone no one's surname: a word no name begins, an organisation's word, or a role,
        one or many ('Developer describes ...:', 'Prosecutors said'), capitalised where it opens a sentence?"""
        lower = word.lower()
        return (
            word in self.not_first
            or word in self.organisation_words
            or lower in self.roles
            or (lower.endswith("s") and lower[:-1] in self.roles)
        )

    def _person_name(self, spans: DocSpans, start: int, end: int) -> tuple[str, int] | None:
        """The person a run of capitalised words names, and where the name starts: not an alias, not an
        organisation. Words before the name that are no name are left out: `Commerce Secretary Howard
        Lutnick`, `Anthropic President Daniela Amodei`."""
        words = [(m.group(), start + m.start()) for m in NON_SPACE.finditer(spans.text[start:end])]
        if words and words[0][0].lower() in self.describing_articles:
            return None  # "A South African artist": capitalised words an article leads describe someone unnamed
        stripped = ""
        while (
            words
            and not self._begins_with_a_name_word(stripped, words)
            and (self._before_a_name(spans, *words[0]) or self._ends_a_role(stripped, words[0][0]))
        ):
            stripped, words = words[0][0], words[1:]
        words = self._before_a_headline_word(words)
        if words:  # "Quips Jane Roe As Acme Fans Ask": the name is what stands before the headline's small word
            end = words[-1][1] + len(words[-1][0])
        if len(words) > 2 and self._title_runs_into(spans.text, words[0][1]):
            words = words[-2:]
        roles_at = [
            i
            for i, (word, _) in enumerate(words[:-1])
            if word.lower() in self.roles or i and self._ends_a_role(words[i - 1][0], word)
        ]
        if roles_at:  # "Economic Affairs Minister Vincent Karremans": the name follows the title's last role word
            stripped, words = words[roles_at[-1]][0], words[roles_at[-1] + 1 :]
        # "Treasury Secretary Bessent", "President Trump": a title's role word, then a surname alone
        surname_after_a_role = len(words) == 1 and stripped.lower() in self.roles
        if len(words) < 2 and not surname_after_a_role:
            return None
        if words[-1][0] in self.organisation_words or len(words[-1][0]) == 1:
            return None
        if words[-1][0] in self.document_words:
            return None  # "the Artificial Intelligence Act": a law's name, no one's
        if words[-1][0].lower() in self.roles:
            return None  # "Department Chair": a title, no one's name
        if words[-1][0] in self.model_tiers:
            return None  # "Garrison Ultra": a product's tier, no one's surname
        if self.after_thing_word.search(spans.text, max(0, start - 20), start):
            return None  # "its Strategic Items List"
        if self.after_organisation_link.search(spans.text, max(0, start - 30), start):
            return None  # "the Select Committee on Strategic Competition"
        if self.adjective_suffix.search(words[-1][0]):
            return None  # "Sam Altman-led OpenAI"
        if any(w in self.not_first for w, _ in words[self._begins_with_a_name_word(stripped, words) :]):
            return None  # "Last Thursday I": no name has a weekday in it
        start = words[0][1]
        if spans.entities_overlapping_chars(start, end):
            return None
        return " ".join(w for w, _ in words), start

    def _before_a_headline_word(self, words: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """The words of a run of capitalised words before the first small word a Title Case headline capitalises
        (`Elon Musk As Tesla Fan Asks` -> `Elon Musk`): a name holds none, and the organisation after it is no one's
        name, nor does it make the run one."""
        cut = next((i for i, (word, _) in enumerate(words) if i and word in self.headline_small_words), len(words))
        return words[:cut]

    def _begins_with_a_name_word(self, role: str, words: list[tuple[str, int]]) -> bool:
        """Does a word that begins no name elsewhere begin this one, another name word after it: a given name the
        name rules keep from names (`Will Scharf`: 'Will' opens a question too), or a surname that is a word too,
        right after a title's role word (`Vice Premier He Lifeng`)?"""
        if len(words) < 2 or not words[1][0][:1].isupper():
            return False
        first = words[0][0]
        return first in self.given_names or (role.lower() in self.roles and len(words) == 2 and first in self.not_first)

    def _title_runs_into(self, text: str, start: int) -> bool:
        """`Chief Executive Officer of Oracle Larry Ellison`, `Secretary of State Marco Rubio`: capitalised words
        right after a title's link word end the title (an organisation, a department) before the person's name,
        which is then its last two words."""
        line_start = text.rfind("\n", 0, start) + 1
        words = text[max(line_start, start - TITLE_REACH) : start].split()
        if not words or words[-1] not in TITLE_LINKS:
            return False
        title = itertools.takewhile(
            lambda w: PLAIN_WORD.fullmatch(w) and (w[:1].isupper() or w in TITLE_LINKS or w.lower() in self.roles),
            reversed(words),
        )
        return any(w.lower() in self.roles for w in title)

    def _ends_a_role(self, before: str, word: str) -> bool:
        """Does `word` end the title whose role word is `before` ('Attorney General'), not begin a name on its
        own ('General Motors')?"""
        return word.lower() in self.role_endings and before.lower() in self.roles

    def _before_a_name(self, spans: DocSpans, word: str, position: int) -> bool:
        return (
            word in self.not_first
            or word.lower() in self.roles
            or word.lower() in self.role_modifiers
            or bool(spans.entities_overlapping_chars(position, position + len(word)))
        )
