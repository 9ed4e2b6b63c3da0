"""The Dask recipe (wirenews.scale) gives what parsing each file in a plain loop gives."""

from __future__ import annotations

import json
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")
parquet = pytest.importorskip("pyarrow.parquet")

import wirenews  # noqa: E402 (after the skips)
from wirenews import scale  # noqa: E402

ROOT = Path(__file__).parent.parent

# A story saved by a Windows editor: byte order mark, CRLF line breaks, to be kept as written.
WINDOWS_STORY = "\ufeffTalks held\r\n\r\nMINSK, 3 April (BelTA) - Talks were held.\r\n\r\n(end)\r\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A directory tree of stories: examples/, every golden case's input, a Windows file."""
    root = tmp_path / "corpus"
    shutil.copytree(ROOT / "examples", root / "examples")
    for source in sorted((ROOT / "tests" / "cases").glob("*.json")):
        for case in json.loads(source.read_text(encoding="utf-8")):
            target = root / "cases" / source.stem / f"{case['label']}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(case["input"].encode("utf-8"))
    (root / "windows.txt").write_bytes(WINDOWS_STORY.encode("utf-8"))
    return root


def _loop(root: Path) -> list[tuple[str, wirenews.Article]]:
    """Parse every .txt file under root one after another: the answer Dask must give."""
    files = sorted(root.rglob("*.txt"), key=lambda file: file.relative_to(root).as_posix())
    return [
        (
            file.relative_to(root).as_posix(),
            wirenews.parse_article(file.read_bytes().decode("utf-8-sig")),
        )
        for file in files
    ]


def _read_jsonl(parts: list[str]) -> list[dict[str, Any]]:
    lines = [line for part in parts for line in Path(part).read_text("utf-8").splitlines()]
    return [json.loads(line) for line in lines]


def test_import_needs_no_dask() -> None:
    """Importing wirenews, and wirenews.scale itself, loads neither Dask nor pyarrow."""
    check = (
        "import sys, wirenews, wirenews.scale; "
        "print(sorted({'dask', 'pyarrow'} & {name.split('.')[0] for name in sys.modules}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_corpus_is_a_tree(corpus: Path) -> None:
    """The corpus has many files in nested directories, and a non-story file to skip."""
    expected = _loop(corpus)
    assert len(expected) > 60
    assert {path.split("/")[0] for path, _ in expected} == {"cases", "examples", "windows.txt"}
    assert (corpus / "examples" / "parse.py").is_file()


def test_bag_on_processes_equals_loop(corpus: Path) -> None:
    """Articles parsed in worker processes come back (pickled) equal, in path order."""
    pairs = scale.parse_tree(corpus, partition_size=16)
    assert pairs.npartitions > 1
    assert pairs.compute(scheduler="processes") == _loop(corpus)


def test_text_is_read_exactly(corpus: Path) -> None:
    """A byte order mark is dropped and CRLF line breaks are kept, so spans fit the file."""
    path, article = scale.parse_story("windows.txt", root=corpus)
    assert article.text == WINDOWS_STORY[1:]
    assert article.dateline is not None
    assert article.dateline.location == "MINSK"
    assert path == "windows.txt"


def test_jsonl_on_processes_equals_loop(corpus: Path, tmp_path: Path) -> None:
    """The JSON Lines parts, in order, hold one record per file: its path and article data."""
    parts = scale.write_jsonl(
        scale.parse_tree(corpus, partition_size=16), tmp_path / "out", scheduler="processes"
    )
    assert len(parts) > 1
    assert parts == sorted(parts)
    expected = _loop(corpus)
    records = _read_jsonl(parts)
    assert records == [
        json.loads(json.dumps({"path": path, "article": article.to_dict()}))
        for path, article in expected
    ]
    assert [(r["path"], wirenews.Article.from_dict(r["article"])) for r in records] == expected


def test_parquet_on_threads_equals_loop(corpus: Path, tmp_path: Path) -> None:
    """The Parquet table has one row per file, in order, its columns the article's values."""
    parts = scale.write_parquet(
        scale.parse_tree(corpus, partition_size=16), tmp_path / "out", scheduler="threads"
    )
    assert len(parts) > 1
    table = parquet.read_table(tmp_path / "out")
    assert table.schema.equals(scale.parquet_schema())
    rows = table.to_pylist()
    expected = _loop(corpus)
    assert rows == [scale.parquet_row(path, article) for path, article in expected]
    for row, (path, article) in zip(rows, expected, strict=True):
        assert row["path"] == path
        assert wirenews.Article.from_dict(json.loads(row["article"])) == article
        assert row["headline"] == (article.headline.text if article.headline else None)
        assert row["dateline_date"] == (article.dateline.date if article.dateline else None)
        assert row["quotes"] == len(article.quotes)
        assert row["statements"] == len(article.statements)


def test_parquet_parts_read_alike(corpus: Path, tmp_path: Path) -> None:
    """Reading the part files one by one gives the table read from the directory."""
    parts = scale.write_parquet(
        scale.parse_tree(corpus, "cases/**/*.txt", partition_size=20),
        tmp_path / "out",
        scheduler="synchronous",
    )
    one_by_one = [row for part in parts for row in parquet.read_table(part).to_pylist()]
    assert one_by_one == parquet.read_table(tmp_path / "out").to_pylist()
    assert all(row["path"].startswith("cases/") for row in one_by_one)


@pytest.mark.parametrize("write", [scale.write_jsonl, scale.write_parquet])
def test_empty_tree_writes_no_records(write: Any, tmp_path: Path) -> None:
    """A tree with no matching files gives one empty part, and no records."""
    (tmp_path / "empty").mkdir()
    parts = write(scale.parse_tree(tmp_path / "empty"), tmp_path / "out", scheduler="synchronous")
    assert len(parts) == 1
    if parts[0].endswith(".jsonl"):
        assert _read_jsonl(parts) == []
    else:
        assert parquet.read_table(parts[0]).num_rows == 0


def test_refuses_a_directory_with_files(corpus: Path, tmp_path: Path) -> None:
    """Parts are not mixed with files already in the output directory."""
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "part-00009.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match="is not empty"):
        scale.write_jsonl(scale.parse_tree(corpus), tmp_path / "out", scheduler="synchronous")


def test_undecodable_file(tmp_path: Path) -> None:
    """A file that is not UTF-8 stops the job, unless errors="replace" is asked for."""
    (tmp_path / "latin-1.txt").write_bytes("MÜNCHEN, 3. Mai (dpa) - Text.".encode("latin-1"))
    with pytest.raises(UnicodeDecodeError):
        scale.parse_tree(tmp_path).compute(scheduler="synchronous")
    ((path, article),) = scale.parse_tree(tmp_path, errors="replace").compute(
        scheduler="synchronous"
    )
    assert path == "latin-1.txt"
    assert article.text.startswith("M\ufffdNCHEN")


@pytest.mark.parametrize("output_format", ["jsonl", "parquet"])
def test_example_script(
    output_format: str, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """examples/dask_parse.py writes the same records as the loop, and no more into them."""
    script = runpy.run_path(str(ROOT / "examples" / "dask_parse.py"))
    out = tmp_path / "out"
    argv = [str(corpus), str(out), "--glob", "examples/*.txt", "--format", output_format]
    assert script["main"]([*argv, "--scheduler", "synchronous"]) == 0
    expected = [scale.json_record(path, article) for path, article in _loop(corpus / "examples")]
    expected = [{**record, "path": f"examples/{record['path']}"} for record in expected]
    if output_format == "jsonl":
        assert _read_jsonl(sorted(map(str, out.iterdir()))) == expected
    else:
        rows = parquet.read_table(out).to_pylist()
        assert [(row["path"], json.loads(row["article"])) for row in rows] == [
            (record["path"], record["article"]) for record in expected
        ]
    with pytest.raises(SystemExit, match="2"):
        script["main"]([*argv, "--scheduler", "synchronous"])
    assert "is not empty" in capsys.readouterr().err
