"""Which build of wirenews is installed: pure Python, or compiled by mypyc.

The compiled build (``HATCH_BUILD_HOOK_ENABLE_MYPYC=true pip install .``) turns the parsing
stages into C extension modules; the rest of the package stays Python. The benchmarks print
which build they time, and ``make test`` checks that the compiled build's tests really ran
on compiled modules.

Run: ``python benchmarks/build.py [--require-compiled]``
"""

from __future__ import annotations

import argparse
import importlib
import sys
from importlib.machinery import EXTENSION_SUFFIXES

STAGES = (
    "_attribution",
    "_cues",
    "_dateline",
    "_header",
    "_layout",
    "_lines",
    "_patterns",
    "_phrases",
    "_quotes",
    "_reports",
    "_sentences",
    "_speakers",
    "_statements",
)
"""The modules the compiled build compiles (pyproject.toml's mypyc hook lists them)."""


def compiled_stages() -> list[str]:
    """The stages that are imported from C extension modules."""
    found = []
    for name in STAGES:
        module = importlib.import_module(f"wirenews.{name}")
        if str(module.__file__).endswith(tuple(EXTENSION_SUFFIXES)):
            found.append(name)
    return found


def describe() -> str:
    """``compiled (mypyc)``, ``pure Python``, or which stages are compiled when only some."""
    found = compiled_stages()
    if len(found) == len(STAGES):
        return "compiled (mypyc)"
    if not found:
        return "pure Python"
    return f"partly compiled ({', '.join(found)})"


def main() -> int:
    """Print the build; with ``--require-compiled``, fail unless every stage is compiled."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--require-compiled", action="store_true", help="exit 1 unless every stage is compiled"
    )
    args = parser.parse_args()
    build = describe()
    print(f"wirenews build: {build}")
    if args.require_compiled and build != "compiled (mypyc)":
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
