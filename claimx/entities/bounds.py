"""A mention's bounds and kind: where a name found by the ruler or a name pattern really begins and ends. Hyphened
words make another model's name (`o3-mini-high`, `Med-Gemini`, `Llama-3.1-Nemotron-70B-Instruct`), not an
adjective (`GPT-5-powered`); an API snapshot's date stamp is the mention's but not the name's; a benchmark takes
the version, part or year written after it (`AIME 2025`, `MATH (500)`) and a qualifier before it (`the Chinese
MMLU`); a family's bare name before a family noun names no model."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .base import Entity
from .sizes import has_a_size

# a word a model's name is hyphened to, making it another model's name: `mini`, `VL-235`, `VL-1.6` (the tokenizer
# keeps a hyphen between a letter and a digit inside the token, and a decimal size's point)
GLUED_WORD = re.compile(r"[^\W\d_][\w-]*(?:\.\d+)?")
STAMP_LENGTH = 11  # characters of a snapshot's date stamp at most: -2025-01-31
# before a short year: AIME '25, AIME ’25, and the opening quote autocorrect puts there when it is typed after a
# space: AIME ‘25
APOSTROPHES = ("'", "’", "‘")
FOUR_DIGIT_YEAR = re.compile(r"(?:19|20)\d\d")  # "the 2024 AIME": the edition of a yearly contest
# a benchmark version written after its name: Terminal-Bench 2.1, AIME 2025, ARC-AGI v2
BENCHMARK_VERSION = re.compile(r"^(?:v?\d(?:\.\d{1,2})?|20\d\d)$", re.IGNORECASE)
NOT_AFTER_VERSION = {"%", "percent", "points", "point", "pp"}


def _end_char(doc: Doc, end: int) -> int:
    """The character after tokens `..end`."""
    last = doc[end - 1]
    return last.idx + len(last)


def without_spelled_out_names(doc: Doc, entities: list[Entity]) -> list[Entity]:
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


def glued_on(token, end_char: int) -> bool:
    """Does `token` run on past `end_char` with letters or digits, not after a hyphen (`MiniMax-Text-01`, a
    token the name pattern reads in part): a name glued to the next cell's words (`Opus 4.568.5%Previous`)?"""
    rest = token.text[end_char - token.idx :]
    return not rest.startswith("-") and any(c.isalnum() for c in rest)


def in_web_address(doc: Doc, start: int, end: int) -> bool:
    """Is a name pattern's match part of a web address (`https://site.ai/p/gemini-25-pro-review`,
    `huggingface.co/Qwen/Qwen3-8B`)? The tokenizer keeps a URL one token, which the match would be widened to: the
    whole address would stand as a model's name, and as the heading's subject of every figure under a link's line.
    A link names the page it points to, not a model the text speaks of."""
    return any(token.like_url for token in doc[start:end])


def glued_name(doc: Doc, start: int, end: int, label: str, name: str) -> tuple[int, int, str, str | None]:
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


class MentionBounds:
    """The part of `EntityResolver` that sets a found name's tokens, type and name, and makes its `Entity`."""

    def _glued_model(self, doc: Doc, text: str, start: int, end: int, label: str, name: str | None):
        """`o3-mini-high`, `o1-preview`: a model's name hyphened to more words is another model's name, read as
        written; but not an adjective (`GPT-5-powered`). So is a name followed by a tier (`Command A Reasoning`),
        and one ending on a hyphened word followed by a version or size (`MiniCPM-V 2.6`, `Qwen2-VL 72B`).
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
        glued = self._spaced_version_end(doc, text, start, self._glued_words_end(doc, end))
        return (start, glued, label, None) if glued > end else (start, end, label, name)

    def _spaced_version_end(self, doc: Doc, text: str, start: int, end: int) -> int:
        """Where a name ending at token `end` on a hyphened letter or word ends, with the version or size written
        after a space (`MiniCPM-V 2.6`, `Qwen2-VL 72B`, `Phi-3.5-MoE 42B`): else `MiniCPM-V 2.6` and `MiniCPM-V 4.0`
        would be one model `MiniCPM V`, their figures set against each other. A version only where the name has
        none yet (`DeepSeek-V3 2.5` is no name), a size where it has no size (a table's `Apertus-8B-Instruct 8B`
        is a size column's); `end` where none follows."""
        last = doc[end - 1]
        if end < 2 or not last.is_alpha or doc[end - 2].text != "-" or doc[end - 2].whitespace_ or not last.whitespace_:
            return end
        after = self.spaced_version.match(text, last.idx + len(last))
        written = text[doc[start].idx : last.idx]
        if after is None or (any(c.isdigit() for c in written) if after["version"] else has_a_size(written)):
            return end
        while end < len(doc) and doc[end].idx < after.end():
            end += 1
        return end

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
        """`Llama-3.1-Nemotron-70B-Instruct`: two names hyphened together are one model's name; so are two written
        apart where the second is of a family named after its base model (`Llama 3.1 Nemotron Ultra 253B`)."""
        joined: list[Entity] = []
        for entity in entities:
            last = joined[-1] if joined else None
            if (
                last is not None
                and last.type == entity.type == "model"
                and (self._hyphened_to(doc, last, entity) or self._after_its_base(doc, last, entity))
            ):
                joined[-1] = self._entity(doc, text, last.start, entity.end, "model", None)
            else:
                joined.append(entity)
        return joined

    @staticmethod
    def _hyphened_to(doc: Doc, last: Entity, entity: Entity) -> bool:
        return (
            entity.start == last.end + 1
            and doc[last.end].text == "-"
            and not doc[last.end - 1].whitespace_
            and not doc[last.end].whitespace_
        )

    def _after_its_base(self, doc: Doc, last: Entity, entity: Entity) -> bool:
        """Does `entity`, of a family whose models open on their base model's name, follow `last` after one space
        (`Llama 3.1 Nemotron`, not `Llama 3.1, Nemotron` nor a line apart)? Then `last` is the base, a part of it."""
        return (
            entity.start == last.end
            and doc[last.end - 1].whitespace_ == " "
            and entity.name.split(" ", 1)[0] in self.base_first_families
        )

    def _names_a_family(self, doc: Doc, entity: Entity) -> bool:
        """`the Llama family`, `future Llama models`: a family's bare name before a family noun names no model."""
        return (
            entity.type == "model"
            and entity.name in self.families
            and entity.end < len(doc)
            and doc[entity.end].lower_ in self.family_nouns
        )

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
