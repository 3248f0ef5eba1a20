"""Routing on a sixty-sixth, held-out mixed mailbox (tests/fixtures/mixed66).

Two 2076 campaigns drafted by `collector campaign init --from-notice`, of disjoint units in overlapping weeks — the
2076年第一季度政务新媒体自查 (县政府各部门: a Word 自查报告 and the accounts' page screenshots by 03-20 17:00, then a Word
整改情况报告 by 04-03 17:00 only from the six departments the office's second notice names) and the 基层党建专题学习
心得体会 (the 28 towns: at least two 心得, one Word file each, any number of mails, by 03-27 17:00) — beside the
built-in 5·15 (2023) one; 48 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import yaml
from click.testing import CliRunner
from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed66"))
import make_mixed66  # noqa: E402
import mixed66_docs  # noqa: E402

from collector.campaign import load_campaigns  # noqa: E402
from collector.cli import cli  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"zc": dt.datetime(2076, 3, 20, 17, 0, tzinfo=SH), "zg": dt.datetime(2076, 4, 3, 17, 0, tzinfo=SH),
        "xd": dt.datetime(2076, 3, 27, 17, 0, tzinfo=SH)}
official, short = mixed66_docs.official, mixed66_docs.short
IMAGE_EXT = (".png", ".jpg", ".jpeg", ".heic")


def leaves(msg) -> list:
    """Every leaf part, inside an attached message/rfc822 too."""
    return [p for p in msg.walk() if not p.is_multipart()]


def attachments(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every named leaf, inside a forwarded .eml too."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in leaves(message(mail)) if p.get_filename()]


def inline_images(mail) -> list[bytes]:
    return [p.get_payload(decode=True) for p in leaves(message(mail))
            if p.get_content_maintype() == "image" and not p.get_filename() and p["Content-ID"]]


def unzipped(data: bytes) -> list[tuple[str, bytes]]:
    """A zip's files, their names read as GBK when the UTF-8 flag is not set (as 360压缩 writes them)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for info in z.infolist():
        name = info.filename if info.flag_bits & 0x800 else info.filename.encode("cp437").decode("gbk")
        if not name.endswith("/"):
            out.append((name, z.read(info)))
    return out


def files(mail) -> list[tuple[str, bytes]]:
    """The attachments, a zip's members in its place."""
    out = []
    for name, data in attachments(mail):
        out += unzipped(data) if name.lower().endswith(".zip") else [(name, data)]
    return out


def words(mail) -> list[str]:
    return [docx_text(d) for n, d in files(mail) if n.lower().endswith(".docx")]


def pictures(mail) -> list[bytes]:
    return [d for n, d in files(mail) if n.lower().endswith(IMAGE_EXT)] + inline_images(mail)


class TestMixed66Routing(RoutingTests):
    gen = make_mixed66
    cases = ["zc-clean", "xd-clean", "zg-clean", "gbk-zip-with-folders", "inline-screenshots-no-attachment",
             "report-after-inline-shots", "heic-photo-of-account-page", "forwarded-eml-from-operator", "no-accounts-report",
             "town-answers-department-campaign", "zc-late", "out-of-office-auto-reply", "read-receipt-mdn",
             "rectify-from-unnamed-department", "rectify-with-before-after-shots", "rectify-reply-quoting-named-list",
             "zg-late", "xd-one-per-mail-over-two-days", "xd-cadre-own-mailbox", "xd-photo-of-handwritten",
             "xd-first-of-corrected", "xd-correction", "department-sends-xinde", "xd-two-in-one-file",
             "xd-town-only-in-author-line", "xd-question-no-file", "xd-late"]
    size = (40, 50)
    has_corrections = True  # 王宝营子乡's 书记's 心得 (更正, 以此为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """`collector campaign init --from-notice` on each notice gives the kept draft; the kept campaign has its id,
        units and the drafted requirement's due and units. The 政务新媒体 campaign's second requirement `zg` is the
        clerk's, added from the office's second notice (a mail the drafter never saw): not compared with a draft."""
        kept = {c.id: c for c in self.campaigns()}
        for cid, notice in self.gen.NOTICE_FILES.items():
            path = self.gen.CAMPAIGNS_DIR / notice
            out = tmp_path / f"{cid}.yaml"
            result = CliRunner().invoke(cli, ["campaign", "init", "--from-notice", str(path), "-o", str(out)])
            assert result.exit_code == 0, result.output
            draft = path.parent / "drafts" / f"{path.stem}.draft.yaml"
            assert yaml.safe_load(out.read_text(encoding="utf-8")) == yaml.safe_load(draft.read_text(encoding="utf-8"))
            (drafted,) = load_campaigns([str(out)])
            c = kept[cid]
            assert drafted.id == c.id and [u.name for u in drafted.units] == [u.name for u in c.units]
            (first,) = drafted.requirements
            assert first.due == c.requirements[0].due
            assert [u.name for u in drafted.units if first in drafted.requirements_for(u)] == \
                [u.name for u in c.units if c.requirements[0] in c.requirements_for(u)]
        assert [r.id for r in kept[make_mixed66.XMT].requirements] == ["zc", "zg"]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed66.ALL)
        xmt, xd = cs[make_mixed66.XMT], cs[make_mixed66.XD]
        assert len(xmt.units) == 32 and all(u.kind == "department" for u in xmt.units)
        assert len(xd.units) == 28 and not {u.name for u in xmt.units} & {u.name for u in xd.units}
        zc, zg = xmt.requirements
        (x,) = xd.requirements
        assert [(p.id, p.kind) for p in zc.parts] == [("doc", "document"), ("shots", "photo")]
        assert [(p.id, p.kind) for p in zg.parts] == [("report", "document")]
        assert [(p.id, p.kind) for p in x.parts] == [("doc", "document")] and "docx" in x.parts[0].formats
        assert [u.name for u in xmt.units if zg in xmt.requirements_for(u)] == \
            [u for u in [u.name for u in xmt.units] if u in make_mixed66.NAMED]
        assert sorted(make_mixed66.NAMED) == sorted(u.name for u in xmt.units if zg in xmt.requirements_for(u))
        assert (zc.due, zg.due, x.due) == (DUES["zc"], DUES["zg"], DUES["xd"])
        notice = (make_mixed66.CAMPAIGNS_DIR / make_mixed66.RECTIFY_NOTICE).read_text(encoding="utf-8")
        assert all(u in notice for u in make_mixed66.NAMED) and "4月3日" in notice

    def test_every_picture_opens(self, mailbox):
        """Every picture of the 2076 mails (attached, zipped, in a forwarded .eml, inline by cid; the HEIC) opens."""
        pics = [d for m in mailbox if m.received_at.year == 2076 for d in pictures(m)]
        assert len(pics) >= 25 and all(opens_as_image(d) for d in pics)

    def test_every_document_opens(self, mailbox):
        """Every Word file of the 2076 mails (attached, zipped, in a forwarded .eml) opens with python-docx."""
        texts = [t for m in mailbox if m.received_at.year == 2076 for t in words(m)]
        assert len(texts) >= 40 and all(texts)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        zc_words, zg_words, xd_words = mixed66_docs.ZC_TITLE, mixed66_docs.ZG_TITLE, mixed66_docs.XD_WORDS
        for m in mailbox:
            if m.campaign == make_mixed66.XMT and m.requirements == ["zc"]:
                texts, pics = words(m), pictures(m)
                assert len(texts) == ("doc" in m.parts), m.name
                assert all(zc_words in t and official(m.unit) in t for t in texts), m.name
                assert bool(pics) == ("shots" in m.parts), m.name
            elif m.campaign == make_mixed66.XMT:
                (text,) = words(m)
                assert zg_words in text and official(m.unit) in text and m.unit in make_mixed66.NAMED, m.name
            elif m.campaign == make_mixed66.XD:
                texts = words(m)
                assert texts and all(xd_words in t and f"{m.unit}" in t and "作者：" in t for t in texts), m.name
                assert not pictures(m)
        # the zip: GBK names without the UTF-8 flag, a folder inside a folder
        z = one(mailbox, "gbk-zip-with-folders")
        ((zname, zdata),) = attachments(z)
        infos = zipfile.ZipFile(io.BytesIO(zdata)).infolist()
        assert not any(i.flag_bits & 0x800 for i in infos)
        names = [n for n, _ in unzipped(zdata)]
        assert all(n.startswith(f"{short('县住建局')}政务新媒体自查材料/") for n in names)
        assert sum("/页面截图/" in n for n in names) == 3
        # the screenshots inline only; the report the next morning, same address
        inline = one(mailbox, "inline-screenshots-no-attachment")
        assert not attachments(inline) and len(inline_images(inline)) == 3
        html = message(inline).get_body(("html",)).get_content()
        assert html.count('src="cid:') == 3
        after = one(mailbox, "report-after-inline-shots")
        assert sender(after) == sender(inline) and after.received_at > inline.received_at and not after.is_correction
        # the HEIC from an iPhone
        heic = one(mailbox, "heic-photo-of-account-page")
        assert any(n.endswith(".HEIC") for n, _ in attachments(heic)) and "iPhone" in message(heic)["X-Mailer"]
        # the forwarded .eml: outer mail no file of its own, the operator's mail inside
        fwd = one(mailbox, "forwarded-eml-from-operator")
        (rfc,) = [p for p in message(fwd).walk() if p.get_content_type() == "message/rfc822"]
        assert rfc.get_filename().endswith(".eml")
        inner = rfc.get_payload()[0]
        assert make_mixed66.OPERATOR[1] in str(inner["From"]) and sender(fwd) != make_mixed66.OPERATOR[1]
        # the 零报告: no accounts, no picture
        zero = one(mailbox, "no-accounts-report")
        assert "未开设" in words(zero)[0] and not pictures(zero)
        # not owed: a town's 自查, the unnamed department's 整改, a department's 心得
        town = one(mailbox, "town-answers-department-campaign")
        assert "大屯镇" in words(town)[0] and zc_words in words(town)[0]
        unnamed = one(mailbox, "rectify-from-unnamed-department")
        assert zg_words in words(unnamed)[0] and "县民政局" not in make_mixed66.NAMED
        dep = one(mailbox, "department-sends-xinde")
        assert xd_words in words(dep)[0] and "党组书记" in words(dep)[0]
        # the auto-reply and the read receipt answer the 整改 notice
        auto = one(mailbox, "out-of-office-auto-reply")
        assert message(auto)["Auto-Submitted"] == "auto-replied" and not attachments(auto)
        mdn = one(mailbox, "read-receipt-mdn")
        assert message(mdn).get_content_type() == "multipart/report"
        assert message(mdn).get_param("report-type") == "disposition-notification"
        assert make_mixed66.RECTIFY_SUBJECT in str(message(mdn)["Subject"])
        # the 整改 with before/after shots; the reply quoting the named list
        assert len(pictures(one(mailbox, "rectify-with-before-after-shots"))) == 2
        reply = one(mailbox, "rectify-reply-quoting-named-list")
        assert all(u in plain(reply) for u in make_mixed66.NAMED)
        # the town one per mail over two days, the same address
        two = by_case(mailbox, "xd-one-per-mail-over-two-days")
        assert len(two) == 2 and len({sender(m) for m in two}) == 1 and all(len(words(m)) == 1 for m in two)
        assert two[1].received_at.date() > two[0].received_at.date()
        # the cadre's own mailbox, new address
        own = one(mailbox, "xd-cadre-own-mailbox")
        assert sender(own) not in {sender(m) for m in mailbox if m is not own}
        # the handwritten photos: no Word
        hand = one(mailbox, "xd-photo-of-handwritten")
        assert not words(hand) and len(pictures(hand)) == 3
        # the correction: one 心得, the first's 书记's
        first, corr = one(mailbox, "xd-first-of-corrected"), one(mailbox, "xd-correction")
        assert corr.is_correction and len(words(corr)) == 1 and "以此为准" in plain(corr)
        assert words(corr)[0].splitlines()[-1] in {t.splitlines()[-1] for t in words(first)}
        # two in one file
        (both,) = words(one(mailbox, "xd-two-in-one-file"))
        assert both.count("作者：") == 2
        # the town only in the author lines
        hidden = one(mailbox, "xd-town-only-in-author-line")
        outside = str(message(hidden)["Subject"]) + plain(hidden) + "".join(n for n, _ in attachments(hidden))
        assert "要路沟" not in outside and all("要路沟乡" in t for t in words(hidden))
        # the question: no file
        q = one(mailbox, "xd-question-no-file")
        assert not attachments(q) and "能否" in plain(q)
        # late and on time
        late = by_case(mailbox, "zc-late") + by_case(mailbox, "zg-late") + by_case(mailbox, "xd-late")
        assert all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (make_mixed66.XMT, make_mixed66.XD) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
        # every 整改 mail after the second notice
        assert all(m.received_at > dt.datetime(2076, 3, 24, 15, tzinfo=SH) for m in mailbox if m.requirements == ["zg"])
