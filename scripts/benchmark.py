"""How fast claimx extracts, as a ratio to spaCy's bare English tokenizer on the same text.

    python scripts/benchmark.py [--corpus corpora] [--copies 40] [--repeats 5]

The corpus is the project's own articles (`corpora/`, or the folder given),
repeated `--copies` times. Each timing is the best of `--repeats` runs, the two measurements
interleaved so that both see the same machine. Extraction is timed from
article text to typed records (reading files and writing output excluded;
`time claimx extract` measures those).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import spacy

from claimx.corpus import Article, articles, read_corpus
from claimx.pipeline import Extractor
from claimx.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent


def best_of(repeats: int, *jobs):
    """Best time of each job over `repeats` interleaved rounds."""
    times = [[] for _ in jobs]
    for _ in range(repeats):
        for i, job in enumerate(jobs):
            start = time.perf_counter()
            job()
            times[i].append(time.perf_counter() - start)
    return [min(t) for t in times], [statistics.median(t) for t in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    files, _, manifest = read_corpus([args.corpus])
    sample = [a for a in articles(files, manifest) if isinstance(a, Article)]
    corpus = [Article(f"{i}/{a.path}", a.text, a.published) for i in range(args.copies) for a in sample]
    texts = [a.text for a in corpus]
    words = sum(len(t.split()) for t in texts)

    start = time.perf_counter()
    extractor = Extractor(load_rules())
    startup = time.perf_counter() - start
    tokenizer = spacy.blank("en").tokenizer

    def tokenize():
        for _ in tokenizer.pipe(texts):
            pass

    def extract():
        for _ in extractor.extract(corpus):
            pass

    (tok, ext), (tok_med, ext_med) = best_of(args.repeats, tokenize, extract)
    print(f"corpus: {len(corpus)} articles, {words:,} words, {sum(map(len, texts)):,} characters")
    print(f"pipeline start-up: {startup:.2f} s (once per process)")
    print(f"bare spaCy tokenizer: {tok:.3f} s  ({words / tok:,.0f} words/s)  median {tok_med:.3f} s")
    print(f"claimx extraction:    {ext:.3f} s  ({words / ext:,.0f} words/s)  median {ext_med:.3f} s")
    print(f"extraction / tokenizer time: {ext / tok:.2f} (the target is at most 2.0)")


if __name__ == "__main__":
    main()
