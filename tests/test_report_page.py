"""`claimx report`, as a user runs it: one self-contained page whose figures agree with `extract` and `conflicts`,
its conflicts most severe first, article text escaped, the same page for the same input."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.crosscheck.confidence import LEVELS

from .conftest import CORPUS

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def report_of(*paths, tmp_path, options=()) -> str:
    page = tmp_path / "report.html"
    result = run("report", *paths, "--output", page, "--no-cache", "--quiet", *options)
    assert result.exit_code == 0, result.output
    return page.read_text(encoding="utf-8")


def attribute_values(page: str, attribute: str) -> list[str]:
    """The values of `attribute` on the report's conflicts, in page order."""
    return re.findall(rf'<div class="conflict [^"]*" [^>]*{attribute}="([^"]*)"', page)


def overview_figure(page: str, what: str) -> int:
    return int(re.search(rf"<li><strong>(\d+)</strong> {what}</li>", page).group(1))


@pytest.fixture(scope="module")
def corpus_report(tmp_path_factory):
    return report_of(CORPUS, tmp_path=tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def corpus_conflicts():
    result = run("conflicts", CORPUS, "--format", "json", "--quiet")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_page_is_self_contained_and_readable_on_a_phone(corpus_report):
    assert corpus_report.startswith("<!DOCTYPE html>")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in corpus_report
    assert corpus_report.count("<script") == 1 and "<script>" in corpus_report  # the filters, inline
    fetched = re.compile(r"https?:|<link|@import|url\(|src=")
    # nothing is fetched, so it opens offline; the SVG's namespace is a name, never fetched
    assert not fetched.search(corpus_report.replace('xmlns="http://www.w3.org/2000/svg"', ""))


def test_the_same_corpus_gives_the_same_page(corpus_report, tmp_path):
    assert report_of(CORPUS, tmp_path=tmp_path) == corpus_report


def test_every_link_reaches_one_place_on_the_page(corpus_report):
    ids = re.findall(r'id="([^"]+)"', corpus_report)
    links = set(re.findall(r'href="#([^"]+)"', corpus_report))
    assert len(ids) == len(set(ids))
    assert links <= set(ids)
    assert any(link.startswith("e-") for link in links)  # a conflict's claim leads to its evidence


def test_the_overview_agrees_with_extract_and_conflicts(corpus_report, corpus_conflicts):
    records = run("extract", CORPUS).stdout.splitlines()
    assert overview_figure(corpus_report, "claims") == len(records)
    assert overview_figure(corpus_report, "articles") == len({json.loads(r)["source"]["path"] for r in records})
    assert overview_figure(corpus_report, "conflicts") == corpus_conflicts["summary"]["conflicts"]
    row = re.search(r"<tr><th>high</th>(.*?)</tr>", corpus_report).group(1)
    *by_confidence, total = map(int, re.findall(r'<td class="count">(\d+)</td>', row))
    assert total == sum(by_confidence) == corpus_conflicts["summary"]["by_severity"]["high"]


def test_conflicts_come_most_severe_first_and_are_all_there(corpus_report, corpus_conflicts):
    severities = attribute_values(corpus_report, "data-severity")
    assert severities == sorted(severities, key=LEVELS.index)
    shown = set(re.findall(r'<div class="conflict [^"]*" id="c-([0-9a-f]+)"', corpus_report))
    assert shown == {c["id"] for c in corpus_conflicts["conflicts"]}


def test_the_most_disputed_models_are_models_most_first(corpus_report):
    disputed = re.findall(r'data-model="([^"]*)">[^<]*</a>: (\d+) conflict', corpus_report)
    counts = [int(count) for _, count in disputed]
    assert disputed and counts == sorted(counts, reverse=True)
    models = {model for model, _ in disputed}
    assert "GLM-5.2" in models and not any(model.startswith("“") for model in models)  # no quote is a model


def test_a_quote_conflict_names_no_model_to_filter_by(corpus_report):
    kinds = attribute_values(corpus_report, "data-kind")
    models = attribute_values(corpus_report, "data-model")
    assert {model for kind, model in zip(kinds, models, strict=True) if kind.startswith("quote_")} == {""}
    assert all(model for kind, model in zip(kinds, models, strict=True) if not kind.startswith("quote_"))


def test_every_claim_is_shown_with_its_evidence_marked(corpus_report):
    evidence = corpus_report.split('<section id="evidence">', 1)[1]
    assert len(re.findall(r'<div class="claim" id="e-\d+">', evidence)) == overview_figure(corpus_report, "claims")
    assert "GLM-5.2 has <mark>" in evidence or "<mark>1.2 trillion</mark>" in evidence


def test_each_model_has_a_fact_sheet_whose_figures_link_to_their_evidence(corpus_report):
    sheets = corpus_report.split('<section id="sheets">', 1)[1].split("</section>", 1)[0]
    models = re.findall(r'<h3 id="m-\d+">([^<]+)</h3>', sheets)
    assert "GLM-5.2" in models and len(models) == len(set(models))  # one sheet per model
    glm = sheets.split(">GLM-5.2</h3>", 1)[1].split("</table>", 1)[0]
    assert '<tr class="disagree"><td>Parameters (total)</td>' in glm  # 1.2T against other articles' figures
    assert re.search(r'<a class="where" href="#e-\d+">[^<]*corpora/01-glm52-launch\.md:\d+', glm)


def test_the_timeline_is_drawn_inline(corpus_report):
    timeline = corpus_report.split('<section id="timeline">', 1)[1].split("</section>", 1)[0]
    events = int(re.search(r"<p>(\d+) dated events", timeline).group(1))
    assert timeline.count('<g class="event') == events > 5
    assert "&lt;svg" not in timeline and "<svg " in timeline  # markup, not text


def test_min_confidence_leaves_out_the_less_sure(tmp_path, corpus_report):
    page = report_of(CORPUS, tmp_path=tmp_path, options=("--min-confidence", "high"))
    assert set(attribute_values(page, "data-confidence")) == {"high"}
    assert len(attribute_values(page, "data-confidence")) < len(attribute_values(corpus_report, "data-confidence"))


def test_records_give_the_page_their_articles_give(tmp_path, corpus_report):
    records = tmp_path / "claims.jsonl"
    assert run("extract", CORPUS, "--output", records).exit_code == 0
    page = report_of(records, tmp_path=tmp_path)
    for what in ("articles", "claims", "conflicts"):
        assert overview_figure(page, what) == overview_figure(corpus_report, what)


def test_article_text_is_shown_never_run(tmp_path):
    (tmp_path / "a.md").write_text(
        "GLM-5.2 has 1.2 trillion parameters <script>alert(1)</script>.\n\n"
        'GLM-5.2 has 355 billion parameters "><b onmouseover="x">.\n',
        encoding="utf-8",
    )
    page = report_of(tmp_path / "a.md", tmp_path=tmp_path)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert "&#34;&gt;&lt;b onmouseover=&#34;x&#34;&gt;" in page and "<b onmouseover" not in page


def test_the_page_is_report_html_by_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("report", CORPUS / "01-glm52-launch.md", "--no-cache", "--quiet").exit_code == 0
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing/"], "missing: no such file or folder"),
        ([CORPUS, "--output", CORPUS], f"{CORPUS}: is a folder; --output needs a file name"),
        ([CORPUS, "--min-confidence", "certain"], "use one of: high, medium, low"),
    ],
)
def test_a_bad_argument_is_one_line_and_exit_2(args, message):
    result = run("report", *args)
    assert result.exit_code == 2 and message in result.stderr
