"""The delivery stage: a published brief (or an alarm) sent to the channels in settings
through Apprise (Feishu, DingTalk and WeCom group robots, e-mail with the PDF, Telegram,
a generic JSON webhook …), each in the form it renders well, every attempt recorded.

    Brief ──message (per channel form and size)──> Apprise ──> channel ──> deliveries table

Channel URLs carry secrets: they come from `DAILYBRIEF_DELIVER_URLS` or a settings file,
and only a redacted label of each reaches the database.
"""

from __future__ import annotations

from .channels import Channel, channel_label, configured_channels
from .message import Message, alarm_message, brief_message
from .send import DeliveryResult, brief_link, deliver_alarm, deliver_brief, send_message

__all__ = [
    "Channel",
    "DeliveryResult",
    "Message",
    "alarm_message",
    "brief_link",
    "brief_message",
    "channel_label",
    "configured_channels",
    "deliver_alarm",
    "deliver_brief",
    "send_message",
]
