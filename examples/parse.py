"""Parse a wire story from a file and print the Article as indented JSON.

Usage: ``python examples/parse.py STORY.txt``
"""

from __future__ import annotations

import sys
from pathlib import Path

import wirenews


def main(argv: list[str]) -> int:
    """Print the parsed article of each file named in ``argv``."""
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for name in argv:
        article = wirenews.parse_article(Path(name).read_text(encoding="utf-8-sig"))
        print(article.to_json(indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
