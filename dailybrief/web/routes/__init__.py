"""The workbench pages: today's storylines, the editor, publishing, archive and search,
sources, and logging in. Every route needs a session; every change needs the editor role
and a CSRF token (checked app-wide by `auth.csrf_protect`).

One module per page (`login`, `today`, `editor`, `archive`, `sources`), each with its own
router; what they share (dependencies, page rendering, rendering a revision's files) is in
`deps`. `router` joins them for `app.create_app`.
"""

from __future__ import annotations

from fastapi import APIRouter

from . import archive, deadlines, deliveries, editor, history, login, runs, sources, today

router = APIRouter()
for _module in (login, today, editor, archive, sources, deliveries, runs, deadlines, history):
    router.include_router(_module.router)

__all__ = ["router"]
