"""Helpers for composing the verbose regular expressions of the parsing stages."""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING, Any, Final

import regex

if TYPE_CHECKING:
    import re
    from collections.abc import Callable, Iterable, Mapping

__all__ = ["alternation", "expand", "groups_getter", "scan"]

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


def scan(  # noqa: PLR0913, PLR0917 (the pattern's bounds, and what spares trying it)
    pattern: regex.Pattern[str] | re.Pattern[str],
    text: str,
    firsts: str,
    start: int,
    end: int,
    may_match: Callable[[str, int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """The spans of ``pattern.finditer(text, start, end)``, found from their first characters.

    Every match of ``pattern`` must begin with one of the characters ``firsts`` (and so be
    one character long at least). Each is looked for with ``str.find``, which skips through
    text far faster than a regular expression engine tests one character after another, and
    ``pattern`` is tried only where one stands. ``start`` and ``end`` must lie in the text.

    ``may_match(text, at, end)``, if given, is a cheaper test that must hold wherever a match
    begins at ``at``: where it does not, ``pattern`` is not tried (a call of a regular
    expression costs several times a look at a character or two).

    >>> ends = regex.compile(r"[.!?]+(?=\\s)")
    >>> scan(ends, "Yes. No?! Maybe.", ".!?", 0, 16)
    [(3, 4), (7, 9)]

    Spans rather than match objects: a paragraph of a megabyte can hold a hundred thousand
    matches, and a list of match objects is that many objects for the garbage collector to
    walk, where a span of two numbers is untracked at its first collection.
    """
    found: list[tuple[int, int]] = []
    if len(firsts) == 1:  # the common case, made simple
        at = text.find(firsts, start, end)
        while at >= 0:
            match = (
                pattern.match(text, at, end)
                if may_match is None or may_match(text, at, end)
                else None
            )
            if match is not None:
                match_end = match.end()
                found.append((at, match_end))
                at = match_end - 1 if match_end > at else at
            at = text.find(firsts, at + 1, end)
        return found
    chars: list[str] = []  # the characters of ``firsts`` still ahead
    ahead: list[int] = []  # where the next of each stands
    for first in firsts:
        at = text.find(first, start, end)
        if at >= 0:
            chars.append(first)
            ahead.append(at)
    position = start
    while ahead:
        candidate = ahead[0]
        # A loop: min(ahead) is a generic call in the compiled build, and min(candidate, at)
        # a call per mark in pure Python.
        for at in ahead:
            if at < candidate:  # noqa: PLR1730
                candidate = at
        match = (
            pattern.match(text, candidate, end)
            if may_match is None or may_match(text, candidate, end)
            else None
        )
        if match is None:
            position = candidate + 1
        else:
            match_end = match.end()
            found.append((candidate, match_end))
            position = match_end if match_end > candidate else candidate + 1
        index = len(ahead) - 1
        while index >= 0:
            if ahead[index] < position:
                at = text.find(chars[index], position, end)
                if at < 0:
                    del chars[index], ahead[index]
                else:
                    ahead[index] = at
            index -= 1
    return found
