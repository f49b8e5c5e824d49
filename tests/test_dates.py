"""Dates and events: each date form, where the year comes from, relative dates, and what is not a date."""

from __future__ import annotations

import datetime as dt

import pytest

JUNE_27 = dt.date(2026, 6, 27)


def events(extract, text, published=JUNE_27):
    found = [c for c in extract(text, published) if c.kind == "event"]
    return [(e.date, e.date_end, e.precision, e.year_source) for e in found]


DAY = "day"
CASES = [
    # absolute dates, year from the manifest
    ("June 12: Commerce ordered Anthropic to disable Fable 5.", JUNE_27, [("2026-06-12", None, DAY, "manifest")]),
    ("June 12th: Commerce ordered the ban.", JUNE_27, [("2026-06-12", None, DAY, "manifest")]),
    ("On June 12, Commerce ordered the ban.", JUNE_27, [("2026-06-12", None, DAY, "manifest")]),
    (
        "Anthropic warned in its June 12 statement that the ban was wrong.",
        JUNE_27,
        [("2026-06-12", None, DAY, "manifest")],
    ),
    ("Fable remains dark as of June 27.", JUNE_27, [("2026-06-27", None, DAY, "manifest")]),
    ("FERC's June 18 order mandates large-load interconnection.", JUNE_27, [("2026-06-18", None, DAY, "manifest")]),
    (
        "In June 2025, Commerce added 12 Chinese firms to the Entity List.",
        JUNE_27,
        [("2025-06", None, "month", "text")],
    ),
    (
        "The ban took effect April 9. A week later, Nvidia disclosed a charge.",
        JUNE_27,
        [("2026-04-09", None, DAY, "manifest"), ("2026-04-16", None, DAY, "relative")],
    ),
    # weekdays count back from publication (Saturday, June 27): a wire story's "on Thursday"
    ("Anthropic on Thursday released Claude Opus 5.", JUNE_27, [("2026-06-25", None, DAY, "relative")]),
    ("Nvidia said on Saturday it expects a charge.", JUNE_27, [("2026-06-27", None, DAY, "relative")]),
    ("Zhipu launched GLM-5.3 last Saturday.", JUNE_27, [("2026-06-20", None, DAY, "relative")]),
    ("Zhipu will launch GLM-5.3 next Monday.", JUNE_27, [("2026-06-29", None, DAY, "relative")]),
    ("On Thursday, June 18, Zhipu released GLM-5.3.", JUNE_27, [("2026-06-18", None, DAY, "manifest")]),
    ("Anthropic on Thursday released Claude Opus 5.", None, [(None, None, None, "unknown")]),
    ("The Monday meeting was long.", JUNE_27, []),
    ("Mistral AI today announced Mistral Large 3.5.", JUNE_27, [("2026-06-27", None, DAY, "relative")]),
    # numeric dates: with a year, or after a weekday or "on"; month first unless it cannot be a month
    ("06/24/2026: OpenAI launched GPT-5.6.", None, [("2026-06-24", None, DAY, "text")]),
    ("Tue 23/06/2026 — Commerce restricted H20 sales.", None, [("2026-06-23", None, DAY, "text")]),
    ("Mon 6/22 — Alibaba released Qwen 3.7 Plus.", JUNE_27, [("2026-06-22", None, DAY, "manifest")]),
    ("Earlier, on 6/19, Tencent released Hunyuan T2.", JUNE_27, [("2026-06-19", None, DAY, "manifest")]),
    ("It runs on 1/3 of the GPUs and scored 3/5 in 2/3 of the tests.", JUNE_27, []),
    ('[1] The Information, "Inside Meta\'s bill," June 3, 2026.', JUNE_27, []),  # a source's date
    ("Today it is Fable 5, offline under a US government order.", JUNE_27, []),  # "today": nowadays
    ("In June, open models were everywhere.", JUNE_27, []),  # "open" is an adjective here, no action
    (
        "The agency head told reporters on Thursday that the rule takes effect July 1.",
        JUNE_27,
        [("2026-06-25", None, DAY, "relative"), ("2026-07-01", None, DAY, "manifest")],
    ),
    # a wire story's dateline is its publication date, and a headline's capitals are no action
    ("BEIJING, June 3 (Reuters) - DeepSeek released V4, the company said.", JUNE_27, []),
    ("WASHINGTON, June 3, 2026 — Commerce restricted H20 exports.", None, []),
    ("# The June 2026 Open-Weights Price War", JUNE_27, []),
    ("In June, Zhipu released GLM-5.2.", JUNE_27, [("2026-06", None, "month", "manifest")]),
    # the year written
    (
        "Zhipu held a developer session on Jun 27, 2026 in Shanghai for partners.",
        None,
        [("2026-06-27", None, DAY, "text")],
    ),
    ("On Jun. 27, 2026, Zhipu spoke to developers in Shanghai at length.", None, [("2026-06-27", None, DAY, "text")]),
    ("12 June 2026: Moonshot AI publishes the K2.7-Code weights.", None, [("2026-06-12", None, DAY, "text")]),
    ("Anthropic answered on 12 June 2026 with a long statement.", None, [("2026-06-12", None, DAY, "text")]),
    (
        "In a filing dated 2026-06-24, Anthropic asked the department to restore access.",
        None,
        [("2026-06-24", None, DAY, "text")],
    ),
    # ranges
    ("June 13–16: Zhipu AI shipped GLM-5.2.", JUNE_27, [("2026-06-13", "2026-06-16", DAY, "manifest")]),
    ("Zhipu rolled GLM-5.2 out over June 13 to 16.", JUNE_27, [("2026-06-13", "2026-06-16", DAY, "manifest")]),
    (
        "Between June 13 and June 16, Anthropic restored access to Fable 5.",
        JUNE_27,
        [("2026-06-13", "2026-06-16", DAY, "manifest")],
    ),
    (  # two dates joined by "and" are two dates, unless "between" makes them a range
        "Anthropic restored access on June 13 and June 16.",
        JUNE_27,
        [("2026-06-13", None, DAY, "manifest"), ("2026-06-16", None, DAY, "manifest")],
    ),
    ("The trial ran June 30 to July 2 and ended.", JUNE_27, [("2026-06-30", "2026-07-02", DAY, "manifest")]),
    # months: never passed off as days
    ("Alibaba released Qwen 3.7 Plus in June.", JUNE_27, [("2026-06", None, "month", "manifest")]),
    ("In the same June fortnight, Washington killed Fable 5.", JUNE_27, [("2026-06", None, "month", "manifest")]),
    (
        "Chinese labs have shipped a cluster of open models this month.",
        JUNE_27,
        [("2026-06", None, "month", "relative")],
    ),
    # no year to be had
    ("Commerce ordered Anthropic to stop on June 12.", None, [("--06-12", None, DAY, "unknown")]),
    # the year from the article's dateline; the dateline itself is no event
    (
        "Posted on Jun 25, 2026\n\nMoonshot AI released Kimi K2.7-Code on June 19.",
        None,
        [("2026-06-19", None, DAY, "header")],
    ),
    ("When: 2026-06-24\n\nZhipu released GLM-5.2 on June 20.", None, [("2026-06-20", None, DAY, "header")]),
    # a short sentence in which a name acts is an event, not a dateline
    ("OpenAI released GPT-5 on August 7, 2025.", None, [("2025-08-07", None, DAY, "text")]),
    ("By Jane Doe | July 2, 2026\n\nZhipu released GLM-5.2 on June 20.", None, [("2026-06-20", None, DAY, "header")]),
    # a date months after publication belongs to the year before
    ("Commerce ordered the ban on December 20.", dt.date(2027, 1, 5), [("2026-12-20", None, DAY, "manifest")]),
    # relative dates
    (
        "Commerce banned Fable 5 on June 12. Zhipu launched GLM-5.2 the day after the Fable ban.",
        JUNE_27,
        [("2026-06-12", None, DAY, "manifest"), ("2026-06-13", None, DAY, "relative")],
    ),
    (
        "Two weeks after the US government forced Anthropic to pull its models, downloads surged.",
        dt.date(2026, 6, 24),
        [("2026-06-10", None, DAY, "relative")],
    ),
    (
        "Commerce restored Mythos on June 26. A week later, the department published its criteria.",
        JUNE_27,
        [("2026-06-26", None, DAY, "manifest"), ("2026-07-03", None, DAY, "relative")],
    ),
    (
        "Commerce restored Mythos on June 26. The same day, OpenAI opened GPT-5.6 Sol to partners.",
        JUNE_27,
        [("2026-06-26", None, DAY, "manifest"), ("2026-06-26", None, DAY, "relative")],
    ),
    ("Zhipu launched GLM-5.2 a month after the launch of Opus 4.8.", None, [(None, None, None, "unknown")]),
    # a dated bullet governs every sentence of its item
    (
        "- June 26: Commerce restored Mythos. OpenAI launched GPT-5.6 Sol to partners.\n- June 27: nothing.",
        JUNE_27,
        [
            ("2026-06-26", None, DAY, "manifest"),
            ("2026-06-26", None, DAY, "manifest"),
            ("2026-06-27", None, DAY, "manifest"),
        ],
    ),
    # not dates, or no event
    ("GPT-5.6 and Qwen 3.7 are models (score: 51).", JUNE_27, []),
    ("Political risk / Jun 27, 2026 / 5 min", None, []),
    ("They may ship it in 13–16 days.", JUNE_27, []),
    ("Washington spent June deciding who may use its models.", JUNE_27, []),
    ("The June split screen:", JUNE_27, []),
    ("Meta released Llama 3 in 2024.", JUNE_27, []),
    ("“We shipped it this month,” she said.", JUNE_27, []),
    ("The deadline of February 30 passed.", JUNE_27, []),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_dates(extract, text, published, expected):
    assert events(extract, text, published) == expected


def test_event_names_actor_action_and_objects(extract):
    (event,) = [
        c for c in extract("June 12: Commerce ordered Anthropic to disable Fable 5 and Mythos 5 globally.", JUNE_27)
    ]
    assert (event.actor, event.action, event.objects) == (
        "Commerce Department",
        "restrict",
        ["Fable 5", "Mythos 5"],
    )
    assert (
        event.text == "June 12"
        and event.event == "Commerce ordered Anthropic to disable Fable 5 and Mythos 5 globally."
    )


def test_relative_event_keeps_its_expression_and_anchor(extract):
    text = "Two weeks after the US government forced Anthropic to pull its models, downloads surged."
    (event,) = extract(text, dt.date(2026, 6, 24))
    assert (event.relative, event.approximate, event.action) == ("Two weeks after", True, "restrict")
    assert event.anchor == "the US government forced Anthropic to pull its models"


def test_an_action_word_hyphened_to_the_next_is_half_an_adjective(extract):
    (event,) = extract("In February, Meridian's open-weights model was released.", JUNE_27)
    assert event.action == "release"


def test_a_model_released_is_acted_on_by_its_maker(extract):
    first, second = extract(
        "GLM-5.2 was released on June 2, a month after Zhipu first announced GLM-5.2 on May 5.", JUNE_27
    )
    assert (first.actor, first.action, first.objects) == ("Zhipu AI", "release", ["GLM-5.2"])
    assert (second.actor, second.action, second.objects) == ("Zhipu AI", "statement", ["GLM-5.2"])
