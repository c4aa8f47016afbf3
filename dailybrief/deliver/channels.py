"""The configured channels: Apprise URLs from the settings, each with the form its service
renders well, its size limit and a label safe to store and show (no secret in it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import apprise

from ..errors import DeliveryError
from ..settings import Settings


@dataclass(frozen=True, slots=True)
class Style:
    """How a service shows a message: `form` is text, markdown or html; the limit is in
    UTF-8 bytes (robots count bytes) or characters (Telegram)."""

    form: str
    max_bytes: int | None = None
    max_chars: int | None = None
    title_in_body: bool = False
    attach_pdf: bool = False


# By Apprise plugin class: the robots' documented limits, with room for the JSON around.
STYLES: dict[str, Style] = {
    "NotifyFeishu": Style("markdown", max_bytes=18_000),           # card, lark_md, 20 KB
    "NotifyLark": Style("markdown", max_bytes=18_000),
    "NotifyDingTalk": Style("markdown", max_bytes=18_000),         # markdown, 20 000 bytes
    "NotifyWeComBot": Style("text", max_bytes=2_000),              # text, 2 048 bytes
    "NotifyTelegram": Style("telegram", max_chars=4_000),          # HTML subset, 4 096 chars
    "NotifyEmail": Style("html", attach_pdf=True),
    "NotifyJSON": Style("markdown", max_bytes=30_000),
}
DEFAULT_STYLE = Style("text", max_bytes=4_000)


@dataclass(frozen=True, slots=True)
class Channel:
    """One configured channel: its Apprise URL (secret), label (safe) and style."""

    url: str
    label: str
    style: Style
    service: str


def split_urls(text: str) -> list[str]:
    """Return the Apprise URLs in a setting: one per line (or separated by spaces)."""
    return [u for u in re.split(r"\s+", text.strip()) if u and not u.startswith("#")]


def _plugin(url: str) -> Any:
    plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    if plugin is None:
        scheme = url.split("://", 1)[0] if "://" in url else url[:12]
        raise DeliveryError(f"setting 'deliver_urls': {scheme}://… is not a channel URL Apprise "
                            "understands (see docs/delivery.md)")
    return plugin


def channel_label(plugin: Any) -> str:
    """Return the channel as it may be stored and shown: service, host and a masked token."""
    text = str(plugin.url(privacy=True)).split("?", 1)[0]
    scheme, _, rest = text.partition("://")
    if type(plugin).__name__ in ("NotifyJSON", "NotifyForm", "NotifyXML"):
        host, _, path = rest.partition("/")
        rest = host + ("/…" if path.strip("/") else "")
    return f"{scheme}://{rest}"


def configured_channels(settings: Settings) -> list[Channel]:
    """Return the channels in `deliver_urls`; DeliveryError naming a URL Apprise refuses."""
    out = []
    for url in split_urls(settings.deliver_urls):
        plugin = _plugin(url)
        name = type(plugin).__name__
        out.append(Channel(url, channel_label(plugin), STYLES.get(name, DEFAULT_STYLE),
                           str(getattr(plugin, "service_name", name))))
    return out
