"""extractor: the article alone, from HTML pages, fragments, Markdown and plain-text copies.

>>> from extractor import extract
>>> r = extract("<html><body><nav>Home</nav><article><p>The story ...</p></article></body></html>")
>>> r.text
"""

from .api import EXTRACTORS, FORMATS, extract
from .blocks import Block, Decision, Kind
from .errors import ExtractorError, ProfileError
from .options import Options
from .result import Result

__all__ = [
    "EXTRACTORS",
    "FORMATS",
    "Block",
    "Decision",
    "ExtractorError",
    "Kind",
    "Options",
    "ProfileError",
    "Result",
    "extract",
]
__version__ = "0.1.0"
