#!/usr/bin/env python
"""Compile the extraction modules with mypyc in place, in the checkout, for A/B measurements from it
(benchmarks/profile.md, "mypyc" and "Ninth session"). The modules are those of the compiled build
(setup.py, `EXTRACTOR_COMPILE=1`), which is how to install it; this script is for measuring.

    .venv/bin/pip install mypy                          # mypyc comes with mypy; gcc is needed
    .venv/bin/python benchmarks/mypyc_build.py          # ~3 min: .so files beside the .py sources
    .venv/bin/python benchmarks/output_digest.py --extractors full ../shared/corpora/* corpora/*
    .venv/bin/python benchmarks/mypyc_build.py --clean  # pure Python again

The compiled modules shadow their .py sources until `--clean` (the .so files are ignored by git):
edits to the sources do nothing meanwhile. They load only with the checkout on the import path
(run from it, or PYTHONPATH=.): mypyc puts the library they share there, where an editable install
does not look.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "mypyc"


@functools.cache  # (read once: building, cleaning and the count after both ask for it)
def _setup_py():
    """setup.py as a module: the compiled build's module list and extensions (setup() runs only
    when setup.py is the main script)."""
    spec = importlib.util.spec_from_file_location("extractor_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    setup_py = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup_py)
    return setup_py


def compiled_files() -> list[Path]:
    return sorted((ROOT / "extractor").rglob("*.so")) + sorted(ROOT.glob(f"{_setup_py().GROUP}__mypyc*.so"))


def clean() -> None:
    for path in compiled_files():
        path.unlink()
    shutil.rmtree(BUILD, ignore_errors=True)


def build() -> None:
    from setuptools import Distribution

    clean()
    # the shared library lands at the top of the import path: here, the checkout (run from it, or
    # with it on PYTHONPATH)
    extensions = _setup_py().mypyc_extensions(target_dir=str(BUILD / "c"))
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
