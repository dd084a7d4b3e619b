"""Where the tests find their corpora: the repository's own (`corpora/`) and the shared ones beside
the checkout (`../shared/corpora`, as on CI). Tests over the shared corpora read no files, or skip,
where they are absent."""

from __future__ import annotations

import glob
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OWN = ROOT / "corpora"
SHARED = ROOT.parent / "shared" / "corpora"


def shared_files(pattern: str) -> list[str]:
    """The files under the shared corpora matching `pattern` (a glob such as "*/cases/*.html"), sorted."""
    return sorted(glob.glob(str(SHARED / pattern)))
