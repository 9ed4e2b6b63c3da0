"""The ``agency-table`` directive: a table of the agencies wirenews knows, built with the site.

Each row is an entry of :data:`wirenews.data.agencies.AGENCIES`, with the datelines of the
golden cases that :func:`wirenews.parse_dateline` credits to it when the site is built, so the
page says what the code reads today and cannot drift from it. Write it in a Markdown page as::

    ```{agency-table} ../tests/cases/datelines.json
    ```

The argument is the golden-case file, relative to the page.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

import wirenews
from wirenews.data import agencies

if TYPE_CHECKING:
    from datetime import timedelta

    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

_COLUMNS = (
    ("Agency", 10),
    ("Full name", 20),
    ("Credits read", 20),
    ("Page times", 10),
    ("Datelines read", 40),
)
"""Column headings with their relative widths."""

_NO_CREDIT = "no credit"
"""The first cell of the last row: datelines that credit no agency."""


class AgencyTable(SphinxDirective):
    """One row per agency: names, credits, page time zone, and the golden cases' datelines."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        """Read the golden cases and return the table."""
        relative, path = self.env.relfn2path(self.arguments[0], self.env.docname)
        self.env.note_dependency(relative)
        self.env.note_dependency(agencies.__file__)
        read = _datelines_read(json.loads(Path(path).read_text(encoding="utf-8")))
        rows = [
            [
                [_line(nodes.Text(agency.name))],
                [_line(nodes.Text(agency.full_name))],
                _credits(agency),
                [_line(nodes.Text(_zone(agency.utc_offset)))],
                _datelines(read.get(agency.name, [])),
            ]
            for agency in agencies.AGENCIES
        ]
        rows.append([[_line(nodes.Text(_NO_CREDIT))], [], [], [], _datelines(read.get(None, []))])
        return [_table(rows)]


def _datelines_read(cases: list[dict[str, Any]]) -> dict[str | None, list[str]]:
    """The datelines the parser reads in the cases not known to fail, by agency credited."""
    read: dict[str | None, list[str]] = {}
    for case in cases:
        if "xfail" in case:
            continue
        dateline = wirenews.parse_dateline(case["input"])
        if dateline is not None:
            read.setdefault(dateline.agency, []).append(dateline.text)
    return read


def _credits(agency: agencies.Agency) -> list[nodes.paragraph]:
    """The spellings the agency is credited by, and whether it may go without parentheses."""
    spellings: list[nodes.Node] = []
    for spelling in agency.spellings:
        if spellings:
            spellings.append(nodes.Text(", "))
        spellings.append(nodes.literal(text=spelling))
    cell = [_line(*spellings)]
    if agency.bare_credit:
        cell.append(_line(nodes.Text("also without parentheses")))
    return cell


def _datelines(texts: list[str]) -> list[nodes.paragraph]:
    """One line per dateline, as code."""
    return [_line(nodes.literal(text=text)) for text in texts]


def _line(*inline: nodes.Node) -> nodes.paragraph:
    """A paragraph of inline nodes: one line of a cell."""
    return nodes.paragraph("", "", *inline)


def _zone(offset: timedelta | None) -> str:
    """``UTC+08:00`` for a fixed offset; a dash where the pages' zone is not fixed."""
    if offset is None:
        return "—"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def _table(rows: list[list[list[nodes.paragraph]]]) -> nodes.table:
    """A docutils table with a header row; each cell a list of paragraphs."""
    group = nodes.tgroup(cols=len(_COLUMNS))
    group += [nodes.colspec(colwidth=width) for _, width in _COLUMNS]
    group += nodes.thead("", _row([[_line(nodes.Text(title))] for title, _ in _COLUMNS]))
    group += nodes.tbody("", *(_row(cells) for cells in rows))
    return nodes.table("", group, classes=["agency-table"])


def _row(cells: list[list[nodes.paragraph]]) -> nodes.row:
    """A table row of cells."""
    return nodes.row("", *(nodes.entry("", *cell) for cell in cells))


def setup(app: Sphinx) -> ExtensionMetadata:
    """Register the directive."""
    app.add_directive("agency-table", AgencyTable)
    return {
        "version": wirenews.__version__,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
