"""The one exception type `extract` raises: for invalid arguments, never for bad documents."""

from __future__ import annotations


class ExtractorError(ValueError):
    """An argument to `extract` (or an option, or a site profile) is invalid.

    The message says what to change. Malformed documents never raise: they give a
    Result with empty text and a `reason`.
    """


class ProfileError(ExtractorError):
    """A site profile file is malformed; the message names the file and the field."""
