"""A PDF notice's tables read cell by cell: drawn with ruling lines (Word's 网格型 style, as offices issue them;
collector/drafting/reading/pdf_tables.py) or without, by where the words stand (pdf_columns.py). A cell wrapped over lines
comes back whole, in its own row, and the text around the tables reads exactly as before.

The strongest check is the notice set itself: every PDF notice of tests/fixtures/notices/ with a table, built
again with ruled tables, must draft to the same expected file as its plain build (tests/test_drafting.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pypdf
import pytest
import yaml

from collector.drafting import draft_campaign, read_notice
from collector.drafting.reading.pdf_columns import cell_text
from collector.roster import builtin_roster

NOTICES = Path(__file__).parent / "fixtures" / "notices"
sys.path.insert(0, str(NOTICES))
import build  # noqa: E402

from test_drafting import OPEN, compare  # noqa: E402


def _pdf_cases_with_tables() -> list[Path]:
    cases = []
    for case in sorted(NOTICES.glob("*.expected.yaml")):
        exp = yaml.safe_load(case.read_text(encoding="utf-8"))
        if exp.get("as") == "pdf" and case.name.split("-")[0] not in OPEN \
                and "\t" in (NOTICES / exp["source"]).read_text(encoding="utf-8"):  # OPEN's misses: counted there
            cases.append(case)
    return cases


CASES = _pdf_cases_with_tables()

# Read right from their plain PDF, wrong from the ruled one: the ruled PDF reads as the .docx does, and the .docx
# of each drafts wrong too (the same miss, not the reader's). None now.
RULED_OPEN: dict[str, str] = {
    # 1591 and 1683 fixed on h-fixn122c (table_lead_in.papers_the_line_above_sends, schedule_rows.work_of_a_schedule_row)
}


@pytest.fixture(scope="module")
def ruled(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("ruled")
    sources = [NOTICES / yaml.safe_load(c.read_text(encoding="utf-8"))["source"] for c in CASES]
    return dict(zip([c.name for c in CASES], build.build_all_converted(sources, out, "pdf", ruled=True)))


def _case(case: Path):
    number = case.name.split("-")[0]
    if number in RULED_OPEN:
        return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=RULED_OPEN[number]))
    return case


@pytest.mark.timeout(600)  # the first case builds every notice: one LibreOffice run of ~115 files
@pytest.mark.parametrize("case", [_case(c) for c in CASES], ids=[c.name.split("-")[0] for c in CASES])
def test_a_pdf_notice_with_ruled_tables_drafts_as_its_expected_file(case, ruled):
    expected = yaml.safe_load(case.read_text(encoding="utf-8"))
    draft = draft_campaign(read_notice(ruled[case.name]), builtin_roster())
    wrong = [f for f, ok in compare(draft, expected, builtin_roster()).items() if not ok]
    assert not wrong, f"{case.name} (ruled tables): wrong {wrong}\n{draft.to_yaml()}"


def test_the_set_holds_enough_tables_to_mean_something():
    assert len(CASES) >= 100


# ---------------------------------------------------------------- one small notice, read line by line

SOURCE = """建昌县民政局
关于报送养老机构消防安全情况的通知
各乡镇人民政府，县消防救援大队：
请各单位按下表时间将材料报送至jcmzj@163.com。
单位\t报送材料\t格式\t截止时间
各乡镇\t辖区养老机构消防安全隐患排查整治台账及整改前后对比照片\tExcel format\t五月十二日（星期四）下午四时前
县消防救援大队\t\t\t本次不报送材料
联系人：王明 电话：0429-7912345
建昌县民政局
2027年5月5日
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    out = tmp_path_factory.mktemp("small")
    src = out / "small.src"
    src.write_text(SOURCE, encoding="utf-8")
    (out / "ruled").mkdir()
    (out / "plain").mkdir()
    return build.build_pdf(src, out / "ruled", ruled=True), build.build_pdf(src, out / "plain")


def test_each_row_is_one_line_of_its_cells_joined_by_tabs(small):
    ruled_pdf, _ = small
    lines = read_notice(ruled_pdf).splitlines()
    rows = [line for line in lines if "\t" in line]
    assert rows == [
        "单位\t报送材料\t格式\t截止时间",
        "各乡镇\t辖区养老机构消防安全隐患排查整治台账及整改前后对比照片\tExcel format\t五月十二日（星期四）下午四时前",
        "县消防救援大队\t\t\t本次不报送材料",
    ]


def test_the_text_around_the_table_reads_as_the_plain_pdf_reads_it(small):
    ruled_pdf, plain_pdf = small
    ruled_text = read_notice(ruled_pdf)
    plain_lines = pypdf.PdfReader(plain_pdf).pages[0].extract_text().splitlines()
    above = plain_lines[: plain_lines.index(next(x for x in plain_lines if x.startswith("单位")))]
    below = plain_lines[next(i for i, x in enumerate(plain_lines) if x.lstrip().startswith("联系人")):]
    assert ruled_text.splitlines()[: len(above)] == above
    assert ruled_text.splitlines()[-len(below):] == below


def test_the_ruled_notice_drafts_its_rows(small):
    draft = draft_campaign(read_notice(small[0]), builtin_roster())
    assert len(draft.requirements) == 1
    (requirement,) = draft.requirements
    assert requirement.due.strftime("%m-%d %H:%M") == "05-12 16:00"
    assert "县消防救援大队" not in requirement.units
    assert "建昌镇" in requirement.units


def test_a_table_without_lines_reads_as_the_ruled_one(small):
    ruled_pdf, plain_pdf = small
    assert read_notice(plain_pdf) == read_notice(ruled_pdf)


def test_a_page_without_a_table_reads_exactly_as_pypdf_reads_it(tmp_path):
    src = tmp_path / "plain.src"
    src.write_text(SOURCE.split("单位\t")[0] + "联系人：王明　　电话：0429-7912345　　邮箱：jcmzj@163.com\n建昌县民政局\n"
                   "2027年5月5日\n", encoding="utf-8")
    pdf = build.build_pdf(src, tmp_path)
    assert read_notice(pdf) == pypdf.PdfReader(pdf).pages[0].extract_text()


@pytest.mark.parametrize("cell, text", [
    ("道德模范候选人推\n荐表及事迹照片", "道德模范候选人推荐表及事迹照片"),
    ("Excel\nformat", "Excel format"),
    ("Word、\nPDF", "Word、PDF"),
    ("八月十八日（星期\n三）下午二时三十\n分前", "八月十八日（星期三）下午二时三十分前"),
    ("", ""),
    (None, ""),
])
def test_a_cell_wrapped_over_lines_is_joined_back(cell, text):
    assert cell_text(cell) == text


def test_a_table_running_over_two_pages_keeps_every_row_once_in_order(tmp_path):
    towns = builtin_roster().names(["town", "township"])
    rows = [f"{i}\t{town}\t辖区内农村公路桥梁安全隐患排查台账\t{1 + i % 12}月{1 + i % 27}日前" for i, town in enumerate(towns * 2)]
    src = tmp_path / "long.src"
    src.write_text("建昌县交通运输局\n关于报送桥梁排查台账的通知\n各乡镇人民政府：\n请按下表时间报送。\n序号\t乡镇\t材料\t时间\n"
                   + "\n".join(rows) + "\n联系人：李强\n建昌县交通运输局\n2027年4月1日\n", encoding="utf-8")
    pdf = build.build_pdf(src, tmp_path, ruled=True)
    assert len(pypdf.PdfReader(pdf).pages) >= 2
    read_rows = [line for line in read_notice(pdf).splitlines() if "\t" in line]
    assert read_rows == ["序号\t乡镇\t材料\t时间", *rows]


def test_a_header_row_repeated_on_the_next_page_is_read_once(tmp_path):
    """Word's 重复标题行 draws the header again at the top of every page the table runs onto."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    towns = builtin_roster().names(["town", "township"])
    rows = [[str(i), town, "辖区内农村公路桥梁安全隐患排查台账", f"{1 + i % 12}月{1 + i % 27}日前"]
            for i, town in enumerate(towns * 2)]
    document = docx.Document()
    document.add_paragraph("关于报送桥梁排查台账的通知")
    table = document.add_table(rows=len(rows) + 1, cols=4)
    table.style = "Table Grid"
    for i, row in enumerate([["序号", "乡镇", "材料", "时间"], *rows]):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    repeat = OxmlElement("w:tblHeader")
    table.rows[0]._tr.get_or_add_trPr().append(repeat)
    assert repeat.tag == qn("w:tblHeader")
    word = tmp_path / "long.docx"
    document.save(word)
    build.convert_docx([word], tmp_path, "pdf")
    pdf = tmp_path / "long.pdf"
    text = pypdf.PdfReader(pdf).pages[1].extract_text()
    assert text.lstrip().startswith("序号"), "the header is drawn again on page 2"
    read_rows = [line for line in read_notice(pdf).splitlines() if "\t" in line]
    assert read_rows == ["序号\t乡镇\t材料\t时间", *["\t".join(r) for r in rows]]


TABLE_WITHOUT_LINES = """建昌县文化旅游和广播电视局
关于做好春节秧歌汇演工作的通知
各乡镇人民政府，县教育局，县公安局：
请各单位按下表要求，将材料发送至邮箱jcwlj_yg@163.com。
序号\t报送单位\t报送材料\t报送时限（2558年12月）
1\t各乡镇人民政府\t秧歌队报名表（Excel格式）\t12日（星期二）前
2\t县教育局\t校园秧歌节目推荐表（Excel格式）\t19日（星期二）下午4时前
3\t县公安局\t负责现场安保，不报送材料\t—
4\t各民间文艺团体联合会\t节目单\t20日（星期三）前
联系人：孙海鹰，联系电话：0429-7025516。
建昌县文化旅游和广播电视局
2558年11月28日
"""


def test_cells_wrapped_before_a_bracket_or_a_closing_bracket_come_back_whole(tmp_path):
    """`秧歌队报名表` / `（Excel格式）`: a bracketed word goes to the next line whole; `19日（星期二）下` / `午4时前`;
    a unit's name wrapped (`各民间文艺团体联` / `合会`) too; a let-off row (`—` for its date) is a row of its own."""
    src = tmp_path / "yangge.src"
    src.write_text(TABLE_WITHOUT_LINES, encoding="utf-8")
    rows = [line for line in read_notice(build.build_pdf(src, tmp_path)).splitlines() if "\t" in line]
    assert rows == [line for line in TABLE_WITHOUT_LINES.splitlines() if "\t" in line]


def test_merged_cells_read_as_word_reads_them(tmp_path):
    """A title cell merged across the row is one cell; a unit's cell merged down over two rows leaves the second row's
    first cell empty, in its column: the PDF reads as the .docx does."""
    import subprocess
    import tempfile

    import docx

    document = docx.Document()
    document.add_paragraph("关于报送材料的通知")
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(0, 2)).text = "附件1 报送材料清单"
    for j, head in enumerate(["单位", "材料", "时间"]):
        table.cell(1, j).text = head
    table.cell(2, 0).merge(table.cell(3, 0)).text = "县教育局"
    table.cell(2, 1).text, table.cell(2, 2).text = "学校安全检查表", "5月1日前"
    table.cell(3, 1).text, table.cell(3, 2).text = "校车台账", "5月2日前"
    word = tmp_path / "merged.docx"
    document.save(word)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp_path), str(word)], check=True, capture_output=True, timeout=120)
    assert read_notice(tmp_path / "merged.pdf") == read_notice(word)
