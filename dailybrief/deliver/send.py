"""Sending a message to each channel through Apprise, with retries, and recording every
outcome (channel label, time, attempts, result) in the store."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import apprise

from ..settings import Settings
from ..store import Store
from .channels import Channel, configured_channels
from .message import Message, alarm_message, brief_message

log = logging.getLogger(__name__)

FORMATS = {"text": apprise.NotifyFormat.TEXT, "markdown": apprise.NotifyFormat.MARKDOWN,
           "html": apprise.NotifyFormat.HTML}
STATUS_SENT = "sent"
STATUS_FAILED = "failed"


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    channel: str
    ok: bool
    attempts: int
    detail: str = ""


def _failure_detail(captured: str) -> str:
    lines = [ln.strip() for ln in captured.splitlines() if ln.strip()]
    return " | ".join(lines[-3:])[:400] or "the channel did not accept the message"


def send_message(channel: Channel, message: Message, *, attach: Path | None = None,
                 attempts: int = 3, backoff_s: float = 0.3) -> DeliveryResult:
    """Send one message to one channel, trying up to `attempts` times with a doubling pause."""
    sender = apprise.Apprise()
    sender.add(channel.url)
    attachment = apprise.AppriseAttachment(str(attach)) if attach is not None else None
    detail = ""
    for attempt in range(1, max(1, attempts) + 1):
        with apprise.LogCapture(level=logging.WARNING) as captured:
            ok = bool(sender.notify(body=message.body, title=message.title,
                                    body_format=FORMATS[message.form], attach=attachment))
            text = captured.getvalue()
        if ok:
            return DeliveryResult(channel.label, True, attempt)
        detail = _failure_detail(str(text))
        log.warning("delivery to %s failed (attempt %d): %s", channel.label, attempt, detail)
        if attempt < attempts:
            time.sleep(backoff_s * 2 ** (attempt - 1))
    return DeliveryResult(channel.label, False, max(1, attempts), detail)


def _chosen(settings: Settings, only: Sequence[str] | None) -> list[Channel]:
    channels = configured_channels(settings)
    return [c for c in channels if only is None or c.label in only]


def deliver_brief(
    store: Store, brief: Mapping[str, Any], settings: Settings, *, revision: int | None,
    pdf: Path | None = None, link: str = "", only: Sequence[str] | None = None,
) -> list[DeliveryResult]:
    """Send the brief (brief.json form) to every configured channel (or those labelled in
    `only`), the PDF attached where the channel takes files; record each outcome."""
    day = date.fromisoformat(str(brief["date"]))
    results = []
    for channel in _chosen(settings, only):
        message = brief_message(brief, channel.style, link)
        attach = pdf if channel.style.attach_pdf and pdf is not None and pdf.is_file() else None
        result = send_message(channel, message, attach=attach, attempts=settings.deliver_retries,
                              backoff_s=settings.backoff_s)
        store.record_delivery(day, channel.label, STATUS_SENT if result.ok else STATUS_FAILED,
                              revision=revision, attempts=result.attempts, detail=result.detail)
        results.append(result)
    return results


def deliver_alarm(
    store: Store, day: date, title: str, lines: Sequence[str], settings: Settings, link: str = "",
) -> list[DeliveryResult]:
    """Send an alarm to every configured channel; record each outcome (kind 'alarm')."""
    results = []
    for channel in _chosen(settings, None):
        result = send_message(channel, alarm_message(title, lines, channel.style, link),
                              attempts=settings.deliver_retries, backoff_s=settings.backoff_s)
        store.record_delivery(day, channel.label, STATUS_SENT if result.ok else STATUS_FAILED,
                              kind="alarm", attempts=result.attempts, detail=result.detail)
        results.append(result)
    return results


def brief_link(settings: Settings, day: date, revision: int | None) -> str:
    """Return the brief's address in the workbench, when `public_url` says where it is."""
    if not settings.public_url:
        return ""
    base = settings.public_url.rstrip("/")
    return f"{base}/brief/{day.isoformat()}" + (f"/r/{revision}" if revision else "")


