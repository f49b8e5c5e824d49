"""Attribution within a quotation's own sentence: a cue after it (`"...," said Priya Ramdas`), a name alone after a
dash or signing the next line, a cue or a colon before it, a speech noun its speaker owns, or an earlier quote of
the sentence whose speaker goes on.
"""

from __future__ import annotations

import re

from ...spans import DocSpans
from ..marks import OPENING_MARK, Quotation
from ..speakers import PERSON, TITLE_LINKS, ArticleState
from .base import CLOSING_PUNCTUATION, WORD, Place
from .cues import Cues

DASH = re.compile(r"[,.!?]?[ \t]*(?:[—–]|--?)[ \t]*")  # '"..." — Sam Altman, OpenAI'
NAME_END = re.compile(r"[,;.(\n]|$")
SIGNATURE = re.compile(r"[ \t]*\n[ \t]*(?P<line>[^\n]*)")  # the line after a quote that ends its own line
# what follows the name in a signature: a title and nothing more, no sentence ('Dario Amodei, like X, holds ...')
SIGNED_TITLE = re.compile(r"\s*(?:(?:a|an|the)\s+)?[\w-]+(?:[ ,&]+[\w’'&.-]+){0,12}\s*\.?\s*", re.IGNORECASE)
# an aside between a speaker's name and the cue: 'Li Wen, who leads the lab, said', 'Li Wen, the lab's head, said'
ASIDE = re.compile(r",\s+(?:who|whose|the|a|an|its|his|her|their)\b[^,\"“”]*,")
# a title set off by commas with no article: 'Li Wen, Head of Research at Orca Labs, said'
APPOSITIVE = re.compile(r",\s+(?P<title>[^,\"“”]+),")
APPOSITIVE_LINKS = TITLE_LINKS | {"at"}  # a title's own small words, and "at" before its employer
CUE_REACH = 100  # characters after a quotation its cue may begin: past a speaker's name and a long title
# ... and past a name with a wire story's title set off by commas ('"...," Jeffrey Kessler, Under Secretary of
# Commerce for Industry and Security at the Commerce Department, told a hearing': "told" 100 characters on), the
# words between still a name and asides only; a cue the speaker follows ('... according to the company') gets
# no more than CUE_REACH, as nothing between it and the quotation is read
TITLED_CUE_REACH = 160


class InSentence(Cues):
    def _in_its_sentence(self, spans: DocSpans, q: Quotation, place: Place, state: ArticleState, short: bool):
        """A cue after the quotation, a name after a dash, a cue before it, or an earlier quote of its
        sentence."""
        text = spans.text
        right_end = max(place.sentence_end, q.close + 1)
        after = self._cue_after(spans, q.close + 1, right_end, state, short)
        after = after or self._dash_after(spans, q, max(right_end, place.next_end), state, short)
        after = after or self._signature_after(spans, q, state)
        if after is not None:
            return after
        last = state.last_quote
        cues = self._cues(text, place.context_start, q.open)
        same_sentence = last is not None and last[0] > place.sentence_start
        if same_sentence and cues and cues[-1].group().lower().endswith("ing"):
            # '"...," X stated, adding "..."': a participle's subject is the sentence's speaker, not a name
            # the words between mention
            return last[1], cues[-1].group().lower(), "quote.same-speaker"
        before = self._cue_before(spans, place.context_start, q.open, cues, state, short)
        if before is not None or not same_sentence:
            return before
        # 'X called it "..." and wrote that "..."', 'X said "..." but that "...": the sentence's speaker goes on; but
        # not past another person named since ('..., while Omar Haddad, CIO of Tallis Capital, said it is "..."')
        if self._names_a_person(spans, last[0] + 1, q.open):
            return None
        joined = WORD.findall(text[last[0] + 1 : q.open].lower())  # the words since the last quote
        if cues or (not short and joined and set(joined) <= self.joining_words):
            return last[1], cues[0].group().lower() if cues else last[2], "quote.same-speaker"
        return None

    def _cue_after(self, spans: DocSpans, start: int, end: int, state: ArticleState, short: bool):
        """`"...," said Priya Ramdas` / `"...," she said` / `"...," one analyst noted`."""
        text = spans.text
        window = text[start:end]
        lead = len(window) - len(window.lstrip(CLOSING_PUNCTUATION))
        cues = self._cues(text, start + lead, min(end, start + lead + TITLED_CUE_REACH))
        cue = next((c for c in cues if not self._opens_a_relative_clause(text, start + lead, c)), None)
        if cue is None or cue.start() > start + lead + CUE_REACH and self._speaker_follows(cue):
            return None
        between = text[start + lead : cue.start()].strip()
        first_word = between.split(maxsplit=1)[0].lower() if between else ""
        if first_word in self.new_clause_words or self._coordinated(between):
            return None  # '"$25%," and an official said he meant 25%': the cue is another clause's
        if OPENING_MARK.search(between):
            # '("add a login," "fix the tests," "tidy it up"), and it writes code': another quotation stands
            # before the cue, which is that one's or no one's; a run of quoted items is a list of examples
            return None
        if short and between and not _ends_a_clause(text, start - 1):
            return None  # 'open' models ..., she noted: the words name a thing, nobody says them
        if between and self._describing_participle(cue):
            return None  # "'Colossus', the supercomputer claiming to be ...": a participle describes, no one says
        if not between or self._speaker_follows(cue):  # said X; never a word of the next quotation
            opening = OPENING_MARK.search(text, cue.end(), end)
            speaker = self.speakers.speaker_at(spans, cue.end(), opening.start() if opening else end, state, first=True)
            rule = "quote.cue-then-speaker"
            if speaker is not None and self._subject_of_the_words_added(text, cue, speaker):
                return None
        elif (  # Li Wen, who ..., said; but a title of any length: Under Secretary of Commerce for ... X said
            len(self._without_asides(between).split()) <= self.rules.speaker_words
            or self.speakers.title_words_only(between, TITLE_LINKS)
        ):
            speaker = self.speakers.speaker_at(spans, start + lead, cue.start(), state)
            speaker = speaker or self.speakers.lone_name(spans, start + lead, cue.start(), state)
            rule = "quote.speaker-then-cue"
        else:
            return None
        if speaker is None:
            return None
        return speaker, cue.group().lower(), rule

    def _without_asides(self, between: str) -> str:
        """The words between a quotation and its cue without the asides set off by commas about the speaker: a
        relative clause or a described role ('who leads the lab', 'the lab's head') or a bare title ('Head of
        Research at Orca Labs'), however long, which the count of a speaker's words must not hold."""
        between = ASIDE.sub(",", between)
        return APPOSITIVE.sub(
            lambda m: "," if self.speakers.title_words_only(m["title"], APPOSITIVE_LINKS) else m.group(), between
        )

    def _cue_before(
        self, spans: DocSpans, start: int, open_: int, cues: list[re.Match], state: ArticleState, short: bool
    ):
        """`X warned that "..."`, `X told Reuters: "..."`, `According to X, "..."`; `cues`: those in `start..open_`."""
        text = spans.text
        left = text[start:open_]
        if left.rstrip().endswith(":"):
            # "Speaking alongside Jensen Huang, minister Abdullah Alswaha said:": the name right before the cue says it
            cue_end = cues[-1].start() if cues and not self._speaker_follows(cues[-1]) else open_
            speaker = self.speakers.speaker_at(spans, start, cue_end, state)
            if speaker is not None and not short:
                return speaker, ":", "quote.colon"
        owned = list(self.owned_cue.finditer(text, start, open_))
        if owned and (not cues or owned[-1].start() > cues[-1].start()):
            return self._owned_cue(spans, start, open_, owned[-1], state, short)
        if not cues:
            return None
        cue = cues[-1]
        if short and (len(text[cue.end() : open_].split()) > 3 or self._commits_to_a_deed(text, cue, open_)):
            return None
        if self._speaker_follows(cue):
            speaker = self.speakers.speaker_at(spans, cue.end(), open_, state, first=True)
        else:
            speaker = self.speakers.speaker_at(spans, start, cue.start(), state) or self.speakers.lone_name(
                spans, start, cue.start(), state
            )
        if speaker is None:
            return None
        return speaker, cue.group().lower(), "quote.speaker-cue-quote"

    def _owned_cue(self, spans: DocSpans, start: int, open_: int, cue: re.Match, state: ArticleState, short: bool):
        """`Altman's prediction that GPT-5 would arrive "in a few months"`: the speech noun's owner speaks."""
        if short and len(spans.text[cue.end() : open_].split()) > 3:
            return None
        if self.construed.search(spans.text, cue.end(), open_):
            return None  # "Estevez's comments were interpreted as a "call for ..."": whoever construes them says it
        speaker = self.speakers.speaker_at(spans, start, cue.start(), state)
        if speaker is None or speaker.pronoun:
            return None
        return speaker, cue["noun"].lower(), "quote.owned-speech-noun"

    def _dash_after(self, spans: DocSpans, q: Quotation, end: int, state: ArticleState, short: bool):
        """`"..." — Sam Altman, OpenAI`: a name alone after a dash (up to `end`, the line's next comma or
        full stop), with at most a title before it."""
        text = spans.text
        dash = DASH.match(text, q.close + 1)
        if dash is None or (short and not _ends_a_clause(text, q.close)):
            return None
        stop = NAME_END.search(text, dash.end(), max(end, dash.end())).start()
        speaker = self.speakers.speaker_at(spans, dash.end(), stop, state)
        if speaker is None or speaker.type == "unnamed" or speaker.pronoun:
            return None
        if text[speaker.position + len(speaker.text) : stop].strip():
            return None  # '"..." — underscoring OpenAI's intent': the dash goes on about something else
        if not self.speakers.title_words_only(text[dash.end() : speaker.position]):
            return None
        return speaker, "—", "quote.dash-speaker"

    def _signature_after(self, spans: DocSpans, q: Quotation, state: ArticleState):
        """`"...,"` ending its line, and on the next a name, a comma and a title (`Sam Altman, co-founder and CEO of
        OpenAI`): a press release signs its quotes so, with no cue."""
        text = spans.text
        signature = SIGNATURE.match(text, q.close + 1)
        if signature is None or not _ends_a_clause(text, q.close):
            return None
        start, end = signature.span("line")
        comma = text.find(",", start, end)
        if comma < 0 or not SIGNED_TITLE.fullmatch(text, comma + 1, end):
            return None
        if not self.speakers.names_a_role(text[comma + 1 : end]):
            return None
        speaker = self.speakers.speaker_at(spans, start, comma, state)
        if speaker is None or speaker.type != "person" or speaker.pronoun or speaker.position != start:
            return None
        if text[speaker.position + len(speaker.text) : comma].strip():
            return None
        return speaker, ",", "quote.signature-line"

    @staticmethod
    def _names_a_person(spans: DocSpans, start: int, end: int) -> bool:
        """Do characters `start..end` hold a run of capitalised words no known name overlaps: a person?"""
        return any(
            not spans.entities_overlapping_chars(m.start(), m.end()) for m in PERSON.finditer(spans.text, start, end)
        )


def _ends_a_clause(text: str, close: int) -> bool:
    """Punctuation closes the quoted words, inside the marks or right after them: `"usable," she said`."""
    return text[close - 1 : close] in ",.!?;:…—" or text[close + 1 : close + 2] in tuple(",.!?;:—")
