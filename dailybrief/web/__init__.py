"""The analyst's workbench: a small server-rendered web app over the dailybrief database.

`create_app` is imported on first use, so importing a module of this package does not load
the web stack (FastAPI, the scheduler).
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)
