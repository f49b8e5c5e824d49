"""`claimx check` and `claimx baseline`: the CI gate, end to end on small corpora built here."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from pydantic import BaseModel
from sarif_pydantic import Sarif
from typer.testing import CliRunner

from claimx.cache import ClaimCache, claims_to_check, code_sources
from claimx.check import Baseline, judge, unused_markers, without_ignored
from claimx.cli import app
from claimx.corpus import Article, Articles, read_corpus
from claimx.crosscheck import CrossCheck

from .builders import params
from .conftest import CORPUS, ROOT

runner = CliRunner()

OLD = {
    "glm.md": "# GLM-5.2 notes\n\nGLM-5.2's 1.2 trillion parameters in total.\n\nKimi K2.7's 71.3 on SWE-bench Verified.\n",
    "kimi.md": "Kimi K2.7's 71.3 on SWE-bench Verified leads, Moonshot says.\n",
}
# figures whose subjects the text makes plain (possessives): conflicts between them are sure, and fail a check
CONTRADICTS = "# A new review\n\nIn our tests, GLM-5.2's 1.5 trillion parameters in total.\n"
AGREES = "# A new review\n\nGLM-5.2's 1.2T parameters, and Kimi K2.7's 71.3 on SWE-bench Verified.\n"
UNSURE = "# A new review\n\nWe spent a week with GLM-5.2. It has 1.5 trillion parameters in total.\n"
UNRELATED = "# A new review\n\nQwen 3.7 scores 88.1 on MMLU.\n"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A corpus folder of two agreeing articles; the working folder (and so the cache) is the test's own."""
    monkeypatch.chdir(tmp_path)
    folder = Path("corpus")
    folder.mkdir()
    for name, text in OLD.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def check(*args):
    return runner.invoke(app, ["check", *map(str, args)])


def add(folder: Path, text: str, name: str = "new.md") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- the verdict and its exit status -------------------------------------------------


def test_a_contradicting_article_fails_and_names_both_sides(corpus):
    new = add(corpus, CONTRADICTS)
    result = check(new, "--corpus", corpus)
    assert result.exit_code == 1, result.output
    assert "corpus/new.md:3" in result.stdout and "corpus/glm.md:3" in result.stdout
    assert "1.2 trillion vs 1.5 trillion total parameters for GLM-5.2" in result.stdout
    assert "1 new conflict (" in result.stdout


@pytest.mark.parametrize("text", [AGREES, UNRELATED], ids=["agrees", "unrelated"])
def test_a_consistent_article_passes(corpus, text):
    result = check(add(corpus, text), "--corpus", corpus)
    assert result.exit_code == 0, result.output
    assert "0 new conflicts" in result.stdout


def test_an_article_outside_the_corpus_is_checked_against_it(corpus, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(CONTRADICTS, encoding="utf-8")
    result = check(draft, "--corpus", corpus)
    assert result.exit_code == 1 and "draft.md:3" in result.stdout


# -- how sure a conflict must be to fail the check ---------------------------------------


@pytest.mark.parametrize(
    "texts, options, status, to_review",
    [
        ([CONTRADICTS], [], 1, 0),
        ([UNSURE], [], 0, 1),
        ([UNSURE], ["--min-confidence", "medium"], 1, 0),
        ([UNSURE], ["--min-confidence", "low"], 1, 0),
        ([CONTRADICTS], ["--min-confidence", "low"], 1, 0),
    ],
    ids=["sure: fails", "unsure: to review", "asked for medium", "asked for low", "sure under low"],
)
def test_only_conflicts_at_the_confidence_asked_for_fail_the_check(corpus, texts, options, status, to_review):
    new = add(corpus, texts[0])
    result = check(new, "--corpus", corpus, *options, "--format", "json")
    assert result.exit_code == status, result.output
    assert len(json.loads(result.stdout)["review"]) == to_review


def test_conflicts_to_review_are_listed_apart_and_named_in_the_summary(corpus):
    result = check(add(corpus, UNSURE), "--corpus", corpus)
    assert result.exit_code == 0
    assert "To review: below high confidence, these do not fail the check (1)" in result.stdout
    report = " ".join(result.stdout.split())
    assert "medium confidence: the subject of 1.5 trillion is only resolved from 'It'" in report
    assert "0 new conflicts (" in report and "; 1 to review (0 high, 1 medium" in report
    annotations = check(add(corpus, UNSURE), "--corpus", corpus, "--format", "github").stdout.splitlines()
    assert [line.split(" ", 1)[0] for line in annotations if line.startswith("::")] == ["::notice"]  # as SARIF's note
    sarif = json.loads(check(add(corpus, UNSURE), "--corpus", corpus, "--format", "sarif").stdout)
    assert [(r["level"], r["properties"]["confidence"]) for r in sarif["runs"][0]["results"]] == [("note", "medium")]


@pytest.mark.parametrize(
    "options, status",
    [
        ([], 1),
        (["--fail-on", "medium"], 1),
        (["--fail-on", "high"], 0),  # the contradiction is of medium severity: listed to review
        (["--ignore", "figure"], 0),
        (["--select", "event", "--select", "derived"], 0),
        (["--select", "figure"], 1),
        (["--select", "planet"], 2),
    ],
)
def test_fail_on_select_and_ignore_choose_what_fails_the_check(corpus, options, status):
    result = check(add(corpus, CONTRADICTS), "--corpus", corpus, *options)
    assert result.exit_code == status, result.stderr
    if status == 2:
        assert "no such kind of conflict: planet; the kinds are figure, derived" in result.stderr


def test_conflicts_select_and_ignore_by_kind(corpus):
    add(corpus, CONTRADICTS)
    everything = runner.invoke(app, ["conflicts", str(corpus), "-f", "json"]).stdout
    assert json.loads(everything)["summary"]["conflicts"] == 1
    ignored = runner.invoke(app, ["conflicts", str(corpus), "-f", "json", "--ignore", "figure"]).stdout
    assert json.loads(ignored)["summary"]["conflicts"] == 0


@pytest.mark.parametrize(
    "hedged, minimum, fails",
    [
        ((True, True), "low", False),
        ((True, False), "high", True),
        ((False, False), "high", True),
        ((False, False), "medium", True),
    ],
    ids=["both hedged: never", "one hedged: as sure as the rest", "firm", "firm, asked for medium"],
)
def test_two_hedged_figures_never_fail_the_check(rules, hedged, minimum, fails):
    claims = [
        params("old.md", "1.2 trillion", "GLM-5.2", 1.2e12, how="possessive", hedged=hedged[0]),
        params("new.md", "1.5 trillion", "GLM-5.2", 1.5e12, how="possessive", hedged=hedged[1]),
    ]
    (conflict,) = CrossCheck(rules.conflicts).conflicts(claims)
    verdict = judge([conflict], {"new.md"}, {"old.md", "new.md"}, Baseline(), minimum)
    assert (verdict.new, verdict.review) == (([conflict], []) if fails else ([], [conflict]))


def test_a_confidence_that_is_no_level_is_a_usage_error(corpus):
    result = check(add(corpus, CONTRADICTS), "--corpus", corpus, "--min-confidence", "certain")
    assert result.exit_code == 2 and "use one of: high, medium, low" in result.output


def test_conflicts_among_old_articles_are_not_the_authors_problem(corpus):
    add(corpus, "Kimi K2.7's 64.0 on SWE-bench Verified.\n", "older.md")
    result = check(add(corpus, UNRELATED), "--corpus", corpus)
    assert result.exit_code == 0, result.output


def test_one_article_named_two_ways_is_read_once(corpus):
    new = add(corpus, CONTRADICTS)
    result = check(f"./{new}", "--corpus", corpus, "--format", "json")
    document = json.loads(result.stdout)
    assert document["summary"]["checked"] == ["corpus/new.md"]
    assert document["summary"]["files"] == 3


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.md", "--corpus", "corpus"], "missing.md: no such file or folder"),
        (["corpus/glm.md", "--corpus", "nowhere"], "nowhere: no such file or folder"),
        (["corpus/glm.md", "--corpus", "corpus/glm.md"], "--corpus must be a folder"),
        (["--corpus", "corpus"], "nothing to check"),
        (["corpus/glm.md", "--corpus", "corpus", "--format", "xml"], "unknown format 'xml'"),
        (["corpus/glm.md", "--corpus", "corpus", "--baseline", "none.json"], "none.json: cannot read baseline"),
    ],
)
def test_usage_and_input_errors_exit_2_with_a_clear_message(corpus, args, message):
    result = check(*args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_an_unreadable_checked_article_exits_2(corpus):
    new = corpus / "new.md"
    new.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = check(new, "--corpus", corpus)
    assert result.exit_code == 2
    assert "corpus/new.md: binary file" in result.stderr and "cannot check, not read: corpus/new.md" in result.stderr


def test_an_unreadable_corpus_article_is_reported_and_the_check_goes_on(corpus):
    (corpus / "broken.md").write_bytes(b"\x00\x01\x02")
    result = check(add(corpus, CONTRADICTS), "--corpus", corpus)
    assert result.exit_code == 1
    assert "corpus/broken.md: binary file" in result.stderr


def test_a_corpus_article_that_cannot_be_read_fails_the_check_with_2(corpus, deny_reading):
    deny_reading("kimi.md")
    result = check(add(corpus, AGREES), "--corpus", corpus, "--no-cache")
    assert result.exit_code == 2
    assert "corpus/kimi.md: cannot read: Permission denied" in result.stderr
    assert "cannot check, not read: corpus/kimi.md" in result.stderr


def test_a_corpus_folder_that_cannot_be_listed_fails_the_check_with_2(corpus, monkeypatch):
    (corpus / "locked").mkdir()
    scandir = os.scandir

    def denied(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denied)
    result = check(add(corpus, AGREES), "--corpus", corpus, "--no-cache")
    assert result.exit_code == 2
    assert "corpus/locked: cannot list folder: Permission denied" in result.stderr


# -- accepting conflicts ------------------------------------------------------------


def test_a_conflict_in_the_baseline_passes(corpus):
    new = add(corpus, CONTRADICTS)
    made = runner.invoke(app, ["baseline", str(corpus)])
    assert made.exit_code == 0, made.output
    assert "1 conflict accepted into .claimx-baseline.json" in made.stderr
    result = check(new, "--corpus", corpus)
    assert result.exit_code == 0, result.output
    assert "0 new conflicts" in result.stdout and "1 accepted by the baseline" in result.stdout


def test_the_baseline_survives_reformatting_and_moved_lines(corpus):
    new = add(corpus, CONTRADICTS)
    runner.invoke(app, ["baseline", str(corpus), "--output", "accepted.json"])
    new.write_text(
        "# A new review\n\nFirst, some context.\n\nIn   our tests,\nGLM-5.2's 1.5 trillion parameters in total.\n"
    )
    result = check(new, "--corpus", corpus, "--baseline", "accepted.json")
    assert result.exit_code == 0, result.output


def test_the_baseline_holds_however_the_corpus_is_named(corpus):
    new = add(corpus, CONTRADICTS)
    runner.invoke(app, ["baseline", str(corpus)])
    result = check(new.resolve(), "--corpus", corpus.resolve())
    assert result.exit_code == 0, result.output
    assert "no longer seen" not in result.stdout


def test_a_baseline_entry_no_longer_seen_is_reported(corpus):
    new = add(corpus, CONTRADICTS)
    runner.invoke(app, ["baseline", str(corpus)])
    new.write_text(AGREES)
    result = check(new, "--corpus", corpus)
    assert result.exit_code == 0
    assert "1 baseline entry no longer seen" in result.stdout
    assert "GLM-5.2 · parameter_count · total" in result.stdout


def test_a_different_figure_is_a_new_conflict_despite_the_baseline(corpus):
    new = add(corpus, CONTRADICTS)
    runner.invoke(app, ["baseline", str(corpus)])
    new.write_text(CONTRADICTS.replace("1.5 trillion", "1.7 trillion"))
    assert check(new, "--corpus", corpus).exit_code == 1


def test_a_renamed_article_keeps_its_accepted_conflicts(corpus):
    new = add(corpus, CONTRADICTS)
    assert runner.invoke(app, ["baseline", str(corpus), "-o", "accepted.json"]).exit_code == 0
    moved = new.rename(corpus / "renamed.md")  # as `git mv` leaves it
    result = check(moved, "--corpus", corpus, "--baseline", "accepted.json")
    assert result.exit_code == 0, result.stdout
    assert "1 accepted by the baseline" in result.stdout and "no longer seen" not in result.stdout


def test_the_baseline_file_is_deterministic_and_validated(corpus):
    add(corpus, CONTRADICTS)
    first = runner.invoke(app, ["baseline", str(corpus), "-o", "one.json"])
    second = runner.invoke(app, ["baseline", str(corpus), "-o", "two.json", "--no-cache"])
    assert first.exit_code == second.exit_code == 0
    assert Path("one.json").read_bytes() == Path("two.json").read_bytes()
    Path("bad.json").write_text('{"claimx_baseline": 1,\n "conflicts": [}\n')
    result = check(corpus / "new.md", "--corpus", corpus, "--baseline", "bad.json")
    assert result.exit_code == 2 and "bad.json:2:" in result.stderr and "invalid JSON" in result.stderr
    Path("bad.json").write_text('{"claimx_baseline": 1, "conflicts": [{"id": 3}]}')
    result = check(corpus / "new.md", "--corpus", corpus, "--baseline", "bad.json")
    assert result.exit_code == 2 and "not a claimx baseline: conflicts.0" in result.stderr


@pytest.mark.parametrize("marker", ["<!-- claimx: ignore -->", "(claimx: ignore)", "<!--claimx:IGNORE-->"])
def test_an_inline_marker_accepts_the_figures_on_its_line(corpus, marker):
    text = CONTRADICTS.replace("in total.", f"in total. {marker}")
    assert check(add(corpus, text), "--corpus", corpus).exit_code == 0


def test_a_block_marker_holds_from_off_to_on(extract):
    lines = [
        "GLM-5.2 has 1.1 trillion parameters.",
        "<!-- claimx: off -->",
        "GLM-5.2 has 1.5 trillion parameters.",
        "Kimi K2.7 has 1 trillion parameters.",
        "<!-- claimx: on -->",
        "Kimi K2.7 has 2 trillion parameters.",
        "<!-- claimx: off --> GLM-5.2 has 3 trillion parameters.",  # an `off` with no `on` runs to the end
        "GLM-5.2 has 4 trillion parameters.",
    ]
    text = "\n".join(lines) + "\n"
    assert [c.text for c in without_ignored(extract(text), text)] == ["1.1 trillion", "2 trillion"]


@pytest.mark.parametrize(
    "lines, unused",
    [
        (["GLM-5.2 has 1.5 trillion parameters. <!-- claimx: ignore -->"], []),
        (["No figure here. <!-- claimx: ignore -->"], [(1, "ignore")]),
        (["<!-- claimx: off -->", "GLM-5.2 has 1.5 trillion parameters.", "<!-- claimx: on -->"], []),
        (["<!-- claimx: off -->", "No figure here.", "<!-- claimx: on -->", "GLM-5.2 has 2T parameters."], [(1, "off")]),
        (["GLM-5.2 has 2T parameters.", "<!-- claimx: off -->"], [(2, "off")]),  # to the end, and nothing there
    ],
)
def test_a_marker_that_leaves_out_no_claim_is_found(extract, lines, unused):
    text = "\n".join(lines) + "\n"
    assert unused_markers(extract(text), text) == unused


def test_check_notes_a_stale_marker_in_the_article_it_reads(corpus):
    new = add(corpus, AGREES + "Nothing to see here. <!-- claimx: ignore -->\n")
    assert f"claimx: note: {new}:4: claimx: ignore leaves out no claim" in check(new, "--corpus", corpus).stderr


def test_the_inline_marker_holds_only_for_its_own_line(extract):
    text = "GLM-5.2 has 1.5 trillion parameters. <!-- claimx: ignore -->\nKimi K2.7 has 1 trillion parameters.\n"
    kept = without_ignored(extract(text), text)
    assert [c.text for c in kept] == ["1 trillion"]


def test_conflicts_from_records_honour_the_markers_conflicts_from_articles_honour(corpus):
    marked = add(corpus, CONTRADICTS.replace("in total.", "in total. <!-- claimx: ignore -->"))
    add(corpus, CONTRADICTS, "unmarked.md")
    assert runner.invoke(app, ["extract", str(corpus), "-o", "claims.jsonl"]).exit_code == 0
    from_articles = runner.invoke(app, ["conflicts", str(corpus), "-f", "json"])
    from_records = runner.invoke(app, ["conflicts", "claims.jsonl", "-f", "json"])
    assert from_records.stdout == from_articles.stdout
    assert "new.md" not in from_records.stdout and "unmarked.md" in from_records.stdout
    marked.write_text(CONTRADICTS + "A line added since.\n", encoding="utf-8")
    changed = runner.invoke(app, ["conflicts", "claims.jsonl", "-f", "json"])
    assert f"claimx: note: {marked}: changed or gone since its records were written" in changed.stderr


# -- which articles: git -----------------------------------------------------------------


def git(*args):
    environment = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t"}
    environment["GIT_COMMITTER_EMAIL"] = "t@t"
    subprocess.run(["git", *args], check=True, capture_output=True, env=environment)


@pytest.fixture
def repository(corpus):
    git("init", "-q", "-b", "main")
    git("add", ".")
    git("commit", "-q", "-m", "corpus")
    return corpus


def test_changed_checks_new_files_and_uncommitted_edits(repository):
    assert check("--changed", "main", "--corpus", repository).exit_code == 0  # nothing changed
    add(repository, CONTRADICTS)  # untracked
    result = check("--changed", "main", "--corpus", repository)
    assert result.exit_code == 1 and "corpus/new.md:3" in result.stdout


def test_changed_checks_what_a_branch_committed_since_it_forked(repository):
    git("checkout", "-q", "-b", "feature")
    add(repository, CONTRADICTS)
    git("add", ".")
    git("commit", "-q", "-m", "new article")
    result = check("--changed", "main", "--corpus", repository)
    assert result.exit_code == 1
    assert json.loads(check("--changed", "main", "--corpus", repository, "-f", "json").stdout)["summary"][
        "checked"
    ] == ["corpus/new.md"]


QUASAR_RULES = "entities:\n  - {name: Quasar-X, type: model}\n"  # a model only the corpus's rule file knows


def test_check_reads_the_corpus_rule_file_only_when_trusted(corpus):
    (corpus / "claimx.yaml").write_text(QUASAR_RULES)
    add(corpus, "Quasar-X has 1 trillion total parameters.\n", "old.md")
    new = add(corpus, "Quasar-X has 3 trillion total parameters.\n")
    untrusted = check(new, "--corpus", corpus)
    assert untrusted.exit_code == 0
    assert "claimx: note: corpus/claimx.yaml: not read (it may come from the change checked); " \
        "--trust-corpus-rules reads it" in untrusted.stderr
    assert check(new, "--corpus", corpus, "--trust-corpus-rules").exit_code == 1


def test_check_reads_the_project_rule_file_only_when_trusted(corpus):
    Path("claimx.yaml").write_text(QUASAR_RULES)  # the project's, in the working folder
    add(corpus, "Quasar-X has 1 trillion total parameters.\n", "old.md")
    new = add(corpus, "Quasar-X has 3 trillion total parameters.\n")
    untrusted = check(new, "--corpus", corpus)
    assert untrusted.exit_code == 0 and f"claimx: note: {Path.cwd()}/claimx.yaml: not read" in untrusted.stderr
    assert check(new, "--corpus", corpus, "--trust-corpus-rules").exit_code == 1


def test_changed_reads_the_corpus_rule_file_as_of_the_fork_not_as_the_branch_left_it(repository):
    (repository / "claimx.yaml").write_text(QUASAR_RULES)
    add(repository, "Quasar-X has 1 trillion total parameters.\n", "old.md")
    git("add", ".")
    git("commit", "-q", "-m", "rules")
    git("checkout", "-q", "-b", "feature")
    (repository / "claimx.yaml").write_text("entities: []\n")  # the branch forgets the model: no contradiction
    add(repository, "Quasar-X has 3 trillion total parameters.\n")
    result = check("--changed", "main", "--corpus", repository)
    assert result.exit_code == 1 and "corpus/new.md" in result.stdout
    assert "claimx: note: corpus/claimx.yaml: read as of main, which a pull request cannot change" in result.stderr


def test_changed_with_an_unknown_ref_exits_2(repository):
    result = check("--changed", "no-such-branch", "--corpus", repository)
    assert result.exit_code == 2 and "git merge-base" in result.stderr


# -- formats -----------------------------------------------------------------------------

GITHUB_LINE = re.compile(
    r"^::error file=(?P<file>[^,]+),line=(?P<line>\d+),col=(?P<col>\d+),endLine=(?P<end_line>\d+),"
    r"endColumn=(?P<end_col>\d+),title=(?P<title>[^:]+)::(?P<message>.+)$"
)


def test_github_annotations_sit_on_the_new_articles_line_and_name_the_other_side(corpus):
    new = add(corpus, CONTRADICTS)
    result = check(new, "--corpus", corpus, "--format", "github")
    assert result.exit_code == 1
    annotations = [GITHUB_LINE.match(line) for line in result.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 1 and annotations[0], result.stdout
    found = annotations[0]
    assert (found["file"], found["line"], found["end_line"]) == ("corpus/new.md", "3", "3")
    column = CONTRADICTS.splitlines()[2].index("1.5 trillion") + 1
    assert (int(found["col"]), int(found["end_col"])) == (column, column + len("1.5 trillion") - 1)
    assert "claimx%3A figure conflict" in found["title"]  # ':' escaped in a property
    assert "%25 apart" in found["message"]  # '%' escaped in the message
    assert "Other side: corpus/glm.md:3: GLM-5.2's 1.2 trillion parameters in total." in found["message"]


# SARIF 2.1.0 properties that sarif-pydantic's models lack
NOT_MODELLED = {"columnKind"}  # SARIF 2.1.0 §3.14.17


def strict(model: BaseModel, where: str = "sarif") -> list[str]:
    """Every property the SARIF model does not know, at any depth: its models allow extras, the spec does not."""
    unknown = [f"{where}.{name}" for name in (model.model_extra or {}) if name not in NOT_MODELLED]
    for name in type(model).model_fields:
        value = getattr(model, name)
        for i, item in enumerate(value if isinstance(value, list) else [value]):
            if isinstance(item, BaseModel):
                unknown += strict(item, f"{where}.{name}[{i}]")
    return unknown


def test_sarif_is_valid_2_1_0_with_one_rule_per_kind_and_the_other_side_related(corpus, tmp_path):
    add(corpus, "Kimi K2.7's 60.0 on SWE-bench Verified.\n", "kimi-review.md")
    new = add(corpus, CONTRADICTS)
    result = check(new, corpus / "kimi-review.md", "--corpus", corpus, "--format", "sarif", "--output", "claimx.sarif")
    assert result.exit_code == 1
    document = json.loads(Path("claimx.sarif").read_text())
    sarif = Sarif.model_validate(document)
    assert strict(sarif) == []
    assert sarif.version == "2.1.0"
    (run,) = sarif.runs
    rules = [rule.id for rule in run.tool.driver.rules]
    assert rules == ["figure", "derived", "event", "quote_speaker", "quote_wording"]
    assert len(run.results) == 3  # GLM-5.2's parameters; Kimi K2.7's score against two articles
    for result in run.results:
        assert rules[result.rule_index] == result.rule_id == "figure"
        (location,) = result.locations
        (related,) = result.related_locations
        assert location.physical_location.artifact_location.uri in ("corpus/new.md", "corpus/kimi-review.md")
        assert related.physical_location.artifact_location.uri in ("corpus/glm.md", "corpus/kimi.md")
        region = location.physical_location.region
        assert region.snippet.text in ("1.5 trillion", "60.0")
        assert region.end_column - region.start_column == len(region.snippet.text)
        assert "(1)" in result.message.text and result.partial_fingerprints["claimxConflict/v1"]


def test_the_strict_reading_catches_a_misspelt_property():
    document = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [], "resultz": []}]}
    assert strict(Sarif.model_validate(document)) == ["sarif.runs[0].resultz"]


def test_json_output_holds_the_conflicts_and_the_verdict(corpus):
    new = add(corpus, CONTRADICTS)
    document = json.loads(check(new, "--corpus", corpus, "-f", "json").stdout)
    (conflict,) = document["conflicts"]
    assert {c["source"]["path"] for c in conflict["claims"]} == {"corpus/new.md", "corpus/glm.md"}
    assert document["summary"]["checked"] == ["corpus/new.md"] and document["summary"]["accepted"] == 0


# -- the cache ---------------------------------------------------------------------------


def cached_paths() -> list[str]:
    import sqlite3

    with sqlite3.connect(".claimx-cache/claims.sqlite3") as db:
        return sorted(path for (path,) in db.execute("SELECT path FROM articles"))


def test_the_cache_holds_every_article_and_follows_edits(corpus):
    new = add(corpus, AGREES)
    assert check(new, "--corpus", corpus).exit_code == 0
    assert cached_paths() == ["corpus/glm.md", "corpus/kimi.md", "corpus/new.md"]
    assert (Path(".claimx-cache") / ".gitignore").read_text().endswith("*\n")
    new.write_text(CONTRADICTS)  # the cached claims of new.md no longer hold
    assert check(new, "--corpus", corpus).exit_code == 1
    (corpus / "glm.md").write_text(OLD["glm.md"].replace("1.2 trillion", "1.5 trillion"))
    assert check(new, "--corpus", corpus).exit_code == 0


def test_a_rule_change_invalidates_the_cache(rules):
    article = Article("a.md", "GLM-5.2 has 1.2T parameters.")
    keys = CrossCheck(rules.conflicts).keys
    one, other = ClaimCache(None, "rules-1", keys, print), ClaimCache(None, "rules-2", keys, print)
    assert one.digest(article) != other.digest(article)
    assert one.digest(article) != one.digest(Article("a.md", "GLM-5.2 has 1.3T parameters."))


def test_a_code_change_anywhere_in_claimx_invalidates_the_cache():
    """The cache's version covers the subpackages, where most rules are applied, not only the top modules."""
    package = ROOT / "claimx"
    assert set(code_sources()) == set(package.rglob("*.py"))
    assert package / "figures" / "__init__.py" in code_sources()


def test_no_cache_leaves_nothing_behind_and_a_broken_cache_is_only_a_warning(corpus):
    new = add(corpus, CONTRADICTS)
    assert check(new, "--corpus", corpus, "--no-cache").exit_code == 1
    assert not Path(".claimx-cache").exists()
    Path(".claimx-cache").write_text("a file where the cache folder goes")
    result = check(new, "--corpus", corpus)
    assert result.exit_code == 1
    assert "warning: cannot use the cache in .claimx-cache" in result.stderr


def test_a_cache_row_that_fails_validation_is_a_cache_miss(corpus):
    new = add(corpus, CONTRADICTS)
    first = check(new, "--corpus", corpus)
    with sqlite3.connect(".claimx-cache/claims.sqlite3") as db:
        db.execute("""UPDATE claims SET record = '{"kind": "no such kind"}'""")
    again = check(new, "--corpus", corpus)
    assert (again.exit_code, again.stdout) == (first.exit_code, first.stdout) == (1, first.stdout)


def test_a_cache_row_another_run_replaced_meanwhile_is_read_again(extractor, rules):
    """Between the look at the cache and the read of its rows, a run with other rules replaced a row."""
    ours, theirs = Article("ours.md", "GLM-5.2's 1.2T parameters in total."), Article("theirs.md", "Kimi K2.7.")
    cross_check = CrossCheck(rules.conflicts)
    cache = ClaimCache(None, rules.version, cross_check.keys, print)
    claims_to_check([ours], None, cache, extractor.extract, {}.get)  # cached

    def extract_while_another_run_saves(batch):
        cache.db.execute("UPDATE articles SET digest = 'other rules' WHERE path = 'ours.md'")
        cache.db.execute("DELETE FROM claims WHERE path = 'ours.md'")
        return extractor.extract(batch)

    gathered = claims_to_check([ours, theirs], None, cache, extract_while_another_run_saves, {"ours.md": ours}.get)
    assert [(c.subject, c.value) for c in gathered.claims] == [("GLM-5.2", 1.2e12)]


def test_checking_against_the_claims_that_share_a_key_finds_what_checking_against_all_does(extractor, rules):
    """The cache loads, of a large corpus, only the claims sharing a key with the checked article's:
    for each article of the own corpus, that must find exactly the conflicts a full cross-check finds."""
    found, manifest = read_corpus([CORPUS])
    corpus_articles = [a for a in Articles(found.files, manifest) if isinstance(a, Article)]
    cross_check = CrossCheck(rules.conflicts)
    everything = [c for r in extractor.extract(corpus_articles) for c in without_ignored(r.claims, r.article.text)]
    cache = ClaimCache(None, rules.version, cross_check.keys, print)
    by_path = {a.path: a for a in corpus_articles}
    found_any = 0
    for article in corpus_articles:
        checked = {article.path}
        gathered = claims_to_check(corpus_articles, checked, cache, extractor.extract, by_path.get)
        assert gathered.total == len(everything) and gathered.articles == len(corpus_articles)
        assert len(gathered.claims) < len(everything)
        narrow = [c.id for c in cross_check.conflicts(gathered.claims, involving=checked)]
        full = [c.id for c in cross_check.conflicts(everything, involving=checked)]
        assert narrow == full, article.path
        found_any += len(full)
    assert found_any > 20


def test_the_committed_baseline_accepts_the_own_corpus_exactly(monkeypatch):
    """What .ci/run checks: every own article against the corpus passes, and no entry is stale."""
    monkeypatch.chdir(ROOT)
    result = check("corpora", "--corpus", "corpora", "--baseline", ".claimx-baseline.json", "--no-cache")
    assert result.exit_code == 0, result.output
    accepted = len(Baseline.read(Path(".claimx-baseline.json")).conflicts)
    assert "no longer seen" not in result.stdout and f"; {accepted} accepted by the baseline" in result.stdout


def test_a_baseline_of_the_own_corpus_accepts_every_conflict_it_reports(rules, extractor):
    found, manifest = read_corpus([CORPUS])
    claims = [c for r in extractor.extract(Articles(found.files, manifest)) for c in r.claims]
    conflicts = CrossCheck(rules.conflicts).conflicts(claims)
    baseline = Baseline.of(conflicts)
    assert all(baseline.accepts(c) for c in conflicts) and len(baseline.conflicts) == len(conflicts)
    assert {e.id for e in baseline.conflicts} == {c.id for c in conflicts}
