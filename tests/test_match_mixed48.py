"""Routing on a forty-eighth, held-out mixed mailbox (tests/fixtures/mixed48).

Two 2058 campaigns drafted by `collector campaign init --from-notice` whose windows overlap for the 28 towns — the
2058年村级网格员信息采集 (the towns and the zone: an Excel 采集表 a 网格员, “一人一表”, by 06-21 17:00) and the
全县电子政务外网接入和使用情况调查 (the towns, the departments and the 直属机构: five short answers in the office's 调查表
or typed in the mail, by 06-17 16:00) — beside the built-in 5·15 (2023) one; 48 mails labelled by hand, written apart
from the routing code, most from phones and webmail. The bar of tests/mixed_mailbox_tests.py: every mail right in both
draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

import yaml
from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed36 import one, sender
from test_match_mixed40 import attachments, cells

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed48"))
import make_mixed48  # noqa: E402
import mixed48_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"wg": dt.datetime(2058, 6, 21, 17, 0, tzinfo=SH), "dc": dt.datetime(2058, 6, 17, 16, 0, tzinfo=SH)}
FORM, SURVEY = mixed48_docs.FORM_TITLE, mixed48_docs.SURVEY_TITLE
official, short = mixed48_docs.official, mixed48_docs.short
WG_FILED = ("wg-clean", "wg-late", "id-card-photos-beside-forms", "correction", "forms-second-batch",
            "emoji-nickname-sender", "wechat-duplicate-suffix-names", "township-now-a-town-new-name")


def clerks_pattern() -> re.Pattern:
    """The `answer` part's pattern as the clerk wrote it in campaigns/2058-06-10-dc.yaml."""
    kept = yaml.safe_load((make_mixed48.CAMPAIGNS_DIR / "2058-06-10-dc.yaml").read_text(encoding="utf-8"))
    (part,) = kept["requirements"][0]["parts"]
    return re.compile(part["pattern"])


def xlsx_files(mail) -> list[tuple[str, bytes]]:
    return [(n, d) for n, d in attachments(mail) if n.endswith(".xlsx")]


def sheets(data: bytes) -> list[str]:
    import openpyxl

    return openpyxl.load_workbook(io.BytesIO(data)).sheetnames


def is_form(text: str, town: str, name: str = "") -> bool:
    return FORM in text and f"乡镇（开发区） {town}" in text and (not name or f"姓名 {name}" in text)


def answer_text(mail) -> str:
    """Where a unit's five answers are: the mail's own words (the notice it quotes left out), its 调查表, its note."""
    text = plain(mail).replace("\r\n", "\n")
    quoted = make_mixed48.NOTICE[make_mixed48.DC].strip()
    body = text.split("------------------ 原始邮件 ------------------")[0]
    body += text.split(quoted, 1)[-1] if quoted in text else ""
    files = [cells(d) if zipfile.is_zipfile(io.BytesIO(d)) else d.decode("utf-8") for _, d in attachments(mail)]
    return "\n".join([body, *files])


class TestMixed48Routing(RoutingTests):
    gen = make_mixed48
    cases = ["wg-clean", "wg-late", "dc-clean-body", "dc-clean-table", "dc-late", "correction",
             "claims-no-change-since-last-year", "workbook-one-sheet-per-person", "id-card-photos-beside-forms",
             "android-zip-utf8-names-no-flag", "forms-second-batch", "survey-typed-beside-grid-forms",
             "wenjuanxing-export-for-forms", "emoji-nickname-sender", "wechat-duplicate-suffix-names",
             "forms-exported-to-pdf-by-wps", "township-now-a-town-new-name", "voice-input-homophones",
             "conflicting-second-answer", "survey-counts-in-chinese-numerals", "survey-answer-speaks-of-grid-forms",
             "vertical-bureau-answers-not-applicable", "wechat-chat-record", "answers-in-txt-attachment",
             "android-content-id-file-name", "office-files-answer-got-by-wechat", "united-front-dept-for-ethnic-affairs",
             "answer-below-quoted-notice", "notice-bounced-139", "qq-read-receipt"]
    size = (40, 50)
    has_corrections = True  # 建昌镇's 采集表 (更正, 以此为准)
    open_mails = {  # README, After the fixes
        "037-conflicting-second-answer": (
            "open since round 48: 县教育局's second answer, typed from another address two days after its 调查表, with "
            "other figures and no 以此为准: filed (its answer counted again), where the label holds it; the matcher "
            "does not compare an answer with the unit's earlier one"),
    }

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed48.ALL)
        wg, dc = cs[make_mixed48.WG], cs[make_mixed48.DC]
        wg_units, dc_units = {u.name for u in wg.units}, {u.name for u in dc.units}
        assert len(wg_units) == 29 and "八家子经济开发区" in wg_units and not any(u.startswith("县") for u in wg_units)
        assert len(dc_units) == 67 and "八家子经济开发区" not in dc_units and {"县气象局", "县税务局", "建昌镇"} <= dc_units
        assert len(wg_units & dc_units) == 28
        (forms,) = wg.requirements
        (survey,) = dc.requirements
        assert [forms.id, survey.id] == make_mixed48.WGR + make_mixed48.DCR
        assert [(p.id, p.kind) for p in forms.parts] == [("forms", "document")] and "xlsx" in forms.parts[0].formats
        assert [(p.id, p.kind) for p in survey.parts] == [("answer", "field")]
        assert (forms.due, survey.due) == (DUES["wg"], DUES["dc"])

    def test_every_picture_opens(self, mailbox):
        """Every picture attached opens with PIL: the 5·15 photos and 王宝营子乡's two 身份证 photos, the only pictures
        of 2058."""
        pics = [(m, d) for m in mailbox for n, d in attachments(m) if n.lower().endswith((".jpg", ".jpeg", ".png"))]
        assert len(pics) >= 8 and all(opens_as_image(d) for _, d in pics)
        assert {m.case for m, _ in pics if m.received_at.year == 2058} == {"id-card-photos-beside-forms"}

    def test_every_document_opens(self, mailbox):
        """Every workbook of the 2058 mails opens with openpyxl (in the zip too, and under the Android name with no
        extension), the WPS PDF with pypdf (a page a person, its text readable), the 便签 note as UTF-8."""
        from pypdf import PdfReader

        kinds = {"xlsx": 0, "zipped": 0, "pdf": 0, "txt": 0, "jpg": 0}
        for m in mailbox:
            if m.received_at.year != 2058:
                continue
            for name, data in attachments(m):
                if name.endswith(".xlsx") or name.startswith("msf:"):
                    assert cells(data)
                    kinds["xlsx"] += 1
                elif name.endswith(".zip"):
                    z = zipfile.ZipFile(io.BytesIO(data))
                    assert all(cells(z.read(i)) for i in z.infolist())
                    kinds["zipped"] += len(z.infolist())
                elif name.endswith(".pdf"):
                    reader = PdfReader(io.BytesIO(data))
                    assert FORM in reader.pages[0].extract_text()
                    kinds["pdf"] += 1
                elif name.endswith(".txt"):
                    assert data.decode("utf-8")
                    kinds["txt"] += 1
                elif name.endswith(".jpg"):
                    kinds["jpg"] += 1
                else:
                    raise AssertionError(f"{m.name}: {name}")
        assert kinds["xlsx"] >= 40 and (kinds["zipped"], kinds["pdf"], kinds["txt"], kinds["jpg"]) == (4, 1, 1, 2)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        pattern = clerks_pattern()
        # the 采集表s filed one a file: each a form of its town, one a person, named 乡镇+村+姓名 unless the case says
        for case in WG_FILED:
            for m in by_case(mailbox, case):
                forms = xlsx_files(m)
                assert forms, m.name
                town = "牤牛营子镇人民政府" if case == "township-now-a-town-new-name" else official(m.unit)
                for name, data in forms:
                    text = cells(data)
                    assert is_form(text, town), m.name
                    person = re.search(r"姓名 (\S+)", text).group(1)
                    if case not in ("wechat-duplicate-suffix-names", "township-now-a-town-new-name"):
                        assert name.startswith(short(m.unit)) and person in name, name
                assert not pattern.search(plain(m)), m.name  # no answer of the survey in a 采集表 mail
        # 汤神庙镇: one workbook, a sheet a person, each sheet the form
        (name, data), = xlsx_files(one(mailbox, "workbook-one-sheet-per-person"))
        assert len(sheets(data)) == 4 and cells(data).count(FORM) == 4 and name.startswith("汤神庙镇")
        # 和尚房子乡: 问卷星's export, a row a person, its own columns first
        (name, data), = xlsx_files(one(mailbox, "wenjuanxing-export-for-forms"))
        text = cells(data)
        assert re.fullmatch(r"\d+_按文本_和尚房子乡网格员信息采集_5_5\.xlsx", name) and FORM not in text
        assert text.startswith("序号 提交答卷时间 所用时间 来源 来源详情 来源IP 1、乡镇（开发区）") and text.count("和尚房子乡") == 5
        # 大屯镇: a zip whose UTF-8 names have no language-encoding flag
        ((_, data),) = attachments(one(mailbox, "android-zip-utf8-names-no-flag"))
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
        assert len(infos) == 4 and all(not i.flag_bits & 0x800 for i in infos)
        assert all(i.filename.encode("cp437").decode("utf-8").startswith("大屯镇") for i in infos)
        assert all(is_form(cells(zipfile.ZipFile(io.BytesIO(data)).read(i)), official("大屯镇")) for i in infos)
        # 王宝营子乡: two forms and the same two people's 身份证 photos
        cards = one(mailbox, "id-card-photos-beside-forms")
        people = [re.search(r"姓名 (\S+)", cells(d)).group(1) for _, d in xlsx_files(cards)]
        assert sorted(n for n, _ in attachments(cards) if n.endswith(".jpg")) == sorted(f"{p}身份证.jpg" for p in people)
        # 建昌镇's correction: one of the 06-05 people again, another mobile
        (first,) = by_case(mailbox, "wg-clean")[:1]
        fix = one(mailbox, "correction")
        assert first.unit == fix.unit == "建昌镇" and fix.is_correction and "以此为准" in plain(fix)
        ((name, data),) = attachments(fix)
        text = cells(data)
        person = re.search(r"姓名 (\S+)", text).group(1)
        (before,) = [cells(d) for n, d in attachments(first) if person in n]
        assert name.endswith("（更正）.xlsx") and re.search(r"手机号码 (\d+)", before).group(1) != re.search(
            r"手机号码 (\d+)", text).group(1)
        # 老大杖子乡: three villages, then the other two; the second no correction
        batch = by_case(mailbox, "forms-second-batch")
        villages = [{re.search(r"所在村（社区） (\S+)", cells(d)).group(1) for _, d in xlsx_files(m)} for m in batch]
        assert [len(v) for v in villages] == [3, 2] and not villages[0] & villages[1]
        assert not any(m.is_correction for m in batch) and sender(batch[0]) == sender(batch[1])
        # 魏家岭乡 (REVIEW): its forms attached and its survey answers typed beside them
        both = one(mailbox, "survey-typed-beside-grid-forms")
        assert len(xlsx_files(both)) == 3 and pattern.search(plain(both)) and "外网调查" in plain(both)
        # 石佛乡 (REVIEW): nothing attached, “no change since 2057”
        same = one(mailbox, "claims-no-change-since-last-year")
        assert not attachments(same) and "2057" in plain(same) and "不再重复报送" in plain(same)
        # 要路沟乡: a nickname with emoji, an address of its own, no unit in the subject
        nick = one(mailbox, "emoji-nickname-sender")
        assert message(nick)["From"].addresses[0].display_name == "🌾稻花香🌾"
        assert "要路沟" not in str(message(nick)["Subject"]) and "要路沟乡党政办" in plain(nick)
        assert sender(nick) not in {sender(m) for m in mailbox if m is not nick}
        # 头道营子乡: the template's name and WeChat's (1), (2) …
        dup = one(mailbox, "wechat-duplicate-suffix-names")
        assert [n for n, _ in attachments(dup)] == ["建昌县村级网格员信息采集表.xlsx"] + [
            f"建昌县村级网格员信息采集表({i}).xlsx" for i in range(1, 5)]
        # 黑山科乡 (REVIEW): one PDF from WPS, a page a person, where the notice forbids a PDF
        from pypdf import PdfReader

        ((name, data),) = attachments(one(mailbox, "forms-exported-to-pdf-by-wps"))
        reader = PdfReader(io.BytesIO(data))
        assert name.endswith(".pdf") and len(reader.pages) == 4 and reader.metadata.producer == "WPS Office"
        assert "黑山科乡" in reader.pages[0].extract_text() and "请勿转为PDF" in make_mixed48.NOTICE[make_mixed48.WG]
        # 牤牛营子乡 as 牤牛营子镇, a new address; its roster name nowhere
        renamed = one(mailbox, "township-now-a-town-new-name")
        everything = str(message(renamed)["Subject"]) + plain(renamed) + "".join(
            n + cells(d) for n, d in attachments(renamed))
        assert "牤牛营子镇" in everything and "牤牛营子乡" not in everything
        # the survey's answers: in words the clerk's pattern reads — the 税务局's “不适用” alone has no figure
        filed = [m for m in mailbox if m.campaign == make_mixed48.DC]
        for m in filed:
            found = pattern.search(answer_text(m))
            assert bool(found) == (m.case != "vertical-bureau-answers-not-applicable"), m.name
        blank = [[SURVEY], ["填报单位：", ""], ["序号", "调查项目", "填报内容"]] + [
            [n, item, None] for n, item in zip(mixed48_docs.NUMERALS, mixed48_docs.SURVEY_ITEMS)]
        assert not pattern.search("\n".join(" ".join(str(v) for v in row if v is not None) for row in blank))
        for case in ("dc-clean-table", "conflicting-second-answer"):
            m = by_case(mailbox, case)[0]
            assert SURVEY in cells(xlsx_files(m)[0][1]) and official(m.unit) in cells(xlsx_files(m)[0][1])
        # 县林草局: the count in Chinese numerals, from its 政务邮箱
        words = one(mailbox, "survey-counts-in-chinese-numerals")
        assert re.search(r"[一二三四五六七八九十]+台", plain(words)) and not re.search(r"\d\s*台", plain(words))
        assert sender(words) == make_mixed48.GOV["县林草局"]
        # 贺杖子乡: voice input's homophones, no comma
        voice = one(mailbox, "voice-input-homophones")
        assert all(w in plain(voice) for w in ("政务外王", "中端数量", "一鸡两网")) and "，" not in plain(voice)
        # 县税务局: 不适用, no figure
        vertical = one(mailbox, "vertical-bureau-answers-not-applicable")
        assert "不适用" in plain(vertical) and "台" not in plain(vertical) and not attachments(vertical)
        # 县教育局: the office's 调查表, then the 信息中心's other figures from another address
        first, second = by_case(mailbox, "conflicting-second-answer")
        assert first.unit == "县教育局" and second.unit == "REVIEW" and sender(first) != sender(second)
        count = re.search(r"数量（台） (\d+)", cells(xlsx_files(first)[0][1])).group(1)
        assert f"接入终端{count}台" not in plain(second) and "以此为准" not in plain(second) and "教育局" in plain(second)
        # 县融媒体中心: a WeChat chat; 雷家店乡: a .txt note; 县卫健局: an xlsx under Android's id
        assert "聊天记录" in plain(one(mailbox, "wechat-chat-record"))
        ((name, data),) = attachments(one(mailbox, "answers-in-txt-attachment"))
        assert name == "外网调查.txt" and data.decode("utf-8").startswith("雷家店乡外网调查\n1.")
        ((name, data),) = attachments(one(mailbox, "android-content-id-file-name"))
        assert name == "msf:1000034567" and official("县卫健局") in cells(data)
        # 新开岭乡's answer, as the office itself filed it
        office = one(mailbox, "office-files-answer-got-by-wechat")
        assert sender(office) == make_mixed48.OFFICE and "新开岭乡" in plain(office)
        # 县民族宗教局 as the 县委统战部, no word of its own name
        front = one(mailbox, "united-front-dept-for-ethnic-affairs")
        text = str(message(front)["Subject"]) + plain(front)
        assert "统战部" in text and not any(w in text for w in ("民族", "民宗", "宗教"))
        # 娘娘庙乡: the whole notice quoted first, the answer below it
        below = one(mailbox, "answer-below-quoted-notice")
        body = plain(below)
        assert body.index("原始邮件") < body.index("2058年6月10日") < body.index("娘娘庙乡答复")
        # 八家子镇: its survey speaks of the 网格员 platform; its 采集表 came two days before
        speaks = one(mailbox, "survey-answer-speaks-of-grid-forms")
        (forms,) = [m for m in by_case(mailbox, "wg-clean") if m.unit == "八家子镇"]
        assert "网格员" in plain(speaks) and not attachments(speaks) and forms.received_at < speaks.received_at
        # the 139 bounce and the QQ read receipt
        bounce = one(mailbox, "notice-bounced-139")
        assert message(bounce).get_content_type() == "multipart/report" and b"Status: 5.1.1" in bounce.raw
        assert make_mixed48.BOUNCED.encode() in bounce.raw
        assert str(message(one(mailbox, "qq-read-receipt"))["Subject"]).startswith("已读回执：")
        # late and on time; most of 2058 from phones and webmail
        late = [m for m in mailbox if m.case in ("wg-late", "dc-late")]
        assert all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (make_mixed48.WG, make_mixed48.DC) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
        assert all(m.received_at.date() >= dt.date(2058, 6, 10) for m in mailbox if m.campaign == make_mixed48.DC)
        mailers = [str(message(m)["X-Mailer"]) for m in mailbox if m.received_at.year == 2058]
        desktop = [x for x in mailers if x.startswith(("Foxmail", "Microsoft Outlook"))]
        assert len(desktop) <= 4, mailers
