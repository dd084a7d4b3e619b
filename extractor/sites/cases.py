"""Running a profile's own cases: each names a case in a corpus folder and what its output must hold."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .profile import Case, Profile


@dataclass(frozen=True)
class CaseResult:
    profile: str
    case: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def default_corpora() -> list[Path]:
    """The corpora bundled with the repository (beside the package), when present."""
    root = Path(__file__).resolve().parents[2] / "corpora"
    return [root] if root.is_dir() else []


def _find(case: Case, corpora: list[Path]) -> tuple[Path, dict] | None:
    """The input file and manifest entry of a case id, searched in every corpus under `corpora`."""
    for root in corpora:
        manifests = [root / "manifest.jsonl"] if (root / "manifest.jsonl").is_file() else sorted(root.glob("*/manifest.jsonl"))
        for manifest in manifests:
            if case.corpus and manifest.parent.name != case.corpus:
                continue
            with manifest.open(encoding="utf-8") as handle:
                for line in handle:
                    if not line.strip():
                        continue
                    entry = json.loads(line)
                    if entry.get("id") == case.id:
                        return manifest.parent / "cases" / (entry.get("input") or f"{case.id}.html"), entry
    return None


def run_case(profile: Profile, case: Case, corpora: list[Path], sites: list[str]) -> CaseResult:
    from ..api import extract

    found = _find(case, corpora)
    if found is None:
        return CaseResult(profile.name, case.id, (f"case not found under {', '.join(map(str, corpora)) or 'no corpora'}",))
    path, entry = found
    url = entry.get("url")
    url = url if isinstance(url, str) and not url.startswith("hard::") else None
    result = extract(path.read_bytes(), url=url, sites=sites)
    problems = []
    if result.site != profile.name:
        problems.append(f"matched profile {result.site!r}, expected {profile.name!r}")
    flat = " ".join(result.text.split())
    problems += [f"missing {s!r}" for s in case.contains if " ".join(s.split()) not in flat]
    problems += [f"leaked {s!r}" for s in case.excludes if " ".join(s.split()) in flat]
    if case.title is not None and result.title != case.title:
        problems.append(f"title {result.title!r}, expected {case.title!r}")
    if case.published is not None and result.published != case.published:
        problems.append(f"published {result.published!r}, expected {case.published!r}")
    return CaseResult(profile.name, case.id, tuple(problems))
