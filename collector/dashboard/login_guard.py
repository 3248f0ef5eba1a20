"""Dashboard logins: failed ones throttled and recorded, session cookies hardened.

- After ACCOUNT_LIMIT wrong passwords in a row for one account (or ADDRESS_LIMIT from
  one address) within WINDOW seconds, every further try -- a right password too --
  is refused until a delay has passed since the last failure; the delay doubles with
  each further failure (BASE_DELAY .. MAX_DELAY). A successful login clears the account.
- Every attempt (who, from where, when, how it ended) is kept in
  <data_dir>/dashboard-logins.db, shown on /logins; an account or address reaching
  the limit also goes into the audit chain (spooled, as the dashboard's exports are).
- The login cookie is HttpOnly, Secure when the dashboard is reached over TLS
  (directly, or behind a reverse proxy with ``behind_proxy``), and carries an expiry
  that each request moves forward: idle for ``idle_minutes``, the clerk logs in again.

The file is the dashboard's own (the archive's database stays read-only here); its
table is created idempotently on first use.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
import time
from pathlib import Path
from urllib.parse import parse_qs

from datasette.utils import baseconv
from datasette.utils.asgi import Request, Response
from itsdangerous import BadSignature

from .. import audit
from ..config import is_loopback
from .access import data_dir_of, require_role
from .render import render

LOGINS_DB = "dashboard-logins.db"
ACCOUNT_LIMIT = 5
ADDRESS_LIMIT = 20
WINDOW = 15 * 60
BASE_DELAY = 30
MAX_DELAY = 15 * 60
DEFAULT_IDLE_MINUTES = 60
OUTCOME_LABELS = {"ok": "登录成功", "failed": "密码错误", "throttled": "已限制（失败次数过多）"}

SCHEMA = """
CREATE TABLE IF NOT EXISTS login_attempts (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,          -- unix time
    username TEXT NOT NULL,
    address TEXT NOT NULL,
    outcome TEXT NOT NULL      -- ok | failed | throttled
);
CREATE INDEX IF NOT EXISTS login_attempts_username ON login_attempts (username, at);
CREATE INDEX IF NOT EXISTS login_attempts_address ON login_attempts (address, at);
"""


class LoginGuard:
    """The record of login attempts for one archive, and the throttle it implies."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / LOGINS_DB
        with self._connect() as conn:
            conn.executescript(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        return conn

    def _failures(self, conn, column: str, value: str, now: float) -> list[float]:
        """Failures in a row for this account/address: since its last success, within WINDOW."""
        since = now - WINDOW
        if column == "username":
            last_ok = conn.execute("SELECT max(at) FROM login_attempts WHERE username = ? AND outcome = 'ok'",
                                   [value]).fetchone()[0]
            since = max(since, last_ok or 0)
        return [r[0] for r in conn.execute(
            f"SELECT at FROM login_attempts WHERE {column} = ? AND outcome = 'failed' AND at > ? ORDER BY at",
            [value, since])]

    def wait_seconds(self, username: str, address: str, now: float | None = None) -> float:
        """How long this account and address must still wait before a try is heard (0: now)."""
        now = time.time() if now is None else now
        wait = 0.0
        with self._connect() as conn:
            for column, value, limit in (("username", username, ACCOUNT_LIMIT), ("address", address, ADDRESS_LIMIT)):
                failures = self._failures(conn, column, value, now)
                if len(failures) >= limit:
                    delay = min(BASE_DELAY * 2 ** (len(failures) - limit), MAX_DELAY)
                    wait = max(wait, failures[-1] + delay - now)
        return max(wait, 0.0)

    def record(self, username: str, address: str, outcome: str, now: float | None = None) -> list[str]:
        """Keep one attempt; returns which of account/address reached its limit with it."""
        now = time.time() if now is None else now
        with self._connect() as conn:
            conn.execute("INSERT INTO login_attempts (at, username, address, outcome) VALUES (?, ?, ?, ?)",
                         [now, username, address, outcome])
            if outcome != "failed":
                return []
            return [kind for kind, column, value, limit in (("account", "username", username, ACCOUNT_LIMIT),
                                                           ("address", "address", address, ADDRESS_LIMIT))
                    if len(self._failures(conn, column, value, now)) == limit]

    def recent(self, limit: int = 200, only_failures: bool = True) -> list[dict]:
        where = "WHERE outcome != 'ok'" if only_failures else ""
        with self._connect() as conn:
            rows = conn.execute(f"SELECT at, username, address, outcome FROM login_attempts {where}"
                                " ORDER BY at DESC, id DESC LIMIT ?", [limit]).fetchall()
        return [{"at": _local(at), "username": u, "address": a, "outcome": o,
                 "outcome_label": OUTCOME_LABELS.get(o, o)} for at, u, a, o in rows]


def _local(unix: float) -> str:
    from ..pipeline import OFFICE_TZ

    return dt.datetime.fromtimestamp(unix, OFFICE_TZ).strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------- settings of this dashboard


def _config(datasette) -> dict:
    return datasette.plugin_config("collector") or {}


def guard_of(datasette) -> LoginGuard:
    guard = getattr(datasette, "_collector_login_guard", None)
    if guard is None:
        guard = LoginGuard(data_dir_of(datasette))
        datasette._collector_login_guard = guard
    return guard


def _header(scope, name: bytes) -> str:
    for key, value in scope.get("headers") or []:
        if key.lower() == name:
            return value.decode("latin-1")
    return ""


def client_address(datasette, scope) -> str:
    """Where the request comes from; behind a reverse proxy on this machine, the
    address it forwarded (X-Forwarded-For's last entry: the one the proxy added)."""
    host = (scope.get("client") or ("?", 0))[0]
    if _config(datasette).get("behind_proxy") and is_loopback(host):
        forwarded = [a.strip() for a in _header(scope, b"x-forwarded-for").split(",") if a.strip()]
        if forwarded:
            return forwarded[-1]
    return host


def over_tls(datasette, scope) -> bool:
    if scope.get("scheme") == "https":
        return True
    return bool(_config(datasette).get("behind_proxy")) and _header(scope, b"x-forwarded-proto").lower() == "https"


def idle_seconds(datasette) -> float:
    return float(_config(datasette).get("idle_minutes") or DEFAULT_IDLE_MINUTES) * 60


# ---------------------------------------------------------------- the login POST


async def _read_body(receive) -> bytes:
    body, more = b"", True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = message.get("more_body", False)
    return body


def _replay(body: bytes):
    sent = False

    async def receive():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


def _wait_text(seconds: float) -> str:
    minutes = int(seconds // 60)
    return f"{minutes} 分 {int(seconds % 60)} 秒" if minutes else f"{max(1, int(seconds))} 秒"


async def guarded_login(datasette, app, scope, receive, send):
    """POST /-/login: refused while throttled; otherwise heard, and its outcome recorded."""
    body = await _read_body(receive)
    username = (parse_qs(body.decode("utf-8", "replace")).get("username") or [""])[0].strip()[:64]
    address = client_address(datasette, scope)
    guard = guard_of(datasette)
    wait = await asyncio.to_thread(guard.wait_seconds, username, address)
    if wait > 0:
        await asyncio.to_thread(guard.record, username, address, "throttled")
        request = Request(scope, _replay(body))
        # outside Datasette's CSRF layer: the form keeps the token the browser already has
        request.scope["csrftoken"] = lambda: request.cookies.get("ds_csrftoken", "")
        html = await datasette.render_template(
            "password_login.html", {"error": f"登录失败次数过多，请 {_wait_text(wait)}后再试"}, request=request)
        return await Response.html(html, status=429, headers={"retry-after": str(int(wait) + 1)}).asgi_send(send)
    outcome = {}

    async def watch(message):
        if message["type"] == "http.response.start":
            status = message["status"]
            sets_actor = any(k.lower() == b"set-cookie" and v.startswith(b"ds_actor=")
                             for k, v in message.get("headers") or [])
            outcome["value"] = "ok" if status in (301, 302, 303) and sets_actor else "failed" if status == 200 else None
        await send(message)

    await app(scope, _replay(body), watch)
    if outcome.get("value"):
        reached = await asyncio.to_thread(guard.record, username, address, outcome["value"])
        for kind in reached:
            audit.spool_event(data_dir_of(datasette), "login_throttled", username or "?", address=address,
                              limit=kind, via="dashboard")


# ---------------------------------------------------------------- the session cookie


def _signed_session(datasette, actor_cookie: str, now: float) -> str | None:
    """The ds_actor value with its expiry moved to now + the idle time (None: not a session)."""
    try:
        decoded = datasette.unsign(actor_cookie, "actor")
    except BadSignature:
        return None
    if not isinstance(decoded, dict) or "a" not in decoded:
        return None
    expires = int(now + idle_seconds(datasette))
    return datasette.sign({"a": decoded["a"], "e": baseconv.base62.encode(expires)}, "actor")


def _needs_renewal(datasette, actor_cookie: str, now: float) -> bool:
    try:
        decoded = datasette.unsign(actor_cookie, "actor")
        expires = int(baseconv.base62.decode(decoded["e"]))
    except (BadSignature, KeyError, TypeError, ValueError):
        return True
    return expires - now < idle_seconds(datasette) - 60


def _cookie_header(name: str, value: str, secure: bool, idle: float) -> bytes:
    flags = "; Path=/; HttpOnly; SameSite=Lax" + (f"; Max-Age={int(idle)}" if value else "") + ("; Secure" if secure else "")
    return f"{name}={value}{flags}".encode("latin-1")


def session_cookies(datasette, scope, send, logged_in: bool):
    """Wrap ``send``: the login's ds_actor cookie gets its flags and expiry; a logged-in
    request's session is moved forward (the idle timeout); other cookies get Secure over TLS."""
    secure = over_tls(datasette, scope)
    current = ""
    if logged_in:
        current = Request(scope, None).cookies.get("ds_actor", "")

    async def wrapped(message):
        if message["type"] == "http.response.start":
            now = time.time()
            headers, sets_actor = [], False
            for key, value in message.get("headers") or []:
                if key.lower() == b"set-cookie" and value.startswith(b"ds_actor="):
                    sets_actor = True
                    raw = value.decode("latin-1").split(";", 1)[0][len("ds_actor="):].strip('"')
                    renewed = _signed_session(datasette, raw, now) if raw else None
                    value = _cookie_header("ds_actor", renewed or "", secure, idle_seconds(datasette))
                    if not renewed:
                        value += b"; Max-Age=0"
                elif key.lower() == b"set-cookie" and secure and b"secure" not in value.lower():
                    value += b"; Secure"
                headers.append((key, value))
            if current and not sets_actor and _needs_renewal(datasette, current, now):
                renewed = _signed_session(datasette, current, now)
                if renewed:
                    headers.append((b"set-cookie", _cookie_header("ds_actor", renewed, secure, idle_seconds(datasette))))
            message = dict(message, headers=headers)
        await send(message)

    return wrapped


# ---------------------------------------------------------------- the record, on the dashboard


def routes():
    return [(r"^/logins$", logins_page)]


async def logins_page(datasette, request):
    require_role(request)
    show_all = request.args.get("all") == "1"
    rows = await asyncio.to_thread(guard_of(datasette).recent, 200, not show_all)
    return await render(datasette, request, "collector_logins.html",
                         {"rows": rows, "show_all": show_all, "account_limit": ACCOUNT_LIMIT,
                          "address_limit": ADDRESS_LIMIT, "window_minutes": WINDOW // 60,
                          "idle_minutes": int(idle_seconds(datasette) // 60)})
