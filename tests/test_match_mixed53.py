"""Routing on a fifty-third, held-out mixed mailbox (tests/fixtures/mixed53).

Two 2063 campaigns drafted by `collector campaign init --from-notice`, in overlapping weeks, the towns owing both —
the 2063年汛期防溺水重点水域巡查情况周报 (the 28 towns and the zone: **the same Excel 周报表 four weeks running**, one
deadline a Monday, `w1`..`w4`) and the 2063年全县政府系统办公室业务培训班 报名 (the towns, the departments and the
直属机构: **a Word 学员登记表 for each person** and the unit's Excel 报名汇总表, by 07-20 17:00) — beside the built-in
5·15 (2023) one; 49 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements — a mail with two weeks' tables is
right only filed under both weeks.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import built, kept_draft_as_drafted
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed53"))
import make_mixed53  # noqa: E402
import mixed53_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
FN, PX = make_mixed53.FN, make_mixed53.PX
DUES = {"w1": dt.datetime(2063, 7, 16, 12, 0, tzinfo=SH), "w2": dt.datetime(2063, 7, 23, 12, 0, tzinfo=SH),
        "w3": dt.datetime(2063, 7, 30, 12, 0, tzinfo=SH), "w4": dt.datetime(2063, 8, 6, 12, 0, tzinfo=SH),
        "px": dt.datetime(2063, 7, 20, 17, 0, tzinfo=SH)}
NUMERAL = {v[0]: k for k, v in mixed53_docs.WEEKS.items()}  # 第二周 -> w2
ISO = {n: k for k, n in mixed53_docs.ISO_WEEK.items()}  # 29 -> w2
MONDAY = {v[2]: k for k, v in mixed53_docs.WEEKS.items()}  # (7, 16) -> w2
official, short = mixed53_docs.official, mixed53_docs.short
# the cases whose weeks (some of them) came after their dues
LATE = {"fn-late", "px-late", "week-sent-a-week-late", "two-weeks-one-mail", "two-weeks-two-sheets",
        "four-weeks-zipped-at-end"}


def attachments(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every leaf attachment, as sent."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def unzipped(data: bytes) -> list[tuple[str, bytes]]:
    """The members of a zip (names as stored: GBK without the UTF-8 flag read as GBK), folders left out."""
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for info in z.infolist():
        name = info.filename if info.flag_bits & 0x800 else info.filename.encode("cp437").decode("gbk")
        if not name.endswith("/"):
            out.append((name, z.read(info)))
    return out


def files(mail) -> list[tuple[str, bytes]]:
    """Every file the mail carries, a zip's members in its place."""
    out = []
    for name, data in attachments(mail):
        out += unzipped(data) if name.lower().endswith(".zip") else [(name, data)]
    return out


def sheets(data: bytes) -> list[tuple[str, list[list]]]:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)]) for ws in wb.worksheets]


def cells(data: bytes) -> str:
    return "\n".join(" ".join(str(v) for v in row if v is not None) for _, rows in sheets(data) for row in rows)


def xlsxs(mail) -> list[bytes]:
    return [d for n, d in files(mail) if n.lower().endswith(".xlsx")]


def docxs(mail) -> list[tuple[str, bytes]]:
    return [(n, d) for n, d in files(mail) if n.lower().endswith(".docx")]


def week_of(period: str) -> str:
    """The notice's week a 周次 cell names, as a clerk reads it: 第×周, the calendar's 第N周, or the dates."""
    if m := re.search(r"第([一二三四])周", period):
        return NUMERAL[f"第{m.group(1)}周"]
    if m := re.search(r"2063年第(\d+)周", period):
        return ISO[int(m.group(1))]
    m = re.match(r"(\d+)\.(\d+)-", period)
    return MONDAY[(int(m.group(1)), int(m.group(2)))]


def weekly_tables(mail) -> list[tuple[str, str, str]]:
    """(the sheet's 填报单位, its week, its title) for every sheet of every workbook the mail carries."""
    out = []
    for data in xlsxs(mail):
        for _, rows in sheets(data):
            out.append((rows[1][1] or "", week_of(rows[1][3]), rows[0][0]))
    return out


class TestMixed53Routing(RoutingTests):
    gen = make_mixed53
    cases = ["fn-clean", "px-clean", "fn-late", "px-late", "week-sent-a-week-late", "look-alike-character-typo",
             "address-in-upper-case", "calendar-week-number", "two-weeks-one-mail", "stale-table-resent-for-new-week",
             "week1-corrected-in-week3", "subject-says-last-week", "week-dates-only", "two-weeks-two-sheets",
             "four-weeks-zipped-at-end", "list-first-forms-by-staff", "staffers-send-own-forms", "reply-to-unit-mailbox",
             "one-mail-per-trainee-from-office", "zip-one-folder-per-person", "forms-named-by-id-number",
             "forms-on-weekly-report-thread", "many-forms-one-mail", "city-office-asks-county-summary",
             "town-school-sends-own-table", "peoples-congress-staff-registers"]
    size = (40, 50)
    has_corrections = True  # 八家子镇's 第一周 table (更正, 以此为准)

    def test_set_is_varied_and_labelled(self, mailbox):
        """The shared check, but for a label of the 周报 naming several weeks (each with the part `table`): this
        set's labels name the weeks a mail's tables are of. The other draw gives the same labels in the same order."""
        assert self.size[0] <= len(mailbox) <= self.size[1]
        per_campaign = {c: sum(1 for m in mailbox if m.campaign == c) for c in self.gen.ALL}
        assert min(per_campaign.values()) >= 8, per_campaign
        assert set(self.cases) <= {m.case for m in mailbox}
        for lab in mailbox:
            assert (lab.campaign is None) == (lab.unit in ("REVIEW", "IGNORED")), lab.name
            if lab.campaign is None:
                assert not lab.requirements and not lab.parts, lab.name
            elif lab.campaign == FN:
                assert lab.requirements and lab.requirements == sorted(set(lab.requirements)), lab.name
                assert set(lab.requirements) <= set(DUES) - {"px"} and lab.parts == ["table"], lab.name
            else:
                assert len(lab.requirements) == 1 and lab.parts, lab.name
        assert [len(m.requirements) for m in mailbox if len(m.requirements) > 1] == [2, 2, 4]
        other = built(self.gen, self.seed)
        assert [(m.campaign, m.unit, m.requirements, m.parts, m.case, m.is_correction) for m in other] == [
            (m.campaign, m.unit, m.requirements, m.parts, m.case, m.is_correction) for m in mailbox]

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """The drafter drafts the kept draft of each notice (same id and units as the clerk's file). The 培训 file is
        its draft with the clerk's fixes B1-B5 (names, titles, hints, formats), the same due; the 周报's draft has one
        requirement, the first week's (due 07-16 12:00), and the clerk's file four (fix A2: the three weeks the
        drafter left as unsettled)."""
        kept = {c.id: c for c in self.campaigns()}
        drafted = {}
        for cid, notice in self.gen.NOTICE_FILES.items():
            (tmp_path / cid).mkdir()
            drafted[cid] = kept_draft_as_drafted(self.gen.CAMPAIGNS_DIR / notice, tmp_path / cid)
            assert drafted[cid].id == cid
            assert [u.name for u in drafted[cid].units] == [u.name for u in kept[cid].units]
        assert [r.due for r in drafted[PX].requirements] == [r.due for r in kept[PX].requirements] == [DUES["px"]]
        assert [r.due for r in drafted[FN].requirements] == [DUES["w1"]]
        assert [(r.id, r.due) for r in kept[FN].requirements] == [(w, DUES[w]) for w in ("w1", "w2", "w3", "w4")]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed53.ALL)
        fn, px = cs[FN], cs[PX]
        fn_units, px_units = [u.name for u in fn.units], [u.name for u in px.units]
        assert len(fn_units) == 29 and "八家子经济开发区" in fn_units and "县水利局" not in fn_units
        assert len(px_units) == 67 and "八家子经济开发区" not in px_units and {"县民政局", "县气象局", "建昌镇"} <= set(px_units)
        assert len(set(fn_units) & set(px_units)) == 28
        assert all([p.id for p in r.parts] == ["table"] and "xlsx" in r.parts[0].formats for r in fn.requirements)
        (signup,) = px.requirements
        assert [(p.id, p.kind) for p in signup.parts] == [("forms", "document"), ("list", "document")]
        assert "docx" in signup.parts[0].formats and "xlsx" not in signup.parts[0].formats
        assert "xlsx" in signup.parts[1].formats

    def test_every_document_opens(self, mailbox):
        """Every Word and Excel file of the 2063 mails opens (python-docx, openpyxl), a zip's members too, and the
        photo inside every 登记表 (and beside it in 住建局's zip) opens as a picture."""
        import docx
        import openpyxl

        kinds = {"docx": 0, "xlsx": 0, "zip": 0, "photo": 0, "jpg": 0}
        for m in mailbox:
            if m.received_at.year != 2063:
                continue
            kinds["zip"] += sum(n.endswith(".zip") for n, _ in attachments(m))
            for name, data in files(m):
                ext = name.rsplit(".", 1)[-1].lower()
                if ext == "docx":
                    docx.Document(io.BytesIO(data))
                    (image,) = [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("word/media/")]
                    assert opens_as_image(zipfile.ZipFile(io.BytesIO(data)).read(image))
                    kinds["docx"] += 1
                    kinds["photo"] += 1
                elif ext == "xlsx":
                    openpyxl.load_workbook(io.BytesIO(data))
                    kinds["xlsx"] += 1
                elif ext == "jpg":
                    assert opens_as_image(data)
                    kinds["jpg"] += 1
                else:
                    raise AssertionError(f"{m.name}: {name}")
        assert kinds["docx"] >= 35 and kinds["xlsx"] >= 35 and kinds["zip"] == 2 and kinds["jpg"] == 3
        pics = [d for m in mailbox if m.received_at.year == 2023 for n, d in attachments(m) if n.endswith(".jpg")]
        assert len(pics) >= 8 and all(opens_as_image(d) for d in pics)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        # every 周报 filed: its tables are of the weeks labelled, one a week, under the unit's own name but where
        # the case says otherwise; nothing of the 培训
        for m in mailbox:
            if m.campaign != FN:
                continue
            tables = weekly_tables(m)
            assert sorted(w for _, w, _ in tables) == m.requirements, m.name
            assert all(t == mixed53_docs.FN_TITLE for _, _, t in tables) and not docxs(m), m.name
            written = {"look-alike-character-typo": f"建昌县{make_mixed53.TYPO}人民政府", "address-in-upper-case": ""}
            assert {u for u, _, _ in tables} == {written.get(m.case, official(m.unit))}, m.name
            assert mixed53_docs.FORM_TITLE not in plain(m) + str(message(m)["Subject"])
        # every 培训 filed: a 登记表 a person, of the unit (工作单位), and the unit's 汇总表 naming them, as labelled
        for m in mailbox:
            if m.campaign != PX:
                continue
            forms, lists = docxs(m), xlsxs(m)
            assert ("forms" in m.parts) == bool(forms) and ("list" in m.parts) == bool(lists), m.name
            for _, data in forms:
                text = docx_text(data)
                assert mixed53_docs.FORM_TITLE in text and official(m.unit) in text and "周报" not in text, m.name
            for data in lists:
                assert mixed53_docs.LIST_TITLE in cells(data) and official(m.unit) in cells(data), m.name
            if forms and lists:
                assert all(re.search(r"姓名\n(\S+)", docx_text(d)).group(1) in cells(lists[0]) for _, d in forms), m.name
        # the weeks: late where the case says, on time elsewhere
        for m in mailbox:
            if m.campaign in (FN, PX) and not m.is_correction:  # a correction comes after the due by nature
                late = [m.received_at > DUES[r] for r in m.requirements]
                assert any(late) == (m.case in LATE), m.name
        # 石佛乡: the first week's table in the second week
        week_late = one(mailbox, "week-sent-a-week-late")
        assert DUES["w1"] < week_late.received_at < DUES["w2"] and "第一周" not in str(message(week_late)["Subject"])
        # 王宝营子乡 as 王宝菅子乡 throughout, from an address no other mail has
        typo = one(mailbox, "look-alike-character-typo")
        everything = plain(typo) + str(message(typo)["Subject"]) + "".join(n for n, _ in attachments(typo)) + cells(
            xlsxs(typo)[0])
        assert "王宝营子乡" not in everything and everything.count(make_mixed53.TYPO) >= 4
        assert sender(typo) not in {sender(m) for m in mailbox if m is not typo}
        # 建昌镇's second week from its first week's address in capitals, no name anywhere
        upper = one(mailbox, "address-in-upper-case")
        (first,) = [m for m in mailbox if m.case == "fn-clean" and m.unit == "建昌镇"]
        assert sender(upper) == sender(first).upper() != sender(first)
        assert "建昌" not in plain(upper) + str(message(upper)["Subject"]) + str(message(upper)["From"]) + cells(xlsxs(upper)[0])
        # 雷家店乡: the calendar's week 29, never the notice's 第二周 or its dates
        calendar = one(mailbox, "calendar-week-number")
        text = plain(calendar) + str(message(calendar)["Subject"]) + "".join(n for n, _ in attachments(calendar))
        assert "第29周" in text and "第二周" not in text + cells(xlsxs(calendar)[0]) and "7月16日" not in cells(xlsxs(calendar)[0])
        # 杨树湾子乡: two files; 头道营子乡: one file, two sheets; 贺杖子乡: one zip of four
        assert len(attachments(one(mailbox, "two-weeks-one-mail"))) == 2
        sheets_mail = one(mailbox, "two-weeks-two-sheets")
        ((_, book),) = attachments(sheets_mail)
        assert [title for title, _ in sheets(book)] == ["第二周", "第三周"]
        zipped = one(mailbox, "four-weeks-zipped-at-end")
        ((name, data),) = attachments(zipped)
        assert name.endswith(".zip") and len(unzipped(data)) == 4
        # 牤牛营子乡 (REVIEW): the first week's very file again, under a subject of the second week
        stale = one(mailbox, "stale-table-resent-for-new-week")
        (earlier,) = [m for m in mailbox if m.case == "fn-clean" and m.unit == "牤牛营子乡"]
        assert attachments(stale) == attachments(earlier) and week_of(sheets(attachments(stale)[0][1])[0][1][1][3]) == "w1"
        assert "第二周" in str(message(stale)["Subject"]) and sender(stale) == sender(earlier)
        # 八家子镇's correction of its first week, in the third
        correction = one(mailbox, "week1-corrected-in-week3")
        assert correction.is_correction and "以此为准" in plain(correction) and DUES["w2"] < correction.received_at < DUES["w3"]
        assert sum(m.is_correction for m in mailbox) == 1
        # 魏家岭乡: the subject of its second week's mail, the file of the third
        lag = one(mailbox, "subject-says-last-week")
        (second,) = [m for m in mailbox if m.case == "fn-clean" and m.unit == "魏家岭乡"]
        assert "第二周" in str(message(lag)["Subject"]) and "第二周" in str(message(second)["Subject"])
        assert "第三周" in attachments(lag)[0][0] and second.requirements == ["w2"]
        # 娘娘庙乡: only the dates
        dates = one(mailbox, "week-dates-only")
        assert not re.search("第.周", plain(dates) + str(message(dates)["Subject"]) + cells(xlsxs(dates)[0]))
        # 县民政局: the 汇总表 from the office first, then three staff from their own addresses, each one form
        office = one(mailbox, "list-first-forms-by-staff")
        staff = by_case(mailbox, "staffers-send-own-forms")
        assert len(staff) == 3 and len({sender(m) for m in staff} | {sender(office)}) == 4
        assert all(office.received_at < m.received_at <= DUES["px"] and len(docxs(m)) == 1 for m in staff)
        assert all(re.search(r"姓名\n(\S+)", docx_text(docxs(m)[0][1])).group(1) in cells(xlsxs(office)[0]) for m in staff)
        assert not any("民政" in str(message(m)["Subject"]) + "".join(n for n, _ in attachments(m)) for m in staff)
        assert "民政" not in plain(staff[2]) and "民政" in plain(staff[0])
        # 县人社局: a private address, Reply-To the office's address of 2023
        reply_to = one(mailbox, "reply-to-unit-mailbox")
        (of_2023,) = [m for m in mailbox if m.case == "515-interview" and m.unit == "县人社局"]
        assert message(reply_to)["Reply-To"].addresses[0].addr_spec == sender(of_2023) != sender(reply_to)
        assert "人社" not in plain(reply_to) + str(message(reply_to)["Subject"])
        # 县财政局: one mail a trainee, minutes apart, the last with the 汇总表
        per_trainee = by_case(mailbox, "one-mail-per-trainee-from-office")
        assert [str(message(m)["Subject"])[-5:] for m in per_trainee] == ["（1/3）", "（2/3）", "（3/3）"]
        assert len({sender(m) for m in per_trainee}) == 1 and [len(xlsxs(m)) for m in per_trainee] == [0, 0, 1]
        # 县住建局: a folder a person, GBK names unflagged, the 汇总表 outside
        folders = one(mailbox, "zip-one-folder-per-person")
        ((zname, zdata), _) = attachments(folders)
        assert zname.endswith(".zip") and not any(i.flag_bits & 0x800 for i in zipfile.ZipFile(io.BytesIO(zdata)).infolist())
        members = [n for n, _ in unzipped(zdata)]
        assert len(members) == 6 and all(n.split("/")[1] in (f"{mixed53_docs.FORM_TITLE}.docx", f"{n.split('/')[0]}.jpg")
                                         for n in members)
        # 喇嘛洞镇: the forms named by 身份证号
        ids = one(mailbox, "forms-named-by-id-number")
        assert all(re.fullmatch(r"21142\d{12}[\dX]\.docx", n) for n, _ in docxs(ids)) and len(docxs(ids)) == 3
        # 大屯镇: on its own 周报's thread
        thread = one(mailbox, "forms-on-weekly-report-thread")
        (weekly,) = [m for m in mailbox if m.case == "fn-clean" and m.unit == "大屯镇"]
        assert str(message(thread)["Subject"]) == "回复：" + str(message(weekly)["Subject"]) and "第一周" in plain(thread)
        # 县公安局: eight files
        assert [len(docxs(one(mailbox, "many-forms-one-mail"))), len(xlsxs(one(mailbox, "many-forms-one-mail")))] == [7, 1]
        # the three held and the city's notice
        school = one(mailbox, "town-school-sends-own-table")
        assert sender(school) == make_mixed53.SCHOOL[1] and mixed53_docs.FN_TITLE not in cells(xlsxs(school)[0])
        congress = one(mailbox, "peoples-congress-staff-registers")
        assert "工作单位\n建昌县人大常委会办公室" in docx_text(docxs(congress)[0][1])
        city = one(mailbox, "city-office-asks-county-summary")
        assert sender(city) == make_mixed53.CITY[1] and "各县（市、区）" in plain(city)
