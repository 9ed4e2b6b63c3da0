"""Run the command line as ``python -m wirenews``: the same as the ``wirenews`` command."""

from __future__ import annotations

import sys

from wirenews.cli import main

if __name__ == "__main__":
    sys.exit(main())
