"""Shared test settings: hypothesis profiles, and a cache folder of the run's own.

`ci` (the default) runs a modest, fixed set of examples per property so the suite stays fast and
gives the same answer on every run. `thorough` runs 10,000 fresh examples per property:

    HYPOTHESIS_PROFILE=thorough .venv/bin/python -m pytest tests/properties -p no:cacheprovider
"""

from __future__ import annotations

import os
import shutil
import tempfile

from hypothesis import HealthCheck, settings

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

# no example database: the same examples on every machine, whatever earlier runs found and saved
settings.register_profile("ci", max_examples=200, deadline=None, derandomize=True, database=None,
                          print_blob=True, suppress_health_check=_SLOW_OK)
settings.register_profile("thorough", max_examples=10_000, deadline=None, print_blob=True,
                          suppress_health_check=_SLOW_OK)
settings.register_profile("dev", max_examples=300, deadline=None, print_blob=True, suppress_health_check=_SLOW_OK)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


_OWN_CACHE: list[str] = [""]


def pytest_configure(config):
    config.addinivalue_line("markers", "corpora: runs over ../shared/corpora (skipped where they are absent)")
    # the pattern matcher's compiled Hyperscan database (patterns/prefilter.py) goes to a folder of
    # this run's (and its subprocesses'), not the user's: the run compiles it once, as a new machine does
    if "EXTRACTOR_CACHE_DIR" not in os.environ:
        os.environ["EXTRACTOR_CACHE_DIR"] = _OWN_CACHE[0] = tempfile.mkdtemp(prefix="extractor-test-cache-")


def pytest_unconfigure(config):
    if _OWN_CACHE[0]:
        shutil.rmtree(_OWN_CACHE[0], ignore_errors=True)
        os.environ.pop("EXTRACTOR_CACHE_DIR", None)
