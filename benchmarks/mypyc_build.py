#!/usr/bin/env python
"""Compile the full pipeline's hot modules with mypyc, in place, to measure what compiling buys
(benchmarks/profile.md, "mypyc"). An experiment, not a supported build: the package stays pure
Python, and nothing here runs on `pip install`.

    .venv/bin/pip install mypy                          # mypyc comes with mypy; gcc is needed
    .venv/bin/python benchmarks/mypyc_build.py          # ~2 min: .so files beside the .py sources
    .venv/bin/python benchmarks/output_digest.py --extractors full ../shared/corpora/* corpora/*
    .venv/bin/python benchmarks/mypyc_build.py --clean  # pure Python again

The compiled modules shadow their .py sources until `--clean` (the .so files are ignored by git);
they load only with the checkout on the import path (run from it, or PYTHONPATH=.): mypyc puts the
library they share there, where an editable install does not look. Some tests look inside
pure-Python objects (`vars()` of a PatternSet, lists where a tuple is annotated) and fail under the
compiled build; run the test suite on the pure one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "mypyc"
GROUP = "extractor_mypyc"  # the shared library: extractor_mypyc__mypyc.<platform>.so in the checkout

#: what is not compiled, and why (everything else under extractor/ that the full pipeline runs is):
#: entry points and user-facing types (a native class refuses a wrong-typed argument a plain one
#: accepts, and cannot be pickled when frozen), the lean reading (`fast`), and modules mypy
#: rejects as they stand (interpreted code is ~2% of a compiled run: not worth their changes)
LEFT_OUT = {
    "__init__", "api", "batch", "cli", "distributed", "errors", "options", "result",  # entry points, user types
    "lean", "lean_read",  # `fast`
    "decode", "pipeline", "sites/match", "parse/segments", "parse/markdown",  # mypy errors
    "sites/cli",
}
PACKAGES = ("", "parse/", "patterns/", "sites/")


def modules() -> list[str]:
    """The source files to compile, relative to the checkout."""
    out = []
    for package in PACKAGES:
        for path in sorted((ROOT / "extractor" / package).glob("*.py")):
            name = f"{package}{path.stem}"
            if name not in LEFT_OUT:
                out.append(str(path.relative_to(ROOT)))
    return out


def compiled_files() -> list[Path]:
    return sorted((ROOT / "extractor").rglob("*.so")) + sorted(ROOT.glob(f"{GROUP}__mypyc*.so"))


def clean() -> None:
    for path in compiled_files():
        path.unlink()
    shutil.rmtree(BUILD, ignore_errors=True)


def build() -> None:
    from mypyc.build import mypycify  # mypy's, installed on purpose (see above)
    from setuptools import Distribution

    clean()
    os.chdir(ROOT)  # mypyc names modules after the paths given
    # one shared library for all modules, which mypyc puts at the top of the import path (the
    # checkout: run from it, or with it on PYTHONPATH). A library per module (separate=True) took
    # 4 min to build and its import recursed without end; a shared library inside the package makes
    # mypyc derive wrong module paths. The modules left out are type-checked only as far as the
    # compiled ones use them.
    extensions = mypycify(["--follow-imports=silent", *modules()], opt_level="3", group_name=GROUP,
                          target_dir=str(BUILD / "c"))
    dist = Distribution({"name": "extractor-mypyc", "ext_modules": extensions})
    command = dist.get_command_obj("build_ext")
    command.inplace = True
    command.build_temp = str(BUILD / "temp")
    command.build_lib = str(BUILD / "lib")
    dist.run_command("build_ext")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules (pure Python again)")
    args = parser.parse_args()
    if args.clean:
        clean()
    else:
        build()
    print(f"{len(compiled_files())} compiled files (the modules and their shared library)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
