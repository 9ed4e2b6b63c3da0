"""The ``wirenews`` command, driven as a user drives it.

Most tests run ``python -m wirenews`` in a subprocess, as a shell would; the rest call
``main(argv)`` in this process, where a subprocess would only add start-up time. Widths are
fixed through ``$COLUMNS`` so that tables come out the same everywhere.
"""

from __future__ import annotations

import csv
import doctest
import io
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pytest

import wirenews
from wirenews import cli

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = "examples/xinhua-2021-01-26-china-belarus.txt"
"""The founding article, as a user in the repository's root names it."""
SENATE = 'Senate vote\n\nWASHINGTON, March 3 (UPI) -- "We will act," Senator Jane Doe said.\n'
MADRID = (
    "MADRID, March 3 (EFE) -- Foreign Minister Ana Peña said the talks had ended, adding "
    'that "nothing" was agreed.\n'
)
WIDTH = 100
"""``$COLUMNS`` for every run: the width of summaries and tables."""


class Outcome(NamedTuple):
    """What a run of the command left: exit status, standard output, standard error."""

    status: int
    out: str
    err: str


def run(*arguments: str, stdin: bytes = b"", cwd: Path = ROOT) -> Outcome:
    """Run ``python -m wirenews ARGUMENTS`` as a shell would, output going to pipes."""
    env = dict(os.environ, COLUMNS=str(WIDTH), PYTHONIOENCODING="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "wirenews", *arguments],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        check=False,
        timeout=120,
    )
    return Outcome(
        completed.returncode, completed.stdout.decode("utf-8"), completed.stderr.decode("utf-8")
    )


@pytest.fixture
def call(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Outcome]:
    """Run ``main(argv)`` in this process, from the repository's root, with ``stdin`` bytes."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", str(WIDTH))

    def invoke(*arguments: str, stdin: bytes = b"") -> Outcome:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        try:
            status = cli.main(list(arguments))
        except SystemExit as stop:  # argparse: --help, --version, usage errors
            status = stop.code if isinstance(stop.code, int) else 1
        captured = capsys.readouterr()
        return Outcome(status, captured.out, captured.err)

    return invoke


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    """A folder of stories: two at the top, one in a subfolder, and files to leave alone."""
    (tmp_path / "b-senate.txt").write_text(SENATE, encoding="utf-8")
    (tmp_path / "a-madrid.txt").write_text(MADRID, encoding="utf-8")
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "xinhua.txt").write_bytes((ROOT / EXAMPLE).read_bytes())
    (tmp_path / "notes.md").write_text("not a story", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.txt").write_text("hidden", encoding="utf-8")
    return tmp_path


def parsed(path: Path | str) -> wirenews.Article:
    """The article of a file, parsed in this process."""
    return wirenews.parse_article((ROOT / path).read_text(encoding="utf-8-sig"))


def lines_of(output: str) -> list[dict[str, object]]:
    """JSON Lines, each line one object."""
    return [json.loads(line) for line in output.splitlines()]


# --- through a subprocess, as a shell runs it ---------------------------------------------


def test_one_file_prints_indented_json() -> None:
    """One input gives its article as indented JSON, and exit status 0."""
    outcome = run("parse", EXAMPLE)
    assert outcome == Outcome(0, parsed(EXAMPLE).to_json(indent=2) + "\n", "")


def test_several_files_print_json_lines_in_input_order(stories: Path) -> None:
    """Several inputs give JSON Lines, one article a line, in the order they were named."""
    names = [stories / "b-senate.txt", stories / "wire" / "xinhua.txt", stories / "a-madrid.txt"]
    outcome = run("parse", *map(str, names))
    assert outcome.status == 0
    assert outcome.err == ""
    assert lines_of(outcome.out) == [parsed(name).to_dict() for name in names]


def test_folders_are_walked_recursively_in_sorted_order(stories: Path) -> None:
    """A folder gives its *.txt files, subfolders included, sorted; hidden ones left out."""
    outcome = run("parse", "--format", "text", str(stories))
    headings = re.findall(r"^==> (.*) <==$", outcome.out, flags=re.M)
    assert headings == [str(stories / name) for name in ("a-madrid.txt", "b-senate.txt")] + [
        str(stories / "wire" / "xinhua.txt")
    ]
    assert (outcome.status, outcome.err) == (0, "")


def test_standard_input_is_decoded_without_its_byte_order_mark() -> None:
    """``-`` reads bytes from standard input; a UTF-8 BOM is dropped and spans skip it."""
    data = "\ufeff".encode() + MADRID.encode("utf-8")
    outcome = run("parse", "-", stdin=data)
    assert outcome.status == 0
    article = json.loads(outcome.out)
    assert article == wirenews.parse_article(MADRID).to_dict()
    start, end = article["dateline"]["span"]
    assert MADRID[start:end] == "MADRID, March 3 (EFE) --"


def test_a_bad_file_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    """Invalid UTF-8 is reported with its path and byte offset; the others are written."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"PARIS, 3 mars (AFP) - Le ministre a d\xe9clar\xe9 ...")
    outcome = run("quotes", "--format", "csv", EXAMPLE, str(bad), str(tmp_path / "missing.txt"))
    assert outcome.status == 1
    rows = list(csv.DictReader(io.StringIO(outcome.out)))
    assert [(row["file"], row["speaker"], row["cue"]) for row in rows] == [
        (EXAMPLE, "Xi Jinping", "said")
    ]
    assert outcome.err.splitlines() == [
        f"wirenews: {bad}: cannot decode as utf-8-sig at byte 37 (0xe9): invalid continuation byte",
        f"wirenews: {tmp_path / 'missing.txt'}: No such file or directory",
        "wirenews: 2 of 3 inputs failed",
    ]


def test_jobs_give_the_same_output_as_one_process(stories: Path) -> None:
    """``--jobs 2`` parses in worker processes and writes the same output, in input order."""
    for index in range(6):
        (stories / f"c-{index}.txt").write_text(SENATE.replace("Jane", f"Jane{index}"))
    (stories / "d-broken.txt").write_bytes(b"\xff")
    one = run("statements", "--format", "jsonl", "--jobs", "1", str(stories))
    two = run("statements", "--format", "jsonl", "--jobs", "2", str(stories))
    assert two == one
    assert one.status == 1
    assert len(lines_of(one.out)) == 16 + 2 + 6 + 1


def test_usage_errors_exit_with_status_2() -> None:
    """A command line argparse refuses exits 2, with the usage on standard error."""
    outcome = run("parse", "--format", "yaml", EXAMPLE)
    assert (outcome.status, outcome.out) == (2, "")
    assert "invalid choice: 'yaml'" in outcome.err
    assert outcome.err.startswith("usage: wirenews parse")


def test_help_lists_the_commands_and_exit_statuses() -> None:
    """``--help`` prints the commands and what each exit status means, and exits 0."""
    outcome = run("--help")
    assert outcome.status == 0
    for word in ("parse", "quotes", "statements", "exit status", "usage error"):
        assert word in outcome.out


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    """When the reader of the output goes away (``| head``), the run stops with 141."""
    for index in range(20):
        (tmp_path / f"{index:03}.txt").write_bytes((ROOT / EXAMPLE).read_bytes())
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "wirenews", "parse", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        error = process.stderr.read()
        status = process.wait(timeout=120)
    assert json.loads(first)["source"] == "Xinhua"
    assert (status, error) == (cli.EXIT_BROKEN_PIPE, b"")


def console_examples(markdown: str) -> Iterator[tuple[str, str]]:
    """Each ``$ command`` of the console blocks of a Markdown text, with the output shown."""
    for block in re.findall(r"^```console\n(.*?)^```", markdown, flags=re.M | re.S):
        for example in re.split(r"^(?=\$ )", block, flags=re.M):
            if example.startswith("$ "):
                command, _, output = example[2:].partition("\n")
                yield command, output


def matches(shown: str, actual: str) -> bool:
    """Whether output matches what a document shows, where ``...`` stands for any text."""
    return doctest.OutputChecker().check_output(shown, actual, doctest.ELLIPSIS)


def test_the_readme_example_prints_what_the_readme_shows() -> None:
    """The README's command line example, run as written, prints the output it shows."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.partition("## Command line")[2].partition("\n## ")[0]
    examples = list(console_examples(section))
    assert examples, "the README's command line section shows no command"
    for command, shown in examples:
        program, *arguments = shlex.split(command)
        assert program == "wirenews"
        outcome = run(*arguments)
        assert matches(shown, outcome.out + outcome.err), outcome


# --- in this process ------------------------------------------------------------------------


def test_a_missing_file_alone_fails_with_status_1(call: Callable[..., Outcome]) -> None:
    """A file that is not there is reported, nothing is written, and the status is 1."""
    outcome = call("parse", "no-such-story.txt")
    assert outcome == Outcome(
        1,
        "",
        "wirenews: no-such-story.txt: No such file or directory\nwirenews: 1 of 1 inputs failed\n",
    )


def docs_examples() -> list[tuple[str, str]]:
    """The examples of ``docs/cli.md``."""
    return list(console_examples((ROOT / "docs" / "cli.md").read_text(encoding="utf-8")))


@pytest.mark.parametrize(("command", "shown"), docs_examples())
def test_docs_examples_print_what_the_docs_show(
    call: Callable[..., Outcome], command: str, shown: str
) -> None:
    """Each example of docs/cli.md prints what the page shows (``< FILE`` feeds stdin)."""
    program, *arguments = shlex.split(command)
    assert program == "wirenews"
    stdin = b""
    if "<" in arguments:
        at = arguments.index("<")
        stdin = (ROOT / arguments[at + 1]).read_bytes()
        del arguments[at : at + 2]
    outcome = call(*arguments, stdin=stdin)
    assert matches(shown, outcome.out + outcome.err), outcome


def test_json_format_writes_indented_documents_even_for_several(
    call: Callable[..., Outcome], stories: Path
) -> None:
    """``--format json`` writes one indented document per input, one after another."""
    names = [stories / "a-madrid.txt", stories / "b-senate.txt"]
    outcome = call("parse", "--format", "json", *map(str, names))
    expected = "".join(parsed(name).to_json(indent=2) + "\n" for name in names)
    assert outcome == Outcome(0, expected, "")


def test_jsonl_format_writes_one_line_even_for_one(call: Callable[..., Outcome]) -> None:
    """``--format jsonl`` writes a single article on one line."""
    outcome = call("parse", "--format", "jsonl", EXAMPLE)
    assert outcome == Outcome(0, parsed(EXAMPLE).to_json() + "\n", "")


def test_text_format_summarises_who_said_what(call: Callable[..., Outcome]) -> None:
    """The summary gives headline, agency, dateline, and one row per statement, cut to width."""
    outcome = call("parse", "--format", "text", "--width", "60", EXAMPLE)
    lines = outcome.out.splitlines()
    assert lines[:5] == [
        "Xi calls for high-quality development of China-Belarus Belt and Road cooperation",
        "agency     Xinhua",
        "published  2021-01-27T01:27:25+08:00",
        "dateline   BEIJING, 2021-01-26",
        "",
    ]
    assert lines[5].split() == ["SPEAKER", "CUE", "SAID"]
    assert len(lines) == 6 + 16
    assert lines[6] == "Xi Jinping            called on    China and Belarus to boo…"
    assert lines[13].endswith('said         "I believe that as long …')
    assert max(map(len, lines[5:])) <= 60


def test_text_format_without_dateline_or_statements(call: Callable[..., Outcome]) -> None:
    """A story with no headline, no dated dateline and no statements still summarises."""
    story = b"BEIJING, Jan. 26 -- Talks were held."
    outcome = call("parse", "--format", "text", "-", stdin=story)
    assert outcome.out.splitlines() == [
        "(no headline)",
        "agency     -",
        "published  -",
        "dateline   BEIJING, Jan. 26 --",
        "",
        "(no statements)",
    ]
    bare = call("parse", "--format", "text", "-", stdin=b"Talks were held.")
    assert "dateline   -" in bare.out.splitlines()


def test_width_follows_columns_and_zero_cuts_nothing(
    call: Callable[..., Outcome], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --width the summary is as wide as $COLUMNS; --width 0 leaves lines whole."""
    monkeypatch.setenv("COLUMNS", "70")
    narrow = call("parse", "--format", "text", EXAMPLE).out.splitlines()
    assert max(map(len, narrow[5:])) == 70  # the table; the headline is never cut
    whole = call("parse", "--format", "text", "--width", "0", EXAMPLE).out.splitlines()
    assert whole[13].endswith('will surely achieve greater development"')
    assert not any("…" in line for line in whole)


def test_quotes_table_is_aligned_and_cut(call: Callable[..., Outcome], stories: Path) -> None:
    """The default table of quotes: a header and one aligned row per quote, paths cut left."""
    outcome = call("quotes", "--width", "80", str(stories))
    lines = outcome.out.splitlines()
    assert len(lines) == 1 + 3
    assert lines[0].split() == ["FILE", "SPEAKER", "CUE", "QUOTE"]
    assert lines[1].split("  ")[0].endswith("a-madrid.txt")
    assert "Ana Peña" in lines[1]
    assert "Jane Doe" in lines[2]
    assert "We will act," in lines[2]
    assert lines[3].endswith("…")
    assert max(map(len, lines)) <= 80
    columns = {line.index("Ana Peña") for line in lines[1:2]} | {
        line.index("Jane Doe") for line in lines[2:3]
    }
    assert len(columns) == 1


def test_statements_in_csv_tsv_and_jsonl(call: Callable[..., Outcome]) -> None:
    """CSV keeps texts exact, TSV puts them on one line, JSON Lines has one object a row."""
    story = MADRID.replace("the talks had ended", "the talks\nhad ended").encode()
    as_csv = call("statements", "--format", "csv", "-", stdin=story)
    rows = list(csv.DictReader(io.StringIO(as_csv.out)))
    assert [(row["kind"], row["speaker"], row["cue"]) for row in rows] == [
        ("indirect", "Ana Peña", "said"),
        ("mixed", "Ana Peña", "adding"),
    ]
    assert rows[0]["file"] == "<stdin>"
    assert rows[0]["text"] == "the talks\nhad ended"
    assert story.decode()[int(rows[0]["start"]) : int(rows[0]["end"])] == rows[0]["text"]
    as_tsv = call("statements", "--format", "tsv", "-", stdin=story)
    assert as_tsv.out.splitlines()[:2] == [
        "file\tstart\tend\tkind\tspeaker\tcue\ttext",
        "<stdin>\t56\t75\tindirect\tAna Peña\tsaid\tthe talks had ended",
    ]
    as_jsonl = call("statements", "--format", "jsonl", "-", stdin=story)
    start = MADRID.index('"nothing"')
    assert lines_of(as_jsonl.out)[1] == {
        "file": "<stdin>",
        "start": start,
        "end": start + 20,
        "kind": "mixed",
        "speaker": "Ana Peña",
        "cue": "adding",
        "text": '"nothing" was agreed',
    }


def test_statements_table_marks_direct_ones(call: Callable[..., Outcome]) -> None:
    """The statements table puts a direct statement between quote marks."""
    outcome = call("statements", "-", stdin=SENATE.encode())
    assert outcome.out.splitlines() == [
        "FILE     SPEAKER   CUE   STATEMENT",
        '<stdin>  Jane Doe  said  "We will act"',
    ]


def test_quotes_without_speaker_leave_fields_empty(call: Callable[..., Outcome]) -> None:
    """A quote nobody is said to have said has an empty speaker and cue in CSV, ? in a table."""
    story = b'BEIJING, Jan. 26 (Xinhua) -- Talks were held.\n\n"Nothing more."\n'
    as_csv = call("quotes", "--format", "csv", "-", stdin=story)
    assert as_csv.out.splitlines()[1] == "<stdin>,48,61,,,Nothing more."
    table = call("quotes", "-", stdin=story)
    assert table.out.splitlines()[1].split() == ["<stdin>", "?", "-", "Nothing", "more."]


def test_latin1_needs_its_encoding(call: Callable[..., Outcome]) -> None:
    """A Latin-1 file fails as UTF-8, with the offset of the first bad byte, and reads with it."""
    data = MADRID.encode("latin-1")
    failed = call("parse", "-", stdin=data)
    assert failed.status == 1
    assert "<stdin>: cannot decode as utf-8-sig at byte 48 (0xf1)" in failed.err
    read = call("parse", "--encoding", "latin-1", "-", stdin=data)
    assert json.loads(read.out) == wirenews.parse_article(MADRID).to_dict()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ((), "the following arguments are required: COMMAND"),
        (("parse",), "the following arguments are required: INPUT"),
        (("quotes", "--format", "text", EXAMPLE), "invalid choice: 'text'"),
        (("parse", "--jobs", "-1", EXAMPLE), "jobs must be a whole number >= 0, not '-1'"),
        (("parse", "--width", "wide", EXAMPLE), "width must be a whole number >= 0, not 'wide'"),
        (("parse", "--encoding", "klingon", EXAMPLE), "unknown encoding: klingon"),
        (("parse", "-", "-"), "standard input (-) can be read only once"),
    ],
)
def test_usage_errors(
    call: Callable[..., Outcome], arguments: tuple[str, ...], message: str
) -> None:
    """Each wrong command line exits 2 and says what is wrong."""
    outcome = call(*arguments)
    assert (outcome.status, outcome.out) == (2, "")
    assert message in outcome.err


def test_command_help_and_version(call: Callable[..., Outcome]) -> None:
    """Each command has its own help; --version prints the package version."""
    outcome = call("statements", "--help")
    assert outcome.status == 0
    assert "--format {table,csv,tsv,jsonl}" in outcome.out
    assert "--glob PATTERN" in outcome.out
    assert call("--version").out == f"wirenews {wirenews.__version__}\n"


def test_jobs_zero_means_one_per_cpu() -> None:
    """``--jobs 0`` asks for as many processes as CPUs."""
    arguments = cli.build_parser().parse_args(["parse", "--jobs", "0", EXAMPLE])
    assert arguments.jobs == (os.cpu_count() or 1)


def test_glob_chooses_the_files_of_folders(call: Callable[..., Outcome], stories: Path) -> None:
    """--glob picks folder files by name; a file named on the command line is always read."""
    outcome = call("quotes", "--format", "csv", "--glob", "*senate*", str(stories))
    assert [row["file"] for row in csv.DictReader(io.StringIO(outcome.out))] == [
        str(stories / "b-senate.txt")
    ]
    named = call("parse", "--glob", "*.md", str(stories / "b-senate.txt"))
    assert json.loads(named.out)["text"] == SENATE


def test_a_folder_with_nothing_to_read(call: Callable[..., Outcome], tmp_path: Path) -> None:
    """A folder with no matching file is noted on standard error; that is not a failure."""
    outcome = call("parse", str(tmp_path))
    assert outcome == Outcome(0, "", f"wirenews: {tmp_path}: no files match '*.txt'\n")


def test_a_folder_that_cannot_be_listed_is_a_failure(
    call: Callable[..., Outcome], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A subfolder the walk cannot list is reported and counted; the rest is read."""
    (tmp_path / "a.txt").write_text(SENATE, encoding="utf-8")
    walk = os.walk

    def walk_failing(top: str, onerror: Callable[[OSError], None]) -> Iterator[object]:
        onerror(PermissionError(13, "Permission denied", os.path.join(top, "locked")))
        return walk(top, onerror=onerror)

    monkeypatch.setattr(os, "walk", walk_failing)
    outcome = call("quotes", "--format", "tsv", str(tmp_path))
    assert outcome.status == 1
    assert outcome.out.splitlines()[1].startswith(str(tmp_path / "a.txt"))
    assert f"{tmp_path / 'locked'}: cannot list folder: Permission denied" in outcome.err


def test_a_parser_error_is_reported_and_the_batch_goes_on(
    call: Callable[..., Outcome], monkeypatch: pytest.MonkeyPatch, stories: Path
) -> None:
    """Should parsing ever raise, that input is reported and counted, and the rest written."""
    parse_article = wirenews.parse_article

    def fragile(text: str) -> wirenews.Article:
        if "Senate" in text:
            msg = "boom"
            raise RuntimeError(msg)
        return parse_article(text)

    monkeypatch.setattr(wirenews, "parse_article", fragile)
    outcome = call("parse", str(stories))
    assert outcome.status == 1
    assert len(outcome.out.splitlines()) == 2
    assert "b-senate.txt: cannot parse: RuntimeError: boom" in outcome.err


def test_interrupt_exits_130(call: Callable[..., Outcome], monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C stops the run with status 130 and a word on standard error."""

    def interrupted(*arguments: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_execute", interrupted)
    assert call("parse", EXAMPLE) == Outcome(130, "", "wirenews: interrupted\n")


class Terminal(io.StringIO):
    """Standard error as a terminal."""

    def isatty(self) -> bool:
        """Say this is a terminal."""
        return True


def test_progress_bar_on_a_terminal(
    call: Callable[..., Outcome], monkeypatch: pytest.MonkeyPatch, stories: Path
) -> None:
    """A terminal's standard error shows a bar for several inputs, failures above it."""
    pytest.importorskip("tqdm")
    (stories / "z-bad.txt").write_bytes(b"\xff")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    outcome = call("parse", "--format", "jsonl", str(stories))
    assert len(outcome.out.splitlines()) == 3
    shown = terminal.getvalue()
    assert "4/4" in shown
    assert "z-bad.txt: cannot decode" in shown
    assert shown.endswith("wirenews: 1 of 4 inputs failed\n")


def test_no_progress_bar_when_asked_or_without_tqdm(
    call: Callable[..., Outcome], monkeypatch: pytest.MonkeyPatch, stories: Path
) -> None:
    """--no-progress, a single input, or tqdm missing: no bar, and the same output."""
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    expected = call("parse", "--no-progress", str(stories)).out
    assert terminal.getvalue() == ""
    call("parse", EXAMPLE)
    assert terminal.getvalue() == ""
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm now raises ImportError
    assert call("parse", str(stories)).out == expected
    assert terminal.getvalue() == ""


def test_ninjs_format(call: Callable[..., Outcome], stories: Path) -> None:
    """ninjs: Article.to_ninjs() with its default uri, indented for one input, lines for several."""
    article = parsed(EXAMPLE)
    one = call("parse", "--format", "ninjs", EXAMPLE)
    ninjs = article.to_ninjs()
    expected = json.dumps(ninjs, ensure_ascii=False, indent=2)
    assert one == Outcome(0, expected + "\n", "")
    several = call("parse", "--format", "ninjs", EXAMPLE, str(stories / "b-senate.txt"))
    assert lines_of(several.out)[0] == json.loads(expected)
