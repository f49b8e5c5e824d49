"""The record types: the committed JSON Schema is the models' own, and every record carries checkable provenance."""

from __future__ import annotations

import io
import json

import pytest

from claimx.corpus import Article, Articles, read_corpus
from claimx.records import CLAIM_ADAPTER, claim_json_schema, read_claims
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
