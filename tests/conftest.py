"""Hypothesis profiles: ``default`` for every run, ``thorough`` for a long search.

Select one with ``HYPOTHESIS_PROFILE=thorough pytest tests/test_properties.py``. No
deadline is set: machines here are shared, and time is measured by the benchmarks, not tests.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None)
settings.register_profile(
    "thorough", deadline=None, max_examples=5000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
