"""wirenews: parse news-wire stories into typed, span-exact records.

>>> import wirenews
>>> article = wirenews.parse_article("BEIJING, Jan. 26 (Xinhua) -- Talks were held. Enditem")
>>> article.dateline.location, article.source, article.end_marker.text
('BEIJING', 'Xinhua', 'Enditem')
"""

from wirenews.__about__ import __version__
from wirenews._article import parse_article, parse_dateline
from wirenews.errors import InputTypeError, ModelError, WirenewsError
from wirenews.model import (
    Article,
    Dateline,
    Field,
    ParseWarning,
    Segment,
    Span,
    TrailerLine,
)

__all__ = [
    "Article",
    "Dateline",
    "Field",
    "InputTypeError",
    "ModelError",
    "ParseWarning",
    "Segment",
    "Span",
    "TrailerLine",
    "WirenewsError",
    "__version__",
    "parse_article",
    "parse_dateline",
]
