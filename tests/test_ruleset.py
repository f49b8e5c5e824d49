"""Rule files: validated at start-up, every error with its file and line; a user's file adds to the shipped ones."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from claimx.pipeline import Extractor
from claimx.regexes import catastrophic
from claimx.ruleset import any_of, load_rules, merge_rule_texts, shipped_rule_texts
from claimx.yamlfile import ConfigError


def problems_of(text: str, name: str = "user.yaml") -> list[str]:
    with pytest.raises(ConfigError) as caught:
        merge_rule_texts([*shipped_rule_texts(), (name, text)])
    return [str(p) for p in caught.value.problems]


BAD_RULE_FILES = [
    # text, the problem's location, words of its message
    ("entities:\n  - {name: Foo, type: modle}\n", "user.yaml:2:", "type"),
    ("entities:\n  - name: Foo\n    type: model\n    alias: [F]\n", "user.yaml:4:", "Extra inputs"),
    ("cues:\n  - {id: x, label: X, pattern: [{LOWR: a}]}\n", "user.yaml:2:", "LOWR"),
    (
        "number_claims:\n  - {id: r, kind: measure, units: [count], after: {labels: [PARAMS]}}\n",
        "user.yaml:2:",
        "attribute",
    ),
    ("tables:\n  columns:\n    - {id: c, words: [x], kind: measure, attribute: colour}\n", "user.yaml:3:", "attribute"),
    ("numbers:\n  scales: {k: thousand}\n", "user.yaml:2:15:", "valid number"),
    ("entities: [\n", "user.yaml:", "invalid YAML"),
    ("scores:\n  lead_words: [on]\n", "user.yaml:2:", "string"),  # YAML 1.1 reads a bare `on` as true
    (
        "number_claims:\n  - {id: r, kind: measure, attribute: other, units: [count], after: {labels: [NOPE]}}\n",
        "user.yaml",
        "unknown labels ['NOPE']",
    ),
    ("name_patterns:\n  - {id: n, label: model, regex: 'Foo(('}\n", "user.yaml:2:", "missing"),
    # a regex that backtracks catastrophically, wherever a rule file may hold one
    ("name_patterns:\n  - {id: n, label: model, regex: '(?:A+)+B'}\n", "user.yaml:2:", "backtrack catastrophically"),
    ("names:\n  version: '(?:\\d+)+'\n", "user.yaml:2:", "backtrack catastrophically"),
    ("cues:\n  - {id: x, label: X, pattern: [{LOWER: {REGEX: '(\\w+\\s?)+$'}}]}\n", "user.yaml:2:", "backtrack"),
    ("scores:\n  setups: ['(?:[A-Z]\\w*)+-shot']\n", "user.yaml:2:", "backtrack catastrophically"),
    ("tokenizer:\n  infixes: ['(a*)*']\n", "user.yaml:2:", "infix"),
    ("tokenizer:\n  max_word_length: 100000\n", "user.yaml:2:", "less than or equal to 1000"),  # the sieve's bound stays
]


# Each row: a regex, and whether a repeat in it can split one run of characters many ways
REPEATS = [
    # what ends an iteration may begin the next
    (r"(?:A+)+B", True),
    (r"(a*)*", True),
    (r"(\w+\s?)+$", True),
    (r"(?:[A-Z]\w*)+", True),  # \w eats capitals
    (r"(?:\s?[A-Z]\w*)+", True),
    (r"(?:[A-Z]+|\d+)+", True),
    (r"((ab)*)+", True),
    (r"x(?=(?:a+)+)", True),  # inside a lookahead too
    # one split only: a fixed part no repeat can eat, or no giving back
    (r"\d+(?:\.\d+)*", False),
    (r"(?:ab)+", False),
    (r"a+b+", False),
    (r"(?:a+b+)+", False),
    (r"(?:[A-Z][a-z]+ ?)+", False),
    (r"[^,]+(?:, [^,]+)*", False),
    (r"(?:A++)+B", False),
    (r"(?>A+)+B", False),
    (r"(?:GLM|Qwen)-\d+", False),
]


@pytest.mark.parametrize("regex, backtracks", REPEATS)
def test_a_repeat_that_can_split_a_run_many_ways_is_found(regex, backtracks):
    assert catastrophic(regex) is backtracks


ALTERNATIVES = [
    # patterns joined, a text, what the joined pattern finds in it: the shared `\\b` changes no match
    ([r"\bfoo", r"\bba[rz]"], "foo xfoo baz", ["foo", "baz"]),
    ([r"\bfoo|bar", r"\bqux"], "xbar qux", ["bar", "qux"]),  # a top-level `|`: `bar` anywhere, as written
    ([r"\b(?:a|b)c", r"(?<=\()x", r"\bd"], "(x bc ad d", ["x", "bc", "d"]),
    ([r"\bx[|]y", r"\bz"], "x|y z", ["x|y", "z"]),  # a `|` in brackets is no alternation
    ([r"\bab", r"\babc"], "abc", ["ab"]),  # the first pattern that matches still wins
    ([], "anything", []),
]


@pytest.mark.parametrize("patterns, text, found", ALTERNATIVES)
def test_patterns_sharing_a_word_boundary_match_as_each_alone(patterns, text, found):
    assert [m.group() for m in re.finditer(any_of(patterns), text)] == found
    assert [m.group() for m in re.finditer("|".join(f"(?:{p})" for p in patterns) or "(?!)", text)] == found


def test_every_shipped_regex_and_token_pattern_passes_the_checks():
    merge_rule_texts(shipped_rule_texts())  # raises on any shipped pattern spaCy or the regex check refuses


def test_a_users_token_pattern_is_checked_as_it_is_loaded():
    with pytest.raises(ConfigError, match="user.yaml:2:.*LOWR"):
        load_rules(extra_texts=[("user.yaml", "cues:\n  - {id: x, label: X, pattern: [{LOWR: a}]}\n")])


def test_loading_the_shipped_rules_imports_no_spacy():
    """The tests check the shipped token patterns; a run that extracts nothing (a warm check) never imports spaCy."""
    code = "import sys; from claimx.ruleset import load_rules; load_rules(); print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_name_pattern_is_tried_on_at_most_a_window_of_text():
    rules = merge_rule_texts([*shipped_rule_texts(), ("user.yaml", "name_patterns:\n  - {id: n, label: model, regex: 'Foo(?: x)* Bar'}\n")])
    from claimx.corpus import Article

    def subjects(text):
        (result,) = Extractor(rules).extract([Article("a.txt", text)])
        return {c.subject for c in result.claims}

    assert subjects("Foo x x Bar has 3 trillion parameters.") == {"Foo x x Bar"}
    assert subjects("Foo" + " x" * 100 + " Bar has 3 trillion parameters.") == set()  # 200 characters: no name


def test_every_shipped_cue_and_alias_is_found_as_phrases():
    """A pattern with a wildcard, or a word-only one admitting too many phrases, goes to spaCy's token matcher,
    which then runs on every document: one such cue made the whole pipeline half as slow again."""
    rulers = [component for _, component in Extractor(load_rules()).nlp.pipeline if hasattr(component, "matcher")]
    assert rulers and all(len(ruler.matcher) == 0 for ruler in rulers)


@pytest.mark.parametrize("text, where, message", BAD_RULE_FILES)
def test_bad_rule_file_is_reported_with_file_and_line(text, where, message):
    problems = problems_of(text)
    assert any(where in p and message in p for p in problems), problems


def test_every_problem_of_a_file_is_reported_at_once():
    text = "entities:\n  - {name: A, type: nope}\n  - {name: B, type: nope}\n"
    assert [p.split(":")[1] for p in problems_of(text)] == ["2", "3"]


def test_a_user_rule_file_adds_an_alias_without_code(tmp_path):
    text = "GigaMind shipped Zeta with 3 trillion parameters."
    rules_file = tmp_path / "rules.yaml"
    rules_file.write_text("entities:\n  - {name: Zeta, type: model, maker: GigaMind, aliases: [Zeta]}\n")
    from claimx.corpus import Article

    def claims(rules):
        (result,) = Extractor(rules).extract([Article("a.txt", text)])
        return [(c.subject, c.value) for c in result.claims]

    assert claims(load_rules()) == []
    assert claims(load_rules([rules_file])) == [("Zeta", 3e12)]


def test_version_changes_with_any_rule_file(tmp_path):
    rules_file = tmp_path / "rules.yaml"
    rules_file.write_text("entities: []\n")
    assert load_rules().version != load_rules([rules_file]).version
    assert load_rules().version == load_rules().version


def test_missing_rule_file_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read rule file"):
        load_rules([tmp_path / "absent.yaml"])
