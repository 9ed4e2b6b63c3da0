"""The ``wirenews`` command: parse wire stories from files, folders or standard input.

``wirenews parse`` prints each article (JSON, JSON Lines, ninjs or a readable summary);
``wirenews quotes`` and ``wirenews statements`` print one row per quotation or reported
statement (an aligned table, CSV, TSV or JSON Lines). Inputs are read as bytes and decoded
(UTF-8 with or without a byte-order mark unless ``--encoding`` says otherwise), so spans in
the output count characters of the decoded text. A batch goes on past an input that cannot
be read or decoded: it is reported on standard error and the exit status is 1. The full
reference is ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import csv
import fnmatch
import functools
import json
import os
import shutil
import signal
import sys
import textwrap
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

import attrs

import wirenews

if TYPE_CHECKING:
    from collections.abc import Generator, Sequence

    from tqdm import tqdm

__all__ = ["build_parser", "main"]

EXIT_OK = 0
"""Every input was read and parsed."""
EXIT_FAILED = 1
"""Some input could not be read, decoded or parsed; the others were written."""
EXIT_USAGE = 2
"""The command line itself is wrong (argparse's status); nothing was read."""
EXIT_INTERRUPTED = 130
"""Stopped by Ctrl-C (128 + SIGINT, as shells report it)."""
EXIT_BROKEN_PIPE = 141
"""Standard output was closed early (``wirenews ... | head``): 128 + SIGPIPE."""

STDIN = "-"
"""The argument that stands for standard input."""
_STDIN_NAME = "<stdin>"
_DEFAULT_GLOB = "*.txt"
_DEFAULT_ENCODING = "utf-8-sig"
_FALLBACK_WIDTH = 100
"""Width of summaries and tables when neither ``--width``, ``COLUMNS`` nor a terminal says."""
_GAP = "  "
_ELLIPSIS = "…"

_ARTICLE_FORMATS = ("json", "jsonl", "ninjs", "text")
_ROW_FORMATS = ("table", "csv", "tsv", "jsonl")
_COLUMNS = {
    "quotes": ("file", "start", "end", "speaker", "cue", "text"),
    "statements": ("file", "start", "end", "kind", "speaker", "cue", "text"),
}
"""Fields of a row in CSV, TSV and JSON Lines; ``start`` and ``end`` are the text's span."""

_EPILOG = """\
exit status:
  0    every input was parsed
  1    some input could not be read, decoded or parsed (reported on standard error;
       the others were written)
  2    usage error: nothing was read
  130  interrupted; 141 standard output closed early

Run 'wirenews COMMAND --help' for a command's options. Reference: docs/cli.md.
"""


class _InputError(Exception):
    """An input that cannot be read or decoded; the message says why."""


@attrs.frozen(kw_only=True)
class _Input:
    """One story to read: a file, or the bytes read from standard input."""

    name: str
    """As shown in rows and messages: the path as given or found, or ``<stdin>``."""
    path: str | None = None
    data: bytes | None = None
    problem: str | None = None
    """Why it cannot be read, when that is known before reading (a folder not listable)."""


@attrs.frozen(kw_only=True)
class _Settings:
    """What to do with each input: the same for every one, so it goes to worker processes."""

    command: str
    format: str
    encoding: str
    width: int
    """Display columns of summaries and tables; 0 for no truncation."""
    indent: int | None = None


@attrs.frozen(kw_only=True)
class _Row:
    """One quotation or statement of one input, as ``quotes`` and ``statements`` print it."""

    file: str
    start: int
    end: int
    kind: str | None
    speaker: str | None
    cue: str | None
    text: str


@attrs.frozen(kw_only=True)
class _Result:
    """What became of one input: its rendered article, its rows, or why it failed."""

    name: str
    output: str = ""
    rows: tuple[_Row, ...] = ()
    error: str | None = None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Usage errors exit through argparse with status 2; see :data:`EXIT_FAILED` and the other
    ``EXIT_`` constants for the rest.
    """
    parser = build_parser()
    arguments = parser.parse_args(argv)
    try:
        return _execute(arguments, parser)
    except KeyboardInterrupt:
        print("wirenews: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Whoever read the output has gone (`| head`): stop quietly, and keep the
        # interpreter's final flush from complaining about the closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``wirenews`` and its commands."""
    parser = argparse.ArgumentParser(
        prog="wirenews",
        description="Parse news-wire stories: articles, quotations and reported statements.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {wirenews.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    inputs = argparse.ArgumentParser(add_help=False)
    inputs.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a story file, a folder of them (read recursively), or - for standard input",
    )
    inputs.add_argument(
        "--glob",
        default=_DEFAULT_GLOB,
        metavar="PATTERN",
        help="in folders, read the files whose name matches PATTERN (default: %(default)s); "
        "files named on the command line are always read",
    )
    inputs.add_argument(
        "--encoding",
        default=_DEFAULT_ENCODING,
        type=_encoding,
        metavar="NAME",
        help="decode inputs with this codec (default: %(default)s, which is UTF-8 with or "
        "without a byte-order mark); spans count characters of the decoded text",
    )
    inputs.add_argument(
        "-j",
        "--jobs",
        default=1,
        type=_jobs,
        metavar="N",
        help="parse in N processes, 0 for one per CPU (default: 1); output keeps input order",
    )
    inputs.add_argument(
        "--width",
        type=_width,
        metavar="COLUMNS",
        help="cut text and table lines to COLUMNS characters, 0 for no cut (default: "
        f"$COLUMNS, else the terminal's width, else {_FALLBACK_WIDTH})",
    )
    inputs.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="no progress bar (one is shown on a terminal's standard error for several "
        "inputs when tqdm is installed)",
    )
    parse = commands.add_parser(
        "parse",
        parents=[inputs],
        help="print each parsed article",
        description=textwrap.fill(
            "Print each parsed article: as indented JSON for one input and as JSON Lines "
            "(one article a line, in input order) for several, unless --format says."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse.add_argument(
        "-f",
        "--format",
        choices=_ARTICLE_FORMATS,
        help="json: Article.to_dict() indented; jsonl: one article a line; ninjs: "
        "Article.to_ninjs() (indented for one input, one a line for several); text: a "
        "summary with headline, agency, dateline and who said what",
    )
    for name, what in (("quotes", "direct quotation"), ("statements", "reported statement")):
        command = commands.add_parser(
            name,
            parents=[inputs],
            help=f"print one row per {what}: file, speaker, cue, text",
            description=textwrap.fill(
                f"Print one row per {what} of each input: file, span, "
                + ("kind, " if name == "statements" else "")
                + "speaker, cue and text."
            ),
            epilog=_EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.add_argument(
            "-f",
            "--format",
            choices=_ROW_FORMATS,
            default="table",
            help="table: aligned columns cut to the width (default); csv and tsv: with a "
            "header line; jsonl: one object a line",
        )
    return parser


def _encoding(name: str) -> str:
    """Check ``--encoding``: a codec Python knows."""
    try:
        codecs.lookup(name)
    except LookupError:
        msg = f"unknown encoding: {name}"
        raise argparse.ArgumentTypeError(msg) from None
    return name


def _count(text: str, what: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        msg = f"{what} must be a whole number >= 0, not {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _jobs(text: str) -> int:
    """Check ``--jobs``: a count of processes, 0 for one per CPU."""
    return _count(text, "jobs") or os.cpu_count() or 1


def _width(text: str) -> int:
    """Check ``--width``: display columns, 0 for no cut."""
    return _count(text, "width")


def _execute(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Read, parse and write every input; report failures; return the exit status."""
    if arguments.inputs.count(STDIN) > 1:
        parser.error("standard input (-) can be read only once")
    inputs = _gather(arguments.inputs, arguments.glob)
    several = len(inputs) > 1
    fmt = arguments.format or ("jsonl" if several else "json")
    settings = _Settings(
        command=arguments.command,
        format=fmt,
        encoding=arguments.encoding,
        width=_display_width() if arguments.width is None else arguments.width,
        indent=2 if fmt == "json" or (fmt == "ninjs" and not several) else None,
    )
    writer = (
        _ArticleWriter(sys.stdout, settings, several=several)
        if settings.command == "parse"
        else None
    )
    rows = _RowWriter(sys.stdout, settings) if writer is None else None
    status = _Status(len(inputs), bar=arguments.progress and several and sys.stderr.isatty())
    with contextlib.closing(_results(inputs, settings, arguments.jobs)) as results:
        for result in results:
            if result.error is not None:
                status.fail(result.name, result.error)
            elif writer is not None:
                writer.add(result)
            elif rows is not None:
                rows.add(result)
            status.advance()
    status.close()
    if rows is not None:
        rows.close()
    sys.stdout.flush()
    if status.failed:
        print(f"wirenews: {status.failed} of {len(inputs)} inputs failed", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _gather(arguments: Sequence[str], pattern: str) -> list[_Input]:
    """The inputs the arguments name, folders walked, in the order given."""
    inputs: list[_Input] = []
    for argument in arguments:
        if argument == STDIN:
            inputs.append(_Input(name=_STDIN_NAME, data=sys.stdin.buffer.read()))
        elif os.path.isdir(argument):
            found = _walk(argument, pattern)
            if not found:
                print(f"wirenews: {argument}: no files match {pattern!r}", file=sys.stderr)
            inputs.extend(found)
        else:
            inputs.append(_Input(name=argument, path=argument))
    return inputs


def _walk(folder: str, pattern: str) -> list[_Input]:
    """Files under ``folder`` whose name matches ``pattern``, hidden ones left out, sorted."""
    found: list[_Input] = []

    def unlisted(error: OSError) -> None:
        name = str(error.filename)
        found.append(_Input(name=name, problem=f"cannot list folder: {error.strerror}"))

    for top, folders, files in os.walk(folder, onerror=unlisted):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in files:
            if not name.startswith(".") and fnmatch.fnmatch(name, pattern):
                path = os.path.join(top, name)
                found.append(_Input(name=path, path=path))
    return sorted(found, key=lambda item: Path(item.name).parts)


def _results(
    inputs: Sequence[_Input], settings: _Settings, jobs: int
) -> Generator[_Result, None, None]:
    """Each input's result, in input order, from this process or from ``jobs`` workers."""
    work = functools.partial(_process, settings)
    if jobs < 2 or len(inputs) < 2:
        yield from map(work, inputs)
        return
    workers = min(jobs, len(inputs))
    chunk = max(1, min(64, len(inputs) // (workers * 16)))
    executor = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)
    try:
        yield from executor.map(work, inputs, chunksize=chunk)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts() -> None:
    """Leave Ctrl-C to the main process, which stops the workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _process(settings: _Settings, source: _Input) -> _Result:
    """Read, decode and parse one input, and render it as the command asks."""
    try:
        text = _read(source, settings.encoding)
    except _InputError as error:
        return _Result(name=source.name, error=str(error))
    try:
        article = wirenews.parse_article(text)
        if settings.command == "parse":
            return _Result(name=source.name, output=_render(article, settings))
        return _Result(name=source.name, rows=_rows(article, source.name, settings.command))
    except Exception as error:  # a batch goes on past any one story, and says which
        return _Result(name=source.name, error=f"cannot parse: {type(error).__name__}: {error}")


def _read(source: _Input, encoding: str) -> str:
    """The input's text; :class:`_InputError` says why when it cannot be read or decoded."""
    if source.problem is not None:
        raise _InputError(source.problem)
    data = source.data
    if data is None:
        try:
            data = Path(str(source.path)).read_bytes()
        except OSError as error:
            raise _InputError(error.strerror or str(error)) from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise _InputError(_decoding_problem(error, data, encoding)) from None


def _decoding_problem(error: UnicodeDecodeError, data: bytes, encoding: str) -> str:
    """Say where decoding failed, as a byte offset into the input as read.

    Some codecs (``utf-8-sig``) report offsets into the data after the byte-order mark;
    ``error.object`` is then a tail of ``data``, and the offset is shifted back.

    >>> data = b"\\xef\\xbb\\xbfab\\xff"
    >>> try:
    ...     data.decode("utf-8-sig")
    ... except UnicodeDecodeError as error:
    ...     print(_decoding_problem(error, data, "utf-8-sig"))
    cannot decode as utf-8-sig at byte 5 (0xff): invalid start byte
    """
    decoded = error.object
    shift = len(data) - len(decoded) if data.endswith(decoded) else 0
    offset = error.start + shift
    bad = " ".join(f"0x{byte:02x}" for byte in decoded[error.start : error.end][:4])
    return f"cannot decode as {encoding} at byte {offset} ({bad}): {error.reason}"


def _render(article: wirenews.Article, settings: _Settings) -> str:
    """The article in the ``parse`` command's format."""
    if settings.format == "text":
        return _summary(article, settings.width)
    if settings.format == "ninjs":
        return json.dumps(article.to_ninjs(), ensure_ascii=False, indent=settings.indent)
    return article.to_json(indent=settings.indent)


def _summary(article: wirenews.Article, width: int) -> str:
    """A readable summary: headline, agency, publication time, dateline, who said what."""
    published = article.published
    lines = [
        article.headline.joined if article.headline is not None else "(no headline)",
        f"agency     {article.source or '-'}",
        f"published  {published.isoformat() if published is not None else '-'}",
        f"dateline   {_dateline(article.dateline)}",
        "",
    ]
    said = [
        (_speaker(statement.speaker), _cue(statement.cue), _said(statement))
        for statement in article.statements
    ]
    if said:
        lines += _table(("SPEAKER", "CUE", "SAID"), said, width, caps=(24, 16))
    else:
        lines.append("(no statements)")
    return "\n".join(lines)


def _dateline(dateline: wirenews.Dateline | None) -> str:
    """Location and date (ISO), or the dateline as written when it has no full date."""
    if dateline is None:
        return "-"
    if dateline.date is None:
        return dateline.text
    return ", ".join(part for part in (dateline.location, dateline.date.isoformat()) if part)


def _speaker(speaker: wirenews.Speaker | None) -> str:
    return speaker.name if speaker is not None else "?"


def _cue(cue: wirenews.Cue | None) -> str:
    return " ".join(cue.text.split()) if cue is not None else "-"


def _said(statement: wirenews.Statement) -> str:
    """A statement's content on one line, a direct one between quote marks."""
    text = statement.content.joined
    return f'"{text}"' if statement.kind == "direct" else text


def _rows(article: wirenews.Article, name: str, command: str) -> tuple[_Row, ...]:
    """The quotations or statements of an article, as rows."""
    if command == "quotes":
        return tuple(
            _Row(
                file=name,
                start=quote.text_span.start,
                end=quote.text_span.end,
                kind=None,
                speaker=quote.speaker.name if quote.speaker is not None else None,
                cue=quote.cue.text if quote.cue is not None else None,
                text=quote.text,
            )
            for quote in article.quotes
        )
    return tuple(
        _Row(
            file=name,
            start=statement.content.span.start,
            end=statement.content.span.end,
            kind=statement.kind,
            speaker=statement.speaker.name if statement.speaker is not None else None,
            cue=statement.cue.text if statement.cue is not None else None,
            text=statement.content.text,
        )
        for statement in article.statements
    )


class _ArticleWriter:
    """Writes ``parse`` results as they come: JSON documents, lines, or summaries."""

    def __init__(self, stream: TextIO, settings: _Settings, *, several: bool) -> None:
        self._stream = stream
        self._headings = several and settings.format == "text"
        self._written = 0

    def add(self, result: _Result) -> None:
        """Write one article; summaries of several inputs get a ``==> name <==`` heading."""
        if self._headings:
            if self._written:
                self._stream.write("\n")
            self._stream.write(f"==> {result.name} <==\n")
        self._stream.write(result.output + "\n")
        self._written += 1


class _RowWriter:
    """Writes ``quotes`` and ``statements`` rows: CSV, TSV and lines as they come, tables last.

    CSV keeps the text exactly as in the input (line breaks within quotes); TSV, which has
    no quoting, puts each field on one line; a table puts it on one line and cuts it.
    """

    def __init__(self, stream: TextIO, settings: _Settings) -> None:
        self._stream = stream
        self._format = settings.format
        self._columns = _COLUMNS[settings.command]
        self._width = settings.width
        self._statements = settings.command == "statements"
        self._table: list[tuple[str, str, str, str]] = []
        self._csv = csv.writer(stream, lineterminator="\n")
        if self._format == "csv":
            self._csv.writerow(self._columns)
        elif self._format == "tsv":
            stream.write("\t".join(self._columns) + "\n")

    def add(self, result: _Result) -> None:
        """Write (or, for a table, keep) one input's rows."""
        for row in result.rows:
            fields = attrs.asdict(row)
            values = [fields[column] for column in self._columns]
            if self._format == "csv":
                self._csv.writerow("" if value is None else value for value in values)
            elif self._format == "tsv":
                cells = ("" if value is None else " ".join(str(value).split()) for value in values)
                self._stream.write("\t".join(cells) + "\n")
            elif self._format == "jsonl":
                line = json.dumps(dict(zip(self._columns, values, strict=True)), ensure_ascii=False)
                self._stream.write(line + "\n")
            else:
                text = " ".join(row.text.split())
                if self._statements and row.kind == "direct":
                    text = f'"{text}"'
                cue = " ".join(row.cue.split()) if row.cue is not None else "-"
                self._table.append((row.file, row.speaker or "?", cue, text))

    def close(self) -> None:
        """Write the table, now that every row is known."""
        if self._format == "table":
            header = ("FILE", "SPEAKER", "CUE", "STATEMENT" if self._statements else "QUOTE")
            for line in _table(header, self._table, self._width, caps=(40, 24, 16), left=(0,)):
                self._stream.write(line + "\n")


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    caps: Sequence[int],
    left: Sequence[int] = (),
) -> list[str]:
    """Lines of an aligned table whose last column takes what ``width`` leaves.

    Every column but the last is as wide as its widest cell, at most its cap; the cells of
    columns in ``left`` are cut at the start (file paths), the others at the end. A width of
    0 cuts nothing.

    >>> for line in _table(("A", "B"), [("x", "a long text"), ("yyyy", "b")], 15, caps=(3,)):
    ...     print(line)
    A    B
    x    a long te…
    yy…  b
    """
    columns = len(header)
    lines = [tuple(header), *(tuple(row) for row in rows)]
    widths = [max(_columns(line[index]) for line in lines) for index in range(columns - 1)]
    if width:
        widths = [min(natural, cap) for natural, cap in zip(widths, caps, strict=True)]
        used = sum(widths) + len(_GAP) * (columns - 1)
        widths.append(max(width - used, 10))
    else:
        widths.append(max(_columns(line[-1]) for line in lines))
    out = []
    for line in lines:
        cells = [
            _pad(_fit(cell, size, left=index in left) if width else cell, size)
            for index, (cell, size) in enumerate(zip(line, widths, strict=True))
        ]
        out.append(_GAP.join(cells).rstrip())
    return out


def _char_columns(char: str) -> int:
    """Terminal columns a character takes: 2 for wide East Asian ones, 0 for combining."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _columns(text: str) -> int:
    """Terminal columns a text takes on one line.

    >>> _columns("Xi"), _columns("习近平")
    (2, 6)
    """
    return sum(_char_columns(char) for char in text)


def _fit(text: str, width: int, *, left: bool = False) -> str:
    """``text`` cut to ``width`` columns, an ellipsis where it was cut (at the start if ``left``).

    >>> _fit("Lukashenko", 6), _fit("news/2021/a.txt", 7, left=True)
    ('Lukas…', '…/a.txt')
    """
    if _columns(text) <= width:
        return text
    kept: list[str] = []
    used = len(_ELLIPSIS)
    for char in reversed(text) if left else text:
        used += _char_columns(char)
        if used > width:
            break
        kept.append(char)
    if left:
        return _ELLIPSIS + "".join(reversed(kept))
    return "".join(kept) + _ELLIPSIS


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _columns(text))


def _display_width() -> int:
    """``$COLUMNS``, else the terminal's width, else a fixed width (output to a file)."""
    return shutil.get_terminal_size(fallback=(_FALLBACK_WIDTH, 24)).columns


class _Status:
    """Failures and progress on standard error; the bar only when asked and tqdm is there."""

    def __init__(self, total: int, *, bar: bool) -> None:
        self.failed = 0
        self._bar = _progress_bar(total) if bar else None

    def fail(self, name: str, message: str) -> None:
        """Report one input that failed, above the bar if there is one."""
        self.failed += 1
        line = f"wirenews: {name}: {message}"
        if self._bar is not None:
            self._bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def advance(self) -> None:
        """Count one input done."""
        if self._bar is not None:
            self._bar.update()

    def close(self) -> None:
        """Take the bar down."""
        if self._bar is not None:
            self._bar.close()


def _progress_bar(total: int) -> tqdm[NoReturn] | None:
    """A tqdm bar on standard error, or None when tqdm (the ``cli`` extra) is not installed."""
    try:
        from tqdm import tqdm  # noqa: PLC0415 (optional, and only for batches on a terminal)
    except ImportError:
        return None
    return tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True)
