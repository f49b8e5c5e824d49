"""Names the rules do not know: `Yi-Lightning's 88.7%`, `Arctic has 480 billion parameters`,
`Snowflake released Arctic`, `its Hy3 preview model`, `the Hierarchical Reasoning Model`. A figure
such a name owns or leads is somebody's we cannot name: no subject, rather than the nearest known
name or the model in focus, which would be wrong.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...numbers import Figure
from ...spans import DocSpans, Marker, title_case_line
from .base import EMPHASIS, VERSION_NUMBER, apposition_comma, last_model_before

UNKNOWN_CODE_REACH = 3  # "its Hy3 preview model": tokens from a model's code to "model"
MODEL_CODE = re.compile(r"[A-Z][A-Za-z]*\d[\w.]*")  # Hy3, X2, M2.5: a capital, then a digit
# a list item's mark before a clause's subject ("• Falcor has 137 billion parameters"): the item opens a sentence
LIST_MARKS = {"•", "-", "–", "·", "▪", "+"}
LEAD_WORDS = {"the", "a", "an", "its", "their"}  # words before a clause's subject
# marks that set off a clause of its own without an opening word: "... parameters — Q2X has roughly 5B"
CLAUSE_BREAKS = ("—", "–", ";")
BRACKET_UNIT_WORDS = 2  # lower-case words between a figure and the bracket closing it: "(~2.5B params)"
# a product's code in lower case, a digit after its last hyphen: "coder-002", "davinci-003" ("zephyr-coder-002")
LOWER_CASE_CODE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9.]+)*-\d[\w.]*")
PHRASE_ENDS = {"and", "or", "but", "while", "whereas", "versus", "vs"}  # words after a name that end its phrase


class UnknownNames:
    """The finder's checks for a name the rules do not know owning or leading the figure."""

    def _owner_unknown(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """A name the rules do not know owns the figure: `Yi-Lightning's 88.7%`, `Vela Pro (71.2)`, `Kestrel 1.5
        (7.7%)`."""
        doc, words = spans.doc, spans.words
        i = figure.token_start - 1
        if i > sent.start and words[i] in self.possessives:
            return spans.entity_at.get(i - 1) is None and words[i - 1][:1].isupper()
        if i > sent.start and words[i] == "(" and _closes_the_bracket(words, figure.token_end, sent.end):
            name_end = i - 1 - (i - 2 > sent.start and doc[i - 1].like_num)  # a version after the name: "Kestrel 1.5"
            name = doc[name_end]
            return (
                spans.entity_at.get(i - 1) is None
                and spans.entity_at.get(name_end) is None
                and ((name.is_title and not name.is_sent_start) or _a_product_code(name.text))
                and name.text not in self.not_names
            )
        return False

    def _unknown_lead_after_a_break(self, spans: DocSpans, sent: Span, figure: Figure, entities, roles) -> bool:
        """`Orca-3 counts effective parameters — Q2X has roughly 5B raw parameters`: the clause a dash or a semicolon
        sets off before the figure opens on a name the rules do not know, as its subject: the figure is that
        name's, not the one the sentence named before the mark, nor the model in focus."""
        text = spans.text
        mark = max(text.rfind(m, sent.start_char, figure.start) for m in CLAUSE_BREAKS)
        if mark < 0:
            return False  # most sentences hold no such mark before a figure: no token is read
        start = spans.tokens_of(mark, mark + 1)[1]
        named = any(
            e.type in self.subject_types and start <= e.start < figure.token_start and roles.is_candidate(e)
            for e in entities
        )
        return not named and self.unknown_lead(spans, start, figure.token_start)

    def _for_an_unknown(self, spans: DocSpans, sent: Span, figure: Figure, cue: Marker | None) -> bool:
        """`4.5 trillion tokens for Reka Edge.`: `for` right after the figure or its cue, then a run of capitalised
        words no rule knows that ends its phrase (not `for API users`), names whose figure it is: nobody we can
        name."""
        ends = [figure.token_end] + ([cue.end] if cue is not None and cue.start == figure.token_end else [])
        words = spans.words
        for end in ends:
            if end >= sent.end or spans.lowers[end] not in self.for_words:
                continue
            run = end + 1 + (end + 1 < sent.end and spans.lowers[end + 1] == "the")
            stop = run
            while stop < sent.end and words[stop][:1].isupper() and stop not in spans.entity_at:
                stop += 1
            ends_phrase = stop == sent.end or not words[stop][:1].isalnum() or spans.lowers[stop] in PHRASE_ENDS
            if stop > run and ends_phrase and words[run] not in self.kinds.not_names:
                return not title_case_line(spans.text, figure.start)  # "A 12B Model for Multilingual Apps": a headline
        return False

    def _trains_an_unknown(self, spans: DocSpans, sent: Span, figure: Figure, cue: Marker | None) -> bool:
        """`it cost just $930 to train Transformer`: a capitalised word no rule knows right after the training
        cue that follows the figure names the model trained, which is nobody we can name."""
        if cue is None or cue.start < figure.token_end or cue.end >= sent.end:
            return False
        after = spans.doc[cue.end]
        return (
            cue.label == "TRAINING"
            and spans.doc[cue.end - 1].is_lower  # not a headline's "The $5.6M Training Run"
            and after.is_title
            and after.text not in self.not_names
            and spans.entity_starting_at(cue.end) is None
        )

    def unknown_model_named(self, spans: DocSpans, sent: Span, end: int) -> bool:
        """`Tencent unveiled its Hy3 preview model, which has 295 billion parameters`: a code no rule knows (a
        capital and a digit), called a model before token `end`, names the model a figure there is of: nobody
        we can name."""
        if "MODEL_NOUN" not in spans.labels_in(sent.start, sent.end):
            return False  # the sentence's labels are kept for it: most call nothing a model
        words = spans.words
        for marker in spans.markers_in(sent.start, end, ("MODEL_NOUN",)):
            for i in range(max(sent.start, marker.start - UNKNOWN_CODE_REACH), marker.start):
                word = words[i]
                if i in spans.entity_at or word in self.not_names:
                    continue
                # "Hy3 preview model"; "the LVNM 1.0 language model": a capitalised word and its version
                versioned = word[:1].isupper() and word.isalpha() and bool(VERSION_NUMBER.fullmatch(words[i + 1]))
                if MODEL_CODE.fullmatch(word) or (versioned and i + 1 not in spans.entity_at):
                    return True
        return False

    def model_proper_name_unknown(self, spans: DocSpans, sent: Span) -> bool:
        """`We analysed the Hierarchical Reasoning Model by Sapient`: "the", then capitalised words no rule knows, then
        "Model" capitalised, in running text: a model's own name, nobody we can name. Not where each word describes
        (`the Large Language Model`), nor a headline's title case (`Google Unveils Its Newest AI Model`: no "the")."""
        words = spans.words
        for marker in spans.markers_in(sent.start, sent.end, ("MODEL_NOUN",)):
            noun = marker.end - 1
            if words[noun] != "Model":
                continue
            i = noun - 1
            while i > sent.start and _a_capitalised_word(words[i]) and i not in spans.entity_at:
                i -= 1
            named = words[i + 1 : noun]
            if (
                named
                and spans.lowers[i] == "the"
                and not words[i][:1].isupper()
                and not any(word in self.not_names for word in named)
                and any(word not in self.describers for word in named)
            ):
                return True
        return False

    def _unknown_name_nearer(self, spans: DocSpans, sent: Span, figure: Figure, entities) -> bool:
        """`GPT-4.5 (1,398) and an Depseek R1 with 1,359`: a name no rule knows, a capitalised word and a code
        (`Depseek R1`, `Zircon X2`), stands between the last model named and the figure."""
        last = last_model_before(entities, figure)
        if last is None:
            return False  # a sentence naming no model: the checks of a lead no rule knows apply
        words = spans.words
        return any(
            MODEL_CODE.fullmatch(words[i])
            and words[i - 1][:1].isupper()
            and words[i - 1].isalpha()
            and i not in spans.entity_at
            and i - 1 not in spans.entity_at
            and words[i] not in self.not_names
            for i in range(last.end + 1, figure.token_start)
        )

    def _owned_by_unknown_lead(self, spans: DocSpans, sent: Span, marker: Marker) -> bool:
        """`Elon Musk fired up a cluster, with plans to double its size`, `Kestrel Labs doubled its fleet`: an `its`
        in a sentence opening on a name the rules do not know (a person, a lab) is that name's thing, not the model
        in focus's. After a report it may be the speaker's company in focus (`Jensen Huang said its ...`): kept."""
        return self._opens_with_a_name(spans, sent) and not spans.has_marker(sent.start, marker.start, ("REPORT",))

    def _describes_an_unknown_name(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`Moonshot AI announced Vantor, a 300B model`, `... Vantor, a novel 300B model`: the figure describes a
        name the rules do not know."""
        comma = apposition_comma(spans, figure)
        return (
            comma is not None
            and self._named_unknown(spans, sent, comma - 1)
            and self._model_noun_after(spans, figure)
        )

    def _named_unknown(self, spans: DocSpans, sent: Span, i: int) -> bool:
        """Is the word at `i` a name the rules do not know: capitalised, within the sentence, no entity's, and no
        word describing a model (`the Chinese model`, `the Open model`)?"""
        if i <= sent.start or i in spans.entity_at or not spans.words[i - 1].isalpha():
            return False  # "a Mixture-of-Experts model", "- Massive model": a compound's, a list item's first word
        word = spans.words[i]
        return (
            len(word) > 2
            and word.istitle()
            and word.isalpha()
            and word not in self.not_names
            and word not in self.describers
        )

    def unknown_lead(self, spans: DocSpans, start: int, end: int) -> bool:
        """Does the clause from `start` open with a name the rules do not know, as its subject ('Arctic has',
        'DBRX uses', 'Snowflake released')? A capitalised word opening a sentence that the text also writes in
        lower case is a common word ('Analysts said')."""
        doc, words = spans.doc, spans.words
        i = start + (start < end and spans.lowers[start] in self.openers)  # "..., and Jensen Huang plans"
        listed = i < end and words[i] in LIST_MARKS  # after a list item's mark, a name opens the item as a sentence
        i += listed
        while i < end and (spans.lowers[i] in LEAD_WORDS or words[i] in EMPHASIS):
            i += 1
        if i >= end:
            return False
        if (entity := spans.entity_at.get(i)) is not None:
            return entity.type == "org" and self._releases_unknown_name(spans, entity.end, end)
        word = words[i]  # spaCy's is_alpha is the text's isalpha(); a Token is made only past these tests
        code = _a_code(word) or _a_code(_glued_to_the_next(spans, i, end))  # "E2B", split by the tokenizer: "E2", "B"
        if not (word.isalpha() and word[:1].isupper() or code):
            return False
        if word in self.not_names:
            return False
        j = i + 1
        while j < end and spans.entity_at.get(j) is None and (_continues_a_name(words, j) or doc[j].like_num):
            j += 1  # "Reka Core", "Command R+", "Step 2", "BERT-Large"
        if j >= end or spans.lowers[j] not in self.subject_verbs:
            return False
        # asked last, of a word a subject's verb follows: whether the text writes it in lower case is a look at
        # the whole text
        return not ((doc[i].is_sent_start or listed) and self._common_word(spans, i))

    def _releases_unknown_name(self, spans: DocSpans, verb: int, end: int) -> bool:
        """'Snowflake released Arctic', 'IBM unveiled its Condor': a release verb after an organisation, then a
        capitalised word that names nothing the rules know, a month or a weekday aside."""
        if verb >= end or spans.lowers[verb] not in self.release_verbs:
            return False
        i = verb + 1
        while i < end and spans.lowers[i] in LEAD_WORDS:
            i += 1
        word = spans.words[i] if i < end else ""
        return word.isalpha() and word[:1].isupper() and spans.entity_at.get(i) is None and word not in self.not_names

    @staticmethod
    def _common_word(spans: DocSpans, i: int) -> bool:
        """A capitalised word opening a sentence that is a common word: one the text also writes in lower case
        ('Analysts said'), a stop word, a gerund ('Training took'), or a cue ('Pricing is')."""
        token = spans.doc[i]
        return (  # the look at the whole text last: the others look at the token alone
            token.is_stop
            or token.lower_.endswith("ing")
            or bool(spans.cues_from.get(i))
            or spans.writes_in_lower_case(token.lower_)
        )

    def heading_opens_on_an_unknown_code(self, spans: DocSpans, sent: Span) -> bool:
        """`FLUX.1 Pro Capabilities`, `## Kestrel-2 pricing`: a heading naming no model the rules know that opens (after
        its marks) on a product's code no rule knows (a capital, letters and digits) heads a section about a model we
        cannot name; its figures naming no one are that model's, no other section's nor the article's."""
        i = sent.start
        while i < sent.end and not spans.words[i][:1].isalnum():
            i += 1  # "## ", "**"
        if i >= sent.end or i in spans.entity_at:
            return False
        word = spans.words[i]
        return word not in self.not_names and (_a_code(word) or _a_code(_glued_to_the_next(spans, i, sent.end)))

    def unknown_lead_in(self, spans: DocSpans, start: int, end: int) -> bool:
        """An unknown name leading the clause, or leading it after an opening phrase (`On MATH, Granite 3.1 ...`)."""
        words = spans.words
        comma = next((i for i in range(start, end) if words[i] == ","), None)
        return self.unknown_lead(spans, start, end) or (comma is not None and self.unknown_lead(spans, comma + 1, end))

    def _opens_with_a_name(self, spans: DocSpans, sent: Span) -> bool:
        """Does the sentence open with a name that is no known entity: two capitalised words, or one and a
        number ('Kestrel 2 has 400 billion parameters', 'Corvid AI spent $145 million')?"""
        if sent.end - sent.start < 3 or spans.entity_at.get(sent.start) or spans.entity_at.get(sent.start + 1):
            return False
        first, second = spans.doc[sent.start], spans.doc[sent.start + 1]
        if _a_code(first.text) and first.text not in self.not_names:
            return True  # "CodeQwen1.5-7B, released in April, was trained on ..."
        return (
            first.is_title
            and not first.like_num  # "Ten million tokens of context": a figure opens it
            and first.text not in self.not_names
            and (second.is_title or second.like_num or second.is_upper)
            and second.text not in self.not_names
        )


def _a_capitalised_word(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


def _a_code(word: str) -> bool:
    """A capitalised run of letters and digits, both, perhaps hyphenated (`CodeQwen1.5`, `ML2`, `OLMoE-1B-7B`):
    the code of a product."""
    return (
        word[:1].isupper()
        and word.replace(".", "").replace("-", "").isalnum()
        and any(c.isdigit() for c in word)
        and any(c.isalpha() for c in word[1:])
    )


def _glued_to_the_next(spans: DocSpans, i: int, end: int) -> str:
    """Word `i` with the next one where no space parts them: a code the tokenizer split as a size (`E2B`: `E2`,
    `B`)."""
    word = spans.words[i]
    glued = i + 1 < end and spans.token_starts[i] + len(word) == spans.token_starts[i + 1]
    return word + spans.words[i + 1] if glued else word


def _a_product_code(word: str) -> bool:
    """A code naming a product: capitalised (`Q2X`, `CodeQwen1.5`) or in lower case with a numbered last part
    (`coder-002`): no common word is written so."""
    return _a_code(word) or LOWER_CASE_CODE.fullmatch(word) is not None


def _closes_the_bracket(words: list[str], end: int, limit: int) -> bool:
    """Does a closing bracket follow token `end`, the end of a figure, right away or after its few unit words
    (`(7.7%)`, `(~2.5B params)`)?"""
    for i in range(end, min(limit, end + BRACKET_UNIT_WORDS + 1)):
        if words[i] == ")":
            return True
        if not (words[i].isalpha() and words[i].islower()):
            return False
    return False


def _continues_a_name(words: list[str], j: int) -> bool:
    """A capitalised word, or a hyphen joining one or a number to the name (`BERT-Large`, `CodeQwen1.5-7B`), or a
    slash joining a second name of it (`Brio Code/Vela`)."""
    if words[j] in ("-", "/"):
        return j + 1 < len(words) and (words[j + 1][:1].isupper() or words[j + 1][:1].isdigit())
    return words[j][:1].isupper()
