"""The docs keep up with the code: every command in the README, every setting in docs/settings.md."""

from __future__ import annotations

from pathlib import Path

from dailybrief.cli import cli
from dailybrief.settings import settings_markdown

ROOT = Path(__file__).resolve().parent.parent


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"dailybrief {name}" in readme, f"README does not mention `dailybrief {name}`"


def test_settings_doc_is_generated_from_the_settings_table() -> None:
    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert doc == settings_markdown(), "run: python -m dailybrief.settings > docs/settings.md"
