"""The optional compiled build (setup.py, `EXTRACTOR_COMPILE=1`): a wheel is built as its README
section says, and the compiled package returns exactly what the pure one returns on every case of
the bundled corpora (benchmarks/output_digest.py: text, title, date, URL, and the rest of the
Result). Needs a C compiler and mypy (in the dev extras); ~3 minutes, most of it the C compiler."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [str(p) for p in sorted((ROOT / "corpora").iterdir()) if p.is_dir()]


def _missing() -> str:
    if not (shutil.which("cc") or shutil.which("gcc")):
        return "no C compiler"
    if importlib.util.find_spec("mypyc") is None:
        return "mypy (mypyc) is not installed"
    return ""


pytestmark = pytest.mark.skipif(bool(_missing()), reason=_missing() or "ready")


def _run(args: list[str], path: str, env: dict[str, str]) -> str:
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=path,
                         env={**env, "PYTHONPATH": path}, timeout=900)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    """The compiled wheel, built from this checkout and unpacked."""
    wheels = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(ROOT)],
        capture_output=True, text=True, env={**os.environ, "EXTRACTOR_COMPILE": "1"}, timeout=1800)
    assert build.returncode == 0, build.stderr[-3000:]
    unpacked = tmp_path_factory.mktemp("compiled")
    (wheel,) = wheels.glob("extractor-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(unpacked)
    return unpacked


def test_the_compiled_build_compiles_the_pipeline(compiled):
    where = _run(["-c", "import extractor.parse.html as h, extractor.select as s, extractor.api as a; "
                        "print(h.__file__); print(s.__file__); print(a.__file__)"], str(compiled), dict(os.environ))
    walker, select, api = where.split()
    assert walker.startswith(str(compiled)) and walker.endswith(".so") and select.endswith(".so")
    assert api.endswith(".py")  # entry points and user-facing types stay Python (setup.py)


def test_the_compiled_build_returns_what_the_pure_one_returns(compiled):
    args = ["benchmarks/output_digest.py", "--extractors", "fast,full,auto", *CORPORA]
    env = dict(os.environ)
    pure = _run(args, str(ROOT), env)
    shutil.copytree(ROOT / "benchmarks", compiled / "benchmarks")  # the script, beside the compiled package
    built = _run(args, str(compiled), env)
    assert len(pure.splitlines()) > 3 * len(CORPORA)
    assert built == pure
