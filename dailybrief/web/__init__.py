"""The analyst's workbench: a small server-rendered web app over the dailybrief database."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
