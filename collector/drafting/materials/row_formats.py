"""A table row whose materials cell lists its papers by 、 and whose 格式 cell lists as many formats by 、, each paper
in its turn's format: `县应急局 | 易燃易爆场所防雷检查情况、防雷检测报告扫描件 | Word、PDF` is the report in Word and the
scan in PDF (`易燃易爆场所防雷检查情况(Word格式)、防雷检测报告扫描件(PDF格式)`), `农资价格监测情况、监测点现场截图 | Word、JPG` a
Word report and its screenshots. A cell whose count of names differs from its count of formats (`中小学校、幼儿园…统计表 |
Excel`: one sheet, its name holding a 、) is left as written.

Papers joined by 及 / 和 pair so too when the 、 does not part them as many as the formats: `宣传活动开展情况及照片 | Word、JPG` is
the account in Word and the photos (`…情况(Word格式)、照片(JPG格式)`), `…推荐项目及推荐函 | Word、PDF` the list and the stamped
letter, `…登记情况及盖章扫描件 | Word、PDF` the document and its stamped scan: two files, as the two formats say. A cell of
file formats only (`Word、JPG`) is the row's 格式 cell whatever its column is headed (报送方式, 报送要求), a 格式 column
first.

One format for papers listed by 、, each a paper by its own name (`推荐审批表、事迹材料 | Word`), is the format of every one:
`推荐审批表(Word格式)、事迹材料(Word格式)`, two Word documents, never the form read as a sheet (one_format_for_each).

One paper whose 格式 cell says Word and Excel (`县水利局 | 春灌供水计划 | Word、Excel`, either order) is sent in both, as
`Word、照片` and `Word、PDF` are two parts: the paper as a Word document and its table in Excel
(`春灌供水计划(Word格式)、春灌供水计划表(Excel格式)`), never the sheet alone (held-out 2477, one_paper_in_word_and_excel)."""

from __future__ import annotations

import re

from .. import requirements as req
from ..reading.table_grids import FORMAT_COLUMN, MATERIAL_COLUMN, table_top

LISTED = re.compile(r"\s*、\s*")
# 宣传活动开展情况及照片, 推荐项目和推荐函: two papers joined by a word, parted as 、 parts them
JOINED = re.compile(r"\s*(?:、|以及|及|和)\s*")
# a character of one paper's name: nothing listed (、 及 和) and no bracket
OF_ONE_PAPER = r"[^、及和()（）\s]"
# 候选人推荐表, 先进个人申报表, 污水处理设施清单: one form's or list's name
ONE_FORM = re.compile(OF_ONE_PAPER + r"{2,30}(?:表|清单)")
WORD_ONLY = re.compile(r"Word\s*(?:格式|版|文件)?", re.I)
PDF_ONLY = re.compile(r"PDF\s*(?:格式|版|文件)?", re.I)
# 尊师重教先进乡镇申报表（盖章）: one paper, to be stamped
STAMPED_ONE = re.compile(rf"({OF_ONE_PAPER}{{2,30}})[(（](?:加?盖章|加盖公章|盖公章)[)）]")
FORMATS = re.compile(r"\s*[、/／]\s*")
# Word, Excel, PDF, JPG, MP4 (格式 / 版 / 文件 after it): a file format a 格式 cell names
FILE_FORMAT = re.compile(r"(?:Word|Excel|WPS|PDF|OFD|JPE?G|PNG|TIFF?|MP4|MOV|AVI|RAR|ZIP)\s*(?:格式|版|文件)?", re.I)


def formats_paired_in_the_row(sentences: list[str], i: int) -> tuple[str, str] | None:
    """(the materials cell, the cell with each paper's format in its bracket) of the table row ``sentences[i]``, or None
    for no such row, no 格式 column, one paper, or as many papers as formats not said."""
    if "\t" not in sentences[i]:
        return None
    header = [c.strip() for c in sentences[table_top(sentences, i)].split("\t")]
    row = [c.strip() for c in sentences[i].split("\t")]
    material_at = next((k for k, c in enumerate(header) if MATERIAL_COLUMN.match(c)), None)
    if row == header or len(row) != len(header) or material_at is None:
        return None
    format_at = format_cell_of_the_row(header, row, material_at)
    if format_at is None:
        return None
    formats = FORMATS.split(row[format_at])
    if copies := both_copies_of_the_stamped(row[material_at], formats) or paper_and_its_photos(row[material_at], formats) \
            or one_paper_in_word_and_excel(row[material_at], formats):
        return row[material_at], copies
    names = papers_as_many_as(row[material_at], len(formats)) or one_form_in_word(row[material_at], formats)
    if len(formats) == 1 and FILE_FORMAT.fullmatch(formats[0]) and (each := one_format_for_each(row[material_at])):
        names, formats = each, formats * len(each)
    if not names:
        return None
    return row[material_at], "、".join(f"{n}({with_format_word(f)})" for n, f in zip(names, formats))


def format_cell_of_the_row(header: list[str], row: list[str], material_at: int) -> int | None:
    """Where the row's formats stand: its 格式 column, else its one cell (not the materials') of file formats only
    (`报送方式 | Word、JPG`), else None."""
    format_at = next((k for k, c in enumerate(header) if FORMAT_COLUMN.match(c)), None)
    if format_at is not None:
        return format_at
    only_formats = [k for k, c in enumerate(row) if k != material_at and c
                    and all(FILE_FORMAT.fullmatch(f) for f in FORMATS.split(c))]
    return only_formats[0] if len(only_formats) == 1 else None


def papers_as_many_as(cell: str, count: int) -> list[str]:
    """The cell's papers, parted by 、 or else also by 及 / 和, when two or more and as many as ``count``; else []."""
    for parting in (LISTED, JOINED):
        names = parting.split(cell)
        if 2 <= len(names) == count and all(len(n) >= 2 for n in names) \
                and not any(re.search(r"[()（）]", n) for n in names):
            return names
    return []


def one_format_for_each(cell: str) -> list[str]:
    """The cell's papers listed by 、 when two or more, each naming a paper of its own (`推荐审批表、事迹材料`); [] for one
    paper whose name holds a 、 (`中小学校、幼儿园…统计表`: 中小学校 names none) or a bracket."""
    names = LISTED.split(cell)
    if len(names) < 2 or any(re.search(r"[()（）]", n) for n in names):
        return []
    return names if all(req.material_names(n) for n in names) else []


def one_form_in_word(cell: str, formats: list[str]) -> list[str]:
    """[the cell] when it names one form or list (…推荐表, …申报表, …设施清单: a name ending in 表 or 清单, nothing listed,
    no bracket) and the row's 格式 cell says Word alone: `县民政局 | 候选人推荐表 | Word` is the form filled in as a Word
    document, `县住建局 | 污水处理设施清单 | Word` the list written as one, no sheet. Else []."""
    if len(formats) == 1 and WORD_ONLY.fullmatch(formats[0]) and ONE_FORM.fullmatch(cell):
        return [cell]
    return []


def both_copies_of_the_stamped(cell: str, formats: list[str]) -> str:
    """One paper to be stamped (`…申报表（盖章）`) whose 格式 cell says Word and PDF: its Word copy and its stamped scan, as
    a bracket says them both (`…申报表（Word版及盖章PDF版）`); "" for any other cell."""
    one = STAMPED_ONE.fullmatch(cell)
    kinds = sorted("word" if WORD_ONLY.fullmatch(f) else "pdf" if PDF_ONLY.fullmatch(f) else f for f in formats)
    return f"{one.group(1)}（Word版及盖章PDF版）" if one and kinds == ["pdf", "word"] else ""


# 照片, 现场照片, 截图, 视频: pictures a 格式 cell asks beside a file format (`Word、照片`)
PICTURES = re.compile(r"[\u4e00-\u9fa5]{0,4}(?:照片|图片|截图|视频)")


def paper_and_its_photos(cell: str, formats: list[str]) -> str:
    """One paper (nothing listed by 、 及 和, no bracket) whose 格式 cell names one file format and pictures
    (`县综合执法局 | 占道经营整治情况 | Word、照片`): the paper in that format and the pictures beside it
    (`占道经营整治情况(Word格式)、照片`), two parts, never the photos alone; "" for any other cell."""
    files = [f for f in formats if FILE_FORMAT.fullmatch(f)]
    pictures = [f for f in formats if PICTURES.fullmatch(f)]
    if len(files) != 1 or not pictures or len(files) + len(pictures) != len(formats) \
            or not re.fullmatch(OF_ONE_PAPER + r"{2,40}", cell):
        return ""
    return f"{cell}({with_format_word(files[0])})、" + "、".join(pictures)


EXCEL_ONLY = re.compile(r"Excel\s*(?:格式|版|文件)?", re.I)


def one_paper_in_word_and_excel(cell: str, formats: list[str]) -> str:
    """One paper (nothing listed by 、 及 和, no bracket) whose 格式 cell names Word and Excel, one each
    (`春灌供水计划 | Word、Excel`): the paper in Word and its table in Excel (`春灌供水计划(Word格式)、春灌供水计划表(Excel格式)`),
    two parts, as the two formats say; "" for any other cell (two papers take a format each: formats_paired_in_the_row)."""
    kinds = sorted("word" if WORD_ONLY.fullmatch(f) else "excel" if EXCEL_ONLY.fullmatch(f) else f for f in formats)
    if kinds != ["excel", "word"] or not re.fullmatch(OF_ONE_PAPER + r"{2,40}", cell):
        return ""
    sheet = cell if re.search(r"(?:表|清单)$", cell) else cell + "表"
    return f"{cell}(Word格式)、{sheet}(Excel格式)"


def with_format_word(fmt: str) -> str:
    """A format cell as a bracket says it: Word → Word格式 (盖章扫描件, PDF版 kept)."""
    return fmt if re.search(r"格式|版|文件|件$", fmt) else fmt + "格式"
