"""The stage's types as JSON for the broker: what a message or a task's result carries.

Pages travel without their bodies (a worker stores the body in the shared database); the
settings travel without `deliver_urls`, which holds delivery secrets and no worker needs.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date, datetime
from typing import Any

from ..models import Authority, Link, Page, Reason, Rejection, Source, SourceKind, Stage
from ..settings import Settings

SECRET_SETTINGS = frozenset({"deliver_urls"})


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def source_to_wire(source: Source) -> dict[str, Any]:
    return {f.name: str(getattr(source, f.name)) if f.name in ("kind", "authority")
            else getattr(source, f.name) for f in fields(source)}


def source_from_wire(data: dict[str, Any]) -> Source:
    return Source(**{**data, "kind": SourceKind(data["kind"]), "authority": Authority(data["authority"])})


def settings_to_wire(settings: Settings) -> dict[str, Any]:
    return {k: v for k, v in asdict(settings).items() if k not in SECRET_SETTINGS}


def settings_from_wire(data: dict[str, Any]) -> Settings:
    return Settings(**data)


def link_to_wire(link: Link) -> dict[str, Any]:
    return {"url": link.url, "source_id": link.source_id, "title": link.title, "found_on": link.found_on,
            "published_hint": link.published_hint.isoformat() if link.published_hint else None}


def link_from_wire(data: dict[str, Any]) -> Link:
    return Link(data["url"], data["source_id"], data["title"], data["found_on"], _day(data["published_hint"]))


def page_to_wire(page: Page) -> dict[str, Any]:
    """Return the page without its body (stored by the worker that fetched it)."""
    return {"url": page.url, "final_url": page.final_url, "source_id": page.source_id,
            "status": page.status, "content_type": page.content_type, "sha256": page.sha256,
            "fetched_at": page.fetched_at.isoformat(), "etag": page.etag,
            "last_modified": page.last_modified, "not_modified": page.not_modified,
            "link_title": page.link_title,
            "published_hint": page.published_hint.isoformat() if page.published_hint else None,
            "attached_to": page.attached_to, "stated_source": page.stated_source}


def page_from_wire(data: dict[str, Any]) -> Page:
    return Page(url=data["url"], final_url=data["final_url"], source_id=data["source_id"],
                status=data["status"], content_type=data["content_type"], body=b"",
                sha256=data["sha256"], fetched_at=datetime.fromisoformat(data["fetched_at"]),
                etag=data["etag"], last_modified=data["last_modified"],
                not_modified=data["not_modified"], link_title=data["link_title"],
                published_hint=_day(data["published_hint"]),
                attached_to=data.get("attached_to") or "", stated_source=data.get("stated_source"))


def rejection_to_wire(rejection: Rejection) -> dict[str, Any]:
    return {"url": rejection.url, "stage": str(rejection.stage), "reason": str(rejection.reason),
            "detail": rejection.detail, "source_id": rejection.source_id}


def rejection_from_wire(data: dict[str, Any]) -> Rejection:
    return Rejection(data["url"], Stage(data["stage"]), Reason(data["reason"]), data["detail"],
                     data["source_id"])


def outcome_to_wire(item: Page | Rejection) -> dict[str, Any]:
    """A fetched page or a rejection, told apart by its "page" or "rejection" key."""
    if isinstance(item, Page):
        return {"page": page_to_wire(item)}
    return {"rejection": rejection_to_wire(item)}


def outcome_from_wire(data: dict[str, Any]) -> Page | Rejection:
    return page_from_wire(data["page"]) if "page" in data else rejection_from_wire(data["rejection"])
