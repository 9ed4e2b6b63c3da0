"""Sphinx configuration: the wirenews site, written in Markdown (MyST) with the furo theme.

Build it with ``make docs``; warnings are errors there, broken references included.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wirenews import __version__

sys.path.insert(0, str(Path(__file__).parent / "_ext"))  # the site's own extension

project = "wirenews"
author = "The wirenews maintainers"
copyright = "The wirenews maintainers"  # noqa: A001 (the name Sphinx reads)
version = release = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "agency_table",
]
source_suffix = {".md": "markdown"}
myst_heading_anchors = 3  # links such as quotes.md#known-limits, as GitHub renders them
exclude_patterns = ["_build"]

html_theme = "furo"
html_title = f"wirenews {release}"

# Reference pages list every field, in the order the source gives them, each with its type;
# the signature of an attrs class already names its fields, so they are not listed twice.
autodoc_default_options = {"members": True, "undoc-members": True}
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"

# The standard library's classes are not documented here (no inventory is fetched: builds
# run offline), so references to them are left as plain text.
nitpick_ignore = [
    ("py:class", "datetime.date"),
    ("py:class", "datetime.datetime"),
    ("py:class", "datetime.timedelta"),
]
