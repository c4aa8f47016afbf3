"""「立即抓取」 in a real browser: headless Chromium (Playwright) against a real uvicorn on
127.0.0.1 over a database whose sources are the demo corpus; the page polls the run's status
(static JS, CSP-clean) and draws its stages until the run is done."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import uvicorn
from test_web_e2e import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS

from dailybrief.demo import corpus_meta, demo_corpus, serve_folder
from dailybrief.settings import Settings
from dailybrief.sources import load_sources
from dailybrief.store import Store
from dailybrief.web import auth, create_app

PASSWORD = "an editor's long password"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent "
                       "(install Debian's chromium: scripts/system-deps.sh)"),
]


@pytest.fixture()
def workbench(tmp_path: Path) -> Iterator[str]:
    corpus = demo_corpus()
    day, window = corpus_meta(corpus)
    db = tmp_path / "dailybrief.db"
    with serve_folder(corpus / "site") as base_url:
        with Store.open(db) as store:
            store.upsert_sources(load_sources(corpus / "sources.yaml", base_url=base_url))
            store.save_user("editor1", auth.hash_password(PASSWORD), "editor")
        # a small pause between requests to one host, so there is progress to watch
        settings = Settings(window_days=window, per_host_delay_s=0.05, per_host_concurrency=1)
        app = create_app(db, settings=settings, out_dir=tmp_path / "web-out")
        app.state.runs.now = lambda: datetime(day.year, day.month, day.day, 8, 0,
                                              tzinfo=ZoneInfo("Asia/Shanghai"))
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            app.state.runs.join(timeout=120)
            server.should_exit = True
            thread.join(timeout=10)


def test_run_now_shows_live_progress_in_the_browser(workbench: str) -> None:
    from playwright.sync_api import sync_playwright

    base = workbench
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(base + "/runs")
        page.fill("input[name=name]", "editor1")
        page.fill("input[name=password]", PASSWORD)
        page.click("button:has-text('登录')")
        page.wait_for_url(base + "/runs")
        page.click("#run-now")
        page.wait_for_url(base + "/runs#progress")
        page.wait_for_selector("#run-state:has-text('运行中')", timeout=30_000)
        page.wait_for_selector("#run-stages .stage[data-stage=pages]", timeout=60_000)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "runs-01-progress.png"))
        assert page.locator("#run-now").is_disabled()
        page.wait_for_selector("#progress[data-running=no]", timeout=240_000)
        state = page.locator("#run-state").inner_text()
        assert "完成" in state, state
        labels = page.locator("#run-stages .stage .label").all_inner_texts()
        assert labels == ["来源", "页面", "抽取", "分析", "写作", "生成文件"]
        pages_done = page.locator("#run-stages .stage[data-stage=pages] .count").inner_text()
        done, total = (int(x) for x in pages_done.split("/"))
        assert done == total > 10
        assert page.locator("#run-messages li").first.inner_text().startswith("collected ")
        page.screenshot(path=str(SCREENSHOTS / "runs-02-done.png"))
        assert not page.locator("#run-now").is_disabled()
        assert not [e for e in errors if "Content Security Policy" in e], errors
        browser.close()
