"""Regular expressions from rule files: refused at load when they can backtrack catastrophically.

A repeat can split one run of characters among its iterations in exponentially many ways when
what ends one iteration may also begin the next: `(?:A+)+`, `(\\w+\\s?)*`, `(?:[A-Z]\\w*)+` (the
`\\w*` eats capitals). Python's `re` tries every split before it fails, so `(?:A+)+B` against one
word of 36 A's never returns. Where nothing that can end an iteration can begin one
(`\\d+(?:\\.\\d+)*`: digits end it, a dot begins it), a run splits one way only, and passes.
Possessive repeats (`A++`) and atomic groups never give back what they took, and pass too.

The check reads the tree the standard library's own parser builds (the one `re` compiles) and
compares characters on a sample alphabet: ASCII and the punctuation news text uses.
"""

from __future__ import annotations

import re
import string
from re import _parser as parser  # the standard library's parser: no third-party grammar to drift from it

BACKTRACKING_REPEATS = {parser.MAX_REPEAT, parser.MIN_REPEAT}
ZERO_WIDTH = {parser.AT, parser.ASSERT, parser.ASSERT_NOT}
SAMPLE = frozenset(string.printable + "\u00a0’‘“”–—‐‑…éÉßπ漢")
CATEGORIES = {
    parser.CATEGORY_DIGIT: r"\d",
    parser.CATEGORY_NOT_DIGIT: r"\D",
    parser.CATEGORY_SPACE: r"\s",
    parser.CATEGORY_NOT_SPACE: r"\S",
    parser.CATEGORY_WORD: r"\w",
    parser.CATEGORY_NOT_WORD: r"\W",
}


def catastrophic(pattern: str) -> bool:
    """Does `pattern` (a valid regex) repeat without bound a body whose end may also be its beginning?"""
    return _has_ambiguous_repeat(parser.parse(pattern))


def check_regex(pattern: str, what: str) -> str:
    """`pattern` if it compiles and cannot backtrack catastrophically; else a ValueError naming `what`."""
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{what} {pattern!r}: {exc}") from None
    if catastrophic(pattern):
        raise ValueError(
            f"{what} {pattern!r}: a repeated part can end the way it begins (as in (?:A+)+ or (?:[A-Z]\\w*)+), "
            "so a long word makes it backtrack catastrophically: make the inner repeat possessive (A++) "
            "or its characters differ from the part's first"
        )
    return pattern


def _has_ambiguous_repeat(items) -> bool:
    for op, av in items:
        if op in BACKTRACKING_REPEATS:
            _, high, body = av
            if high == parser.MAXREPEAT and _tail(body) & _first(body):
                return True
        if any(_has_ambiguous_repeat(child) for child in _children(op, av)):
            return True
    return False


def _tail(items) -> frozenset[str]:
    """The characters an iteration's end can stretch over: those of its unbounded repeats after the last
    part that must take characters of its own."""
    found: set[str] = set()
    for op, av in reversed(list(items)):
        if op in ZERO_WIDTH:
            continue
        if op in BACKTRACKING_REPEATS:
            low, high, body = av
            if high == parser.MAXREPEAT:
                found |= _chars(body)
                if low > 0:
                    break
                continue
            if low == 0:
                continue  # a bounded optional part: `\\s?`
            found |= _tail(body)
            break
        if op == parser.SUBPATTERN:
            found |= _tail(av[-1])
            if not _may_be_empty(av[-1]):
                break
            continue
        if op == parser.BRANCH:
            found |= set().union(*(_tail(alternative) for alternative in av[1]))
            if not any(_may_be_empty(alternative) for alternative in av[1]):
                break
            continue
        break  # a character, a class, a possessive repeat, an atomic group: takes its own
    return frozenset(found)


def _first(items) -> frozenset[str]:
    """The characters a match of the sequence can begin with."""
    found: set[str] = set()
    for op, av in items:
        if op in ZERO_WIDTH:
            continue
        found |= _chars([(op, av)], first_only=True)
        if not _may_be_empty([(op, av)]):
            break
    return frozenset(found)


def _chars(items, first_only: bool = False) -> frozenset[str]:
    """The sample characters the sequence can take (or, `first_only`, begin with)."""
    if first_only:
        op, av = items[0]
        if op in BACKTRACKING_REPEATS or op == parser.POSSESSIVE_REPEAT:
            return _first(av[2])
        if op == parser.SUBPATTERN:
            return _first(av[-1])
        if op == parser.ATOMIC_GROUP:
            return _first(av)
        if op == parser.BRANCH:
            return frozenset().union(*(_first(alternative) for alternative in av[1]))
    found: set[str] = set()
    for op, av in items:
        if op in ZERO_WIDTH:
            continue
        children = _children(op, av)
        found |= set().union(*(_chars(child) for child in children)) if children else _leaf(op, av)
    return frozenset(found)


def _leaf(op, av) -> frozenset[str]:
    if op == parser.LITERAL:
        return frozenset({chr(av)})
    if op == parser.NOT_LITERAL:
        return SAMPLE - {chr(av)}
    if op == parser.ANY:
        return SAMPLE - {"\n"}
    if op == parser.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind == parser.LITERAL:
                chars.add(chr(value))
            elif kind == parser.RANGE:
                chars |= {c for c in SAMPLE if value[0] <= ord(c) <= value[1]}
            elif kind == parser.CATEGORY:
                chars |= {c for c in SAMPLE if re.fullmatch(CATEGORIES.get(value, "(?!)"), c)}
        return SAMPLE - chars if av and av[0][0] == parser.NEGATE else frozenset(chars)
    return SAMPLE  # a back-reference, or what this check does not read: assume the worst


def _may_be_empty(items) -> bool:
    for op, av in items:
        if op in ZERO_WIDTH:
            continue
        if op in BACKTRACKING_REPEATS or op == parser.POSSESSIVE_REPEAT:
            if av[0] > 0 and not _may_be_empty(av[2]):
                return False
        elif op == parser.SUBPATTERN:
            if not _may_be_empty(av[-1]):
                return False
        elif op == parser.ATOMIC_GROUP:
            if not _may_be_empty(av):
                return False
        elif op == parser.BRANCH:
            if not any(_may_be_empty(alternative) for alternative in av[1]):
                return False
        else:
            return False
    return True


def _children(op, av) -> list:
    """The sub-sequences of one parsed item, where repeats may hide."""
    if op in BACKTRACKING_REPEATS or op == parser.POSSESSIVE_REPEAT:
        return [av[2]]
    if op == parser.SUBPATTERN:
        return [av[-1]]
    if op == parser.BRANCH:
        return list(av[1])
    if op == parser.ATOMIC_GROUP:
        return [av]
    if op in (parser.ASSERT, parser.ASSERT_NOT):
        return [av[1]]
    if op == parser.GROUPREF_EXISTS:
        return [branch for branch in av[1:] if branch is not None]
    return []
