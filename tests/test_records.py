"""The record types: the committed JSON Schema is the models' own, and every record carries checkable provenance."""

from __future__ import annotations

import json

from claimx.corpus import Articles, read_corpus
from claimx.records import CLAIM_ADAPTER, claim_json_schema

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
