"""The monitor stage: how each source fared in a run, the run's outcome and exit code, and the
alarms raised when a source keeps failing or suddenly yields nothing.

    collect result ──outcomes──> SourceOutcome* ──store──> history ──alarms──> banner, channels
"""

from __future__ import annotations

from .outcomes import (
    EXIT_BUSY,
    EXIT_ERROR,
    EXIT_NOTHING,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    STATUS_OK,
    exit_code,
    run_status,
    source_outcomes,
)

__all__ = [
    "EXIT_BUSY",
    "EXIT_ERROR",
    "EXIT_NOTHING",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "EXIT_USAGE",
    "STATUS_OK",
    "exit_code",
    "run_status",
    "source_outcomes",
]
