"""Routing on a seventy-fifth, held-out mixed mailbox (tests/fixtures/mixed75).

Two spring 2085 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县委党史研究室's 《建昌年鉴（2085）》供稿 (ten named departments only; one requirement of two parts 一并: the Word
供稿 and 3–5 jpg photos, by 04-27 17:00) and the 县绿化办's 2085年古树名木资源普查 (the 28 乡镇 and 县住建局, the one unit
owing both; an Excel 登记表, “无” too, by 05-18 17:00) — beside the built-in 5·15 (2023) one; 33 mails labelled by hand,
written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact
requirements.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import plain
from test_match_mixed36 import one, sender
from test_match_mixed69 import cells, files, top_names

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed75"))
import make_mixed75  # noqa: E402
import mixed75_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"photos": dt.datetime(2085, 4, 27, 17, 0, tzinfo=SH), "gsmmzydcdj": dt.datetime(2085, 5, 18, 17, 0, tzinfo=SH)}
official = mixed75_docs.official
YB, TREE = make_mixed75.YB, make_mixed75.TREE
DEPTS = ["县发改局", "县工信局", "县农业农村局", "县交通局", "县住建局", "县水利局", "县教育局", "县卫健局", "县文旅局", "县民政局"]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes (zip members too): article / photo / tree-table / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = cells(data) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("photo" if ext == "jpg" else "tree-table" if first == mixed75_docs.TREE_TITLE
                else "article" if first.endswith(mixed75_docs.YB_TITLE) else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed75Routing(RoutingTests):
    gen = make_mixed75
    cases = ["yb-clean", "tree-clean", "auto-reply-to-notice", "yb-doc-first", "yb-photos-next", "yb-zip",
             "yb-sub-office-sends", "yb-corrected", "yb-question", "yb-phone-late", "yb-straggler", "tree-phone-ack",
             "tree-clue-only-inside", "tree-zero-report", "tree-forwarded", "tree-corrected", "tree-with-photos",
             "tree-late", "both-campaigns-in-one-mail"]
    size = (30, 38)
    has_corrections = True  # 县文旅局's 供稿 and 喇嘛洞镇's 登记表 (以此稿/表为准)
    open_mails = {
        "026-tree-phone-ack":
            "open since its first run: 巴什罕乡's “收到，我乡按时报送。” from an iPhone, a reply to the 古树名木 notice "
            "quoting it, no file (mail 12 in arrival order, tree-phone-ack); labelled IGNORED (nothing to file, nothing "
            "to answer), the routing holds it for review: 未能识别报送单位（发件人、主题、附件名、落款均无单位名称）. "
            "Harmless (a person glances at it); whether a person's “收到” is ignored like an auto-reply is left for a "
            "fix round, not fixed here. A rule reading 按时报送 as part of the acknowledgement was tried and taken out: it "
            "moved the 5·15 labelled set's 收到，按要求落实。 (labelled REVIEW), a policy question for the team.",
    }

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed75.ALL)
        yb, tree = cs[YB], cs[TREE]
        (art,) = yb.requirements
        (tbl,) = tree.requirements
        assert [art.id, tbl.id] == make_mixed75.ART + make_mixed75.TBL
        assert [u.name for u in yb.units] == DEPTS  # departments only
        names = [u.name for u in tree.units]
        assert len(names) == 29 and names[-1] == "县住建局" and set(names) & set(DEPTS) == {"县住建局"}
        assert [p.id for p in art.parts] == ["doc", "photos"]  # the clerk's fix A2: no `doc2`
        doc, photos = art.parts
        assert "docx" in doc.formats and photos.kind == "photo" and photos.min_count == 3
        assert [p.id for p in tbl.parts] == ["table"] and "xlsx" in tbl.parts[0].formats
        assert (art.due, tbl.due) == (DUES["photos"], DUES["gsmmzydcdj"])
        assert "2085" not in yb.subject_hints and "古树名木" in tree.subject_hints  # fixes A1, B1

    def test_every_document_opens(self, mailbox):
        """Every file of 2085 opens: Word, Excel, JPEG, zip."""
        kinds = opened_files(mailbox, 2085, files)
        # 登记表: 4 clean + 6 hard + 住建局's; 供稿: 3 clean + 教育 + 水利 (zip) + 卫健 + 文旅 again + 农业 + 工信 + 住建;
        # photos: 3×3 clean, 4 教育, 3 水利, 3 卫健, 3 文旅, 3 农业, 5 工信, 3 大屯's trees, 3 住建
        assert kinds == {"xlsx": 11, "docx": 10, "jpg": 36}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("photos", "doc"): "article", ("photos", "photos"): "photo", ("gsmmzydcdj", "table"): "tree-table"}
        for m in mailbox:
            if m.campaign not in (YB, TREE):
                continue
            mat = material(m)
            got = {want[(m.requirements[0], p)] for p in m.parts}
            if m.case == "tree-with-photos":
                got |= {"photo"}
            assert got == set(mat), m.name
            if "photo" in got and m.case != "tree-with-photos":
                assert 3 <= len(mat["photo"]) <= 5, m.name
            texts = [t for kind, ts in mat.items() if kind != "photo" for t in ts]
            assert all(official(m.unit) in t for t in texts), m.name
        # 县住建局: both campaigns' files in one mail
        assert set(material(one(mailbox, "both-campaigns-in-one-mail"))) == {"article", "photo", "tree-table"}
        # 魏家岭乡: the unit only in the workbook
        wj = one(mailbox, "tree-clue-only-inside")
        assert "魏家岭" not in plain(wj) + str(message(wj)["Subject"]) + sender(wj)
        assert top_names(wj) == ["Book1.xlsx"] and "魏家岭乡人民政府" in cells(files(wj)[0][1])
        # 谷杖子乡: a table that says 无
        zero = cells(files(one(mailbox, "tree-zero-report"))[0][1])
        assert zero.splitlines()[-1].startswith("无")
        # 县水利局: one zip of the 供稿 and its photos
        sl = one(mailbox, "yb-zip")
        assert top_names(sl) == ["水利局年鉴供稿.zip"] and len(files(sl)) == 4
        # 县卫健局 by the 县疾控中心's own address
        wj2 = one(mailbox, "yb-sub-office-sends")
        assert "疾控" in plain(wj2) and "建昌县卫生健康局" in docx_text(files(wj2)[0][1])
        # 汤神庙镇: forwarded by its 党政办, the 林业站's mail quoted
        fw = one(mailbox, "tree-forwarded")
        assert "转发邮件信息" in plain(fw) and "林业站" in plain(fw)
        # 县教育局: the 供稿, then the photos; the auto-reply and the phone's 收到
        assert one(mailbox, "yb-doc-first").parts == ["doc"] and one(mailbox, "yb-photos-next").parts == ["photos"]
        assert not files(one(mailbox, "auto-reply-to-notice")) and not files(one(mailbox, "tree-phone-ack"))
        assert not files(one(mailbox, "yb-question"))
        assert "发自我的iPhone" in plain(one(mailbox, "tree-phone-ack"))
        # corrections
        fixed = [m for m in mailbox if m.received_at.year == 2085 and m.is_correction]
        assert [m.case for m in fixed] == ["yb-corrected", "tree-corrected"]
        assert all("为准" in plain(m) for m in fixed)
        # late and on time
        late = ("yb-phone-late", "yb-straggler", "tree-late")
        for case in late:
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        assert all(m.received_at <= DUES[m.requirements[0]] for m in mailbox
                   if m.campaign in (YB, TREE) and m.case not in late)
        assert all(m.received_at > dt.datetime(2085, 4, 16, 10, 40, tzinfo=SH) for m in mailbox if m.campaign == TREE)
