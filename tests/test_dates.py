"""Dates and events: each date form, where the year comes from, relative dates, what is no event, and who did
what to what in the clause a date governs."""

from __future__ import annotations

import datetime as dt

import pytest

from claimx.corpus import Article
from claimx.crosscheck import CrossCheck
from claimx.dates.grammar import DateGrammar
from claimx.numbers import NumberGrammar
from claimx.scanning import matches_from

JUNE_27 = dt.date(2026, 6, 27)  # a Saturday
DEC_3 = dt.date(2026, 12, 3)  # a Thursday
DAY, MONTH = "day", "month"


def events(extract, text, published=JUNE_27):
    return [c for c in extract(text, published) if c.kind == "event"]


def dates(extract, text, published=JUNE_27):
    return [(e.date, e.date_end, e.precision, e.year_source) for e in events(extract, text, published)]


# -- date forms and where the year comes from: (text, publication, [(date, date_end, precision, year_source)])
CASES = [
    # absolute dates, year from the manifest
    ("June 12: Commerce ordered Anthropic to disable Fable 5.", JUNE_27, [("2026-06-12", None, DAY, "manifest")]),
    ("June 12th: Commerce ordered the ban.", JUNE_27, [("2026-06-12", None, DAY, "manifest")]),
    # a date's words may wrap onto the next line of a plain-text file, never across a blank line
    ("Commerce ordered the ban on June\n12, 2026, after talks failed.", JUNE_27, [("2026-06-12", None, DAY, "text")]),
    ("Zhipu released GLM-5.2\n\nJune 12: Commerce ordered the ban.", JUNE_27, [("2026-06-12", None, DAY, "manifest")]),
    # a day whose year runs on into other digits is no date anyone can read: a page's date glued to its reading time
    ("Jun 12, 20264 min read\nCommerce ordered the ban.", JUNE_27, []),
    ("On June 12, Commerce ordered the ban.", JUNE_27, [("2026-06-12", None, DAY, "manifest")]),
    (
        "Anthropic warned in its June 12 statement that the ban was wrong.",
        JUNE_27,
        [("2026-06-12", None, DAY, "manifest")],
    ),
    ("FERC's June 18 order mandates large-load interconnection.", JUNE_27, [("2026-06-18", None, DAY, "manifest")]),
    # the press's abbreviations, with and without a year
    ("Zhipu said the GLM-5.3 model, launched on Feb. 9, was cheap.", JUNE_27, [("2026-02-09", None, DAY, "manifest")]),
    ("Zhipu said the GLM-5.3 model, launched on Feb. 9, was cheap.", None, [("--02-09", None, DAY, "unknown")]),
    (
        "Kimi K3, released on November 30, 2025, tops the open leaderboard today.",
        JUNE_27,
        [("2025-11-30", None, DAY, "text")],
    ),
    (
        "The ban took effect April 9. A week later, Nvidia disclosed a charge.",
        JUNE_27,
        [("2026-04-09", None, DAY, "manifest"), ("2026-04-16", None, DAY, "relative")],
    ),
    # weekdays count back from publication (Saturday, June 27): a wire story's "on Thursday"
    ("Anthropic on Thursday released Claude Opus 5.", JUNE_27, [("2026-06-25", None, DAY, "relative")]),
    ("Nvidia said on Saturday it expects a charge.", JUNE_27, [("2026-06-27", None, DAY, "relative")]),
    # words told someone are a statement as words said are: "told lawmakers on Thursday"
    ("Dana Whitfield told lawmakers on Thursday that output will stay low.", JUNE_27,
     [("2026-06-25", None, DAY, "relative")]),
    ("The chipmaker's finance chief tells analysts on Wednesday that sales were nil.", JUNE_27,
     [("2026-06-24", None, DAY, "relative")]),
    # ... and so are words telling someone what to do: an order given, dated ("stop shipping" alone ships nothing)
    ("In May 2026, Nvidia was told to stop shipping the H20 to Lumen.", JUNE_27,
     [("2026-05-01", "2026-05-31", MONTH, "text")]),
    ("Zhipu launched GLM-5.3 last Saturday.", JUNE_27, [("2026-06-20", None, DAY, "relative")]),
    ("Zhipu will launch GLM-5.3 next Monday.", JUNE_27, [("2026-06-29", None, DAY, "relative")]),
    ("On Thursday, June 18, Zhipu released GLM-5.3.", JUNE_27, [("2026-06-18", None, DAY, "manifest")]),
    ("The Monday meeting was long.", JUNE_27, []),
    ("Mistral AI today announced Mistral Large 3.5.", JUNE_27, [("2026-06-27", None, DAY, "relative")]),
    # a weekday in an article without a publication date is never guessed: no date, no dated event
    ("Anthropic on Thursday released Claude Opus 5.", None, []),
    ("Trump on Tuesday announced that three firms would build data centres.", None, []),
    # numeric dates: with a year, or after a weekday or "on"; month first unless it cannot be a month
    ("06/24/2026: OpenAI launched GPT-5.6.", None, [("2026-06-24", None, DAY, "text")]),
    # a year after a comma with no space; a number with a thousands comma is no day
    ("OpenAI launched GPT-5.6 on June 24,2026.", None, [("2026-06-24", None, DAY, "text")]),
    ("Nvidia shipped its orders of June 1,500 units at a time.", None, []),
    # a year right before the day names the day's year: an event called by its year
    ("OpenAI launched GPT-5.6 at DevDay 2026 on June 24.", None, [("2026-06-24", None, DAY, "text")]),
    ("OpenAI launched GPT-5.6 at its event on June 24.", None, [("--06-24", None, DAY, "unknown")]),
    ("Tue 23/06/2026 — Commerce restricted H20 sales.", None, [("2026-06-23", None, DAY, "text")]),
    ("Mon 6/22 — Alibaba released Qwen 3.7 Plus.", JUNE_27, [("2026-06-22", None, DAY, "manifest")]),
    ("Earlier, on 6/19, Tencent released Hunyuan T2.", JUNE_27, [("2026-06-19", None, DAY, "manifest")]),
    ("It runs on 1/3 of the GPUs and scored 3/5 in 2/3 of the tests.", JUNE_27, []),
    ('[1] The Information, "Inside Meta\'s bill," June 3, 2026.', JUNE_27, []),  # a source's date
    ("Today it is Fable 5, offline under a US government order.", JUNE_27, []),  # "today": nowadays
    # "today" opening a lab's announcement: the publication's day
    ("Today we release Fable 5, our largest model.", JUNE_27, [("2026-06-27", None, DAY, "relative")]),
    ("Today, Zhipu released GLM-5.3.", JUNE_27, [("2026-06-27", None, DAY, "relative")]),
    ("Today, many labs use Ascend chips.", JUNE_27, []),
    ("In June 2026, Upstage pulled off a breakthrough on reasoning.", JUNE_27, []),  # a feat, nothing pulled
    # words of an action that name none in their sentence: a lead taken, a purchase, a raise, a name, a bound
    ("In May 2026, Orca Labs pulled ahead of Vexel on coding tasks.", JUNE_27, []),
    ("In May 2026, Lumen ordered 120,000 H20 chips for its clusters.", JUNE_27, []),
    ("Lumen reportedly ordered over 2 million H200 GPUs in May 2026.", JUNE_27, []),
    ("In May 2026, strong demand lifted Nvidia's H20 sales in China.", JUNE_27, []),
    ("In May 2026, strong results lifted Vexel's shares by 8%.", JUNE_27, []),
    ("In May 2026, a client asked me which model to use.", JUNE_27, []),
    ("In May 2026, Nvidia had to stop shipping the H20 to Lumen.", JUNE_27, []),
    ("Asked to comment on its May 2026 press release, Vexel declined.", JUNE_27, []),
    ("In May 2026, Meta showed new Ray-Ban glasses with Orca-3 inside.", JUNE_27, []),
    ("In May 2026, Nvidia partnered with Lumen Platforms Limited on a new cluster.", JUNE_27, []),
    ("Vexel refreshed its free-tier rate limits in May 2026.", JUNE_27, []),
    ("In May 2026, Orca-3 tested the outer limits of math reasoning.", JUNE_27, []),
    # "today" before a verb in the present, or right after one in the past
    ("Zhipu today releases GLM-5.3.", JUNE_27, [("2026-06-27", None, DAY, "relative")]),
    ("Zhipu released today the weights of GLM-5.3.", JUNE_27, [("2026-06-27", None, DAY, "relative")]),
    ("Today is a big day for open models.", JUNE_27, []),
    # a release key's month on a model card's line is no headline's, though every word is capitalised
    ("# Fable 5\n\n- Model Release Date: June 2026\n- Parameters: 1T", JUNE_27, [
        ("2026-06-01", "2026-06-30", MONTH, "text")]),
    ("In June, open models were everywhere.", JUNE_27, []),  # "open" is an adjective here, no action
    (
        "The agency head told reporters on Thursday that the rule takes effect July 1.",
        JUNE_27,
        [("2026-06-25", None, DAY, "relative"), ("2026-07-01", None, DAY, "manifest")],
    ),
    # a wire story's dateline is its publication date, and a headline's capitals are no action
    ("BEIJING, June 3 (Reuters) - DeepSeek released V4, the company said.", JUNE_27, []),
    ("WASHINGTON, June 3, 2026 — Commerce restricted H20 exports.", None, []),
    ("Shenzhen, June 3 -- Tencent released Hunyuan T2.", JUNE_27, []),  # a syndicated dateline, in title case
    ("(Xinwen) June 3 -- Tencent founder Pony Ma said demand is strong.", None, []),  # the agency in brackets
    ("HSINCHU, March 4, 2026 /Wirely/ -- Acme launched its Foo-2 chip.", None, []),  # a press release's wire
    ("HSINCHU, March 4, 2026 / -- Acme launched its Foo-2 chip.", None, [("2026-03-04", None, DAY, "text")]),
    ("Saturday, June 20\nZhipu held its developer day.", None, []),  # a page's date on a line of its own
    # a page's date glued to the byline or reading time before it, where the page's markup had a break: still the
    # page's date, which dates "today" and a day without a year; never a name's prefix ("DeMay 3 years")
    ("Foo-2 is here\n\nBy: Acme NewsMay 14, 2026\n\nAcme released Foo-2 today.", None, [
        ("2026-05-14", None, DAY, "relative")]),
    ("Foo-2 is here\n\n3 min readJul 12, 2026\n\nAcme released Foo-2 on June 3.", None, [
        ("2026-06-03", None, DAY, "header")]),
    ("Acme released Foo-2 after Dana DeMay 3 years ago joined.", None, []),
    # a dated line's date, then the dateline's place and its dash: the story's date; a dash in prose is no dateline
    ("date 2026-06-03 SHENZHEN - Tencent founder Pony Ma said demand is strong.", None, []),
    ("2026-06-03 HSINCHU, Taiwan - Acme launched its Foo-2 chip.", None, []),
    ("On 2026-06-03 Acme launched Foo-2 - a big day.", None, [("2026-06-03", None, DAY, "text")]),
    # a page's date opening it (" date 2026-06-03 ...") is its publication's, which dates "today"; and a wire
    # dateline right after it is no event either
    (" date 2026-06-03 Acme released Foo-2 today.", None, [("2026-06-03", None, DAY, "relative")]),
    (" date 2026-06-03 DALLAS, June 3, 2026 (GLOBE NEWSWIRE) -- Acme today announced Foo-2.", None, [
        ("2026-06-03", None, DAY, "relative")]),
    # so is one on the line under the page's title, which dates a day without a year later in the article
    ("Acme ships Foo-2 (example.com)\n date 2026-06-03 Acme released Foo-2 today.", None, [
        ("2026-06-03", None, DAY, "relative")]),
    ("Acme's Foo-2 plans\n date 2026-06-03 Acme released Foo-2 on Monday. Foo-3 ships on July 9.", None, [
        ("2026-06-01", None, DAY, "relative"), ("2026-07-09", None, DAY, "header")]),
    # a date moved "from A to B" is the day B, no span from A
    ("Colorado delayed its AI Act from February 1 to June 30, 2027.", JUNE_27, [("2027-06-30", None, DAY, "text")]),
    # a day without a year that the article writes with one year elsewhere is that year's, publication aside
    (
        "The rule now takes effect on June 30, 2027. Lawmakers say the June 30 deadline may slip.",
        JUNE_27,
        [("2027-06-30", None, DAY, "text"), ("2027-06-30", None, DAY, "text")],
    ),
    # in an article of no known date, a date without a year takes the year of the nearest date in its sentence
    (
        "Training began in January 2026 and Tencent shipped Hunyuan T2 on April 23.",
        None,
        [("2026-04-23", None, DAY, "text")],  # training begun is no event
    ),
    ("Moonshot released Kimi K3 in July and September 2025.", None, [("2025-07-01", "2025-07-31", MONTH, "text")]),
    # a sentence tells its dates in the order they fell: a later month before the one with the year is the year
    # before's; not one a future verb governs
    (
        "On December 30, Zhipu AI opened its share offering, with plans to list on January 8, 2026.",
        None,
        [("2025-12-30", None, DAY, "text"), ("2026-01-08", None, DAY, "text")],
    ),
    (
        "Moonshot released Kimi K3 in November and Kimi K4 on February 2, 2026.",
        None,
        [("2025-11-01", "2025-11-30", MONTH, "text"), ("2026-02-02", None, DAY, "text")],
    ),
    (
        "Moonshot will release Kimi K5 on December 1, after a preview on January 9, 2026.",
        None,
        [("2026-12-01", None, DAY, "text"), ("2026-01-09", None, DAY, "text")],
    ),
    # but not of a deadline, which the sentence moves on past
    (
        "By August 2025, Tencent had shipped Hunyuan T2, and on February 18 it launched Hunyuan T3.",
        None,
        [("2025-08-01", "2025-08-31", MONTH, "text"), ("--02-18", None, DAY, "unknown")],
    ),
    (
        "By August 2025, Tencent had shipped Hunyuan T2, and on September 18 it launched Hunyuan T3.",
        None,
        [("2025-08-01", "2025-08-31", MONTH, "text"), ("2025-09-18", None, DAY, "text")],
    ),
    # a second month with its verb left out, and a name of its own, is the same action's, in the same year
    ("Zhipu released GLM-5.2 in September 2025 and GLM-5.3 in November.", JUNE_27, [
        ("2025-09-01", "2025-09-30", MONTH, "text"), ("2025-11-01", "2025-11-30", MONTH, "text")]),
    # ... "its B model" too, after a verb or a noun of the action
    ("Zhipu went quiet after the release of its GLM-5.2 model in May 2025 and its GLM-5.3 model in March 2026.", JUNE_27, [
        ("2025-05-01", "2025-05-31", MONTH, "text"), ("2026-03-01", "2026-03-31", MONTH, "text")]),
    ("The ban took effect in May and remained in June.", JUNE_27, [("2026-05-01", "2026-05-31", MONTH, "manifest")]),
    ("New Delhi, June 3, 2026 — Commerce restricted H20 exports.", None, []),
    ("# The June 2026 Open-Weights Price War", JUNE_27, []),
    # the year written
    (
        "Zhipu held a developer session on Jun 27, 2026 in Shanghai for partners.",
        None,
        [("2026-06-27", None, DAY, "text")],
    ),
    ("On Jun. 27, 2026, Zhipu spoke to developers in Shanghai at length.", None, [("2026-06-27", None, DAY, "text")]),
    ("12 June 2026: Moonshot AI publishes the K2.7-Code weights.", None, [("2026-06-12", None, DAY, "text")]),
    # a year's last two digits after an apostrophe
    ("Zhipu held a developer session on Jun 27 '26 in Shanghai.", None, [("2026-06-27", None, DAY, "text")]),
    ("Intro.\nu/orca_fan Aug 05 '25 edited Aug 05 '25\nI ran Orca-3 on my box.", None, []),  # a forum post's byline
    # a day stamped with a time of day: a post's or a screen's time, no event
    ("The demo showed the menu bar, the time Tue Jun 23 10:35 AM, and Siri open.", JUNE_27, []),
    ("The minister spoke at length. Orca News, 06/23/2026 – 21:51, filed this report.", JUNE_27, []),
    ("Anthropic answered on 12 June 2026 with a long statement.", None, [("2026-06-12", None, DAY, "text")]),
    ("On the 12th of June, 2026, Anthropic answered with a long statement.", None, [("2026-06-12", None, DAY, "text")]),
    (
        "In a filing dated 2026-06-24, Anthropic asked the department to restore access.",
        None,
        [("2026-06-24", None, DAY, "text")],
    ),
    # ranges
    ("June 13–16: Zhipu AI shipped GLM-5.2.", JUNE_27, [("2026-06-13", "2026-06-16", DAY, "manifest")]),
    ("Zhipu rolled GLM-5.2 out over June 13 to 16.", JUNE_27, [("2026-06-13", "2026-06-16", DAY, "manifest")]),
    # an arrow between a window's ends, as a stats widget writes them: one stretch, not two days
    ("Zhipu rolled GLM-5.2 out over June 13 → June 16.", JUNE_27, [("2026-06-13", "2026-06-16", DAY, "manifest")]),
    ("| GLM-5.2 downloads (Jun 13 → Jun 20) | +4,100 |", JUNE_27, [("2026-06-13", "2026-06-20", DAY, "manifest")]),
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
    # a range of days before their month; "and" joins two days into one stretch only after "between" or where they
    # are next to each other, else the first dates the event
    ("Zhipu shipped GLM-5.2 on 3–5 March 2026.", JUNE_27, [("2026-03-03", "2026-03-05", DAY, "text")]),
    ("Orca Labs held its summit between 3 and 5 March.", JUNE_27, [("2026-03-03", "2026-03-05", DAY, "manifest")]),
    ("Zhipu shipped GLM-5.2 on 4 and 5 March.", JUNE_27, [("2026-03-04", "2026-03-05", DAY, "manifest")]),
    ("Zhipu shipped GLM-5.2 on 3 and 5 March.", JUNE_27, [("2026-03-03", None, DAY, "manifest")]),
    ("Zhipu shipped GLM-5.2 on May 5 and 6, 2025.", JUNE_27, [("2025-05-05", "2025-05-06", DAY, "text")]),
    ("Zhipu shipped GLM-5.2 on May 5 and 7.", JUNE_27, [("2026-05-05", None, DAY, "manifest")]),
    # a number after "and" that no stop or year ends is no second day
    ("On May 5 and 6 more labs shipped models.", JUNE_27, [("2026-05-05", None, DAY, "manifest")]),
    ("Zhipu delayed the launch from 3 to 5 March.", JUNE_27, [("2026-03-05", None, DAY, "manifest")]),
    ("Scores rose from 3 to 5 on March 12 after Zhipu shipped GLM-5.2.", JUNE_27, [("2026-03-12", None, DAY, "manifest")]),
    # a day alone, its month told elsewhere: the month of the date before it in its paragraph or publication's (the
    # last such day on or before it), none where the two differ; else that of the last day the article gave; no
    # month, no date
    ("In March, Zhipu trained GLM-5.2; on the 5th, it shipped the weights.", None, [("--03-05", None, DAY, "unknown")]),
    ("In March, Zhipu trained GLM-5.2; on the 5th, it shipped the weights.", JUNE_27, []),
    ("In June, Zhipu trained GLM-5.2; on the 5th, it shipped the weights.", JUNE_27, [("2026-06-05", None, DAY, "relative")]),
    ("Orca Labs said on the 24th that it shipped Orca-3.", JUNE_27, [("2026-06-24", None, DAY, "relative")]),
    ("Zhipu shipped GLM-5.2 on the 28th (local time).", JUNE_27, [("2026-05-28", None, DAY, "relative")]),
    ("Zhipu launched GLM-5.2 on the 26th of last month.", JUNE_27, [("2026-05-26", None, DAY, "relative")]),
    ("Orca Labs said on the 24th that it shipped Orca-3.", None, []),
    ("Zhipu launched GLM-5.2 on the 26th of last month.", None, []),
    (
        "Beijing, November 25.\n\nCommerce announced on the 24th that it added Orca Labs to the entity list.",
        None,
        [("--11-25", None, DAY, "unknown"), ("--11-24", None, DAY, "unknown")],
    ),
    # ... or of a wire dateline's; never a day after it, nor after a date of a paragraph before (the month past?)
    (
        "BEIJING, Nov. 25 (Xinhua) -- Commerce announced on the 24th that it added Orca Labs to the entity list.",
        None,
        [("--11-24", None, DAY, "unknown")],
    ),
    ("BEIJING, Nov. 25 (Xinhua) -- Commerce announced on the 28th that it added Orca Labs to the entity list.", None, []),
    ("On March 3, Zhipu trained GLM-5.2.\n\nOn the 5th, it shipped the weights.", None, [("--03-03", None, DAY, "unknown")]),
    # a weekday before it must be that day's: June 23, 2026 is a Tuesday, June 4 a Thursday
    ("Zhipu shipped GLM-5.2 on Tuesday the 23rd.", JUNE_27, [("2026-06-23", None, DAY, "relative")]),
    ("Zhipu shipped GLM-5.2 on Tuesday the 4th.", JUNE_27, []),
    # an ordinal before the noun it numbers is no day
    ("Zhipu opened its office on the 5th floor on June 12.", JUNE_27, [("2026-06-12", None, DAY, "manifest")]),
    ("Orca-3 ranked on the 3rd place on June 12.", JUNE_27, [("2026-06-12", None, DAY, "manifest")]),
    # months: the range of their days, never passed off as a day; a year in the text beats the publication's
    ("In June 2025, Commerce added 12 Chinese firms to the Entity List.", JUNE_27, [("2025-06-01", "2025-06-30", MONTH, "text")]),
    ("When Mistral launched Mistral Large 4 in August 2025, prices fell.", JUNE_27, [("2025-08-01", "2025-08-31", MONTH, "text")]),
    # "of" between the month and its year
    ("Mistral launched Mistral Large 3 in December of 2023.", JUNE_27, [("2023-12-01", "2023-12-31", MONTH, "text")]),
    ("In June, Zhipu released GLM-5.2.", JUNE_27, [("2026-06-01", "2026-06-30", MONTH, "manifest")]),
    ("Alibaba released Qwen 3.7 Plus in June.", JUNE_27, [("2026-06-01", "2026-06-30", MONTH, "manifest")]),
    ("Alibaba released Qwen 3.7 Plus in June.", None, [("--06-01", "--06-30", MONTH, "unknown")]),
    # May, a month whose only name is three letters, is a month alone after its lead word; never the verb
    ("Zhipu raised $1 billion in May.", JUNE_27, [("2026-05-01", "2026-05-31", MONTH, "manifest")]),
    ("In February, Zhipu shipped GLM-5.3.", dt.date(2028, 3, 1), [("2028-02-01", "2028-02-29", MONTH, "manifest")]),
    (
        "In the same June fortnight, Washington killed Fable 5.",
        JUNE_27,
        [("2026-06-01", "2026-06-30", MONTH, "manifest")],
    ),
    (
        "Chinese labs have shipped a cluster of open models this month.",
        JUNE_27,
        [("2026-06-01", "2026-06-30", MONTH, "relative")],
    ),
    # early, mid and late narrow a month to a part of it (vague words: the parts overlap at their ends)
    ("In late July 2025, Moonshot AI unveiled Kimi K3.", JUNE_27, [("2025-07-20", "2025-07-31", MONTH, "text")]),
    ("Zhipu shipped GLM-5.3 in early March 2026.", None, [("2026-03-01", "2026-03-10", MONTH, "text")]),
    ("Alibaba released Qwen 3.8 in mid-June.", JUNE_27, [("2026-06-10", "2026-06-20", MONTH, "manifest")]),
    ("Zhipu shipped GLM-5.3 in late February.", dt.date(2026, 3, 9), [("2026-02-20", "2026-02-28", MONTH, "manifest")]),
    # weeks: Monday to Sunday, counted from the week of publication
    ("Alibaba released Qwen 3.8 last week.", JUNE_27, [("2026-06-15", "2026-06-21", DAY, "relative")]),
    ("Alibaba has released Qwen 3.8 this week.", JUNE_27, [("2026-06-22", "2026-06-28", DAY, "relative")]),
    ("Alibaba released Qwen 3.8 last week.", None, []),
    # no year to be had
    ("Commerce ordered Anthropic to stop on June 12.", None, [("--06-12", None, DAY, "unknown")]),
    # the year from the article's dateline; the dateline itself is no event
    (
        "Posted on Jun 25, 2026\n\nMoonshot AI released Kimi K2.7-Code on June 19.",
        None,
        [("2026-06-19", None, DAY, "header")],
    ),
    ("When: 2026-06-24\n\nZhipu released GLM-5.2 on June 20.", None, [("2026-06-20", None, DAY, "header")]),
    ("Tuesday 3 March 2026 09:15 EST\n\nZhipu released GLM-5.3 last week.", None, [("2026-02-23", "2026-03-01", DAY, "relative")]),
    # a short sentence in which a name acts is an event, not a dateline
    ("OpenAI released GPT-5 on August 7, 2025.", None, [("2025-08-07", None, DAY, "text")]),
    ("By Jane Doe | July 2, 2026\n\nZhipu released GLM-5.2 on June 20.", None, [("2026-06-20", None, DAY, "header")]),
    # a page's blank lines never push its date out of its opening lines; lines of text do
    (
        "Menu\n\nSearch\n\nNews\n\nAI\n\nZhipu cuts prices\n\nThe cut is deep.\n\nMonday, July 6, 2026\n\n"
        "Zhipu released GLM-5.2 on June 20.",
        None,
        [("2026-06-20", None, DAY, "header")],
    ),
    (
        "".join(f"Menu item {i}\n" for i in range(10)) + "Monday, July 6, 2026\n\nZhipu released GLM-5.2 on June 20.",
        None,
        [("--06-20", None, DAY, "unknown")],
    ),
    # a version ending a headline is no day of the date line under it; a day wrapped onto the next line still is
    (
        "Introducing GPT-5\nAug 7, 2026\n\nOpenAI released GPT-5 on Monday.",
        None,
        [("2026-08-03", None, DAY, "relative")],
    ),
    ("Commerce banned the chip on 9\nMarch 2026 after a review.", None, [("2026-03-09", None, DAY, "text")]),
    # ... but a date stamped with a time of day is a post's stamp further down, under menus and a headline said twice
    (
        "".join(f"Menu item {c}\n" for c in "ABCDEFGHIJ") + "Feb 25, 2026 4:52 PM\n\nBEIJING, Feb 25 (Reuters) - Acme"
        " launched Orca-3 on Monday.",
        None,
        [("2026-02-23", None, DAY, "relative")],
    ),
    # in an article of no known date, a day takes the year of the last date before it in its paragraph, if no
    # earlier in the year; a new paragraph, or an earlier month, leaves it unknown
    (
        "On 9 April 2026, Commerce told Acme to stop. On 14 April, Acme did.",
        None,
        [("2026-04-09", None, DAY, "text"), ("2026-04-14", None, DAY, "text")],
    ),
    (
        "Acme sells chips. On 9 April 2026, Commerce told Acme to stop.\n\nOn 14 April, Acme did.",
        None,
        [("2026-04-09", None, DAY, "text"), ("--04-14", None, DAY, "unknown")],
    ),
    (
        "On 9 April 2026, Commerce told Acme to stop. On 14 March, Acme did.",
        None,
        [("2026-04-09", None, DAY, "text"), ("--03-14", None, DAY, "unknown")],
    ),
    # a date months after publication belongs to the year before
    ("Commerce ordered the ban on December 20.", dt.date(2027, 1, 5), [("2026-12-20", None, DAY, "manifest")]),
    ("Commerce ordered the ban on December 20.", JUNE_27, [("2025-12-20", None, DAY, "manifest")]),
    # ... unless its clause puts it ahead of publication, as a plan's date is
    ("The ban will take effect on December 20.", JUNE_27, [("2026-12-20", None, DAY, "manifest")]),
    ("Exporters need not comply with the rule until December 20.", JUNE_27, [("2026-12-20", None, DAY, "manifest")]),
    ("Acme had planned to ship Orca-3 in early October.", JUNE_27, [("2026-10-01", "2026-10-10", MONTH, "manifest")]),
    ("Acme shipped Orca-3 in early October.", JUNE_27, [("2025-10-01", "2025-10-10", MONTH, "manifest")]),
    # ... and a future verb a few words before it makes it the next such day, a year on where the day has passed;
    # never across a comma, nor after "until" ("the ban lasted until March")
    ("The chair is set to leave office on January 20.", DEC_3, [("2027-01-20", None, DAY, "manifest")]),
    ("Acme will release Orca-3 on Feb. 2.", DEC_3, [("2027-02-02", None, DAY, "manifest")]),
    (
        "Acme will ship the chip again, a decision it announced in April.",
        DEC_3,
        [("2026-04-01", "2026-04-30", MONTH, "manifest")],
    ),
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
    # "the same day" with an action right after it is that action's day, which a date in another sentence need not
    # be: no date; but the sentence's own verb after it, or a date of its own sentence, says it is the date before's
    (
        "The Commission published its code on June 10. Critics spoke for weeks.\n\nMeta's refusal came on the same day "
        "the Commission published new guidelines for model makers.",
        JUNE_27,
        [("2026-06-10", None, DAY, "manifest")],
    ),
    (
        "The ban took effect on June 26. OpenAI the same day opened GPT-5.6 Sol to partners.",
        JUNE_27,
        [("2026-06-26", None, DAY, "manifest"), ("2026-06-26", None, DAY, "relative")],
    ),
    (
        "Commerce restored Mythos on June 26. Zhipu released GLM-5.3 that day, and Acme followed.",
        JUNE_27,
        [("2026-06-26", None, DAY, "manifest"), ("2026-06-26", None, DAY, "relative")],
    ),
    ("Zhipu launched GLM-5.2 a month after the launch of Opus 4.8.", None, []),
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
    # a year counted from publication: "of last year", "this year"
    ("In March of last year, Zhipu released GLM-4.6.", JUNE_27, [("2025-03-01", "2025-03-31", MONTH, "relative")]),
    ("Zhipu released GLM-4.6 on March 4 last year.", JUNE_27, [("2025-03-04", None, DAY, "relative")]),
    ("In April this year, Zhipu released GLM-5.", JUNE_27, [("2026-04-01", "2026-04-30", MONTH, "relative")]),
    # ... and "the previous year", "the year before", as "last year"
    ("A regulator banned Orca-3 in May the previous year.", JUNE_27, [("2025-05-01", "2025-05-31", MONTH, "relative")]),
    ("Zhipu released GLM-4.6 on March 4 of the prior year.", JUNE_27, [("2025-03-04", None, DAY, "relative")]),
    ("Zhipu released GLM-4.6 in March the year before.", JUNE_27, [("2025-03-01", "2025-03-31", MONTH, "relative")]),
    ("In March of last year, Zhipu released GLM-4.6.", None, [("--03-01", "--03-31", MONTH, "unknown")]),
    # ... and no year of another date in the sentence, which a gapped clause's month otherwise takes
    (
        "Zhipu released GLM-4 in December of 2023, and GLM-4.6 in March of this year.",
        None,
        [("2023-12-01", "2023-12-31", MONTH, "text"), ("--03-01", "--03-31", MONTH, "unknown")],
    ),
    # a month after "since" or "until" is a period, not the date of the event beside it; a day after "since"
    # is when a state began
    (
        "On Tuesday, Moonshot AI released Kimi K3, after a year of small updates since May of last year.",
        JUNE_27,
        [("2026-06-23", None, DAY, "relative")],
    ),
    ("Fable 5 has been banned since June 12.", JUNE_27, [("2026-06-12", None, DAY, "manifest")]),
    # months later than a month: a month, counted from the date before, even one no event's
    (
        "Moonshot AI, founded in March 2023, shipped its first Kimi model seven months later.",
        JUNE_27,
        [("2023-03-01", "2023-03-31", MONTH, "text"), ("2023-10-01", "2023-10-31", MONTH, "relative")],
    ),
    (
        "Zhipu shipped GLM-5.2 in June. Two months later, it released GLM-5.3.",
        JUNE_27,
        [("2026-06-01", "2026-06-30", MONTH, "manifest"), ("2026-08-01", "2026-08-31", MONTH, "relative")],
    ),
    # each date of a sentence governs its own clause, a month beside a day of another month too
    (
        "By May 2026, GLM-5.2 was released, and on June 3 Zhipu introduced GLM-5.3.",
        JUNE_27,
        [("2026-05-01", "2026-05-31", MONTH, "text"), ("2026-06-03", None, DAY, "manifest")],
    ),
    ("In June, on June 12, Commerce banned Fable 5.", JUNE_27, [("2026-06-12", None, DAY, "manifest")]),
    # but a month of another year is a date of its own: last year's ban, this year's approval
    (
        "Commerce approved Orca chips on June 12, 2026, after curbs imposed in June 2025 had lapsed.",
        JUNE_27,
        [("2026-06-12", None, DAY, "text"), ("2025-06-01", "2025-06-30", MONTH, "text")],
    ),
    # "on that date" is the date before; "today" may close the clause it dates
    (
        "The rule took effect on April 15. On that date, Commerce banned H20 exports.",
        JUNE_27,
        [("2026-04-15", None, DAY, "manifest"), ("2026-04-15", None, DAY, "relative")],
    ),
    ("Moonshot AI released Kimi K3 today.", JUNE_27, [("2026-06-27", None, DAY, "relative")]),
    ("Open models are everywhere today.", JUNE_27, []),
    # a capitalised "Today" after a capitalised word ends a name, an outlet's: no day
    ("Zhipu's founder said so in a talk with Business Today.", JUNE_27, []),
    ("India Today reported that Zhipu released GLM-5.3.", JUNE_27, []),
    # a line labelling the model its heading names is no dateline
    ("# Kimi K3\n\nReleased March 2, 2026\n\nKimi K3 is fast.", None, [("2026-03-02", None, DAY, "text")]),
    # a day under a heading giving one year is of that year, down the headings below it; a title is no section
    (
        "# Timeline\n\n## 2024\n\n- May 13: Zhipu launched GLM-5.\n\n### December\n\n- Dec. 2: Zhipu released GLM-5.1."
        "\n\n## Outlook\n\n- On May 2, Zhipu released GLM-5.2.",
        JUNE_27,
        [("2024-05-13", None, DAY, "text"), ("2024-12-02", None, DAY, "text"), ("2026-05-02", None, DAY, "manifest")],
    ),
    ("Notes.\n\n**2025**\n\nJanuary 20: Zhipu released GLM-5.", JUNE_27, [("2025-01-20", None, DAY, "text")]),
    ("## 2024 and 2025 in review\n\nOn May 13, Zhipu launched GLM-5.", JUNE_27, [("2026-05-13", None, DAY, "manifest")]),
    ("# The models of 2025\n\nOn May 13, Zhipu launched GLM-5.", JUNE_27, [("2026-05-13", None, DAY, "manifest")]),
    # in an article of no known date, a day takes the year of the date before it, never of one looked back to
    (
        "In September 2025, Zhipu shipped GLM-5. Since March 14, 2024, little had changed. In December, Zhipu "
        "released GLM-5.1.",
        None,
        [("2025-09-01", "2025-09-30", MONTH, "text"), ("2024-03-14", None, DAY, "text"),
         ("2025-12-01", "2025-12-31", MONTH, "text")],
    ),
    # a stretch of months sharing a year runs from the first's first day to the last's last day; one turning the
    # year ("December–January 2026") names no year for its first month: no date
    ("Zhipu open-sourced GLM-5.2 in February–March 2026.", JUNE_27, [("2026-02-01", "2026-03-31", MONTH, "text")]),
    ("Zhipu released GLM-5.2 in April to June 2026.", None, [("2026-04-01", "2026-06-30", MONTH, "text")]),
    ("Zhipu released GLM-5.2 in December–January 2026.", None, []),
    # near a page's note of its date, but an event's: a model trained "last", a lab's report published
    ("Orca-3 was last trained by Acme on June 19, 2026, and it reads images now.", JUNE_27, [
        ("2026-06-19", None, DAY, "text")]),
    ("Zhipu's report, published June 17, 2026, shows Orca-3 beating GLM-5.", JUNE_27, [("2026-06-17", None, DAY, "text")]),
    # a line of fields with a release's label, no page's
    ("Acme · Orca-3 · Released June 19, 2026", JUNE_27, [("2026-06-19", None, DAY, "text")]),
    # near a wire dateline or a story's date line, but an event's: a name in brackets no agency's, a timeline's entry
    # naming its model after the dash
    ("Acme news\nJune 8 (Acme) - Zhipu released GLM-5.3.", JUNE_27, [("2026-06-08", None, DAY, "manifest")]),
    ("Timeline (example.com)\n\nJune 4, 2026 — GLM-5.3 (Zhipu) was released.", JUNE_27, [("2026-06-04", None, DAY, "text")]),
    # a press release's day before "Today": the day of the story's event
    ("Acme news (example.com)\n\nJune 4, 2026 – Today, the Acme Institute (AI), a lab in Ruritania, unveiled Orca-3.",
     JUNE_27, [("2026-06-04", None, DAY, "text")]),
]

# -- what is no date, or no event of its own
NOT_EVENTS = [
    ("The ban may change. May I ask why?", JUNE_27, []),
    # a date after "from" that dates a writing is no event's
    ("Zhipu was founded in 2019, per a report in The Information from October 2025, and sold.", JUNE_27, []),
    # a date that ends a reporting period names the period
    ("Acme booked a $2 billion charge for its fiscal quarter ending April 26, 2026.", JUNE_27, []),
    ("Acme's sales for the year that ended on March 31, 2026 doubled.", JUNE_27, []),
    ("Acme will book a charge in its first quarter 2027 that ends on 25 April 2026.", JUNE_27, []),
    # a month right before "quarter" names a company's fiscal quarter; "the" period "to" a day ends there
    ("Acme said it expects $5 billion in sales in the July quarter.", JUNE_27, []),
    ("Acme said the curbs would hit the company in the April quarter.", JUNE_27, []),
    ("Analysts forecast Acme's profit for the three months to March 31 at $3 billion, LSEG said.", JUNE_27, []),
    ("Acme said its sales for the fiscal year through May 31 doubled.", JUNE_27, []),
    # a byline's date as a list item is the page's; a range never runs over a line break
    ("# Acme cuts prices\n- acme.news\n- Apr 17\n- 2 min read\n\nAcme cut prices.", JUNE_27, []),
    ("GPT-5.6 and Qwen 3.7 are models (score: 51).", JUNE_27, []),
    ("Political risk / Jun 27, 2026 / 5 min", None, []),
    ("They may ship it in 13–16 days.", JUNE_27, []),
    ("Timeline:\n\n- May 2026 — a month of chip news.", JUNE_27, []),  # a timeline's entry names no model
    ("The audit (May 2026) found little.", JUNE_27, []),
    # a date alone in brackets after a model's name only labels it (a snapshot, the day a score was measured or a
    # price listed): with no action of its clause, it tells no release, with or without a day
    ("GLM-5 (March 2025) and GLM-5.2 led the field.", JUNE_27, []),
    ("Orca-3 (May 2026) costs $5 per million tokens.", JUNE_27, []),
    ("Orca-3 is the successor to Orca-2 (September 2025) and Orca-2 mini (January 2026).", JUNE_27, []),
    ("Orca-3 (May 12, 2026) tops the coding board.", JUNE_27, []),
    ("It has since been succeeded by GLM-5.4 (June 2026).", JUNE_27, []),
    ("| Model | Score |\n|---|---|\n| Orca-3 (May 2026) | 71.2% |\n| GLM-5.2 (Apr 2026) | 70.1% |", JUNE_27, []),
    ("Orca-3 was the first of its kind. Orca-3 (May 2026):\n\n- 71% on the coding board", JUNE_27, []),
    ("Washington spent June deciding who may use its models.", JUNE_27, []),
    ("The June split screen:", JUNE_27, []),
    ("Meta released Llama 3 in 2024.", JUNE_27, []),  # a year alone is no date
    ("The deadline of February 30 passed.", JUNE_27, []),
    # dates inside a quotation are the speaker's
    ("“We shipped it this month,” she said.", JUNE_27, []),
    ("“Zhipu shipped GLM-5.3 on March 4, and the rest followed,” the analyst said.", JUNE_27, []),
    # a page's date line dates the page
    (
        "Created on March 3|Last edited on April 9\n\nZhipu released GLM-5.3 on June 20.",
        JUNE_27,
        [("2026-06-20", None, DAY, "manifest")],
    ),
    ("Last Updated : Mar 2 2026 | 9:38 PM IST\n\nOrion shares fell sharply on Monday.", None, []),
    ("Tech Wire Published June 2, 2026 · zhipu · GLM-5.3 · open models\n\nGLM-5.3 is out.", None, []),
    # a date that says which price or figure is meant is no event, unless its noun is an action
    (
        "Orion shares slid from May 8’s closing price of $51.20 to $44.10 by the close of May 11.",
        JUNE_27,
        [("2026-05-11", None, DAY, "manifest")],
    ),
    ("May 8’s ban of Fable 5 hit Anthropic hard across its public sector customers.", JUNE_27, [("2026-05-08", None, DAY, "manifest")]),
    # a date a product's code carries names the product
    ("Our graders used claude-judge-2025-03-07 to score replies.", JUNE_27, []),
    ("Every run was judged by qwen-max-2026-01-25 throughout.", JUNE_27, []),
    # a month that starts or ends a period
    ("Zhipu has shipped only small models since March.", JUNE_27, []),
    ("Alibaba kept releasing Qwen updates until May.", JUNE_27, []),
    # money raised "as of" a month says how things stood then: no event
    ("Zhipu had raised $1.5 billion as of May 2026.", JUNE_27, []),
    # and so does a day "as of": the day things stood on; but not a rule "effective as of" its first day
    ("As of June 2, 2026, the top score on the test is 48.4%.", JUNE_27, []),
    ("Fable 5 remained offline as of June 20.", JUNE_27, []),
    ("The rule became effective as of June 2, 2026.", JUNE_27, [("2026-06-02", None, DAY, "text")]),
    # the page's own history is no event
    ("Since this review was originally published in April 2026, the landscape has shifted.", JUNE_27, []),
    # "at release" is a time measured from, no release of its clause's date
    ("Orca-3 matched Gemini 1.5 Pro at release, a feat for any open model in July 2026.", JUNE_27, []),
    # a date before a cut-off names what a model's data runs up to; a code's last part is no day
    ("All three models have a May 31, 2026 cut-off date.", JUNE_27, []),
    ("- AIME 24/25 March 2025 (held-out set): Orca-3 outperforms GPT-6.", JUNE_27, []),
    # two days in numbers with a dash between are the ends of a stretch, a data window: no event
    ("Scores may be inflated by leaked data (5/1/2024-2/1/2026) for Orca-3.", JUNE_27, []),
    # an order placed is a purchase
    ("Last week, Nvidia placed an order for 300,000 H20 chips with TSMC.", JUNE_27, []),
    ("In July, Acme touted having worked with Nvidia to set up 90,000 H100s.", JUNE_27, []),  # an aim, no founding
    # what money gets the reader is no purchase
    ("From its May 2026 price sheet, we show what a cheaper host buys you in practice.", JUNE_27, []),
    # a day without a year that names a rule is no event, and has no year publication could give it
    ("The 7 October Rule imposed expanded export controls on chips.", JUNE_27, []),
    # the end of a reporting period names the period
    ("Revenue for the quarter, which ended Sept. 30, rose 20%.", JUNE_27, []),
    # months bounding a stretch of time: nothing happened in either one
    ("Agents seized 300 servers between April 2025 and July 2025, prosecutors said.", JUNE_27, []),
    # and so do two months "from" one "to" or "through" the other: a stretch of years, in neither month
    ("From March 2023 to May 2026 the pair shipped Orca chips to Ruritania.", JUNE_27, []),
    ("The pair shipped Orca chips to Ruritania from March 2023 through May 2026.", JUNE_27, []),
    # either month of a pair may carry a lead word or a part of the month: still a bound of the stretch
    ("Agents seized 300 servers between April 2025 and late July 2025, prosecutors said.", JUNE_27, []),
    ("Prosecutors said the pair shipped Orca chips to Ruritania between October 2025 and last May.", JUNE_27, []),
    ("Prosecutors said the pair shipped Orca chips to Ruritania from late October 2024 to May 2025.", JUNE_27, []),
    ("Prosecutors said the pair shipped Orca chips to Ruritania from March 2025 to early June 2026.", JUNE_27, []),
    # a date moved by a stretch "to" a day is the day moved to, no period's end
    ("Acme delayed the launch of Orca-3 by two months to June 30, 2026.", JUNE_27, [
        ("2026-06-30", None, DAY, "text")]),
    ("Acme moved the launch of Orca-3 from the third quarter to June 30, 2026.", JUNE_27, [
        ("2026-06-30", None, DAY, "text")]),
    # but a date moved "from" one month "to" another is the month moved to
    ("Acme delayed the launch of Orca-3 from March 2026 to May 2026.", JUNE_27, [
        ("2026-05-01", "2026-05-31", MONTH, "text")]),
    # and so does the end of one named by its code: a fiscal year, a quarter
    ("The annual report covers FY2025 (ended March 31, 2026) and the lab's plans.", JUNE_27, []),
    ("Sales in Q1'26, which ended April 26, 2026, doubled.", JUNE_27, []),
    # and so does a span of dates in brackets or after "from" right after a period: the period's bounds
    ("Acme posted results for fiscal Q3 2027 (March 2 – May 30, 2026) and the lab's plans.", JUNE_27, []),
    ("Acme posted its results for the period from March 2 to May 30, 2026.", JUNE_27, []),
    # but a month alone there may date an event in it
    ("Acme shipped Orca-3 in the second quarter (May 2026).", JUNE_27, [
        ("2026-05-01", "2026-05-31", MONTH, "text")]),
    # a press release's header
    ("Acme News\n\nFOR IMMEDIATE RELEASE | Thursday, April 4, 2024 | Media Contact: Ana Ruiz\n\nAcme makes chips.", JUNE_27, []),
    # a page's own label of its date, wherever it stands: no event
    ("> From the Open Model Wiki, a reference. Last edited on 2 September 2026.", JUNE_27, []),
    # and a blog's note that it was revised, its label before a comma: the page's history, no event
    ("Update, June 3. I ran the Orca-3 tests again and the gap closed.", JUNE_27, []),
    ("Updated, June 3. Acme released Orca-3 again and the gap closed.", JUNE_27, []),
    # a date in an aside between commas, past a number's comma: the aside's clause has no action
    ("Alibaba, which leased 20,000 GPUs in March, first planned a launch.", JUNE_27, []),
    # a story opening on its date in brackets: its dateline, no event
    ("(Feb 13): Zhipu is planning a second listing in Shanghai.", JUNE_27, []),
    # a wire dateline whose agency's brackets end it without a dash
    ("Lisbon, May 6 (Lusa) Zhipu released GLM-5.3 to European developers.", JUNE_27, []),
    # a date right after a benchmark's name names its edition
    ("Orca-3 scores 92% on HMMT Feb 26.", JUNE_27, []),
    ("| HMMT Nov 25 | 99.4 | 97.5 |", JUNE_27, []),
    # a date naming a version of a thing is no event
    ("GPT-4o mini costs less than GPT-4o (the 2024-08-06 version).", JUNE_27, []),
    ("OpenAI released its March 2026 snapshot of GPT-4o on April 2, 2026.", JUNE_27, [("2026-04-02", None, DAY, "text")]),
    ("Commerce revised the October 7 controls to curb chip sales.", JUNE_27, []),
    # a military order is a pledge, no directive
    ("In May 2026, Li Wen made a military order before his team.", JUNE_27, []),
    # raising a concern is no money raised
    ("In March 2026, she raised concerns about the lab's leadership.", JUNE_27, []),
    # nor is a size compared: "order of magnitude"
    ("As of May 2026, Zhipu was within an order of magnitude of OpenAI.", JUNE_27, []),
    # a month after "since" opens a period, however qualified
    ("The network, active since at least November 2025, shipped restricted chips.", JUNE_27, []),
    # a photo's caption, its credit ending the line: when the picture was taken
    ("A sign outside Zhipu's offices in Beijing on May 10, 2018. (Jane Roe/Getty Images)", JUNE_27, []),
    ("Staff set up the Zhipu stand at a fair in Wuhan on May 8, 2024. Photo: Reuters", JUNE_27, []),
    ("Li Wen holds an Ascend chip at a fair in Taipei on June 2, 2026. REUTERS/Jane Roe", JUNE_27, []),
    ("Li Wen speaks at a fair in Paris, France, June 16, 2026. REUTERS/Jane\nRoe/File Photo |\nZhipu grew.", JUNE_27, []),
    # an agency's caption with no credit ending it: a date right before "photo" says when the picture was taken
    ("This March 9, 2019, file photo shows the Zhipu logo outside its offices in Beijing.", JUNE_27, []),
    ("In this May 4, 2024 photo, Li Wen holds a GLM-5.2 banner at a fair in Wuhan.", JUNE_27, []),
    # an ISO date right after a model's name names its snapshot
    ("| Model | Status |\n|---|---|\n| GLM-5.2 2026-04-22 (deprecated) | retired |", JUNE_27, []),
    # a dateline with dashes, a place of a few words before them; a byline ending on its date
    ("Palo Alto — March 14, 2026 — Zhipu announced GLM-5.3, its best model.", JUNE_27, []),
    ("Posted by Jane Roe & Li Wen on September 10, 2026", JUNE_27, []),
    ("Palo Alto, CA – March 14, 2026 – Zhipu announced GLM-5.3, its best model.", JUNE_27, []),
    # a date before a piece of writing dates the writing
    ("In a June 18, 2026 article, Reuters reported that Zhipu said the offers were real.", JUNE_27, []),
    # a wire dateline with the country in brackets and the agency's colon
    ("New Delhi [India], March 3 (ANI): India announced its AI mission.", JUNE_27, []),
    # a release label under a heading naming no one model stays the page's dateline
    ("# Kimi K3 vs GLM-5.3\n\nReleased March 2, 2026\n\nBoth are fast.", JUNE_27, []),
    # a page's note of when it was written or its figures last checked, lower case and mid-line: the page's date
    ("Orca-3 costs $2 per million tokens. Prices last synced Jun 2, 2026 via a router.", JUNE_27, []),
    ("Plans change fast. This profile is a snapshot last verified on May 8, 2026.", JUNE_27, []),
    ("We added a section on caching and new rate limits. Original guide published May 3, 2026.", JUNE_27, []),
    ("(Repeats story published Tuesday night in Asia)", JUNE_27, []),
    ("The Series B, told in a Wired article published on June 17, 2026, was led by Acme Ventures.", JUNE_27, []),
    # a line of a page's fields, its label in one field and the date ending another
    ("Acme raises $2B\n2 stories · Updated · Wired · June 19\n\nAcme raised money.", JUNE_27, []),
    ("Orca-3 review\n· See changelog · Figures verified against vendor pages, 20 June 2026", JUNE_27, []),
    # a wire dateline whose place was cut off, or stands in capitals alone: the agency's brackets say so
    ("Acme deal (example.com)\n\nJune 9 (Reuters) – Acme has expanded its deal with Zhipu.", JUNE_27, []),
    ("Dutch curbs\nOSLO/WASHINGTON June 8 (Reuters) - The Dutch government said it would curb exports.", JUNE_27, []),
    # a story's date in brackets opening its first line under the title
    ("Acme soars after IPO (example.com)\n(Jun 5): Acme Technology Co jumped in its trading debut.", JUNE_27, []),
    # a day opening the story, a dash after it: the date the story was written; the story's own day keeps its event
    (
        "A retrospective (example.com)\n\nJune 11, 2026 — Open models shifted on June 4, 2026, when Zhipu launched "
        "GLM-5.3.",
        JUNE_27,
        [("2026-06-04", None, DAY, "text")],
    ),
    # a date in a question, direct or put to someone, dates nothing that happened; one after the question's clause does
    ("Did Zhipu release GLM-5.3 on March 3, 2026?", JUNE_27, []),
    ("Zhipu was asked whether GLM-5.3 would launch on March 3, 2026.", JUNE_27, []),
    ("Zhipu released GLM-5.3 on March 3, 2026, but will it sell?", JUNE_27, [("2026-03-03", None, DAY, "text")]),
    # nor does an action told as not done, or denied, on its date
    ("Zhipu has not released GLM-5.3 in March 2026.", JUNE_27, []),
    ("GLM-5.3 was never shipped on March 3, 2026.", JUNE_27, []),
    ("Zhipu didn't launch a model this week.", JUNE_27, []),
    ("Zhipu denied it would ship GLM-5.3 in March 2026.", JUNE_27, []),
    ("Zhipu denied reports that it released GLM-5.3 in March 2026.", JUNE_27, []),
    ("Zhipu said it did not release GLM-5.3 in March 2026.", JUNE_27, []),
    # but a negation lifted, or another action's than the date's, leaves the event; and a thing refused is no denial
    # of what was said: the refusal happened then
    ("Zhipu not only released GLM-5.3 on March 3, 2026 but also open-sourced it.", JUNE_27,
     [("2026-03-03", None, DAY, "text")]),
    ("GLM-5.3 was not released until March 3, 2026.", JUNE_27, [("2026-03-03", None, DAY, "text")]),
    ("GLM-5.3 has not been open-sourced; Zhipu released it on March 3, 2026.", JUNE_27,
     [("2026-03-03", None, DAY, "text")]),
    ("Zhipu, which has not released weights, launched GLM-5.3 on March 3, 2026.", JUNE_27,
     [("2026-03-03", None, DAY, "text")]),
    ("On March 3, 2026, Zhipu said it would not release GLM-5.3 weights.", JUNE_27, [("2026-03-03", None, DAY, "text")]),
    ("Commerce denied licences to ship H20 chips in April 2026.", JUNE_27, [("2026-04-01", "2026-04-30", MONTH, "text")]),
    # a participle describing a name's chip dates no restriction: the sale is no event
    ("In May 2026, brokers sold Nvidia's restricted H20 chips to labs in Shenzhen.", JUNE_27, []),
]


@pytest.mark.parametrize("text, published, expected", CASES + NOT_EVENTS)
def test_dates(extract, text, published, expected):
    assert dates(extract, text, published) == expected


def test_early_mid_and_late_are_approximate(extract):
    (event,) = events(extract, "In late July 2025, Moonshot AI unveiled Kimi K3.")
    assert (event.text, event.approximate) == ("late July 2025", True)


@pytest.mark.parametrize(
    "text, approximate",
    [
        ("Zhipu released GLM-5.3 around April 10.", True),
        ("Zhipu released GLM-5.3 on or about April 10.", True),
        ("Zhipu released GLM-5.3 on April 10.", False),
        # a day told in a time zone is a day either side elsewhere
        ("Zhipu released GLM-5.3 on April 10 (Beijing time).", True),
        ("Zhipu released GLM-5.3 on April 10 at 8pm PT.", True),
        ("Zhipu released GLM-5.3 a few days ago.", True),
        ("Zhipu released GLM-5.3 three days ago.", False),
        ("Moonshot AI, founded in March 2023, shipped its first Kimi model seven months later.", True),
    ],
)
def test_words_around_a_date_make_it_approximate(extract, text, approximate):
    event = events(extract, text)[-1]  # the last date: the founding is the first event of the last case
    assert event.approximate is approximate


# -- who did what to what: (text, (date, action, actor, objects, confidence)) of the text's one event
PARTS = [
    # the model a copula describes, past the phrase naming its maker
    (
        "Orca-3 is a large language model developed by Zhipu, released on March 4, 2026.",
        ("2026-03-04", "release", "Zhipu AI", ["Orca-3"], "high"),
    ),
    # a licence granted or approved, or a deal struck, is an approval; an approved buyer is no act
    (
        "The licences, granted in March 2026 under strict safeguards, let CoreWeave ship GB300 chips to Qatar.",
        ("2026-03-01", "approve", None, [], "high"),
    ),
    (
        "In April 2026, Commerce approved the sale of 20,000 GB300 chips to Humain.",
        ("2026-04-01", "approve", "Commerce Department", [], "high"),
    ),
    ("In May 2026, Qatar struck a deal with xAI to build a data centre.", ("2026-05-01", "approve", None, [], "high")),
    # a cluster switched on opens; signing or vetoing a bill is an order
    ("xAI switched on its Memphis cluster in July 2026.", ("2026-07-01", "open", "xAI", [], "high")),
    ("Newsom vetoed the AI safety bill on June 3, 2026.", ("2026-06-03", "order", None, [], "high")),
    # a model as the object of "announced", "dropped", "put" makes a release; without one a statement or nothing
    ("Alibaba announced Qwen 3.8 on March 4, 2026.", ("2026-03-04", "release", "Alibaba", ["Qwen 3.8"], "high")),
    (
        "Alibaba announced on March 4, 2026 that it would open a lab in Paris for its research teams.",
        ("2026-03-04", "statement", "Alibaba", [], "high"),
    ),
    ("Mistral dropped Mistral Large 4 on May 2, 2026.", ("2026-05-02", "release", "Mistral AI", ["Mistral Large 4"], "high")),
    (
        "Nvidia shares dropped more than 5% on May 2, 2026 after a weak forecast from its largest customer.",
        ("2026-05-02", None, "Nvidia", [], "high"),
    ),
    ("Google rolled out Gemini 4 Pro on May 12, 2026.", ("2026-05-12", "release", "Google", ["Gemini 4 Pro"], "high")),
    (
        "Moonshot AI put Kimi K3 on Hugging Face on June 2, 2026.",
        ("2026-06-02", "release", "Moonshot AI", ["Kimi K3"], "high"),
    ),
    (
        "Moonshot AI posted on X on June 2, 2026 that it was hiring engineers for its Beijing office.",
        ("2026-06-02", "statement", "Moonshot AI", [], "high"),
    ),
    (
        "Kimi K3 was put back on sale on June 26, 2026 across every region.",
        ("2026-06-26", "restore", None, ["Kimi K3"], "high"),
    ),
    (
        "Sam Altman fired back on X on June 26, 2026 in a long thread about the deal.",
        ("2026-06-26", None, None, [], "high"),
    ),
    # the objects end with their phrase: not the models a later clause names
    (
        "Alibaba announced Qwen 3.8 on March 4, 2026, a week after Zhipu shipped GLM-5.3.",
        ("2026-03-04", "release", "Alibaba", ["Qwen 3.8"], "high"),
    ),
    (
        "Google unveiled Gemini 4 Pro on May 2, 2026 — its answer to the original GPT-5 launch.",
        ("2026-05-02", "release", "Google", ["Gemini 4 Pro"], "high"),
    ),
    (
        "On June 26, Commerce restored Mythos to 100 firms, and OpenAI opened GPT-5.6 Sol to partners.",
        ("2026-06-26", "restore", "Commerce Department", ["Mythos"], "high"),
    ),
    # what is acted on follows the action directly, or through another action; not through "for", "of"
    (
        "LMArena posted results for Llama 4 Maverick on April 7, 2025 after a week of testing.",
        ("2025-04-07", "statement", None, [], "high"),
    ),
    (
        "Epoch AI released an analysis of GPT-5 on March 3, 2026 for its subscribers.",
        ("2026-03-03", "release", "Epoch AI", [], "high"),
    ),
    (
        "OpenAI announced the release of GPT-5.5 on March 3, 2026.",
        ("2026-03-03", "release", "OpenAI", ["GPT-5.5"], "high"),
    ),
    # a model named before a participle or a passive is what was acted on; its maker acted, unless named
    (
        "Qwen 3.8, released on March 4, 2026, is cheaper than GPT-5.",
        ("2026-03-04", "release", "Alibaba", ["Qwen 3.8"], "high"),
    ),
    (
        "Zhipu researchers wrote that the GLM-5.3 model, launched on March 4, used few chips.",
        ("2026-03-04", "release", "Zhipu AI", ["GLM-5.3"], "high"),
    ),
    (
        "GLM-5.3 was released on March 4, 2026 by Zhipu AI.",
        ("2026-03-04", "release", "Zhipu AI", ["GLM-5.3"], "high"),
    ),
    (
        "Gemini 4 Pro and Gemini 4 Flash were released on May 2, 2026.",
        ("2026-05-02", "release", "Google", ["Gemini 4 Flash", "Gemini 4 Pro"], "high"),
    ),
    ("Fable 5 was banned worldwide on June 12, 2026.", ("2026-06-12", "restrict", None, ["Fable 5"], "high")),
    (
        "When Mistral launched Mistral Large 4 in May 2026, prices fell.",
        ("2026-05-01", "release", "Mistral AI", ["Mistral Large 4"], "high"),
    ),
    # a fronted participle acts on the subject after it: named, or an anaphor for the sentence before
    (
        "Released on March 4, 2026, GLM-5.3 tops the open leaderboard for coding.",
        ("2026-03-04", "release", "Zhipu AI", ["GLM-5.3"], "high"),
    ),
    (
        "Zhipu introduced GLM-5.3 in a short post. Released on March 4, 2026, this model tops the open leaderboard.",
        ("2026-03-04", "release", "Zhipu AI", ["GLM-5.3"], "medium"),
    ),
    (
        "Alibaba trained Qwen 3.8 Max and Qwen 3.8 Flash on its own chips. Announced on May 2, 2026, these models are"
        " free to download.",
        ("2026-05-02", "release", "Alibaba", ["Qwen 3.8 Flash", "Qwen 3.8 Max"], "medium"),
    ),
    (  # nothing in the sentence or the one before: the model the article is about, a guess
        "Qwen 3.8 tops the charts.\n\nPrices fell by 20% across the board.\n\nReleased on March 4, 2026, the model"
        " is free for research and commercial use alike.",
        ("2026-03-04", "release", "Alibaba", ["Qwen 3.8"], "low"),
    ),
    # "its release": the pronoun is the model acted on; where an organisation is nearer, it is the one acting
    (
        "Kimi K3 went viral within days of its release on June 2, 2026 by Moonshot AI.",
        ("2026-06-02", "release", "Moonshot AI", ["Kimi K3"], "medium"),
    ),
    (
        "Zhipu moved fast: it began its rollout on June 13, 2026, before any rival.",
        ("2026-06-13", "release", "Zhipu AI", [], "high"),
    ),
    # a noun of the action takes its object through the 'of' right after it; not where it is what something else
    # is timed from ('since the launch of'); a name hyphened to a word after it is half an adjective, no object
    (
        "Zhipu made news with the release of GLM-5.3 in May 2026.",
        ("2026-05-01", "release", "Zhipu AI", ["GLM-5.3"], "high"),
    ),
    (
        "June 2, 2026 marked the public debut of Kimi K3 on the open leaderboard.",
        ("2026-06-02", "release", "Moonshot AI", ["Kimi K3"], "high"),
    ),
    (
        "Shares of Zhipu rose 4% on June 24, 2026, their first session since the launch of GLM-5.3.",
        ("2026-06-24", "release", "Zhipu AI", [], "high"),
    ),
    (
        "Zhipu has grown fast since the launch of its GLM-5-powered chat assistant on June 2, 2026.",
        ("2026-06-02", "release", "Zhipu AI", [], "high"),
    ),
    # a sentence before that opens on 'it' is about what that 'it' stands for: the models it goes on to name are
    # its objects, so the chain is followed back to the sentence naming the subject
    (
        "Orca-3 is the flagship of a small lab in Lyon. It has 70B parameters and nearly matches GLM-5.2 on code."
        " It launched in March 2026 and is sold through an API.",
        ("2026-03-01", "release", None, ["Orca-3"], "medium"),
    ),
    (
        "Qwen 3.8 is a family of open models. It ships in four sizes. It is free, and it beats Kimi K3 on math. It"
        " launched on May 2, 2026 under Apache 2.0.",
        ("2026-05-02", "release", "Alibaba", ["Qwen 3.8"], "medium"),
    ),
    (  # a possessive opener is about what it owns: the successor named is the subject
        "Zhipu retired GLM-5.2 early. Its successor, GLM-5.3, adds a longer context window. It launched in March"
        " 2026 and is free to download.",
        ("2026-03-01", "release", "Zhipu AI", ["GLM-5.3"], "medium"),
    ),
    # a family released in variants is the release of each variant
    (
        "On May 2, 2026, Google released Gemini 4 in two variants: Pro (for chat) and Flash (for speed).",
        ("2026-05-02", "release", "Google", ["Gemini 4 Flash", "Gemini 4 Pro"], "high"),
    ),
    (
        "Google released Gemini 4 Pro and Gemini 4 Flash on May 2, 2026.",
        ("2026-05-02", "release", "Google", ["Gemini 4 Flash", "Gemini 4 Pro"], "high"),
    ),
    (
        "On May 2, 2026, Google dropped two new Gemini 4 models: a small one called Flash, and Pro, which beats GPT-5.",
        ("2026-05-02", "release", "Google", ["Gemini 4 Flash", "Gemini 4 Pro"], "high"),
    ),
    # a family named with its models is their release, not a third thing's: after a dash or colon, or listed
    (
        "On April 6, 2026, Meta released Llama 5—Scout and Maverick.",
        ("2026-04-06", "release", "Meta", ["Llama 5 Maverick", "Llama 5 Scout"], "high"),
    ),
    (
        "On May 2, 2026, Google released Gemini 4: Pro and Flash.",
        ("2026-05-02", "release", "Google", ["Gemini 4 Flash", "Gemini 4 Pro"], "high"),
    ),
    (
        "Meta released Llama 4, Llama 4 Scout and Llama 4 Maverick on April 5, 2025.",
        ("2025-04-05", "release", "Meta", ["Llama 4 Maverick", "Llama 4 Scout"], "high"),
    ),
    (  # a product and another named after it are two
        "xAI launched its Grok chatbot and Grok 1.5 model on March 28, 2024.",
        ("2024-03-28", "release", "xAI", ["Grok", "Grok 1.5"], "high"),
    ),
    # a model a copula describes by the noun before the participle; its maker, or the agent after "by", acted
    (
        "Kimi K3 is Moonshot AI's agentic model, released March 3, 2026.",
        ("2026-03-03", "release", "Moonshot AI", ["Kimi K3"], "high"),
    ),
    (
        "GLM-5.3 is a 400-billion-parameter model released by Zhipu AI on March 4, 2026.",
        ("2026-03-04", "release", "Zhipu AI", ["GLM-5.3"], "high"),
    ),
    (  # no copula: the model is not the one named before
        "GLM-5.3 beats the model released by Alibaba on March 4, 2026.",
        ("2026-03-04", "release", "Alibaba", [], "high"),
    ),
    # a relative clause acts on the model it follows, named or described
    (
        "Kimi K3, which Moonshot AI released on March 2, 2026, is fast.",
        ("2026-03-02", "release", "Moonshot AI", ["Kimi K3"], "high"),
    ),
    (
        "For a rival to Alibaba, try GLM-5.3 Air, which Zhipu put out on July 2, 2026.",
        ("2026-07-02", "release", "Zhipu AI", ["GLM-5.3 Air"], "high"),
    ),
    (
        "**Qwen 3.8** is the closed flagship, which Alibaba made available on Aug. 6, 2026.",
        ("2026-08-06", "release", "Alibaba", ["Qwen 3.8"], "high"),
    ),
    # a model named in apposition after the phrase's comma, closing the clause
    (
        'On February 18, 2026, xAI introduced its next-generation system, "Grok-4".',
        ("2026-02-18", "release", "xAI", ["Grok 4"], "high"),
    ),
    (
        "On February 18, 2026, xAI introduced its new system, and Grok 4 followed later.",
        ("2026-02-18", "release", "xAI", [], "high"),
    ),
    # a timeline's entry, its line opening with the date, then a dash or colon and a model: that model's release
    ("Timeline:\n\n- March 2025 — GLM-5 (Zhipu): a jump in coding.", ("2025-03-01", "release", "Zhipu AI", ["GLM-5"], "medium")),
    ("Timeline:\n\n- **May 13, 2026**: Kimi K3 goes open.", ("2026-05-13", "release", "Moonshot AI", ["Kimi K3"], "medium")),
    # a participle between a determiner and a noun describes it: no action
    ("On May 5, 2026, the restricted chips of the last shipment reached a warehouse in Shenzhen.",
     ("2026-05-05", None, None, [], "high")),
    ("On May 5, 2026, Commerce restricted exports of the H20.", ("2026-05-05", "restrict", "Commerce Department",
                                                                 ["Nvidia H20"], "high")),
    # so after a name's possessive, with a name or a modifier or two ('previously', 'newly') around it: the sentence's
    # own verb, if it has one, is the action
    ("On May 3, 2026, the banned H20 reached a warehouse in Shenzhen.", ("2026-05-03", None, None, [], "high")),
    ("On May 3, 2026, the company's previously banned H20 chips reached Shenzhen.",
     ("2026-05-03", None, None, [], "high")),
    ("On May 3, 2026, Orca-3's released weights topped the download charts.", ("2026-05-03", None, "Orca-3", [], "high")),
    ("Zhipu's newly released GLM-5.2 went live on May 3, 2026.", ("2026-05-03", "open", "Zhipu AI", ["GLM-5.2"], "high")),
    ("Nvidia's banned H20 was cleared by Commerce on July 14, 2026.", ("2026-07-14", None, "Nvidia", [], "high")),
    # not a participle its own clause acts with: a passive, an active verb, the "is" or "has" of "it's", a verb's phrase
    ("GLM-5.2 was released on May 3, 2026.", ("2026-05-03", "release", "Zhipu AI", ["GLM-5.2"], "high")),
    ("Zhipu's GLM-5.2 was released on May 3, 2026.", ("2026-05-03", "release", "Zhipu AI", ["GLM-5.2"], "high")),
    ("On May 3, 2026, Zhipu's team released GLM-5.2.", ("2026-05-03", "release", "Zhipu AI", ["GLM-5.2"], "high")),
    ("Commerce banned Nvidia's H20 on April 9, 2026.", ("2026-04-09", "restrict", "Commerce Department",
                                                        ["Nvidia H20"], "high")),
    ("The ban on the H20 took effect on May 3, 2026.", ("2026-05-03", "effect", None, ["Nvidia H20"], "high")),
    ("Those released on May 3, 2026 include a new chip.", ("2026-05-03", "release", None, [], "high")),
    ("It's launched GLM-5.2 on May 3, 2026.", ("2026-05-03", "release", "Zhipu AI", ["GLM-5.2"], "high")),
    # a model before an active verb with an object of its own acts on that object: it is not released
    (
        "Kimi K3 introduced a computer-use mode on March 2, 2026.",
        ("2026-03-02", "release", "Kimi K3", [], "high"),
    ),
    (
        'Kimi K3 introduced "agent mode" on March 2, 2026.',
        ("2026-03-02", "release", "Kimi K3", [], "high"),
    ),
    (
        "Kimi K3 launched the same week, on March 2, 2026.",
        ("2026-03-02", "release", "Moonshot AI", ["Kimi K3"], "high"),
    ),
    # or alone in brackets after the phrase
    (
        "On June 30, 2026, Baidu open-sourced its newest model line (ERNIE 5.5).",
        ("2026-06-30", "release", "Baidu", ["Ernie 5.5"], "high"),
    ),
    (
        "On June 30, 2026, Baidu released its test results (ERNIE 5.5 led them).",
        ("2026-06-30", "release", "Baidu", [], "high"),
    ),
    # a licence a model is released under is no object; a stage word between a model and its participle is glue
    (
        "Meta released Llama 5 on March 4, 2026 under the Llama 4 Community License.",
        ("2026-03-04", "release", "Meta", ["Llama 5"], "high"),
    ),
    (
        "Gemini 4 Pro experimental, launched on March 25, 2026, tops the arena.",
        ("2026-03-25", "release", "Google", ["Gemini 4 Pro"], "high"),
    ),
    # a label under a heading naming the model: that model's release, as sure as the sentence before
    ("# Kimi K3\n\nReleased March 2, 2026\n", ("2026-03-02", "release", "Moonshot AI", ["Kimi K3"], "medium")),
    (
        "Kimi K3\nMoonshot AI model released March 2, 2026. It is fast and cheap for agents.",
        ("2026-03-02", "release", "Moonshot AI", ["Kimi K3"], "medium"),
    ),
    # a restriction acts on the chip it is put on or for; shipping chips releases nothing
    (
        "On April 15, 2026, Commerce imposed a license requirement for the export of the H20.",
        ("2026-04-15", "restrict", "Commerce Department", ["Nvidia H20"], "high"),
    ),
    ("Nvidia shipped more H20 chips on April 15, 2026.", ("2026-04-15", "release", "Nvidia", [], "high")),
    # orders and rules
    (
        "June 12: Commerce ordered Anthropic to disable Fable 5 and Mythos 5 globally.",
        ("2026-06-12", "restrict", "Commerce Department", ["Fable 5", "Mythos 5"], "high"),
    ),
    (
        "Commerce's order, dated June 10, instructed Anthropic to disable Fable 5 and Mythos 5 everywhere.",
        ("2026-06-10", "restrict", "Commerce Department", ["Fable 5", "Mythos 5"], "high"),
    ),
    # orders counted, valued or placed for goods are purchases, no directive restricting the goods
    ("Zhipu placed $3 billion in orders for the H20 on April 2, 2026.", ("2026-04-02", None, "Zhipu AI", [], "high")),
    ("A surge in orders for the H20 came on June 3, 2026.", ("2026-06-03", None, None, [], "high")),
    ("On June 3, 2026, Moonshot AI doubled its rush orders of H20 chips.", ("2026-06-03", None, "Moonshot AI", [], "high")),
    ("On June 3, 2026, Tencent cancelled its orders of the H20.", ("2026-06-03", None, "Tencent", [], "high")),
    ("On June 3, 2026, Nvidia filled the H200 orders from stock.", ("2026-06-03", None, "Nvidia", [], "high")),
    # but the verb orders someone, and a government's orders are executive ones
    ("On June 2, 2026, Commerce orders Nvidia to halt H20 sales.",
     ("2026-06-02", "restrict", "Commerce Department", ["Nvidia H20"], "high")),
    ("The ban took effect on April 9 for every customer.", ("2026-04-09", "effect", None, [], "high")),
    # a rule's taking effect, however it is said, in however short a sentence: no date line says it
    ("The ban took effect on May 1, 2026.", ("2026-05-01", "effect", None, [], "high")),
    ("The new export rule is effective June 2, 2026.", ("2026-06-02", "effect", None, [], "high")),
    ("The licence rule, effective March 3, 2026, covers every chip.", ("2026-03-03", "effect", None, [], "high")),
    (
        "A cost-effective model, Qwen 3, was released on April 28, 2025.",
        ("2025-04-28", "release", "Alibaba", ["Qwen 3"], "high"),
    ),
    # funding news: money raised or put in, a company founded
    ("Moonshot AI raised $1 billion in February 2026.", ("2026-02-01", "funding", "Moonshot AI", [], "high")),
    ("Moonshot AI, founded in March 2023, is based in Beijing.", ("2023-03-01", "founding", "Moonshot AI", [], "high")),
    ("Moonshot AI was established in March 2023.", ("2023-03-01", "founding", "Moonshot AI", [], "high")),
    ("Moonshot AI secured $1 billion in February 2026.", ("2026-02-01", "funding", "Moonshot AI", [], "high")),
    ("Moonshot AI closed a $1 billion funding round in February 2026.", ("2026-02-01", "funding", "Moonshot AI", [], "high")),
    ("Moonshot AI closed its Series C in February 2026.", ("2026-02-01", "funding", "Moonshot AI", [], "high")),
    (
        "In February 2026, Moonshot AI made headlines by raising $1 billion.",
        ("2026-02-01", "funding", "Moonshot AI", [], "high"),
    ),
    (
        "Tencent, which invested in Moonshot AI in May 2026, stayed out of the round.",
        ("2026-05-01", "funding", "Tencent", ["Moonshot AI"], "high"),
    ),
    # a date in an aside between commas: the action after the aside is not the date's
    (
        "Moonshot AI, which raised $1 billion in May 2026, says Orca Labs has been using restricted chips.",
        ("2026-05-01", "funding", "Moonshot AI", [], "high"),
    ),
    # the words of a quotation after the date are the speaker's: none of them is the day's action
    (
        'The ministry spoke to reporters on March 3, 2026, warning that "the rules were issued to punish us."',
        ("2026-03-03", None, None, [], "high"),
    ),
    # ... but a name or a title in quotation marks is not said: it stays in the clause
    ('On March 3, 2026, OpenAI released "GPT-9" to the public.', ("2026-03-03", "release", "OpenAI", ["GPT-9"], "high")),
    # two dates joined by "and" with no comma: the first date's clause ends before "and"
    (
        "Training began in January 2026 and Moonshot AI shipped Kimi K3 on April 23.",
        ("2026-04-23", "release", "Moonshot AI", ["Kimi K3"], "high"),
    ),
    # China's regulator is an organisation, not its country
    (
        "The Cyberspace Administration of China banned Zhipu from buying H20 chips on June 3, 2026.",
        ("2026-06-03", "restrict", "Cyberspace Administration of China", ["Zhipu AI"], "high"),
    ),
    # a government's evaluator is an organisation, not its country
    (
        "The UK AI Security Institute published its tests of GLM-5.3 on June 3, 2026.",
        ("2026-06-03", "statement", "UK AI Security Institute", [], "high"),
    ),
    # a participle's phrase opening the sentence describes its subject: the date after it is the main clause's
    (
        "Founded in 2019 by two former Google researchers, Zhipu released GLM-5.3 in June 2026.",
        ("2026-06-01", "release", "Zhipu AI", ["GLM-5.3"], "high"),
    ),
    # and so does an aside between commas before the date: its action is its own
    (
        "Zhipu, a lab founded by Tsinghua researchers in 2019, released GLM-5.3 in June 2026.",
        ("2026-06-01", "release", "Zhipu AI", ["GLM-5.3"], "high"),
    ),
    (
        "When Zhipu, which was founded in 2019, released GLM-5.3 in June 2026, rivals took note.",
        ("2026-06-01", "release", "Zhipu AI", ["GLM-5.3"], "high"),
    ),
    # general availability after a preview is no release, whatever verb came before it
    (
        "GLM-5.3 launched as a preview and reached general availability on July 2, 2026.",
        ("2026-07-02", "available", "GLM-5.3", [], "high"),
    ),
    # a model taken out of use
    ("OpenAI retired GPT-4.5 in July 2026.", ("2026-07-01", "retire", "OpenAI", ["GPT-4.5"], "high")),
    # near misses of words that name no action: a directive still orders someone, a ban is still lifted, a
    # restriction still limits, a chip still restricted in lower case
    (
        "In May 2026, Commerce ordered Lumen to stop selling Orca-3.",
        ("2026-05-01", "restrict", "Commerce Department", ["Orca-3"], "high"),
    ),
    (
        "In July 2026, the Commerce Department lifted export restrictions on the H20.",
        ("2026-07-01", "restore", "Commerce Department", ["Nvidia H20"], "high"),
    ),
    ("The ban on the H20 was lifted in July 2026.", ("2026-07-01", "restore", None, ["Nvidia H20"], "high")),
    (
        "In May 2026, Commerce limited Orca-3 to 20 vetted partners.",
        ("2026-05-01", "restrict", "Commerce Department", ["Orca-3"], "high"),
    ),
    ("In May 2026, Zhipu pulled GLM-5.2 from its app.", ("2026-05-01", "restrict", "Zhipu AI", ["GLM-5.2"], "high")),
    # the actor is named in the action's own clause, not in the clause before it
    (
        "The news from Nvidia came after the Commerce Department had lifted its ban on the H20 on July 2, 2026.",
        ("2026-07-02", "restore", "Commerce Department", ["Nvidia H20"], "high"),
    ),
]


@pytest.mark.parametrize("text, expected", PARTS)
def test_event_parts(extract, text, expected):
    published = None if "Tuesday" in text else JUNE_27
    (event,) = events(extract, text, published)
    assert (event.date, event.action, event.actor, event.objects, event.confidence) == expected


PLANNED = [
    # an action told as intended, expected or put off has not happened: a plan, kept with its date
    ("Zhipu plans to release GLM-5.3 in October 2026.", True),
    ("Zhipu is expected to launch GLM-5.3 in October 2026.", True),
    ("Zhipu will soon ship GLM-5.3 on October 2, 2026.", True),
    ("GLM-5.3 is set to be released in October 2026.", True),
    ("Zhipu delayed the release of GLM-5.3 to October 2026.", True),
    ("Zhipu Delays Launch Of GLM-5.3, Citing Costs, it said on October 2, 2026.", True),
    # a deadline asked for: the release is requested, not done
    ("Regulators demanded Zhipu release GLM-5.3 by October 2, 2026.", True),
    ("Lumen urged Zhipu to release GLM-5.3 by the end of October 2026.", True),
    ("Lumen asked Zhipu to release GLM-5.3 by the end of October 2026.", True),
    # what was done is no plan, even with a plan's word elsewhere in the sentence
    ("Zhipu released GLM-5.3 in October 2026.", False),
    ("Zhipu announced GLM-5.2 in May 2026 and released GLM-5.3 in October 2026.", False),
    ("Due to demand, Zhipu released GLM-5.3 early, on October 2, 2026.", False),
]


@pytest.mark.parametrize("text, planned", PLANNED)
def test_an_action_told_as_a_plan_is_planned(extract, text, planned):
    (event,) = [e for e in events(extract, text) if e.date.startswith("2026-10")]
    assert (event.action, event.planned) == ("release", planned)


def test_event_keeps_its_clause_and_the_action_as_written(extract):
    (event,) = events(extract, "June 12: Commerce ordered Anthropic to disable Fable 5 and Mythos 5 globally.")
    assert (event.text, event.action_text) == ("June 12", "ordered")
    assert event.event == "Commerce ordered Anthropic to disable Fable 5 and Mythos 5 globally."


def test_a_clause_opening_inside_a_quotation_starts_after_it(extract):
    text = "“Their reading of our policy was wrong,” Anthropic posted on X on June 14, 2026."
    (event,) = events(extract, text)
    assert (event.event, event.actor, event.action) == ("Anthropic posted on X on June 14, 2026.", "Anthropic", "statement")


def test_relative_event_keeps_its_expression_and_anchor(extract):
    text = "Two weeks after the US government forced Anthropic to pull its models, downloads surged."
    (event,) = events(extract, text, dt.date(2026, 6, 24))
    assert (event.relative, event.approximate, event.action) == ("Two weeks after", True, "restrict")
    assert event.anchor == "the US government forced Anthropic to pull its models"


def test_an_action_word_hyphened_to_the_next_is_half_an_adjective(extract):
    (event,) = events(extract, "In February, Meridian's open-weights model was released.")
    assert event.action == "release"


# a passive verb acts on the model named before it, or on its relative clause's head: never on the next name
PASSIVE_AND_RELATIVE = [
    (
        "GLM-5 came first: GLM-5.2, which was released in May 2025 and GLM-5.3, which was released in March 2026.",
        [("2025-05-01", ["GLM-5.2"]), ("2026-03-01", ["GLM-5.3"])],
    ),
    (
        "Qwen 3.8, which was quietly launched on March 2, 2026, beat Qwen 3.7.",
        [("2026-03-02", ["Qwen 3.8"])],
    ),
    ("Moonshot's Kimi K3 was released on March 2, 2026 with Kimi K3 Mini.", [("2026-03-02", ["Kimi K3"])]),
    ("Moonshot released Kimi K3 on March 2, 2026 with Kimi K3 Mini.", [("2026-03-02", ["Kimi K3"])]),
    # a verb left out after a comma and "then" or "and" is the verb before: each month dates its own model
    (
        "Zhipu shipped GLM-4 in March 2025, then GLM-5 in November 2025, and GLM-5.2 in May 2026.",
        [("2025-03-01", ["GLM-4"]), ("2025-11-01", ["GLM-5"]), ("2026-05-01", ["GLM-5.2"])],
    ),
    ("Zhipu shipped GLM-4 in March 2025, then the market turned in May 2026.", [("2025-03-01", ["GLM-4"])]),
    # ... the model's name in "its X model" as well
    (
        "Zhipu shipped its GLM-4 model in March 2025 and its GLM-5 model in November 2025.",
        [("2025-03-01", ["GLM-4"]), ("2025-11-01", ["GLM-5"])],
    ),
    ("Zhipu shipped GLM-4 in March 2025 and the model sold out in May 2026.", [("2025-03-01", ["GLM-4"])]),
    # a name ending a longer noun phrase ("a variant of", "the mode of"): the participle or the relative clause
    # after it may tell of the phrase's noun, never surely of the model
    ("The agent runs on the new Deep Think mode of GLM-5.3, which Zhipu introduced in May 2026.", [("2026-05-01", [])]),
    ("GLM-5.3-Code is a coding variant of Zhipu's GLM-5.3 model, announced on June 2, 2026.",
     [("2026-06-02", ["GLM-5.3 Code"])]),
    # ... unless the phrase's noun is the model's own
    ("The weights of GLM-5.3, released on May 4, 2026, are open.", [("2026-05-04", ["GLM-5.3"])]),
    ("The first version of GLM-5.3, which Zhipu released on May 4, 2026, was slow.", [("2026-05-04", ["GLM-5.3"])]),
]


@pytest.mark.parametrize("text, expected", PASSIVE_AND_RELATIVE)
def test_a_passive_verb_acts_on_the_model_before_it(extract, text, expected):
    assert [(e.date, e.objects) for e in events(extract, text)] == expected


def test_each_day_of_a_sentence_finds_its_own_action(extract):
    first, second = events(
        extract, "GLM-5.2 was released on June 2, a month after Zhipu first announced GLM-5.2 on May 5."
    )
    assert (first.actor, first.action, first.objects) == ("Zhipu AI", "release", ["GLM-5.2"])
    assert (second.actor, second.action, second.objects) == ("Zhipu AI", "release", ["GLM-5.2"])


def test_a_date_in_brackets_dates_the_bracket_and_the_sentence_reads_past_it(extract):
    # the bracket's date is its own aside's ("acquired"), and the date before it keeps the main verb and its model
    first, second = events(
        extract, "On June 2, 2026 Zhipu, through its research arm (formerly Vexel, bought in May 2025), released GLM-5.3."
    )
    assert (first.date, first.actor, first.action, first.objects) == ("2026-06-02", "Zhipu AI", "release", ["GLM-5.3"])
    assert (second.date, second.action, second.objects) == ("2025-05-01", "funding", [])


def test_a_date_in_brackets_naming_no_action_dates_the_name_before_them(extract):
    # "(May 2026, scoring 71%)" says no act of its own: the bracket glosses the model the sentence shipped
    text = "Zhipu shipped GLM-5.3 (May 2026, scoring 71% on SWE-bench), followed by GLM-5.4 (August 2026, 76%)."
    dated = [(e.date, e.action, e.objects) for e in events(extract, text)]
    assert ("2026-05-01", "release", ["GLM-5.3"]) in dated
    assert not [objects for date, _, objects in dated if date == "2026-08-01" and "GLM-5.3" in objects]


# a bracket right after a model's name, holding a date and an action done to a model, tells of that model as the
# same words between commas would: (text, [(date, action, actor, objects)])
BRACKET_GLOSSES = [
    ("Zhipu's newest model, GLM-5.3 (released May 4, 2026), leads the board.",
     [("2026-05-04", "release", "Zhipu AI", ["GLM-5.3"])]),
    ("Moonshot followed with Kimi K3 (announced in March 2026), an agentic model.",
     [("2026-03-01", "release", "Moonshot AI", ["Kimi K3"])]),
    ("Kimi K3 (alias k3-preview, shipped 2 March 2026) is Moonshot's flagship.",
     [("2026-03-02", "release", "Moonshot AI", ["Kimi K3"])]),
    # each bracket its own name's: GLM-5.3 is not released in August
    ("Zhipu shipped GLM-5.3 (released May 2026), followed by GLM-5.4 (released August 2026).",
     [("2026-05-01", "release", "Zhipu AI", ["GLM-5.3"]), ("2026-08-01", "release", "Zhipu AI", ["GLM-5.4"])]),
    # a name inside the bracket is what its action acts on
    ("Zhipu benchmarked GLM-5.3 (against Kimi K3, released in March 2026) on coding.",
     [("2026-03-01", "release", "Moonshot AI", ["Kimi K3"])]),
    # a name ending a longer noun phrase: the bracket may tell of the phrase's noun
    ("The audit of GLM-5.3 (published May 2026) found little.", [("2026-05-01", "statement", None, [])]),
    # an action that is no model's: the bracket's act is on the name inside it
    ("Zhipu's GLM-5.3 (built by Vexel, acquired in May 2025) leads the board.", [("2025-05-01", "funding", None, [])]),
    # a bracket naming no action of its own is no clause of its own: August dates no release of GLM-5.3
    ("Zhipu shipped GLM-5.3 (May 2026, scoring 71%), followed by GLM-5.4 (August 2026, 76%).",
     [("2026-05-01", "release", "Zhipu AI", ["GLM-5.3"])]),
    # a release naming nothing it acts on dates the model its date glosses in brackets, before the verb or opening
    # the list of models after its phrase; not one reached through other words
    ("Since then, Zhipu has released new versions: GLM-5.3 (May 4, 2026) and GLM-5.4 (June 1, 2026).",
     [("2026-05-04", "release", "Zhipu AI", ["GLM-5.3"]), ("2026-06-01", "release", "Zhipu AI", ["GLM-5.4"])]),
    ("- Kimi K3 (March 2026): Introduced as an agentic model, K3 led the board.",
     [("2026-03-01", "release", "Moonshot AI", ["Kimi K3"])]),
    # a list of models glossed by their dates goes on from the release that heads it, only commas and "and" between
    # them; a model the list's release does not reach ("following", "followed by") is no release of its date's
    ("Acme released Orca-3 (May 12, 2026), Orca-4 (June 1, 2026), and Orca-5 (July 2, 2026).",
     [("2026-05-12", "release", None, ["Orca-3"]), ("2026-06-01", "release", None, ["Orca-4"]),
      ("2026-07-02", "release", None, ["Orca-5"])]),
    ("Orca-3 was released today (May 12, 2026), following Orca-2 (Jan 4) and Orca-2 mini (Feb 9).",
     [("2026-05-12", "release", None, ["Orca-3"])]),
    ("Zhipu shipped GLM-5.3 (May 2026), followed by GLM-5.4 (June 2026).",
     [("2026-05-01", "release", "Zhipu AI", ["GLM-5.3"])]),
    ("Acme released Orca-3 (May 2026).", [("2026-05-01", "release", None, ["Orca-3"])]),
    ("Orca-3 (May 2026) was released by Acme with a 1M context.", [("2026-05-01", "release", None, ["Orca-3"])]),
    ("Acme open-sourced Orca-3 (May 2026).", [("2026-05-01", "release", None, ["Orca-3"])]),
    # ... and only that model's release: a date glossing a name dates nothing else its clause tells (another
    # model's release, a saying, a plugin's release reached through other words)
    ("Vexel released a plugin for Kimi K3 (March 2026) last week.", []),
    ("Vexel released a plugin: Kimi K3 (March 2026) was its first target.", []),
    ("Orca-3 (May 2026) beat GLM-5.2, which Zhipu released last year.", []),
    ("Acme said Orca-3 (May 2026) scored 71% on the board.", []),
    # nor a model its action's verb follows with an object of its own: the model acts, it is not brought out
    ("Orca-3 (May 2026) introduced a computer-use mode.", []),
    ("Orca-3 (May 2026) launched with a 1M context window.", [("2026-05-01", "release", None, ["Orca-3"])]),
    ("Orca-3 (May 2026) was released a week after Orca-2.", [("2026-05-01", "release", None, ["Orca-3"])]),
]


@pytest.mark.parametrize("text, expected", BRACKET_GLOSSES)
def test_a_bracket_with_an_action_after_a_name_tells_of_that_name(extract, text, expected):
    assert [(e.date, e.action, e.actor, e.objects) for e in events(extract, text)] == expected


def test_a_named_sanctions_regime_is_no_act(extract):
    text = "On June 11, 2026, Zhipu did what the U.S. sanctions regime was designed to prevent."
    assert [e.action for e in events(extract, text)] == [None]


def test_a_date_in_an_aside_takes_no_action_from_outside_it(extract):
    text = "The U.S. is examining whether DeepSeek, which gained attention in January, has been using restricted chips."
    assert events(extract, text) == []


# -- a table's release row or column dates the models it is about: (text, [(date, actor, objects, confidence)])
TABLE_RELEASES = [
    (  # a key-value table about the one model its lead-in names; the release row may be the header
        "Kimi K3 is Moonshot AI's new agentic model.\n\n| Released | 2026-01-20 |\n|---|---|\n| License | MIT |",
        [("2026-01-20", "Moonshot AI", ["Kimi K3"], "high")],
    ),
    (
        "Kimi K3 is Moonshot AI's new agentic model.\n\n| Spec | Value |\n|---|---|\n| Release date | Jan. 20, 2026 |",
        [("2026-01-20", "Moonshot AI", ["Kimi K3"], "high")],
    ),
    (  # each column its model's
        "| Spec | Kimi K3 | GLM-5.3 |\n|---|---|---|\n| Release date | 2026-03-02 | 2026-03-04 |",
        [("2026-03-02", "Moonshot AI", ["Kimi K3"], "high"), ("2026-03-04", "Zhipu AI", ["GLM-5.3"], "high")],
    ),
    (  # each row its model's
        "| Model | Released | Context |\n|---|---|---|\n| Kimi K3 | 2026-03-02 | 256K |\n| GLM-5.3 | March 4, 2026 | 128K |",
        [("2026-03-02", "Moonshot AI", ["Kimi K3"], "high"), ("2026-03-04", "Zhipu AI", ["GLM-5.3"], "high")],
    ),
    (  # a family's licence in the lead-in names no model: the model the prose is about, unsure
        "Gemma 5n is Google's new on-device model.\nIts weights ship under the Gemma Terms of Use.\n\n"
        "| Released | 2026-01-20 |\n|---|---|\n| License | Open weights |",
        [("2026-01-20", "Google", ["Gemma 5n"], "low")],
    ),
    (  # ... so a lead-in naming the model and the licence names one model
        "Google calls it the best Gemma yet.\nGemma 5n weights ship under the Gemma terms.\n\n"
        "| Released | 2026-01-20 |\n|---|---|\n| License | Open weights |",
        [("2026-01-20", "Google", ["Gemma 5n"], "high")],
    ),
    (  # but a family named on its own is what the lead-in is about
        "Google has updated Gemma.\n\n| Released | 2026-01-20 |\n|---|---|\n| License | Open weights |",
        [("2026-01-20", "Google", ["Gemma"], "high")],
    ),
    # no release label, or no one model the table is about: no event, and no guess
    ("Kimi K3 is Moonshot AI's new agentic model.\n\n| Spec | Value |\n|---|---|\n| Knowledge cutoff | 2025-06-01 |", []),
    ("Two labs shipped models this spring.\n\n| Released | 2026-01-20 |\n|---|---|\n| License | MIT |", []),
]


@pytest.mark.parametrize("text, expected", TABLE_RELEASES)
def test_a_tables_release_row_or_column(extract, text, expected):
    found = [(e.date, e.actor, e.objects, e.confidence) for e in events(extract, text)]
    assert found == expected
    assert all(e.action == "release" and e.rule == "event.table" for e in events(extract, text))


# -- a release told by a family's models conflicts with the same release told by the models' full names
def test_a_family_released_in_its_models_is_their_release(extractor, rules):
    first = Article("a.txt", "On April 6, 2026, Meta released Llama 5—Scout and Maverick.", None)
    second = Article("b.txt", "On Saturday, Meta released Llama 5 Scout and Llama 5 Maverick.", dt.date(2026, 4, 4))
    claims = [c for result in extractor.extract([first, second]) for c in result.claims]
    (conflict,) = CrossCheck(rules.conflicts).conflicts(claims)
    assert conflict.kind == "event"
    assert sorted(c.date for c in conflict.claims) == ["2026-04-04", "2026-04-06"]
    assert all(c.objects == ["Llama 5 Maverick", "Llama 5 Scout"] for c in conflict.claims)


SCANNED = (
    "On 6/22, OpenAI (est. $200M+) said -3 and US$40 to HK$60 rose 12.5%. Between June 13 and 16, 2026-06-24, "
    "gpt-4o-2024-05-13, Jun 27, 2026; 12th of June; August 2025 ($0.10/$0.40), in June, .5 and 1.2T, 10^25."
)


def test_grammars_find_from_their_start_patterns_what_a_full_scan_finds(rules):
    """The date and number grammars are tried only where their start patterns say a match may begin: the same
    matches as trying them everywhere."""
    dates, numbers = DateGrammar(rules.dates), NumberGrammar(rules.numbers)
    scans = ((dates.absolute, dates.absolute_starts), (numbers.digit_figures, numbers.digit_figure_starts))
    for pattern, starts in scans:
        expected = [m.span() for m in pattern.finditer(SCANNED)]
        assert expected and [m.span() for m in matches_from(pattern, starts, SCANNED)] == expected
