"""Site profiles: data files that say, for one site, what to keep and drop and where metadata sits."""

from .match import Match, load_profiles, match
from .profile import Case, Profile, load_profile

__all__ = ["Case", "Match", "Profile", "load_profile", "load_profiles", "match"]
