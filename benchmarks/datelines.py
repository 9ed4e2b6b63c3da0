"""Dateline accuracy on Reuters-21578: locations, month and day against the gold element.

Each story is rebuilt as its wire text (TITLE, a blank line, then DATELINE immediately
followed by BODY) and parsed whole with its ``<DATE>`` as reference. The gold answer is read
from the ``<DATELINE>`` element by a deliberately simple reader, independent of wirenews:
the text before the first ``-`` separator, the first ``Month Day`` or ``Day Month`` in it
(months known by their first three letters, as in a newsroom), and the first
comma-separated part before the date, split at ``/``, as the locations.

Run: ``python benchmarks/datelines.py [--show N]``
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

import wirenews
from corpora import reuters_dir, reuters_stories

_MONTHS = (
    "january february march april may june july august september october november december".split()
)
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_GOLD_DATE = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})\b|\b(\d{{1,2}})\s+{_MONTH}(?=\s|$)", re.I)


def gold(element: str) -> tuple[tuple[str, ...], int | None, int | None]:
    """Locations, month and day that a ``<DATELINE>`` element states."""
    head = re.split(r"\s*-(?:\s|$)", element.strip(" *"), maxsplit=1)[0]
    date = _GOLD_DATE.search(head)
    month = day = None
    if date is not None:
        stem = (date[1] or date[4]).lower()
        month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(stem))
        day = int(date[2] or date[3])
        head = head[: date.start()]
    places = head.split(",")[0]
    return tuple(place.strip() for place in places.split("/") if place.strip()), month, day


def main() -> int:
    """Print the share of gold datelines read exactly."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    if reuters_dir() is None:
        print("Reuters-21578 not found under ../shared/corpora: nothing to measure")
        return 0
    total = exact = 0
    misses: list[str] = []
    kinds: Counter[str] = Counter()
    for story in reuters_stories():
        if story.dateline is None:
            continue
        total += 1
        expected = gold(story.dateline)
        article = wirenews.parse_article(story.text, reference=story.reference)
        found = article.dateline
        got = (found.locations, found.month, found.day) if found else None
        if got == expected:
            exact += 1
        else:
            kinds["no dateline" if found is None else "different"] += 1
            misses.append(f"{story.newid}: gold {expected} got {got}  {story.dateline!r}")
    share = exact / total if total else 0.0
    print(f"Reuters-21578 datelines: {exact}/{total} exact (locations, month, day) = {share:.2%}")
    for kind, count in sorted(kinds.items()):
        print(f"  misses, {kind}: {count}")
    for line in misses[: args.show]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
