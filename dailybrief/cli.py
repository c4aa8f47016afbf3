"""The command line: `dailybrief run | extract | render | demo`.

Errors the user must fix (BriefError) are printed as one line, never a traceback.
Exit codes: 0 ok, 1 the run failed, 2 bad usage or configuration, 3 some sources failed,
4 nothing could be fetched (no brief written), 5 another run is using the database
(see dailybrief/monitor/outcomes.py).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import BriefError, ConfigError, RunBusyError
from .settings import Settings, load_settings

F = TypeVar("F", bound=Callable[..., Any])


class BriefCommand(click.Command):
    """A click command that turns BriefError into one clear line (exit 2 for config)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ConfigError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(2)
        except RunBusyError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(5)
        except BriefError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)


class BriefGroup(click.Group):
    command_class = BriefCommand


TODAY = "today"


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | str | None:
    """Return the option's date, or TODAY (resolved later in the `timezone` setting)."""
    if value is None:
        return None
    if value.strip().lower() == TODAY:
        return TODAY
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date like 2026-06-10 or 'today'") from exc
    if not FIRST_DAY <= day <= LAST_DAY:
        raise click.BadParameter(f"{value!r} is outside {FIRST_DAY} to {LAST_DAY}")
    return day


FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)


def check_formats(formats: tuple[str, ...]) -> None:
    """Refuse unknown output formats before any fetch (one line naming them)."""
    from .render import RENDERERS

    unknown = [f for f in formats if f not in RENDERERS]
    if unknown or not formats:
        raise ConfigError(f"--format {','.join(formats)}: unknown format(s) {', '.join(unknown) or '(none given)'}; "
                          f"known: {', '.join(RENDERERS)}")


def _day(value: date | str, settings: Settings) -> date:
    """Return the brief's day: the date given, or today in the brief's time zone."""
    if value == TODAY:
        from .schedule import today_in

        return today_in(settings.timezone)
    assert isinstance(value, date)
    return value


class DatabaseLocation(click.ParamType):
    """--db: a SQLite file (a Path) or a ``postgresql://`` URL (kept as text)."""

    name = "database"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, Path):
            return value
        text = str(value)
        return text if text.startswith(("postgresql://", "postgres://")) else Path(text)


DB = DatabaseLocation()
DB_HELP = ("SQLite database file, or postgresql://user:password@host:port/dbname for a team's "
           "shared server (also read from DAILYBRIEF_DB).")


BROKER_HELP = ("redis://host:6379/0: collect and extract on `dailybrief worker` processes through "
               "this Redis broker (needs a postgresql:// --db they share; also read from "
               "DAILYBRIEF_BROKER). Default: everything in this process.")


def _settings(settings_file: Path | None, **overrides: Any) -> Settings:
    return load_settings(settings_file).with_overrides(**overrides)


@click.group(cls=BriefGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dailybrief")
@click.option("-v", "--verbose", count=True, help="More log output on stderr.")
def cli(verbose: int) -> None:
    """dailybrief: the day's 新质生产力 policy brief, grounded in its sources."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@cli.command()
@click.option("--sources", "sources_path", type=click.Path(path_type=Path), default=None,
              help="sources.yaml: the sites to read (default: the registry in --db, as edited "
                   "in the workbench).")
@click.option("--date", "day", callback=_date, required=True,
              help="Brief date, YYYY-MM-DD, or 'today' (in the `timezone` setting, Asia/Shanghai).")
@click.option("--window-days", type=int, default=None, help="News window in days (default 14).")
@click.option("--db", "db_path", type=DB, default=Path("dailybrief.db"), envvar="DAILYBRIEF_DB",
              show_default=True, help=DB_HELP)
@click.option("--out", "out_dir", type=click.Path(path_type=Path), required=True,
              help="Folder for brief.json, brief.md, brief.html, …")
@click.option("--writer", type=click.Choice(["extractive", "llm"]), default=None,
              help="Writer backend (default extractive; llm needs DAILYBRIEF_LLM_* settings).")
@click.option("--format", "formats", default=None, help="Comma-separated formats (default: all).")
@click.option("--settings", "settings_file", type=click.Path(path_type=Path), default=None,
              help="A settings YAML file.")
@click.option("--broker", "broker_url", default=None, envvar="DAILYBRIEF_BROKER", help=BROKER_HELP)
@click.option("--strict", is_flag=True,
              help="Exit 3 when some sources failed (default: 0 with a warning line, the brief "
                   "having been written from the others). For a monitor or a systemd unit.")
def run(sources_path: Path | None, day: date | str, window_days: int | None, db_path: Path,
        out_dir: Path, writer: str | None, formats: str | None, settings_file: Path | None,
        broker_url: str | None, strict: bool) -> None:
    """Collect, analyse and write the brief for one day.

    \b
    Example:
      dailybrief run --sources sources.yaml --date 2026-06-10 --out out/
      dailybrief run --db dailybrief.db --date today --out out/
      dailybrief run --db postgresql://… --broker redis://… --date today --out out/
    \b
    Exit codes: 0 the brief was written (some sources may have failed: a warning line
    names them), 3 some sources failed (only with --strict), 4 nothing could be fetched
    (no brief), 5 another run is using the database, 1 error, 2 bad usage.
    """
    from .monitor import STATUS_OK, exit_code
    from .pipeline import run_brief
    from .progress import terminal_progress
    from .render import DEFAULT_FORMATS
    from .report import format_report

    settings = _settings(settings_file, window_days=window_days, writer=writer)
    chosen = tuple(f.strip() for f in formats.split(",") if f.strip()) if formats else DEFAULT_FORMATS
    check_formats(chosen)
    collector = _collector(broker_url, db_path)
    tracker = terminal_progress()
    try:
        report = run_brief(sources_path, day=_day(day, settings), out_dir=out_dir, db_path=db_path,
                           settings=settings, formats=chosen, tracker=tracker, collector=collector,
                           progress=None if sys.stderr.isatty() else lambda m: click.echo(m, err=True))
    finally:
        tracker.close()
    click.echo(format_report(report))
    _announce_alarms(db_path, settings, report.day)
    code = exit_code(report.status, strict=strict)
    if report.status != STATUS_OK:
        from .report import status_line

        click.echo(status_line(report, strict=strict), err=True)
    sys.exit(code)


def _collector(broker_url: str | None, db_path: Path | str) -> Any:
    """Return the worker mode's collector for --broker (None without it), checked before any fetch."""
    if not broker_url:
        return None
    _shared_db(db_path, "--broker")
    from .distribute import Distributed

    return Distributed(broker_url)


def _shared_db(db_path: Path | str, option: str) -> None:
    from .store import is_postgres_url

    if not is_postgres_url(str(db_path)):
        raise ConfigError(f"{option} needs a postgresql:// --db that every worker reaches "
                          f"(not the SQLite file {db_path})")


def _announce_alarms(db_path: Path, settings: Settings, day: date) -> None:
    """Print the source alarms that start with this run, and send them to the channels."""
    from .monitor.alarms import announce_new_alarms
    from .store import Store

    try:
        with Store.open(db_path) as store:
            alarms = announce_new_alarms(store, settings, day)
    except BriefError as exc:
        click.echo(f"warning: could not send the source alarms: {exc}", err=True)
        return
    for alarm in alarms:
        click.echo(f"alarm: {alarm.text}", err=True)


@cli.command()
@click.argument("target")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: title, published, text, stated_source.")
@click.option("--encoding", default=None, help="Force the page's charset.")
def extract(target: str, as_json: bool, encoding: str | None) -> None:
    """Show what the extract stage makes of one saved page or URL.

    \b
    Example:
      dailybrief extract page.html --json
    """
    from .extract import extract_page, extracted_to_json

    body, url, content_type = _read_target(target)
    result = extracted_to_json(extract_page(body, url=url, content_type=content_type,
                                            encoding_hint=encoding))
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    for key in ("title", "published", "stated_source", "doc_number"):
        click.echo(f"{key:14} {result.get(key)}")
    click.echo("")
    click.echo(result.get("text") or "")


def _read_target(target: str) -> tuple[bytes, str, str | None]:
    if target.startswith(("http://", "https://")):
        from .collect.fetch import fetch_one

        page = fetch_one(target, load_settings())
        return page.body, page.final_url, page.content_type
    path = Path(target)
    try:
        return path.read_bytes(), path.resolve().as_uri(), None
    except OSError as exc:
        raise ConfigError(f"{target}: cannot read the page: {exc.strerror}") from exc


@cli.command()
@click.option("--brief", "brief_path", type=click.Path(path_type=Path), required=True,
              help="An (edited) brief.json.")
@click.option("--format", "formats", default=None,
              help="Comma-separated formats: json, md, html, pdf, docx, wechat (default: all).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Output folder (default: the brief's folder).")
@click.option("--brand", "brand_file", type=click.Path(path_type=Path), default=None,
              help="A brand.yaml (title, organisations, logo, contacts, colours).")
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=None,
              help="The database holding the cited pages, to check every figure and date against "
                   "(default: dailybrief.db next to the brief, else ./dailybrief.db).")
@click.option("--force", is_flag=True,
              help="Render even when a figure or date is not in the cited pages (or there is no "
                   "database to check against); every output is then marked 草稿：数字未经核验.")
@click.option("--draft", is_flag=True, help="Mark every output 草稿 (a draft for review).")
def render(brief_path: Path, formats: str | None, out_dir: Path | None, brand_file: Path | None,
           db_path: Path | None, force: bool, draft: bool) -> None:
    """Re-render an edited brief.json without re-running the pipeline.

    Every figure and date is checked against the cited pages as the workbench does; a brief
    that fails is refused, or with --force rendered with a visible mark.

    \b
    Example:
      dailybrief render --brief out/brief.json
      dailybrief render --brief out/brief.json --format pdf,docx,wechat --db out/dailybrief.db
    """
    from dataclasses import replace

    from .pipeline import check_out_dir
    from .render import DEFAULT_FORMATS, FILENAMES, render_brief
    from .render.schema import load_brief_file

    brief = load_brief_file(brief_path)
    data = json.loads(brief_path.read_text(encoding="utf-8"))
    problems = _render_problems(data, _render_db(brief_path, db_path))
    if problems and not force:
        for line in problems:
            click.echo(f"  {line}", err=True)
        raise BriefError(f"{brief_path}: {len(problems)} figure(s) or date(s) cannot be checked "
                         "against the cited pages; fix them, or pass --force to render a marked draft")
    for line in problems:
        click.echo(f"warning: {line}", err=True)
    mark = UNCHECKED_MARK if problems else (DRAFT_MARK if draft else brief.draft_mark)
    brief = replace(brief, draft_mark=mark)
    brand = None
    if brand_file is not None:
        from .render.brand import load_brand

        brand = load_brand(brand_file)
    target = out_dir or brief_path.parent
    check_out_dir(target)
    chosen = [f.strip() for f in formats.split(",") if f.strip()] if formats else list(DEFAULT_FORMATS)
    if "json" in chosen and (target / FILENAMES["json"]).resolve() == brief_path.resolve():
        chosen.remove("json")  # never overwrite the edited brief.json with itself
    paths, timings = render_brief(brief, target, chosen, brand)
    for fmt, path in paths.items():
        click.echo(f"{fmt:7} {path}  ({timings[fmt]:.2f}s)")


DRAFT_MARK = "草稿"
UNCHECKED_MARK = "草稿：数字未经核验"


def _render_db(brief_path: Path, db_path: Path | None) -> Path | None:
    """Return the database to check a brief against: --db, else one next to the brief, else ./."""
    if db_path is not None:
        if not db_path.is_file():
            raise ConfigError(f"--db {db_path}: no such database")
        return db_path
    for candidate in (brief_path.parent / "dailybrief.db", Path("dailybrief.db")):
        if candidate.is_file():
            return candidate
    return None


def _render_problems(data: dict[str, Any], db_path: Path | None) -> list[str]:
    """Return one line per figure or date of the brief no cited page states (the workbench's
    check), or a single line saying there is nothing to check against."""
    if db_path is None:
        return ["no database with the cited pages (pass --db): figures and dates are unchecked"]
    from .store import Store
    from .web.checks import blocking, brief_problems

    with Store.open(db_path) as store:
        return [f"{p.where}: {p.reason}" for p in blocking(brief_problems(store, data))]


@cli.command()
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("demo-out"),
              show_default=True, help="Folder for the demo brief.")
@click.option("--db", "db_path", type=DB, default=None,
              help="SQLite database (default: OUT/dailybrief.db) or a postgresql:// URL.")
@click.option("--writer", type=click.Choice(["extractive", "llm"]), default=None)
@click.option("--broker", "broker_url", default=None, envvar="DAILYBRIEF_BROKER", help=BROKER_HELP)
def demo(out_dir: Path, db_path: Path | None, writer: str | None, broker_url: str | None) -> None:
    """Serve the bundled demo corpus on 127.0.0.1 and write its brief.

    \b
    Example:
      dailybrief demo --out demo-out
      dailybrief demo --db postgresql://… --broker redis://… --out demo-out
    """
    from .demo import corpus_meta, demo_corpus, serve_folder
    from .pipeline import check_out_dir, run_brief
    from .report import format_report

    corpus = demo_corpus()
    day, window = corpus_meta(corpus)
    check_out_dir(out_dir)
    settings = _settings(None, window_days=window, writer=writer)
    db = db_path or out_dir / "dailybrief.db"
    collector = _collector(broker_url, db)
    with serve_folder(corpus / "site") as base_url:
        click.echo(f"serving the demo corpus at {base_url}", err=True)
        report = run_brief(corpus / "sources.yaml", day=day, out_dir=out_dir, db_path=db,
                           settings=settings, base_url=base_url, collector=collector,
                           progress=lambda m: click.echo(m, err=True))
    click.echo(format_report(report))


@cli.command()
@click.option("--date", "day", callback=_date, required=True,
              help="Brief date, YYYY-MM-DD, or 'today'.")
@click.option("--revision", type=int, default=None,
              help="The revision to send (default: the latest published one).")
@click.option("--channel", "only", multiple=True,
              help="Only this channel (its label, as `push` prints it); repeatable.")
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=Path("dailybrief.db"),
              show_default=True, help="SQLite database.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Folder for rendered files (default: web-out next to the database).")
@click.option("--settings", "settings_file", type=click.Path(path_type=Path), default=None,
              help="A settings YAML file (deliver_urls, public_url, …).")
def push(day: date | str, revision: int | None, only: tuple[str, ...], db_path: Path,
         out_dir: Path | None, settings_file: Path | None) -> None:
    """Send a published brief to the channels in `deliver_urls` (Feishu, DingTalk, WeCom,
    e-mail with the PDF, Telegram, a webhook), recording each delivery.

    \b
    Example:
      DAILYBRIEF_DELIVER_URLS='feishu://TOKEN mailtos://user:pass@smtp.example.org?to=team@example.org' \\
        dailybrief push --date 2026-06-10 --db out/dailybrief.db
    \b
    Exit codes: 0 every channel took it, 3 some channel failed (after retries), 2 nothing to send.
    """
    from .deliver.publish import push_revision
    from .errors import DeliveryError
    from .store import Store

    settings = _settings(settings_file)
    _existing_db(db_path)
    with Store.open(db_path) as store:
        try:
            results = push_revision(store, _day(day, settings), settings,
                                    out_dir or db_path.resolve().parent / "web-out",
                                    revision=revision, only=only or None)
        except DeliveryError as exc:
            raise ConfigError(str(exc)) from exc
    for r in results:
        state = "sent  " if r.ok else "FAILED"
        click.echo(f"{state} {r.channel}  ({r.attempts} attempt{'s' if r.attempts > 1 else ''})"
                   + (f": {r.detail}" if r.detail else ""))
    if not results:
        raise ConfigError(f"no channel matches --channel {', '.join(only)}")
    if not all(r.ok for r in results):
        sys.exit(3)


@cli.command("calendar")
@click.option("--db", "db_path", type=DB, default=Path("dailybrief.db"), envvar="DAILYBRIEF_DB",
              show_default=True, help=DB_HELP)
@click.option("--out", "out_file", type=click.Path(path_type=Path), required=True,
              help="The .ics file to write.")
@click.option("--all", "include_past", is_flag=True, help="Include deadlines already past.")
@click.option("--settings", "settings_file", type=click.Path(path_type=Path), default=None,
              help="A settings YAML file (timezone).")
def calendar_command(db_path: Path | str, out_file: Path, include_past: bool,
                     settings_file: Path | None) -> None:
    """Write every brief's 时间节点 as an iCalendar file (Outlook, DingTalk, phone calendars).

    \b
    Example:
      dailybrief calendar --db out/dailybrief.db --out deadlines.ics
    """
    from .deadlines import all_deadlines, calendar_ics
    from .schedule import today_in
    from .store import Store

    settings = _settings(settings_file)
    _existing_db(db_path)
    with Store.open(db_path) as store:
        entries = all_deadlines(store, since=None if include_past else today_in(settings.timezone))
    try:
        out_file.write_bytes(calendar_ics(entries))
    except OSError as exc:
        raise ConfigError(f"--out {out_file}: cannot write: {exc.strerror}") from exc
    click.echo(f"{len(entries)} deadline(s) written to {out_file}")


@cli.command()
@click.option("--db", "db_path", type=DB, required=True, envvar="DAILYBRIEF_DB",
              help="The postgresql:// database the coordinator (`dailybrief run --broker`) uses.")
@click.option("--broker", "broker_url", required=True, envvar="DAILYBRIEF_BROKER",
              help="The Redis broker the coordinator sends the day's tasks to (redis://host:6379/0).")
@click.option("--processes", type=click.IntRange(1, 256), default=None,
              help="Worker processes (default: one per core).")
@click.option("--threads", type=click.IntRange(1, 256), default=4, show_default=True,
              help="Tasks run at once in each process (fetching waits on the network).")
def worker(db_path: Path | str, broker_url: str, processes: int | None, threads: int) -> None:
    """Run collection and extraction tasks for coordinators on other machines, until stopped.

    \b
    Example (on each collecting machine; then `dailybrief run … --broker` on one):
      dailybrief worker --db postgresql://dailybrief@db:5432/dailybrief --broker redis://queue:6379/0
    """
    import os

    from .distribute import redis_client
    from .store import Store

    _shared_db(db_path, "worker")
    redis_client(broker_url)
    with Store.open(db_path):  # reachable, and migrated before any task writes to it
        pass
    try:
        from dramatiq import cli as dramatiq_cli
    except ImportError as exc:
        raise ConfigError("worker: the worker mode needs Dramatiq; install it with "
                          "pip install 'dailybrief[workers]'") from exc
    os.environ.update(DAILYBRIEF_DB=str(db_path), DAILYBRIEF_BROKER=broker_url)
    args = ["dailybrief.distribute.tasks:setup", "--threads", str(threads), "--queues", "dailybrief"]
    if processes:
        args[1:1] = ["--processes", str(processes)]
    sys.exit(dramatiq_cli.main(dramatiq_cli.make_argument_parser().parse_args(args)))


def main() -> None:
    cli(prog_name="dailybrief")


# --- the analyst's workbench (dailybrief/web) ---------------------------------------------

_LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@cli.command()
@click.option("--db", "db_path", type=DB, default=Path("dailybrief.db"), envvar="DAILYBRIEF_DB",
              show_default=True, help="The database written by `dailybrief run`: " + DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Folder for rendered files (default: web-out next to the database).")
@click.option("--settings", "settings_file", type=click.Path(path_type=Path), default=None,
              help="A settings YAML file (max_sections, title, writer, …).")
@click.option("--secure-cookies/--no-secure-cookies", default=None,
              help="Send the session cookie over HTTPS only (default: on unless the host is loopback).")
def serve(db_path: Path, host: str, port: int, out_dir: Path | None, settings_file: Path | None,
          secure_cookies: bool | None) -> None:
    """Serve the analyst's workbench: review, edit, publish and search briefs.

    \b
    Example:
      dailybrief user add alice --role editor --db out/dailybrief.db
      dailybrief serve --db out/dailybrief.db
    """
    import uvicorn

    from .store import Store
    from .web import create_app

    _existing_db(db_path)
    with Store.open(db_path) as store:
        users = store.users()
        if store.table_counts()["briefs"] == 0:
            click.echo(f"note: {db_path} has no brief yet", err=True)
    _check_port_free(host, port)
    secure = host not in _LOOPBACK_HOSTS if secure_cookies is None else secure_cookies
    settings = _settings(settings_file)
    app = create_app(db_path, settings=settings, out_dir=out_dir, secure_cookies=secure)
    click.echo(f"workbench at http://{host}:{port}/", err=True)
    if not users:
        click.echo(f"  no account yet: {add_user_command(db_path)}", err=True)
    else:
        click.echo(f"  {len(users)} account(s); add one: {add_user_command(db_path)}", err=True)
    schedule = app.state.scheduler.describe()
    click.echo(f"  schedule: {schedule or 'none (set it on the 抓取 page, or schedule_time)'}", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def add_user_command(db_path: Path) -> str:
    """Return the command that adds an editor to this database (the banner, login page, README)."""
    return f"dailybrief user add NAME --role editor --db {db_path}"


def _existing_db(db_path: Path | str) -> None:
    from .store import database_exists

    if not database_exists(db_path):
        raise ConfigError(f"--db {db_path}: no such database; run `dailybrief run` or "
                          "`dailybrief demo` first")


def _check_port_free(host: str, port: int) -> None:
    """Raise ConfigError before anything starts if host:port is taken (another workbench?)."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise ConfigError(f"--port {port}: {host}:{port} is already in use ({exc.strerror}); "
                              "another workbench may be running there; choose another --port") from exc


@cli.group(cls=BriefGroup)
def user() -> None:
    """Manage workbench accounts (editor: can change; viewer: read only)."""


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["editor", "viewer"]), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@click.option("--replace", is_flag=True, help="Reset the password and role of an existing user.")
@click.option("--db", "db_path", type=DB, default=Path("dailybrief.db"), envvar="DAILYBRIEF_DB",
              show_default=True, help=DB_HELP)
def user_add(name: str, role: str, password_stdin: bool, replace: bool, db_path: Path) -> None:
    """Add a workbench user; the password is asked for (or read with --password-stdin).

    \b
    Example:
      dailybrief user add alice --role editor --db out/dailybrief.db
      echo 's3cret-pass' | dailybrief user add bob --role viewer --password-stdin
    """
    from .store import Store
    from .web.auth import hash_password

    name = name.strip()
    if not name or len(name) > 64 or any(ch.isspace() for ch in name):
        raise ConfigError(f"user name {name!r}: 1 to 64 characters, no spaces")
    _existing_db(db_path)
    password = _new_password(password_stdin)
    with Store.open(db_path) as store:
        store.save_user(name, hash_password(password), role, replace=replace)
    click.echo(f"user {name} ({role}) saved in {db_path}")
    click.echo(f"start the workbench: dailybrief serve --db {db_path}")


def _new_password(from_stdin: bool) -> str:
    from .web.auth import password_problem

    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    problem = password_problem(password)
    if problem:
        raise ConfigError(problem)
    return password


_DB_OPTION = click.option("--db", "db_path", type=DB, default=Path("dailybrief.db"),
                          envvar="DAILYBRIEF_DB", show_default=True, help=DB_HELP)


@user.command("list")
@_DB_OPTION
def user_list(db_path: Path) -> None:
    """List the workbench's accounts.

    \b
    Example:
      dailybrief user list --db out/dailybrief.db
    """
    from .store import Store

    _existing_db(db_path)
    with Store.open(db_path) as store:
        users = store.users()
    if not users:
        click.echo(f"no account in {db_path}; add one: {add_user_command(db_path)}")
    for u in users:
        click.echo(f"{u['name']:20} {u['role']:7} created {u['created_at'][:16].replace('T', ' ')}")


@user.command("remove")
@click.argument("name")
@_DB_OPTION
def user_remove(name: str, db_path: Path) -> None:
    """Remove an account (its sessions end at once).

    \b
    Example:
      dailybrief user remove bob --db out/dailybrief.db
    """
    from .store import Store

    _existing_db(db_path)
    with Store.open(db_path) as store:
        if not store.delete_user(name):
            raise ConfigError(f"no user {name!r} in {db_path} (see: dailybrief user list --db {db_path})")
    click.echo(f"user {name} removed from {db_path}")


@user.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@_DB_OPTION
def user_passwd(name: str, password_stdin: bool, db_path: Path) -> None:
    """Change an account's password (its open sessions end).

    \b
    Example:
      dailybrief user passwd alice --db out/dailybrief.db
    """
    from .store import Store
    from .web.auth import hash_password

    _existing_db(db_path)
    with Store.open(db_path) as store:
        found = store.user(name)
        if found is None:
            raise ConfigError(f"no user {name!r} in {db_path} (see: dailybrief user list --db {db_path})")
        password = _new_password(password_stdin)
        store.save_user(name, hash_password(password), found["role"], replace=True)
    click.echo(f"password of {name} changed in {db_path}")
