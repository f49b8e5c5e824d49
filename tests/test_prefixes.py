import random
import re

import pytest

from claimx.prefixes import Alternation


def alternation(*alternatives: str) -> str:
    """Alternatives as `RuleSet.name_regex` writes them: a named group each."""
    return "|".join(f"(?P<p{i}>{alternative})" for i, alternative in enumerate(alternatives))


CASES = [
    # a word list: its words' first letters, as written
    ("GPT|gpt", [{("GPT", False), ("gpt", False)}]),
    ("(?:GLM|Qwen)-\\d", [{("GLM", False), ("Qwe", False)}]),
    # ignoring case is kept with the prefix, for the caller's regex to compare as `re` would
    ("(?i:qwen)\\d", [{("qwe", True)}]),
    # an optional part and a bounded repeat: every way it can begin
    ("(?:Huawei )?Ascend", [{("Hua", False), ("Asc", False)}]),
    ("(?:DGX |HGX ){0,2}NVL", [{("DGX", False), ("HGX", False), ("NVL", False)}]),
    ("a{2,5}b", [{("aaa", False), ("aab", False)}]),
    # a small class is spelled out; a digit ends the prefix early
    ("[BT]\\d", [{("B", False), ("T", False)}]),
    ("GB\\d{3}", [{("GB", False)}]),
    # look-arounds consume nothing
    ("(?<=On )Foo(?=,)", [{("Foo", False)}]),
    # what may begin with anything has the empty prefix
    ("[A-Z][a-z]+", [{("", False)}]),
    ("x?", [{("x", False), ("", False)}]),
]


@pytest.mark.parametrize("pattern, expected", CASES)
def test_prefixes_of_each_alternative(pattern, expected):
    assert Alternation(alternation(pattern, "(?!)")).prefixes(3) == [*expected, {("", False)}]


def test_no_alternation_at_the_top_gives_no_prefixes():
    assert Alternation("(?:ab)+c").prefixes(3) == []


def test_every_match_begins_with_a_prefix():
    alternatives = ["(?:GPT|Qwen)-\\d+", "(?i:ernie) ?\\d", "(?:Huawei )?Ascend \\d{3}", "Gemma(?: [23])?"]
    prefixes = Alternation(alternation(*alternatives)).prefixes(3)
    rng = random.Random(0)
    pieces = ["GPT", "gpt", "Qwen", "ERNIE", "eRnIe", "Huawei ", "Ascend ", "Gemma", " ", "-", "2", "910", "x"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        for alternative, found in zip(alternatives, prefixes, strict=True):
            match = re.match(alternative, text)
            if match is not None:
                assert any(
                    re.match(re.escape(prefix), text, re.IGNORECASE if ignore_case else 0)
                    for prefix, ignore_case in found
                )


def test_only_the_alternatives_kept_are_tried_and_groups_keep_their_names():
    regex = Alternation(f"(?:{alternation('Foo', 'Bar', 'Baz')})(?!\\w)").only([True, False, True])
    assert regex.match("Baz").lastgroup == "p2"
    assert regex.match("Bar") is None
    assert regex.match("Foos") is None
    assert Alternation(alternation("Foo", "Bar")).only([False, False]).match("Foo") is None


def test_the_regex_compiled_from_the_tree_is_the_one_re_compiles():
    pattern = f"(?:{alternation('Foo', '(?i:bar)')})(?!\\w)"
    regex = Alternation(pattern).compiled()
    for text in ("Foo", "BAR", "Foos", "baz"):
        found, expected = regex.match(text), re.match(pattern, text)
        assert (found and (found.group(), found.lastgroup)) == (expected and (expected.group(), expected.lastgroup))
