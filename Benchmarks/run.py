#!/usr/bin/env python3
"""End-to-end throughput of `glean run`, as ratios to baselines measured in the same run.

usage: Benchmarks/run.py [--corpus FILE.jsonl.gz] [--config YAML] [-e IDS] [--repeat N]

Builds glean in release mode, then times (best of N runs, wall clock):
  - `zcat FILE | wc -l`        the I/O floor: decompressing and counting lines
  - `glean run -j 1 ...`       one worker thread
  - `glean run -j 2 ...`       two worker threads
and prints a Markdown table: seconds, MB/s of article text, and each figure as a ratio.
Standard library only.
"""
import argparse
import gzip
import json
import os
import platform
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best_time(command, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def text_megabytes(path):
    opener = gzip.open if path.endswith(".gz") else open
    total, docs = 0, 0
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                total += len(json.loads(line).get("text", "").encode("utf-8"))
                docs += 1
    return total / 1e6, docs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "news-reuters21578.jsonl.gz"))
    ap.add_argument("--config", default=os.path.join(ROOT, "Benchmarks", "pattern-rule.yml"))
    ap.add_argument("-e", dest="extractors", help="extractor ids instead of the config")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    if not os.path.exists(a.corpus):
        sys.exit(f"no corpus at {a.corpus} (pass --corpus FILE.jsonl.gz)")

    subprocess.run(["swift", "build", "-c", "release", "--product", "glean"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    glean = os.path.join(ROOT, ".build", "release", "glean")
    select = f"-e {a.extractors}" if a.extractors else f"-c {a.config}"
    mb, docs = text_megabytes(a.corpus)

    rows = [("`zcat FILE \\| wc -l` (I/O floor)", best_time(f"zcat {a.corpus} | wc -l", a.repeat))]
    for jobs in (1, 2):
        rows.append((f"`glean run -j {jobs} {select.replace(ROOT + '/', '')}`",
                     best_time(f"{glean} run -q -j {jobs} {select} {a.corpus} -o /dev/null", a.repeat)))

    floor = rows[0][1]
    one_job = rows[1][1]
    print(f"Corpus: `{os.path.basename(a.corpus)}`, {docs} documents, {mb:.1f} MB of text. "
          f"Best of {a.repeat}, {time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores.\n")
    print("| command | seconds | MB/s of text | time vs I/O floor | speed-up vs -j 1 |")
    print("|---|---|---|---|---|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} | {mb / seconds:.1f} | {seconds / floor:.2f}x | {one_job / seconds:.2f}x |")


if __name__ == "__main__":
    main()
