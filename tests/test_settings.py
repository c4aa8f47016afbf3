"""Settings: one table of defaults, a file, the environment, then explicit overrides."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from dailybrief.errors import ConfigError
from dailybrief.settings import SETTINGS, Settings, load_settings


def test_the_table_and_the_dataclass_agree() -> None:
    defaults = Settings()
    assert [s.name for s in SETTINGS] == [f.name for f in fields(Settings)]
    for setting in SETTINGS:
        assert getattr(defaults, setting.name) == setting.default, setting.name
        assert setting.help


def test_precedence_file_then_environment_then_overrides(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("window_days: 7\nmax_sections: 5\n", encoding="utf-8")
    settings = load_settings(path, env={"DAILYBRIEF_MAX_SECTIONS": "4"})
    assert settings.window_days == 7 and settings.max_sections == 4
    assert settings.with_overrides(window_days=3, writer=None).window_days == 3


def test_bad_values_name_the_setting(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("window_days: many\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="window_days"):
        load_settings(path, env={})
    path.write_text("llm_api_key: sk-123\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="DAILYBRIEF_LLM_API_KEY"):
        load_settings(path, env={})
    with pytest.raises(ConfigError, match="nonsense"):
        Settings().with_overrides(nonsense=1)
