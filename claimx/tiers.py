"""Which pricing tier a price is for: `developers using Flex will pay $5`, `the Batch API halves it to $1.50`.

A tier's price is no contradiction of the standard rate, so the cross-check never compares prices whose
tiers differ; a standard rate (`down from the standard rates of $10`) is recorded with no tier.

A price list often names its tier once, above the prices: a table's lead-in (`Discounted rates include:`)
or a column's header (`Batch input`). `named` tells what such a line says, `standard` included, so that a
column headed `Standard` keeps its prices untiered under a lead-in naming another tier.

An open model is sold by many hosts at their own prices (`$0.59/M input tokens on Groq`, a row `Llama 4 Maverick
(Together)`), and a price list may give the median over them (`median prices of $0.24/$0.77`): two such prices
differ without contradicting each other. The host a price's sentence or row names goes into its tier (`Groq`,
`Together AI batch`), so the cross-check compares a host's price only with that host's; a median is a tier word.
A maker's own cloud is no other host for its maker's models: Nova Pro on Amazon Bedrock costs Amazon's list price.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .literals import alternation
from .ruleset import RuleSet

STANDARD = "standard"
# pages write "off-peak" with any of the hyphens ("Off‑Peak" with U+2011): a tier word's hyphen matches each
HYPHENS = "[-\u2010\u2011\u2012\u2013]"
# what ends a price's phrase before a host named after it: "$0.59, and on Together" is another clause's host
CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")


class PriceTiers:
    def __init__(self, rules: RuleSet):
        self.tier_of = {_folded(w): tier for tier, words in rules.numbers.price_tiers.items() for w in words}
        words = alternation(self.tier_of).replace(r"\ ", r"\s+").replace(r"\-", HYPHENS) or "(?!)"
        self.word = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
        self.carriers = {w.lower() for w in rules.numbers.price_tier_carriers}
        self.links = {w.lower() for w in rules.numbers.price_seller_links}
        self.seller_of = {w: seller for seller, words in rules.numbers.price_sellers.items() for w in words}
        self.own_clouds = dict(rules.numbers.price_seller_makers)
        # case kept: "Together AI" sells models, "together" is a word
        self.seller = re.compile(rf"(?<![\w-])(?:{alternation(self.seller_of) or '(?!)'})(?![\w-])")

    def tier(
        self,
        text: str,
        sentence: tuple[int, int],
        price: tuple[int, int],
        previous: tuple[int, int] | None,
        prices: Sequence[tuple[int, int]] = (),
    ) -> str | None:
        """The tier the nearest tier word before the price in its sentence names, else, where the sentence opens
        by going on with the one before it (`This comes to $0.035`), the tier that one names; None for none or
        standard. After the host that sells it, where the sentence names one (see `seller_in_sentence`); `prices`:
        where the sentence's prices lie."""
        named = self.named(text, sentence[0], price[0])
        if named is None and previous is not None and self._carries_on(text, *sentence):
            named = self.named(text, *previous)
        return sold_by(self.seller_in_sentence(text, sentence, price, prices), recorded(named))

    def seller_in_sentence(
        self, text: str, sentence: tuple[int, int], price: tuple[int, int], prices: Sequence[tuple[int, int]]
    ) -> str | None:
        """The host a sentence names as the price's seller: one in the price's own phrase after it (`$0.59/M input
        tokens on Groq`), else the last named before it that is no earlier price's (`GroqCloud lists it at
        $0.05/$0.08`, `Available via Together AI (~$5/M), Fireworks AI ($3/M)`); so in `$0.30 on OpenRouter,
        against $5.00 for GPT-4o` the second price is no host's. None for none."""
        mentions = list(self.seller.finditer(text, *sentence))
        after = next((m for m in mentions if m.start() >= price[1]), None)
        if after is not None and self._in_phrase_of(text, price[1], after, prices):
            return self.seller_of[after.group()]
        before = [m for m in mentions if m.end() <= price[0] and not self._sells_an_earlier_price(text, m, prices)]
        return self.seller_of[before[-1].group()] if before else None

    def _in_phrase_of(self, text: str, price_end: int, mention: re.Match, prices: Sequence[tuple[int, int]]) -> bool:
        """Whether a host named after a price is in that price's phrase: right after a linking word (`on`, `via`),
        with no other price nor a clause's punctuation between (`$0.59, and on Together $0.88` is not)."""
        between = text[price_end : mention.start()]
        linked = (between.split() or [""])[-1].lower() in self.links or mention.group().split()[0] in self.links
        return (
            linked
            and not CLAUSE_BREAK.search(between)
            and not any(price_end <= start < mention.start() for start, _ in prices)
        )

    def _sells_an_earlier_price(self, text: str, mention: re.Match, prices: Sequence[tuple[int, int]]) -> bool:
        earlier = [end for _, end in prices if end <= mention.start()]
        return bool(earlier) and self._in_phrase_of(text, earlier[-1], mention, prices)

    def _carries_on(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].split(maxsplit=1)
        return bool(words) and words[0].lower() in self.carriers

    def named(self, text: str, start: int, end: int) -> str | None:
        """The tier the last tier word in `text[start:end]` names, `standard` included; None for none."""
        words = list(self.word.finditer(text, start, end))
        return self.tier_of[_folded(words[-1].group())] if words else None

    def seller_near(self, text: str, start: int, end: int, at: int) -> str | None:
        """The host named in `text[start:end]` (a table row) nearest to `at`, on either side; None for none."""
        found = self.seller.finditer(text, start, end)
        nearest = min(found, key=lambda m: m.start() - at if m.start() >= at else at - m.end(), default=None)
        return self.seller_of[nearest.group()] if nearest else None

    def at_makers_own(self, claim, maker_of: Callable[[str], str | None]):
        """The price claim with no host where its host is its model's maker's own cloud (`maker_of`: a model's
        maker): Nova Pro's price on Amazon Bedrock is Amazon's list price, compared with the maker's others."""
        tier, subject = getattr(claim, "tier", None), claim.subject
        host = next((h for h in self.own_clouds if tier == h or tier.startswith(h + " ")), None) if tier else None
        if host is None or subject is None or maker_of(subject) != self.own_clouds[host]:
            return claim
        return claim.model_copy(update={"tier": tier[len(host) :].strip() or None})


def sold_by(seller: str | None, tier: str | None) -> str | None:
    """The tier a record states for a price a host sells, its name first: `Groq`, `Together AI batch`."""
    return " ".join(filter(None, (seller, tier))) or None


def recorded(tier: str | None) -> str | None:
    """The tier a record states: a standard rate states none."""
    return None if tier == STANDARD else tier


def _folded(word: str) -> str:
    """A tier word as the table of tiers holds it: lower case, one space apart, an ASCII hyphen."""
    return re.sub(HYPHENS, "-", " ".join(word.lower().split()))
