"""Attribution accuracy on PolNeAR: wirenews's quotes scored by the corpus's own scorer.

Each PolNeAR text of a split is parsed whole and its attributed quotations are written as
PolNeAR attributions: source = the quote's source mention (for a quote whose speaker is
carried over from context, the speaker's mention nearest before its cue), cue = its cue, content =
the quote's span with its marks. Quotations sharing one cue and source (``"A," she said,
"B."``), and a quotation continuing the one before it (``"A," she said.
"B."``), make one attribution with several content pieces, as PolNeAR annotates them.
Quotations with neither speaker nor source (scare quotes, titles) are left out.

The predictions go to ``../shared/eval/polnear_score.py``, which prints the table.

Run: ``python benchmarks/polnear.py [--split dev] [--subset direct|all|speech] [--keep F]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import wirenews
from corpora import CORPORA
from wirenews import Mention, Quote, Span, Speaker

if TYPE_CHECKING:
    from collections.abc import Sequence

SCORER = CORPORA.parent / "eval" / "polnear_score.py"


_NOT_SUBJECTS = frozenset({"his", "him", "himself", "her", "hers", "herself"})


def _distance(one: Span, other: Span) -> int:
    return max(one.start - other.end, other.start - one.end, 0)


def _nearest_subject(speaker: Speaker | None, anchor: Span) -> Mention | None:
    """The speaker's mention nearest the cue (or the quote) among those before it, if any.

    A participle's speaker is named before it (``Dean ... began by saying``); possessive and
    object pronouns (his, her, him) are no subject, so never a source.
    """
    if speaker is None or not speaker.mentions:
        return None
    subjects = [
        mention for mention in speaker.mentions if mention.text.casefold() not in _NOT_SUBJECTS
    ] or list(speaker.mentions)
    before = [mention for mention in subjects if mention.span.end <= anchor.start]
    return min(before or subjects, key=lambda mention: _distance(mention.span, anchor))


def quote_attributions(
    article: wirenews.Article, quotes: Sequence[Quote] | None = None
) -> list[dict[str, Any]]:
    """The article's attributed quotations (or ``quotes``) as PolNeAR attributions."""
    grouped: dict[tuple[Any, ...], dict[str, Any]] = {}
    previous: tuple[Any, ...] | None = None
    previous_quote: Quote | None = None
    for quote in article.quotes if quotes is None else quotes:
        if quote.speaker is None and quote.source is None:
            continue
        if (
            quote.inferred
            and previous is not None
            and previous_quote is not None
            and quote.speaker is not None
            and previous_quote.speaker == quote.speaker
        ):
            grouped[previous]["content"].append(list(quote.span))
            previous_quote = quote
            continue
        anchor = quote.cue.span if quote.cue is not None else quote.span
        source = quote.source or _nearest_subject(quote.speaker, anchor)
        cue = list(quote.cue.span) if quote.cue is not None else None
        key = (tuple(cue) if cue else ("quote", quote.span.start), source and tuple(source.span))
        entry = grouped.setdefault(
            key,
            {"source": list(source.span) if source else None, "cue": cue, "content": []},
        )
        entry["content"].append(list(quote.span))
        previous, previous_quote = key, quote
    return list(grouped.values())


def statement_attributions(article: wirenews.Article) -> list[dict[str, Any]]:
    """The article's statements as PolNeAR attributions.

    Direct statements are written as their quotations are (grouped by cue and source);
    indirect and mixed ones each as one attribution with their content.
    """
    direct = [s.quote for s in article.statements if s.kind == "direct" and s.quote is not None]
    found = quote_attributions(article, direct)
    for statement in (*article.headline_statements, *article.statements):
        if statement.kind == "direct":
            continue
        cue = statement.cue
        anchor = cue.span if cue is not None else statement.content.span
        source = statement.source or _nearest_subject(statement.speaker, anchor)
        found.append(
            {
                "source": list(source.span) if source is not None else None,
                "cue": list(cue.span) if cue is not None else None,
                "content": [list(statement.content.span)],
            }
        )
    return found


def main() -> int:
    """Write predictions for a split and print the scorer's table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument("--subset", default="direct", choices=["all", "direct", "speech"])
    parser.add_argument("--keep", type=Path, help="also write the predictions to this file")
    args = parser.parse_args()
    folder = CORPORA / "polnear" / args.split / "text"
    if not folder.is_dir() or not SCORER.exists():
        print("PolNeAR or its scorer not found under ../shared: nothing to measure")
        return 0
    lines = []
    for path in sorted(folder.glob("*.txt")):
        article = wirenews.parse_article(path.read_text(encoding="utf-8"))
        attributions = (
            quote_attributions(article)
            if args.subset == "direct"
            else statement_attributions(article)
        )
        lines.append(json.dumps({"id": path.stem, "attributions": attributions}))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        handle.write("\n".join(lines) + "\n")
        predictions = Path(handle.name)
    if args.keep:
        args.keep.write_text(predictions.read_text(encoding="utf-8"), encoding="utf-8")
    command = [
        sys.executable,
        str(SCORER),
        "--data",
        str(CORPORA / "polnear"),
        "--split",
        args.split,
        "--subset",
        args.subset,
        "--pred",
        str(predictions),
        "--name",
        f"wirenews ({args.subset})",
    ]
    what = "quotes" if args.subset == "direct" else "statements"
    print(f"PolNeAR {args.split}, {what} as attributions, subset {args.subset}:")
    result = subprocess.run(command, check=False)
    predictions.unlink()
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
