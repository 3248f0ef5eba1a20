"""名册 on the dashboard (real Datasette via ds.client): the standing roster's pages and
the clerk's audited edits, refused for everyone else."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from collector import runlock
from collector.dashboard import writes
from collector.index import connect
from collector.roster import CAMPAIGNS_KEY, builtin_roster, remember_campaigns
from collector.serve import build_datasette
from dashboard_archive import sample_dashboard_archive
from dashboard_forms import AUDITOR, OFFICE, get, post

LEARNED = "fgj.office@163.com"  # dropped by a test
SHOWN = "sfj.office@163.com"  # only shown


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    sample = sample_dashboard_archive(tmp_path_factory.mktemp("roster"))
    db = connect(sample["data_dir"])
    with db.atomic():
        for address, unit in ((LEARNED, "县发改局"), (SHOWN, "县司法局")):
            db["learned_addresses"].insert({"address": address, "campaign": "515-2023", "unit": unit, "how": "matched",
                                            "learned_at": "2023-05-09T10:00:00+08:00",
                                            "message_sha256": sample["facts"]["mails"]["fgj-plan"]})
    db.conn.close()
    return sample


@pytest.fixture(scope="module")
def ds(archive):
    return build_datasette(archive["data_dir"], users_file=archive["users_file"], secret="test-secret")


def query(archive, sql, params=()):
    db = sqlite3.connect(archive["data_dir"] / "collector.db")
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError:  # the roster tables before the first edit seeds them
        return []
    finally:
        db.close()


def snapshot(archive):
    return (query(archive, "SELECT * FROM roster_units ORDER BY name"),
            query(archive, "SELECT * FROM roster_addresses ORDER BY address"),
            query(archive, "SELECT count(*) FROM audit_log"),
            query(archive, "SELECT unit, requirement, state FROM status ORDER BY 1, 2"))


def messages(ds, response):
    return [m for m, _ in ds.unsign(response.cookies["ds_messages"], "messages")]


def audit_events(archive, event):
    return [(actor, json.loads(detail)) for actor, detail in
            query(archive, "SELECT actor, detail FROM audit_log WHERE event = ? ORDER BY seq", [event])]


EDITS = [
    ("/roster/add", {"name": "县数据局", "kind": "department", "official_name": "建昌县数据局", "aliases": "数据局"}),
    ("/roster/update", {"name": "县工信局", "kind": "department", "official_name": "建昌县工业和信息化局", "aliases": "工信局"}),
    ("/roster/rename", {"name": "县发改局", "new_name": "县发展改革局"}),
    ("/roster/merge", {"name": "县卫健局", "drop": "县教育局"}),
    ("/roster/add-address", {"name": "县卫健局", "address": "wjj@163.com"}),
    ("/roster/drop-address", {"name": "县发改局", "address": LEARNED}),
]


def test_roster_page_lists_every_unit_by_kind_with_learned_addresses(ds):
    page = get(ds, "/roster", actor=OFFICE).text
    assert f"名册（{len(builtin_roster().units)} 个单位）" in page
    for label in ("镇", "乡", "县政府部门", "直属机构"):
        assert "<h2" in page and f">{label}（" in page
    assert 'id="roster-add"' in page
    unit = get(ds, "/roster/unit?name=%E5%8E%BF%E5%8F%B8%E6%B3%95%E5%B1%80", actor=OFFICE).text
    row = re.search(rf'<tr data-address="{re.escape(SHOWN)}">.*?</tr>', unit, re.S).group(0)
    assert "从来信中识别" in row and "515-2023" in row and "/mail/" in row
    auditor = get(ds, "/roster", actor=AUDITOR).text
    assert "县发改局" in auditor and 'id="roster-add"' not in auditor and "csrftoken" not in auditor.split("</header>")[1]


@pytest.mark.parametrize("actor", [AUDITOR, None, {"id": "clerk"}])
def test_everyone_but_the_office_is_refused_and_nothing_changes(ds, archive, actor):
    before = snapshot(archive)
    for path, data in EDITS:
        response = post(ds, path, data, actor=actor)
        assert response.status_code == 403, (path, actor)
    assert snapshot(archive) == before


def test_an_edit_without_the_csrf_token_is_refused(ds, archive):
    before = snapshot(archive)
    for path, data in EDITS:
        assert post(ds, path, data, csrf=False).status_code == 403, path
    assert snapshot(archive) == before


def test_a_running_poll_blocks_an_edit_with_a_clear_message(ds, archive, monkeypatch):
    monkeypatch.setattr(writes, "LOCK_WAIT_SECONDS", 0.3)
    before = snapshot(archive)
    with runlock.exclusive_run(archive["data_dir"]):
        response = post(ds, "/roster/add", EDITS[0][1])
    assert response.status_code == 302
    assert messages(ds, response) == ["未修改：正在收取邮件，请稍后再试（本次修改未保存）"]
    assert snapshot(archive) == before


def test_add_update_and_addresses_are_audited_with_the_clerk(ds, archive):
    response = post(ds, "/roster/add", EDITS[0][1])
    assert response.status_code == 302 and messages(ds, response) == ["已添加单位“县数据局”"]
    assert query(archive, "SELECT kind, official_name, aliases FROM roster_units WHERE name = '县数据局'") == [
        ("department", "建昌县数据局", '["数据局"]')]
    assert audit_events(archive, "roster_unit_added")[-1][0] == "clerk"
    twice = post(ds, "/roster/add", EDITS[0][1])
    assert messages(ds, twice) == ["未修改：名册中已有单位“县数据局”"]
    post(ds, "/roster/update", EDITS[1][1])
    assert query(archive, "SELECT official_name, aliases FROM roster_units WHERE name = '县工信局'") == [
        ("建昌县工业和信息化局", '["工信局"]')]
    bad = post(ds, "/roster/add-address", {"name": "县卫健局", "address": "not an address"})
    assert messages(ds, bad) == ["未修改：“not an address”不是有效的邮箱地址"]
    post(ds, "/roster/add-address", EDITS[4][1])
    assert query(archive, "SELECT unit, added_by FROM roster_addresses WHERE address = 'wjj@163.com'") == [("县卫健局", "clerk")]
    post(ds, "/roster/drop-address", EDITS[5][1])
    assert query(archive, "SELECT 1 FROM learned_addresses WHERE address = ?", [LEARNED]) == []
    assert [a for a, _ in audit_events(archive, "roster_address_added") + audit_events(archive, "roster_address_dropped")] == [
        "clerk", "clerk"]
    assert LEARNED not in get(ds, "/roster", actor=OFFICE).text and SHOWN in get(ds, "/roster", actor=OFFICE).text


def test_rename_and_merge_show_in_the_status_and_the_audit_log(ds, archive):
    old_status = get(ds, "/", actor=OFFICE).text
    assert "县发改局" in old_status and "县教育局" in old_status
    db = connect(archive["data_dir"])
    remember_campaigns(db, "as-last-computed")
    db.conn.close()
    assert query(archive, "SELECT value FROM collector_settings WHERE key = ?", [CAMPAIGNS_KEY]) == [("as-last-computed",)]
    renamed = post(ds, "/roster/rename", EDITS[2][1])
    # the next poll recomputes the status even when no mail came (jobs.campaigns_changed)
    assert query(archive, "SELECT value FROM collector_settings WHERE key = ?", [CAMPAIGNS_KEY]) == []
    assert renamed.headers["location"] == "/roster/unit?name=%E5%8E%BF%E5%8F%91%E5%B1%95%E6%94%B9%E9%9D%A9%E5%B1%80"
    merged = post(ds, "/roster/merge", EDITS[3][1])
    assert messages(ds, merged) == ["已将“县教育局”并入“县卫健局”"]
    status = get(ds, "/", actor=OFFICE).text
    assert "县发展改革局" in status and "县发改局</a>" not in status
    assert "县教育局</a>" not in status and "县卫健局" in status
    assert query(archive, "SELECT count(*) FROM status WHERE unit IN ('县发改局', '县教育局')") == [(0,)]
    assert audit_events(archive, "roster_unit_renamed")[-1] == ("clerk", {"unit": "县发展改革局", "old_name": "县发改局"})
    assert audit_events(archive, "roster_units_merged")[-1] == ("clerk", {"unit": "县卫健局", "merged": "县教育局"})
    unit = get(ds, "/roster/unit?name=%E5%8E%BF%E5%8F%91%E5%B1%95%E6%94%B9%E9%9D%A9%E5%B1%80", actor=OFFICE).text
    assert "曾用名：县发改局" in unit
