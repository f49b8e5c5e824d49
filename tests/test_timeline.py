"""The timeline: events in date order, counted by article, disagreeing dates side by side; its SVG drawing with
one mark per entry and article text escaped; `claimx timeline` end to end in every format."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.corpus import Article
from claimx.crosscheck import CrossCheck
from claimx.reading.svg import timeline_svg
from claimx.reading.timeline import timeline_of
from claimx.reading.values import shown_date
from claimx.reading.views import write_timeline

from .builders import event
from .conftest import CORPUS
from .snapshots import matches_snapshot

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def timeline_from(extractor, rules):
    """The timeline of articles of short texts."""

    def build(texts: list[str]):
        articles = [Article(f"a{number}.txt", text, date(2026, 7, 1)) for number, text in enumerate(texts)]
        claims = [claim for result in extractor.extract(articles) for claim in result.claims]
        return timeline_of(claims, CrossCheck.of(rules).conflicts(claims))

    return build


def _datings(timeline) -> list[tuple[str, list[tuple[str, int]], bool]]:
    return [(e.actor or "", [(d.shown, d.articles) for d in e.datings], e.disagrees) for e in timeline.entries]


@pytest.mark.parametrize(
    "texts, expected",
    [
        (  # date order, whatever the order of the articles
            ["OpenAI released GPT-4o on June 20, 2026.", "Zhipu AI released GLM-5.2 on June 3, 2026."],
            [("Zhipu AI", [("2026-06-03", 1)], False), ("OpenAI", [("2026-06-20", 1)], False)],
        ),
        (  # two articles, one date: one entry counted twice
            ["Zhipu AI released GLM-5.2 on June 3, 2026.", "Zhipu AI released GLM-5.2 on June 3, 2026."],
            [("Zhipu AI", [("2026-06-03", 2)], False)],
        ),
        (  # a range is kept as one
            ["Zhipu AI released GLM-5.2 between June 13 and June 16, 2026."],
            [("Zhipu AI", [("2026-06-13 – 2026-06-16", 1)], False)],
        ),
        (  # two days that cannot both hold: side by side, flagged
            ["Zhipu AI released GLM-5.2 on June 3, 2026.", "Zhipu AI released GLM-5.2 on June 9, 2026."],
            [("Zhipu AI", [("2026-06-03", 1), ("2026-06-09", 1)], True)],
        ),
    ],
)
def test_timeline_entries(timeline_from, texts, expected):
    assert _datings(timeline_from(texts)) == expected


@pytest.mark.parametrize(
    "start, end, precision, shown",
    [
        ("2026-06-13", None, "day", "2026-06-13"),
        ("2026-06-13", "2026-06-16", "day", "2026-06-13 – 2026-06-16"),
        ("2026-06-01", "2026-06-30", "month", "2026-06"),
        ("2026-06-20", "2026-06-30", "month", "2026-06-20 – 2026-06-30"),  # late June: not the whole month
        ("2026-01-01", "2026-12-31", "year", "2026"),
    ],
)
def test_dates_are_shown_as_precise_as_the_text_gives_them(start, end, precision, shown):
    assert shown_date(start, end, precision) == shown


def test_events_without_a_full_date_are_left_out():
    claims = [event("a.txt", "released", "--06-03", ["GLM-5.2"], actor="Zhipu AI")]
    assert timeline_of(claims, []).entries == ()


def test_svg_draws_one_mark_per_entry_and_escapes_article_text():
    claims = [
        event("a.txt", "released", "2026-06-03", ["GLM-5.2"], actor="<script>alert(1)</script>"),
        event("b.txt", "released", "2026-06-09", ["GLM-5.2"], actor="<script>alert(1)</script>"),
        event("c.txt", "released", "2026-06-20", ["GPT-4o & co"], actor="OpenAI"),
    ]
    svg = timeline_svg(timeline_of(claims, []))
    assert len(re.findall(r'<g class="event[ "]', svg)) == 2
    assert svg.count('<g class="event disagree"') == 1  # June 3 and June 9 drawn side by side, in red
    assert "<script" not in svg and "&lt;script&gt;" in svg and "GPT-4o &amp; co" in svg
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")  # self-contained: nothing fetched


@pytest.fixture(scope="module")
def own_timelines():
    return {fmt: run("timeline", CORPUS, "-q", "-f", fmt) for fmt in ("text", "markdown", "json", "svg")}


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "svg"])
def test_timeline_runs_on_the_own_corpus_in_every_format(own_timelines, fmt):
    result = own_timelines[fmt]
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()


def test_timeline_json_is_in_date_order_and_the_svg_has_a_mark_per_entry(own_timelines):
    entries = json.loads(own_timelines["json"].stdout)
    starts = [entry["datings"][0]["start"] for entry in entries]
    assert entries and starts == sorted(starts)
    assert len(re.findall(r'<g class="event[ "]', own_timelines["svg"].stdout)) == len(entries)


def test_timeline_output_is_deterministic(own_timelines):
    assert run("timeline", CORPUS, "-q", "-f", "svg").stdout == own_timelines["svg"].stdout


def test_timeline_refuses_an_unknown_format_in_one_line():
    result = run("timeline", CORPUS, "-f", "png")
    assert (
        result.exit_code == 2
        and result.stderr == "claimx: error: unknown format 'png'; use one of: text, markdown, json, svg\n"
    )


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_timeline_views_match_their_snapshots(timeline_from, fmt, width):
    timeline = timeline_from(
        [
            "Zhipu AI released GLM-5.2 on June 3, 2026. OpenAI released GPT-4o in May 2026.",
            "Zhipu AI released GLM-5.2 on June 9, 2026.",
        ]
    )
    out = io.StringIO()
    write_timeline(timeline, fmt, out, width)
    assert fmt == "markdown" or all(len(line) <= width for line in out.getvalue().splitlines())
    assert matches_snapshot(f"timeline_{width}.{'txt' if fmt == 'text' else 'md'}", out.getvalue())
