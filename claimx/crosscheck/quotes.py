"""Quotes: the same words from different speakers, or one speaker's quote worded materially differently."""

from __future__ import annotations

import difflib
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from ..records import Conflict, Quote
from ..ruleset import ConflictRules
from .base import Checker
from .confidence import attribution
from .positions import Position, article_pairs, pairs_or_star, short

PUNCTUATION = re.compile(r"[^\w\s]")
# an apostrophe within a word ("OpenAI's", "it's"): reprints drop it ("OpenAIs", "its"), the word stays one
INNER_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
INITIALISM = re.compile(r"\b(?:[^\W\d_]\.){2,}")  # U.S., U.K., e.g.
ELISION = re.compile(r"\.\s?\.\s?\.|…")  # "..." or "…" in a quote: words the writer left out
# an editor's insertion in brackets ("Local (Chinese) companies", "sell [the chips] abroad"), not the speaker's words
BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
SPOKEN_WORD = re.compile(r"[\w'’]+")
GLOSS = "[…]"  # stands for a bracket's words: whatever the speaker said there
TRANSCRIBED = (
    "the wordings also differ as transcripts do (a contraction written out, a bracketed gloss, a word said twice), "
    "so the rest may be transcription too"
)


class QuoteCheck(Checker):
    def __init__(self, settings: ConflictRules):
        super().__init__(settings)
        self.stopwords = {w.lower() for w in settings.quote_stopwords}
        self.contractions = {w.lower(): full.split() for w, full in settings.quote_contractions.items()}
        self.contraction_endings = {e.lower(): full.split() for e, full in settings.quote_contraction_endings.items()}

    def conflicts(self, quotes: Sequence[Quote], involving) -> Iterable[Conflict]:
        by_words: dict[str, dict[str, list[Quote]]] = defaultdict(lambda: defaultdict(list))
        by_speaker: dict[str, dict[str, list[Quote]]] = defaultdict(lambda: defaultdict(list))
        full_names = _full_names(self.subject(q.speaker) for q in quotes if q.speaker is not None)
        for quote in quotes:
            if quote.speaker is None:
                continue
            quoted = words(quote.quote)
            speaker = self.subject(quote.speaker)
            speaker = full_names.get(speaker, speaker)  # "Okafor" in one article is "Daniel Okafor" in another
            by_words[quoted][speaker].append(quote)
            by_speaker[speaker][quoted].append(quote)
        for quoted, speakers in by_words.items():
            positions = [Position(((i, i),), tuple(q)) for i, (_, q) in enumerate(sorted(speakers.items()))]
            for a, b in pairs_or_star(positions):
                quote = short(a.first.quote, 60)
                for x, y in article_pairs(a, b, involving):
                    explanation = f"'{quote}' attributed to {x.first.speaker} and to {y.first.speaker}"
                    yield self.conflict(
                        "quote_speaker",
                        f"“{quote}”",
                        f"quote · {short(quoted, 40)}",
                        x,
                        y,
                        explanation,
                        stated=_speakers,
                    )
        for speaker, wordings in by_speaker.items():
            for words_a, words_b in self._reworded(sorted(wordings)):
                if _elides(wordings[words_a], words_b) or _elides(wordings[words_b], words_a):
                    continue  # "They don't need chips…to build it" is "They don't need chips, surely, to build it" cut
                first, second = (
                    Position(((0, 0),), tuple(wordings[words_a])),
                    Position(((1, 1),), tuple(wordings[words_b])),
                )
                for x, y in article_pairs(first, second, involving):
                    told = self._told_apart(x.first.quote, y.first.quote)
                    if told == "transcribed":
                        continue  # "that's" and "that is", "Local (Chinese) companies" and "local companies"
                    sureness = attribution([x, y])
                    if told == "partly transcribed" and sureness[0] == "high":
                        sureness = ("medium", TRANSCRIBED)
                    explanation = f"{speaker} quoted two ways: '{x.first.quote}' vs '{y.first.quote}'"
                    yield self.conflict(
                        "quote_wording",
                        speaker,
                        f"{speaker} · quote",
                        x,
                        y,
                        explanation,
                        stated=_wording,
                        sureness=sureness,
                    )

    def _reworded(self, wordings: list[str]) -> list[tuple[str, str]]:
        """Pairs of one speaker's wordings that are one quote told two ways.

        Candidates come from a prefix filter (each wording indexed by its rarest
        words, as many as a pair this alike must share one of), so a speaker
        quoted a thousand times is not compared pairwise.
        """
        sets = [set(w.split()) for w in wordings]
        frequency = Counter(word for w in sets for word in w)
        overlap = self.settings.quote_similarity / (2 - self.settings.quote_similarity)
        index: dict[str, list[int]] = defaultdict(list)
        for i, w in enumerate(sets):
            rarest = sorted(w, key=lambda word: (frequency[word], word))
            for word in rarest[: len(rarest) - math.ceil(overlap * len(rarest)) + 1]:
                index[word].append(i)
        candidates = {pair for members in index.values() for pair in itertools.combinations(members, 2)}
        return [
            (wordings[i], wordings[j])
            for i, j in sorted(candidates)
            if self._same_quote_reworded(wordings[i], wordings[j])
        ]

    def _same_quote_reworded(self, a: str, b: str) -> bool:
        """Alike enough to be one quote, and differing in a word that matters; a part of the other, word for
        word (a headline quoting its first sentence), is quoted, not reworded; so are the same letters spaced
        otherwise (`ill-conceived`, `illconceived`)."""
        shorter, longer = sorted((a, b), key=len)
        if f" {shorter} " in f" {longer} " or shorter.replace(" ", "") == longer.replace(" ", ""):
            return False
        words_a, words_b = a.split(), b.split()
        matcher = difflib.SequenceMatcher(None, words_a, words_b)
        # the cheap upper bounds first
        if any(
            bound() < self.settings.quote_similarity
            for bound in (matcher.real_quick_ratio, matcher.quick_ratio, matcher.ratio)
        ):
            return False
        content_a, content_b = set(words_a) - self.stopwords, set(words_b) - self.stopwords
        changed = content_a ^ content_b
        # a quote told again keeps most of what it says: two phrases built alike ('the most powerful AI model in
        # the world', 'the smartest AI in the world') that share fewer words than they change are two sayings
        return bool(changed) and len(content_a & content_b) > len(changed)

    def _told_apart(self, a: str, b: str) -> str:
        """How two wordings of one quote differ: 'transcribed' where only as transcripts of one saying do (a
        contraction written out, a bracketed gloss, a word said twice, a stopword, one quoting more before or after),
        'partly transcribed' where words differ besides such differences, else 'reworded'."""
        as_written = self._changed_words(words(a).split(), words(b).split())
        as_spoken = self._changed_words(self._spoken(a), self._spoken(b))
        if not as_written or not as_spoken:
            return "transcribed"
        return "partly transcribed" if len(as_spoken) < len(as_written) else "reworded"

    def _spoken(self, quote: str) -> list[str]:
        """A quote's words as spoken: contractions written out, a bracketed insertion one stand-in, a word said twice
        in a row once ('very, very talented')."""
        text = _initials_joined(quote).lower().replace("’", "'")
        spoken: list[str] = []
        for i, part in enumerate(BRACKETED.split(text)):
            said = [GLOSS] if i else []
            for token in SPOKEN_WORD.findall(part):
                said += self._written_out(token.strip("'"))
            for word in said:
                if word and (not spoken or spoken[-1] != word):
                    spoken.append(word)
        return spoken

    def _written_out(self, word: str) -> list[str]:
        """A word with its contraction written out ("we're": we are), any other apostrophe dropped, as `words`
        does."""
        if word in self.contractions:
            return self.contractions[word]
        for ending, full in self.contraction_endings.items():
            if word.endswith(ending) and len(word) > len(ending):
                return [word[: -len(ending)], *full]
        return [word.replace("'", "")]

    def _changed_words(self, a: list[str], b: list[str]) -> set[str]:
        """The words two wordings differ in where they overlap (one quoting more before or after quotes in part),
        stopwords, a bracket's stand-in for what it replaces and words spaced otherwise aside."""
        steps = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        changed: set[str] = set()
        for n, (tag, a_from, a_to, b_from, b_to) in enumerate(steps):
            ours, theirs = a[a_from:a_to], b[b_from:b_to]
            if tag == "equal" or (n in (0, len(steps) - 1) and not (ours and theirs)):
                continue
            if GLOSS in ours + theirs and not ([w for w in ours if w != GLOSS] and [w for w in theirs if w != GLOSS]):
                continue  # "[the chips]" for "them", or a gloss added: the editor's words
            if "".join(ours) == "".join(theirs):
                continue  # "ill-conceived", "illconceived"
            changed |= (set(ours) ^ set(theirs)) - self.stopwords - {GLOSS}
        return changed


def words(quote: str) -> str:
    """A quote's words, case, punctuation and quotation marks aside; an initialism with or without its full stops
    (`U.S.`, `US`) is one word, and so is a word with or without its apostrophe (`OpenAI's`, `OpenAIs`)."""
    return " ".join(PUNCTUATION.sub(" ", INNER_APOSTROPHE.sub("", _initials_joined(quote)).lower()).split())


def _initials_joined(quote: str) -> str:
    """The quote with each initialism's full stops dropped (`U.S.` -> `US`)."""
    return INITIALISM.sub(lambda initials: initials.group().replace(".", ""), quote)


def _elides(quotes: Sequence[Quote], wording: str) -> bool:
    """Is one of `quotes` the quote worded `wording` with words left out where its marks say ('a … c' of 'a b c')?"""
    return any(
        _in_order([words(part) for part in ELISION.split(q.quote)], wording) for q in quotes if ELISION.search(q.quote)
    )


def _in_order(parts: list[str], wording: str) -> bool:
    """Does `wording` hold each of `parts` word for word, one after another?"""
    padded, at = f" {wording} ", 0
    for part in filter(None, parts):
        found = padded.find(f" {part} ", at)
        if found < 0:
            return False
        at = found + len(part) + 1
    return True


def _speakers(position: Position) -> str:
    return repr(sorted({c.speaker for c in position.claims}))


def _wording(position: Position) -> str:
    return words(position.first.quote)


def _full_names(speakers: Iterable[str]) -> dict[str, str]:
    """A surname alone -> the one full name among `speakers` that ends with it."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in set(speakers):
        if " " in name:
            by_surname[name.rsplit(" ", 1)[1]].add(name)
    return {surname: next(iter(names)) for surname, names in by_surname.items() if len(names) == 1}
