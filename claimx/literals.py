"""Regular expressions that match any of a list of literal words.

Rule files hold long word lists (model families, tiers, month names, cue
words) that become alternations inside the rules' regexes. Python's `re` tries
an alternation's branches one by one, so a list of 500 families cost 500
comparisons at every capital letter of an article. Written as a trie
(`GLM(?:-4(?:\\.5)?)?`), a failing position costs one comparison per letter it
shares with some word: the name patterns ran 1.7 times as fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # the trie key marking that a word ends at a node
# the letters but ASCII ones that `re` matches in any case to an ASCII letter: 'ſ' to "s", the Kelvin sign to "k"
FOLDED_TO_ASCII = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}  # İ ı, the Kelvin sign, ſ


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words` literally, preferring the longest that matches, so 'GLM' never shadows
    'GLM-4'; "" for no words.

    Written as a trie. Two words match at one place only if one is a prefix of
    the other, and the trie tries the longer first along that path: it matches
    what the plain alternation (longest first) matches, in the same order of
    preference. Inside `(?i:...)` two words can also match at one place when one
    is a prefix of the other in another case; where a list has such a pair, it
    is written plainly instead.
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if _END in unique or not _prefixes_keep_case(unique):
        return "|".join(re.escape(w) for w in unique)
    trie: dict = {}
    for word in unique:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _pattern(trie)[0]


def starts_like(words: Iterable[str]) -> str:
    """A lookahead for the first letters of `words`, in any case `(?i:...)` matches them in: before an
    alternation it lets the regex engine skip every position where none of them can start (twice as fast on news
    text)."""
    firsts = sorted({c for w in words if w for c in (w[0].lower(), w[0].upper(), *_folded(w[0]))})
    return f"(?=[{re.escape(''.join(firsts))}])" if firsts else "(?!)"


def _folded(letter: str) -> str:
    """The letters beyond ASCII that `re` matches to `letter` when case is ignored."""
    return FOLDED_TO_ASCII.get(letter.lower(), "")


def _pattern(node: dict) -> tuple[str, int]:
    """The regex for a trie node's words (less the letters before the node), and the longest one's length.
    Branches are tried longest word first: they match different next letters, so the order matters only
    inside `(?i:...)`, where it keeps longest first too."""
    branches = []
    for char, child in node.items():
        if char != _END:
            body, longest = _pattern(child)
            branches.append((-longest - 1, char, re.escape(char) + body))
    if not branches:
        return "", 0
    branches.sort()
    body = "|".join(branch for _, _, branch in branches)
    if _END in node:
        return f"(?:{body})?", -branches[0][0]
    return (f"(?:{body})" if len(branches) > 1 else body), -branches[0][0]


def _prefixes_keep_case(words: list[str]) -> bool:
    """Is every word that begins another word in another case (`ab`, `ABc`) also its prefix in the same case?"""
    folded = sorted((w.lower(), w) for w in words)
    for i, (lower, word) in enumerate(folded):
        for longer_lower, longer in folded[i + 1 :]:
            if not longer_lower.startswith(lower):
                break
            if len(longer_lower) > len(lower) and not longer.startswith(word):
                return False
    return True
