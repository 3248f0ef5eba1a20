"""The clerk's decisions on the dashboard (real Datasette via ds.client, a real archive
imported from the demo mailbox): assign, ignore, undo and correct from the mail page and
the 待审核 queue, the same path as `collector assign` (audit chain, refiling, 报送情况);
refused for auditors, anonymous users, a missing CSRF token, a stale page, a busy archive."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
from urllib.parse import urlencode

import pytest

from collector import jobs, runlock
from collector.config import load_settings
from collector.dashboard.decide_pages import STALE_MESSAGE
from collector.dashboard.writes import BUSY_MESSAGE
from collector.demo import generate_demo_mailbox
from collector.serve import build_datasette
from dashboard_archive import DASHBOARD_LOGINS
from collector.dashboard.auth import add_user
from dashboard_forms import AUDITOR, OFFICE, form_fields, login_cookies, run, set_field


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    root = tmp_path_factory.mktemp("decide-dashboard")
    mails = root / "mails"
    mails.mkdir()
    for i, mail in enumerate(generate_demo_mailbox()):
        (mails / f"{i:03d}.eml").write_bytes(mail.raw)
    settings = load_settings({}, data_dir=root / "archive")
    jobs.run_import(settings, [mails])
    users = root / "users.json"
    for name, (role, password) in DASHBOARD_LOGINS.items():
        add_user(name, role, password, users_file=users)
    return {"data_dir": settings.data_dir, "users_file": users}


@pytest.fixture
def archive(pristine, tmp_path):
    """A copy of the imported archive per test: each test decides on its own."""
    data_dir = tmp_path / "archive"
    shutil.copytree(pristine["data_dir"], data_dir, symlinks=True)
    return {"data_dir": data_dir, "users_file": pristine["users_file"]}


@pytest.fixture
def ds(archive):
    ds = build_datasette(archive["data_dir"], users_file=archive["users_file"], secret="decide-secret")
    ds._csrf_cookie = run(ds.client.get("/review", cookies=login_cookies(ds, OFFICE))).cookies.get("ds_csrftoken")
    return ds


def query(archive, sql, params=()):
    conn = sqlite3.connect(archive["data_dir"] / "collector.db")
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def snapshot(archive):
    return (query(archive, "SELECT sha256, state, unit, campaign FROM messages ORDER BY sha256"),
            query(archive, "SELECT count(*) FROM decisions"), query(archive, "SELECT count(*) FROM audit_log"),
            query(archive, "SELECT unit, requirement, state FROM status ORDER BY 1, 2"))


def page(ds, path, actor=OFFICE):
    response = run(ds.client.get(path, cookies=login_cookies(ds, actor)))
    assert response.status_code == 200, response.text
    return response


def submit(ds, shown, form_id, actor=OFFICE, change=None, drop=()):
    """POST the form ``form_id`` of the page ``shown`` as the browser would (its csrftoken,
    the CSRF cookie the page set), with fields changed or dropped."""
    fields = form_fields(shown.text, form_id)
    assert fields, f"no form {form_id}"
    for name, value in (change or {}).items():
        if isinstance(value, list):
            fields = [f for f in fields if f[0] != name] + [[name, v] for v in value]
        else:
            set_field(fields, name, value)
    fields = [f for f in fields if f[0] not in drop]
    action = re.search(rf'<form method="post" action="([^"]+)"[^>]*id="{form_id}"', shown.text).group(1)
    cookies = {**login_cookies(ds, actor), "ds_csrftoken": shown.cookies.get("ds_csrftoken") or ds._csrf_cookie}
    return run(ds.client.post(action, content=urlencode([tuple(f) for f in fields]), cookies=cookies,
                              headers={"content-type": "application/x-www-form-urlencoded"}))


def messages(ds, response):
    return [m for m, _ in ds.unsign(response.cookies["ds_messages"], "messages")] if "ds_messages" in response.cookies else []


def review_shas(archive):
    return [r[0] for r in query(archive, "SELECT sha256 FROM messages WHERE state = 'needs_review' ORDER BY received_at")]


def status_of(archive, unit, requirement):
    rows = query(archive, "SELECT state FROM status WHERE unit = ? AND requirement = ?", [unit, requirement])
    return rows[0][0] if rows else None


def test_the_queue_offers_forms_to_office_and_only_history_to_auditors(ds, archive):
    shas = review_shas(archive)
    assert shas
    office = page(ds, "/review").text
    for sha in shas:
        assert f'id="assign-{sha[:12]}"' in office and f'id="ignore-{sha[:12]}"' in office
        assert 'name="csrftoken"' in office and 'name="version"' in office
    auditor = page(ds, "/review", AUDITOR).text
    assert "/decide\"" not in auditor
    assert "/decide\"" not in page(ds, f"/mail/{shas[0]}", AUDITOR).text


def test_refused_for_auditor_anonymous_missing_token_and_nothing_changes(ds, archive):
    sha = review_shas(archive)[0]
    shown = page(ds, f"/mail/{sha}")
    before = snapshot(archive)
    form = f"assign-{sha[:12]}"
    change = {"unit": "县发改局"}
    assert submit(ds, shown, form, actor=AUDITOR, change=change).status_code == 403
    assert submit(ds, shown, form, actor=None, change=change).status_code == 403
    no_token = submit(ds, shown, form, change=change, drop=("csrftoken",))
    assert no_token.status_code == 403 and "页面已过期或安全校验失败" in no_token.text
    forged = submit(ds, shown, form, change={**change, "csrftoken": "forged-token"})
    assert forged.status_code == 403
    assert snapshot(archive) == before


def test_assign_from_the_queue_refiles_at_once_and_is_audited(ds, archive):
    sha = review_shas(archive)[0]
    unit, req = query(archive, "SELECT unit, requirement FROM status WHERE state = 'missing' ORDER BY unit, requirement")[0]
    shown = page(ds, "/review")
    response = submit(ds, shown, f"assign-{sha[:12]}",
                      change={"unit": unit, "requirement": [req], "note": "电话核实", "remember": "1"})
    assert response.status_code == 302 and response.headers["location"] == "/review"
    assert f"已归入{unit}（{req}）" in messages(ds, response)
    assert query(archive, "SELECT state, unit FROM messages WHERE sha256 = ?", [sha]) == [("filed", unit)]
    assert query(archive, "SELECT requirement FROM submissions WHERE message_sha256 = ?", [sha]) == [(req,)]
    actor, detail = query(archive, "SELECT actor, detail FROM audit_log WHERE event = 'reassigned' AND message_sha256 = ?", [sha])[0]
    assert actor == "clerk" and "电话核实" in detail
    assert list((archive["data_dir"] / "filed").glob(f"*/{unit}/{req}/*")), "files linked into the unit's folder"
    assert status_of(archive, unit, req) != "missing", "报送情况 refreshed without a poll"
    # the sender's address is in the roster now, recorded with who
    sender = query(archive, "SELECT from_addr FROM messages WHERE sha256 = ?", [sha])[0][0]
    assert query(archive, "SELECT unit, added_by FROM roster_addresses WHERE address = ?", [sender]) == [(unit, "clerk")]
    # the unit page and the export show it without waiting for a poll
    assert sha in page(ds, "/unit?name=" + unit).text
    csv = page(ds, "/export/status.csv").text
    title = query(archive, "SELECT title FROM requirements WHERE id = ?", [req])[0][0]
    line = next(line for line in csv.splitlines() if line.startswith(unit + ",") and title in line)
    assert "未报送" not in line, line
    assert sha not in page(ds, "/review").text


def test_the_same_form_twice_is_refused_as_stale_not_applied_twice(ds, archive):
    sha = review_shas(archive)[0]
    assert len(review_shas(archive)) == 1
    shown = page(ds, f"/mail/{sha}")  # two clerks see the same page
    first = submit(ds, shown, f"ignore-{sha[:12]}", change={"note": "广告邮件"})
    assert "已忽略这封邮件" in messages(ds, first)
    before = snapshot(archive)
    second = submit(ds, shown, f"assign-{sha[:12]}", change={"unit": "县教育局"})
    assert second.status_code == 302
    assert any(STALE_MESSAGE in m for m in messages(ds, second))
    assert snapshot(archive) == before
    assert query(archive, "SELECT state FROM messages WHERE sha256 = ?", [sha]) == [("ignored",)]
    assert review_shas(archive) == []


def test_ignore_needs_a_reason(ds, archive):
    sha = query(archive, "SELECT sha256 FROM messages WHERE state = 'filed' LIMIT 1")[0][0]
    shown = page(ds, f"/mail/{sha}")
    before = snapshot(archive)
    response = submit(ds, shown, f"ignore-{sha[:12]}", change={"note": ""})
    assert any("请填写忽略的原因" in m for m in messages(ds, response))
    assert snapshot(archive) == before


def test_correcting_a_filed_mail_keeps_the_earlier_decision_and_undo_restores_it(ds, archive):
    sha, unit = query(archive, "SELECT sha256, unit FROM messages m WHERE state = 'filed' AND sha256 NOT IN"
                               " (SELECT message_sha256 FROM decisions) AND (SELECT kind FROM units u WHERE u.name = m.unit)"
                               " = 'department' ORDER BY sha256 LIMIT 1")[0]
    other = query(archive, "SELECT name FROM units WHERE name != ? AND kind = 'department' ORDER BY name LIMIT 1", [unit])[0][0]
    first, second = [r[0] for r in query(archive, "SELECT id FROM requirements ORDER BY due_at, id LIMIT 2")]
    shown = page(ds, f"/mail/{sha}")
    assert "更正归档" in shown.text
    response = submit(ds, shown, f"assign-{sha[:12]}", change={"unit": other, "requirement": [first],
                                                               "note": "用同事邮箱发送"})
    assert response.headers["location"] == f"/mail/{sha}", messages(ds, response)
    assert query(archive, "SELECT unit, state FROM messages WHERE sha256 = ?", [sha]) == [(other, "filed")], messages(ds, response)
    assert query(archive, "SELECT requirement FROM submissions WHERE message_sha256 = ?", [sha]) == [(first,)]
    assert list((archive["data_dir"] / "filed").glob(f"*/{other}/{first}/*"))
    shown = page(ds, f"/mail/{sha}")
    assert "用同事邮箱发送" in shown.text and f"归入 {other}" in shown.text
    # a second correction, then undo: back to the first correction, every step kept in the history
    submit(ds, shown, f"assign-{sha[:12]}", change={"unit": other, "requirement": [second]})
    assert query(archive, "SELECT requirement FROM submissions WHERE message_sha256 = ?", [sha]) == [(second,)]
    shown = page(ds, f"/mail/{sha}")
    undone = submit(ds, shown, f"undo-{sha[:12]}")
    assert f"已归入{other}（{first}）" in messages(ds, undone)
    assert query(archive, "SELECT requirement FROM submissions WHERE message_sha256 = ?", [sha]) == [(first,)]
    assert query(archive, "SELECT count(*) FROM decisions WHERE message_sha256 = ?", [sha]) == [(3,)]
    history = page(ds, f"/mail/{sha}", AUDITOR).text
    assert history.count(f"clerk：归入 {other}") == 3 and "撤销clerk于" in history


def test_undo_of_the_only_decision_puts_the_mail_back_in_the_queue(ds, archive):
    sha = review_shas(archive)[0]
    shown = page(ds, f"/mail/{sha}")
    submit(ds, shown, f"ignore-{sha[:12]}", change={"note": "广告邮件"})
    assert review_shas(archive) == []
    shown = page(ds, f"/mail/{sha}")
    response = submit(ds, shown, f"undo-{sha[:12]}")
    assert "已撤销，邮件退回待审核" in messages(ds, response)
    assert sha in review_shas(archive)
    events = [e for e, in query(archive, "SELECT event FROM audit_log WHERE message_sha256 = ? ORDER BY seq", [sha])]
    assert events[-2:] == ["ignored_by_person", "reopened_by_person"]


def test_a_poll_holding_the_lock_gets_a_clear_message_and_nothing_changes(ds, archive, monkeypatch):
    from collector.dashboard import writes

    monkeypatch.setattr(writes, "LOCK_WAIT_SECONDS", 0.3)
    monkeypatch.setattr("collector.dashboard.decide_pages.LOCK_WAIT_SECONDS", 0.3)
    sha = review_shas(archive)[0]
    shown = page(ds, f"/mail/{sha}")
    before = snapshot(archive)
    with runlock.exclusive_run(archive["data_dir"]):
        response = submit(ds, shown, f"assign-{sha[:12]}", change={"unit": "县教育局"})
    assert BUSY_MESSAGE in messages(ds, response)
    assert snapshot(archive) == before


def test_the_archive_still_verifies(archive):
    result = subprocess.run([sys.executable, "-m", "collector", "--data-dir", str(archive["data_dir"]), "verify"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_count_on_the_status_page_links_to_the_rows_behind_it(ds, archive):
    requirement = query(archive, "SELECT id FROM requirements ORDER BY due_at LIMIT 1")[0][0]
    shown = page(ds, "/?" + urlencode({"requirement": requirement})).text
    counts = {k: int(v) for k, v in re.findall(r'data-count="(\w+)">(\d+)<', shown)}
    links = dict(re.findall(r'<a href="([^"]+)"><span class="n" data-count="(\w+)"', shown))
    links = {count: href.replace("&amp;", "&") for href, count in links.items()}
    assert set(links) >= {"units", "total", "complete", "partial", "missing", "late", "review"}
    for count in ("total", "complete", "partial", "missing", "late"):
        assert f"requirement={requirement}" in links[count], "the link keeps the filters in force"
        listed = page(ds, links[count]).text
        rows = listed.count('<tr class="state-')
        assert rows == counts[count], (count, links[count])
    units_page = page(ds, links["units"]).text
    assert units_page.count("/unit?name=") >= counts["units"] > 0
    assert "@media print" in shown and 'class="print-only"' in shown and 'id="print-status"' in shown


def test_collector_assign_takes_the_campaign(archive):
    sha = review_shas(archive)[0]
    campaign, unit = query(archive, "SELECT campaign, name FROM units WHERE kind = 'department' ORDER BY name LIMIT 1")[0]

    def collector(*args):
        return subprocess.run([sys.executable, "-m", "collector", "--data-dir", str(archive["data_dir"]), *args],
                              capture_output=True, text=True, timeout=300)

    wrong = collector("assign", sha[:12], unit, "--campaign", "no-such-campaign", "--by", "王科员")
    assert wrong.returncode == 1 and f"{unit}不在活动no-such-campaign中" in wrong.stderr and "Traceback" not in wrong.stderr
    assert sha in review_shas(archive)
    right = collector("assign", sha[:12], unit, "--campaign", campaign, "--by", "王科员")
    assert right.returncode == 0, right.stderr
    assert query(archive, "SELECT state, unit, campaign FROM messages WHERE sha256 = ?", [sha]) == [("filed", unit, campaign)]
    detail = json.loads(query(archive, "SELECT detail FROM audit_log WHERE event = 'reassigned' AND message_sha256 = ?", [sha])[0][0])
    assert detail["campaign"] == campaign


def test_two_clerks_deciding_at_the_same_moment_one_wins_the_other_is_told(ds, archive):
    import asyncio

    sha = review_shas(archive)[0]
    shown = page(ds, f"/mail/{sha}")
    cookies = {**login_cookies(ds, OFFICE), "ds_csrftoken": shown.cookies.get("ds_csrftoken") or ds._csrf_cookie}

    def body(form_id, **change):
        fields = form_fields(shown.text, form_id)
        for name, value in change.items():
            set_field(fields, name, value)
        return urlencode([tuple(f) for f in fields])

    async def both():
        headers = {"content-type": "application/x-www-form-urlencoded"}
        return await asyncio.gather(
            ds.client.post(f"/mail/{sha}/decide", content=body(f"ignore-{sha[:12]}", note="甲：广告"), cookies=cookies, headers=headers),
            ds.client.post(f"/mail/{sha}/decide", content=body(f"ignore-{sha[:12]}", note="乙：无关"), cookies=cookies, headers=headers),
        )

    answers = [messages(ds, r) for r in run(both())]
    assert sorted("已忽略这封邮件" in m for m in answers) == [False, True], answers
    assert any(STALE_MESSAGE in " ".join(m) for m in answers)
    assert query(archive, "SELECT count(*) FROM decisions WHERE message_sha256 = ?", [sha]) == [(1,)]


def test_a_decision_records_its_campaign_shows_it_and_keeps_it_when_put_back(ds, archive):
    from collector import decisions, index

    sha = review_shas(archive)[0]
    unit, req, campaign = query(archive, "SELECT unit, requirement, campaign FROM status WHERE state = 'missing'"
                                         " ORDER BY unit, requirement")[0]
    title = query(archive, "SELECT title FROM campaigns WHERE id = ?", [campaign])[0][0]
    submit(ds, page(ds, "/review"), f"assign-{sha[:12]}", change={"unit": unit, "requirement": [req]})
    assert query(archive, "SELECT action, campaign FROM decisions WHERE message_sha256 = ?", [sha]) == [("assign", campaign)]
    assert f"（活动：{title}）" in page(ds, f"/mail/{sha}", AUDITOR).text
    # processed again and matched to another campaign the unit is on too: the clerk's campaign is put back
    data_dir = archive["data_dir"]
    with runlock.exclusive_run(data_dir):
        db = index.connect(data_dir)
        with db.atomic():
            db.execute("INSERT INTO units (campaign, name, kind, official_name, aliases, addresses, division_code)"
                       " SELECT 'other-campaign', name, kind, official_name, aliases, addresses, division_code"
                       " FROM units WHERE campaign = ? AND name = ?", [campaign, unit])
            db.execute("UPDATE messages SET campaign = 'other-campaign', reason = '重新匹配' WHERE sha256 = ?", [sha])
            assert decisions.reapply_decisions(db, sha) == 1
        db.close()
    assert query(archive, "SELECT campaign, unit FROM messages WHERE sha256 = ?", [sha]) == [(campaign, unit)]
