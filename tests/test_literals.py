"""A word list as a regex: a trie that matches what the plain alternation (longest word first) matches."""

import re

import pytest

from claimx.literals import alternation, starts_like

# words, the regex's flags, what follows them in the regex, texts, what it matches at the start of each
CASES = [
    (["GLM", "GLM-4", "GLM-4.5"], "", "", ["GLM-4.5 is", "GLM-4 is", "GLM-3"], ["GLM-4.5", "GLM-4", "GLM"]),
    (["GLM", "GLM-4", "GLM-4.5"], "", r"\b", ["GLM-4.59"], ["GLM-4"]),  # a shorter word where the longer fails
    (["Qwen", "QwQ", "Qwen3"], "", "", ["QwQ", "Qwen3", "Qwen2"], ["QwQ", "Qwen3", "Qwen"]),
    (["a.b", "a"], "", "", ["a.b", "axb"], ["a.b", "a"]),  # a word's characters are literal
    (["Pro", "Plus", "Pro Max"], "", "", ["Pro Max", "Plus", "Pro Mix"], ["Pro Max", "Plus", "Pro"]),
    (["llama", "Llama-2"], "(?i)", "", ["LLAMA-2", "llama-3"], ["LLAMA-2", "llama"]),  # in another case too
    (["ab", "ABc"], "(?i)", "", ["abc", "ABx"], ["abc", "AB"]),
    ([], "", "", ["anything"], [None]),
]


@pytest.mark.parametrize("words, flags, after, texts, found", CASES)
def test_a_word_list_matches_its_longest_word_that_fits(words, flags, after, texts, found):
    regex = re.compile(flags + f"(?:{alternation(words) or '(?!)'})" + after)
    assert [m.group() if (m := regex.match(text)) else None for text in texts] == found


@pytest.mark.parametrize(
    "words, regex",
    [
        (["GLM", "GLM-4", "GLM-4.5"], r"GLM(?:\-4(?:\.5)?)?"),
        (["Pro", "Plus", "Pro Max"], r"P(?:ro(?:\ Max)?|lus)"),
        (["Pro Max", "Plus", "Ultra"], r"(?:P(?:ro\ Max|lus)|Ultra)"),  # the longest word's branch first
    ],
)
def test_a_word_list_is_written_as_a_trie(words, regex):
    assert alternation(words) == regex


def test_a_word_list_in_two_cases_is_written_plainly():
    assert alternation(["ab", "ABc"]) == "ABc|ab"


# words, a text: where `(?i:...)` matches a word, the lookahead before it lets it, in any case `re` matches in
STARTS = [
    (["since", "today"], "Since"),
    (["since", "today"], "\u017fince"),  # the long s, which `re` matches to "s" ignoring case
    (["in"], "\u0130n"),  # the dotted capital I
    (["km"], "\u212am"),  # the Kelvin sign
    (["1", "two"], "1"),
]


@pytest.mark.parametrize("words, text", STARTS)
def test_a_lookahead_for_first_letters_admits_every_case_a_word_matches_in(words, text):
    assert re.match(rf"(?i:{alternation(words)})", text)
    assert re.match(rf"{starts_like(words)}(?i:{alternation(words)})", text)


def test_a_lookahead_for_first_letters_skips_the_others():
    assert re.match(rf"{starts_like(['since'])}(?i:\w+)", "today") is None
