"""Names: which model, organisation, chip or benchmark a span names, by one canonical name.

The entity ruler finds the alias table's names (phrases, case-sensitive); the
name patterns, one alternation of regular expressions, find model names the
table has never seen. This module merges both (the longer name wins) and gives each an
`Entity` with its canonical name, so `Zhipu`, `Z.ai` and `Zhipu AI` are one
subject and `GLM 5.2` is `GLM-5.2`.
"""

from __future__ import annotations

import bisect
import functools
import re
import string
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.attrs import IDX
from spacy.tokens import Doc

from .literals import alternation, starts_like
from .prefixes import Alternation
from .ruler import matches
from .ruleset import UNICODE_HYPHENS, EntityRule, FamilyRule, RuleSet
from .scanning import matches_from

ENTITIES_KEY = "entities"
SIZED_NAME = re.compile(r"\d.*[BTM]")  # the last word of a name that ends in a size: 70B, 1.5T, 270M


def ends_in_a_size(name: str) -> bool:
    """Whether a name ends in its size (`Llama 3.1 405B`): it names one variant of its family."""
    return SIZED_NAME.fullmatch(name.split()[-1]) is not None


def has_a_size(name: str) -> bool:
    """Whether a name holds a size anywhere (`Qwen3 235B A22B Instruct 2507`, its active one too): a variant."""
    return any(SIZED_NAME.fullmatch(word.removeprefix("A")) for word in name.replace("-", " ").split())

SIZES_REACH = 60  # characters after a model's name where the sizes it comes in may be listed
SIZE_STARTS = re.compile(r"[\dA]")  # what a bare size may begin with: '27B', 'A3B'
VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})?")  # a version written before a tier: "3.5 Sonnet"
VERSION_END = re.compile(r"[ -]")  # what ends a short form's version: "K2 Thinking", "V3-Base"
NAME_WORD_BREAK = re.compile(r"[\s-]")  # what parts a model's name into words: "DeepSeek-V3", "Kimi K2"
# a word a model's name is hyphened to, making it another model's name: `mini`, `VL-235`, `VL-1.6` (the tokenizer
# keeps a hyphen between a letter and a digit inside the token, and a decimal size's point)
GLUED_WORD = re.compile(r"[^\W\d_][\w-]*(?:\.\d+)?")
LOWER_SIZE = re.compile(r"a?\d+(?:x\d+)?(?:\.\d+)?[bt]")  # a size in lower case, as repositories write it
NAME_WINDOW = 80  # characters: longer than any model's or benchmark's name
LEAD_CHARS = 3  # characters of a name pattern's leading word list looked at before it is tried: 'Dee' of DeepSeek
# an API id's version with its point written as a hyphen: claude-3-5-sonnet is Claude 3.5 Sonnet (never the
# snapshot's month of gpt-4-0613)
HYPHENED_POINT = re.compile(r"(?<=[a-z]-)(\d)-(\d)(?![\d.])")
STAMP_LENGTH = 11  # characters of a snapshot's date stamp at most: -2025-01-31
NAMES_REMEMBERED = 4096  # names whose family and words are kept once read: more models than a corpus names
WORD_CHAR = re.compile(r"\w")
# where a name may start (see `EntityResolver._name_starts`): both led by a character, which lets the regex engine
# skip to the next place it can match
WORD_CAPITAL = re.compile(r"[A-Z](?<!\w[A-Z])")  # a capital opening a word
HYPHEN_DIGIT = re.compile(r"-\d")  # the hyphen between a family's code and its version: gpt-5
ABBREVIATION = re.compile(r"[*_]* ?\(([A-Z][A-Za-z0-9.]{1,9})\)")  # "Mistral Large 2 (ML2)", "**Qwen3.7 Max** (Q37M)"
# before a short year: AIME '25, AIME ’25, and the opening quote autocorrect puts there when it is typed after a
# space: AIME ‘25
APOSTROPHES = ("'", "’", "‘")
FOUR_DIGIT_YEAR = re.compile(r"(?:19|20)\d\d")  # "the 2024 AIME": the edition of a yearly contest
# a benchmark version written after its name: Terminal-Bench 2.1, AIME 2025, ARC-AGI v2
BENCHMARK_VERSION = re.compile(r"^(?:v?\d(?:\.\d{1,2})?|20\d\d)$", re.IGNORECASE)
NOT_AFTER_VERSION = {"%", "percent", "points", "point", "pp"}


@dataclass(slots=True, unsafe_hash=True)
class Entity:
    """A name in the text: tokens `start..end`, characters `start_char..end_char`, its type and canonical name.
    Never changed once made, yet not `frozen`: a frozen dataclass sets each field through `object.__setattr__`,
    and a document makes dozens; `unsafe_hash` keeps it hashable."""

    start: int
    end: int
    start_char: int
    end_char: int
    type: str
    name: str
    text: str


class _NamePatterns:
    """The name patterns, tried where a name may start. Most such places ('The', 'AI', 'This') begin no word of the
    lists most patterns are led by (a family, a tier, a chip's brand): there only the patterns that can begin with
    any capital are tried, compiled apart, a regex of half the branches. The same names are found: a pattern is led
    only where every match of it begins with one of its leads, so where none stands it cannot match, and the
    others keep their order."""

    def __init__(self, rules: RuleSet):
        # parsed once, both regexes compiled from the tree; the rule set's patterns have been checked as it was made
        branches = Alternation(rules.name_pattern())
        self.every = branches.compiled()
        self.labels = [p.label for p in rules.name_patterns]  # by group: p0, p1, ...
        prefixes = branches.prefixes(LEAD_CHARS)
        if len(prefixes) != len(self.labels):  # not the alternation name_pattern writes: every pattern tried everywhere
            prefixes = []
        led = [bool(found) and all(text for text, _ in found) for found in prefixes]
        self.unled = branches.only([not is_led for is_led in led]) if any(led) else self.every
        leads = [found for found, is_led in zip(prefixes, led, strict=True) if is_led]
        exact = alternation(text for found in leads for text, ignore_case in found if not ignore_case) or "(?!)"
        any_case = alternation(text for found in leads for text, ignore_case in found if ignore_case) or "(?!)"
        self.lead = re.compile(rf"{exact}|(?i:{any_case})")

    def matches(self, text: str, starts: Iterable[int]) -> Iterator[tuple[re.Match, str]]:
        """The patterns' matches at `starts` (ascending), with their labels, each tried on at most `NAME_WINDOW`
        characters: a rule file's regex that backtracks badly costs the names it is tried on, never a pass over
        the whole text."""
        end = 0
        for at in starts:
            if at < end:
                continue
            regex = self.every if self.lead.match(text, at) else self.unled
            match = regex.match(text, at, at + NAME_WINDOW)
            if match is None or (match.end() == at + NAME_WINDOW and WORD_CHAR.match(text, match.end())):
                continue  # no name, or one the window cut short
            end = match.end()
            yield match, self.labels[int(match.lastgroup[1:])]


SIBLING_LEAD_CHARS = 40  # characters before a sibling's size searched for "the", "its", "and" or a comma


class EntityResolver:
    """Canonical names for entity matches, built once from the rule set."""

    def __init__(self, rules: RuleSet):
        self.by_alias: dict[str, EntityRule] = {}
        for rule in rules.entities:
            for alias in (rule.name, *rule.aliases):
                self.by_alias[alias] = rule
        self.families: dict[str, FamilyRule] = {f.family: f for f in rules.families}
        self.family_of_tier: dict[str, FamilyRule] = {t: f for f in rules.families for t in f.tiers}
        self.makers = {rule.name: rule.maker for rule in rules.entities if rule.maker}
        # the organisations whose chips the rules name: one written as a brand before a count's chips makes
        # them (`200,000 Nvidia GPUs`), even where no chip of its is named
        self.chip_makers = frozenset(rule.maker for rule in rules.entities if rule.type == "chip" and rule.maker)
        self.families_by_maker: dict[str, list[str]] = {}
        for family in rules.families:
            self.families_by_maker.setdefault(family.maker, []).append(family.family)
        self.name_patterns = _NamePatterns(rules)
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
        self.family_nouns = {w.lower() for w in rules.names.family_nouns}
        tier = alternation(rules.names.tiers) or "(?!)"
        capitalised = [t for t in rules.names.tiers if t[:1].isupper()]
        # a model named by its version or a tier alone, once the article has named it in full: "V3", "K2 Thinking";
        # found by its first character: a capital, or a family's tier's first
        firsts = {w[0] for w in (*self.family_of_tier, *capitalised) if w} - set(string.ascii_uppercase)
        form = (
            rf"(?:(?P<version>[A-Z]\d+(?:\.\d+)?[a-z]?(?:[ -](?:{tier}))*)"
            rf"|(?P<tier>{alternation(self.family_of_tier) or '(?!)'})"
            rf"|(?P<named_tier>{alternation(capitalised) or '(?!)'}))(?![\w-]|\.\d)"   # "V3.2" is no "V3"
        )
        self.short_form = re.compile(rf"(?<![\w.-]){form}")
        self.short_form_starts = re.compile(rf"[A-Z{re.escape(''.join(sorted(firsts)))}]")
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
        self.size = re.compile(rf"(?=[\dA])(?<![\w.-]){size}(?![\w.-])")  # led by what can begin one: fast
        self.size_ending = re.compile(rf"(?:{size})\Z")  # a size a sibling's name ends in: "Llama 3.1 8B"
        # "the 27B reaches", "27B PT hits": a model named by its size alone; not "the 27B parameters", nor a
        # list of sizes ("the 1B and 3B models")
        self.definite_before = re.compile(r"(?<![\w-])(?i:the|its)\s+$")
        self.variant_after = re.compile(rf"\s+(?:{alternation(names.variant_marks) or '(?!)'})\b")
        self.figure_after = re.compile(
            rf"\s+(?i:{alternation(names.size_nouns)})\b|,?\s+(?:and|or|&)\s+{size}|,\s*{size}"
        )

    def _bare_sizes(self, text: str) -> Iterator[re.Match]:
        for match in matches_from(self.size, SIZE_STARTS, text):
            if self.variant_after.match(text, match.end()) or (
                self.definite_before.search(text, max(0, match.start() - 5), match.start())
                and not self.figure_after.match(text, match.end())
            ):
                yield match

    def ruler_patterns(self, rules: RuleSet) -> list[dict]:
        """Span-ruler patterns: every alias as a phrase, its id the canonical name; and every family's bare name
        the table does not give another meaning (`Mistral` is the company), as a model."""
        aliases = [
            {"label": rule.type, "pattern": alias, "id": rule.name}
            for rule in rules.entities
            for alias in dict.fromkeys(_written_ways(rule))
        ]
        bare = [
            {"label": "model", "pattern": f.family, "id": f.family}
            for f in rules.families
            if f.bare and f.family not in self.by_alias
        ]
        return aliases + bare

    def resolve(self, doc: Doc, text: str) -> list[Entity]:
        """The doc's names, aliases and pattern matches together, overlaps resolved longest first."""
        token_starts = doc.to_array([IDX]).tolist()
        found = [
            self._qualified_benchmark(doc, *_glued_name(doc, m.start, m.end, m.label, m.id))
            if m.label == "benchmark"
            else self._glued_model(doc, m.start, m.end, m.label, m.id)
            for m in matches(doc, ENTITIES_KEY)
        ]
        for match, label in self.name_patterns.matches(text, self._name_starts(text)):
            first, end = tokens_touched(token_starts, match.start(), match.end())
            if _glued_on(doc[end - 1], match.end()):
                continue  # "Opus 4.568.5%Previous": table cells run together, no name
            found.append(self._glued_model(doc, first, end, label, None))
        taken: set[int] = set()
        entities = []
        for start, end, label, name in sorted(found, key=lambda f: (f[0] - f[1], f[0], f[3] is None)):
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            entities.append(self._entity(doc, text, start, end, label, name))
        entities = sorted((e for e in entities if not self._names_a_family(doc, e)), key=lambda e: e.start)
        entities = _without_spelled_out_names(doc, self._joined_models(doc, text, entities))
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

    def _introduced_aliases(self, doc: Doc, text: str, entities: list[Entity]) -> list[Entity]:
        """`GLM-5.2 Air ... the repository names it GLM-5.2-Air-106B-A12B`: the article says the second name is
        the first model's, so every mention of it is that model."""
        renamed: dict[str, str] = {}
        for i, entity in enumerate(entities):
            intro_window = max(0, entity.start_char - 40), entity.start_char
            if entity.type != "model" or not self.alias_intro.search(text, *intro_window):
                continue
            earlier = self._referent(doc, entities[:i], entity)
            if earlier is not None:
                renamed.setdefault(entity.name, renamed.get(earlier.name, earlier.name))
        if not renamed:
            return entities
        return [replace(e, name=renamed[e.name]) if e.type == "model" and e.name in renamed else e for e in entities]

    def _glued_model(self, doc: Doc, start: int, end: int, label: str, name: str | None):
        """`o3-mini-high`, `o1-preview`: a model's name hyphened to more words is another model's name, read as
        written; but not an adjective (`GPT-5-powered`). So is a name followed by a tier (`Command A Reasoning`).
        A lab's name hyphened to a capitalised word no rule knows names a model after the lab (`DeepSeek-OCR`),
        not the lab; one hyphened to another name is a pair (`OpenAI-Microsoft`)."""
        if label == "org":
            word = doc[end + 1].text if end + 1 < len(doc) else ""
            named_after = word[:1].isupper() and word not in self.by_alias and word not in self.lab_words
            glued = self._glued_words_end(doc, end) if named_after else end
            return (start, glued, "model", None) if glued > end else (start, end, label, name)
        if label != "model":
            return start, end, label, name
        if self._prefixed(doc, start):
            start, name = start - 2, None  # "Med-Gemini", "Distil-Whisper": another model, named as written
        if end < len(doc) and doc[end - 1].whitespace_ and doc[end].text in self.tier_words:
            return start, end + 1, label, None
        glued = self._glued_words_end(doc, end)
        return (start, glued, label, None) if glued > end else (start, end, label, name)

    def _prefixed(self, doc: Doc, start: int) -> bool:
        """Is a capitalised word, or a code with a digit (`e5-mistral-7b-instruct`), hyphened before the name at
        `start`: not its maker's (`Meta-Llama-3-8B`), nor a prefix that makes an adjective (`Pre-GPT-4`)?"""
        if start < 2 or doc[start - 1].text != "-":
            return False
        word = doc[start - 2]
        return (
            not word.whitespace_
            and not doc[start - 1].whitespace_
            and (word.text[0].isupper() if word.is_alpha else word.text.isalnum() and not word.is_digit)
            and word.text not in self.by_alias
            and word.lower_ not in self.name_prefixes
        )

    def _glued_words_end(self, doc: Doc, end: int) -> int:
        """Where the words hyphened to a name ending at token `end` end, adjectives aside (`-powered`)."""
        glued = end
        while (
            glued + 1 < len(doc)
            and doc[glued].text == "-"
            and not doc[glued - 1].whitespace_
            and not doc[glued].whitespace_
            and GLUED_WORD.fullmatch(doc[glued + 1].text)
            and doc[glued + 1].lower_ not in self.glued_adjectives
        ):
            glued += 2
            while glued < len(doc) and not doc[glued - 1].whitespace_ and doc[glued].text.isalnum():
                glued += 1  # "Qwen3-VL-235B": the size the tokenizer split off the word it ends
        return glued

    def _joined_models(self, doc: Doc, text: str, entities: list[Entity]) -> list[Entity]:
        """`Llama-3.1-Nemotron-70B-Instruct`: two names hyphened together are one model's name."""
        joined: list[Entity] = []
        for entity in entities:
            last = joined[-1] if joined else None
            if (
                last is not None
                and last.type == entity.type == "model"
                and entity.start == last.end + 1
                and doc[last.end].text == "-"
                and not doc[last.end - 1].whitespace_
                and not doc[last.end].whitespace_
            ):
                joined[-1] = self._entity(doc, text, last.start, entity.end, "model", None)
            else:
                joined.append(entity)
        return joined

    @staticmethod
    def _referent(doc: Doc, earlier: list[Entity], entity: Entity) -> Entity | None:
        """What 'it' in 'names it X' is: the first model of its sentence, else of the sentence before."""
        sentence = doc[entity.start].sent
        previous = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        for start in (sentence.start, previous.start):
            first = next((e for e in earlier if e.type == "model" and e.start >= start and e.name != entity.name), None)
            if first is not None:
                return first
        return None

    def _names_a_family(self, doc: Doc, entity: Entity) -> bool:
        """`the Llama family`, `future Llama models`: a family's bare name before a family noun names no model."""
        return (
            entity.type == "model"
            and entity.name in self.families
            and entity.end < len(doc)
            and doc[entity.end].lower_ in self.family_nouns
        )

    def _short_forms(self, doc: Doc, text: str, entities: list[Entity], token_starts, taken: set[int]) -> list[Entity]:
        """Models named short once the article has named them in full: a version alone (`V3`, `K2 Thinking`),
        a standalone tier (`Scout` after `Llama 4`), a size after a sized name (`Llama 3.1 70B and 8B`)."""
        models = [e for e in entities if e.type == "model"]
        labs = [e for e in entities if e.type == "org" and e.name in self.families_by_maker]
        if not models and not labs:
            return []
        model_ends = [m.end_char for m in models]
        model_names = [m.name for m in models]
        # computed once per document and only where a tier needs it: few articles list tiers
        listed = functools.cache(functools.partial(self._listed_tiers, doc, text))
        resolved: dict[str | None, str] = {}
        found = []
        for match in matches_from(self.short_form, self.short_form_starts, text):
            first, end = tokens_touched(token_starts, match.start(), match.end())
            if taken.intersection(range(first, end)) or doc[first].idx != match.start():
                continue
            if _continues_an_unknown_name(doc, first, taken):
                continue  # "Zircon Pro": the tier of a name the rules do not know, no short form
            if first > 0 and doc[first - 1].lower_ in self.earlier_generation_words:
                continue  # "the original Gemma family" after "Gemma 3": an earlier generation
            split = bisect.bisect_right(model_ends, match.start())
            tier = match["named_tier"]  # a common-word tier keeps the meaning it first had in the article
            # each name once, nearest first: a short form's meaning depends on the names alone, and an article names
            # a model time after time
            earlier = list(dict.fromkeys(reversed(model_names[:split])))
            shortened = [entity.name for entity in reversed(found)]  # short forms read so far, nearest first
            name = resolved.get(tier) or self._expanded(match, earlier, model_names[split:], listed, shortened)
            if name is None and match["version"]:  # "DeepSeek ... the V3 model": a known model of a lab named before
                labs_before = [lab.name for lab in labs if lab.end_char <= match.start()][::-1]
                name = self._labs_model(match["version"], labs_before)
            if tier and name:
                resolved.setdefault(tier, name)
            if name is not None and first > 0 and first - 1 not in taken and VERSION.fullmatch(doc[first - 1].text):
                name = self._of_version(name, doc[first - 1].text, match.group())  # "3.5 Sonnet", after Claude 3 Sonnet
                first -= 1
            if name is not None:
                found.append(self._entity(doc, text, first, end, "model", name))
        sized = [m for m in models if ends_in_a_size(m.text)]
        siblings = [(m, match["size"], match.span("size")) for m in sized for match in self._elided_sizes(text, m)]
        for match in self.sized_sibling.finditer(text) if sized else ():
            if not self.sibling_lead.search(text, max(0, match.start() - SIBLING_LEAD_CHARS), match.start()):
                continue
            named_before = [m for m in sized if m.end_char <= match.start()]
            if named_before:
                model = self._sized_model_meant(named_before, match["size"], models)
                siblings.append((model, match["size"], match.span("size")))
        versioned = [m for m in models if self._family_words(m.name)[0] is not None]
        for match in self._bare_sizes(text) if versioned and self._sizes_named(text, models) else ():
            named_before = [m for m in versioned if m.end_char <= match.start()]
            if named_before and match.group() in self._sizes_listed(text, named_before[-1], models):
                siblings.append((named_before[-1], match.group(), match.span()))
        for model, size, (start, end) in siblings:
            first, end = tokens_touched(token_starts, start, end)
            if not taken.intersection(range(first, end)):
                found.append(self._entity(doc, text, first, end, "model", self.canonical(_sibling(model, size))))
                taken.update(range(first, end))
        return found

    def _sized_model_meant(self, named_before: list[Entity], size: str, models: list[Entity]) -> Entity:
        """Whose sibling "the 70B model" is: the last sized model named before's, where the article names that
        sibling (`Llama 3.2 1B ...; the 3B version` after Llama 3.2 3B); else the last model named before whose
        name ends in `size` (after a table of Llama 3.3 70B and Qwen 2.5 72B, Llama 3.3 70B itself, no Qwen 2.5 70B
        nobody names), if any."""
        last = named_before[-1]
        if self.canonical(_sibling(last, size)) in {m.name for m in models}:
            return last
        same = (m for m in reversed(named_before) if self.canonical(_sibling(m, size)) == m.name)
        return next(same, last)

    def _sizes_named(self, text: str, models: list[Entity]) -> bool:
        """Whether a size is written after a model's mention or ends a model's name: what `_sizes_listed` reads.
        Three articles in four name no size so, and a bare size then names no model: the text is not searched for
        bare sizes (a search at every character)."""
        return any(
            self.size.search(text, model.end_char, model.end_char + SIZES_REACH) or self.size_ending.search(model.name)
            for model in models
        )

    def _sizes_listed(self, text: str, model: Entity, models: list[Entity]) -> set[str]:
        """The sizes the article gives `model`'s family and version: written right after one of its mentions
        (`Gemma 2 family (2B, 9B, 27B params)`), or in a sibling's name. A size alone names a model only
        where the article says the model comes in that size."""
        base = _sibling(model, "")
        sizes = set()
        for mention in models:
            if mention.name == model.name:
                sizes.update(self.size.findall(text, mention.end_char, mention.end_char + SIZES_REACH))
            elif mention.name.startswith(base):
                sizes.add(mention.name[len(base) :])
        return sizes

    def _labs_model(self, version: str, labs: list[str]) -> str | None:
        """The model the rules know by a family of the nearest of `labs` and this version (`DeepSeek` + `V3`), if
        any. A lab named again is tried once: an article names its lab time after time."""
        for lab in dict.fromkeys(labs):
            if (name := self._lab_model(lab, version)) is not None:
                return name
        return None

    def _read_lab_model(self, lab: str, version: str) -> str | None:
        """The model the rules know by a family of `lab` and this version (`_lab_model` remembers them: each of
        a lab's families is tried, and an article's short forms ask again for the same few)."""
        for family in self.families_by_maker[lab]:
            name = self.canonical(f"{family} {version}")
            if name in self.by_alias:
                return name
        # a version of the series the lab numbers a known model by is that family's model too, as a version of a
        # model the article named is (`_expanded`): "V3.2" after DeepSeek, which made DeepSeek-V3, is DeepSeek-V3.2
        for family in self.families_by_maker[lab]:
            if any(_same_series(known, version) for known in self._known_versions(family)):
                return self.canonical(f"{family} {version}")
        return None

    def _known_versions(self, family: str) -> list[str]:
        """The versions of the family's models the rules name (`V3`, `R1` of DeepSeek's)."""
        named = (self._family_words(rule.name) for rule in self.by_alias.values() if rule.type == "model")
        return [words[0] for rule, words in named if rule is self.families[family] and words]

    def _of_version(self, name: str, version: str, tier: str) -> str | None:
        """`Claude 3 Sonnet` -> `Claude 3.5 Sonnet` for a tier written after its own version; None where the name
        is not its family, a version and that tier: a model the text does not make clear."""
        parts = name.rsplit(" ", 2)
        if len(parts) != 3 or parts[2] != tier or parts[0] not in self.families:
            return None
        return self.canonical(f"{parts[0]} {version} {tier}")

    def _listed_tiers(self, doc: Doc, text: str) -> set[str]:
        """Tiers the article lists together ('Flash, Plus or Max'), and any tier named in one sentence with two
        others of them ('Flash is the small one, Plus the workhorse, and Max the flagship')."""
        listed = {tier for match in self.tier_list.finditer(text) for tier in self.tier_word.findall(match.group())}
        if listed:
            for sent in doc.sents:
                tiers = set(self.tier_word.findall(text, sent.start_char, sent.end_char))
                if len(tiers) >= 3 and tiers & listed:
                    listed |= tiers
        return listed

    def _short_chip_names(self, doc: Doc, text: str, entities: list[Entity], token_starts, taken) -> list[Entity]:
        """`910B` after `Ascend 910B`: a chip named by its model number alone, once named in full."""
        numbers = {e.text.split()[-1]: e.name for e in entities if e.type == "chip" and " " in e.text}
        numbers = {n: name for n, name in numbers.items() if any(c.isdigit() for c in n)}
        found = self._mentions(doc, text, numbers, "chip", token_starts, taken)
        # "Atlas 960" after "Ascend 960": the number of another product's name, no short name of the chip
        return [chip for chip in found if not _continues_an_unknown_name(doc, chip.start, taken)]

    def _abbreviations(self, doc: Doc, text: str, entities: list[Entity], token_starts, taken) -> list[Entity]:
        """`Mistral Large 2 (ML2)`: an abbreviation in brackets right after a model's name, of the name's capitals
        and digits in order, names that model wherever the article writes it."""
        short = {}
        for entity in entities:
            bracketed = ABBREVIATION.match(text, entity.end_char) if entity.type == "model" else None
            if bracketed is not None and _abbreviates(bracketed[1], entity.text):
                short.setdefault(bracketed[1], entity.name)
        return self._mentions(doc, text, short, "model", token_starts, taken)

    def _mentions(self, doc: Doc, text: str, names: dict[str, str], label: str, token_starts, taken: set[int]):
        """Entities for each whole-token mention of a key of `names` (as the value's name) no other entity takes."""
        if not names:
            return []
        found = []
        for match in re.finditer(rf"(?<![\w.-])(?:{alternation(names)})(?![\w-])", text):
            first, end = tokens_touched(token_starts, match.start(), match.end())
            if not taken.intersection(range(first, end)) and doc[first].idx == match.start():
                found.append(self._entity(doc, text, first, end, label, names[match.group()]))
        return found

    def _expanded(
        self,
        match: re.Match,
        earlier: list[str],
        later: list[str],
        listed: Callable[[], set[str]],
        shortened: Sequence[str] = (),
    ) -> str | None:
        """The full name of a short form, from the nearest model named before it (`earlier`, nearest first) that it
        can belong to. A tier that is also a common word ('Plus', 'Max') names a model only where the article has
        named that model in full before it ('Medium is the new large' is a tagline, whatever model is named later),
        or lists the family's tiers together ('Flash, Plus or Max'): the tiers `listed()` gives. `shortened`: the
        short forms read before it, nearest first, with the full names they were given."""
        if tier := match["named_tier"]:
            named = next((name for name in earlier if name.endswith(" " + tier)), None)
            if named is not None or tier not in listed():
                return named
            # a listed tier's family is a named sibling's ("Qwen3.7 Plus" makes "Max" Qwen 3.7 Max), else the nearest;
            # a sibling named only after the tier, of another version than the model named before it, leaves the
            # version unclear ("GPT-5.2 ... (Instant, Thinking, Pro)" then "GPT-5 Thinking is retiring"): nobody
            sibling_before, nearest_before = self._listed_base(earlier, listed())
            sibling_after, nearest_after = self._listed_base(later, listed())
            if not sibling_before and sibling_after and nearest_before and sibling_after != nearest_before:
                return None
            base = sibling_before or sibling_after or nearest_before or nearest_after
            return self.canonical(f"{base} {tier}") if base else None
        if match["version"]:
            version = VERSION_END.split(match["version"], maxsplit=1)[0]
            for same_series in (False, True):  # the version itself first; else the next of its letter's series
                for model_name in earlier:
                    words = NAME_WORD_BREAK.split(model_name)
                    fits = (w for w in words[1:] if w == version or (same_series and _same_series(w, version)))
                    named = next(fits, None)
                    if named is not None:
                        prefix = model_name[: model_name.index(named, len(words[0]))]
                        return self.canonical(prefix + match["version"])
            return None
        # a family's own tier ('Scout', 'Opus') after the nearest model of that family: Llama 4 -> Llama 4 Scout;
        # but a tier the article has named in full keeps that name, whatever version it names in between
        # ('Llama 4 Behemoth ... 4x the compute of Llama-3-405B ... Behemoth's shape' is Llama 4 Behemoth)
        tier = match["tier"]
        family = self.family_of_tier[tier]
        relatives = [name for name in earlier if self._family_words(name)[0] is family]
        named = next((name for name in relatives if name.endswith(" " + tier)), None)
        if named is not None:
            return named
        # and a sibling tier's version, named in full or short, before a nearer version named alone: the version
        # that has tiers ('Llama 4 Maverick ... unlike Llama 3.3 70B, Scout', 'Behemoth ... pushed back to Llama 5.
        # Maverick' are Llama 4's); a version named in passing (a past one, a coming one) has none of them
        siblings = [
            name
            for name in (*relatives, *shortened)
            if self._family_words(name)[0] is family and name.rsplit(" ", 1)[-1] in family.tiers
        ]
        base = next(filter(None, map(self._without_tiers, siblings)), None)
        base = base or next(filter(None, map(self._without_tiers, relatives)), None)
        return self.canonical(f"{base} {tier}") if base else None

    def _listed_base(self, models: list[str], listed: set[str]) -> tuple[str | None, str | None]:
        """The family and version of the first of `models` with a listed tier (a sibling), and of the first of
        them at all."""
        siblings = (name for name in models if name.rsplit(" ", 1)[-1] in listed)
        sibling = next(filter(None, map(self._without_tiers, siblings)), None)
        return sibling, next(filter(None, map(self._without_tiers, models)), None)

    def _without_tiers(self, name: str) -> str | None:
        """`Llama 4 Maverick` -> `Llama 4`: a family and its version; None for a name without a version."""
        family, words = self._family_words(name)
        if family is None or not words or words[0] in self.family_of_tier:
            return None
        return family.family + family.separator + words[0]

    def _elided_sizes(self, text: str, model: Entity):
        """The sizes coordinated right after a name that ends in a size: `70B, 8B and 1B`."""
        position = model.end_char
        while (match := self.elided_size.match(text, position)) is not None:
            yield match
            position = match.end()

    def _qualified_benchmark(self, doc: Doc, start: int, end: int, label: str, name: str | None):
        """`the Chinese MMLU`: a qualifier before a benchmark's name makes another benchmark, read as written;
        not as a sentence's first word. `the 2024 AIME`: a year before a yearly contest is its edition."""
        if label != "benchmark" or start < 1:
            return start, end, label, name
        word = doc[start - 1]
        if name in self.yearly and FOUR_DIGIT_YEAR.fullmatch(word.text):
            return start - 1, end, label, f"{name} {word.text}"
        if word.text in self.benchmark_qualifiers and not word.is_sent_start:
            if not (start >= 2 and doc[start - 2].is_title):  # a headline's run of capitals is no name
                return start - 1, end, label, None
        return start, end, label, name

    def _entity(self, doc: Doc, text: str, start: int, end: int, label: str, name: str | None) -> Entity:
        start_char, end_char = doc[start].idx, _end_char(doc, end)
        name_end = end_char
        if label == "model":
            stamped_end, name_end = self._snapshot_stamped(doc, text, start_char, end_char, end)
            if stamped_end > end:  # the stamp's tokens are the mention's; else its last token is read once only
                end, end_char = stamped_end, max(end_char, _end_char(doc, stamped_end))
        if name is None:
            written = " ".join(text[start_char:name_end].split())
            name = self.canonical(written)
            if label == "model" and self.short_year.fullmatch(written):
                label = "benchmark"  # "AIME-25": a yearly contest's edition, shaped like a model's code and version
        if label == "benchmark":
            name, versioned_end = self._versioned(doc, name, end)
            if versioned_end > end:
                end, end_char = versioned_end, _end_char(doc, versioned_end)
        return Entity(start, end, start_char, end_char, label, name, text[start_char:end_char])

    def _snapshot_stamped(self, doc: Doc, text: str, start_char: int, end_char: int, end: int) -> tuple[int, int]:
        """`o3-mini-2025-01-31`, `o1-2024-12-17`, `claude-3-5-haiku-latest`: the date an API snapshot stamps on a
        model's id, or the alias of its latest snapshot, is the mention's, not the name's (the tokenizer glues its
        year to the word before it: `mini-2025`). The token the mention ends at, and where its name ends: the
        stamp's start, or `end_char` where no stamp follows."""
        stamp = self.snapshot_stamp.search(text, start_char + 1, end_char + STAMP_LENGTH)
        if stamp is None or stamp.start() > end_char:
            return end, end_char
        while end < len(doc) and doc[end].idx < stamp.end():
            end += 1
        return end, stamp.start()

    def _versioned(self, doc: Doc, name: str, end: int) -> tuple[str, int]:
        """A benchmark's name with the version, part or variant written after it: `Terminal-Bench 2.1`, `AIME 2025`,
        `MATH (500)` (MATH-500), `MATH Lvl 5` (its own benchmark, whose 5 is no score), `SWE-bench Multilingual`."""
        if (year_end := self._short_year_end(doc, name, end)) > end:  # AIME 25, AIME '25: a year, never a score
            return self.canonical(f"{name} {doc[end:year_end].text}"), year_end
        if (version_end := _version_end(doc, end)) > end:
            return f"{name} {doc[end].text}", version_end
        following = [t.text for t in doc[end : end + 3]]
        if len(following) == 3 and following[0] == "(" and following[1].isdigit() and following[2] == ")":
            versioned = f"{name}-{following[1]}"
            return (self.by_alias[versioned].name if versioned in self.by_alias else f"{name} {following[1]}"), end + 3
        if len(following) >= 2 and following[0] in self.benchmark_parts and following[1].isdigit():
            return f"{name} {following[0]} {following[1]}", end + 2
        if following and following[0] in self.benchmark_variants and doc[end - 1].whitespace_:
            return self.canonical(f"{name} {following[0]}"), end + 1  # an alias, if it is one: HumanEval Plus
        return name, end

    def _short_year_end(self, doc: Doc, name: str, end: int) -> int:
        """Where a yearly contest's short year after its name ends (`AIME 25`, `AIME '25`, an apostrophe its own
        token), or `end` where none follows."""
        if end >= len(doc) or not doc[end - 1].whitespace_:
            return end
        year_end = end + 1 + (doc[end].text in APOSTROPHES and not doc[end].whitespace_)
        if year_end > len(doc) or not self.short_year.fullmatch(f"{name} {doc[end:year_end].text}"):
            return end
        return end if year_end < len(doc) and doc[year_end].lower_ in NOT_AFTER_VERSION else year_end  # AIME 24%

    def _read_canonical(self, text: str) -> str:
        """A name's canonical form (`canonical` remembers them): `GLM 5.2` -> `GLM-5.2`; `Qwen2.5` -> `Qwen 2.5`;
        `gpt-5-mini` -> `GPT-5 mini`; `Opus 4.8` -> `Claude Opus 4.8`; `ERNIE Large Model 5.0` -> `ERNIE 5.0`;
        aliases -> their name. A family's version joins it by the family's separator, any tier after it by a space,
        so one model written three ways is one subject."""
        text = text.translate(UNICODE_HYPHENS)  # a name written with a Unicode hyphen is the same name
        if text.islower():
            text = HYPHENED_POINT.sub(r"\1.\2", text)  # claude-3-5-sonnet: an API id's point as a hyphen
        text = self.model_kind.sub("", text)  # "ERNIE Large Model 5.0": what it is, no part of its name
        if text in self.by_alias:
            return self.by_alias[text].name
        if short_year := self.short_year.fullmatch(text):
            return f"{self.by_alias[short_year['name']].name} 20{short_year['year']}"
        family, found_words = self._family_words(text)
        if family is not None:
            words = [self.tier_case.get(w.lower(), w) if i else w for i, w in enumerate(found_words)]  # "pro" is Pro
            words = [_size_case(w) for w in words]  # "405b" is 405B
            words = _in_makers_order(family, words)
            name = family.family + (family.separator + " ".join(words) if words else "")
        elif (first := text.split(" ", 1)[0]) in self.family_of_tier:
            name = f"{self.family_of_tier[first].family} {text}"
        else:
            name = text
        return self.by_alias[name].name if name in self.by_alias else name

    def _read_family_words(self, text: str) -> tuple[FamilyRule | None, tuple[str, ...]]:
        """The family a name begins with (any case, a version glued on or not) and the words after it."""
        prefix = self.family_prefix.match(text)
        if prefix is None:
            return None, ()
        return self.family_by_lower[prefix.group().lower()], tuple(text[prefix.end() :].replace("-", " ").split())

    def named_in_full(self, name: str, latest_first: Iterable[Entity]) -> str | None:
        """The model a family's bare name, or its name and tier with no version, means: the latest of that family
        (and tier) named before, with its version: `Gemini reaches 86.7%` after `Gemini 2.5 Pro`, `Claude Opus
        scored` after `Claude 3 Opus`."""
        family, tiers = self._family_words(name)
        if family is None or any(c.isdigit() for tier in tiers for c in tier):
            return None
        for model in latest_first:
            if model.type != "model" or model.name == name:
                continue
            of, words = self._family_words(model.name)
            if of is family and set(tiers) <= set(words) and any(c.isdigit() for word in words for c in word):
                return model.name
        return None

    def maker(self, name: str) -> str | None:
        """The organisation that makes a model, from the alias table or the model's family."""
        if name in self.makers:
            return self.makers[name]
        family, _ = self._family_words(name)
        return family.maker if family else None


def _same_series(version: str, other: str) -> bool:
    """`K2` and `K2.5`, `V3` and `V4`: versions of one letter's series, as a lab numbers its models."""
    return version[:1] == other[:1] and version[:1].isupper() and version[1:2].isdigit() and other[1:2].isdigit()


def _abbreviates(short: str, name: str) -> bool:
    """Is `short` (`ML2`) made of capitals and digits of `name` (`Mistral Large 2`) in order, its first the name's?"""
    marks = [c for c in short if c.isupper() or c.isdigit()]
    initials = [c for c in name if c.isupper() or c.isdigit()]
    if len(marks) < 2 or not initials or marks[0] != initials[0]:
        return False
    remaining = iter(initials)
    return all(mark in remaining for mark in marks)


def _ends_a_name(token) -> bool:
    """A capitalised word that is no stop word: the tier or version right after it continues a name."""
    return token.is_title and token.is_alpha and not token.is_stop and bool(token.whitespace_)


def _continues_an_unknown_name(doc: Doc, first: int, taken: set[int]) -> bool:
    """Whether token `first` follows a capitalised word no known name takes: it is part of that unknown name."""
    return first > 0 and first - 1 not in taken and _ends_a_name(doc[first - 1])


def _size_case(word: str) -> str:
    """A size as names write it: `405b` -> `405B`, `a12b` -> `A12B`."""
    return word.upper() if LOWER_SIZE.fullmatch(word) else word


def _end_char(doc: Doc, end: int) -> int:
    """The character after tokens `..end`."""
    last = doc[end - 1]
    return last.idx + len(last)


def tokens_touched(token_starts: list[int], start_char: int, end_char: int) -> tuple[int, int]:
    """The tokens (first, end) that characters `start_char..end_char` touch, given each token's first character."""
    return bisect.bisect_right(token_starts, start_char) - 1, bisect.bisect_left(token_starts, end_char)


def _without_spelled_out_names(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """`the Chinese MMLU (Massive Multitask Language Understanding) test`: a benchmark's name spelled out in brackets
    right after it names no second benchmark, which a score after it would take in place of the first."""
    kept: list[Entity] = []
    for entity in entities:
        named = kept[-1] if kept else None
        spelled_out = (
            named is not None
            and entity.type == named.type == "benchmark"
            and entity.start == named.end + 1
            and doc[named.end].text == "("
            and entity.end < len(doc)
            and doc[entity.end].text == ")"
            and named.name.endswith(entity.name)
        )
        if not spelled_out:
            kept.append(entity)
    return kept


def _glued_on(token, end_char: int) -> bool:
    """Does `token` run on past `end_char` with letters or digits, not after a hyphen (`MiniMax-Text-01`, a
    token the name pattern reads in part): a name glued to the next cell's words (`Opus 4.568.5%Previous`)?"""
    rest = token.text[end_char - token.idx :]
    return not rest.startswith("-") and any(c.isalnum() for c in rest)


def _glued_name(doc: Doc, start: int, end: int, label: str, name: str) -> tuple[int, int, str, str | None]:
    """`Global-MMLU`, `MMLU-Redux`: a benchmark's name hyphened to a capitalised word is another benchmark's name,
    read as written (no canonical name from the alias table)."""
    glued_before = (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and doc[start - 2].text[:1].isupper()
    )
    glued_after = (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
    )
    if not glued_before and not glued_after:
        return start, end, label, name
    return start - 2 * glued_before, end + 2 * glued_after, label, None


def _version_end(doc: Doc, end: int) -> int:
    """The end of a version number written right after a benchmark's name, or `end` if none."""
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return end
    token = doc[end]
    if not BENCHMARK_VERSION.match(token.text):
        return end
    if end + 1 < len(doc) and doc[end + 1].lower_ in NOT_AFTER_VERSION:
        return end
    return end + 1


def _in_makers_order(family: FamilyRule, words: list[str]) -> list[str]:
    """A version and a tier in the order the maker writes them for that version: `Claude 4 Opus` is `Claude Opus
    4`, `Claude Sonnet 3.5` is `Claude 3.5 Sonnet`, where the family says from which version the tier comes first."""
    if family.tier_first_from is None or len(words) != 2:
        return words
    tier_first = words[0] in family.tiers
    tier, version = words if tier_first else words[::-1]
    if tier not in family.tiers or not VERSION.fullmatch(version):
        return words
    return [tier, version] if float(version) >= family.tier_first_from else [version, tier]


def _sibling(model: Entity, size: str) -> str:
    """The model of `size` in `model`'s family and version: `Llama 3.1 70B` or `Llama 3.1` and `8B` give
    `Llama 3.1 8B`."""
    last = model.text.split()[-1]
    return model.name[: -len(last)] + size if SIZED_NAME.fullmatch(last) else f"{model.name} {size}"


def _written_ways(rule: EntityRule) -> list[str]:
    """A name and its aliases; a model's or benchmark's hyphens may be spaces too (`MATH 500`), and a model's
    lower-case words after the first capitalised (`o3 Mini`, `o3-Mini`), as the press writes them."""
    names = [rule.name, *rule.aliases]
    if rule.type in ("model", "benchmark"):
        names += [name.replace("-", " ") for name in names if "-" in name]
    if rule.type == "model":
        names += [_capitalised_after_first(name) for name in names]
    return names


def _capitalised_after_first(name: str) -> str:
    first, *rest = re.split(r"([ -])", name)
    return first + "".join(part[:1].upper() + part[1:] if part.islower() else part for part in rest)
