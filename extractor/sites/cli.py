"""`extractor sites list` and `extractor sites test`."""

from __future__ import annotations

import argparse
from pathlib import Path

from .cases import default_corpora, run_case
from .match import load_profiles
from .profile import load_profile, profile_files


def main(args: argparse.Namespace) -> int:
    if args.sites_command == "list":
        for p in load_profiles(args.sites or True):
            how = ", ".join(p.hosts) or "signatures"
            print(f"{p.name:24s} {how:30s} {len(p.cases):3d} cases  {p.path}")
        return 0
    dirs = args.dirs or [str(Path(__file__).parent / "profiles")]
    corpora = [Path(c) for c in args.corpora] if args.corpora else default_corpora()
    failed = total = 0
    for location in dirs:
        for path in profile_files(location):
            profile = load_profile(path)
            for case in profile.cases:
                total += 1
                result = run_case(profile, case, corpora, sites=[str(path)])
                print(f"{'PASS' if result.ok else 'FAIL'} {profile.name} {case.id}")
                for problem in result.problems:
                    print(f"     {problem}")
                failed += not result.ok
    print(f"{total - failed} passed, {failed} failed")
    return 1 if failed or not total else 0
