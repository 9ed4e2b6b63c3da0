"""Quotation marks of English-language and European wire copy.

Straight and curly double quotes, German low-high quotes (``„...“``) and guillemets
(``«...»``, and the reversed ``»...«`` of German and Danish copy) open and close direct
speech; single quotes (straight, curly, low ``‚``, single guillemets) nest inside them, or
stand alone in copy that uses them as its only quote marks. Which way a mark faces is read
from the characters around it; the glyph only breaks ties.
"""

from __future__ import annotations

__all__ = ["CLOSING_GLYPHS", "DOUBLE_MARKS", "OPENING_GLYPHS", "SINGLE_MARKS"]

DOUBLE_MARKS = '"“”„‟«»'
"""Marks that delimit a quotation."""

SINGLE_MARKS = "'‘’‚‛‹›"
"""Marks that delimit a quotation inside another, or in copy that uses no double marks."""

OPENING_GLYPHS = "“„‟«‘‚‛‹"
"""Glyphs drawn to open a quotation (“ also closes one that „ opened)."""

CLOSING_GLYPHS = "”»’›"
"""Glyphs drawn to close a quotation."""
