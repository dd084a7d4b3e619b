"""The optional compiled build: `EXTRACTOR_COMPILE=1` compiles the extraction modules with mypyc.

    .venv/bin/pip install mypy "setuptools>=77"                         # mypyc comes with mypy
    EXTRACTOR_COMPILE=1 .venv/bin/pip install --no-build-isolation .    # ~3 min, needs a C compiler

The same code, outputs and API, ~1.2x faster for `full` and `auto`, ~1.1x for `fast`
(benchmarks/profile.md, "Ninth session"); the
`.py` sources ship beside the compiled modules, which Python imports first. Without the variable
(and in an editable install, whose sources a developer edits) the package is pure Python.
Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent
#: the shared library of the compiled modules (a top-level module beside the package)
GROUP = "extractor_mypyc"
#: modules left pure Python, and why: entry points and user-facing types (a compiled class refuses
#: an argument of the wrong type that a plain one accepts, and a frozen one cannot be pickled), and
#: modules mypy rejects as they stand or that hold little Python work (~2% of a compiled run)
LEFT_OUT = frozenset({
    "__init__", "api", "batch", "cli", "distributed", "errors", "options", "result",
    "decode", "pipeline", "sites/match", "sites/cli", "parse/segments", "parse/markdown", "patterns/prefilter",
})
PACKAGES = ("", "parse/", "patterns/", "sites/")


def compiled_modules() -> list[str]:
    """The source files the compiled build compiles, relative to the checkout."""
    out = []
    for package in PACKAGES:
        for path in sorted((ROOT / "extractor" / package).glob("*.py")):
            if f"{package}{path.stem}" not in LEFT_OUT:
                out.append(str(path.relative_to(ROOT)))
    return out


def _ext_modules() -> list:
    if os.environ.get("EXTRACTOR_COMPILE") != "1":
        return []
    if any(arg.startswith("editable") for arg in sys.argv):
        print("EXTRACTOR_COMPILE=1 is ignored for an editable install: its sources are the ones you edit",
              file=sys.stderr)
        return []
    try:
        return mypyc_extensions()
    except ImportError as error:
        raise SystemExit("EXTRACTOR_COMPILE=1 needs mypy in the build environment: `pip install mypy`, "
                         "then `EXTRACTOR_COMPILE=1 pip install --no-build-isolation .`") from error


def mypyc_extensions(target_dir: str = "build") -> list:
    """mypyc's extensions for `compiled_modules()` (also benchmarks/mypyc_build.py's, in place).

    One shared library for all modules (GROUP), at the top of the import path: a library per
    module (separate=True) took 4 min to build and its import recursed without end; a shared
    library inside the package makes mypyc derive wrong module paths. The modules left out are
    type-checked only as far as the compiled ones use them."""
    from mypyc.build import mypycify

    os.chdir(ROOT)  # mypyc names the modules after the paths it is given
    return mypycify(["--follow-imports=silent", *compiled_modules()], opt_level="3", group_name=GROUP,
                    target_dir=target_dir)


if __name__ == "__main__":
    setup(ext_modules=_ext_modules())
