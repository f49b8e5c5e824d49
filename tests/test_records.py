"""The record types: the committed JSON Schema is the models' own, and every record carries checkable provenance."""

from __future__ import annotations

import io
import json

import pytest

from claimx.corpus import Article, Articles, read_corpus
from claimx.records import CLAIM_ADAPTER, claim_json_schema, claims_between, line_start, read_claims
from claimx.report import write_records

from .conftest import CORPUS, ROOT


def test_committed_schema_is_generated_from_the_models():
    committed = (ROOT / "schemas" / "claim.schema.json").read_text(encoding="utf-8")
    assert committed == claim_json_schema(), "schemas/ is stale: run `claimx schema -o schemas/claim.schema.json`"


def test_schema_names_every_claim_kind():
    kinds = {
        d["properties"]["kind"]["const"]
        for d in json.loads(claim_json_schema())["$defs"].values()
        if "kind" in d.get("properties", {})
    }
    assert kinds == {"parameter_count", "benchmark", "measure", "comparison", "event", "quote"}


def test_every_record_points_at_its_own_evidence(extractor):
    found, manifest = read_corpus([CORPUS])
    texts = {}
    count = 0
    for result in extractor.extract(Articles(found.files, manifest)):
        texts[result.article.path] = result.article.text
        for claim in result.claims:
            text = texts[claim.source.path]
            assert claim.text == text[claim.source.start : claim.source.end]
            assert text.count("\n", 0, claim.source.start) + 1 == claim.source.line
            assert claim.source.start - (text.rfind("\n", 0, claim.source.start) + 1) + 1 == claim.source.column
            assert CLAIM_ADAPTER.validate_json(claim.model_dump_json()) == claim
            count += 1
    assert count > 100


def test_records_read_as_extract_writes_them_or_otherwise_are_the_same(extractor):
    """`read_claims` parses extract's compact lines directly; spaced or hand-made lines take the slow way, to the
    same claims, and a non-empty field of another kind is refused either way."""
    text = (
        "GLM-5.2 has 1.2 trillion parameters. On June 3, 2026, Zhipu released GLM-5.2.\n\n"
        "\"We think open weights win in the long run,\" said Zhipu chief executive Zhang Peng.\n"
    )
    (result,) = extractor.extract([Article("a.txt", text)])
    written = io.StringIO()
    write_records(result.claims, "jsonl", written)
    compact = written.getvalue().splitlines()
    assert {claim.kind for claim in result.claims} >= {"parameter_count", "event", "quote"}
    spaced = [json.dumps(json.loads(line), indent=1).replace("\n", " ") for line in compact]
    assert list(read_claims(compact, "a.jsonl")) == list(read_claims(spaced, "b.jsonl")) == result.claims
    for lines in (compact, spaced):
        wrong = lines[0].replace('"quote":null', '"quote":"x"').replace('"quote": null', '"quote": "x"')
        with pytest.raises(ValueError, match=r"^c.jsonl:1: not a claim record: .*quote: Extra inputs"):
            list(read_claims([wrong], "c.jsonl"))


LINES = b'{"a":1}\n\n{"b":22}\n{"c":333}\n'  # lines start at 0, 8, 9, 18


@pytest.mark.parametrize(
    "at, start",
    [(0, 0), (1, 8), (8, 8), (9, 9), (10, 18), (18, 18), (19, len(LINES)), (len(LINES), len(LINES))],
)
def test_a_part_of_a_records_file_begins_at_the_next_line_start(tmp_path, at, start):
    path = tmp_path / "lines.jsonl"
    path.write_bytes(LINES)
    assert line_start(path, at) == start


def test_claims_between_two_line_starts_are_those_lines_records(extractor, tmp_path):
    article = (CORPUS / "01-glm52-launch.md").read_text(encoding="utf-8")
    claims = next(extractor.extract([Article("a.md", article)])).claims
    path = tmp_path / "claims.jsonl"
    with path.open("w", encoding="utf-8") as out:
        write_records(claims, "jsonl", out)
    middle = line_start(path, path.stat().st_size // 2)
    parts = [list(claims_between(path, 0, middle)), list(claims_between(path, middle, path.stat().st_size))]
    assert parts[0] and parts[1] and [claim for part in parts for claim, _ in part] == claims
    assert all(CLAIM_ADAPTER.validate_json(data) == claim for part in parts for claim, data in part)


@pytest.mark.parametrize(
    "bad, problem",
    [
        (b'{"kind":"quote"}\n', r"quote\.source: Field required"),
        (b"\xff\xfe not text\n", "can't decode byte 0xff"),
        (b"{not json\n", "Invalid JSON|Expecting property name"),
    ],
)
def test_a_bad_line_in_a_part_names_its_line_in_the_whole_file(extractor, tmp_path, bad, problem):
    article = (CORPUS / "01-glm52-launch.md").read_text(encoding="utf-8")
    written = io.StringIO()
    write_records(next(extractor.extract([Article("a.md", article)])).claims[:4], "jsonl", written)
    path = tmp_path / "claims.jsonl"
    path.write_bytes(written.getvalue().encode() * 2 + b"\n" + bad)  # the bad line is the tenth
    middle = line_start(path, path.stat().st_size // 2)
    with pytest.raises(ValueError, match=rf"^{path}:10: not a claim record: .*({problem})"):
        list(claims_between(path, middle, path.stat().st_size))
