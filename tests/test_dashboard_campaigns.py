"""Campaigns on the dashboard (real Datasette via ds.client): the switcher, pages and
exports per campaign, and creating a campaign from an uploaded notice."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
import yaml

from collector import campaign as campaign_mod
from collector import jobs, runlock
from collector.config import load_settings
from collector.dashboard import writes
from collector.index import connect
from collector.roster import load_roster
from collector.serve import build_datasette
from dashboard_archive import sample_dashboard_archive
from dashboard_forms import AUDITOR, OFFICE, form_fields, get, post, set_field

# id, title, notice_date, last_due, state: listed open first, then by notice date, newest first
CAMPAIGNS = [
    ("2022-old", "2022年旧活动", "2022-05-01", "2022-05-20T16:00:00+08:00", "closed"),
    ("2026-safety", "2026年安全生产月材料报送", "2026-10-01", "2026-12-20T16:00:00+08:00", "open"),
    ("515-2023", "5·15政务公开日", "2023-05-05", "2023-05-20T18:00:00+08:00", "closed"),
    ("2026-report", "2026年度政务公开工作总结", "2026-11-01", "2026-12-10T16:00:00+08:00", "open"),
]
NOTICES = Path(__file__).parent / "fixtures" / "notices"
SWITCHER_ORDER = ["2026-report", "2026-safety", "515-2023", "2022-old"]

NOTICE = """建昌县人民政府办公室关于报送2026年度政务公开工作总结的通知
各乡镇政府，县政府各部门：
为做好政务公开工作年度考核，请各乡镇、各部门于2026年12月10日16时前将本单位2026年度政务公开工作总结（Word版及盖章PDF版）报送至县政府办公室电子邮箱jc7710089@163.com。
联系人：张三  联系电话：7710020
建昌县人民政府办公室
2026年11月20日
"""

# a deadline without a time and an addressee no roster names: two lines for the clerk to settle
NOTICE_UNSETTLED = NOTICE.replace("各乡镇政府，县政府各部门：", "各乡镇政府，县政府各部门，各有关单位：").replace(
    "2026年12月10日16时前", "12月10日前")


def add_campaigns(data_dir):
    """Three more campaigns beside the sample's 515-2023, as runs write them."""
    db = connect(data_dir)
    with db.atomic():
        db["campaigns"].insert_all(
            [{"id": cid, "title": title, "notice_date": nd, "first_due": due, "last_due": due, "state": state,
              "units": 2, "requirements": 1, "source": f"/etc/collector/{cid}.yaml"}
             for cid, title, nd, due, state in CAMPAIGNS],
            pk="id",
        )
        db["requirements"].insert({"campaign": "2026-report", "id": "report", "title": "年度工作总结",
                                   "due_at": "2026-12-10T16:00:00+08:00", "units": "[]", "description": ""})
        for name, kind in (("县发改局", "department"), ("城关镇", "town")):
            db["units"].insert({"campaign": "2026-report", "name": name, "kind": kind, "official_name": name,
                                "aliases": "[]", "addresses": "[]", "division_code": None})
        db["status"].insert_all([
            {"campaign": "2026-report", "unit": "县发改局", "unit_kind": "department", "requirement": "report",
             "state": "complete", "late": 0, "completed_at": "2026-12-01T10:00:00+08:00",
             "due_at": "2026-12-10T16:00:00+08:00", "messages": "[]", "message_sha256s": "[]", "missing_parts": "",
             "last_from": "fgj@163.com", "updated_at": "2026-12-01T10:00:00+08:00"},
            {"campaign": "2026-report", "unit": "城关镇", "unit_kind": "town", "requirement": "report",
             "state": "missing", "late": 0, "completed_at": None, "due_at": "2026-12-10T16:00:00+08:00",
             "messages": "[]", "message_sha256s": "[]", "missing_parts": "全部材料", "last_from": None,
             "updated_at": "2026-12-01T10:00:00+08:00"},
        ])
        sha = db.execute("SELECT sha256 FROM messages WHERE subject LIKE '%活动方案' AND unit = '县发改局'").fetchone()[0]
        db["submissions"].insert({"message_sha256": sha, "campaign": "2026-report", "unit": "县发改局",
                                  "requirement": "report", "received_at": "2026-12-01T10:00:00+08:00", "is_current": 1})
    db.conn.close()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    sample = sample_dashboard_archive(tmp_path_factory.mktemp("campaigns"))
    add_campaigns(sample["data_dir"])
    return sample


@pytest.fixture(scope="module")
def ds(archive):
    return build_datasette(archive["data_dir"], users_file=archive["users_file"], secret="test-secret")


def switcher(html: str) -> tuple[list[str], str]:
    block = re.search(r'<form class="collector-campaign".*?</form>', html, re.S).group(0)
    options = re.findall(r'<option value="([^"]+)"( selected)?', block)
    return [v for v, _ in options], next(v for v, s in options if s)


def counts(html: str) -> dict:
    return {k: int(v) for k, v in re.findall(r'data-count="(\w+)">(\d+)<', html)}


def test_switcher_lists_every_campaign_newest_open_first(ds):
    order, chosen = switcher(get(ds, "/", actor=OFFICE).text)
    assert order == SWITCHER_ORDER
    assert chosen == "2026-report"
    listing = get(ds, "/campaigns", actor=AUDITOR).text
    rows = re.findall(r'<tr data-campaign="([^"]+)">.*?<td>(进行中|已结束|待生效)</td>', listing, re.S)
    assert rows == [("2026-report", "进行中"), ("2026-safety", "进行中"), ("515-2023", "已结束"), ("2022-old", "已结束")]


def test_status_page_shows_the_chosen_campaign_from_url_or_cookie(ds, archive):
    assert counts(get(ds, "/", actor=OFFICE).text)["total"] == 2
    assert counts(get(ds, "/?campaign=515-2023", actor=OFFICE).text)["total"] == archive["facts"]["counts"]["total"]
    chose = get(ds, "/campaigns/choose?campaign=515-2023&next=/unit%3Fname%3D%E5%8E%BF%E5%8F%91%E6%94%B9%E5%B1%80%26state%3Dx",
                actor=OFFICE)
    assert chose.status_code == 302
    assert chose.headers["location"] == "/unit?name=%E5%8E%BF%E5%8F%91%E6%94%B9%E5%B1%80&campaign=515-2023"
    cookie = chose.cookies["collector_campaign"]
    page = get(ds, "/", actor=OFFICE, cookies={"collector_campaign": cookie}).text
    assert counts(page)["total"] == archive["facts"]["counts"]["total"]
    assert switcher(page)[1] == "515-2023"
    # the URL wins over the cookie; an unknown campaign is refused, never shown empty
    assert counts(get(ds, "/?campaign=2026-report", actor=OFFICE, cookies={"collector_campaign": cookie}).text)["total"] == 2
    assert get(ds, "/campaigns/choose?campaign=nope&next=/", actor=OFFICE).status_code == 404
    assert get(ds, "/campaigns/choose?campaign=515-2023&next=https://evil.example/", actor=OFFICE).headers["location"] == "/?campaign=515-2023"


def test_overdue_units_and_unit_pages_follow_the_campaign(ds):
    overdue = get(ds, "/overdue", actor=OFFICE).text
    assert "年度工作总结" in overdue and "城关镇" in overdue and "活动方案" not in overdue
    old = get(ds, "/overdue?campaign=515-2023", actor=OFFICE).text
    assert "活动方案" in old and "年度工作总结" not in old
    units = get(ds, "/units", actor=OFFICE).text
    assert "县发改局" in units and "县教育局" not in units
    unit = get(ds, "/unit?name=%E5%8E%BF%E5%8F%91%E6%94%B9%E5%B1%80", actor=OFFICE).text
    assert "年度工作总结" in unit and "工作总结终稿" not in unit
    assert "县发改局活动现场照片" not in unit  # a mail of the 515-2023 campaign
    unit_515 = get(ds, "/unit?name=%E5%8E%BF%E5%8F%91%E6%94%B9%E5%B1%80&campaign=515-2023", actor=OFFICE).text
    assert "活动照片" in unit_515 and "年度工作总结" not in unit_515 and "县发改局活动现场照片" in unit_515


def test_exports_and_zips_are_per_campaign(ds, archive):
    rows = list(csv.reader(io.StringIO(get(ds, "/export/status.csv", actor=OFFICE).content.decode("utf-8-sig"))))
    assert len(rows) == 3 and {r[-1] for r in rows[1:]} == {"2026-report"}
    rows_515 = list(csv.reader(io.StringIO(get(ds, "/export/status.csv?campaign=515-2023", actor=OFFICE).content.decode("utf-8-sig"))))
    assert len(rows_515) == 1 + archive["facts"]["counts"]["total"] and {r[-1] for r in rows_515[1:]} == {"515-2023"}
    book = openpyxl.load_workbook(io.BytesIO(get(ds, "/export/status.xlsx", actor=OFFICE).content))
    assert [r[0] for r in book["汇总"].iter_rows(min_row=2, values_only=True)] == ["年度工作总结"]
    names = zipfile.ZipFile(io.BytesIO(get(ds, "/export/files.zip", actor=OFFICE).content)).namelist()
    assert names == ["县发改局_年度工作总结_活动方案.docx"]
    names_515 = zipfile.ZipFile(io.BytesIO(get(ds, "/export/files.zip?campaign=515-2023", actor=OFFICE).content)).namelist()
    assert names_515 and not any("年度工作总结" in n for n in names_515)
    assert "campaign=2026-report" in get(ds, "/exports", actor=OFFICE).text


def test_closed_and_hand_written_campaigns_are_readable_not_editable(ds):
    page = get(ds, "/campaigns/edit?id=515-2023", actor=OFFICE)
    assert page.status_code == 200 and 'id="read-only-note"' in page.text and 'id="campaign-form"' not in page.text
    assert "活动照片" in page.text
    assert counts(get(ds, "/?campaign=2022-old", actor=AUDITOR).text)["total"] == 0


def _state(archive):
    db = sqlite3.connect(archive["data_dir"] / "collector.db")
    try:
        audit = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        db.close()
    folder = archive["data_dir"] / "campaigns"
    return audit, sorted(p.name for p in folder.glob("*")) if folder.exists() else []


def _draft_fields(ds, notice=NOTICE.encode("utf-8"), name="通知.txt"):
    """Upload the notice; the draft form's fields as the page shows them."""
    response = post(ds, "/campaigns/new", {}, files={"notice": (name, notice, "text/plain")})
    assert response.status_code == 200, response.text[:800]
    assert 'id="campaign-form"' in response.text
    return response, form_fields(response.text, "campaign-form")


def _completed(ds, fields, campaign_id, units=("县发改局", "县教育局")):
    """The clerk's corrections: an id, a title, the units, one requirement due 2026-12-10 16:00."""
    if not any(name == "r0_title" for name, _ in fields):
        response = post(ds, "/campaigns/save", [(n, v) for n, v in fields if n != "csrftoken"] + [("action", "add_requirement")])
        fields = form_fields(response.text, "campaign-form")
    fields = [f for f in fields if f[0] != "units" and not (f[0].startswith("r0_") and f[0] in ("r0_units", "r0_units_all"))]
    set_field(fields, "id", campaign_id)
    set_field(fields, "title", "2026年度政务公开工作总结报送")
    set_field(fields, "r0_title", "年度工作总结")
    set_field(fields, "r0_due", "2026-12-10T16:00")
    fields += [["units", u] for u in units] + [["r0_units_all", "1"]]
    return [(n, v) for n, v in fields if n != "csrftoken"]


@pytest.mark.parametrize("actor", [AUDITOR, None, {"id": "clerk"}])
def test_auditor_and_anonymous_cannot_create_or_save(ds, archive, actor):
    before = _state(archive)
    _, fields = _draft_fields(ds)
    for path, kwargs in [
        ("/campaigns/new", {"data": {}, "files": {"notice": ("通知.txt", NOTICE.encode(), "text/plain")}}),
        ("/campaigns/save", {"data": _completed(ds, fields, "refused-campaign") + [("action", "save")]}),
    ]:
        response = post(ds, path, actor=actor, **kwargs)
        assert response.status_code == 403, (path, response.text[:300])
    assert _state(archive) == before


def test_save_without_csrf_token_is_refused(ds, archive):
    before = _state(archive)
    _, fields = _draft_fields(ds)
    response = post(ds, "/campaigns/save", _completed(ds, fields, "no-token") + [("action", "save")], csrf=False)
    assert response.status_code == 403 and "did not match cookie" in response.text  # Datasette's asgi-csrf
    upload = post(ds, "/campaigns/new", {}, files={"notice": ("通知.txt", NOTICE.encode(), "text/plain")}, csrf=False)
    assert upload.status_code == 403 and "CSRF 校验失败" in upload.text  # the upload's own check
    forged = post(ds, "/campaigns/new", {"csrftoken": "forged"}, files={"notice": ("通知.txt", NOTICE.encode(), "text/plain")},
                  csrf=False)
    assert forged.status_code == 403
    assert _state(archive) == before


def test_errors_are_shown_next_to_the_field_and_nothing_is_saved(ds, archive):
    before = _state(archive)
    _, fields = _draft_fields(ds)
    data = _completed(ds, fields, "has space")
    data = [(n, "2026-13-45T99:00" if n == "r0_due" else v) for n, v in data] + [("action", "save")]
    response = post(ds, "/campaigns/save", data)
    assert response.status_code == 400
    assert re.search(r'data-error="id">活动编号只能用英文字母', response.text)
    assert 'data-error="r0_due">截止时间格式不对' in response.text
    taken = post(ds, "/campaigns/save", _completed(ds, fields, "515-2023") + [("action", "save")])
    assert 'data-error="id">活动编号“515-2023”已被另一个活动使用' in taken.text
    no_units = post(ds, "/campaigns/save", _completed(ds, fields, "fine-id", units=()) + [("action", "save")])
    assert 'data-error="units">请至少选择一个报送单位' in no_units.text
    assert _state(archive) == before


def test_a_file_that_is_not_a_notice_is_refused_in_chinese(ds, archive):
    before = _state(archive)
    response = post(ds, "/campaigns/new", {}, files={"notice": ("通知.doc", b"\xd0\xcf\x11\xe0", "application/msword")})
    assert response.status_code == 400 and "另存为 .docx" in response.text
    response = post(ds, "/campaigns/new", {}, files={"notice": ("../../evil.exe", b"MZ", "application/octet-stream")})
    assert response.status_code == 400 and "只支持 .txt、.docx、.pdf" in response.text
    assert _state(archive) == before


@pytest.mark.parametrize("source, form", [("10-docx-unit-table.src", "docx"), ("09-pdf-evaluation.src", "pdf")])
def test_word_and_pdf_notices_are_drafted_into_the_form(ds, archive, tmp_path, source, form):
    sys.path.insert(0, str(NOTICES))
    import build  # tests/fixtures/notices/build.py: a notice as it is issued, .docx or .pdf

    src = NOTICES / source
    path = build.build_pdf(src, tmp_path) if form == "pdf" else build.build_docx(src, tmp_path / "notice.docx")
    expected = yaml.safe_load((NOTICES / source.replace(".src", ".expected.yaml")).read_text(encoding="utf-8"))
    before = _state(archive)
    response, fields = _draft_fields(ds, path.read_bytes(), f"通知.{form}")
    plain = lambda text: re.sub(r"[\s“”\"'‘’]", "", text)  # noqa: E731  (a PDF's text layer may lose the quotes)
    assert plain(dict(fields)["title"]) == plain(expected["title"])
    assert [n for n, v in fields if n == "addresses"] and expected["address"][0] in dict(fields)["addresses"]
    assert ["r0_due", str(expected["requirements"][0]["due"]).replace(" ", "T")[:16]] in fields
    assert _state(archive) == before  # a draft is not saved


def test_an_oversized_upload_is_refused_before_it_is_read_whole(ds, archive):
    response = post(ds, "/campaigns/new", {}, files={"notice": ("通知.pdf", b"%PDF" + b"0" * (21 * 1024 * 1024), "application/pdf")})
    assert response.status_code == 400 and "文件过大" in response.text


def test_a_running_poll_blocks_the_save_with_a_clear_message(ds, archive, monkeypatch):
    monkeypatch.setattr(writes, "LOCK_WAIT_SECONDS", 0.3)
    before = _state(archive)
    _, fields = _draft_fields(ds)
    with runlock.exclusive_run(archive["data_dir"]):
        response = post(ds, "/campaigns/save", _completed(ds, fields, "while-polling") + [("action", "save")])
    assert response.status_code == 409 and "正在收取邮件，请稍后再试" in response.text
    assert _state(archive) == before


# ---------------------------------------------------------------- from upload to status rows, on a real archive


def imported_archive(root, secret: str):
    """An archive a real import made (the built-in campaign): its settings, and the dashboard over it."""
    (root / "mails").mkdir()
    settings = load_settings({}, data_dir=root / "archive")
    jobs.run_import(settings, [root / "mails"])
    users = sample_dashboard_archive(root / "users")["users_file"]
    return settings, build_datasette(settings.data_dir, users_file=users, secret=secret)


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    root = tmp_path_factory.mktemp("live")
    settings, ds = imported_archive(root, "live-secret")
    return {"settings": settings, "root": root, "ds": ds}


def test_clerk_creates_a_campaign_from_a_notice_and_the_next_run_makes_its_status(live):
    ds, data_dir = live["ds"], live["settings"].data_dir
    saved = _save_new(ds, "2026-annual-summary")
    assert saved.status_code == 302, saved.text[:800]
    assert saved.headers["location"] == "/campaigns/choose?campaign=2026-annual-summary&next=%2Fcampaigns"
    path = data_dir / "campaigns" / "2026-annual-summary.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["units"] == ["县发改局", "县教育局"]
    assert data["requirements"][0]["due"] == "2026-12-10T16:00:00+08:00" and data["requirements"][0]["units"] == "all"
    db = sqlite3.connect(data_dir / "collector.db")
    event = db.execute("SELECT actor, detail FROM audit_log WHERE event = 'campaign_saved'"
                       " AND json_extract(detail, '$.campaign') = '2026-annual-summary'").fetchall()
    assert [(a, json.loads(d)["replaced"]) for a, d in event] == [("clerk", False)]
    # in the switcher at once (not live yet), chosen, with no status rows before the next run
    page = get(ds, "/?campaign=2026-annual-summary", actor=OFFICE).text
    assert "2026-annual-summary" in switcher(page)[0] and 'id="no-status-yet"' in page
    assert "待生效" in get(ds, "/campaigns", actor=OFFICE).text
    jobs.run_import(live["settings"], [live["root"] / "mails"])
    rows = db.execute("SELECT unit, requirement, state FROM status WHERE campaign = '2026-annual-summary' ORDER BY unit").fetchall()
    assert rows == [("县发改局", data["requirements"][0]["id"], "missing"), ("县教育局", data["requirements"][0]["id"], "missing")]
    page = get(ds, "/?campaign=2026-annual-summary", actor=OFFICE).text
    assert counts(page)["total"] == 2 and "进行中" in get(ds, "/campaigns", actor=OFFICE).text


def _save_new(ds, campaign_id):
    _, fields = _draft_fields(ds)
    return post(ds, "/campaigns/save", _completed(ds, fields, campaign_id) + [("action", "save")])


def test_a_campaign_saved_on_the_dashboard_can_be_corrected(live):
    ds, data_dir = live["ds"], live["settings"].data_dir
    assert _save_new(ds, "2026-corrected").status_code == 302
    page = get(ds, "/campaigns/edit?id=2026-corrected", actor=OFFICE)
    fields = form_fields(page.text, "campaign-form")
    assert ["editing", "2026-corrected"] in fields
    set_field(fields, "r0_due", "2026-12-12T12:00")
    set_field(fields, "id", "renamed-by-hand")  # ignored: a saved campaign keeps its id
    response = post(ds, "/campaigns/save", [(n, v) for n, v in fields if n != "csrftoken"] + [("action", "save")])
    assert response.status_code == 302, response.text[:800]
    data = yaml.safe_load((data_dir / "campaigns" / "2026-corrected.yaml").read_text(encoding="utf-8"))
    assert data["requirements"][0]["due"] == "2026-12-12T12:00:00+08:00"
    assert not (data_dir / "campaigns" / "renamed-by-hand.yaml").exists()
    auditor_view = get(ds, "/campaigns/edit?id=2026-corrected", actor=AUDITOR).text
    assert 'id="campaign-form"' not in auditor_view and "只有办公室账号可以修改" in auditor_view
    builtin = get(ds, "/campaigns/edit?id=jianchang-515-2023", actor=OFFICE).text
    assert 'id="campaign-form"' not in builtin and "不是在看板上创建的" in builtin
    # a file put into the archive's folder by hand is read-only too, and cannot be saved over
    by_hand = dict(data, id="by-hand", title="手写的活动")
    (data_dir / "campaigns" / "by-hand.yaml").write_text(yaml.safe_dump(by_hand, allow_unicode=True), encoding="utf-8")
    assert 'id="campaign-form"' not in get(ds, "/campaigns/edit?id=by-hand", actor=OFFICE).text
    set_field(fields, "editing", "by-hand")
    refused = post(ds, "/campaigns/save", [(n, v) for n, v in fields if n != "csrftoken"] + [("action", "save")])
    assert refused.status_code == 400 and "不能在这里修改" in refused.text
    assert yaml.safe_load((data_dir / "campaigns" / "by-hand.yaml").read_text(encoding="utf-8")) == by_hand



def _fields_after(ds, fields, *extra):
    response = post(ds, "/campaigns/save", [(n, v) for n, v in fields if n != "csrftoken"] + list(extra))
    return response, form_fields(response.text, "campaign-form")


def test_the_notice_text_goes_from_the_upload_through_the_form_into_the_saved_file(live):
    """Kept so the matcher ignores replies' copies of the notice: through a row added, a
    refused save and a correction, as the file's last key, readable."""
    ds, data_dir = live["ds"], live["settings"].data_dir
    _, fields = _draft_fields(ds)
    assert ["notice_text", NOTICE] in fields
    set_field(fields, "notice_text", NOTICE.replace("\n", "\r\n"))  # as a browser posts a hidden field
    _, fields = _fields_after(ds, fields, ("action", "add_requirement"))
    assert ["notice_text", NOTICE] in fields and ["r1_id", "req2"] in fields
    fields = [f for f in fields if not f[0].startswith("r1_")]
    refused, fields = _fields_after(ds, _completed(ds, fields, "has space"), ("action", "save"))
    assert refused.status_code == 400 and ["notice_text", NOTICE] in fields
    saved, _ = _fields_after(ds, _completed(ds, fields, "2026-with-notice"), ("action", "save"))
    assert saved.status_code == 302, saved.text[:800]
    path = data_dir / "campaigns" / "2026-with-notice.yaml"
    written = path.read_text(encoding="utf-8")
    data = yaml.safe_load(written)
    assert list(data)[-1] == "notice_text" and data["notice_text"] == NOTICE and "\nnotice_text: |\n  " in written
    (campaign,) = campaign_mod.load_campaigns([str(path)], roster=load_roster(connect(data_dir)))
    assert campaign.notice_text == NOTICE
    fields = form_fields(get(ds, "/campaigns/edit?id=2026-with-notice", actor=OFFICE).text, "campaign-form")
    assert ["notice_text", NOTICE] in fields
    set_field(fields, "r0_due", "2026-12-11T16:00")
    assert _fields_after(ds, fields, ("action", "save"))[0].status_code == 302
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["requirements"][0]["due"] == "2026-12-11T16:00:00+08:00" and data["notice_text"] == NOTICE
    # a saved file whose notice text was taken out by hand: corrected and saved without one
    del data["notice_text"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    fields = form_fields(get(ds, "/campaigns/edit?id=2026-with-notice", actor=OFFICE).text, "campaign-form")
    assert ["notice_text", ""] in fields
    assert _fields_after(ds, fields, ("action", "save"))[0].status_code == 302
    assert "notice_text" not in yaml.safe_load(path.read_text(encoding="utf-8"))


def test_unsettled_lines_are_shown_and_kept_until_the_clerk_ticks_them(live):
    ds, data_dir = live["ds"], live["settings"].data_dir
    response, fields = _draft_fields(ds, NOTICE_UNSETTLED.encode("gb18030"), "通知.txt")
    box = re.search(r'<div class="unsettled" id="unsettled">.*?</div>', response.text, re.S).group(0)
    lines = [v for n, v in fields if n == "unsettled"]
    assert any("各有关单位" in line for line in lines) and any("未写时刻" in line for line in lines)
    assert all(line in box for line in lines)
    assert ["r0_due", "2026-12-10T23:59"] in fields  # the day's end, as the line says
    settled = next(i for i, line in enumerate(lines) if "未写时刻" in line)
    data = _completed(ds, fields, "2026-unsettled") + [("settled", str(settled)), ("action", "save")]
    assert post(ds, "/campaigns/save", data).status_code == 302
    saved = yaml.safe_load((data_dir / "campaigns" / "2026-unsettled.yaml").read_text(encoding="utf-8"))
    assert saved["unsettled"] == [line for i, line in enumerate(lines) if i != settled]


@pytest.fixture(scope="module")
def with_saved_file(tmp_path_factory):
    """A real import's archive with a campaign file saved in it that no run has loaded yet."""
    from outbox_helpers import write_campaign

    settings, ds = imported_archive(tmp_path_factory.mktemp("parsed-once"), "once-secret")
    (settings.data_dir / "campaigns").mkdir()
    return ds, write_campaign(settings.data_dir / "campaigns" / "test-outbox.yaml", "jc7710089@163.com")


def test_a_page_lists_the_campaigns_once_and_parses_each_campaign_file_at_most_once(with_saved_file, monkeypatch):
    from collector.campaign import campaign_path
    from collector.campaign import files as campaign_files
    from collector.dashboard import campaigns as campaigns_mod

    ds, saved = with_saved_file
    files = {saved: saved.read_text(encoding="utf-8"), campaign_path(None): campaign_path(None).read_text(encoding="utf-8")}
    parsed, listed = [], []
    real_load, real_list = campaign_files.parse_yaml, campaigns_mod.list_campaigns
    monkeypatch.setattr(campaign_files, "parse_yaml", lambda text: parsed.extend(p for p, t in files.items() if t == text)
                        or real_load(text))
    monkeypatch.setattr(campaigns_mod, "list_campaigns", lambda *a, **k: listed.append(1) or real_list(*a, **k))
    for path in ("/", "/overdue", "/units", "/exports", "/review", "/campaigns", "/outbox", "/collector/messages"):
        parsed.clear(), listed.clear()
        page = get(ds, path, actor=OFFICE)
        assert page.status_code == 200, path
        assert "test-outbox" in switcher(page.text)[0], path  # the saved file is listed, pending
        assert len(listed) <= 1, (path, len(listed))
        assert all(parsed.count(f) <= 1 for f in files), (path, parsed)
    parsed.clear()
    get(ds, "/outbox", actor=OFFICE)
    assert parsed == []  # unchanged files are not parsed again
    files[saved] = files[saved].replace("测试活动材料报送", "测试活动材料报送（修订）")
    saved.write_text(files[saved], encoding="utf-8")
    page = get(ds, "/campaigns", actor=OFFICE)
    assert parsed == [saved]  # the file changed: parsed again, once
    assert "测试活动材料报送（修订）" in page.text
