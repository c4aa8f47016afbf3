"""What the web workbench keeps: users, their sessions and the log of analysts' edits."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..errors import StoreError
from .connection import StoreBase, iso_day, now_iso

USER_KEYS = ("id", "name", "password_hash", "role", "created_at")
EDIT_KEYS = ("at", "user_name", "action", "detail", "revision")


class AccountsMixin(StoreBase):
    """The users, sessions and edits tables."""

    # -- users

    def save_user(self, name: str, password_hash: str, role: str, *, replace: bool = False) -> int:
        """Add a user (or, with replace, reset an existing one's password and role); return its id."""
        with self._transaction(f"store user {name!r}") as conn:
            row = conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()
            if row is not None and not replace:
                raise StoreError(f"{self.path}: user {name!r} already exists")
            if row is not None:
                conn.execute(
                    "UPDATE users SET password_hash = ?, role = ? WHERE id = ?",
                    (password_hash, role, row[0]),
                )
                conn.execute("DELETE FROM sessions WHERE user_id = ?", (row[0],))
                return int(row[0])
            cur = conn.execute(
                "INSERT INTO users (name, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                (name, password_hash, role, now_iso()),
            )
            return int(cur.lastrowid or 0)

    def user(self, name: str) -> dict[str, Any] | None:
        """Return the user as {id, name, password_hash, role, created_at}, or None."""
        with self._read(f"read user {name!r}") as conn:
            row = conn.execute(
                "SELECT id, name, password_hash, role, created_at FROM users WHERE name = ?",
                (name,),
            ).fetchone()
        if row is None:
            return None
        return dict(zip(USER_KEYS, row, strict=True))

    def users(self) -> list[dict[str, Any]]:
        """Return every user as {id, name, role, created_at}, by name."""
        with self._read("read users") as conn:
            rows = conn.execute("SELECT id, name, role, created_at FROM users ORDER BY name").fetchall()
        return [dict(zip(("id", "name", "role", "created_at"), r, strict=True)) for r in rows]

    def delete_user(self, name: str) -> bool:
        """Remove a user and their sessions; return False if there was no such user."""
        with self._transaction(f"remove user {name!r}") as conn:
            cur = conn.execute("DELETE FROM users WHERE name = ?", (name,))
        return cur.rowcount > 0

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        """Store a re-computed hash (argon2 parameters changed) for the same password."""
        with self._transaction("update a password hash") as conn:
            conn.execute("UPDATE users SET password_hash = ? WHERE id = ?", (password_hash, user_id))

    # -- sessions

    def create_session(self, token_hash: str, user_id: int, expires_at: datetime) -> None:
        now = now_iso()
        with self._transaction("create a session") as conn:
            conn.execute("DELETE FROM sessions WHERE expires_at < ?", (now,))
            conn.execute(
                "INSERT INTO sessions (token_hash, user_id, created_at, expires_at)"
                " VALUES (?, ?, ?, ?)",
                (token_hash, user_id, now, expires_at.isoformat(timespec="seconds")),
            )

    def session_user(self, token_hash: str) -> dict[str, Any] | None:
        """Return {id, name, role} of the unexpired session's user, or None."""
        with self._read("read a session") as conn:
            row = conn.execute(
                "SELECT u.id, u.name, u.role FROM sessions AS s JOIN users AS u ON u.id = s.user_id"
                " WHERE s.token_hash = ? AND s.expires_at >= ?",
                (token_hash, now_iso()),
            ).fetchone()
        return None if row is None else {"id": row[0], "name": row[1], "role": row[2]}

    def delete_session(self, token_hash: str) -> None:
        with self._transaction("end a session") as conn:
            conn.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash,))

    # -- the edit log

    def log_edit(
        self, brief_date: date, user_name: str, action: str, detail: str = "",
        revision: int | None = None,
    ) -> None:
        """Record what an analyst did to the day's storylines or brief."""
        with self._transaction("log an edit") as conn:
            conn.execute(
                "INSERT INTO edits (brief_date, at, user_name, action, detail, revision)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (iso_day(brief_date), now_iso(), user_name, action, detail, revision),
            )

    def edits(self, brief_date: date, limit: int = 200) -> list[dict[str, Any]]:
        """Return the day's logged edits, newest first."""
        with self._read("read edits") as conn:
            rows = conn.execute(
                "SELECT at, user_name, action, detail, revision FROM edits WHERE brief_date = ?"
                " ORDER BY id DESC LIMIT ?",
                (iso_day(brief_date), limit),
            ).fetchall()
        return [dict(zip(EDIT_KEYS, r, strict=True)) for r in rows]
