"""Parse a directory tree of stories on Dask and write JSON Lines or Parquet.

Needs the ``dask`` extra (``pip install 'wirenews[dask]'``: ``dask[bag]`` and ``pyarrow``);
``import wirenews`` does not, and neither do :func:`read_story`, :func:`json_record` and
:func:`parquet_row`, which are the per-file steps and work in a plain loop too.

:func:`parse_tree` lists the files on the caller's machine and gives a Dask bag of
``(path, article)`` pairs, each file read and parsed on a worker; :func:`write_jsonl` and
:func:`write_parquet` have the workers write one part file per partition, named so that
part files sorted by name list the articles in path order. Paths are relative to the root
and written with ``/``, so the output is the same wherever the tree lies; the root itself
must be readable at the same path on every worker (a shared file system).

>>> article = wirenews.parse_article("BEIJING, Jan. 26 (Xinhua) -- Talks were held.")
>>> record = json_record("2021/01/talks.txt", article)
>>> record["path"], record["article"]["source"]
('2021/01/talks.txt', 'Xinhua')
>>> row = parquet_row("2021/01/talks.txt", article)
>>> row["dateline_location"], row["paragraphs"], row["quotes"]
('BEIJING', 1, 0)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import wirenews

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable

    import dask.bag

    from wirenews.model import Article

__all__ = [
    "PARTITION_SIZE",
    "json_record",
    "parquet_row",
    "parquet_schema",
    "parse_story",
    "parse_tree",
    "read_story",
    "write_jsonl",
    "write_parquet",
]

PARTITION_SIZE = 1000
"""Files per partition when :func:`parse_tree` is not told: a few seconds of parsing each."""


def read_story(
    path: str | os.PathLike[str], *, encoding: str = "utf-8-sig", errors: str = "strict"
) -> str:
    """Read a whole file as text, exactly: a byte order mark dropped, line breaks as written.

    ``errors`` is :func:`open`'s: ``"replace"`` keeps a job going over a file that is not
    valid in ``encoding``, where ``"strict"`` (the default) stops it with the file's error.
    """
    with Path(path).open(encoding=encoding, errors=errors, newline="") as file:
        return file.read()


def parse_story(
    path: str,
    *,
    root: str | os.PathLike[str],
    encoding: str = "utf-8-sig",
    errors: str = "strict",
) -> tuple[str, Article]:
    """Read and parse the file at ``path`` (relative to ``root``): ``(path, article)``."""
    text = read_story(Path(root, path), encoding=encoding, errors=errors)
    return path, wirenews.parse_article(text)


def parse_tree(
    root: str | os.PathLike[str],
    pattern: str = "**/*.txt",
    *,
    partition_size: int = PARTITION_SIZE,
    encoding: str = "utf-8-sig",
    errors: str = "strict",
) -> dask.bag.Bag:
    """A Dask bag of ``(path, article)``, one pair per file under ``root`` matching ``pattern``.

    ``pattern`` is a :meth:`pathlib.Path.glob` pattern (``**`` descends into directories).
    Paths are relative to ``root``, written with ``/``, and sorted; files are listed here,
    then read (see :func:`read_story`) and parsed on the workers, ``partition_size`` files
    to a partition. Nothing runs until the bag is computed or written.
    """
    import dask.bag  # noqa: PLC0415 (optional dependency)

    base = Path(root).absolute()  # workers may run in another directory
    paths = sorted(
        path.relative_to(base).as_posix() for path in base.glob(pattern) if path.is_file()
    )
    stories: dask.bag.Bag = dask.bag.from_sequence(paths, partition_size=partition_size)
    pairs: dask.bag.Bag = stories.map(parse_story, root=base, encoding=encoding, errors=errors)
    return pairs


def json_record(path: str, article: Article) -> dict[str, Any]:
    """One JSON Lines record: ``{"path": path, "article": article.to_dict()}``.

    ``Article.from_dict(record["article"])`` gives the article back.
    """
    return {"path": path, "article": article.to_dict()}


_PARQUET_COLUMNS = (
    ("path", "string"),
    ("headline", "string"),
    ("source", "string"),
    ("published", "string"),
    ("editor", "string"),
    ("dateline_location", "string"),
    ("dateline_date", "date32"),
    ("dateline_agency", "string"),
    ("characters", "int64"),
    ("paragraphs", "int32"),
    ("speakers", "int32"),
    ("quotes", "int32"),
    ("statements", "int32"),
    ("warnings", "int32"),
    ("article", "string"),
)
"""The Parquet table's columns and their Arrow types, in order."""


def parquet_row(path: str, article: Article) -> dict[str, Any]:
    """One row of the Parquet table: the article's main values, counts, and its whole JSON.

    ``published`` is ISO 8601 text, as in :meth:`~wirenews.Article.to_dict` (pages give
    times with and without a zone, which one timestamp column cannot hold);
    ``dateline_date`` is a date; ``article`` is :meth:`~wirenews.Article.to_json`'s text.
    """
    dateline = article.dateline
    return {
        "path": path,
        "headline": article.headline.text if article.headline is not None else None,
        "source": article.source,
        "published": article.published.isoformat() if article.published is not None else None,
        "editor": article.editor,
        "dateline_location": dateline.location if dateline is not None else None,
        "dateline_date": dateline.date if dateline is not None else None,
        "dateline_agency": dateline.agency if dateline is not None else None,
        "characters": len(article.text),
        "paragraphs": len(article.paragraphs),
        "speakers": len(article.speakers),
        "quotes": len(article.quotes),
        "statements": len(article.statements),
        "warnings": len(article.warnings),
        "article": article.to_json(),
    }


def parquet_schema() -> Any:
    """The Arrow schema (a ``pyarrow.Schema``) of the table :func:`write_parquet` writes."""
    import pyarrow  # noqa: PLC0415 (optional dependency)

    return pyarrow.schema([(name, getattr(pyarrow, kind)()) for name, kind in _PARQUET_COLUMNS])


def _part(directory: Path, index: int, suffix: str) -> Path:
    return directory / f"part-{index:05d}{suffix}"


def _write_jsonl_part(
    pairs: Iterable[tuple[str, Article]], indices: Iterable[int], directory: Path
) -> list[str]:
    (index,) = indices
    target = _part(directory, index, ".jsonl")
    with target.open("w", encoding="utf-8", newline="\n") as file:
        for path, article in pairs:
            file.write(json.dumps(json_record(path, article), ensure_ascii=False))
            file.write("\n")
    return [str(target)]


def _write_parquet_part(
    pairs: Iterable[tuple[str, Article]], indices: Iterable[int], directory: Path
) -> list[str]:
    import pyarrow  # noqa: PLC0415 (optional dependency)
    import pyarrow.parquet  # noqa: PLC0415 (optional dependency)

    (index,) = indices
    target = _part(directory, index, ".parquet")
    rows = [parquet_row(path, article) for path, article in pairs]
    pyarrow.parquet.write_table(pyarrow.Table.from_pylist(rows, schema=parquet_schema()), target)
    return [str(target)]


def _write_parts(
    pairs: dask.bag.Bag, directory: str | os.PathLike[str], writer: Any, scheduler: str | None
) -> list[str]:
    import dask.bag  # noqa: PLC0415 (optional dependency)

    target = Path(directory).absolute()
    if target.exists() and any(target.iterdir()):
        msg = f"{target} is not empty: write parts to a new or empty directory"
        raise FileExistsError(msg)
    target.mkdir(parents=True, exist_ok=True)
    count = pairs.npartitions
    indices = dask.bag.range(count, npartitions=count)
    written: list[str] = pairs.map_partitions(writer, indices, target).compute(scheduler=scheduler)
    return written


def write_jsonl(
    pairs: dask.bag.Bag, directory: str | os.PathLike[str], *, scheduler: str | None = None
) -> list[str]:
    """Write ``(path, article)`` pairs as JSON Lines, one ``part-NNNNN.jsonl`` per partition.

    Each line is :func:`json_record`'s output, UTF-8 with non-ASCII kept. ``directory`` is
    created; it must not hold files already (a :class:`FileExistsError` says so), so that
    the parts in it are exactly this run's. ``scheduler`` is Dask's (``"processes"``,
    ``"threads"``, ``"synchronous"``); None uses the active ``distributed`` client if there
    is one, else Dask's default for bags. Returns the part files' paths, in order.
    """
    return _write_parts(pairs, directory, _write_jsonl_part, scheduler)


def write_parquet(
    pairs: dask.bag.Bag, directory: str | os.PathLike[str], *, scheduler: str | None = None
) -> list[str]:
    """Write ``(path, article)`` pairs as Parquet, one ``part-NNNNN.parquet`` per partition.

    Each row is :func:`parquet_row`'s output, typed by :func:`parquet_schema`;
    ``pyarrow.parquet.read_table(directory)`` reads the parts back as one table. The
    directory and ``scheduler`` are as for :func:`write_jsonl`.
    """
    return _write_parts(pairs, directory, _write_parquet_part, scheduler)
