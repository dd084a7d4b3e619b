"""benchmarks/ab_module.py: a module against a variant of its file, in one process. It must tell a
variant that changes results from one that only changes speed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("ab_module", _ROOT / "benchmarks" / "ab_module.py")
ab_module = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(ab_module)

_PAGES = str(_ROOT / "corpora" / "generic-2" / "cases" / "*.html")
_SOURCE = (_ROOT / "extractor" / "lean_read.py").read_text(encoding="utf-8")


def _ab(tmp_path: Path, source: str, capsys) -> tuple[int, str]:
    variant = tmp_path / "lean_read_b.py"
    variant.write_text(source, encoding="utf-8")
    code = ab_module.main(["extractor.lean_read", str(variant), "lean_pick", "--pages", _PAGES, "--rounds", "1"])
    return code, capsys.readouterr().out


def test_a_copy_gives_the_same_results(tmp_path, capsys):
    code, out = _ab(tmp_path, _SOURCE, capsys)
    assert code == 0
    assert "pages whose results differ: 0 of" in out
    assert "B/A, the median of per-page ratios" in out


def test_a_variant_that_reads_otherwise_is_reported(tmp_path, capsys):
    changed = _SOURCE.replace("MIN_VOTE_CHARS = 25", "MIN_VOTE_CHARS = 2500")
    assert changed != _SOURCE
    code, out = _ab(tmp_path, changed, capsys)
    assert code == 1
    assert "pages whose results differ: 0 of" not in out
