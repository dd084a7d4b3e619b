"""Shared test settings: hypothesis profiles.

`ci` (the default) runs a modest, fixed set of examples per property so the suite stays fast and
gives the same answer on every run. `thorough` runs 10,000 fresh examples per property:

    HYPOTHESIS_PROFILE=thorough .venv/bin/python -m pytest tests/properties -p no:cacheprovider
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

# no example database: the same examples on every machine, whatever earlier runs found and saved
settings.register_profile("ci", max_examples=200, deadline=None, derandomize=True, database=None,
                          print_blob=True, suppress_health_check=_SLOW_OK)
settings.register_profile("thorough", max_examples=10_000, deadline=None, print_blob=True,
                          suppress_health_check=_SLOW_OK)
settings.register_profile("dev", max_examples=300, deadline=None, print_blob=True, suppress_health_check=_SLOW_OK)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_configure(config):
    config.addinivalue_line("markers", "corpora: runs over ../shared/corpora (skipped where they are absent)")
