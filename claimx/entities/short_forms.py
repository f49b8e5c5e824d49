"""Short forms: a model named by less than its name once the article has named it in full. A version alone (`V3`,
`K2 Thinking`), a standalone tier (`Scout` after `Llama 4`), a version of a lab named before (`the V3 model` after
DeepSeek), a chip by its number (`910B` after `Ascend 910B`). Each is read from the names before it, nearest first;
a tier that is also a common word ('Plus', 'Max') names a model only where the article has named that model or
lists the family's tiers; and where the text does not make the model clear, it names none."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from ..scanning import matches_from
from .base import Entity, tokens_touched
from .canonical import VERSION
from .sizes import SIBLING_LEAD_CHARS, ends_in_a_size, sibling_named

VERSION_END = re.compile(r"[ -]")  # what ends a short form's version: "K2 Thinking", "V3-Base"
NAME_WORD_BREAK = re.compile(r"[\s-]")  # what parts a model's name into words: "DeepSeek-V3", "Kimi K2"
SHORT_CHIP_NUMBER = 3  # characters a chip's model number needs to name it alone: "910B", "920", not "3"


def _same_series(version: str, other: str) -> bool:
    """`K2` and `K2.5`, `V3` and `V4`: versions of one letter's series, as a lab numbers its models."""
    return version[:1] == other[:1] and version[:1].isupper() and version[1:2].isdigit() and other[1:2].isdigit()


def _ends_a_name(token) -> bool:
    """A capitalised word that is no stop word: the tier or version right after it continues a name."""
    return token.is_title and token.is_alpha and not token.is_stop and bool(token.whitespace_)


def _continues_an_unknown_name(doc: Doc, first: int, taken: set[int]) -> bool:
    """Whether token `first` follows a capitalised word no known name takes: it is part of that unknown name."""
    return first > 0 and first - 1 not in taken and _ends_a_name(doc[first - 1])


class ShortForms:
    """The part of `EntityResolver` that finds short forms, with the regexes and tier lists its `__init__` compiles.
    The sizes of a sized name's siblings are found with them (`sizes`), as the same kind of short name."""

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
                found.append(self._entity(doc, text, first, end, "model", self.canonical(sibling_named(model, size))))
                taken.update(range(first, end))
        return found

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
        # a name the rules know that this is holds the version's first word (a capital and digits: the canonical
        # name keeps it, and no model kind's words it drops hold a digit); varied text redraws versions, and one no
        # name writes skips the canonical names of all the lab's families
        if VERSION_END.split(version, maxsplit=1)[0] in self.alias_text:
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

    def _read_known_versions(self, family: str) -> list[str]:
        """The versions of the family's models the rules name (`V3`, `R1` of DeepSeek's): read from every alias,
        so `_known_versions` remembers them per family (a redrawn version asks again of the same family)."""
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
        # a model number of one or two characters ('Gaudi 3', 'Snapdragon 8 Gen 3') is any small count written
        # alone: '3 trillion tokens' after 'Gaudi 3' names no chip
        numbers = {
            n: name for n, name in numbers.items() if len(n) >= SHORT_CHIP_NUMBER and any(c.isdigit() for c in n)
        }
        found = self._mentions(doc, text, numbers, "chip", token_starts, taken)
        # "Atlas 960" after "Ascend 960": the number of another product's name, no short name of the chip
        return [
            chip
            for chip in found
            if not _continues_an_unknown_name(doc, chip.start, taken) and not self._written_as_a_figure(doc, chip)
        ]

    def _written_as_a_figure(self, doc: Doc, chip: Entity) -> bool:
        """`$920 million`, `920 billion`: a chip's number with a currency sign before it or a scale word after it
        is a sum or an amount, whatever chip the article named by it."""
        before = doc[chip.start - 1].text if chip.start > 0 else ""
        after = doc[chip.end].lower_ if chip.end < len(doc) else ""
        return before in self.money_marks or after in self.scale_words

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
