"""How fast claimx is: extraction against spaCy's bare tokenizer, and cross-checking at scale.

    python scripts/benchmark.py extract [--sources FOLDER ...] [--copies 50] [--repeats 3]
    python scripts/benchmark.py conflicts [--sizes 50000 100000 200000]
    python scripts/benchmark.py memory [--sizes 25000 100000 250000 1000000] [--workers 1 2]
    python scripts/benchmark.py check [--articles 2000]
    python scripts/benchmark.py help
    python scripts/benchmark.py workers [--sources corpora ...] [--copies 20]
    python scripts/benchmark.py extract-memory [--sources corpora ...] [--copies 5] [--times 8]

`extract`: one worker's throughput after start-up against spaCy's bare tokenizer
on the same varied text: `--copies` varied copies (see `workers`) of the articles
under `--sources` (by default the sample and real articles, about 600k words),
then of the own corpus. Each timing is the best of `--repeats` runs, the two
measurements interleaved so that both see the same machine, by the wall clock and
by CPU time (the steadier on a busy machine); extraction is timed
in-process from article text to typed records, after the pipeline is built and
one article warmed it up. Start-up alone is `claimx extract` of one short file in
a new process.

`conflicts`: the corpus's claim records, extracted once, are replicated under
new file names until there are n of them; every ten copies share their subjects
(models, speakers, quoted words) and each group of ten gets new ones, so both the claims per key and the number
of keys grow with n. Cross-checking is timed at each size, with the time per
claim, which stays flat when the work grows as n (or n log n).

`memory`: the same records written to a JSON Lines file as `claimx extract`
writes them and cross-checked by `claimx conflicts --workers N` in a new process,
as a user runs it: its peak memory (the process's high-water resident size, and
that of it and the processes it forks added up, which counts the pages they
share twice), the size of the report, the time (start-up included) and the load
average after the run.

`help`: `claimx --help` in a new process, which imports neither spaCy nor the rules.

`workers`: `claimx extract` as a user runs it (a new process) on varied copies of
the articles under `--sources` (paragraphs shuffled and the sentences of each line of
prose, digits redrawn, a few words misspelt: no two articles alike), with one worker and with two; start-up alone is
a run on short articles, and the outputs of both are compared byte for byte.

`extract-memory`: the peak memory of the same runs (the process and its workers,
each one's high-water resident size, added up) at 1x and `--times` x the copies.

`check`: `claimx check` run as a user runs it (a new process each time) on one
new article against `--articles` copies of the corpus: once with a cold cache,
then with a warm one, the new article edited before each run or unchanged.

Every job first compiles claimx's modules to byte code, as `pip install` does: a
process started under PYTHONDONTWRITEBYTECODE from a source checkout would
otherwise compile them all again, which no installed claimx does (0.4 s of each
run on this machine).
"""

from __future__ import annotations

import argparse
import compileall
import gc
import itertools
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

import claimx
from claimx.corpus import Article, Articles, read_corpus
from claimx.crosscheck import CrossCheck
from claimx.pipeline import Extractor
from claimx.report import write_records
from claimx.ruleset import load_rules
from claimx.workers import CHUNK_ARTICLES

ROOT = Path(__file__).resolve().parent.parent


def best_of(repeats: int, *jobs):
    """Each job's best and median wall-clock time over `repeats` interleaved rounds, and its best CPU time
    (this process's): on a machine other jobs keep busy, the wall clock also counts the time spent waiting
    for a core, the CPU time much less so."""
    times, cpu = [[] for _ in jobs], [[] for _ in jobs]
    for _ in range(repeats):
        for i, job in enumerate(jobs):
            start, start_cpu = time.perf_counter(), time.process_time()
            job()
            times[i].append(time.perf_counter() - start)
            cpu[i].append(time.process_time() - start_cpu)
    return [min(t) for t in times], [statistics.median(t) for t in times], [min(t) for t in cpu]


def sample_articles(folder: Path) -> list[Article]:
    found, manifest = read_corpus([folder])
    return [a for a in Articles(found.files, manifest) if isinstance(a, Article)]


def bench_extract(args) -> None:
    """Extraction after start-up against the bare tokenizer on varied text, then start-up alone."""
    extractor = Extractor(load_rules())
    tokenizer = spacy.blank("en").tokenizer
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, sources in (("sample and real articles", args.sources), ("own corpus", [ROOT / "corpora"])):
            corpus = root / name.replace(" ", "-")
            write_varied(sources, args.copies, corpus)
            _extract_against_tokenizer(f"{name}, {args.copies} varied copies", corpus, extractor, tokenizer, args)
        short = root / "short.txt"
        short.write_text("GLM-5.2 has 1.3 trillion parameters, its maker says.\n")
        command = [sys.executable, "-m", "claimx", "extract", str(short), "-q", "-o", str(root / "short.jsonl")]
        times = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            subprocess.run([*command, "--workers", "1"], capture_output=True, check=True)
            times.append(time.perf_counter() - start)
    print(f"start-up alone (claimx extract of one short file, a new process): {_best_and_median(times)}")


def _extract_against_tokenizer(title: str, folder: Path, extractor: Extractor, tokenizer, args) -> None:
    corpus = sample_articles(folder)
    texts = [a.text for a in corpus]
    words = sum(len(t.split()) for t in texts)
    for _ in extractor.extract(corpus[:1]):  # warm-up: lazily built tables and caches
        pass

    def tokenize():
        for _ in tokenizer.pipe(texts):
            pass

    def extract():
        for _ in extractor.extract(corpus):
            pass

    (tok, ext), (tok_med, ext_med), (tok_cpu, ext_cpu) = best_of(args.repeats, tokenize, extract)
    print(f"{title}: {len(corpus):,} articles, {words:,} words")
    for name, best, median, cpu in (
        ("bare spaCy tokenizer:", tok, tok_med, tok_cpu),
        ("claimx extraction:", ext, ext_med, ext_cpu),
    ):
        print(f"  {name:21} {best:6.2f} s  ({words / best:,.0f} words/s)  median {median:.2f} s  CPU {cpu:.2f} s")
    ratio, median, by_cpu = tok / ext, tok_med / ext_med, tok_cpu / ext_cpu
    print(
        f"  extraction throughput / tokenizer's: {ratio:.2f} (best of {args.repeats}; of medians {median:.2f}; "
        f"of CPU times {by_cpu:.2f})"
    )


def replicated(claims: list, n: int, group_size: int) -> list:
    """`n` claim records: copies of `claims` in new files, each `group_size` copies with their own subjects."""
    out = []
    for copy in itertools.count():
        group = copy // group_size
        for claim in claims:
            if len(out) == n:
                return out
            changes = {"source": claim.source.model_copy(update={"path": f"{copy}/{claim.source.path}"})}
            for field in ("subject", "other", "speaker"):
                if getattr(claim, field, None):
                    changes[field] = f"{getattr(claim, field)} #{group}"
            if claim.kind == "event":
                changes["objects"] = [f"{o} #{group}" for o in claim.objects]
            if claim.kind == "quote":
                changes["quote"] = f"{claim.quote} #{group}"
            out.append(claim.model_copy(update=changes))
    return out


def bench_conflicts(args) -> None:
    rules = load_rules()
    base = [c for result in Extractor(rules).extract(sample_articles(args.corpus)) for c in result.claims]
    check = CrossCheck.of(rules)
    print(f"{len(base)} claim records from {args.corpus}, replicated")
    print(f"{'claims':>9} {'conflicts':>10} {'seconds':>8} {'µs/claim':>9}")
    for n in args.sizes:
        claims = replicated(base, n, args.group)
        gc.collect()
        start = time.perf_counter()
        found = check.conflicts(claims)
        seconds = time.perf_counter() - start
        print(f"{n:>9,} {len(found):>10,} {seconds:>8.2f} {seconds / n * 1e6:>9.1f}")


def bench_memory(args) -> None:
    """`claimx conflicts RECORDS.jsonl` as a user runs it: its time, its peak memory and the size of what it
    writes, with the machine's load average when it ran."""
    rules = load_rules()
    base = [c for result in Extractor(rules).extract(sample_articles(args.corpus)) for c in result.claims]
    print(f"{len(base)} claim records from {args.corpus}, replicated; claimx conflicts --format json, a new process")
    print("peak MB: the high-water resident size of the process, and of it and its forked processes added up")
    print(f"{'claims':>9} {'workers':>8} {'peak MB':>8} {'all MB':>7} {'output MB':>10} {'seconds':>8} {'load':>5}")
    with tempfile.TemporaryDirectory() as folder:
        records, out = Path(folder) / "claims.jsonl", Path(folder) / "conflicts.json"
        for n in args.sizes:
            with records.open("w", encoding="utf-8") as stream:
                write_records(replicated(base, n, args.group), "jsonl", stream)
            for workers in args.workers:
                command = ["conflicts", str(records), "-f", "json", "-o", str(out), "-q", "--workers", str(workers)]
                seconds, peaks = run_measured(command)
                load = Path("/proc/loadavg").read_text().split()[0]
                size = out.stat().st_size / 2**20
                mine, every = peaks[0] / 2**20, sum(peaks) / 2**20
                print(f"{n:>9,} {workers:>8} {mine:>8.0f} {every:>7.0f} {size:>10.1f} {seconds:>8.1f} {load:>5}")


def bench_help(args) -> None:
    """`claimx --help` and `claimx extract --help` in a new process each: what a user waits for before any work."""
    for command in (["--help"], ["extract", "--help"]):
        times = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "claimx", *command], capture_output=True, check=True)
            times.append(time.perf_counter() - start)
        print(f"claimx {' '.join(command):<16} {_best_and_median(times)}")


def bench_check(args) -> None:
    """`claimx check` of one article against a corpus of `--articles`, end to end, cold and with a warm cache."""
    sample = sorted(p for p in args.corpus.iterdir() if p.suffix in (".md", ".txt"))
    manifest = args.corpus / "manifest.yaml"
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for copy in range(args.articles // len(sample)):
            target = root / "corpus" / f"{copy:04d}"
            target.mkdir(parents=True)
            for path in [*sample, manifest]:
                shutil.copy(path, target / path.name)
        new = root / "corpus" / "new-article.md"
        command = [sys.executable, "-m", "claimx", "check", str(new), "--corpus", "corpus", "-q", "-f", "json"]

        def run(edit: int | None) -> float:
            """One check; `edit` rewrites the new article first, so the cache misses it (and only it)."""
            if edit is not None:
                new.write_text(f"GLM-5.2 has {1.3 + edit / 100:.2f} trillion parameters, its maker says.\n")
            start = time.perf_counter()
            done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
            elapsed = time.perf_counter() - start
            if done.returncode not in (0, 1):
                raise SystemExit(f"claimx check failed: {done.stderr}")
            return elapsed

        articles_total = len(list((root / "corpus").rglob("*.md"))) + len(list((root / "corpus").rglob("*.txt")))
        print(f"corpus: {articles_total:,} articles (the own corpus, copied), one new article checked against it")
        print(f"cold cache (every article extracted):        {run(0):.2f} s")
        edited = [run(i) for i in range(1, args.repeats + 1)]
        print(f"warm cache, the new article just edited:     {_best_and_median(edited)}")
        unchanged = [run(None) for _ in range(args.repeats)]
        print(f"warm cache, nothing changed since last run:  {_best_and_median(unchanged)}")


def write_varied(sources: list[Path], copies: int, folder: Path) -> int:
    """`copies` copies of the articles under `sources`, written under `folder` as distinct articles: new file
    names, paragraphs shuffled and the sentences of each prose paragraph too, digits redrawn and one word in
    fifty misspelt (seeded: a rerun writes the same files). Identical copies would let spaCy's tokenizer cache
    and vocabulary stop growing after the first. Returns the words written."""
    rng, words = random.Random(copies), 0
    articles = [path for source in sources for path in sorted(source.rglob("*")) if path.suffix in (".md", ".txt")]
    for copy in range(copies):
        target = folder / f"{copy:04d}"
        target.mkdir(parents=True)
        for path in articles:
            text = _varied(path.read_text(encoding="utf-8"), rng)
            (target / f"{path.parent.name}-{path.name}").write_text(text, encoding="utf-8")
            words += len(text.split())
    return words


# a line that is no prose: a table row, a heading, a quotation block, a list item
NOT_PROSE_LINE = re.compile(r"[ \t]*(?:[|#>]|[-*•+][ \t]|\d{1,3}[.)][ \t])")
# between two sentences: a full stop, question or exclamation mark (a closing quote or bracket may follow it),
# spaces, and a capital, a digit or an opening quote or bracket
SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))[ \t]+(?=[\"“‘(]?[A-Z0-9])")


def _varied(text: str, rng: random.Random) -> str:
    """The text's paragraphs shuffled, and the sentences within each line of prose (tables, headings and
    lists stay whole), digits redrawn, a few words misspelt."""
    front, body = ("", text)
    if text.startswith("---\n") and "\n---\n" in text[4:]:  # front matter's dates must stay dates
        end = text.index("\n---\n", 4) + 5
        front, body = text[:end], text[end:]
    paragraphs = ["\n".join(_sentences_shuffled(line, rng) for line in p.split("\n")) for p in body.split("\n\n")]
    rng.shuffle(paragraphs)
    body = re.sub(r"[0-9]", lambda _: str(rng.randrange(10)), "\n\n".join(paragraphs))
    return front + re.sub(r"\b[a-z]{5,}\b", lambda m: _misspelt(m.group(), rng), body)


def _sentences_shuffled(line: str, rng: random.Random) -> str:
    """A line of prose with its sentences in a new order; any other line as it was. Line by line, because
    many articles write a paragraph a line, and the line breaks stay where they were: spaCy's tokenizer
    splits text at spaces only, so a line break it must split off costs it time, and moving line breaks
    would change the bare tokenizer's speed, not only the text's order."""
    if NOT_PROSE_LINE.match(line):
        return line
    sentences = SENTENCE_BREAK.split(line)
    rng.shuffle(sentences)
    return " ".join(sentences)


def _misspelt(word: str, rng: random.Random) -> str:
    if rng.random() >= 0.02:
        return word
    at = rng.randrange(len(word) - 1)
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def run_extract(folder: Path, output: Path, workers: int) -> tuple[float, int]:
    """`claimx extract` of `folder` in a new process, as a user runs it: its time and its peak memory, the
    high-water resident size of it and its workers added up."""
    seconds, peaks = run_measured(["extract", str(folder), "-q", "-o", str(output), "--workers", str(workers)])
    return seconds, sum(peaks)


def run_measured(arguments: list[str]) -> tuple[float, list[int]]:
    """`claimx ARGUMENTS` in a new process: its time, and the high-water resident size of it and of each process
    it started (it first), read from /proc as it runs."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "claimx", *arguments], stderr=subprocess.PIPE)
    peaks: dict[int, int] = {}
    while process.poll() is None:
        for pid in [process.pid, *_descendants(process.pid)]:
            peaks[pid] = max(peaks.get(pid, 0), _high_water(pid))
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise SystemExit(f"claimx {arguments[0]} failed: {process.stderr.read().decode()}")
    return seconds, [peaks.get(process.pid, 0), *(peak for pid, peak in peaks.items() if pid != process.pid)]


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):  # gone meanwhile
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        below = children.get(todo.pop(), [])
        found += below
        todo += below
    return found


def _high_water(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return int(status.split("VmHWM:")[1].split()[0]) * 1024 if "VmHWM:" in status else 0


def bench_workers(args) -> None:
    """Throughput of `claimx extract` with 1 and 2 workers on varied text, whole processes and after start-up,
    and whether their outputs are byte for byte the same."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        words = write_varied(args.sources, args.copies, root / "corpus")
        short = root / "short"  # enough one-line articles for two chunks: the pool starts, but has no work
        short.mkdir()
        for i in range(2 * CHUNK_ARTICLES):
            (short / f"{i:02d}.txt").write_text(f"GLM-5.2 has {i + 1} trillion parameters, its maker says.\n")
        counts = (1, 2)
        runs = {n: [] for n in counts}
        for _ in range(args.repeats):  # interleaved, so that both see the same machine
            for n in counts:
                runs[n].append(run_extract(root / "corpus", root / f"out-{n}.jsonl", n)[0])
        startup = {n: min(run_extract(short, root / "short.jsonl", n)[0] for _ in range(args.repeats)) for n in counts}
        same = (root / "out-1.jsonl").read_bytes() == (root / "out-2.jsonl").read_bytes()
    print(f"corpus: {words:,} words ({args.copies} varied copies of {', '.join(map(str, args.sources))})")
    for n in counts:
        whole, alone = min(runs[n]), startup[n]
        print(
            f"{n} worker{'s' if n > 1 else ' '}: whole process {whole:.2f} s ({words / whole:,.0f} words/s), start-up "
            f"{alone:.2f} s, after start-up {words / (whole - alone):,.0f} words/s"
        )
    speedup = (min(runs[1]) - startup[1]) / (min(runs[2]) - startup[2])
    print(f"two workers / one: {min(runs[1]) / min(runs[2]):.2f}x whole process, {speedup:.2f}x after start-up")
    print(f"output of 2 workers byte-identical to 1: {'yes' if same else 'NO'}")


def bench_extract_memory(args) -> None:
    """Peak memory of `claimx extract` on a varied corpus and on one `--times` as large, with 1 and 2 workers:
    flat when nothing accumulates per article."""
    print(f"{'corpus':>14} {'words':>10} {'workers':>8} {'peak MB':>8} {'seconds':>8}")
    peaks = {}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for times in (1, args.times):
            corpus = root / f"x{times}"
            words = write_varied(args.sources, args.copies * times, corpus)
            for workers in args.workers:
                seconds, peak = run_extract(corpus, root / "out.jsonl", workers)
                peaks[times, workers] = peak
                print(
                    f"{f'{times}x ({args.copies * times} copies)':>14} {words:>10,} {workers:>8} "
                    f"{peak / 2**20:>8.0f} {seconds:>8.1f}"
                )
            shutil.rmtree(corpus)
    for workers in args.workers:
        print(f"{workers} worker(s): peak at {args.times}x / 1x = {peaks[args.times, workers] / peaks[1, workers]:.2f}")


def _best_and_median(times: list[float]) -> str:
    return f"{min(times):.2f} s  (median {statistics.median(times):.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    jobs = parser.add_subparsers(dest="job", required=True)
    extract = jobs.add_parser("extract", help="extraction after start-up against the bare tokenizer, varied text")
    samples = [Path("/work/shared/corpora/seeds"), Path("/work/shared/corpora/real")]
    extract.add_argument("--sources", type=Path, nargs="+", default=samples, help="folders of articles to vary")
    extract.add_argument("--copies", type=int, default=50)
    extract.add_argument("--repeats", type=int, default=3)
    extract.set_defaults(run=bench_extract)
    conflicts = jobs.add_parser("conflicts", help="cross-checking n claim records")
    conflicts.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000, 200_000])
    conflicts.add_argument("--group", type=int, default=10, help="copies that share their subjects")
    conflicts.set_defaults(run=bench_conflicts)
    memory = jobs.add_parser("memory", help="peak memory and output size of claimx conflicts on n records")
    memory.add_argument("--sizes", type=int, nargs="+", default=[25_000, 100_000, 250_000, 1_000_000])
    memory.add_argument("--group", type=int, default=10, help="copies that share their subjects")
    memory.add_argument("--workers", type=int, nargs="+", default=[2], help="--workers of each run")
    memory.set_defaults(run=bench_memory)
    help_ = jobs.add_parser("help", help="claimx --help in a new process")
    help_.add_argument("--repeats", type=int, default=10)
    help_.set_defaults(run=bench_help)
    check = jobs.add_parser("check", help="claimx check of one article against a cached corpus, end to end")
    check.add_argument("--articles", type=int, default=2000)
    check.add_argument("--repeats", type=int, default=5)
    check.set_defaults(run=bench_check)
    varied = [ROOT / "corpora"]
    workers = jobs.add_parser("workers", help="claimx extract with 1 and 2 workers on varied text, end to end")
    workers.add_argument("--sources", type=Path, nargs="+", default=varied, help="folders of articles to vary")
    workers.add_argument("--copies", type=int, default=20)
    workers.add_argument("--repeats", type=int, default=3)
    workers.set_defaults(run=bench_workers)
    extract_memory = jobs.add_parser("extract-memory", help="peak memory of claimx extract on 1x and 8x a corpus")
    extract_memory.add_argument("--sources", type=Path, nargs="+", default=varied, help="folders of articles to vary")
    extract_memory.add_argument("--copies", type=int, default=5, help="varied copies at 1x")
    extract_memory.add_argument("--times", type=int, default=8)
    extract_memory.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    extract_memory.set_defaults(run=bench_extract_memory)
    args = parser.parse_args()
    compileall.compile_dir(Path(claimx.__file__).parent, quiet=1)
    args.run(args)


if __name__ == "__main__":
    main()
