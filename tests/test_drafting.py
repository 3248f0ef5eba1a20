"""The notice drafter on notices of the team's own writing (tests/fixtures/notices/), each
checked field by field against an expected file written by hand from reading the notice:
collecting address, title, number of requirements, each deadline, each requirement's units."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from collector.drafting import draft_campaign, read_notice
from collector.roster import UNIT_KINDS, builtin_roster

NOTICES = Path(__file__).parent / "fixtures" / "notices"
CASES = sorted(NOTICES.glob("*.expected.yaml"))
sys.path.insert(0, str(NOTICES))
import build  # noqa: E402 (tests/fixtures/notices/build.py: .src -> .docx / .pdf)


class BuiltNotices(dict):
    """The Word and PDF notices made from their sources, each form built on its first use (one LibreOffice run per
    format), so a run of text notices alone starts no LibreOffice."""

    def __init__(self, out: Path):
        super().__init__()
        self.out = out
        self.forms: dict[str, tuple[str, bool]] = {}
        for case in CASES:
            exp = yaml.safe_load(case.read_text(encoding="utf-8"))
            if "source" in exp:
                self.forms[case.name] = (exp["as"], exp.get("tables") == "ruled")

    def __missing__(self, name: str) -> Path:
        form = self.forms[name]
        names = [n for n, f in self.forms.items() if f == form]
        sources = [NOTICES / yaml.safe_load((NOTICES / n).read_text(encoding="utf-8"))["source"] for n in names]
        fmt, ruled = form
        if fmt == "docx":
            paths = [build.build_docx(src, self.out / (src.stem + ".docx"), ruled) for src in sources]
        else:
            paths = build.build_all_converted(sources, self.out, fmt, ruled)
        self.update(zip(names, paths))
        return self[name]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return BuiltNotices(tmp_path_factory.mktemp("notices"))


def notice_path(case: Path, built: dict) -> Path:
    exp = yaml.safe_load(case.read_text(encoding="utf-8"))
    return built[case.name] if "source" in exp else (NOTICES / exp["notice"]).resolve()


def unit_set(value, roster) -> set[str]:
    """[names] or {kinds: [...], names: [...]} (the units of those kinds plus those names)."""
    if isinstance(value, dict):
        return set(roster.names(value.get("kinds") or [])) | set(value.get("names") or [])
    return set(value or [])


def _plain(s: str) -> str:
    return re.sub(r"[\s“”\"'《》]", "", s or "")


# The verb a 关于…的通知 opens with: HELDOUT-800-819.md's convention drops 开展 / 做好 / 报送, and the expected files
# written after it drop 举办 / 加强 / 推荐 / 征集 / 组织 as well (05, 170, 224, 1005 …), while three writers kept them
# (1405, 1418, 1450), and 1556 kept 参加 of 组织参加 (the drafter drops both); 1942 and 1959 kept 建立, 1946 召开 and
# 1950 征求 (titles.TITLE_VERBS drops them; test_drafting_parts pins 征求's). Both name the same campaign for a clerk,
# so a title is compared without it. The same for the 推荐 the drafter moves after a quoted name (`关于推荐“X”的通知` →
# `“X”推荐`, heading/nominations.py since mixed83) where a writer dropped it (2727).
LEADING_VERB = re.compile(r"^(?:进一步)?(?:组织(?=参加))?(?:开展|做好|报送|举办|加强|推荐|征集|组织|参加|建立|召开|征求)")
VERB_AFTER_THE_QUOTE = re.compile(r"(?<=[”\"])推荐$")


def _title(s: str) -> str:
    return LEADING_VERB.sub("", _plain(VERB_AFTER_THE_QUOTE.sub("", s or "")))


SHEETS, VIDEOS, ARCHIVES = {"xlsx", "xls", "et", "csv"}, {"mp4", "mov", "avi", "wmv"}, {"zip", "rar", "7z"}
SCANS = {"pdf", "ofd", "jpg", "jpeg", "png", "tif", "tiff"}


def part_shape(part: dict) -> str:
    """What a drafted part asks, in the words of an expected file's ``parts``: photo, field (names, phone numbers, a
    typed answer), sheet (a spreadsheet), scan (a PDF or picture only: a stamped or signed paper), video, archive, or
    document (Word, or any format)."""
    if part["kind"] in ("photo", "field"):
        return part["kind"]
    formats = set(part.get("formats") or [])
    for shape, known in (("sheet", SHEETS), ("video", VIDEOS), ("archive", ARCHIVES)):
        if formats & known:
            return shape
    return "scan" if formats and formats <= SCANS else "document"


def part_shapes(requirement) -> list[str]:
    """The shapes of a requirement's parts (``part_shape`` of each), sorted."""
    return sorted(map(part_shape, requirement.parts))


def compare(draft, expected: dict, roster) -> dict[str, bool]:
    """field -> right? for one notice. A requirement's ``parts`` (optional: the shapes of what it asks, as
    ``part_shape`` names them, e.g. ``[document, scan, photo]``) is compared as a multiset where the file gives it."""
    result = {
        "address": set(draft.addresses) == set(expected["address"]),
        "title": _title(draft.title) == _title(expected["title"]),
        "count": len(draft.requirements) == len(expected["requirements"]),
    }
    for i, want in enumerate(expected["requirements"]):
        got = draft.requirements[i] if i < len(draft.requirements) else None
        due = want["due"] if isinstance(want["due"], dt.datetime) else dt.datetime.fromisoformat(str(want["due"]))
        result[f"due[{i}]"] = bool(got) and got.due.replace(tzinfo=None) == due
        result[f"units[{i}]"] = bool(got) and set(got.units) == unit_set(want["units"], roster)
        if "parts" in want:
            result[f"parts[{i}]"] = bool(got) and sorted(map(part_shape, got.parts)) == sorted(want["parts"])
    return result


@functools.cache
def drafted(notice: Path):
    """The draft of one notice file, made once per run: three tests read every notice's draft (each field, the
    score over all of them, the YAML)."""
    return draft_campaign(read_notice(notice), builtin_roster())


def draft_of(case: Path, built: dict):
    return drafted(notice_path(case, built))


# Notices a round left wrong, each with why (HELDOUT-*.md, "After the fixes"); strict: one drafted right fails the run
# until it is taken out of this list.
OPEN: dict[str, str] = {
    # 1500-1519: first contact; all six fixed since (HELDOUT-1500-1519.md, After the fixes)
    # 1540-1559: first contact; all eight fixed since (HELDOUT-1540-1559.md, After the fixes)
    # 1560-1579: first contact (HELDOUT-1560-1579.md): none open (1576's one miss was the writer's year, fixed in its expected file)
    # 1580-1599: first contact; all eleven fixed since (HELDOUT-1580-1599.md, After the fixes)
    # 1600-1619: first contact; all fifteen fixed since (HELDOUT-1600-1619.md, After the fixes)
    # 1620-1639: first contact; all sixteen fixed since (HELDOUT-1620-1639.md, After the fixes)
    # 1640-1659: first contact; all fifteen fixed since (HELDOUT-1640-1659.md, After the fixes)
    # 1660-1679: first contact; all ten fixed since (HELDOUT-1660-1679.md, After the fixes)
    # 1680-1699: first contact; all twelve fixed since (HELDOUT-1680-1699.md, After the fixes)
    # 1700-1719: first contact; all fifteen fixed since (HELDOUT-1700-1719.md, After the fixes)
    # 1720-1739: first contact; all five fixed since (HELDOUT-1720-1739.md, After the fixes)
    # 1740-1759: first contact; all six fixed since (HELDOUT-1740-1759.md, After the fixes)
    # 1940-1959: first contact 13/20; all seven fixed since (HELDOUT-1940-1959.md, After the fixes)
    # 1960-1979: first contact 11/20; all nine fixed since (HELDOUT-1960-1979.md, After the fixes)
    # 1980-1999: first contact 15/20 (HELDOUT-1980-1999.md); 1982, 1986, 1988 fixed since (h-fixn99a), 1998 (h-fixn99b),
    # 1995 settled for the issuer-in-its-group convention (After the fixes; Settled after the fixes)
    # 2000-2019: first contact 16/20; all four fixed since (HELDOUT-2000-2019.md, After the fixes)
    # 2020-2039: first contact 15/20; 2020, 2035 (h-fixn101a), 2024 (h-fixn101b) fixed since; 2025, 2038 settled (HELDOUT-2020-2039.md)
    # 2040-2059: first contact 11/20 (HELDOUT-2040-2059.md); all nine fixed since: 2043, 2048, 2055, 2041 (h-fixn102a),
    # 2044, 2052, 2059 (h-fixn102b), 2051, 2056 (h-fixn102c) (After the fixes)
    # 2060-2079: first contact 7/20; all thirteen fixed since (HELDOUT-2060-2079.md, After the fixes)
    # 2080-2099: first contact 13/20; all seven fixed since, 2088 last (HELDOUT-2080-2099.md, After the fixes)
    # 2100-2119: first contact 10/20; all ten fixed since (HELDOUT-2100-2119.md, After the fixes)
    # 2120-2139: first contact 11/20; eight fixed since, 2126 settled for the convention (HELDOUT-2120-2139.md)
    # 2140-2159: first contact 15/20; all five fixed since: 2146, 2148, 2157, 2150's parts (h-fixn107a), 2156, 2150's units
    # (h-fixn107b) (HELDOUT-2140-2159.md, After the fixes)
    # 2200-2219: first contact 16/20; all four fixed since: 2203, 2217, 2206's count (h-fixn110a), 2216, 2206's parts
    # (h-fixn110b) (HELDOUT-2200-2219.md, After the fixes)
    # 2220-2239: first contact 15/20; all five fixed since: 2230, 2232, 2235 (h-fixn111a), 2233, 2222 (h-fixn111b)
    # (HELDOUT-2220-2239.md, After the fixes)
    # 2240-2259: first contact 15/20 (HELDOUT-2240-2259.md); open:
    # (2243 fixed and 2250's extra requirement by h-fixn112b, 2247 and 2253 by h-fixn112a; two judgement calls open)
    "2250": "judgement call: the title; docs/notice-drafting.md (titles) says an `调整…报送时间` notice keeps its title as "
            "written and a notice that is no 更正 keeps its own (notice 254: `调整2026年度…报送时间`); the writer wants the "
            "amended subject. Its quoted, superseded date is fixed (h-fixn112b, not_mailed.quotes_its_earlier_ask)",
    "2251": "judgement call: 县财政局 `负责数字化经费保障，不单独报送材料` left out of 县直各部门's requirement; "
            "docs/notice-drafting.md (let-offs, `let_off.py`) says a 不单独报送材料 naming only 材料 takes the unit out of "
            "every requirement (`县应急局、县市场局…配合开展检查…，不单独报送材料`); the writer kept it in (h-fixn112b)",
    # 2280-2299: first contact 14/20 (HELDOUT-2280-2299.md); open:
    "2290": "judgement call: `建昌镇、八家子镇分别于3月25日前报送本镇…方案（Word格式）和摊位统计表（Excel格式）` drafted as each "
            "town one file; docs/notice-drafting.md (`respectively.py`, `respective_requirements.py`) pairs as many units "
            "as materials one to one under 分别, also when 分别 is said of the date, names each with its own bracket being "
            "`paired still` (`…拨付明细（Excel格式）和…问题清单（Word格式）`, test_drafting_2040s; the 1600s convention), and "
            "本部门 does not undo it (`县文旅局、县市场局分别于7月13日前报送本部门…名录、…名录`); the writer reads 本镇 and the one "
            "date as each town sending both (h-fixn113b)",
    # 2300-2319: first contact 17/20 (HELDOUT-2300-2319.md); none open (2304 and 2314 fixed on main, 2308 on h-fixn115)
    # 2320-2339: first contact 12/20 (HELDOUT-2320-2339.md); open, each given to a fixer:
    # 2329 (…单产数据 / …收入数据, papers apart: two requirements) fixed by h-fixrows (row_shares.papers_apart; its
    # formats by h-fixn116a)
    # 2340-2359: first contact 12/20 (HELDOUT-2340-2359.md); all eight fixed since: 2343, 2351 (h-fixn117b), 2341, 2349,
    # 2353, 2357 (h-fixn117a), 2345, 2358 (h-fixn117c) (After the fixes)
    # 2360-2379: first contact 13/20 (HELDOUT-2360-2379.md);
    # all seven fixed since: 2363, 2379 (h-fixn118a), 2367, 2375 (h-fixn118b), 2362, 2374, 2378 (h-fixn118c) (After the fixes)
    # 2380-2399: first contact 15/20 (HELDOUT-2380-2399.md); open, each given to a fixer (2384, 2396 fixed by h-fixn119a, 2387 by h-fixn120c, 2388 by h-fixn120d):
    "2385": "judgement call: 八家子经济开发区 | 技术改造项目汇总表 | Excel and 各乡镇 | 技术改造项目汇总表 | Excel, one day, drafted "
            "one requirement: docs/notice-drafting.md's settled rows-of-one-day convention (row_shares: rows of the same "
            "paper due one day are one requirement, each unit's share; the zone of the towns' level, "
            "row_shares.LOCAL_LEVEL); the writer keeps same-paper rows apart (h-fixn119a, h-fixrows)",
    # 2400-2419: first contact 8/20 (HELDOUT-2400-2419.md); open, each given to a fixer (2409, 2416, 2417 fixed by h-fixn120c, 2400, 2402, 2418 by h-fixn120d):
    "2405": "judgement call: 县教育局 and 县卫健局 | 推荐审批表、事迹材料 | Word, one day, drafted one requirement of two "
            "documents: docs/notice-drafting.md's conventions make rows of the same paper due one day one requirement, "
            "each unit's share (the settled rows-of-one-day convention, row_shares) and papers listed by 、 a part each, a "
            "format said of them all (material_lists; `收储情况、销售情况和库存情况（Word格式）`: three documents), so the "
            "towns' 推荐审批表、事迹材料及个人照片 | Word、照片 are two documents and the photos; the writer reads each row's "
            "papers as one document and the bureaus' rows as two requirements. Its sheet (the 审批表 read as a form, the "
            "row's one Word said of 事迹材料 alone) fixed (h-fixn119a, row_formats.one_format_for_each)",
    # 2407 fixed on h-fixn120a; 2403, 2419 and 2411 by h-fixn120a's wrapped cells with h-fixn120c's off-roster rows;
    # 2415 by them and the lead's row of a group off the roster (units.ROW_OF_A_GROUP)
    # 2420-2439: first contact 7/20 (HELDOUT-2420-2439.md); all thirteen fixed since: 2423, 2427, 2435, 2439 (h-fixn121a),
    # 2421, 2425, 2429, 2437 (h-fixn121b), 2420, 2422, 2424, 2438 (h-fixn121c), 2431 by h-fixn121a's rows with
    # h-fixn121b's Word、照片 (After the fixes)
    # read right from a PDF's plain text until its tables were read cell by cell (pdf_tables, pdf_columns); their
    # .docx build drafted wrong all along (test_drafting_pdf_table_cells.RULED_OPEN):
    # 1591 and 1683 fixed on h-fixn122c (table_lead_in.papers_the_line_above_sends, schedule_rows.work_of_a_schedule_row)
    # 2440-2459: first contact 11/20 (HELDOUT-2440-2459.md); open, each given to a fixer; the five PDF tables (2443,
    # 2447, 2451, 2455, 2459) fixed by the lead's reading of a table without lines by where its words stand (pdf_columns)
    # 2444 (later_groups: 延期至 for a few) and 2450 (units.DEPT_WORDS: 各直属事业单位) fixed on h-fixn122a
    # 2448, 2456: fixed by h-fixn122b (HELDOUT-2440-2459.md, "After the fixes (h-fixn122b)")
    # 2460-2479: first contact 10/20 (HELDOUT-2460-2479.md); open, each given to a fixer:
    # 2463, 2465, 2475 (units.ROW_OF_A_TRADE_GROUP: 各助产机构 | …) and 2471 (table_grids.LET_OFF_CELL: the reason
    # first, 降雪预报另行通报，本次不报送) fixed on h-fixn123a
    # 2460, 2462, 2466, 2478 (which dates are deadlines) fixed by h-fixn123b (HELDOUT-2460-2479.md, "After the fixes (h-fixn123b)")
    # 2464 (list_columns.gathered_into_the_form) and 2477 (row_formats.one_paper_in_word_and_excel) fixed by h-fixn123c
    # 2480-2499: first contact 15/20 (HELDOUT-2480-2499.md); 2481, 2483, 2489, 2493 (a table row of a company or station
    # off the roster, 中国移动建昌分公司 | …) fixed by the lead (units.ROW_OF_A_FIRM)
    # 2500-2519: first contact 12/20 (HELDOUT-2500-2519.md); all eight fixed since: 2501, 2511, 2519 (a table row of a
    # body off the roster: 建昌县驴业协会, 县满族联谊会, 建昌温泉度假村) on h-fixn125a (unit_cell.off_roster_row, which took
    # the place of units.ROW_OF_A_BODY / FIRM / GROUP / TRADE_GROUP); 2500 (paper_and_its_scan), 2510
    # (titles.WORDS_OPENED_BY_BAO) and 2518 (title_forms: a 工作提示 titled as a 通知) on h-fixn125b; 2512
    # (list_after_the_ask) and 2516 (replaced_addresses) on h-fixn125c
    # 2520-2539: first contact 11/20 (HELDOUT-2520-2539.md); eight of nine fixed since, 2532 a judgement call:
    # 2520, 2533 (the shape of 2500: a Word paper beside its own stamped scan) drafted right by h-fixn125b's rule
    # 2521, 2523 (the shape of 2501: a table row of a body off the roster) drafted right by h-fixn125a's rule
    # 2534 (hours_beside_their_day) and 2536 (window_days) fixed by h-fixn126a
    # 2529 (row_shares.in_kinds_apart), 2538 (making_progress) and 2532's units (增列) fixed on h-fixn126b
    "2532": "judgement call: `全县水库基本情况及养殖水域划定情况（Word格式）` drafted as two documents, the writer reads one; "
            "docs/notice-drafting.md's convention (material_lists: `收储情况及销售情况`, a 及 after a name of the kind, "
            "two) makes two. Its units (增列县水利局为报送单位: the bureau alone) fixed (h-fixn126b)",
    # 2540-2559: first contact 13/20 (HELDOUT-2540-2559.md); 2541 (footage_by_its_format), 2542 (hours_beside_their_day,
    # pictures_in_the_bracket) and 2549 (material_lists.LABEL_COLON, respectively.a_paper_and_its_scan) fixed by
    # h-fixn127a;
    # 2546 (second_pass.ask_the_followers_too), 2550 (restated_dates), 2556 (replaced_addresses.retired_by_a_later_sentence)
    # fixed by h-fixn127b; 2553's cancelled row (cancelled_rows) and meeting date (meeting_agenda) too; 2553's
    # …食品安全监管情况 / …道路通行情况 (papers apart: two requirements) fixed by h-fixrows (row_shares.papers_apart)
    # 2560-2579: first contact 13/20 (HELDOUT-2560-2579.md); open:
    # 2563 (典当行治安管理情况 / 典当行登记注册及广告监测情况, papers apart) fixed by h-fixrows (row_shares.papers_apart)
    "2569": "judgement call: 喇嘛洞镇 and 汤神庙镇 | 石灰窑排查清单及现场照片 | Excel、照片, one day and hour, drafted one "
            "requirement: docs/notice-drafting.md's settled rows-of-one-day convention (row_shares) makes rows of the same "
            "paper due one day one requirement, each unit's share; the writer keeps same-paper rows apart. Its "
            "departments' rows (…采矿权情况 / …产能情况, papers apart) drafted two by h-fixrows",
    # 2580-2599: first contact 18/20 (HELDOUT-2580-2599.md); both fixed by h-fixn129a: 2587 (parts: a name ending in a
    # picture word, 整改情况截图, no document) and 2597 (stage_columns: a row per 初稿 / 定稿 date column)
    # 2600-2619: first contact 10/20 (HELDOUT-2600-2619.md); eight of ten fixed since (After the fixes), two the
    # writer's own judgement calls:
    # 2602, 2604 (the matter 对 / 就 … 梳理 / 提出意见 / 形成 goes over: asks_nothing.MATTER_WRITTEN_OF) fixed by h-fixn130b
    # 2605, 2610 (于同日将…发送, the day just named: same_time.SAME_DAY_RE) fixed by h-fixn130a; 2616's day too, its
    # parts (名录 the matter) by h-fixn130b
    # 2608: settled by the lead as its writer read it (a list and its entries' facts under one bracket are one
    # file: format_names.lists_with_their_facts)
    # 2609 (a 注 under the table putting one row's date off: restated_dates.rows_put_off_by_a_note) fixed by h-fixn130a
    # 2612 (a 监督邮箱 for complaints: addresses.FOR_THE_PUBLIC) fixed by h-fixn130a
    "2615": "judgement call (the writer's own): `活动实施方案（Word格式），并附拟走访老人名单及往年活动照片` drafted as two "
            "documents and photos; docs/notice-drafting.md's convention (papers named after 并附 a part each) makes the "
            "名单 a document of its own, the writer reads it part of the 方案 (HELDOUT-2600-2619.md: 'possibly my slip')",
    # 2620-2639: first contact 14/20 (HELDOUT-2620-2639.md); all six fixed since (After the fixes):
    # 2621 (a fair's opening day, 拟于12月21日在…开市，届时…报送…: done_after.HELD_ON) fixed by h-fixn131a
    # 2628 (a relative day with its date in a bracket, 结束后第二天（10月15日）上午10时前: next_day.DATED_RELATIVE_DAY_RE) fixed
    # by h-fixn131a
    # 2633 (如发现…有误…，可于4月19日前…申请撤回，修改后重新报送: a correction window, not_mailed.WITHDRAWN_AND_SENT_AGAIN)
    # fixed by h-fixn131a
    # 2631 (a note under a table, `注：上表截止时间均为当日下午三时`: hour_for_all.THE_TABLE_ABOVE) fixed by h-fixn131b
    # 2636 (`建昌县农业农村局请于同日将…发送`, another unit's other paper) drafts right on main since h-fixn130a's
    # same_time.SAME_DAY_RE; its `请于同日报送…` form added by h-fixn131b
    # 2639 (a PDF's `邮箱：` / `jckx_…@163.com。` broken from the table's lead-in line:
    # mended_lines.an_address_broken_from_its_label) fixed by h-fixn131b
    # 2640-2659: first contact 18/20 (HELDOUT-2640-2659.md); both fixed since (After the fixes):
    # 2649 (a Word table with the units across its first row, `单位 | 喇嘛洞镇 | …` / `报送材料 | …` / `截止时间 | …`:
    # wrapped_cells._tab_transposed_at; `按下表所列材料和时间` no pointer to write out, table_materials.POINTER_BELOW)
    # fixed by h-fixn132a
    # 2654 (an event's day restated with its part of the day, `展演时间仍定于2月16日晚在…举行`: done_after.PART_OF_DAY before
    # HELD_ON) fixed by h-fixn132b
    # 2660-2679: first contact 15/20, every miss in parts (HELDOUT-2660-2679.md); all five fixed since (After the fixes):
    # 2660 (an item sending a 联络员's particulars, the next item's heading no paper of it: one field,
    # one_requirement._its_own_particulars) fixed by h-fixn133a
    # 2664 (`1.年度报告文本（Word格式）` beside `2.经…签字并加盖…公章的年度报告扫描件`, written out by above.py: the scan's own
    # signing words no gap between two items, paper_and_its_scan.SIGNED_OR_STAMPED) fixed by h-fixn133b
    # 2665 (`并附隐患整改销号系统截图`: 系统 before a picture word a noun, requirements.PICTURE_WORD) fixed by h-fixn133a
    # 2670 (`矢量数据打包（ZIP格式）`: unnamed_things.PACKED_CLAUSE, named_by_their_packing) fixed by h-fixn133a
    # 2671 (a row's `1.…表；2.…说明` and `1.…前；2.…前` cells paired by number: numbered_cells.paired_by_number) fixed by
    # h-fixn133b
    # 2680-2699: first contact 17/20 (HELDOUT-2680-2699.md); all three fixed since (After the fixes):
    # 2691 (a `单位 | 报送材料` table with no date column, its one date in `注：以上材料均须于…前报送` under it: the date
    # written into each row, dated_by_a_note.rows_dated_by_the_note_under) fixed by h-fixn134a
    # 2693 (unnamed_things._right_after_jiang: the facts 将 sends named at length) and 2696 (requirements.MAILBOX_LABEL:
    # 发送至统计表邮箱 names no paper) fixed on h-fixn134b
    # 2700-2719: first contact 12/20 (HELDOUT-2700-2719.md); all eight fixed since (After the fixes):
    # 2702 (`以下三项材料：一是…，Word格式；二是…；三是…` in one sentence, then `以上三项材料…一并发送`: the items after the
    # lead, above.items_after_the_lead_just_above) fixed on h-fixn135c
    # 2704 (`7月16日（星期三）前（下午4时）`: the hour in the bracket after 前, hours_beside_their_day.HOUR_AFTER_ITS_BY)
    # fixed by h-fixn135b
    # 2705 (`请你们对照项目实施方案`: a plan read against, worked_from.BASIS_VERB_BEFORE) fixed on h-fixn135c
    # 2706 (the 调研's days `县政协定于5月25日至5月27日组织…，…开展专题调研`: not_mailed.activity_planned_over; the
    # `结合委员…提出的意见建议` weighed, not sent: asks_nothing.CONSIDERED) fixed by h-fixn135b
    # 2710 (`…及水质检测结果公示栏的现场截图`: what one screenshot shows, materials/shown_in_a_screenshot.py) fixed on
    # h-fixn135c
    # 2711 (a dateless `序号 | 单位 | 报送材料` table dated by notes naming its rows by number, `注1：序号1、2所列材料请于…`:
    # each row the date of its note, dated_by_a_note._dated_by_number) fixed by h-fixn135a
    # 2713 (`…和药剂投加台账的截图`: as 2710, materials/shown_in_a_screenshot.py) fixed on h-fixn135c
    # 2719 (a table with the units across under a `项目` head cell, `项目 | 石佛乡 | …` / `报送材料 | …` / `报送时间 | …`:
    # read as a `单位` head cell's, wrapped_cells.ACROSS_HEAD in _tab_transposed_at) fixed by h-fixn135a
    # 2720-2739 and 2740-2759 (two blind batches written at once on 0620c4d5): first contact 11/20 and 12/20
    # 2724 (`各乡镇（区）` / `各乡镇（街道、区）` / `各乡镇、区`: the towns and the zone, senders/towns_and_zone.py) fixed by
    # h-fixn136c
    # 2733 (`请如下单位…：` then the units one a paragraph, unnumbered: kept apart by reflow and read as the list,
    # reading/name_lines.py) fixed by h-fixn136c
    # 2729 (`请上述单位于…` after `县自然资源局将组织…实地抽核`: the units asked before, not the issuer at its own work,
    # unit_refs.ITS_OWN_WORK) fixed by h-fixn136c
    # 2722 (`一、报送单位` / `县民政局、县卫生健康局。` then `上述三项材料请于…一并发送`, the addressee line naming more: the
    # section's units, contents_section.units_of_the_senders_section) fixed on lead-2722
    # 2727's deadline (`推荐材料的截止日期为…` under `二、推荐材料。各乡镇填写…`: around.CLOSING_LABEL,
    # contents_section.section_the_closing_date_names) fixed by h-fixn136d; its title left, see HELDOUT-2720-2739.md
    # 2727's title (`关于推荐“X”的通知`: `“X”推荐` by the mixed83 convention, the writer's `X`) compared without the moved 推荐
    # (VERB_AFTER_THE_QUOTE above), the lead's call
    # 2731 (`表注：大屯镇…其报送时间调整为七月二十二日…` under rows of one day read together: the unit out of their day,
    # the note's day with the rows' paper, restated_dates._row_read_with_others; 表注 a NOTE_LABEL) fixed by h-fixn136a
    # 2732 (`…，县农业农村局在调研座谈会上作口头汇报`: a spoken report no paper, requirements.DOC_NOUN) fixed on h-fixn136e
    # 2737 (`谷杖子乡人民政府、建昌县水利局本次不报送整改报告`: a bare 不 of this round closing on the paper it names lets
    # those units off that paper, let_off.EXCUSED, the 本次 after the names dropped, let_off.ADVERBS_AFTER) fixed by h-fixn136d
    # 2739 (h-fixn136b): the hour in the date column's head written after each bare day (timing/hour_in_the_header.py)
    # 2742 (`各单位收到问题清单后要立行立改`: the office's list the units receive no part, asks_nothing.received) fixed on h-fixn136e
    # 2744 (h-fixn136b): a bracketed instruction under the date line read as the notice's words (reading/layout.py)
    # 2746 (`（一）各乡镇党委：…（Excel格式）…（二）县发展和改革局、县工业和信息化局党组：…（Word格式）` then `以上材料均请于…`:
    # an item opening with a list of named units is one requirement of them, above._only_names; the item's let-off
    # applied to its section) fixed by h-fixn136d
    # 2748 (`惠民演出剧照5至10张`: a kind of photograph counted by 张, photo_counts.COUNTED_PHOTO_KIND) fixed on h-fixn136e
    # 2749 (`建昌镇人民政府*` and under the table `*建昌镇…请另附…照片（JPG格式），与监测表一并报送`: the note's photos the
    # marked row's units' alone, split off the row's requirement, asks/marked_rows.marked_rows_notes) fixed by h-fixn136a
    # 2750 (`…报送以下三项材料：` 1.…2.…3.… then `上述材料请于…`: every item led in, above.FRONTED_ANAPHOR) fixed on h-fixn136e
    # 2756 (h-fixn136b): a named second round (复报, its figures the result) a requirement, not a corrections window (asks/not_mailed.py)
    # 2759 (`已于九月份报送，本次免报` in a row's 备注 cell: the row's units let off,
    # cancelled_rows.rows_let_off_in_their_remarks) fixed by h-fixn136a
    # 2760-2779 and 2780-2799 (two blind batches written at once on a5e494e9): first contact 11/20 and 14/20; 2794
    # (`一、报送单位` naming the senders of `三、报送时间`) drafted right since by lead-2722's rule for 2722
    # 2760 (`对照检查清单逐人逐项核查`: a checklist checked against, compared.CHECKED_AGAINST), 2766 (`公益广告成片（MP4格式，…）`:
    # a film, requirements.FILM_NOUN), 2767 (`将…报告加盖单位公章，以扫描件（PDF格式）形式…报送`: one scan,
    # stamped.SENT_IN_THE_FORM_OF_A_SCAN) fixed by h-fixn137i
    # 2761 (`建昌县统计局机关党支部`: 机关 before a unit's party organ, units.PARTY_ORGAN) fixed on h-fixn137f
    # 2763 (units down, papers across, ✓ / — cells: the units of one set of ticks a row, reading/ticked_matrix.py) fixed by h-fixn137g
    # 2770 (`重点查看住户名录更新…情况，形成自查报告`: what the check looks at, no paper; asks_nothing.FOCUS_CHECKED) fixed by h-fixn137h
    # 2773 (`八家子经济开发区管理委员会`: the long form of 管委会, units.UnitResolver.resolve) fixed on h-fixn137f
    # 2777 (a date cell `…17:00前（下同）` over empty date cells: theirs too, plain_text._said_forward_filled) fixed by h-fixn137g
    # 2778 (`各镇乡` / `各镇、乡` on the addressee line: both kinds, unit_lists.ADDRESSEE_KINDS) fixed on h-fixn137f
    # 2780, 2782 (`登记表中身份证号码、联系电话等信息须核对准确`, `人员调整、联系方式变化的及时更新`: the list's columns,
    # no field; list_columns.KEPT_RIGHT) fixed by h-fixn137h
    # 2791 (units across the head, each cell a date or `—`: the dated cells' units, around.dated_unit_columns) fixed by h-fixn137g
    # 2796 (`要路沟乡、黑山科乡已于4月22日接受…检查，本次不报送`: a done day no deadline, deadlines.without_done_days; the let-off
    # on its own sentence's paper, let_off._dated_material_of_the_item; 已于 read in its clause only, not_mailed.REPORTED)
    # fixed on h-fixn137f
    # 2798 (`对辖区内纳入年度修复计划的废弃矿山…统计`: the plan the mines are in, no paper; asks_nothing.INCLUDED_IN) fixed by h-fixn137h
    # 2800-2819: first contact 14/20 (HELDOUT-2800-2819.md); 2820-2839: first contact 12/20 (HELDOUT-2820-2839.md)
    # 2801 (`将整改报告（Word格式）连同整改前后对比截图一并发送`: no comparing, the 同 of 连同 and the 对比 of 对比截图 not
    # compared.COMPARED's) fixed by h-fixn140d
    # 2808 (a 补充通知's `由原定的…延长至…`: the paper of the clause before `的截止时间`, postponed_materials.paper_whose_date_is_moved;
    # `仍于原定的…` a day still asked, sentence_requirements.STILL) fixed by h-fixn140e
    # 2809 (`…三项材料一并发送至…。报送时间见下表。` over `序号 | 单位 | 截止时间`: each row sends those papers,
    # table_times.TIMES_BELOW; a date-only row's off-roster unit cell, unit_cell.UNIT_CELL) fixed on h-fixn140b
    # 2811 (`请表中各单位于…前将材料发送至…。县文旅局将于…至…检查。` under a dateless 单位 | 报送材料 table: the first sentence's
    # date each row's, dated_by_a_note.POINTS_AT_THE_UNITS) fixed on h-fixn140b
    # 2814 (units: a heading naming its units, around.UNITS_HEADING, h-fixn140c; parts: `一、…报送材料` heading over the
    # items leads them in for `以上材料请于…`, above.SENT_LIST_HEADING) fixed by h-fixn140f
    # 2816 (`报送：…台账（Excel格式，4月17日…前）；…总结（Word格式，4月29日前）`: each paper by its bracket's day, sent by the
    # sentence's verb, asks/dated_in_its_bracket.py) fixed by h-fixn140d
    # 2825 (`八家子经济开发区管委会仅需于…前报送…`: the unit before 仅需 its sender; units.ONLY_AFTER_A_UNIT) fixed by h-fixn140c
    # 2826 (`附件名单中的王宝营子乡人民政府…本次不报送`: a unit of the 附件 list by name, that unit; unit_lists.read_addressees)
    # fixed by h-fixn140c
    # 2827: settled by the lead as its writer read it (a list and its entries' facts under one bracket are one
    # file: format_names.lists_with_their_facts)
    "2828": "judgement call (the writer's): `分别将X、Y（均为Excel格式）` of two bureaus on one day drafted as one requirement "
            "with both units, as ~25 kept notices of that shape expect (1878, 2498, 1772, 2192, 1330; respective_requirements "
            "splits such a pair only when the formats differ, 1612); the writer expects two (h-fixn140e)",
    # 2829: settled by the lead: its expected requirements put in reading order, row by row, as 2597, 3212 and 3223
    # 2834 (`各乡镇劳动保障所` addressed: an office every town keeps, the towns; unit_lists.TOWNS_OWN_OFFICE) fixed by h-fixn140c
    # 2836 (`对照部门职责，总结本年度…，形成年度工作报告（Word格式）`: 总结 opening a clause after a comma, its object after it,
    # the verb, requirements.SUMMING_UP; the extra document was that 总结, not the report) fixed by h-fixn140d
    # 2837 (`截止时间（下午4点）` over day cells: an hour alone in the header's bracket, hour_in_the_header) fixed by h-fixn140e
    # 2840-2859: first contact 16/20 (HELDOUT-2840-2859.md); 2860-2879: first contact 11/20 (HELDOUT-2860-2879.md)
    # 2840 (`逐项建立整改台账，…，整改报告（Word格式）连同…截图，于…发送至`: the report heading its clause is what is sent, the
    # ledger kept, made_not_sent.named_as_sent) fixed by h-fixn141g
    "2845": "h-fixn141h (in part): `以上第1、2项` / `第3项` now read as the items' papers and units and the 县卫健局 let-off "
            "applies; left: the 07-27 requirement drafts a further unnamed sheet `表格` ([document, sheet])",
    # 2850: fixed on h-fixn141i (请下述单位…： names one a line, then 以上各单位请于…: addressed.LISTED_BELOW, unit_refs name lines)
    # 2858: fixed on h-fixn141i (`报送对象：` on a line of its own in each item: contents_section.senders_labelled_in_the_item)
    # 2860 (`建立问题清单` first, then `统计表（Excel格式）和问题清单（Word格式）` sent: the bracket of a later mention is the
    # paper's own, requirements.own_bracket) fixed by h-fixn141g
    # 2861 (`连同公务用车台账、公务接待台账整改前后对比截图`: the 台账 are what the before-and-after screenshots show,
    # shown_in_a_screenshot.BEFORE_AND_AFTER) fixed by h-fixn141g
    # 2864 (`…统计表，不需报送文字总结，请于…`: the let-off's own paper not an ask, let_off.excused_from; `以上三项材料` no
    # paper, requirements.ITEMS_COUNTED) fixed by h-fixn141h
    # 2866 (原申报邮箱 a@… retired; `原邮箱…停止使用` after the new one speaks of the old: addresses.OLD_MAILBOX,
    # OF_THE_OLD_MAILBOX) fixed by h-fixn141j
    # 2867 (daily hours in words: daily_hours.CLOCK; the sentence before sends its own scan:
    # one_requirement.sends_its_own_paper) fixed by h-fixn141j
    # 2870: fixed on h-fixn141i (`其中，建昌县卫生健康局系统…，请另行制定…`: units.units_opening_the_sentence past 其中 / 此外 / 另外)
    # 2871 (报送 / — cells under the units across: around.worded_unit_columns) fixed by h-fixn141j
    # 2876 (items marked ＊ and `标注＊的材料请于…，其余材料请于…`: two sentences, reading/marked_items.py) fixed by the lead
    # 2878 (`（建昌县气象局所属…，本次不再申报）`: 不再 申报 a let-off, let_off.EXCUSED / BARE_VERB) fixed by h-fixn141h
    # 2894 (`…报县自然资源局…，各乡镇不直接向农工委报送`: not_mailed.NOT_TO_US, an office by its short name) fixed by h-fixn144d
    # 2896 (`A请提供X（Excel格式），B请提供Y（Excel格式），两项数据请于…`: each unit its own requirement,
    # respective_requirements.PAPERS_DATED / _paired_by_unit_lists) fixed by h-fixn144d
    # 2912 (`…统计表，报送时间为1月26日前`: deadlines.DATA_PERIOD read 统计…时间为 across the comma) fixed by h-fixn144d
    # 2880-2899: first contact 13/20 (HELDOUT-2880-2899.md); 2900-2919: first contact 11/20 (HELDOUT-2900-2919.md)
    # 2882 (`…，建昌县公路管理段负责…，其观测数据…，不单独报送`: an off-roster body's let-off, not the towns of the place
    # `在…辖区内的`; let_off.OFF_ROSTER_BODY, a 其 clause read back) fixed by h-fixn144b
    # 2883 (units down, deadlines across the head, papers in the cells: table_grids._dated_columns_at) fixed by h-fixn144a
    # 2886 (`对照积分事项清单、评议程序、兑换台账逐项自查`: a list checked against, compared.CHECKED_AGAINST) fixed by h-fixn144c
    # 2897 (a table broken by a `续表` line, no header after it: reading/continued_tables.py) fixed by h-fixn144a
    # 2899 (`形成年度报告（Word格式），同时将…年度报告扫描件（PDF格式）…一并报送`: the Word report and its scan,
    # paper_and_its_scan._also_sent_after) fixed by h-fixn144c
    # 2900 (`各乡镇人民政府请于2月1日前报送上述三项材料` after `…将上述三项材料一并发送`: the same items,
    # above.items_pointed_at_before) fixed by h-fixn144c
    # 2901: settled by the lead: its expected requirements put in reading order, row by row, as 2597, 3212 and 3223
    # 2904 (`不参加本次培训，但请两单位…报送`: a 但 / 仍 ask after it, no let-off, let_off.NOT_TAKING_PART) fixed by h-fixn144b
    # 2906 (a 补充通知's kept day `…仍按原通知要求于3月18日前报送，时间不变` before an item moving another by name,
    # `由3月20日调整为…`: not superseded, not_mailed.kept_unchanged / superseded_across_sentences) fixed by h-fixn145a
    # 2911 (blank 报送时间 cells a 注 says are the row above's: plain_text._blanks_said_as_above) fixed on h-fixn145b
    # 2913 (`其中，X只需报送A，不报送B`: not_theirs.ONLY_FIRST; `选取…典型案例，整理成文字材料`: one paper,
    # compared.SORTED_INTO) fixed by h-fixn144b
    # 2917 (`计划生育特殊家庭成员名册` read as a 计划: requirements.DOC_NOUN's 计划(?!生育|免疫)) fixed on h-fixn145b
    "2918": "judgement call (the writer's): `教师节前` read as the end of the holiday's eve (9月9日) with an unsettled line, "
            "as docs/notice-drafting.md settles for every `X节前`; the writer reads the day itself",
    # 2920-2939: first contact 9/20 (HELDOUT-2920-2939.md); 2940-2959: first contact 10/20 (HELDOUT-2940-2959.md)
    # 2920 (`检测报告盖章后的扫描件（PDF格式）`: the paper stamped, then scanned, is that scan alone,
    # stamped.SCANNED_AFTER_THE_STAMP) fixed by h-fixn146a
    # 2922 (`…前完成冷态试运行（以上两个日期为全县统一节点，不需要报送材料）`: work dates a note says send nothing,
    # not_mailed.dates_said_to_send_nothing) fixed by h-fixn146c
    # 2925 (`统计年报表封面经…签字并加盖公章后的扫描件`: a page of the table scanned, no sheet of it,
    # stamped.PAGE_OF_IT) fixed by h-fixn146a
    # 2927 (`对照专项施工方案编制…等环节逐项自查`: the 方案 checked against read as a document) fixed on h-fixn146b
    # 2928 (`请勿早于7月14日报送`: a not-before day, the window's start, not_mailed.a_day_not_before) fixed by h-fixn146c
    # 2931 (`注：…该乡报送时间以本注为准，为五月十日前`: a note's 以本注为准 moves the row's unit to its day,
    # restated_dates.RESTATES read by rows_put_off_by_a_note) fixed on h-fixn148a
    # 2933 (`培训班开班前一周`: weeks before an event, events.BEFORE_EVENT_RE; `为提高稿件质量`, `撰稿人`: no papers,
    # requirements.QUALITY_OF_IT / A_POST_AFTER) fixed by h-fixn146c
    # 2934 (`鉴定报告加盖公章后的扫描件`: as 2920, stamped.SCANNED_AFTER_THE_STAMP) fixed by h-fixn146a
    # 2935 (`县市场局提供…监督检查情况（Word格式）和…统计表（Excel格式）`: the Word paper lost) fixed on h-fixn146b
    # 2936 (`…由县市场监督管理局在统计表中一并反映，不单独报送` read as a second sheet) fixed on h-fixn146b
    # 2937 (a date cell `同序号1`, row 1's date: plain_text.SAME_AS_ROW) fixed on h-fixn146d
    # 2941 (`以上各单位` after a table of units: those units, unit_refs.EARLIER_UNITS) fixed by the lead
    # 2944 (`按照《…办法》关于“每年年初更新新闻发言人名单…”的规定`: the rule quoted from the document gone by names
    # no material, requirements.REFERENCE) fixed by h-fixn146a
    # 2945: fixed on h-fixn148b (above.papers_of_the_item_above: a pointer sentence's papers are those before it in its
    # item; not_theirs.NO_NEED_TO_SEND reads the units before the negation)
    # 2949 (`汇总表中登记金额在50万元以上的技术合同，请…`: the table the things are picked from, no sheet,
    # asks_nothing.THINGS_PICKED_FROM_IT) fixed by h-fixn146a
    # 2950: fixed on h-fixn146e (let_off._dated_material_of_the_item: a let-off sentence after two deadlines, off each)
    # 2951: fixed on h-fixn148b (table_times.TIMES_BELOW reads `三项材料一并报送，报送时间见下表`;
    # paper_and_its_scan: `年度报告（Word格式）要全面反映…，同时报送…扫描件` two files)
    # 2952: fixed on h-fixn146e (not_theirs.ONLY_FIRST reads a sentence of its own opening with the units, no 其中)
    # 2953 (`…于名单所注日期前报送` over a 附件 名单 `2.建昌县公安局（9月6日前）`: the units of each date,
    # dates_after_each_unit.dates_of_the_list_written_in) fixed on h-fixn148a
    # 2954: fixed on h-fixn146e (respective_requirements._paired_by_unit_lists: a list of units a clause, its own sheet)
    # 2957 (a unit cell listing only off-roster bodies, `共青团建昌县委员会、建昌县青年联合会`: unit_cell.LISTED_CELL)
    # fixed on h-fixn146d
    # 2962 (`汇总…用水计划建议，填写《计划用水户用水计划建议表》`: the matter gathered into the form, no name apart,
    # inside_a_name.named_apart) fixed on h-fixn150a
    # 2963 (date cells `见注1` / `见注2`, the dates in the notes under the table: dated_by_a_note.POINTS_AT_A_NOTE)
    # fixed on h-fixn149b
    # 2970 (`第一组单位于…` with `第一组：A、B、C` only in the 附件: the group's units, named_groups) fixed by h-fixn149c
    # 2979 (`…一并报送，报送时间见下表。` over a table of days: the sentence's papers every row's,
    # table_times._times_below_at_its_end) fixed on h-fixn149b
    # 2984 (`报告（Word格式），经…签字并加盖公章后扫描为PDF格式`: the Word paper and its scan,
    # format_names.scanned_after_its_bracket) fixed by h-fixn149a
    # 2987 (`名册须列明信访人、联系方式…`: the sheet's columns, list_columns.IN_A_CLAUSE) fixed by h-fixn149a
    # 2988 (`（材料报送截止时间：3月28日…下午5时。联系人：…）` under the 落款, the body `报送时间见文末`: layout.DEADLINE_LABELLED,
    # under_the_title.written_where_pointed_below) fixed on h-fixn149d
    # 2991 (a two-row header, `自查报告 | 自查报告` over `格式 | 报送时间`: two_row_headers.joined before the cells are
    # mended, stage_columns' format columns and `—` cells) fixed by h-fixn150b after h-fixn149b
    # 2993 (`县政协定于6月25日…组织…进行专题视察`: the issuer's own visit day, not_mailed.VISIT in
    # activity_planned_over) fixed on h-fixn149d
    # 2994 (`第一组：A、B；` lines, `第一组各乡镇于…`, `两组各乡镇均于…`: each group's towns, every group's, named_groups)
    # fixed by h-fixn149c
    # 2996 (`原通知要求A报送的《X》和B报送的《Y》…。A仍为…，B仍为…`: papers_then_days; `原通知所列报送邮箱（…）`:
    # addresses.OLD_NOTICES_MAILBOX) fixed on h-fixn149d
    # 2999 (as 2984, format_names.scanned_after_its_bracket) fixed by h-fixn149a
    # 3000 (`县乡村振兴局将会同县人社局、县财政局于3月23日至3月27日…实地复核`: the issuer's own work said with whom it goes,
    # not_mailed.WITH_WHOM in OWN_WORK) fixed on h-fixn150d
    # 3011 (`表二　整改报告报送单位（…前报送）` over rows `整改报告（Word格式）及整改前后截图`: the caption written out with its
    # rows' papers, table_materials._caption_with_its_papers) fixed on h-fixn150a
    # 3016 (`…建昌分局总结…的应用情况，形成…报告`: 总结 after a body's name the verb, requirements.SUMMING_UP) fixed on
    # h-fixn150a
    # 3019 (as 2979: the prose's papers above a table of days, to every row) fixed by h-fixn149b's 2979 rule
    # 3026 (`东片（A、B…）于…前报送；` lines, then `各片乡镇均报送…`: every district's papers, papers_of_every_group)
    # fixed on h-fixn150c
    # 3032 (`县财政局关于…的说明（Word格式）仍于5月9日前报送` after `各乡镇…仍于…；`: the unit named as the paper's owner,
    # units.OWNERS_PAPER) fixed on h-fixn150d
    # 3036 (`由建昌镇任组长单位` … `组长单位…于4月2日…发送`: lead_units; `…前提供全县在…系统注册的…数据（Excel格式）`:
    # unnamed_things.UNIT_SUPPLIES / MADE_BY) fixed on h-fixn150c
    # 3039: fixed by h-fixn150b (a note's `标“＊”的单位`, the bare 标, read as the starred rows: marked_names.BY_THE_MARK)
    # 3040-3059: first contact 12/20 (HELDOUT-3040-3059.md); all eight fixed since (After the fixes; 3041 by the lead)
    # 3060-3079: first contact 11/20 (HELDOUT-3060-3079.md); seven fixed since (After the fixes); the two
    # judgement calls settled:
    # 3062: settled by the lead as its writer read it (a list and its entries' facts under one bracket are one
    # file: format_names.lists_with_their_facts)
    # 3072: settled by the lead as its writer read it (a list and its entries' facts under one bracket are one
    # file: format_names.lists_with_their_facts)
    # 3080-3099: first contact 16/20 (HELDOUT-3080-3099.md); all four fixed since (After the fixes):
    # 3083 (`县卫健局（联系人：…，139…）` unit cells: reading/contacts_in_cells.left_out) and 3099 (one table per unit, the
    # unit in the line above: table_grids._rows_joined by WHEN_COLUMN, off_roster_bodies.body_over_its_table) fixed by
    # h-fixn154a; 3085 (`（1）…年度报告（Word格式）` / `（2）加盖单位公章的年度报告（PDF扫描件）`: the paper named again as its
    # scan, paper_and_its_scan.named_again_as_its_scan) fixed by h-fixn154b; 3091 (a rota of months and `当月二十日前`:
    # asks/dated_in_their_month) fixed by h-fixn154c
    # 3100-3119: first contact 15/20 (HELDOUT-3100-3119.md); all five fixed since (After the fixes):
    # 3103 (a sideways table's bare `报` cells: around.WORD_MARK) fixed by h-fixn154a; 3110 (`1．建昌县教育局☆` lines of a
    # 附件 名单, `附件名单中标注“☆”的单位`: marked_names.LIST_LINE, asks_nothing.MEMBERS_OF_A_LIST) and 3117
    # (`…以下三项材料一并发送至…：` / `3．部门财务报表（Excel格式）。` / `建昌县审计局于…`: item_bounds.ends_at_its_paper,
    # an_item_of_a_dated_lead) fixed by h-fixn154b; 3106 (`建昌镇（3月28日前）、…`: dates_after_each_unit by day,
    # colon_clauses._what_is_sent; the expected file put in reading order by the lead, as the docs settle) and 3118
    # (`推荐建昌镇人民政府、…` then `推荐单位…`: role_units endings, names_no_sender) fixed by h-fixn154c
    # 3120-3139: first contact 14/20 (HELDOUT-3120-3139.md); all six fixed since (After the fixes):
    # 3125 (`请三个乡人民政府于…`: unit_refs.COUNTED_UNITS), 3126 (`无需报送整改报告` against `整改情况报告`:
    # let_off.named_short) and 3127 (`原X（现Y）`: spelled_out.current_names_spelled_out) fixed by h-fixn156a; 3131
    # (`除附件所列乡镇外，其余各乡镇`: outside_a_list.OUTSIDE_A_LIST) and 3139 (a deadline in the table's last, merged
    # row: merged_ask_cells.closing_rows_set_apart, dated_by_a_note) fixed by h-fixn156b; 3133 (`（二）11月6日前` over
    # what is sent: asks/day_headings) fixed by h-fixn156c
    # 3140-3159: first contact 14/20 (HELDOUT-3140-3159.md); five fixed since (After the fixes): 3149 (merged group
    # cells: merged_ask_cells.filled_down) and 3159 (`请下列单位…：` over a 序号 | 单位 table: addressed._unit_column_below)
    # by h-fixn156b; 3143 (`报送起止时间`: sending_columns.SENDING_COLUMN), 3151 (`本次不报送` cells under date heads:
    # table_grids.LET_OFF_CELL) and 3152 (a deadline banner above the title: under_the_title.BANNER_LINE) by
    # h-fixn156c; 3150's units by h-fixn156a (`各直属机构` the institutions alone: kinds_of_the_group_word); the
    # judgement call settled:
    # 3150: settled by the lead as its writer read it (a list and its entries' facts under one bracket are one
    # file: format_names.lists_with_their_facts)
    # 3160-3179: first contact 11/20 (HELDOUT-3160-3179.md); 3161 settled by the lead (two 说明 rows of one day are two
    # requirements, as the docs settle); all eight fixed since (After the fixes): 3166 (a span pointed back at by 在此期间:
    # window_section.windows_pointed_back_at), 3170 and 3175 (the issuer at its own work asked nothing:
    # own_work.subject_of_the_ask_before_its_own_work, ITS_OWN_WORK), 3171 (`照片档案目录（Excel格式）` one sheet:
    # parts.a_list_of_pictures) and 3179 (a table's rows under its dated title row: item_bounds.a_row_under_a_dated_line)
    # by h-fixn158b; 3173 and 3178 (`另报…`: not_a_requirement.SENT_LATER) and 3167 (`建昌县统计局档案整理尚未完成，另请于…`:
    # topic_units.topic_units_spelled_out) by h-fixn158a
    # 3180-3199: first contact 13/20 (HELDOUT-3180-3199.md); 3195 settled by the lead (a stamped Excel goes as its scan
    # too, as the docs settle); four fixed since (After the fixes): 3196 (`一、试点单位` over its list, then `请试点单位于…`:
    # headed_groups.headed_groups_spelled_out; its 另报 by not_a_requirement.SENT_LATER) by h-fixn158a; 3183 (`报` / blank
    # cells under paper heads: paper_columns.SENDS, kind_formats.HEAD_CELL_IN_EXCEL), 3191 (`由帮扶部门于…`, a column head
    # as the sender: table_column_named.column_named_as_the_sender) and 3199 (`表一所列乡镇于…、表二所列部门于…`:
    # named_tables.NUMBERED_CAPTION, asks_nothing.LISTED_IN) by h-fixn158c; 3186 (a table typed with `｜` bars:
    # reading/typed_tables) by h-fixn162d, its expected file settled by the lead (two papers of one day, two
    # requirements); open:
    "3188": "judgement call: `请存在问题的乡镇于…前将整改报告…` (a group by a condition the notice does not resolve) leaves the "
            "units to the clerk (one_requirement.SOME_OF_THEM, as 1225, 399, 734); the writer reads the towns not let off",
    # 3200-3219: first contact 13/20 (HELDOUT-3200-3219.md); 3212's expected file put in reading order by the lead; all
    # seven fixed since (After the fixes): 3207 (an off-roster court's own clause: units.off_roster_subject), 3209
    # (`各乡镇人民政府和附件所列县直单位`: requirement_units._units_or_group) and 3210 (`（一）乡镇` / `（二）部门` subheads:
    # bare_groups.subheads_joined_to_their_lines) by h-fixn160a; 3212 (a unit's own day in a closing bracket:
    # bracketed_own_day.own_days_in_brackets_set_apart), 3216 (`企业应于…报送…`, others' duty: others_duty.a_duty_of_others;
    # a range's year from its end: deadlines.year_of_the_ranges_end) and 3217 (papers after `以下材料…：`:
    # listed_after.the_names_run_on_after_the_colon) by h-fixn160c; 3219 (a 备注 `本年度无统计任务` lets a 责任单位 row off:
    # let_off_rows.REMARK_LET_OFF in unit_refs.column_units) by h-fixn160b
    # 3220-3239: first contact 17/20 (HELDOUT-3220-3239.md); 3223's expected file put in reading order by the lead; all
    # three fixed since (After the fixes): 3235 (`请1．建昌县教育局、2．…于…`: inline_numbered_units after 请) by h-fixn160a;
    # 3223 (a paper named in its date column's head: stage_columns.STAGE_HEADER, HEAD_FORMAT) and 3231 (`各单位报送要求如下表。`
    # after the dated sentence: senders/table_pointed_after) by h-fixn160b
    # 3240-3259: first contact 16/20 (HELDOUT-3240-3259.md), after the 3160-3239 fix rounds; 3255 (a second salutation
    # mid-body: second_salutation) fixed by h-fixn162b; 3251 (`主管单位为乡镇人民政府的`: column_of_a_kind) and 3252 (a
    # span over before the notice: data_span.over_before_the_notice) by h-fixn162c; 3241 (one 交办单 per unit labelling its
    # unit: contents_section.units_labelled_in_the_item, body_labelled_in_the_item) by h-fixn166d; none open
    # 3260-3279: first contact 15/20 (HELDOUT-3260-3279.md), after the 3160-3239 fix rounds; 3263 (a dated caption over
    # its own table: captioned_tables), 3271 (papers as column heads over days: stage_columns.PAPER_HEADER) and 3278
    # (units with their papers' numbers in brackets: papers_by_number) fixed by h-fixn162a; 3275 (schedule lines
    # `day——units：paper`: schedule_lines) by h-fixn162b; 3267 (a bracketed let-off of the paper outside it:
    # bracketed_let_off) by h-fixn162c; none open
    # 3280-3299: first contact 13/20 (HELDOUT-3280-3299.md); 3291 settled by the lead (two papers of one day, two
    # requirements, as its writer flagged) and right since; all six misses fixed since (After the fixes): 3286 (a table
    # lined up with spaces: reading/typed_tables) by h-fixn162d; 3294 (a 网上报名 span: online_sign_up.A_SPAN) by
    # h-fixn164b; 3283 (tables written down their side: key_value_tables) and 3299 (stages side by side under a two-row
    # header: two_row_headers.stages_apart) by h-fixn164a; 3295 (`…还需于九月十二日前…`, a later day in words:
    # some_send_more.OWN_DATE) by h-fixn164c; 3290 (`无新开工项目的单位报送空表`: nil_returns.BLANK_FORM) by h-fixn164d
    # 3300-3319: first contact 11/20 (HELDOUT-3300-3319.md); 3308's expected file put in reading order by the lead; all
    # nine fixed since (After the fixes): 3302 (`决定于…开展抽查复核`, the office's own work: not_mailed.OWN_WORK) and 3317
    # (`自…截止之日起十日内`: events.AFTER_DEADLINE_RE, counted_from_above) by h-fixn164b; 3303 (下表所列 each its own
    # table: named_tables.the_table_pointed_at) by h-fixn164a; 3304 (followers only of a salutation that names units:
    # draft._addressed_as_a_group), 3306 (a group word opening each clause, `，均于…`: respective_requirements) and 3315
    # (`第⑴、⑶项单位`: inline_numbered_units.REF) by h-fixn164c; 3308 (a `温馨提示：` before the unit's topic:
    # topic_units.NOTE_LABEL, kept_in_force), 3311 (a province's body in a row: unit_cell.HIGHER_BODY) and 3319 (a paper
    # column named by its format bracket: paper_columns._sent_in_its_format) by h-fixn164d
    # 3320-3339 and 3340-3359 (written blind at once on a620c610, after the 3240-3319 fix rounds): first contact 12/20
    # and 17/20 (HELDOUT-3320-3339.md, HELDOUT-3340-3359.md); 3337 and 3343 settled by the lead (two sheets of one day,
    # two requirements; reading order) and right since; all nine misses fixed since (After the fixes): 3331 (quoted
    # column heads `“检查方”` / `“被检查方”` each a clause's senders: table_column_named.QUOTED_SENDER) and 3339 (letter
    # codes in the cells read back to their legend: senders/papers_by_code.py) by h-fixn166a; 3325 (`上述分馆所在单位`:
    # unit_refs.EARLIER_HOSTS), 3329 (`答：建昌镇、…，各选派…`: role_units.names_heading_the_verb) and 3335 (a subjectless
    # item after `一、请上述单位…`: item_subject.POINTED_BACK) by h-fixn166b; 3332 (`我院…转报市中级人民法院`: the
    # issuer's word for itself, sent_up.ONE_COUNTY_OFFICE), 3345 (`已完成系统数据对接，无需报送整改报告`: let_off.JOINED_UP)
    # and 3348 (`请上述单位` past a sentence letting off every unit it names: let_off.names_only_units_let_off) by
    # h-fixn166c; 3321 (one paper named from each unit's own area: row_shares.OWN_AREA) by h-fixn166d; none open
    # 3360-3379 and 3380-3399 (written blind at once on e6789f5a, before the 3320-3359 fix rounds): first contact 16/20
    # and 17/20 (HELDOUT-3360-3379.md, HELDOUT-3380-3399.md); all seven misses fixed since (After the fixes): 3363 (`报送`
    # cells under dated paper heads: table_grids.VERB_CELL), 3375 (spaced addressees glued at a PDF wrap:
    # unit_lists._glued_at_a_wrap) and 3395 (a `【限时反馈…】` banner and `标题上方所注时限`: under_the_title.BANNER_LINE,
    # AT_THE_HEAD) by h-fixn166e; 3369 (`下列两张表所列单位`: named_tables.tables_below), 3373 (a sealed paper ending a
    # led-in list: item_bounds.SEALED_BEFORE), 3387 (unit-headed paragraphs of one paper and day joined:
    # asks/unit_paragraphs.py; an off-roster 林场 heading its paragraph: units.SUBJECT_UNIT) and 3391 (a let-off row of a
    # table with no paper column: paper_columns._rows_sending) by h-fixn166f; none open
    # 3400-3419 (written blind on f5092f95, after this session's fix rounds): first contact 18/20 (HELDOUT-3400-3419.md)
    # 3413 (a paper's makeup said only in the numbered 附件 its sentence follows: materials/contents_in_the_annex.py) by
    # h-fixn168c; 3414 (`请尚未报送的单位` pointing back: senders/not_yet_sent.py) by h-fixn168b; none open
    # 3420-3439 (written blind on f5092f95, after this session's fix rounds): first contact 15/20 (HELDOUT-3420-3439.md);
    # 3431 settled by the lead (reading order) and right since; 3423 and 3439 (tables of counts and of cases) fixed by
    # h-fixn168a; 3432 (`请主办单位建昌县…局`: requested.ROLE_TITLE) by h-fixn168b
    "3429": "judgement call (the writer's): two rows of one day whose Excel papers are named apart (`区内…调查表` / "
            "`重点…调查表`) drafted as two requirements by the rows-of-one-day convention; the writer joins them",
    # 3440-3459 (written blind on 4139014b): first contact 16/20 (HELDOUT-3440-3459.md); 3452 (`A、B的设施…本次不报送`:
    # let_off.AREA) fixed by the lead; 3443 (days in a second header row: two_row_headers._days_under_the_papers) by
    # h-fixn168d; 3454 (units only in the `发送：` line at the foot: layout.SENT_TO_IN_THE_FOOT) by h-fixn168f; 3449 (a day
    # only in the annex table's caption: timing/caption_day.py) by h-fixn168e; none open
    # 3460-3479 (written blind on 4139014b): first contact 18/20 (HELDOUT-3460-3479.md); 3466 (`（报送时限：…）` under the
    # title: under_the_title.ROUND_DEADLINE_LINE, AT_THE_TITLE_FOOT) by h-fixn168e
    "3471": "judgement call (the writer's; unusual): the table is read since h-fixn168d (days as column heads, the 协会 "
            "row no longer stopping it) and four are drafted, the zone's 园区自查报告 a requirement of its own beside the "
            "bureaus' 行业自查报告 by the settled convention (row_shares: a county office's paper and a local body's are two "
            "levels' work, 2233); the writer joins the three",
    # 3480-3499 (written blind on 0bb554ed): first contact 15/20 (HELDOUT-3480-3499.md)
    # 3482 (sent_along.sent_or_let_off) and 3488 (off_roster_groups.ASKED_BY_NAME) by h-fixn176a; 3490 (a 零报表 the same
    # sheet: nil_returns.NIL_RETURN) and 3493 (`…，照片本次不报送`: let_off.PAPER_BEFORE_THE_ROUND) by h-fixn176b; 3494
    # (`序号1至4的单位` of a numbered 名单: unit_refs._cells_of_a_numbered_row) by h-fixn176c; none open
    # 3500-3519 (written blind on 0bb554ed): first contact 17/20 (HELDOUT-3500-3519.md)
    # 3503 (two_row_headers._header_under_a_banner, table_grids.NONE_WITH_A_REASON) by h-fixn176d; 3508 (a `分送：` line at
    # the foot: layout.SENT_TO_IN_THE_FOOT) and 3515 (`…参照上述第二项要求`: senders/follow_an_item.py) by h-fixn176e; none open
    # 3520-3539 (written blind on 8c853c39): first contact 15/20 by field (HELDOUT-3520-3539.md; pytest's 3527 failure was a
    # PDF build timeout under load: it drafts right); 3533 (the paper an opinion is on: what_it_is_on) and 3537 (a unit
    # named only as the gatherer of a let-off body: gathers_the_let_off) by h-fixn177g;
    # 3535 (`对…统计台账逐项自查`: asks_nothing.CHECKED_ITEM_BY_ITEM; `…无…任务，不报送整改报告`: let_off.BARE_NOT_SENT) by h-fixn177h;
    # 3523 (a school's row in a table of days as column heads: table_grids.UNIT_NAME) by h-fixn177f; 3525 open
    "3525": "judgement call (the writer's own wording): `联络员名单及宣传计划统计表（Excel格式）` is drafted as two sheets, a "
            "list of people and a table of plans, which a clerk may read so (the writer reads one); not the settled "
            "lists_with_their_facts shape (2486: a list and its entries' facts)",
    # 3540-3559 (written blind on 8c853c39): first contact 16/20 by field (HELDOUT-3540-3559.md; pytest's 3547 and 3555
    # failures were PDF build timeouts under load: both draft right); 3557 settled by the lead: its expected file now lists
    # the two bureaus' requirements in the table's row order, as the drafter and every expected file do (order only);
    # 3545 (`（含下属…）` after a unit: senders/what_a_unit_includes.py) by h-fixn177i, 3546 (依次: respectively.IN_TURN,
    # in_turn.a_day_shared_in_turn) by h-fixn177j, 3551 (a caption row giving the table's day: dated_by_a_note) by
    # h-fixn177k; none open
    # 3560-3579 (written blind on c828eb6c): first contact 12/20 (HELDOUT-3560-3579.md)
    # 3560 (label lines, each value on the line under its label: reading/label_lines.py), 3565 (`（请于…前报送）` under the
    # title: under_the_title.REQUEST_LINE) and 3578 (`…日为每月15日…各单位不再另行报送…`: not_mailed.NOTHING_OF_IT_SENT) by
    # h-fixn178g
    # 3562 (`A乡、B乡上年招募的…，本次不报送`: let_off.every_name_of_a_glued_list; `申报表的扫描件`: stamped.sent_as_its_scan),
    # 3570 (`…；…中心的材料由县统计局汇总，不单独报送`: gathers_the_let_off.without_a_gathered_let_off_after) and 3574
    # (`本次不报送统计表，但须按时报送…`: let_off.without_what_is_still_asked) by h-fixn178e
    # 3568 (有关乡镇 = the towns the work is done in: senders/towns_of_the_work.py) and 3579 (a clause naming its senders by
    # the table it points to: sentence_senders.units_of_the_table_said) by h-fixn178f; none open
    # 3580-3599 (written blind on c828eb6c): first contact 14/20 (HELDOUT-3580-3599.md); 3586 (dated lines under
    # `以上材料…发送`: line_forms.SENDER_FIRST_COMMA; letter codes of a legend: reading/format_codes.py), 3592 (核实X，
    # 填写《…》: made_not_sent.checked_before), 3593 (总结X，形成Y: requirements.SUMMING_UP) and 3598 (填写X，汇总后形成Y:
    # compared.FILLED_AND_SUMMED) by h-fixn178h
    # 3585 (a unit opening 除…外: units.BESIDES_AFTER_A_UNIT) and 3596 (the last name of a list joined by 和: units.LIST_JOINS)
    # by h-fixn178f; none open
    # 2486: settled by the lead as its writer read it (a list and its entries' facts under one bracket are one
    # file: format_names.lists_with_their_facts)
}


def _case(case: Path):
    number = case.name.split("-")[0]
    return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=OPEN[number])) if number in OPEN else case


@pytest.mark.parametrize("case", [_case(c) for c in CASES], ids=[c.name.split(".")[0] for c in CASES])
def test_notice_drafts_right_field_by_field(case, built):
    expected = yaml.safe_load(case.read_text(encoding="utf-8"))
    draft = draft_of(case, built)
    result = compare(draft, expected, builtin_roster())
    wrong = [f for f, ok in result.items() if not ok]
    assert not wrong, f"{case.name}: wrong {wrong}\n{draft.to_yaml()}"


@pytest.mark.timeout(900)  # drafts the whole set, ~1,860 notices: 314 s alone on a loaded 2-core machine
def test_per_field_score(built, capsys):
    """Prints the per-field accuracy over the whole notice set (pytest -s to see it)."""
    totals: dict[str, list[int]] = {}
    for case in CASES:
        expected = yaml.safe_load(case.read_text(encoding="utf-8"))
        for field, ok in compare(draft_of(case, built), expected, builtin_roster()).items():
            key = re.sub(r"\[\d+\]", "", field)
            totals.setdefault(key, [0, 0])
            totals[key][0] += ok
            totals[key][1] += 1
    with capsys.disabled():
        print(f"\nnotice drafting, {len(CASES)} notices:")
        for key, (ok, n) in totals.items():
            print(f"  {key:8} {ok}/{n}")
    assert len(CASES) >= 12
    assert all(n > 0 for _, n in totals.values())


# ---------------------------------------------------------------- beyond the field scores

CAMPAIGNS = Path(__file__).parents[1] / "collector" / "campaigns"
NOTICE_515 = CAMPAIGNS / "2023-05-05-5.15政务公开日通知.txt"


def test_the_515_notice_with_the_2023_roster_covers_its_52_units():
    from collector.drafting.senders.rosters import roster_from_csv

    roster = roster_from_csv(CAMPAIGNS / "jianchang-units.csv")
    draft = draft_campaign(read_notice(NOTICE_515), roster)
    assert len(draft.units) == 52
    interview, summary = draft.requirements
    assert (interview.id, summary.id) == ("interview", "summary")
    assert interview.due == dt.datetime(2023, 5, 11, 16, tzinfo=interview.due.tzinfo)
    assert summary.due == dt.datetime(2023, 5, 23, 16, tzinfo=summary.due.tzinfo)
    assert len(interview.units) == 16 and set(summary.units) == set(draft.units)
    assert draft.shared_slots == [{"requirement": "interview", "units": ["县农业农村局", "县乡村振兴局"]}]
    data = yaml.safe_load(draft.to_yaml())
    assert data["requirements"][1]["units"] == "all"
    assert [p["kind"] for p in data["requirements"][1]["parts"]] == ["document", "photo"]


def test_a_rectification_report_hints_never_point_at_the_self_check_report(built):
    draft = draft_of(NOTICES / "02-self-check.expected.yaml", built)
    check, fix = draft.requirements
    assert "自查报告" in check.hints and "整改报告" in fix.hints
    assert not set(check.hints) & set(fix.hints)
    assert not any(h in f for h in check.hints for f in fix.hints)
    assert [p["kind"] for p in fix.parts if p["id"] == "screenshots"] == ["photo"]


def test_parts_follow_the_words_of_the_sentence():
    draft = draft_campaign(read_notice(NOTICES / "01-annual-report.txt"), builtin_roster())
    parts = {p["id"]: p for p in draft.requirements[0].parts}
    assert parts["doc"]["formats"] == ["docx", "doc", "wps"]
    assert parts["stamped"]["formats"] == ["pdf"]
    assert parts["table"]["formats"] == ["xlsx", "xls", "et", "csv"]
    assert any("1月31日前" in u and "不是报送" in u for u in draft.unsettled)  # publishing, not sending
    survey = draft_campaign(read_notice(NOTICES / "03-survey.txt"), builtin_roster()).requirements[0]
    assert {p["id"] for p in survey.parts} == {"table", "names", "contact"}
    assert re.search(next(p["pattern"] for p in survey.parts if p["id"] == "contact"), "手机 13912345678")


def test_what_it_cannot_decide_is_said_line_by_line(built):
    relevant = draft_campaign(read_notice(NOTICES / "11-relevant-units.txt"), builtin_roster())
    assert any("各有关单位" in u and "无法确定" in u for u in relevant.unsettled)
    table = draft_of(NOTICES / "10-docx-unit-table.expected.yaml", built)
    assert any("附件1中的“县城市管理局”不在名册中" in u for u in table.unsettled)
    monthly = draft_campaign(read_notice(NOTICES / "06-info-monthly.txt"), builtin_roster())
    assert any("每月5日前" in u for u in monthly.unsettled)
    contact = draft_campaign(read_notice(NOTICES / "12-contact-line-address.txt"), builtin_roster())
    assert any("zhangwei_jc@qq.com" in u for u in contact.unsettled)
    survey = draft_campaign(read_notice(NOTICES / "03-survey.txt"), builtin_roster())
    assert not any("3月" in u for u in survey.unsettled)  # a deadline with a time needs no note


def test_a_scanned_pdf_is_refused_with_a_clear_error(tmp_path):
    from PIL import Image

    from collector.drafting import NoticeReadError

    scan = tmp_path / "scan.pdf"
    Image.new("RGB", (600, 800), "white").save(scan)
    with pytest.raises(NoticeReadError, match="扫描件"):
        read_notice(scan)


def test_the_command_in_the_doc_runs_as_written(tmp_path):
    """docs/notice-drafting.md's command, run from the repository root."""
    import shlex
    import subprocess

    doc = (Path(__file__).parents[1] / "docs" / "notice-drafting.md").read_text(encoding="utf-8")
    command = re.search(r"```sh\n(collector campaign init[^\n]+)\n```", doc).group(1)
    argv = shlex.split(command)
    argv[-1] = str(tmp_path / argv[-1])  # -o draft.yaml, written into the test's directory
    exe = Path(sys.executable).parent / "collector"
    run = subprocess.run([str(exe), *argv[1:]], check=False, cwd=Path(__file__).parents[1], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    data = yaml.safe_load((tmp_path / "draft.yaml").read_text(encoding="utf-8"))
    assert data["mailbox"]["addresses"] == ["jczwgk2024@163.com"]
    assert str(data["requirements"][0]["due"]).startswith("2024-01-20 16:00:00")
    assert "待确认：" in run.stderr
    notice = Path(__file__).parents[1] / argv[argv.index("--from-notice") + 1]
    assert list(data)[-1] == "notice_text" and data["notice_text"] == read_notice(notice).replace("\r\n", "\n")


def test_the_command_fails_cleanly_on_a_scan(tmp_path):
    from click.testing import CliRunner
    from PIL import Image

    from collector.cli import cli

    scan = tmp_path / "scan.pdf"
    Image.new("RGB", (600, 800), "white").save(scan)
    result = CliRunner().invoke(cli, ["campaign", "init", "--from-notice", str(scan), "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code == 1 and "扫描件" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.yaml").exists()


V2_KEYS = ["id", "title", "notice_date", "timezone", "county", "mailbox", "units", "requirements", "shared_slots",
           "unsettled", "notice_text"]


def _resolve(value, campaign_units: set[str], roster) -> set[str]:
    if value == "all":
        return campaign_units
    if isinstance(value, dict):
        assert set(value) == {"kinds"} and set(value["kinds"]) <= {"town", "township", "zone", "department",
                                                                     "institution"}
        return set(roster.names(value["kinds"]))
    assert isinstance(value, list) and all(isinstance(n, str) for n in value)
    return set(value)


@pytest.mark.parametrize("case", CASES, ids=[c.name.split(".")[0] for c in CASES])
def test_the_yaml_is_campaign_format_v2(case, built):
    """The shape of docs' campaign format v2, and the same unit sets as the Draft once read back."""
    roster = builtin_roster()
    draft = draft_of(case, built)
    data = yaml.safe_load(draft.to_yaml())
    assert [k for k in data if k != "quota"] == V2_KEYS and data["notice_text"] == draft.notice_text
    assert len(draft.notice_text) > 100
    # a 推荐 notice's 名额, by kind or by one of the campaign's units
    assert all((k in UNIT_KINDS or k in draft.units) and n >= 1 for k, n in data.get("quota", {}).items())
    assert re.fullmatch(r"\d{4}-\d\d-\d\d-[a-z0-9-]+", data["id"])
    assert data["notice_date"] == draft.notice_date and data["timezone"] == "Asia/Shanghai"
    assert set(data["mailbox"]) == {"addresses", "subject_hints"}
    names = set(roster.names())
    campaign_units = _resolve(data["units"], None, roster)
    assert campaign_units == set(draft.units) and campaign_units <= names
    ids = [r["id"] for r in data["requirements"]]
    assert len(set(ids)) == len(ids) and all(re.fullmatch(r"[a-z][a-z0-9-]*", i) for i in ids)
    for r, d in zip(data["requirements"], draft.requirements):
        windows = {"late_until", "corrections_until"}
        assert set(r) - windows == {"id", "title", "description", "due", "units", "hints", "parts"}
        assert isinstance(r["due"], dt.datetime) and r["due"].utcoffset() == dt.timedelta(hours=8)
        assert all(r[w] > r["due"] for w in windows & set(r))  # a 补报 or 更正 window closes after the deadline
        assert _resolve(r["units"], campaign_units, roster) == set(d.units)
        part_ids = [p["id"] for p in r["parts"]]
        assert part_ids and len(set(part_ids)) == len(part_ids)
        for p in r["parts"]:
            assert p["kind"] in ("document", "photo", "field") and re.fullmatch(r"[a-z][a-z0-9]*", p["id"])
            assert all(re.fullmatch(r"[a-z0-9]+", f) for f in p.get("formats", []))
            if p["kind"] == "field":
                re.compile(p["pattern"])
            if p["kind"] == "photo":
                assert p["min_count"] >= 1
    for slot in data["shared_slots"]:
        assert slot["requirement"] in ids and set(slot["units"]) <= names
    assert all(re.search(r"[\u4e00-\u9fff]", line) for line in data["unsettled"])


def test_deadlines_sharing_a_clause_with_fenbie_take_one_material_each():
    draft = draft_campaign(read_notice(NOTICES / "28-forwarded-respectively.txt"), builtin_roster())
    assert [(r.id, r.title) for r in draft.requirements] == [("self-check", "自查报告"), ("rectification", "整改报告")]


FRAGMENTS = ["关于开展", "的通知", "各乡镇人民政府、县政府各部门：", "各有关单位：", "请于", "5月20日", "13月5日", "2月30日",
             "16时前", "下午四时", "前", "至", "19日", "每月5日前", "将", "报送", "年度报告", "盖章PDF版", "统计表（Excel）",
             "照片", "截图", "联系人：张三", "电话：13912345678", "邮箱：a@163.com", "附件：1.名单", "附件1", "县教育局",
             "县农业农村局 县乡村振兴局", "\t", "|", "。", "，", "\n", "2024年1月5日", "二〇二四年十三月五日", "接到通知后3个工作日内",
             "本月", "分别", "（", "）", "、"]


@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=5), max_size=60))
@settings(max_examples=300, deadline=None)
def test_any_text_drafts_without_an_exception(pieces):
    draft = draft_campaign("".join(pieces), builtin_roster())
    yaml.safe_load(draft.to_yaml())
    assert all(isinstance(line, str) and line for line in draft.unsettled)


def test_a_single_attachment_list_is_what_fujian_suoliedanwei_means():
    """附件所列单位 with one list: that list, also when the addressee line names kinds."""
    text = (NOTICES / "10-docx-unit-table.src").read_text(encoding="utf-8").replace(
        "县政府有关部门：", "各乡镇人民政府、县政府各部门：")
    draft = draft_campaign(text, builtin_roster())
    assert set(draft.requirements[0].units) == {"县住建局", "县交通局", "县教育局", "县卫健局", "县水利局"}
    assert len(draft.units) == len(builtin_roster().names(["town", "township", "department"]))


def test_the_notice_date_given_wins_over_the_date_line():
    text = (NOTICES / "08-next-year.txt").read_text(encoding="utf-8")
    assert draft_campaign(text, builtin_roster()).requirements[0].due.year == 2025
    draft = draft_campaign(text, builtin_roster(), notice_date=dt.date(2023, 12, 1))
    assert draft.requirements[0].due.date() == dt.date(2024, 1, 8) and draft.id.startswith("2023-12-01-")


def test_attachment_cells_resolve_through_brackets_labels_and_official_names():
    from collector.drafting.senders.unit_lists import units_in_attachment
    from collector.drafting.senders.units import UnitResolver

    listed = units_in_attachment(
        "序号\t项目\t责任单位\n1\t校舍维修\t县教育局（牵头）\n2\t医疗救助\t牵头单位：建昌县财政局；配合单位：县卫健局、医保局\n"
        "3\t供热\t县农业农村局 县乡村振兴局\n4\t城管\t县城市管理局\n5\t以项目建设为中心\t", UnitResolver(builtin_roster()))
    assert listed.names == ["县教育局", "县财政局", "县卫健局", "县医保局", "县农业农村局", "县乡村振兴局"]
    assert listed.groups == [["县农业农村局", "县乡村振兴局"]]
    assert listed.unknown == ["县城市管理局"]


def test_subject_hints_come_from_the_title():
    from collector.drafting.heading.titles import subject_hints

    assert subject_hints("第十七届“5•15政务公开日”活动")[:2] == ["5•15政务公开日", "政务公开日"]
    assert "5.15" in subject_hints("第十七届“5•15政务公开日”活动")
    assert subject_hints("2023年度政府信息公开工作年度报告") == ["政府信息公开", "年度报告"]


def test_addressees_outside_the_roster_are_said_not_guessed():
    draft = draft_campaign(read_notice(NOTICES / "34-outside-addressees.txt"), builtin_roster())
    for piece in ("县委各部门", "县人民法院", "全县各级行政机关"):
        assert any(f"主送“{piece}”不是名册中的单位" in u for u in draft.unsettled)
    assert not any("各乡镇" in u for u in draft.unsettled)


def test_deadlines_sharing_a_clause_without_fenbie_take_the_words_up_to_the_next():
    draft = draft_campaign(read_notice(NOTICES / "37-two-deadlines-one-clause.txt"), builtin_roster())
    assert [r.title for r in draft.requirements] == ["元旦值班表", "春节值班表"]
    assert not set(draft.requirements[0].hints) & set(draft.requirements[1].hints)


def test_respective_materials_sharing_a_head_noun():
    draft = draft_campaign(read_notice(NOTICES / "39-issued-document.txt"), builtin_roster())
    assert [r.title for r in draft.requirements] == ["上半年工作落实情况报告", "全年工作落实情况报告"]


def _units_by_deadline(text: str) -> dict[str, set[str]]:
    draft = draft_campaign(text, builtin_roster())
    return {r.due.strftime("%m-%d"): set(r.units) for r in draft.requirements}


NOTICE_HEAD = "建昌县人民政府办公室关于开展汛前隐患排查的通知\n各乡镇人民政府，县政府各部门：\n"
NOTICE_TAIL = "\n电子邮箱：jcxx2025@163.com\n建昌县人民政府办公室\n2025年5月6日\n"


def test_a_sentence_naming_no_units_is_asked_of_those_its_paragraph_speaks_to():
    roster = builtin_roster()
    towns = set(roster.names(["town", "township"]))
    units = _units_by_deadline(NOTICE_HEAD + "各乡镇要对辖区内水库开展排查。排查情况统计表请于5月30日17时前报送。\n"
                               "县政府各部门要落实责任。责任人名单请于5月20日前报送。" + NOTICE_TAIL)
    assert units["05-30"] == towns
    assert units["05-20"] == set(roster.names(["department"]))


def test_a_group_that_is_no_roster_kind_keeps_every_unit_of_the_notice():
    roster = builtin_roster()
    units = _units_by_deadline(NOTICE_HEAD + "各乡镇、各成员单位要落实责任。责任人名单请于5月20日前报送。" + NOTICE_TAIL)
    assert units["05-20"] == set(roster.names(["town", "township", "department"]))


def test_towns_and_the_zone_named_together_take_both():
    roster = builtin_roster()
    head = "建昌县人民政府办公室关于开展排查的通知\n各乡镇人民政府、八家子经济开发区管委会：\n"
    units = _units_by_deadline(head + "各乡镇、开发区要于5月20日前报送排查情况统计表。" + NOTICE_TAIL)
    assert units["05-20"] == set(roster.names(["town", "township", "zone"]))


def test_a_numbered_item_naming_units_takes_the_first_of_them_too():
    units = _units_by_deadline(NOTICE_HEAD + "（二）县统计局、县发改局须于7月15日17时前将书面发言材料报送县政府办公室。" + NOTICE_TAIL)
    assert units["07-15"] == {"县统计局", "县发改局"}


def test_the_materials_above_are_those_named_before_and_their_formats_count():
    text = ("建昌县人民政府办公室关于报送2024年度政府信息公开工作年度报告的通知\n各乡镇人民政府，县政府各部门：\n"
            "二、报送材料。年度报告Word版、加盖公章的PDF扫描版，以及《政府信息公开工作年度报告统计表》（Excel格式）。\n"
            "三、报送时间。请于2025年1月17日16时前将上述材料发送至邮箱jcnb2025@163.com。\n"
            "建昌县人民政府办公室\n2025年1月6日\n")
    (r,) = draft_campaign(text, builtin_roster()).requirements
    assert "上述" not in r.title and "年度报告" in r.title and "统计表" in r.title
    kinds = {p["id"]: p.get("formats") for p in r.parts}
    assert kinds["doc"] == ["docx", "doc", "wps"] and kinds["stamped"] == ["pdf"] and "xlsx" in kinds["table"]


def test_a_photo_count_and_a_word_format_said_before_the_deadline_count():
    text = ("建昌县人民政府办公室关于征集政务公开典型案例的通知\n各乡镇人民政府，县政府各部门：\n"
            "二、报送要求。案例材料为Word格式，1500字左右；同时附反映案例的图片2至4张。\n"
            "三、报送时间。请于2025年3月7日17时前将案例材料和图片发送至邮箱jcal2025@163.com。\n"
            "建昌县人民政府办公室\n2025年2月17日\n")
    (r,) = draft_campaign(text, builtin_roster()).requirements
    parts = {p["id"]: p for p in r.parts}
    assert parts["doc"]["formats"] == ["docx", "doc", "wps"] and parts["photos"]["min_count"] == 2


def _draft_text(body: str, head: str = NOTICE_HEAD, tail: str = NOTICE_TAIL):
    return draft_campaign(head + body + tail, builtin_roster())


def test_yuanyue_is_january_of_the_next_year_in_a_december_notice():
    draft = _draft_text("请各单位于元月10日前将年度报表发送至邮箱。", tail="\n电子邮箱：jcxx2025@163.com\n建昌县人民政府办公室\n2024年12月20日\n")
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [dt.datetime(2025, 1, 10, 23, 59, 59)]


def test_addressees_in_a_closing_zhusong_block():
    text = ("建昌县财政局\n关于做好部门决算编报工作的通知\n各单位于2025年2月28日前将决算报表报送至邮箱jccz@163.com。\n"
            "建昌县财政局\n2025年1月20日\n主送：县政府各部门、各直属机构。\n抄送：县审计局。\n")
    draft = draft_campaign(text, builtin_roster())
    assert set(draft.units) == set(builtin_roster().names(["department", "institution"]))


def test_table_rows_are_sentences_of_their_own_and_the_offices_own_row_is_no_requirement():
    body = ("请各单位按下表要求完成各项工作。\n工作要求\t完成时限\n"
            "各单位形成自评估报告，报送至指定邮箱\t2024年10月18日前\n"
            "各单位梳理典型案例，报送至指定邮箱\t2024年10月25日17时前\n"
            "县营商局汇总形成全县自评估报告\t2024年10月31日前")
    draft = _draft_text(body)
    assert [r.due.strftime("%m-%d %H:%M") for r in draft.requirements] == ["10-18 23:59", "10-25 17:00"]


def test_a_paper_copys_own_deadline_in_the_mailed_materials_sentence_is_no_requirement():
    draft = _draft_text("请于11月15日前将预算建议表发送至邮箱jcys@163.com，纸质版加盖公章后于11月18日前报送县财政局305室。")
    assert [r.due.strftime("%m-%d") for r in draft.requirements] == ["11-15"]


def test_towns_and_the_departments_concerned_are_every_addressee():
    head = "建昌县人民政府办公室关于开展欠薪排查的通知\n各乡镇人民政府，县发展和改革局、县财政局：\n"
    (r,) = _draft_text("12月13日前，各乡镇和有关部门将排查台账报送至邮箱。", head=head).requirements
    assert set(r.units) == set(builtin_roster().names(["town", "township"])) | {"县发改局", "县财政局"}


@pytest.mark.parametrize("sentence, units", [
    ("作表态发言的单位（县应急局、县住建局、建昌镇）于12月11日12时前将发言材料发送至邮箱。", {"县应急局", "县住建局", "建昌镇"}),
    ("项目明细表只需县教育局、县卫健局报送，截止时间为12月18日17时。", {"县教育局", "县卫健局"}),
])
def test_units_named_in_brackets_or_after_zhixu(sentence, units):
    (r,) = _draft_text(sentence).requirements
    assert set(r.units) == units


def test_subject_hints_take_what_the_notice_says_to_write_in_the_subject_and_drop_a_season():
    from collector.drafting.heading.titles import subject_hints

    assert "安全生产大检查" in subject_hints("2025年冬季全县安全生产大检查")
    assert "第三方评估自评" in subject_hints("2025年度政务公开第三方评估迎检", "邮件主题注明“单位名称+第三方评估自评”。")
    assert "年报" in subject_hints("2024年度政府信息公开工作年度报告", "邮件主题请注明“单位名称+2024年度年报”")
    assert subject_hints("安全生产月活动", "今年的主题为“人人讲安全、个个会应急”") == subject_hints("安全生产月活动")


def test_unit_names_are_read_against_the_rosters_own_county_not_jianchang():
    from collector.drafting.senders.units import UnitResolver
    from collector.roster import Roster, Unit

    other = Roster("绥中县", [Unit("县教育局", "department"), Unit("前所镇", "town")])
    resolver = UnitResolver(other)
    for written in ("绥中县教育局", "葫芦岛市绥中县教育局", "辽宁省葫芦岛市绥中县教育局", "县教育局", "教育局"):
        assert resolver.resolve(written) == "县教育局", written
    assert resolver.resolve("建昌县教育局") is None  # another county's bureau
    ours = UnitResolver(builtin_roster())
    assert ours.resolve("葫芦岛市建昌县公安局") == "县公安局"
    assert ours.resolve("葫芦岛市公安局") is None  # the city's bureau, not the county's


def test_a_supplementary_notice_keeps_its_new_mailbox_and_deadline_not_the_old_ones():
    body = ("此前印发的通知要求各单位于4月3日前报送第一季度工作台账。\n"
            "二、报送时间调整。第一季度工作台账报送时间顺延至2025年4月9日（星期三）18:00前。\n"
            "三、原报送邮箱jcold2025@163.com因容量已满停止接收，请将台账改发至jcnew2025@163.com。")
    draft = _draft_text(body, tail="\n建昌县人民政府办公室\n2025年4月1日\n")
    assert draft.addresses == ["jcnew2025@163.com"]
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [dt.datetime(2025, 4, 9, 18, 0)]


@pytest.mark.parametrize("sentence, due", [
    ("请于本周五（9月5日）下午4时前将推荐材料发送至邮箱。", dt.datetime(2025, 9, 5, 16, 0)),
    ("请于10月11日（星期六，国庆调休工作日）17时前报送检查表。", dt.datetime(2025, 10, 11, 17, 0)),
    ("请梳理2024年7月1日至2025年6月30日期间的相关数据，形成报告，于8月8日中午12:00前报送。", dt.datetime(2025, 8, 8, 12, 0)),
    ("请各单位填写进展情况表（统计截至6月30日）后报送，报送时间截至7月4日。", dt.datetime(2025, 7, 4, 23, 59, 59)),
])
def test_dates_in_brackets_and_data_periods(sentence, due):
    draft = _draft_text(sentence, tail="\n电子邮箱：jcxx2025@163.com\n建昌县人民政府办公室\n2025年6月23日\n")
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [due]


def test_units_left_out_by_chu_wai_listed_below_or_in_the_bodys_table():
    roster = builtin_roster()
    departments = set(roster.names(["department"]))
    (r,) = _draft_text("请除县公安局、县税务局外的各部门于7月4日前报送进展情况表。").requirements
    assert set(r.units) == departments - {"县公安局", "县税务局"}
    (r,) = _draft_text("请以下部门于12月5日前报送排查台账：\n1. 县住房和城乡建设局\n2. 县水利局\n").requirements
    assert set(r.units) == {"县住建局", "县水利局"}
    table = "序号\t评价指标\t牵头单位\t配合单位\n1\t纳税\t县税务局\t县财政局\n"
    (r,) = _draft_text(table + "请表中所列牵头单位、配合单位于8月8日前报送自评报告。").requirements
    assert set(r.units) == {"县税务局", "县财政局"}


def test_titles_and_addressees_of_more_shapes():
    text = ("建昌县人民政府办公室\n关于进一步加强汛期安全生产隐患排查整治的通知\n县政府各组成部门，各直属机构：\n"
            "县环保局、县应急局要组建巡查组，于6月20日前报送巡查方案。\n电子邮箱：jcaq2025@163.com\n建昌县人民政府办公室\n2025年6月1日\n")
    draft = draft_campaign(text, builtin_roster())
    assert draft.title == "汛期安全生产隐患排查整治"
    assert set(draft.units) == set(builtin_roster().names(["department", "institution"]))
    assert set(draft.requirements[0].units) == {"生态环境局建昌分局", "县应急局"}


def _one_requirement(body: str):
    (r,) = _draft_text(body).requirements
    return r, {p["id"]: p for p in r.parts}


def test_each_material_keeps_the_format_its_own_bracket_gives_and_a_lists_columns_are_no_fields():
    r, parts = _one_requirement("各乡镇要形成防汛责任人名单（Excel格式，注明村名、姓名、职务、联系电话）。"
                                "请于2月10日17时前将修订后的防汛应急预案（Word格式）和防汛责任人名单发送至邮箱。")
    assert parts["doc"]["title"].startswith("防汛应急预案") and parts["doc"]["formats"] == ["docx", "doc", "wps"]
    assert parts["table"]["title"] == "防汛责任人名单" and "xlsx" in parts["table"]["formats"]
    assert not any(p["kind"] == "field" for p in r.parts)


def test_a_reply_forms_names_and_phones_stay_fields():
    _r, parts = _one_requirement("请于11月21日17时前将参会回执（Excel格式，含参会人员姓名、职务、联系电话）发送至邮箱。")
    assert {"names", "contact"} <= set(parts)


def test_a_package_of_evidence_is_an_archive_part_not_a_stamped_scan():
    _r, parts = _one_requirement("二、报送材料。（一）自评报告（Word格式）；（二）佐证材料，压缩为一个文件包或合并为一个PDF文件。\n"
                                "三、报送时间。请于1月26日17时前将自评报告和佐证材料发送至邮箱。")
    assert set(parts) == {"doc", "archive"}
    assert parts["archive"]["formats"] == ["zip", "rar", "7z", "pdf"]


def test_a_semicolon_closes_what_one_deadline_asks_in_a_sentence_of_two():
    draft = _draft_text("各单位要建立积案化解台账（Excel格式），于1月30日17时前报送；化解工作结束后形成积案化解情况报告，"
                        "加盖公章后扫描为PDF，于2月27日17时前报送。")
    assert [r.title for r in draft.requirements] == ["积案化解台账", "积案化解情况报告"]
    assert [p["id"] for p in draft.requirements[1].parts] == ["stamped"]


def test_to_sum_up_promptly_is_a_verb_and_activity_news_is_a_material():
    r, parts = _one_requirement("各部门要及时总结活动开展情况，形成活动信息1篇并附活动照片（不少于3张），于2月13日17时前发送至邮箱。")
    assert r.title == "活动信息及活动照片" and parts["photos"]["min_count"] == 3


def test_a_drives_name_without_its_drive_word_is_a_subject_hint():
    from collector.drafting.heading.titles import subject_hints

    assert "信访积案化解" in subject_hints("信访积案化解攻坚行动")


@pytest.mark.parametrize("annex", [
    "附件：成员单位名单\n1.县民政局\n2.县教育局\n",
    "附件：成员单位名单\n成员单位名单\n序号\t单位名称\n1\t县民政局\n2\t县教育局\n",
    "附件：成员单位名单\n县民政局、县教育局\n",
])
def test_an_annex_written_out_before_the_date_line_names_the_units(annex):
    text = ("建昌县人民政府办公室\n关于报送双拥工作总结的通知\n各乡镇人民政府，附件所列单位：\n"
            "请于12月12日17:30前将工作总结发送至邮箱jcsy2025@163.com。\n" + annex + "建昌县人民政府办公室\n2025年11月27日\n")
    draft = draft_campaign(text, builtin_roster())
    assert {"县民政局", "县教育局"} <= set(draft.units)


def test_towns_and_the_bureaus_named_beside_them():
    head = "建昌县人民政府办公室关于做好防火工作的通知\n各乡镇人民政府，县林草局，县文旅局，县应急局：\n"
    (r,) = _draft_text("各乡镇、县林草局、县文旅局要开展隐患排查，于11月28日前报送整治情况报告。", head=head).requirements
    assert set(r.units) == set(builtin_roster().names(["town", "township"])) | {"县林草局", "县文旅局"}


def test_an_addressee_left_out_in_brackets_and_a_time_in_the_evening():
    head = "建昌县营商局关于开展问卷调查的通知\n各乡镇人民政府，县政府各部门（县营商局除外）：\n"
    draft = _draft_text("问卷填写截至2025年8月22日晚8时，各单位请在此之前将汇总表发送至邮箱。", head=head)
    assert "县营商局" not in draft.units
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [dt.datetime(2025, 8, 22, 20, 0)]


def test_an_exclusion_with_its_reason_in_brackets_and_units_doing_things_respectively():
    roster = builtin_roster()
    head = "建昌县防汛抗旱指挥部办公室关于开展汛前检查的通知\n各乡镇人民政府，八家子经济开发区管委会：\n"
    (r,) = _draft_text("除建昌镇（城区防汛工作由县住建局另行部署）外，各乡镇和开发区须于5月20日17时前将汛前检查报告发送至邮箱。",
                       head=head).requirements
    assert set(r.units) == set(roster.names(["town", "township", "zone"])) - {"建昌镇"}
    (r,) = _draft_text("县教育局、县市场局分别对中小学校、农贸市场开展专项检查，于4月24日前将检查情况报送。").requirements
    assert set(r.units) == {"县教育局", "县市场局"}


def test_what_is_organised_is_the_application_itself():
    draft = draft_campaign("建昌县科学技术局\n关于组织申报2026年度市级科技计划项目的通知\n各乡镇人民政府：\n"
                           "请于6月10日前将申报书发送至邮箱jckj2026@163.com。\n建昌县科学技术局\n2026年5月20日\n", builtin_roster())
    assert draft.title == "申报2026年度市级科技计划项目"


def test_a_drafted_id_does_not_depend_on_what_the_process_imported_first(tmp_path):
    """The dashboard's process has the matcher loaded, `collector campaign init` has not: a
    polyphone in the title (重阳) must give both the same id."""
    notice = tmp_path / "n.txt"
    notice.write_text("建昌县人民政府办公室\n关于做好2026年重阳节敬老慰问工作的通知\n\n各乡镇人民政府：\n"
                      "请于10月23日前将慰问对象名单报送至邮箱jcmz@163.com。\n\n建昌县人民政府办公室\n2026年10月12日\n",
                      encoding="utf-8")
    ids = []
    for first in ("import collector.drafting", "import collector.match"):
        code = f"{first}\nfrom collector.drafting import draft_campaign_from_file\nfrom collector.roster import builtin_roster\n" \
               f"print(draft_campaign_from_file({str(notice)!r}, builtin_roster()).id)"
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
        ids.append(done.stdout.strip())
    assert ids[0] == ids[1] and ids[0].startswith("2026-10-12-"), ids


def test_a_parts_shape_names_what_it_asks():
    shapes = [part_shape(p) for p in (
        {"kind": "document", "formats": ["docx", "doc", "wps"]}, {"kind": "document"},
        {"kind": "document", "formats": ["pdf"]}, {"kind": "document", "formats": ["xlsx", "xls", "et", "csv"]},
        {"kind": "photo"}, {"kind": "field", "pattern": "1[3-9]\\d{9}"}, {"kind": "document", "formats": ["mp4"]},
        {"kind": "document", "formats": ["zip", "rar", "7z", "pdf"]}, {"kind": "document", "formats": ["pdf", "jpg"]})]
    assert shapes == ["document", "document", "scan", "sheet", "photo", "field", "video", "archive", "scan"]
