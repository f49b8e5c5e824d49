"""The resolver: the doc's names from the entity ruler's matches and the name patterns' together, overlaps
resolved longest first, then the short forms, sizes and aliases the article builds on them. Its `__init__` reads the
rule set once into the indexes and regexes every part uses; the parts (`canonical`, `bounds`, `short_forms`,
`sizes`, `aliases`) are its methods, one module per concern, joined here as one class."""

from __future__ import annotations

import functools
import re
import string

from spacy.attrs import IDX
from spacy.tokens import Doc

from ..literals import alternation, starts_like
from ..ruler import matches
from ..ruleset import EntityRule, FamilyRule, RuleSet
from .aliases import ArticleAliases
from .base import ENTITIES_KEY, Entity, tokens_touched
from .bounds import APOSTROPHES, MentionBounds, glued_name, glued_on, in_web_address, without_spelled_out_names
from .canonical import CanonicalNames
from .patterns import NamePatterns
from .short_forms import ShortForms
from .sizes import Sizes
from .variant_phrases import VariantPhrases

NAMES_REMEMBERED = 4096  # names whose family and words are kept once read: more models than a corpus names
# where a name may start (see `EntityResolver._name_starts`): both led by a character, which lets the regex engine
# skip to the next place it can match
WORD_CAPITAL = re.compile(r"[A-Z](?<!\w[A-Z])")  # a capital opening a word
HYPHEN_DIGIT = re.compile(r"-\d")  # the hyphen between a family's code and its version: gpt-5
TOKEN_STARTS_KEY = "token_starts"  # each token's first character as a list, kept by the pipeline's sentence component


def token_starts_of(doc: Doc) -> list[int]:
    """Each token's first character: as the sentence component read it with the doc's other arrays (the resolver and
    DocSpans both bisect it, no second `doc.to_array` and list), or from the doc where it was made without it."""
    starts = doc.user_data.get(TOKEN_STARTS_KEY)
    return doc.to_array([IDX]).tolist() if starts is None else starts


class EntityResolver(CanonicalNames, MentionBounds, ShortForms, Sizes, ArticleAliases, VariantPhrases):
    """Canonical names for entity matches, built once from the rule set."""

    def __init__(self, rules: RuleSet):
        self.by_alias: dict[str, EntityRule] = {}
        for rule in rules.entities:
            for alias in (rule.name, *rule.aliases):
                self.by_alias[alias] = rule
        self.alias_text = "\n".join(self.by_alias)  # every name the rules know, searched for a version's word
        self.families: dict[str, FamilyRule] = {f.family: f for f in rules.families}
        self.family_of_tier: dict[str, FamilyRule] = {t: f for f in rules.families for t in f.tiers}
        self.makers = {rule.name: rule.maker for rule in rules.entities if rule.maker}
        # the organisations whose chips the rules name: one written as a brand before a count's chips makes
        # them (`200,000 Nvidia GPUs`), even where no chip of its is named
        self.chip_makers = frozenset(rule.maker for rule in rules.entities if rule.type == "chip" and rule.maker)
        self.families_by_maker: dict[str, list[str]] = {}
        for family in rules.families:
            self.families_by_maker.setdefault(family.maker, []).append(family.family)
        self.name_patterns = NamePatterns(rules)
        self.snapshot_stamp = re.compile(rules.names.snapshot_stamp)
        self.family_codes = {f.family.lower() for f in rules.families}
        self.family_code_lengths = sorted({len(code) for code in self.family_codes})
        families = alternation(self.families)
        self.family_prefix = re.compile(rf"(?i:{families})(?=[\s\d-]|$)") if families else re.compile("(?!)")
        self.glued_adjectives = {w.lower() for w in rules.names.glued_adjectives}
        # a tier written in another case is the tier: its lower-case form where the list has one (mini), else its own
        self.tier_case = {t.lower(): t for t in rules.names.tiers if t != t.lower()}
        self.tier_case.update({t: t for t in rules.names.tiers if t == t.lower()})
        self.not_names = set(rules.names.not_names)
        self.benchmark_parts = set(rules.names.benchmark_parts)
        self.benchmark_qualifiers = set(rules.names.benchmark_qualifiers)
        self.benchmark_variants = set(rules.names.benchmark_variants)
        self.lab_words = set(rules.names.lab_words)
        self.name_prefixes = {w.lower() for w in rules.names.name_prefixes}
        self.tier_words = {t for t in rules.names.tiers if t[:1].isupper()}
        self.yearly = {r.name for r in rules.entities if r.yearly}
        self.earlier_generation_words = {w.lower() for w in rules.names.earlier_generation_words}
        kinds = alternation(rules.names.model_kind_words)
        self.model_kind = re.compile(rf" (?:{kinds})(?= )") if kinds else re.compile("(?!)")
        yearly = alternation(self.yearly) or "(?!)"
        # AIME25, AIME-25, AIME 25, AIME '25, AIME'25, AIME’25, AIME ‘25, AIME2025
        marks = "".join(APOSTROPHES)
        self.short_year = re.compile(rf"(?P<name>{yearly})(?:[-{marks} ]| [{marks}])?(?:20)?(?P<year>\d\d)")
        self.family_by_lower = {f.lower(): rule for f, rule in self.families.items()}
        # every mention, short form and figure's subject asks again for the family of the same few names
        self._family_words = functools.lru_cache(maxsize=NAMES_REMEMBERED)(self._read_family_words)
        # and for the canonical name of the same few written names: a name's is read from the rules alone
        self.canonical = functools.lru_cache(maxsize=NAMES_REMEMBERED)(self._read_canonical)
        self._lab_model = functools.lru_cache(maxsize=NAMES_REMEMBERED)(self._read_lab_model)
        self._known_versions = functools.cache(self._read_known_versions)  # one list per family of the rules
        self.family_nouns = {w.lower() for w in rules.names.family_nouns}
        self.base_first_families = set(rules.names.base_first_families)
        tier = alternation(rules.names.tiers) or "(?!)"
        capitalised = [t for t in rules.names.tiers if t[:1].isupper()]
        # a model named by its version or a tier alone, once the article has named it in full: "V3", "K2 Thinking";
        # found by its first character: a capital, or a family's tier's first; with no word, point or hyphen before
        # it, as the form asks (the capitals inside words, a third of them, skipped in C)
        firsts = {w[0] for w in (*self.family_of_tier, *capitalised) if w} - set(string.ascii_uppercase)
        form = (
            rf"(?:(?P<version>[A-Z]\d+(?:\.\d+)?[a-z]?(?:[ -](?:{tier}))*)"
            rf"|(?P<tier>{alternation(self.family_of_tier) or '(?!)'})"
            rf"|(?P<named_tier>{alternation(capitalised) or '(?!)'}))(?![\w-]|\.\d)"   # "V3.2" is no "V3"
        )
        self.short_form = re.compile(rf"(?<![\w.-]){form}")
        self.short_form_starts = re.compile(rf"[A-Z{re.escape(''.join(sorted(firsts)))}](?<![\w.-].)")
        capitalised_tiers = alternation(capitalised) or "(?!)"
        # "Flash, Plus or Max": tiers listed together name the family's members wherever they stand alone
        # ("Plus and Pro users" lists plans, not models)
        tier = rf"(?:{capitalised_tiers})"
        self.tier_list = re.compile(
            rf"{starts_like(rules.names.tiers)}"
            rf"\b{tier}(?:(?:,? (?:and|or) |, ){tier})+\b(?! (?:{alternation(rules.names.plan_nouns) or '(?!)'})\b)"
        )
        self.tier_word = re.compile(rf"\b{tier}\b")
        intros = alternation(rules.names.alias_intros).replace(r"\ ", r"\s+") or "(?!)"
        self.alias_intro = re.compile(rf"\b(?:{intros})\s+$", re.IGNORECASE)
        # "Llama 3.1 70B and 8B": a size coordinated after a sized name is a sibling's name
        self.elided_size = re.compile(rf"(?:,|,?\s+(?:and|or|&))\s+(?P<size>{rules.names.size})(?![\w-])")
        # "Llama 3.2 1B ... the 3B version": a sibling of a sized name, named by its size, and the next of a list
        # of them ("the 12B model ..., 4B model ..."): found by the size (the regex engine skips fast to a
        # digit), then the words before it checked
        self.sized_sibling = re.compile(
            rf"(?<=\s)(?P<size>{rules.names.size})[ -](?:version|variant|model)\b", re.IGNORECASE
        )
        self.sibling_lead = re.compile(r"(?:\b(?:the|its|their)|,|\band)\s+$", re.IGNORECASE)

        size, names = rules.names.size, rules.names
        self.size = re.compile(rf"(?=[\dAE])(?<![\w.-]){size}(?![\w.-])")  # led by what can begin one: fast
        # "MiniCPM-V 2.6", "Qwen2-VL 72B": a version or size a space after a hyphened word (`_spaced_version_end`)
        self.spaced_version = re.compile(rf" (?:(?P<version>{names.spaced_version})|(?P<size>{size}))(?![\w-]|\.\d)")
        self.size_ending = re.compile(rf"(?:{size})\Z")  # a size a sibling's name ends in: "Llama 3.1 8B"
        # "the 27B reaches", "27B PT hits": a model named by its size alone; not "the 27B parameters", nor a
        # list of sizes ("the 1B and 3B models")
        self.definite_before = re.compile(r"(?<![\w-])(?i:the|its)\s+$")
        self.variant_after = re.compile(rf"\s+(?:{alternation(names.variant_marks) or '(?!)'})\b")
        # "$920 million" after "Kunpeng 920": money or a number with its scale is a figure, no chip's short name
        self.money_marks = frozenset(rules.numbers.currency_symbols)
        self.scale_words = frozenset(rules.numbers.scales)
        self.figure_after = re.compile(
            rf"\s+(?i:{alternation(names.size_nouns)})\b|,?\s+(?:and|or|&)\s+{size}|,\s*{size}"
        )
        self._compile_variant_phrases(rules)

    def resolve(self, doc: Doc, text: str) -> list[Entity]:
        """The doc's names, aliases and pattern matches together, overlaps resolved longest first."""
        token_starts = token_starts_of(doc)
        found = [
            self._qualified_benchmark(doc, *glued_name(doc, m.start, m.end, m.label, m.id))
            if m.label == "benchmark"
            else self._glued_model(doc, text, m.start, m.end, m.label, m.id)
            for m in matches(doc, ENTITIES_KEY)
        ]
        for match, label in self.name_patterns.matches(text, self._name_starts(text)):
            first, end = tokens_touched(token_starts, match.start(), match.end())
            if glued_on(doc[end - 1], match.end()):
                continue  # "Opus 4.568.5%Previous": table cells run together, no name
            if in_web_address(doc, first, end):
                continue  # "https://example.ai/p/gemini-25-pro-review": a link's words, no mention of a model
            found.append(self._glued_model(doc, text, first, end, label, None))
        taken: set[int] = set()
        entities = []
        for start, end, label, name in sorted(found, key=lambda f: (f[0] - f[1], f[0], f[3] is None)):
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            entities.append(self._entity(doc, text, start, end, label, name))
        entities = sorted((e for e in entities if not self._names_a_family(doc, e)), key=lambda e: e.start)
        entities = without_spelled_out_names(doc, self._joined_models(doc, text, entities))
        entities = self._variants_written_apart(text, entities)  # "the pro version of GPT-5" is GPT-5 Pro
        short = [
            *self._short_forms(doc, text, entities, token_starts, taken),
            *self._short_chip_names(doc, text, entities, token_starts, taken),
            *self._abbreviations(doc, text, entities, token_starts, taken),
        ]
        return self._introduced_aliases(doc, text, sorted([*entities, *short], key=lambda e: e.start))

    def _name_starts(self, text: str) -> list[int]:
        """Where a name may start, found fast: every place `RuleSet.name_start` accepts, and a few more that the name
        patterns (which begin with it) then reject. So: a capital opening a word, and a family's code in lower case
        with a version (gpt-5-mini). The codes are found back from the hyphens before a digit, which are few: a
        regex for the codes themselves is tried at every lower-case letter, and took three times as long as this."""
        hyphens = [m.start() for m in HYPHEN_DIGIT.finditer(text)]
        codes = {
            hyphen - n
            for hyphen in hyphens
            for n in self.family_code_lengths
            if n <= hyphen and text[hyphen - n : hyphen] in self.family_codes
        }
        capitals = [m.start() for m in WORD_CAPITAL.finditer(text)]
        return sorted(codes.union(capitals)) if codes else capitals
