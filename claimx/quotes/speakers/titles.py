"""A person's title and affiliation, read around the name (`CSIS analyst Kate Koren`, `Priya Ramdas, a semiconductor
analyst at X`) or at an earlier mention, and whether words are a title and nothing else: a name led only by its
title is the one a cue before it names.
"""

from __future__ import annotations

import re

from ...spans import DocSpans
from .base import TITLE_LINKS, UPPER
from .patterns import Patterns

# "Priya Ramdas, a semiconductor analyst at X", "Gregory Allen, director of the Y Center"
APPOSITIVE = re.compile(
    r",[^\S\n]+(?P<article>(?:a|an|the)\s+)?(?P<title>[^,.;\n]+?)"
    r"(?:\s+(?:at|of|with|for)\s+(?:the\s+)?(?P<org>[^,.;\n]+?))?(?=[,.;\n]|\s+who\b)"
)
# "A spokesperson for Meta, Ashley Gabriel": the title and organisation before a name set off by commas
ROLE_BEFORE = re.compile(
    r"\b(?i:a|an|the)\s+(?P<title>[\w -]{1,40}?)\s+(?:for|at|of|with)\s+(?:the\s+)?(?P<org>[^,.;]{1,60}?),\s*$"
)
OWNED_TITLE = re.compile(rf"(?P<owner>[{UPPER}][\w.&-]*(?:\s+[{UPPER}][\w.&-]*){{0,3}})['’]s\s+(?P<title>.+)")
# "the Bureau of Industry and Security's assistant secretary for export administration": an appositive whose owner,
# a name of any length with its small words, holds the title after its possessive
OWNED_APPOSITIVE = re.compile(rf"(?P<owner>[{UPPER}][^,;\n]*?)['’]s\s+(?P<title>.+)")
HONORIFIC_END = re.compile(r"(?:\s*\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gen)\.?)+$")  # "chief scientist Dr. Amara Okafor"
POSSESSIVE_START = re.compile(r"^\s*['’]s\b")  # "DeepSeek's head of research": the title begins after it
NO_BRACKETS = str.maketrans("", "", "()")


class Titles(Patterns):
    """Titles and affiliations around a name."""

    def _titled(self, before: str) -> bool:
        """Is a name after a cue led by nothing but its title ('said Nvidia CEO Jensen Huang', 'said Under Secretary
        of Commerce Alan Estevez'), its last word a title's, not a link ('said Jensen Huang and Lisa Su')?"""
        words = before.split()
        if words and words[-1].endswith(",") and words[-1].rstrip(",").lower() not in self.roles:
            return False  # "says Jane Roe, Oxford Computer Science lecturer": a name, then what she is
        if any(w in self.headline_small_words for w in words):
            return False  # "Quips Jane Roe As Acme Critics Gather": a headline's clause, no title, before the name
        return self.title_words_only(before, TITLE_LINKS) and (not words or words[-1] not in TITLE_LINKS)

    def _a_title(self, words: str) -> bool:
        """Is `words` a title and nothing else ('Mistral's Chief Financial Officer')?"""
        return bool(words) and self.title_words_only(words) and any(w.lower() in self.roles for w in words.split())

    def title_words_only(self, words: str, links=frozenset({"and"})) -> bool:
        """Nothing but a title before a name: 'OpenAI CEO', 'chief scientist', 'founder and CEO'; `links`: the
        lower-case words a title may hold besides its roles. Brackets are the title's own: 'Chief Technology Officer
        (CTO)', 'Head of Partnerships (AI Products)' spell out or narrow it."""
        words = words.translate(NO_BRACKETS)
        return all(w[:1].isupper() or w.lower() in self.roles or w in links for w in words.split())

    def _earlier_title(self, spans: DocSpans, name: str, before: int) -> tuple[str | None, str | None]:
        """The title given at an earlier mention of `name` ('Zhipu AI CEO Zhang Peng said at the event')."""
        for mention in reversed(list(re.compile(re.escape(name)).finditer(spans.text, 0, before))):
            title, affiliation = self._title(spans, mention.start(), mention.end())
            if title or affiliation:
                return title, affiliation
        return None, None

    def _title(self, spans: DocSpans, start: int, end: int) -> tuple[str | None, str | None]:
        """Title and affiliation around a name: `CSIS analyst Kate Koren`, `Priya Ramdas, a ... analyst at X`."""
        text = spans.text
        line_start = text.rfind("\n", 0, start) + 1
        before = [e for e in spans.entities_within_chars(line_start, start) if e.type == "org"]
        prefix_start = before[-1].end_char if before else max(line_start, text.rfind(",", line_start, start) + 1)
        prefix = HONORIFIC_END.sub("", POSSESSIVE_START.sub("", text[prefix_start:start]).strip(" ,\"“”‘’'"))
        prefix, owner = _owner(prefix)
        if prefix and (len(prefix.split()) <= 5 or self._titled(prefix)) and self.names_a_role(prefix):
            prefix = self._after_a_cue(prefix)
            if self.names_a_role(prefix):
                return prefix, (before[-1].name if before else owner)
        role_before = ROLE_BEFORE.search(text, line_start, start)
        if role_before and self.names_a_role(role_before["title"]):
            return role_before["title"], self._affiliation(spans, role_before.start("org"), role_before.end("org"))
        after = text[end : end + 160] + ("\n" if end + 160 >= len(text) else "")  # a title may end the text
        of = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)", after)
        if of:
            return None, self._affiliation(spans, end + of.start(1), end + of.end(1))
        appositive = APPOSITIVE.match(after)
        if appositive is None:
            return None, None
        title_start, title_end = end + appositive.start("title"), end + appositive.end("title")
        owned = OWNED_APPOSITIVE.fullmatch(text, title_start, end + appositive.end())
        if owned and appositive["article"] and self.names_a_role(owned["title"]):
            # "Ely Ratner, the DOD's assistant secretary for Indo-Pacific Security Affairs": the owner is whom the
            # title serves, however many words its name or the title after it has
            return owned["title"], self._affiliation(spans, owned.start("owner"), owned.end("owner"))
        orgs = [e for e in spans.entities_within_chars(title_start, title_end) if e.type == "org"]
        title = text[title_start:title_end]
        if orgs:  # "a Moonshot AI spokesperson", "DeepSeek's founder"
            title = POSSESSIVE_START.sub("", text[orgs[-1].end_char : title_end]).strip() or title
        title, owner = _owner(title)  # "Lumen's chief executive": an organisation the alias table lacks
        if not title or (not appositive["article"] and title.split()[0].lower() not in self.roles):
            return None, None  # "Chen Wei, adding that ...": no title
        if appositive["org"]:
            return title, self._affiliation(spans, end + appositive.start("org"), end + appositive.end("org"))
        return title, (orgs[-1].name if orgs else owner)

    def _after_a_cue(self, prefix: str) -> str:
        """The words before a name after the last cue among them, as written in lower case: in a headline's 'Senator
        warns President Jo Park', the title is 'President', the senator the one who warns; 'United States Trade
        Representative' keeps its capitalised 'States'."""
        words = prefix.split()
        cues = [i for i, word in enumerate(words) if word.islower() and word in self.cue_words]
        return " ".join(words[cues[-1] + 1 :]) if cues else prefix

    def names_a_role(self, words: str) -> bool:
        return any(w.lower().strip(",") in self.roles for w in words.split())

    def _affiliation(self, spans: DocSpans, start: int, end: int) -> str:
        orgs = [e for e in spans.entities_within_chars(start, end) if e.type == "org"]
        return orgs[0].name if orgs else spans.text[start:end].strip()


def _owner(title: str) -> tuple[str, str | None]:
    """`Meridian's chief scientist` -> ('chief scientist', 'Meridian'); a title without an owner as it is."""
    owned = OWNED_TITLE.match(title)
    return (owned["title"], owned["owner"]) if owned else (title, None)
