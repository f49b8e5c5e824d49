"""Word lists and units the readers share: the tokenizer's additions, number words and units, date words."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from ..records import Qualifier
from .base import Strict, each_compiles


class TokenizerRules(Strict):
    prefixes: list[str] = []
    suffixes: list[str] = []
    infixes: list[str] = []

    @field_validator("prefixes", "suffixes", "infixes")
    @classmethod
    def _safe_regexes(cls, patterns, info):
        return each_compiles(patterns, info.field_name[:-2])
    special_cases: list[str] = Field(default=[], description="Strings kept as one token ('est.').")
    link_labels: list[str] = Field(
        default=[], description="Labels of a page's lines that link to other stories ('Related:'): blanked."
    )
    max_word_length: int = Field(
        default=200, ge=20, le=1000, description="Longer runs of non-space characters are blanked (a bound on regexes)."
    )
    max_sentence_tokens: int = Field(default=250, ge=20, description="Longer sentences are cut into pieces.")
    max_part_chars: int = Field(
        default=100_000, ge=1000, le=1_000_000, description="Longer articles are read in parts."
    )


class Unit(Strict):
    unit: str
    factor: float = 1.0
    unit_class: Literal["money", "other"] = "other"  # money: "27 cents" is a price in USD


class Qualifiers(Strict):
    """Words around a figure that change what it admits, by qualifier."""

    before: dict[Qualifier, list[str]] = {}
    after: dict[Qualifier, list[str]] = {}
    figure_nouns: list[str] = Field(
        default=[],
        description="The figure's own noun, which may stand between a `before` phrase and the figure: 'surpass a score "
        "of 1400' is over 1400.",
    )
    before_scale_words: list[str] = Field(
        default=[],
        description="Phrases of `before` that qualify only a figure written with a scale word: 'several hundred "
        "thousand' is at least 100,000, but 'several 3B models' are models of one size.",
    )
    negations: list[str] = Field(
        default=[],
        description="Words that deny a bound phrase one or two words after them, making it the other bound: 'did "
        "not have more than 100K' is at most 100K. Words ending in n't deny too.",
    )
    not_denied: list[str] = Field(
        default=[], description="Words between a negation and a bound phrase that keep the bound: 'not only over'."
    )


class NumberWords(Strict):
    scales: dict[str, float] = {}
    words: dict[str, float] = {}
    fractions: dict[str, float] = {}
    multipliers: dict[str, float] = {}
    currency_symbols: dict[str, str] = {}
    currency_words: dict[str, str] = {}
    dotted_thousands_nouns: list[str] = Field(
        default=[],
        description="Things counted whole: a number before them written with a dot and three digits groups its "
        "thousands ('50.000 GPUs').",
    )
    counted_after_a_scale: list[str] = Field(
        default=[],
        description="What 'a' and a scale word may count, as one of that scale: 'a trillion-parameter model', 'a "
        "million tokens'.",
    )
    price_tokens: dict[str, list[str]] = Field(
        default={}, description="Which tokens a price is for, by the words beside it: input, output, cached."
    )
    cache_outcomes: dict[str, list[str]] = Field(
        default={},
        description="The tokens a cache outcome bills, by the word after a cache word or in a table header: a hit "
        "is cached, a miss is input.",
    )
    price_pair_sides: tuple[str, str] | None = Field(
        default=None, description="The sides of a pair of prices written A/B where no word names them: input, output."
    )
    price_tiers: dict[str, list[str]] = Field(
        default={},
        description="Which pricing tier a price is for, by the nearest of these words before it: batch, flex; "
        "'standard' for standard rates, which are recorded with none.",
    )
    price_sellers: dict[str, list[str]] = Field(
        default={},
        description="Hosts that sell models they do not make, by the ways pages write them, case and all: a price "
        "whose sentence or table row names one is that host's, compared only with its other prices.",
    )
    price_seller_makers: dict[str, str] = Field(
        default={},
        description="Hosts that are a maker's own cloud, by the maker: a price of that maker's model there is its "
        "list price (Nova Pro on Amazon Bedrock), which names no host.",
    )
    price_seller_links: list[str] = Field(
        default=[],
        description="Words that put a host named after a price into that price's phrase: '$0.59/M on Groq'.",
    )

    price_tier_carriers: list[str] = Field(
        default=[],
        description="Words opening a sentence that goes on with the previous one's price, and so its tier: 'This "
        "comes to $0.035'.",
    )
    changing_measures: list[str] = Field(
        default=[],
        description="Measure attributes that change over a model's life: one the text states as a change's new "
        "value ('cut the price to $2') is recorded so.",
    )

    def token_sides(self) -> dict[str, str]:
        """Lower-case word -> the tokens a price beside it is for: 'prompt' -> 'input'."""
        return {w.lower(): side for side, words in self.price_tokens.items() for w in words}

    def cache_outcome_sides(self) -> dict[str, str]:
        """Lower-case word -> the tokens a cache outcome bills: 'miss' -> 'input'."""
        return {w.lower(): side for side, words in self.cache_outcomes.items() for w in words}

    range_openers: list[str] = Field(
        default=[], description="Words before 'A and B' that make the pair one range: 'between 70 and 80 billion'."
    )
    span_joints: list[str] = Field(
        default=[],
        description="Words joining the two figures of a span the text splits ('0.5B to 72B', 'from 8B to 397B'), "
        "read as one range by the rules over spans.",
    )
    percent: list[str] = []
    units: dict[str, Unit] = {}
    qualifiers: Qualifiers = Qualifiers()
    approximate_tolerance: float = Field(default=0.1, gt=0, lt=1)
    years: tuple[int, int] = (1900, 2099)


class DateWords(Strict):
    months: dict[str, int] = Field(default={}, description="Month names and abbreviations, lower case: month numbers.")
    month_lead_words: list[str] = Field(default=[], description="Words before a month that make a month-only date.")
    units: dict[str, int] = Field(default={}, description="Units of relative dates and their length in days.")
    approximate_units: list[str] = []
    counts: dict[str, int] = Field(default={}, description="Counts written in words: 'two weeks after'.")
    future_tolerance_days: int = 60
    dateline_max_words: int = 6
    relative_words: list[str] = Field(default=[], description="Words of relative dates: 'the day after'.")
    weekdays: dict[str, int] = Field(default={}, description="Weekday names, lower case: 0 for Monday.")
    month_parts: dict[str, tuple[int, int]] = Field(
        default={}, description="Words naming part of a month ('late July') -> its first and last day."
    )
    day_alone_before: list[str] = Field(
        default=[],
        description="Words right before an ordinal that make it a day of a month named elsewhere: 'on the' of 'said "
        "on the 24th that', a weekday and 'the' of 'Tuesday the 4th'.",
    )
    day_alone_after: list[str] = Field(
        default=[],
        description="Words after such a day that keep it one, not an ordinal before its noun ('on the 5th floor'): "
        "'on the 24th that ...', 'on the 30th at ...'; a stop or a bracket after it does too.",
    )
    day_alone_months: dict[str, int] = Field(
        default={},
        description="Words after such a day that give its month, counted from publication's: 'on the 26th of last "
        "month' -> -1.",
    )
    metadata_labels: list[str] = Field(
        default=[], description="Labels of a page's date line ('Created on', 'Last edited on'): no events."
    )
    wire_agencies: list[str] = Field(
        default=[],
        description="News agencies whose name in brackets after a date opening a line makes it a wire dateline, its "
        "place cut off or in capitals alone: 'June 8 (Reuters) - Cohere said ...' is no event.",
    )
    byline_openers: list[str] = Field(
        default=[],
        description="Words opening a byline that ends on its date ('Posted by Jane Roe & John Doe on September 10, "
        "2024'): the page's date, no event.",
    )
    period_words: list[str] = Field(
        default=[], description="Words before a month that make it a period, no event's date: 'since June'."
    )
    period_pairs: dict[str, list[str]] = Field(
        default={},
        description="A word before a first date, and those after it, that make both dates a period's ends: 'between "
        "March 2024 and June 2024', 'from October 2022 to July 2025'.",
    )
    move_words: list[str] = Field(
        default=[],
        description="Verbs that move a date: 'delaying the act from February 1 to June 30, 2026' dates the new day, "
        "no span of days.",
    )
    deadline_words: list[str] = Field(
        default=[],
        description="Words before a date that make it a deadline: 'By August 2024, A was out, and on February 18 "
        "B' moves on past it, so an earlier month of its sentence need not be of its year.",
    )
    status_words: list[str] = Field(
        default=[],
        description="Words before a date, its day and all, that make it the day things stood on, no event's: "
        "'As of Feb. 12, 2026, the top score is 48.4%'; not after 'effective'.",
    )
    vague_counts: list[str] = Field(default=[], description="Counts of units that are vague: 'a few days ago'.")
    name_nouns: list[str] = Field(
        default=[], description="Nouns a yearless day names a thing with: 'the October 7 rules' is no event."
    )
    version_nouns: list[str] = Field(
        default=[], description="Nouns any date before names a version with: 'the 2024-08-06 version' is no event."
    )
    page_nouns: list[str] = Field(
        default=[],
        description="Nouns of a page that, before one of page_verbs and a date, say when the page was written: "
        "'Original guide published April 3, 2026' is no event.",
    )
    page_verbs: list[str] = Field(
        default=[],
        description="Verbs that, after a page's noun or 'last' and before a date, say when a page was written or "
        "checked: 'Pricing last synced Apr 27, 2026', 'last verified on April 8' are no events.",
    )
    document_nouns: list[str] = Field(
        default=[],
        description="Nouns of writings a date after 'from' dates: 'a report in The Information from October 2024' "
        "dates the report, no event.",
    )
    period_nouns: list[str] = Field(
        default=[],
        description="Nouns of reporting periods a date ends: 'its fiscal quarter ending April 27' is no event.",
    )
    period_codes: list[str] = Field(
        default=[],
        description="Codes of reporting periods, a year written on or not, a date ends: 'FY2024 (ended March 31, "
        "2025)' is no event.",
    )
    period_until_words: list[str] = Field(
        default=[],
        description="Words between a reporting period and the date it runs up to: 'the three months to December 31' "
        "is no event.",
    )
    named_period_nouns: list[str] = Field(
        default=[],
        description="Nouns a date right before names a reporting period with: 'sales in the July quarter' is no "
        "event.",
    )
    future_words: list[str] = Field(
        default=[], description="Words before a date that put it ahead: 'will take effect on June 30' stays ahead."
    )
    upcoming_words: list[str] = Field(
        default=[],
        description="Future verbs a few words before a date, no comma between, that make it their next occurrence: "
        "'is set to leave office on Jan. 20' in a December article is next year's.",
    )
    time_zone_words: list[str] = Field(
        default=[], description="Time zones after a day that make it approximate: 'February 18 (Beijing time)'."
    )
    approximate_words: list[str] = Field(
        default=[], description="Words before a date that make it approximate: 'around April 10'."
    )
    year_words: dict[str, int] = Field(
        default={}, description="Words after a month that count its year from publication: 'of last year': -1."
    )

    @field_validator("month_parts")
    @classmethod
    def _days_in_a_month(cls, parts: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
        for word, (first, last) in parts.items():
            if not 1 <= first <= last <= 31:
                raise ValueError(f"{word}: days {first} to {last} are no part of a month")
        return parts
