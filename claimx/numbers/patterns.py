"""The grammar compiled from the `numbers` vocabulary: the regular expressions of figures written with digits, of
where they may begin (so `re` skips to those characters), and of figures written in words. One expression each,
compiled once, as figures are a character-level grammar no tokenizer splits the same way."""

from __future__ import annotations

import re

from ..literals import alternation
from ..scanning import lead_digits

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
NOT_AFTER = r"[\w.,/\[^$+±−-]"  # a figure never begins right after these: it would be part of a longer number
# ... but a size may begin after another size and a slash: the 17B of "400B/17B active" (a total and its active part)
A_SIZE_AND_SLASH = r"\d[KMBTkmbt]/"
AFTER_A_SIZE = rf"(?<={A_SIZE_AND_SLASH})"
# ... and a share may begin right after a word where a page's markup had a break that its text lost: a list's or a
# table's score glued to its test ("- MMLU88.7%", "FACTS Grounding83.6%"), the share ending the word run. Two
# letters before it, so a name's version never runs into it ("Kimi K285%": K2 at 85%, or K at 285%?); the
# tokenizer cuts it off the word the same way (rules/tokenizer.yaml, suffixes)
GLUED_SHARE = r"\d{1,3}(?:\.\d{1,2})?%(?![\w%])"
A_WORD_END = r"[A-Za-z]{2}"
SUPERSCRIPT_POWER = "[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])"  # the ²⁴ of 10²⁴


class GrammarPatterns:
    """Part of `NumberGrammar`: its regular expressions, from `self.words`."""

    def _digit_pattern(self) -> str:
        """`$200M+`, `1.2 trillion`, `20-30%`, `1/33rd`, `2.1 × 10^24`, `5e25`, `50 million US dollars`."""
        w = self.words
        symbols = alternation(w.currency_symbols)
        symbol_starts = re.escape("".join(sorted({s[0] for s in w.currency_symbols})))  # a class is fast to skip by
        letters = alternation(k for k in w.scales if len(k) <= 3)
        counted = alternation(w.counted_after_a_scale) or "(?!)"
        scale_words = alternation(k for k in w.scales if len(k) > 3)

        def number(g: str) -> str:
            # a capital scale letter may stand a space apart: "1.02 T parameters", "128 K tokens"; hyphened only to
            # what it counts ("a 24 B-parameter model", "128 K-token contexts"), never to another word ("3 D-printed")
            spaced = rf"(?-i:\s(?P<{g}spaced>[KMBT]))(?![\w'’]|\.\w|-(?!(?i:{counted})\b))"
            scale = rf"(?:(?P<{g}letter>{letters})(?![A-Za-z])|{spaced}|[\s-](?P<{g}word>{scale_words})\b)"
            return rf"(?:(?P<{g}cur>{symbols})\s?)?(?P<{g}num>{DIGITS})(?P<{g}plus>\+)?(?i:{scale})?(?P<{g}plus2>\+)?"

        def exponent(g: str) -> str:
            # "3.1 × 10^23", "1e25", and as a page's LaTeX writes it: "$3.1 \times 10^{23}$"
            sign = rf"(?:[×x*·]|(?P<{g}latex>\\times|\\cdot))"
            return (
                rf"\s?{sign}\s?10(?:\s?\^\s?(?P<{g}brace>\{{)?(?P<{g}power>[+-]?\d{{1,2}})(?({g}brace)\}})"
                rf"|(?P<{g}sup>{SUPERSCRIPT_POWER}))"  # "3.8×10²⁴", as a page prints it
                rf"|[eE](?P<{g}e>[+-]?\d{{1,2}})(?![\w])"
            )

        def joint(g: str) -> str:
            # "to" after a bare number or a scale word ("400 to 600 billion", "400 billion to 600 billion"), never
            # after a share ("rose 20% to $40 billion" is a change's size) or a letter, which ends names too
            # ("from 70.2% on Llama 3.1 405B to 81.0%")
            return rf"(?:\s?[-–—]\s?|(?:(?<=\d)|(?<=illion))(?P<{g}to>\s+to\s+)|(?P<{g}and>\s+and\s+))"

        # a multiplier's sign may stand apart ("up to 10 × faster"), never an x ("8 x H100" counts chips), nor one
        # a figure follows ("1 × 6T-parameter model": a count of models of that size)
        percent = rf"(?i:{alternation(w.percent)})"
        tail = (
            rf"\s?(?P<pct>{percent})(?![\w])|(?P<x>[x×]|\s×(?!\s*\d))(?![\w])|\s(?P<times>times)\b"
            rf"|[\s-](?P<fold>fold)\b|[\s-]?(?P<unit>(?i:{alternation(w.units)}))\b"
            rf"|{self._currency_word('curword')}\b"
        )
        return (
            # not part of a longer number, a fraction or a change ("+6.2", "−3"); but "$0.10/$0.40" is two prices
            rf"(?=[\d.{symbol_starts}])(?:(?<!{NOT_AFTER})|(?<=/)(?=[{symbol_starts}])|{AFTER_A_SIZE}(?=\d)"
            rf"|(?<={A_WORD_END})(?={GLUED_SHARE})){number('a')}"
            rf"(?:(?P<fraction>/(?P<denominator>[1-9]\d{{0,5}})(?:st|nd|rd|th)?)"
            rf"|(?P<exp>{exponent('')})(?:{joint('x')}{number('c')}(?P<cexp>{exponent('c')}))?"
            rf"|\^(?P<caret>[+-]?\d{{1,2}})|(?P<supcaret>{SUPERSCRIPT_POWER})"
            # a range: 20-30%, "$80 to $100 million" (with "to" only after a bare number, which takes the
            # second's scale: "from 20% to 40%" is a change, two figures), "between $40 million and $60 million",
            # "1e25-1e26" (each side its own exponent), and with a share's sign on each side ("20%-30%", "between
            # 88.4% and 89.4%"): the first sign only where the second follows, or "20%-30%" would end at "20"
            rf"|(?:\s?(?P<apct>{percent})(?![\w]))?{joint('')}{number('b')}(?(apct)(?=\s?{percent}(?![\w])))"
            rf")?"
            rf"(?:{tail})?"
            rf"(?![\w])(?!-\d|,\d|\.\d|\]|:\d|\s?[ap]\.?m\.?(?![\w]))"  # never part of a longer number (96.3rd)
        )

    def _digit_start_pattern(self) -> str:
        """Where a figure written with digits may begin: a number's first digit or point, or a currency symbol
        (its first character, the rest looked ahead to)."""
        symbols = [re.escape(s[0]) + (rf"(?={re.escape(s[1:])})" if s[1:] else "") for s in self.words.currency_symbols]
        # led by the digit, the size looked back to: a branch opening on a lookbehind would have `re` try the
        # pattern at every character instead of skipping to the characters that lead a branch
        after_a_size = lead_digits(rf"(?<={A_SIZE_AND_SLASH}.)")
        # a digit no word or number runs into, or one opening a share glued to a word
        alone_or_glued = lead_digits(rf"(?:(?<!{NOT_AFTER}.)|(?<={A_WORD_END}.)(?=[\d.]{{0,6}}%))")
        return "|".join([*alone_or_glued, *after_a_size, rf"\.(?<!{NOT_AFTER}.)(?=\d)", *symbols])

    def _currency_word(self, group: str) -> str:
        """A currency written out after a figure: `50 million US dollars`, `six million euros`."""
        return rf"\s(?:(?:US|U\.S\.)\s)?(?P<{group}>(?i:{alternation(self.words.currency_words)}))"

    def _word_pattern(self) -> str:
        numbers = alternation(k for k in self.words.words if k.isalpha())
        scale_words = alternation(k for k in self.words.scales if len(k) > 3)
        fractions = alternation(self.words.fractions)
        multipliers = alternation(self.words.multipliers)
        counted = alternation(self.words.counted_after_a_scale) or "(?!)"
        return (
            rf"\b(?:(?P<wnum>{numbers})(?:[\s-](?P<wscale>{scale_words})(?:{self._currency_word('wcur')})?|[\s-](?P<wfrac>{fractions})"
            rf"|\s(?P<wtimes>times)|-?(?P<wfold>fold)|\s(?P<wpct>percent)|\s(?P<wpoints>points?))"
            rf"|(?P<article>an?)\s(?P<afrac>{fractions})(?=\s(?:of|the)\b)"
            # "a billion dollars", "a trillion-parameter": one of a scale; not "half a billion", "a quarter of a
            # billion"
            rf"|(?<!half\s)(?<!of\s)an?\s(?P<ascale>{scale_words})"
            rf"(?:{self._currency_word('acur')}|(?=[\s-](?i:{counted})\b))"
            rf"|(?P<half>half)(?=\s(?:the|of)\b)|(?P<mult>{multipliers}))\b"
        )
