"""wirenews: parse news-wire stories into typed, span-exact records.

>>> import wirenews
>>> article = wirenews.parse_article("BEIJING, Jan. 26 (Xinhua) -- Talks were held. Enditem")
>>> article.dateline.location, article.source, article.end_marker.text
('BEIJING', 'Xinhua', 'Enditem')
"""

from wirenews.__about__ import __version__
from wirenews._article import find_quotes, find_statements, parse_article, parse_dateline
from wirenews.errors import InputTypeError, ModelError, WirenewsError
from wirenews.model import (
    Article,
    Cue,
    Dateline,
    Field,
    Mention,
    ParseWarning,
    Quote,
    Segment,
    Span,
    Speaker,
    Statement,
    TrailerLine,
)

__all__ = [
    "Article",
    "Cue",
    "Dateline",
    "Field",
    "InputTypeError",
    "Mention",
    "ModelError",
    "ParseWarning",
    "Quote",
    "Segment",
    "Span",
    "Speaker",
    "Statement",
    "TrailerLine",
    "WirenewsError",
    "__version__",
    "find_quotes",
    "find_statements",
    "parse_article",
    "parse_dateline",
]
