"""The exceptions wirenews raises.

Parsing never raises on a ``str``: what the parser cannot make sense of becomes a
:class:`~wirenews.model.ParseWarning` on the result. Exceptions are for callers' mistakes: a
value of the wrong type, or a serialised article that does not describe a valid one. Every
exception derives from :class:`WirenewsError` and from the builtin a caller would catch.
"""

from __future__ import annotations

__all__ = ["InputTypeError", "ModelError", "WirenewsError"]


class WirenewsError(Exception):
    """Root of every exception wirenews raises."""


class InputTypeError(WirenewsError, TypeError):
    """An argument has the wrong type (bytes where text was expected, for instance)."""


class ModelError(WirenewsError, ValueError):
    """Data does not describe a valid model object (a span outside its text, say)."""


def expect_text(value: object, function: str, argument: str = "text") -> str:
    """Return ``value`` if it is a ``str``; otherwise raise :class:`InputTypeError`.

    The message says what to do, so the caller does not have to look it up.

    >>> expect_text(b"BEIJING", "parse_article")
    Traceback (most recent call last):
    ...
    wirenews.errors.InputTypeError: parse_article() takes text as str, not bytes: decode it first...
    """
    if isinstance(value, str):
        return value
    kind = type(value).__name__
    if isinstance(value, (bytes, bytearray, memoryview)):
        hint = 'decode it first, for example data.decode("utf-8")'
    elif value is None:
        hint = "pass the story's text (an empty string gives an empty article)"
    else:
        hint = "pass the story's text as a str"
    message = f"{function}() takes {argument} as str, not {kind}: {hint}"
    raise InputTypeError(message)
