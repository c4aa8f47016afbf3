"""The workbench recipe as a newcomer meets it: accounts on the right database, listed,
removed and re-passworded from the command line; `serve` says so when its port is busy."""

from __future__ import annotations

import socket
from pathlib import Path

from click.testing import CliRunner

from dailybrief.cli import cli
from dailybrief.store import Store
from dailybrief.web.auth import check_password


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "brief.db"
    Store.open(db).close()
    return db


def test_user_add_list_passwd_remove_on_the_named_database(tmp_path: Path) -> None:
    db = _db(tmp_path)
    runner = CliRunner()
    added = runner.invoke(cli, ["user", "add", "alice", "--role", "editor", "--password-stdin",
                                "--db", str(db)], input="first long password\n")
    assert added.exit_code == 0, added.output
    assert f"dailybrief serve --db {db}" in added.output
    listed = runner.invoke(cli, ["user", "list", "--db", str(db)])
    assert listed.exit_code == 0 and "alice" in listed.output and "editor" in listed.output
    changed = runner.invoke(cli, ["user", "passwd", "alice", "--password-stdin", "--db", str(db)],
                            input="second long password\n")
    assert changed.exit_code == 0, changed.output
    with Store.open(db) as store:
        user = store.user("alice")
        assert user is not None and user["role"] == "editor"
        assert check_password(user["password_hash"], "second long password")[0]
        assert not check_password(user["password_hash"], "first long password")[0]
    removed = runner.invoke(cli, ["user", "remove", "alice", "--db", str(db)])
    assert removed.exit_code == 0
    again = runner.invoke(cli, ["user", "remove", "alice", "--db", str(db)])
    assert again.exit_code == 2 and "no user 'alice'" in again.output
    empty = runner.invoke(cli, ["user", "list", "--db", str(db)])
    assert f"dailybrief user add NAME --role editor --db {db}" in empty.output


def test_user_add_refuses_a_database_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(cli, ["user", "add", "bob", "--role", "viewer", "--password-stdin",
                                      "--db", str(missing)], input="a long enough password\n")
    assert result.exit_code == 2 and "no such database" in result.output
    assert not missing.exists()


def test_serve_on_a_busy_port_says_so_before_starting(tmp_path: Path) -> None:
    db = _db(tmp_path)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 2
    assert f"127.0.0.1:{port} is already in use" in result.output and "--port" in result.output


def test_the_login_page_shows_the_command_for_this_database(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from dailybrief.web import create_app

    db = _db(tmp_path)
    with TestClient(create_app(db)) as client:
        html = client.get("/login").text
    assert f"dailybrief user add 名字 --role editor --db {db}" in html
    assert f"dailybrief serve --db {db}" in html
