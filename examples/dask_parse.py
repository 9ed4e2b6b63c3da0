"""Parse every story under a directory on Dask; write JSON Lines or Parquet part files.

Usage: ``python examples/dask_parse.py ROOT OUTPUT [--glob '**/*.txt'] [--format jsonl]``
``[--scheduler processes] [--partition-size 1000]``

``--scheduler`` is ``processes`` (the default: parsing is pure Python, so threads do not
run it in parallel), ``threads``, ``synchronous``, or the address of a ``distributed``
scheduler (``tcp://10.0.0.1:8786``, needs ``pip install distributed``). Needs
``pip install 'wirenews[dask]'``. See docs/scaling.md.
"""

from __future__ import annotations

import argparse
import sys
import time

from wirenews import scale

LOCAL_SCHEDULERS = ("processes", "threads", "synchronous")


def main(argv: list[str]) -> int:
    """Parse the tree named in ``argv`` and write its part files; print what was written."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", help="directory to read stories from")
    parser.add_argument("output", help="new or empty directory for the part files")
    parser.add_argument("--glob", default="**/*.txt", help="files to read (default: **/*.txt)")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    parser.add_argument("--scheduler", default="processes")
    parser.add_argument("--partition-size", type=int, default=scale.PARTITION_SIZE)
    parser.add_argument("--encoding", default="utf-8-sig")
    parser.add_argument("--errors", default="strict", help="decoding errors: strict, replace")
    args = parser.parse_args(argv)

    scheduler: str | None = args.scheduler
    if scheduler not in LOCAL_SCHEDULERS:
        from dask.distributed import Client  # noqa: PLC0415 (only for a cluster)

        Client(args.scheduler)  # becomes the default scheduler
        scheduler = None
    started = time.perf_counter()
    pairs = scale.parse_tree(
        args.root,
        args.glob,
        partition_size=args.partition_size,
        encoding=args.encoding,
        errors=args.errors,
    )
    write = scale.write_parquet if args.format == "parquet" else scale.write_jsonl
    try:
        parts = write(pairs, args.output, scheduler=scheduler)
    except FileExistsError as error:
        parser.error(str(error))
    elapsed = time.perf_counter() - started
    print(f"wrote {len(parts)} part files to {args.output} in {elapsed:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
