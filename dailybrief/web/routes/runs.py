"""Runs: the schedule (a daily time and weekdays), the 「立即抓取」 button, the live progress
of the current run (polled as JSON by static/run.js) and the latest runs."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from ...errors import ConfigError
from ...schedule.scheduler import WEEKDAY_LABELS
from .deps import Editor, User, back, flash, get_store, page, read_form

router = APIRouter()


def _context(request: Request) -> dict[str, object]:
    schedule = request.app.state.scheduler
    return {
        "schedule_time": schedule.time_text, "schedule_weekdays": schedule.weekdays,
        "schedule_text": schedule.describe(), "timezone": request.app.state.settings.timezone,
        "weekday_labels": WEEKDAY_LABELS, "runs": get_store(request).runs(limit=20),
        "status": request.app.state.runs.status(),
    }


@router.get("/runs")
def runs_page(request: Request, user: User) -> Response:
    return page(request, "runs.html", _context(request))


@router.post("/runs/now")
def run_now(request: Request, user: Editor) -> Response:
    started, why = request.app.state.runs.start(by=user["name"])
    if started:
        flash(request, "已开始抓取：进度见下方")
    else:
        flash(request, f"没有开始：{why}", "error")
    return back("/runs#progress")


@router.post("/runs/schedule")
async def set_schedule(request: Request, user: Editor) -> Response:
    form = await read_form(request)
    try:
        request.app.state.scheduler.configure(form.get("time", ""), form.get("weekdays", ""))
    except ConfigError as exc:
        flash(request, f"定时设置无效：{exc}", "error")
        return back("/runs")
    text = request.app.state.scheduler.describe()
    flash(request, f"定时抓取：{text}" if text else "已关闭定时抓取")
    return back("/runs")


@router.get("/api/run/status")
def run_status(request: Request, user: User) -> Response:
    return JSONResponse(request.app.state.runs.status())
