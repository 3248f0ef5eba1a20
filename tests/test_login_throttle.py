"""Dashboard logins (real Datasette + datasette-auth-passwords via ds.client): a burst of
wrong passwords is throttled per account and per address and recorded where the office
sees it (/logins, the audit spool); the session cookie is HttpOnly, Secure over TLS, and
expires when idle."""

from __future__ import annotations

import json
import re
import sqlite3
import time

import pytest
from datasette.utils import baseconv

from collector.dashboard import login_guard
from collector.serve import build_datasette
from dashboard_archive import DASHBOARD_LOGINS, sample_dashboard_archive
from dashboard_forms import AUDITOR, OFFICE, login_cookies, run

PASSWORD = DASHBOARD_LOGINS["clerk"][1]


@pytest.fixture
def archive(tmp_path):
    return sample_dashboard_archive(tmp_path)


def dashboard(archive, **session):
    return build_datasette(archive["data_dir"], users_file=archive["users_file"], secret="throttle-secret",
                           session=session or None)


def login(ds, username, password, headers=None):
    form = run(ds.client.get("/-/login", headers=headers))
    token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
    return run(ds.client.post(
        "/-/login", content=f"username={username}&password={password}&csrftoken={token}",
        cookies={"ds_csrftoken": form.cookies.get("ds_csrftoken")},
        headers={"content-type": "application/x-www-form-urlencoded", **(headers or {})}))


def attempts(archive):
    conn = sqlite3.connect(archive["data_dir"] / login_guard.LOGINS_DB)
    try:
        return conn.execute("SELECT username, address, outcome FROM login_attempts ORDER BY id").fetchall()
    finally:
        conn.close()


def age_attempts(archive, seconds):
    conn = sqlite3.connect(archive["data_dir"] / login_guard.LOGINS_DB)
    with conn:
        conn.execute("UPDATE login_attempts SET at = at - ?", [seconds])
    conn.close()


def test_a_burst_of_wrong_passwords_is_slowed_down_and_recorded(archive):
    ds = dashboard(archive)
    answers = [login(ds, "clerk", f"wrong-{i}") for i in range(30)]
    statuses = [r.status_code for r in answers]
    assert statuses[:login_guard.ACCOUNT_LIMIT] == [200] * login_guard.ACCOUNT_LIMIT
    assert statuses[login_guard.ACCOUNT_LIMIT:] == [429] * (30 - login_guard.ACCOUNT_LIMIT)
    assert "登录失败次数过多" in answers[-1].text and int(answers[-1].headers["retry-after"]) > 0
    # while throttled, the right password is refused too: no session
    right = login(ds, "clerk", PASSWORD)
    assert right.status_code == 429 and "ds_actor" not in right.cookies
    outcomes = [o for _, _, o in attempts(archive)]
    assert outcomes.count("failed") == login_guard.ACCOUNT_LIMIT and outcomes.count("throttled") == 26
    assert {a for _, a, _ in attempts(archive)} == {"127.0.0.1"}
    # the office sees it, and the audit chain gets it from the spool
    page = run(ds.client.get("/logins", cookies=login_cookies(ds, OFFICE))).text
    assert page.count("密码错误") >= login_guard.ACCOUNT_LIMIT and "已限制" in page and "127.0.0.1" in page
    assert "已限制" in run(ds.client.get("/logins", cookies=login_cookies(ds, AUDITOR))).text
    spooled = [json.loads(p.read_text()) for p in (archive["data_dir"] / "audit-spool").glob("*.json")]
    assert any(e.get("event") == "login_throttled" and e.get("actor") == "clerk" for e in spooled), spooled
    # another account is not held up by this one's failures
    other = login(ds, "audit", DASHBOARD_LOGINS["audit"][1])
    assert other.status_code == 302


def test_after_the_delay_the_right_password_works_and_clears_the_account(archive):
    ds = dashboard(archive)
    for i in range(login_guard.ACCOUNT_LIMIT):
        login(ds, "clerk", f"wrong-{i}")
    assert login(ds, "clerk", PASSWORD).status_code == 429
    age_attempts(archive, login_guard.BASE_DELAY + 1)
    ok = login(ds, "clerk", PASSWORD)
    assert ok.status_code == 302 and ok.cookies.get("ds_actor")
    assert login(ds, "clerk", "wrong-again").status_code == 200, "a success starts the count again"


def test_many_accounts_from_one_address_are_throttled_by_address(archive):
    ds = dashboard(archive)
    for i in range(login_guard.ADDRESS_LIMIT):
        assert login(ds, f"guess{i}", "x").status_code == 200
    assert login(ds, "clerk", PASSWORD).status_code == 429


def test_the_session_cookie_is_httponly_secure_behind_tls_and_expires_when_idle(archive):
    plain = login(dashboard(archive), "clerk", PASSWORD)
    cookie = plain.headers["set-cookie"]
    assert "ds_actor=" in cookie and "HttpOnly" in cookie and "Secure" not in cookie
    proxied = login(dashboard(archive, behind_proxy=True), "clerk", PASSWORD,
                    headers={"x-forwarded-proto": "https"})
    assert "HttpOnly" in proxied.headers["set-cookie"] and "Secure" in proxied.headers["set-cookie"]
    ds = dashboard(archive, idle_minutes=5)
    session = ds.unsign(plain.cookies["ds_actor"], "actor")
    assert int(baseconv.base62.decode(session["e"])) > time.time()

    def cookie_expiring_in(seconds):
        return ds.sign({"a": OFFICE, "e": baseconv.base62.encode(int(time.time() + seconds))}, "actor")

    idle = run(ds.client.get("/", cookies={"ds_actor": cookie_expiring_in(-1)}, headers={"accept": "text/html"}))
    assert idle.status_code == 302 and idle.headers["location"] == "/-/login"
    active = run(ds.client.get("/", cookies={"ds_actor": cookie_expiring_in(30)}))
    assert active.status_code == 200
    renewed = ds.unsign(active.cookies["ds_actor"], "actor")
    assert int(baseconv.base62.decode(renewed["e"])) >= time.time() + 5 * 60 - 5


def test_the_throttle_arithmetic(tmp_path):
    guard = login_guard.LoginGuard(tmp_path)
    now = 1_000_000.0
    for i in range(login_guard.ACCOUNT_LIMIT + 2):
        guard.record("clerk", "10.0.0.1", "failed", now + i)
    last = now + login_guard.ACCOUNT_LIMIT + 1
    assert guard.wait_seconds("clerk", "10.0.0.2", last) == pytest.approx(login_guard.BASE_DELAY * 4)
    assert guard.wait_seconds("clerk", "10.0.0.2", last + login_guard.BASE_DELAY * 4 + 1) == 0
    assert guard.wait_seconds("other", "10.0.0.1", last) == 0
    assert guard.wait_seconds("clerk", "10.0.0.1", last + login_guard.WINDOW + 1) == 0


@pytest.mark.parametrize("proxy", ["127.0.0.1", "::1", "::ffff:127.0.0.1"])
def test_a_proxy_on_this_machine_is_trusted_however_its_address_is_spelled(proxy):
    """A dual-stack listener sees a local proxy as ::ffff:127.0.0.1."""
    from datasette.app import Datasette

    ds = Datasette(memory=True, metadata={"plugins": {"collector": {"behind_proxy": True}}})
    scope = {"client": (proxy, 40000), "headers": [(b"x-forwarded-for", b"203.0.113.7")]}
    assert login_guard.client_address(ds, scope) == "203.0.113.7"
    assert login_guard.client_address(ds, {**scope, "client": ("198.51.100.2", 40000)}) == "198.51.100.2"
