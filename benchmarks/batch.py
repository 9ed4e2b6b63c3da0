"""Throughput of the ``wirenews`` command over a folder of files, in one process and in two.

The Reuters-21578 stories (rebuilt as wire text, as ``corpora.py`` reads them) are written
one per file, in UTF-8, into a temporary folder; then ``wirenews parse --format jsonl
--jobs N FOLDER`` runs over it as a user would run it, standard output to /dev/null, for
each N. A time is the best of ``--repeats`` runs of the whole command: start-up, walking
the folder, reading, decoding, parsing and writing JSON. The speed-up is against the first
N given. CPU seconds (the command's and its workers') show what the processes cost in all:
on a machine shared with other work, a second process may find no idle core to run on,
and then the wall time does not fall although the work is shared out.

Run: ``python benchmarks/batch.py [--corpus DIR] [--limit N] [--jobs 1 2] [--repeats N]``
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpora import reuters_dir, reuters_stories


def write_stories(folder: Path, corpus: Path, limit: int | None) -> tuple[int, int]:
    """Write the corpus's stories as files into ``folder``; return their count and bytes."""
    count = size = 0
    for story in reuters_stories(corpus):
        if limit is not None and count >= limit:
            break
        data = story.text.encode("utf-8")
        (folder / f"reut-{story.newid.zfill(5)}.txt").write_bytes(data)
        count += 1
        size += len(data)
    return count, size


def best_time(folder: Path, jobs: int, repeats: int) -> tuple[float, float]:
    """Wall and CPU seconds of the fastest of ``repeats`` runs of the command over ``folder``.

    The command is ``wirenews parse --format jsonl --jobs JOBS FOLDER``; CPU seconds are
    user and system time of the command and of the workers it waited for.
    """
    command = [sys.executable, "-m", "wirenews", "parse", "--format", "jsonl", "--no-progress"]
    command += ["--jobs", str(jobs), str(folder)]
    best = (float("inf"), 0.0)
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        completed = subprocess.run(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
        )
        elapsed = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        if completed.returncode != 0:
            message = completed.stderr.decode("utf-8", "replace").strip()
            msg = f"wirenews exited {completed.returncode}: {message[-500:]}"
            raise RuntimeError(msg)
        best = min(best, (elapsed, cpu))
    return best


def main() -> int:
    """Print files, seconds, articles/s and speed-up for each number of jobs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        metavar="DIR",
        help="the Reuters-21578 folder, with its reut2-*.sgm files (default: the shared "
        "corpora's, ../shared/corpora/reuters21578 or under $WIRENEWS_CORPORA)",
    )
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N stories")
    parser.add_argument(
        "--jobs", type=int, nargs="+", default=[1, 2], metavar="N", help="default: 1 2"
    )
    parser.add_argument("--repeats", type=int, default=1, metavar="N", help="default: 1")
    args = parser.parse_args()
    corpus: Path | None = args.corpus or reuters_dir()
    if corpus is None or not any(corpus.glob("reut2-*.sgm")):
        where = corpus or "../shared/corpora"
        print(f"Reuters-21578 not found under {where}: nothing to measure")
        return 0
    with tempfile.TemporaryDirectory(prefix="wirenews-batch-") as directory:
        folder = Path(directory)
        count, size = write_stories(folder, corpus, args.limit)
        print(f"Reuters-21578 as files: {count:,} files, {size / 1e6:.2f} MB")
        print("wirenews parse --format jsonl --jobs N FOLDER > /dev/null")
        first: float | None = None
        for jobs in args.jobs:
            seconds, cpu = best_time(folder, jobs, args.repeats)
            first = seconds if first is None else first
            print(
                f"  --jobs {jobs:<3} {count:>7,} files  {seconds:8.2f} s  "
                f"{count / seconds:8,.0f} articles/s  speed-up {first / seconds:.2f}  "
                f"CPU {cpu:.2f} s"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
