"""Throughput of parse_article against a floor, and cost per byte at scale and under attack.

The floor is one ``regex.findall(r"\\w+|[^\\w\\s]", text)`` pass over the same texts: the
least any tokenising parser does. Every time is the best of several runs (the minimum is
the least disturbed by other work on a shared machine), measured in one process:

- the founding article and the Reuters-21578 stories: articles/s and MB/s of parse_article,
  of its layout stage alone (headline, header, dateline, paragraphs, end marker, trailer,
  before the model is built), and of the floor, with each one's throughput as a share of
  the floor's;
- cost per byte (ns/B) of ordinary copy at 1 KB, 100 KB and 10 MB (stories run together
  into one text), and of adversarial inputs (1 MB of ``"``, of ``(``, of ``--``, one 1 MB
  line with no breaks, 1 MB of line breaks, 1 MB of dateline-like fragments, quote marks
  that pair every way or never close, sentences dense in cues, names, relative clauses
  and pronouns), for parse_article and for its layout stage, each as a ratio to its own
  cost per byte on ordinary articles parsed one by one; and parse_article's cost per
  statement found (body and headline), as a ratio to its cost per statement on those
  ordinary articles, for texts with a statement a kilobyte at least: text made of nothing
  but attributions holds ten to twenty times as many statements per byte as wire copy, and
  this column says what each of them costs. Shared machines change pace within a run, so
  each row is timed in turn with its reference (500 of the ordinary articles), and both
  at their best.

Run: ``python benchmarks/throughput.py [--quick]``
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from typing import TYPE_CHECKING, Final

import regex

import wirenews
from build import describe
from corpora import SEED, reuters_stories
from wirenews._layout import parse_layout

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

_FLOOR = regex.compile(r"\w+|[^\w\s]")


_CHUNKS: Final = 20
"""How many parts a corpus is timed in, each function in turn over each part."""


def floor(text: str) -> object:
    """The floor: one tokenising pass."""
    return _FLOOR.findall(text)


def best_time(function: Callable[[str], object], texts: Sequence[str], repeats: int) -> float:
    """The best of ``repeats`` runs of ``function`` over every text, in seconds."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - start)
    return best


def _once(function: Callable[[str], object], texts: Sequence[str]) -> float:
    """Seconds for one run of ``function`` over every text."""
    start = time.perf_counter()
    for text in texts:
        function(text)
    return time.perf_counter() - start


def size_mb(texts: Sequence[str]) -> float:
    """Size of the texts in megabytes of UTF-8."""
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


def corpus_rows(name: str, texts: Sequence[str], repeats: int) -> None:
    """Print a corpus's throughput for parse_article, its layout stage, and the floor.

    The three are timed in turn over each of :data:`_CHUNKS` parts of the corpus, round
    after round, so that a slow spell on a shared machine hits all of them alike; each
    ratio is the median of the rounds' ratios.
    """
    functions: dict[str, Callable[[str], object]] = {
        "parse_article": wirenews.parse_article,
        "layout stage": parse_layout,
        "floor": floor,
    }
    step = -(-len(texts) // _CHUNKS)  # (rounded up)
    chunks = [texts[start : start + step] for start in range(0, len(texts), step)]
    times: dict[str, list[float]] = {label: [] for label in functions}
    for _ in range(repeats):
        totals = dict.fromkeys(functions, 0.0)
        for chunk in chunks:
            for label, function in functions.items():
                totals[label] += _once(function, chunk)
        for label, total in totals.items():
            times[label].append(total)
    megabytes = size_mb(texts)
    print(f"{name}: {len(texts):,} texts, {megabytes:.2f} MB")
    for label, runs in times.items():
        best = min(runs)
        ratio = statistics.median(f / t for f, t in zip(times["floor"], runs, strict=True))
        print(
            f"  {label:<14} {len(texts) / best:>10,.0f} articles/s {megabytes / best:>7.2f} MB/s"
            f"   throughput / floor's: {ratio:.2f}"
        )


_LOCAL_SAMPLE: Final = 500
"""How many ordinary articles are timed in turn with each row, as its reference."""


def per_byte(text: str, local: Sequence[str], repeats: int) -> list[float]:
    """Nanoseconds per UTF-8 byte of a row and of its reference, timed in turn.

    parse_article, its layout stage and the floor over ``text``, then parse_article and its
    layout stage over the ordinary articles ``local``. Each is timed in turn with the
    others, ``repeats`` rounds, and the best of its rounds kept: a shared machine changes
    pace over a run, and timing the row and its reference side by side compares them at
    the same pace.
    """
    runs: list[tuple[Callable[[str], object], Sequence[str]]] = [
        (wirenews.parse_article, [text]),
        (parse_layout, [text]),
        (floor, [text]),
        (wirenews.parse_article, local),
        (parse_layout, local),
    ]
    best = [float("inf")] * len(runs)
    for _ in range(repeats):
        for index, (function, texts) in enumerate(runs):
            best[index] = min(best[index], _once(function, texts))
    sizes = [len(text.encode("utf-8"))] * 3 + [int(size_mb(local) * 1e6)] * 2
    return [seconds / size * 1e9 for seconds, size in zip(best, sizes, strict=True)]


def statement_count(texts: Sequence[str]) -> int:
    """How many statements parse_article finds in the texts, body and headline."""
    total = 0
    for text in texts:
        article = wirenews.parse_article(text)
        total += len(article.statements) + len(article.headline_statements)
    return total


def ordinary(stories: Sequence[str], size: int) -> str:
    """Ordinary wire copy of about ``size`` characters: stories one after another."""
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        story = stories[index % len(stories)]
        parts.append(story)
        total += len(story) + 2
        index += 1
    return "\n\n".join(parts)[:size]


def _distinct(pattern: str, size: int, lead: str = "Q") -> str:
    """``pattern`` over and over up to ``size`` characters, each time with a new made-up word."""
    parts: list[str] = []
    total = 0
    for number in itertools.count():
        word = lead + "".join(chr(97 + number // 26**place % 26) for place in range(4))
        parts.append(pattern.format(word))
        total += len(parts[-1])
        if total >= size:
            break
    return "".join(parts)[:size]


def adversarial() -> dict[str, str]:
    """Inputs built to make a careless pattern backtrack, or to multiply per-line work.

    The first four are the ones the layout must handle within 2x of ordinary copy; the
    one-letter and short lines show the cost of a line of its own (about a microsecond).
    """
    megabyte = 1_000_000
    words = ("word " * (megabyte // 5))[:megabyte]
    return {
        '1 MB of "': '"' * megabyte,
        "1 MB of (": "(" * megabyte,
        "1 MB of --": "-" * megabyte,
        "1 MB line, no breaks": words,
        "1 MB of line breaks": "\n" * megabyte,
        "1 MB of .": "." * megabyte,
        "1 MB of ' - '": " - " * (megabyte // 3),
        "1 MB of 'BEIJING, Jan. 26 '": ("BEIJING, Jan. 26 " * (megabyte // 17 + 1))[:megabyte],
        "1 MB of '(Xinhua) '": ("(Xinhua) " * (megabyte // 9 + 1))[:megabyte],
        "1 MB of 'A, '": ("A, " * (megabyte // 3 + 1))[:megabyte],
        "1 MB of indented short lines": "    ab\n" * (megabyte // 7),
        "1 MB of one-letter lines": "a\n" * (megabyte // 2),
        # Quotation and attribution: marks that pair every way, never close, or nest;
        # sentences thick with cues and names.
        "1 MB of alternating \" and '": "\"'" * (megabyte // 2),
        "1 MB of '\"word ' never closed": ('"word ' * (megabyte // 6 + 1))[:megabyte],
        "1 MB of nested “‘“‘": "“‘" * (megabyte // 2),
        "1 MB of '\"A,\" he said. '": ('"A," he said. ' * (megabyte // 14 + 1))[:megabyte],
        "1 MB of 'John Smith said '": ("John Smith said " * (megabyte // 16 + 1))[:megabyte],
        "1 MB of 'Smith said: \"A\" '": ('Smith said: "A" ' * (megabyte // 16 + 1))[:megabyte],
        "1 MB: '\"A\" ' then 'he said, '": '"A" ' * 125_000 + "he said, " * 55_556,
        "1 MB of 'he believes x, '": ("he believes x, " * (megabyte // 15 + 1))[:megabyte],
        "1 MB of 'with Maddow asking x '": ("with Maddow asking x " * (megabyte // 21 + 1))[
            :megabyte
        ],
        "1 MB of capitalised words": ("Word " * (megabyte // 5 + 1))[:megabyte],
        # Relative clauses set off by commas, each searched for its closing comma; pronouns.
        "1 MB of 'Smith, who said x, is '": ("Smith, who said x, is " * (megabyte // 22 + 1))[
            :megabyte
        ],
        "1 MB of 'he his him she her '": ("he his him she her " * (megabyte // 19 + 1))[:megabyte],
        "a cue, 1 MB of blanks, 'in Paris.'": "C, Hollande said" + " " * megabyte + "in Paris.",
        "a town, blanks, then ', saying it'": "In Ames,"
        + " " * (megabyte // 2)
        + "Iowa, Clinton took the stage"
        + (", saying it" * (megabyte // 22 + 1))[: megabyte // 2],
        # Many names or descriptions of one speaker, each written differently.
        "1 MB of 'John Qabc Smith said. '": _distinct("John {} Smith said. ", megabyte),
        "1 MB of 'The qabc ministry said. '": _distinct("The {} ministry said. ", megabyte, "q"),
        # Sources read past their verb and speakers named again by an acronym.
        "1 MB of 'X quoted Y as saying '": (
            "Yonhap quoted an official as saying " * (megabyte // 36 + 1)
        )[:megabyte],
        "1 MB of 'said on condition of...'": (
            "the official said on condition of anonymity because " * (megabyte // 52 + 1)
        )[:megabyte],
        "1 MB of 'Chiefs of Staff (JCS) said, '": (
            "Joint Chiefs of Staff (JCS) said, " * (megabyte // 34 + 1)
        )[:megabyte],
        "one long word, then ' : \"A\"'": "x" * (megabyte // 2)
        + (' : "A"' * (megabyte // 12 + 1))[: megabyte // 2],
    }


def main() -> int:
    """Print the throughput table and the cost-per-byte table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, smaller corpus")
    args = parser.parse_args()
    repeats = 3 if args.quick else 7
    seed = SEED.read_text(encoding="utf-8")
    stories = [story.text for story in reuters_stories()]
    if args.quick:
        stories = stories[:2000]
    print(f"wirenews {wirenews.__version__}, {describe()}, Python {sys.version.split()[0]}")
    print("Throughput (best of runs):")
    corpus_rows("founding article x 500", [seed] * 500, repeats)
    if stories:
        corpus_rows("Reuters-21578 stories", stories, max(3, repeats // 2))
    else:
        print("Reuters-21578 not found under ../shared/corpora: corpus rows skipped")
    sample = stories or [seed]
    local = sample[:_LOCAL_SAMPLE]
    sample_time = best_time(wirenews.parse_article, sample, 3)
    reference = sample_time / (size_mb(sample) * 1e6) * 1e9
    statement_reference = sample_time / max(1, statement_count(sample)) * 1e6
    local_statements = statement_count(local)
    print(
        "Cost per byte (ns/B) of parse_article and of its layout stage, each also as a ratio"
        f" to its cost on {len(local)} ordinary articles parsed one by one and timed in turn"
        f" with the row (over all {len(sample)}: {reference:.1f} ns/B); the floor's;"
        " parse_article's cost per statement found (us/st), also as a ratio to its cost on"
        f" those articles (over all: {statement_reference:.1f} us):"
    )
    print(
        f"  {'':<30} {'parse':>8} {'ratio':>6} | {'layout':>7} {'ratio':>6} | {'floor':>6}"
        f" | {'us/st':>6} {'ratio':>6}"
    )

    def row(label: str, text: str, repeats: int) -> None:
        parse, layout, base, local_parse, local_layout = per_byte(text, local, repeats)
        size = len(text.encode("utf-8"))
        statements = statement_count([text])
        if statements * 1_000 >= size:  # a statement a kilobyte at least: dense in them
            each = parse * size / statements / 1e3
            local_each = local_parse * size_mb(local) * 1e6 / max(1, local_statements) / 1e3
            per_statement = f"{each:>6.1f} {each / local_each:>6.2f}"
        else:
            per_statement = f"{'-':>6} {'-':>6}"
        print(
            f"  {label:<30} {parse:>8.1f} {parse / local_parse:>6.2f} |"
            f" {layout:>7.1f} {layout / local_layout:>6.2f} | {base:>6.1f} | {per_statement}"
        )

    for label, size in (
        ("ordinary 1 KB", 1_000),
        ("ordinary 100 KB", 100_000),
        ("ordinary 10 MB", 10_000_000),
    ):
        row(label, ordinary(sample, size), 1 if size > 1_000_000 else repeats)
    for label, text in adversarial().items():
        row(label, text, 2 if args.quick else 3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
