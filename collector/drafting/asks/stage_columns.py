"""A requirements table with two date columns or more, each headed by a stage or a kind of paper: `序号 | 报送单位 | 报送材料
| 初稿报送时间 | 定稿报送时间` with `1 | 药王庙镇 | 古戏台修缮方案 | 7月21日（星期一） | 8月11日（星期一）` (also 首报 / 续报,
自查 / 整改, 第一次 / 第二次 …). Each dated cell is a return of its own: the row is written once per date column, in the
columns' order, its material named with the column's stage (`古戏台修缮方案初稿`) and what the body says that stage sends
(`初稿报送Word版；定稿报送Word版及加盖单位公章的扫描件（PDF格式）` → `古戏台修缮方案定稿（Word版及加盖单位公章的扫描件（PDF格式））`),
under one `报送时间` column. A table with no paper column whose date columns each name a paper (`序号 | 单位 | 自查报告报送时间
| 整改报告报送时间`) gets one, `报送材料`, each row's cell the column's paper with what the body says it carries
(`整改报告（Word格式）须附整改前后…页面截图` → `整改报告（附整改前后…页面截图）`), or the format its head gives it
(`排查台账（Excel格式）报送时间` → `排查台账（Excel格式）`, a `—` cell sending none: held-out 3223). A table with one date column, or whose date
columns name no stage (`开始时间 | 结束时间`), is left as written.

A stage's format column (`自查报告格式 | 自查报告报送时间 | 整改报告格式 | 整改报告报送时间`, a two-row header joined by
reading/two_row_headers.py; its cells `Word格式`,
`Word格式并附截图`) goes with the stage's paper (`整改报告（Word格式并附截图）`), and a stage's date cell `—` sends nothing
(held-out 2991).

A column headed by its paper alone, no 时间 in the head (`参赛报名表（Excel格式） | 运动员照片（JPG格式）`), is such a date
column when every cell under it is a day or `—`: a column of ticks or of paper names is not (held-out 3271). A head
giving no format takes the one the body gives that paper (`自查报告（Word格式）`)."""

from __future__ import annotations

import re

from ..timing.dates import DATE

# 初稿报送时间, 定稿时间, 首报时限, 整改报告报送日期: a stage or a kind of paper, then when it is sent
STAGE = (r"初稿|定稿|草稿|送审稿|征求意见稿|首报|续报|初报|终报|自查|整改|中期|期末|年中|年终|半年|全年"
         r"|第[一二三四五六七八九十\d]+(?:次|批|阶段|轮)|[\u4e00-\u9fa5]{1,6}(?:稿|报告|方案|总结|表|台账|清单|名单|名册)")
# 整改报告（附整改前后截图）报送时间: a paper's stage with a note of what it carries; 排查台账（Excel格式）报送时间: with the
# format it is sent in (held-out 3223)
HEAD_FORMAT = r"[（(][^（）()]{0,12}(?:格式|Excel|Word|PDF|WPS|版)[^（）()]{0,6}[）)]"
STAGE_HEADER = re.compile(rf"^\s*(?P<stage>{STAGE})(?P<format>{HEAD_FORMAT})?(?P<note>[（(]附[^（）()]{{1,20}}[）)])?"
                          r"(?:报送|提交|上报|报)?(?:时间|时限|日期|截止时间)\s*$", re.I)
# 定稿报送Word版及加盖单位公章的扫描件（PDF格式）: what the body says the stage sends, up to the clause's end
SAID_OF_A_STAGE = r"(?:报送|提交|上报|为|须为|需为)(?P<what>[^。；;，,\n]{1,60})"
# 自查报告, 整改情况报告, 实施方案, 排查台账: a date column's stage that is a paper in full
PAPER = re.compile(r"[\u4e00-\u9fa5]{1,6}(?:报告|方案|总结|表|台账|清单|名单|名册)")
# 整改报告（Word格式）须附…截图, 整改情况报告（PDF格式），并附…照片: what the body says a paper carries
ATTACHED = r"(?:[（(][^（）()]{0,20}[）)])?[，,]?\s*(?:并|须|需|应当|应|要|必须|均|另)?附(?:上|带|有)?(?P<what>[^。；;，,\n]{1,40})"


# 参赛报名表（Excel格式）, 运动员照片（JPG格式）: a head naming its paper alone, a date column when its cells are days
PAPER_ALONE = re.compile(r"(?:报告|方案|总结|表|台账|清单|名单|名册|说明|照片|图片|截图|视频)$")
PAPER_HEADER = re.compile(rf"^\s*(?P<stage>[\u4e00-\u9fa5]{{1,12}})(?P<format>{HEAD_FORMAT})?(?P<note>[（(]附[^（）()]{{1,20}}[）)])?\s*$")


# 自查报告格式, 整改报告报送格式: a stage's format column
FORMAT_OF_A_STAGE = re.compile(rf"^\s*(?P<stage>{STAGE})(?:报送|提交|文件)?格式\s*$")
# —, －, 无, /: a cell saying the row sends nothing there
NOTHING = re.compile(r"^\s*(?:[—\-－–/／×]+|无|不报送|无需报送)?\s*$")


def stage_columns_written_out(body: str) -> str:
    """``body`` with each row of a stage-dated table written once per date column (see the module's docstring)."""
    lines = body.split("\n")
    out: list[str] = []
    header: list[str] | None = None
    dated: list[int] = []
    first_row = True  # only a table's first row is its header
    papers = False  # the date columns name papers and no column does: a 报送材料 column written in
    heads: dict[int, re.Match] = {}  # the date columns, each with its head read
    formats: dict[str, int] = {}  # 自查报告 -> the column of its format (自查报告格式), the papers' table only
    for at, line in enumerate(lines):
        cells = line.split("\t")
        if "\t" not in line:
            header, dated, first_row, formats = None, [], True, {}
            out.append(line)
            continue
        if header is None:
            heads = _dated_heads(cells, _rows_under(lines, at)) if first_row else {}
            first_row = False
            if len(heads) >= 2:
                header, dated = cells, sorted(heads)
                papers = _material_column(header, dated) is None and all(
                    heads[i].re is PAPER_HEADER or PAPER.fullmatch(heads[i].group("stage")) for i in dated)
                formats = {m.group("stage"): i for i, c in enumerate(cells) if papers and (m := FORMAT_OF_A_STAGE.match(c))}
                removed = set(dated[1:]) | set(formats.values())
                out.append("\t".join(("报送材料\t" if papers and i == dated[0] else "") + ("报送时间" if i == dated[0] else c)
                                     for i, c in enumerate(cells) if i not in removed))
                continue
            out.append(line)
            continue
        if len(cells) != len(header):
            out.append(line)
            continue
        material = _material_column(header, dated)
        removed = set(dated[1:]) | set(formats.values())
        for col in dated:
            head = heads[col]
            stage, head_format, note = head.group("stage", "format", "note")
            if (formats or head_format or head.re is PAPER_HEADER) and NOTHING.match(cells[col]):
                continue  # 整改报告报送时间 —: that paper not sent by this row
            fmt = cells[formats[stage]].strip() if stage in formats else (head_format or "").strip("（）()")
            if head.re is PAPER_HEADER and not fmt:  # 自查报告 over its days, the body saying 自查报告（Word格式）
                fmt = _format_said(body, stage)
            row = []
            for i, c in enumerate(cells):
                if i in removed:
                    continue
                if i == dated[0]:
                    if papers and material is None:  # 整改报告（附整改前后…截图）, 整改报告（Word格式并附截图）
                        paper = f"（{fmt}）" if fmt and not NOTHING.match(fmt) else ""
                        row.append(f"{stage}{paper}{note or _attached(body, stage)}")
                    row.append(cells[col])
                elif i == material:
                    row.append(f"{cells[material]}{stage}{_said(body, stage)}")
                else:
                    row.append(c)
            out.append("\t".join(row))
    return "\n".join(out)


def _rows_under(lines: list[str], at: int) -> list[list[str]]:
    """The cells of the table rows right under line ``at``, up to the first line that is no row."""
    rows = []
    for line in lines[at + 1:]:
        if "\t" not in line:
            break
        rows.append(line.split("\t"))
    return rows


def _dated_heads(header: list[str], rows: list[list[str]]) -> dict[int, re.Match]:
    """The header's date columns by index, each with its head read: a stage's date (`定稿报送时间`), or a paper alone
    (`运动员照片（JPG格式）`) over cells that are all days or `—`, one day at least."""
    heads = {i: m for i, c in enumerate(header) if (m := STAGE_HEADER.match(c))}
    for i, c in enumerate(header):
        m = PAPER_HEADER.match(c)
        if i in heads or not m or not PAPER_ALONE.search(m.group("stage")) or not rows:
            continue
        column = [r[i] for r in rows if len(r) == len(header)]
        if len(column) == len(rows) and all(re.search(DATE, v) or NOTHING.match(v) for v in column) and any(
                re.search(DATE, v) for v in column):
            heads[i] = m
    return heads


def _material_column(header: list[str], dated: list[int]) -> int | None:
    return next((i for i, c in enumerate(header) if i not in dated and re.search(r"材料|内容|名称|事项", c)), None)


def _said(body: str, stage: str) -> str:
    m = re.search(rf"(?<![\u4e00-\u9fa5]){stage}{SAID_OF_A_STAGE}", body)
    return f"（{m.group('what')}）" if m else ""


def _format_said(body: str, paper: str) -> str:
    m = re.search(rf"{re.escape(paper)}\s*(?P<format>{HEAD_FORMAT})", body)
    return m.group("format").strip("（）()") if m else ""


def _attached(body: str, paper: str) -> str:
    m = re.search(re.escape(paper) + ATTACHED, body)
    return f"（附{m.group('what')}）" if m else ""
