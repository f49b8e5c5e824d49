"""The people a stretch of text names, in full or by a surname met before, and the person named last before a
position: each name read once per article and remembered with its title, so a later `Han` or `President Trump`
is the person named in full before, with the title given there.
"""

from __future__ import annotations

import re

from ...spans import DocSpans, title_case_line
from .base import CAPITALISED, LONE_NAME, NAME_PARTICLES, NAME_WORD, PERSON, SEARCH_BACK, UPPER, ArticleState, Speaker
from .patterns import Patterns

ORGANISATION_OWNER = re.compile(r"(\S+)['’]s[^\S\n]+$")  # "Nvidia's " right before a name
NEXT_WORD = re.compile(r"[^\S\n]+([A-Za-z-]+)")
# the word right before a surname where the article writes it in full: a given name ("Frank Downing"), or initials
# written together with no full stops ("JD Vance"), which no run of capitalised words holds
GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w’'.&-])(?P<given>{NAME_WORD}|[{UPPER}]{{2}})[^\S\n]+$")
GIVEN_NAME_REACH = 30  # characters searched back from a surname for its given name
OUTPUT_NOUN_REACH = 40  # characters before a cue read for the noun of a chatbot described ("the AI assistant")
NAME_GOES_ON = re.compile(rf"[^\S\n]+[{UPPER}]")  # another capitalised word after a word: a name that goes on
CLAUSE_START = re.compile(r"(?:^|[.,:;—–(])\s*$")  # where a name may open: its line, a sentence or a clause


class People(Patterns):
    """People named in a stretch of text, and people named before a position."""

    def people(self, spans: DocSpans, start: int, end: int, state: ArticleState) -> list[Speaker]:
        text = spans.text
        found = []
        for match in PERSON.finditer(text, start, end):
            if state.quoted(match.start()):
                continue  # the “Google AI: Release Notes” podcast: a quoted title, no one who speaks
            person = self._named_person(spans, match, state)
            if person is not None:
                found.append(person)
        read = found  # every name read, the surname check below skipping their words
        found = [p for p in found if not self._whom_a_title_serves(text, p, found)]
        for match in CAPITALISED.finditer(text[start:end]):  # "Han said": a name met before
            word, position = match.group(), start + match.start()
            if word in self.not_first or word.lower() in self.roles or state.quoted(position):
                continue  # "Congressman" is no one's surname
            if self._in_a_title(text, start + match.end()):
                continue  # "former Trump deputy national security adviser Matt Pottinger": whom the title serves
            if any(s.position <= position < s.position + len(s.text) for s in read):
                continue
            if spans.entities_overlapping_chars(position, position + len(word)):
                continue
            if self._a_place(text, position, position + len(word)):
                continue  # "in Barcelona, and stated": a city a venue's name held, no surname of the speaker
            earlier = self._person_before(spans, position, state, word)  # with the title given there
            if earlier is not None:
                found.append(Speaker(earlier.name, word, "person", position, earlier.title, earlier.affiliation))
            elif word in state.people:
                found.append(Speaker(state.people[word], word, "person", position))
            elif self._surname_of_organisation(spans, position, position + len(word)):
                found.append(Speaker(self._remember(state, word, spans), word, "person", position))
        return found

    def _a_place(self, text: str, start: int, end: int) -> bool:
        """A lone capitalised word after a word that makes it a place or a thing ("in Barcelona", "its Cloud"), as
        it makes a run one; but not one's possessive ("In Huang's words"), which names a person."""
        possessive = text.startswith(("'s", "’s"), end)
        return not possessive and self.after_thing_word.search(text, max(0, start - 20), start) is not None

    def _whom_a_title_serves(self, text: str, person: Speaker, found: list[Speaker]) -> bool:
        """Does a title lead from the name `person` read to another person's (`Susman Godfrey LLP partner Jo Lin`,
        `Donald Trump adviser Jo Lin`)? The first names whom the title serves, a firm the alias table lacks or a
        person, and never speaks for the one it describes; `Jo Lin and Zhipu CEO Kate Koren` names two."""
        end = person.position + len(person.text)
        return any(
            other.position > end and self._a_title(between) and self.title_words_only(between, frozenset())
            for other in found
            if (between := text[end : other.position])
        )

    def _surname_of_organisation(self, spans: DocSpans, start: int, end: int) -> bool:
        """`Nvidia's Huang, speaking at Computex, said`: a capitalised word after an organisation's 's, set off by a
        comma, is someone of it named by surname (the aside parts it from the cue, where a lone name is looked for);
        not a product (`OpenAI's Sora`, a name the tables know, is no one)."""
        owner = ORGANISATION_OWNER.search(spans.text, max(0, start - 40), start)
        if owner is None or not spans.text.startswith(",", end):
            return False
        return any(e.type == "org" for e in spans.entities_overlapping_chars(owner.start(1), owner.end(1)))

    def _in_a_title(self, text: str, end: int) -> bool:
        """Does a role word follow the capitalised word ending at `end` (`Trump deputy`, `Nvidia spokesperson`)?"""
        following = NEXT_WORD.match(text, end)
        return following is not None and (
            following.group(1).lower() in self.roles or following.group(1).lower() in self.role_modifiers
        )

    def lone_name(self, spans: DocSpans, start: int, end: int, state: ArticleState) -> Speaker | None:
        """A single capitalised word right before the cue (`"...," Altman said`): news names a speaker by
        surname alone, often without the full name in the article. No alias, organisation word or
        sentence-opening word; but a site (`LMArena posted`), named as written: the alias table may know
        it by what it runs (a leaderboard), which speaks for no one."""
        if self.output_beside_the_cue(spans, start, end):
            return None
        sites = [e for e in spans.entities_within_chars(start, end) if e.type in self.site_types]
        if sites and not spans.text[sites[-1].end_char : end].strip():
            return Speaker(sites[-1].text, sites[-1].text, "org", sites[-1].start_char)
        match = LONE_NAME.search(spans.text, start, end)
        if match is None:
            return None
        word = match.group(1)
        if self._no_surname(word):
            return None
        if spans.entities_overlapping_chars(match.start(1), match.end(1)):
            return None
        return Speaker(self._remember(state, word, spans), word, "person", match.start(1))

    def output_beside_the_cue(self, spans: DocSpans, start: int, end: int, first: bool = False) -> bool:
        """Is the subject of a cue a model or a chatbot, named or described right before it (`Grok replied:`, `her
        chatbot wrote`, the cue at `end`) or, with `first`, right after it (`"...," wrote Grok`, the cue at `start`)?
        What it writes is its output, which no one is quoted as saying: not its maker, nor a person the sentence
        names before (who asked it, who owns it)."""
        if first:
            described = self.output_after.match(spans.text, start, end)
        else:  # the noun ends the words before the cue: only their last few are read
            described = self.output_before.search(spans.text, max(start, end - OUTPUT_NOUN_REACH), end)
        if described:
            return True
        entities = spans.entities_within_chars(start, end)
        if not entities:
            return False
        subject = entities[0] if first else entities[-1]
        between = spans.text[start : subject.start_char] if first else spans.text[subject.end_char : end]
        return not between.strip() and (subject.type in self.output_types or subject.name in self.output_names)

    def _remember(self, state: ArticleState, name: str, spans: DocSpans) -> str:
        """The full name a person is known by in this article; 'Han' after 'Han Yuting' is Han Yuting, and so is a
        surname alone the article gives in full only further on (a headline's 'Altman', a sign-off's name)."""
        full = state.people.get(name)
        if full is None and " " not in name:
            full = self._given_in_full(spans, state, name)
        full = full or name
        state.people[name] = full
        for word in name.split():
            if len(word.rstrip(".")) > 1:  # "Xu" and "Su" are surnames; "J." is an initial
                state.people.setdefault(word, full)
        return full

    def _given_in_full(self, spans: DocSpans, state: ArticleState, surname: str) -> str | None:
        """The one full name the article writes `surname` in, anywhere in it: `Vance said` is JD Vance where the
        article names `Vice President JD Vance`, even after the quote. None where it never gives the surname in full
        (no name is guessed for it) or gives two people of that surname (`Donald Trump`, `Eric Trump`)."""
        if surname not in state.in_full:
            written = re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", spans.text)
            names = {self._full_name_at(spans, state, m.start(), m.end()) for m in written} - {None}
            state.in_full[surname] = names.pop() if len(names) == 1 else None
        return state.in_full[surname]

    def _full_name_at(self, spans: DocSpans, state: ArticleState, start: int, end: int) -> str | None:
        """The full name a surname written at `start..end` ends: the name the run of capitalised words ending there
        reads as, or, where the run is read as none (a long title before it: `Director of Research for Next
        Generation Internet Frank Downing`), the given name right before the surname (not a title's word, an
        organisation's or a word no name begins; initials like `JD` only where a name may open, after a title)."""
        if state.runs_by_end is None:
            state.runs_by_end = {m.end(): m for m in PERSON.finditer(spans.text)}
        run = state.runs_by_end.get(end)
        named = self._name_read(spans, run.span(), state) if run is not None else None
        if named is not None and " " in named[0]:
            return named[0] if named[0].endswith(" " + spans.text[start:end]) else None
        if NAME_GOES_ON.match(spans.text, end):
            return None  # "George Washington University": the word is one of a longer name's, no surname there
        before = GIVEN_NAME_BEFORE.search(spans.text, max(0, start - GIVEN_NAME_REACH), start)
        if before is None:
            return None
        given = before["given"]
        if self._no_surname(given) or given.lower() in self.role_modifiers or given in self.headline_small_words:
            return None
        if spans.entities_overlapping_chars(before.start(), before.end("given")):
            return None
        if given.isupper() and not self._after_a_title(spans.text, before.start()):
            return None  # "UK PM Starmer", "US Trump": capitals there are a country's, an office's
        return f"{given} {spans.text[start:end]}"

    def _after_a_title(self, text: str, position: int) -> bool:
        """Does a name at `position` open its line or clause, or follow a title's role word (`Vice President`)?"""
        line_start = text.rfind("\n", 0, position) + 1
        before = text[line_start:position]
        words = before.split()
        return CLAUSE_START.search(before) is not None or (bool(words) and words[-1].lower() in self.roles)

    def _person_before(
        self, spans: DocSpans, position: int, state: ArticleState, word: str | None = None, fits=None
    ) -> Speaker | None:
        """The nearest person named before `position`, skipping headlines: with `word` in the name, and
        whom `fits` accepts, if given."""
        if word is not None and spans.text.find(word, max(0, position - SEARCH_BACK), position) < 0:
            return None  # the word is nowhere before (a name met for the first time): no mentions to read
        for match in reversed(mentions_before(spans.text, position, state)):
            if word is not None and word not in match.group().split():
                continue
            person = self._named_person(spans, match, state)
            if person is None or word is not None and word not in person.text.split():
                continue  # "Checks Of Chip Sales On China": the run ends in the word, the name before "On" does not
            if fits is None or fits(person):
                return person
        return None

    def _named_person(self, spans: DocSpans, match: re.Match, state: ArticleState) -> Speaker | None:
        """The person a run of capitalised words names, with the title given here or at an earlier mention."""
        named = self._name_read(spans, match.span(), state)
        if named is None:
            return None
        name, name_start, (title, affiliation) = named
        earlier = None
        if " " not in name:  # "President Trump" after "President Donald Trump": the full name given before
            earlier = self._person_before(spans, match.start(), state, name, fits=lambda p: " " in p.name)
        elif _a_surname_with_its_particle(name):  # "Von der Leyen" after "Ursula von der Leyen"
            in_full = " " + name.lower()
            earlier = self._person_before(
                spans, match.start(), state, name.split()[-1], fits=lambda p: p.name.lower().endswith(in_full)
            )
        full = self._remember(state, earlier.name if earlier is not None else name, spans)
        if title or affiliation:
            state.titles.setdefault(full, (title, affiliation))
        else:
            if full not in state.titles:
                state.titles[full] = self._earlier_title(spans, full, name_start)
            title, affiliation = state.titles[full]
        return Speaker(full, name, "person", name_start, title, affiliation)

    def _name_read(self, spans: DocSpans, span: tuple[int, int], state: ArticleState):
        """The name a run of capitalised words at `span` holds, where it starts and the title around it, or None: read
        once per article, as the speaker of every quote within reach is looked for among the same mentions."""
        if span not in state.names:
            named = self._person_name(spans, *span)
            state.names[span] = None if named is None else (*named, self._title(spans, named[1], span[1]))
        return state.names[span]


def _a_surname_with_its_particle(name: str) -> bool:
    """Does `name` open on a particle, capitalised as a sentence or a clause opens on it ('Von der Leyen said')? It
    is then the surname of someone named in full before, not a new person."""
    return name.split()[0].lower() in NAME_PARTICLES


def mentions_before(text: str, position: int, state: ArticleState) -> list[re.Match]:
    """The runs of capitalised words that may name a person before `position`, in text order: not a headline's,
    nor words inside a quotation."""
    return [
        match
        for match in PERSON.finditer(text, max(0, position - SEARCH_BACK), position)
        if not _heading(text, match, state.headings) and not state.quoted(match.start())
    ]


def _heading(text: str, match: re.Match, known: dict[tuple[int, int], bool]) -> bool:
    """Is `match` a heading's (see `_is_heading`), remembered in `known`."""
    span = match.span()
    if span not in known:
        known[span] = _is_heading(text, match)
    return known[span]


def _is_heading(text: str, match: re.Match) -> bool:
    """A headline in Title Case, or capitalised words alone on their line ('Strategic Advantages', a
    byline's name): no mention a pronoun in the text can mean."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    alone = not text[line_start : line_end if line_end >= 0 else len(text)].replace(match.group(), "", 1).strip()
    return alone or title_case_line(text, match.start())
