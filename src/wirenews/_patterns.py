"""Helpers for composing the verbose regular expressions of the parsing stages."""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING, Any, Final

import regex

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

__all__ = ["alternation", "expand", "groups_getter"]

_PLACEHOLDER: Final = regex.compile(r"\{([a-z_]+)\}")


def expand(pattern: str, fragments: Mapping[str, str]) -> str:
    """Put each named fragment in place of its ``{name}``; other braces are left alone.

    Quantifiers (``{1,3}``) and property names (``\\p{Lu}``) are untouched, since only
    lower-case names found in ``fragments`` are replaced.

    >>> expand(r"{sep}\\p{Lu}{2}", {"sep": "--"})
    '--\\\\p{Lu}{2}'
    """
    return _PLACEHOLDER.sub(lambda match: fragments.get(match[1], match[0]), pattern)


def alternation(words: Iterable[str]) -> str:
    """An alternation of literal ``words``, longest first, any run of spaces matching.

    >>> alternation(["AP", "Associated Press"])
    'Associated[ \\\\t]+Press|AP'
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(r"[ \t]+".join(map(regex.escape, word.split())) for word in ordered)


def groups_getter(pattern: regex.Pattern[str], *names: str) -> Callable[[Any], tuple[Any, ...]]:
    """A function from ``match.groups()`` to the named groups' values, in ``names`` order.

    Looking groups up by name costs several times more than by index in ``regex``, and the
    parsers read groups on every line; this does the name lookup once, at import.

    >>> pattern = regex.compile(r"(?P<day>\\d+) (?P<month>\\w+)")
    >>> groups_getter(pattern, "month", "day")(pattern.match("26 Jan").groups())
    ('Jan', '26')
    """
    getter = itemgetter(*(pattern.groupindex[name] - 1 for name in names))
    if len(names) == 1:
        return lambda groups: (getter(groups),)
    return getter
