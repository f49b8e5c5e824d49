"""Claim records built by hand, for rules that take records (the cross-check) rather than text."""

from __future__ import annotations

from decimal import Decimal

from claimx.records import Benchmark, Event, Measure, ParameterCount, Quote, Source
from claimx.ruleset import load_rules

SOURCE_CONFIDENCE = load_rules().attribution.confidence


def _source(path: str, text: str, line: int, published: str | None = None) -> Source:
    start = line * 1000  # one claim a line: distinct offsets, in order
    return Source(path=path, start=start, end=start + len(text), line=line, column=1, published=published)


def _step(value: float) -> float:
    """The step of the last written digit, as if written in the fewest digits: 1.2e12 -> 1e11, 86.2 -> 0.1."""
    return float(10 ** Decimal(repr(value)).normalize().as_tuple().exponent)


def _claim(path: str, text: str, sentence: str, line: int, published: str | None = None) -> dict:
    return {"source": _source(path, text, line, published), "text": text, "sentence": sentence, "rule": "test"}


def _number(path, text, subject, value, line, how, resolution, qualifier, low, high, **fields) -> dict:
    return {
        **_claim(path, text, fields.pop("sentence", f"{subject}: {text}."), line, fields.pop("published", None)),
        "subject": subject,
        "subject_text": subject,
        "subject_source": how,
        "confidence": fields.pop("confidence", SOURCE_CONFIDENCE[how]),
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "resolution": resolution or _step(value),
        **fields,
    }


def params(path, text, subject, value, *, scope="total", line=1, how="clause", resolution=None,
           qualifier="exact", low=None, high=None, **fields) -> ParameterCount:  # fmt: skip
    fields.setdefault("unit", None)
    return ParameterCount(
        scope=scope, **_number(path, text, subject, value, line, how, resolution, qualifier, low, high, **fields)
    )


def score(path, text, subject, value, benchmark, *, setup=None, line=1, how="clause", resolution=None,
          qualifier="exact", low=None, high=None, **fields) -> Benchmark:  # fmt: skip
    fields.setdefault("unit", "%")
    number = _number(path, text, subject, value, line, how, resolution, qualifier, low, high, **fields)
    return Benchmark(benchmark=benchmark, setup=setup, **number)


def measure(path, text, subject, value, attribute, unit, *, tokens=None, chip=None, line=1, how="clause",
            resolution=None, qualifier="exact", low=None, high=None, **fields) -> Measure:  # fmt: skip
    number = _number(path, text, subject, value, line, how, resolution, qualifier, low, high, unit=unit, **fields)
    return Measure(attribute=attribute, tokens=tokens, chip=chip, **number)


def event(path, text, date, objects, *, action="release", action_text=None, actor=None, line=1, **fields) -> Event:
    precision = fields.pop("precision", None) or {1: "year", 2: "month"}.get(len(date.lstrip("-").split("-")), "day")
    return Event(
        **_claim(path, text, f"{text}: {', '.join(objects)}.", line),
        date=date,
        precision=precision,
        year_source="unknown" if date.startswith("--") else "text",
        event=f"{action_text or action} {', '.join(objects)}",
        actor=actor,
        action=action,
        action_text=action_text or f"{action}d",
        objects=list(objects),
        **fields,
    )


def quote(path, words, speaker, *, line=1, **fields) -> Quote:
    return Quote(
        **_claim(path, words, f'"{words}," said {speaker}.', line),
        quote=words,
        speaker=speaker,
        speaker_text=speaker,
        **fields,
    )
