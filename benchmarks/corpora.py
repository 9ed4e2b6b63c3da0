"""Readers for the shared corpora the benchmarks measure on (they are not in the repository).

The corpora live in ``../shared/corpora`` next to a checkout (override with the
``WIRENEWS_CORPORA`` environment variable); scripts skip cleanly when they are absent.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("WIRENEWS_CORPORA", ROOT.parent / "shared" / "corpora"))
SEED = ROOT / "examples" / "xinhua-2021-01-26-china-belarus.txt"

_DOCUMENT = re.compile(r"<REUTERS\b.*?</REUTERS>", re.S)
_ELEMENT = {
    name: re.compile(rf"<{name}>(.*?)</{name}>", re.S)
    for name in ("DATE", "TITLE", "DATELINE", "BODY")
}


class ReutersStory(NamedTuple):
    """A Reuters-21578 story rebuilt as wire text, with its gold dateline element."""

    newid: str
    text: str
    reference: dt.datetime
    dateline: str | None


def reuters_dir() -> Path | None:
    """The Reuters-21578 folder, or None when the corpora are not here."""
    folder = CORPORA / "reuters21578"
    return folder if any(folder.glob("reut2-*.sgm")) else None


def reuters_stories(folder: Path | None = None) -> Iterator[ReutersStory]:
    """Every story of the Reuters-21578 files: TITLE, a blank line, DATELINE + BODY.

    ``folder`` holds the ``reut2-*.sgm`` files (default: the shared corpora's).
    """
    folder = reuters_dir() if folder is None else folder
    if folder is None:
        return
    for path in sorted(folder.glob("reut2-*.sgm")):
        raw = path.read_text(encoding="latin-1")
        for document in _DOCUMENT.finditer(raw):
            yield _story(document.group(0))


def _story(document: str) -> ReutersStory:
    found = {name: pattern.search(document) for name, pattern in _ELEMENT.items()}
    part = {name: html.unescape(match.group(1)) if match else None for name, match in found.items()}
    newid = re.search(r'NEWID="(\d+)"', document)
    date_text = (part["DATE"] or "").strip()
    day, _, clock = date_text.partition(" ")
    reference = dt.datetime.strptime(f"{day} {clock[:8]}", "%d-%b-%Y %H:%M:%S")
    story = (part["DATELINE"] or "") + (part["BODY"] or "")
    if part["TITLE"]:
        story = part["TITLE"] + "\n\n" + story
    return ReutersStory(newid.group(1) if newid else "?", story, reference, part["DATELINE"])
