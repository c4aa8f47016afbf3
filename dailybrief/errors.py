"""The project's exceptions. Expected per-item failures are `models.Rejection` values.

    BriefError                 root; the CLI and web edges turn it into one line
    ├── ConfigError            bad sources.yaml, settings, brand.yaml or --out (fatal, exit 2)
    ├── FetchError             an HTTP or file fetch failed (url, reason)
    ├── ExtractError           a page could not be read at all (url/file)
    ├── StoreError             the database cannot be opened or written
    ├── RenderError            a renderer could not write its output
    ├── WriterError            the LLM writer failed (bad key, model, endpoint)
    ├── RunBusyError           another run holds the database's run lock (exit 5)
    ├── DeliveryError          a delivery channel is misconfigured or refused the brief
    └── BrokerError            the task broker (Redis) of the worker mode cannot be used
"""

from __future__ import annotations


class BriefError(Exception):
    """Root of every error the user should see as one clear line."""


class ConfigError(BriefError):
    """A configuration file, field or option is wrong; names what and where."""


class FetchError(BriefError):
    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


class ExtractError(BriefError):
    """A page could not be read at all."""


class StoreError(BriefError):
    """The database cannot be opened, migrated or written."""


class RenderError(BriefError):
    """A renderer could not produce its file."""


class WriterError(BriefError):
    """The writer backend (e.g. an LLM endpoint) failed in a way the user must fix."""


class RunBusyError(BriefError):
    """Another run is using the same database; the message names its pid and start time."""


class DeliveryError(BriefError):
    """A delivery channel cannot be used (bad URL, nothing configured, the brief is missing)."""


class BrokerError(BriefError):
    """The task broker of the worker mode (dailybrief.distribute) is unreachable or refused."""
