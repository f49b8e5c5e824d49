"""The literal text every match of a regular expression begins with, and the words it must hold, from its parse.

A rule's regex led by a word list (`{family}...`) can match only where the text
begins with one of the list's words. Knowing those beginnings lets a caller skip
the regex at places where none stands, with one cheap look. The prefixes found
are a necessary condition, never a sufficient one: what this reading cannot
follow (a class of many characters, `\\d`, a look-around) ends a prefix early,
which only makes it match more places. A regex that can begin with anything
(`[A-Z][a-z]+`) has the empty prefix.
"""

from __future__ import annotations

import re
from re import _compiler as compiler  # and its compiler, which `re.compile` runs on the parsed tree
from re import _parser as parser  # the standard library's parser, as `regexes` reads it

REPEATS = {parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT}
ZERO_WIDTH = {parser.AT, parser.ASSERT, parser.ASSERT_NOT}
SPELLED_CLASS = 8  # a class of at most this many characters is spelled out, each a prefix of its own
MAX_PREFIXES = 5000  # past this many, the regex is taken to begin with anything


def literal_prefixes(items, length: int, ignore_case: bool = False) -> set[tuple[str, bool]] | None:
    """The texts of at most `length` characters that every match of the parsed sequence `items` begins with, each
    with whether it is to be compared ignoring case; None where there are too many to be worth a look."""
    prefixes = _read(items, {("", ignore_case, False)}, ignore_case, length)
    return None if prefixes is None else {(text, case) for text, case, _ in prefixes}


def _read(items, prefixes: set[tuple[str, bool, bool]] | None, ignore_case: bool, length: int):
    """`prefixes` extended by the parsed sequence `items`: each as (text, ignores case, complete)."""
    for op, av in items:
        if prefixes is None or all(done for _, _, done in prefixes):
            return prefixes
        complete = {p for p in prefixes if p[2]}
        growing = prefixes - complete
        extended = _read_item(op, av, growing, ignore_case, length)
        if extended is None or len(extended) > MAX_PREFIXES:
            return None
        prefixes = complete | extended
    return prefixes


def _read_item(op, av, growing: set, ignore_case: bool, length: int):
    if op in ZERO_WIDTH:
        return growing  # consumes nothing: a look-around only narrows what the prefixes admit
    if op == parser.LITERAL:
        return {_added(p, chr(av), ignore_case, length) for p in growing}
    if op == parser.IN and (chars := _spelled_out(av)) is not None:
        return {_added(p, char, ignore_case, length) for p in growing for char in chars}
    if op == parser.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return _read(body, growing, (ignore_case or bool(add_flags & re.I)) and not del_flags & re.I, length)
    if op == parser.ATOMIC_GROUP:
        return _read(av, growing, ignore_case, length)
    if op == parser.BRANCH:
        branches = [_read(alternative, growing, ignore_case, length) for alternative in av[1]]
        return None if None in branches else set().union(*branches)
    if op in REPEATS:
        return _repeated(av, growing, ignore_case, length)
    return _ended(growing)  # a wide class, a category, any character, a back-reference: the prefix ends here


def _repeated(av, growing: set, ignore_case: bool, length: int):
    """Prefixes after a repeat: every count from its least to its most, until each prefix is complete; a prefix
    still growing after `length` turns ends there, as one after a count not read (past the most read) would."""
    low, high, body = av
    found = set(growing) if low == 0 else set()
    current, count = growing, 0
    while count < min(high, length + 1):
        current, count = _read(body, current, ignore_case, length), count + 1
        if current is None:
            return None
        if count >= low or all(done for _, _, done in current):
            found |= current  # a complete prefix stays what it is after any further count
        if all(done for _, _, done in current):
            return found
    return found | _ended(current) if high > count else found


def _added(prefix: tuple[str, bool, bool], char: str, ignore_case: bool, length: int) -> tuple[str, bool, bool]:
    text = prefix[0] + char
    return text, prefix[1] or ignore_case, len(text) >= length


def _ended(prefixes: set) -> set:
    return {(text, case, True) for text, case, _ in prefixes}


def _spelled_out(av) -> list[str] | None:
    """The characters of a small class of literals and ranges; None for a wide or negated one."""
    chars: list[str] = []
    for kind, value in av:
        if kind == parser.LITERAL:
            chars.append(chr(value))
        elif kind == parser.RANGE and value[1] - value[0] < SPELLED_CLASS:
            chars.extend(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
    return chars if len(chars) <= SPELLED_CLASS else None


class Alternation:
    """The alternation a regular expression holds at its top level (none: no alternatives), read from its parsed
    tree: what each alternative's matches begin with, and the regex with only some of them."""

    def __init__(self, pattern: str):
        self.tree = parser.parse(pattern)
        self.at = next((i for i, (op, _) in enumerate(self.tree) if op == parser.BRANCH), None)
        self.alternatives = [] if self.at is None else self.tree[self.at][1][1]

    def prefixes(self, length: int) -> list[set[tuple[str, bool]] | None]:
        """`literal_prefixes` of each alternative, in order."""
        ignore_case = bool(self.tree.state.flags & re.I)
        return [literal_prefixes(alternative, length, ignore_case) for alternative in self.alternatives]

    def compiled(self) -> re.Pattern:
        """The regex, compiled from the tree as `re.compile` compiles the one it parses."""
        return compiler.compile(self.tree)

    def only(self, kept: list[bool]) -> re.Pattern:
        """The regex with only the alternatives `kept` says, in their order, every group numbered and named as
        before. Compiled from the tree, as `re.compile` compiles the tree it parses: the pattern written without
        the others, without parsing and checking it all again."""
        alternatives = [a for a, keep in zip(self.alternatives, kept, strict=True) if keep]
        if not alternatives:
            return re.compile("(?!)")
        items = list(self.tree)
        items[self.at] = (parser.BRANCH, (None, alternatives))
        return compiler.compile(parser.SubPattern(self.tree.state, items))


def needed_literals(pattern: str) -> set[str] | None:
    """Strings one of which every match of `pattern` holds (`shot`, `pass`): a caller skips the regex where none
    stands near. None where the pattern needs no literal text."""
    return _needed(parser.parse(pattern))


def _needed(items) -> set[str] | None:
    """The longest run of literal characters the parsed `items` always hold, or a group all of whose
    alternatives need one."""
    best, run = None, ""
    for op, value in [*items, (None, None)]:
        if op is parser.LITERAL:
            run += chr(value)
            continue
        candidates = [{run}] if run else []
        run = ""
        if op is parser.SUBPATTERN:
            candidates.append(_needed(value[-1]))
        elif op is parser.BRANCH and all(options := [_needed(branch) for branch in value[1]]):
            candidates.append(set().union(*options))
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT) and value[0] >= 1:
            candidates.append(_needed(value[2]))
        for found in candidates:
            if found and (best is None or min(map(len, found)) > min(map(len, best))):
                best = found
    return best
