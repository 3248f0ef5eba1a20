"""A schedule table whose rows give each batch of units its date and name no material, and a sentence below it that sends
the materials by those dates: `批次 | 乡镇 | 材料报送时限` rows, then `上表所列乡镇按所属批次时限，将…基本情况表（Excel格式）和…视频
（MP4格式）发送至中心邮箱`. Each row sends what that sentence names. A sentence that names the table's times but no material
(按上表时间到现场认证) gives the rows nothing."""

from __future__ import annotations

import re

from .. import requirements as req
from ..heading.addresses import SENDS
from ..reading.table_grids import REMARKS_HEAD, UNIT_COLUMN, UNITS_HEAD
from .table_lead_in import BY_THE_TABLE_BELOW

# 按所属批次时限, 按上表时间节点, 按表中所列时间, 按各自批次的时限; 上表所列单位按规定时间 (the times set are the
# table's, its units being the senders); 在表中所列时间前, 于下表规定时限内 (the rows' times as the deadline, held-out 3439)
BY_THE_TABLES_TIMES = re.compile(r"按(?:照)?(?:所属|各自|本)?(?:批次|上表|表中|表列|下表)[^，,。；;]{0,6}?(?:时限|时间|期限|日期)"
                                 r"|(?:上表|下表|表中|表内)所列[^，,。；;]{0,8}?按(?:照)?(?:规定|要求|所定)(?:的)?(?:时限|时间|期限|日期)"
                                 r"|[在于](?:上表|下表|表中|表内)(?:所列|规定|确定|列明)的?(?:报送)?(?:时限|时间|期限|日期|时间节点)(?:前|内)")


def sent_by_the_tables_times(sentences: list[str]) -> str:
    """The first sentence that sends named materials by the times a table gives, or ""."""
    return next((s for s in sentences if BY_THE_TABLES_TIMES.search(s) and req.material_names(s)), "")


def a_row_it_dates(sentences: list[str], i: int, listed: str) -> bool:
    """Whether sentence ``i`` is a row of the table whose times ``listed`` sends by: the table just above that sentence
    (下表: just below it; a heading line or two between, 有关要求：). Such a row sends what ``listed`` names, not what
    its header or the line above the table says."""
    if "\t" not in sentences[i] or listed not in sentences:
        return False
    at = sentences.index(listed)
    step = 1 if "下表" in listed or (not _table_rows(sentences, at, -1)
                                      and (SENT_AT_ITS_END.search(listed) or _times_below(sentences, at)
                                           or _sent_by_the_table_below(sentences, at) or _right_above_a_table(sentences, at))) \
        else -1
    return i in _table_rows(sentences, at, step)


def _right_above_a_table(sentences: list[str], at: int) -> bool:
    """Whether sentence ``at`` stands right above a table's header, pointing at that table's times as its deadline
    (`请责任单位…在表中所列时间前将…报告（Word格式）发送至…` over `序号 | 事项编号 | 信访事项 | 责任单位 | 报送时间`)."""
    return at + 1 < len(sentences) and "\t" in sentences[at + 1] and bool(re.search(r"[在于]\S{0,2}表", sentences[at]))


def _table_rows(sentences: list[str], at: int, step: int) -> list[int]:
    """The tab rows of the table nearest sentence ``at`` on the side ``step`` says (a heading line or two between)."""
    j = at + step
    while 0 <= j < len(sentences) and "\t" not in sentences[j] and abs(j - at) <= 2:
        j += step
    rows = []
    while 0 <= j < len(sentences) and "\t" in sentences[j]:
        rows.append(j)
        j += step
    return rows


# …填写《…对照表》（Excel格式），并…签署《…委托书》，加盖公章后扫描为PDF格式，一并报送: sent, with no date or place of its own
SENT_AT_ITS_END = re.compile(r"[，,]\s*(?:一并|一同|统一|及时)?(?:报送|上报|提交|发送)[。.]?$")


# 报送时间见下表, 各单位报送时限详见下表：, 具体报送时间安排如下表: the line after the papers' sentence points the sending
# times at the table under it (现场检查时间见下表: times of work, none); a clause sending the papers just named together
# may open it (三项材料一并报送，报送时间见下表：, 以上材料统一报送，…; held-out 2951)
SENT_TOGETHER_FIRST = r"(?:(?:以上|上述|前述)?[^，,；;。]{0,6}?(?:材料|资料|文件)\s*(?:一并|一同|统一)\s*(?:报送|上报|提交|发送)\s*[，,]\s*)?"
TIMES_BELOW = re.compile(r"^" + SENT_TOGETHER_FIRST + r"[^，,；;]{0,8}?(?:报送|上报|提交|截止)[^，,；;]{0,4}?(?:时间|时限|期限|日期)"
                         r"(?:安排)?(?:详见|见|如|列于)下表[。：:]?\s*$")


def _times_below(sentences: list[str], at: int) -> bool:
    """Whether the sentence after ``at`` points the sending times at the table right under it (报送时间见下表)."""
    return at + 2 < len(sentences) and bool(TIMES_BELOW.match(sentences[at + 1].strip())) and "\t" in sentences[at + 2]


def _sent_by_the_table_below(sentences: list[str], at: int) -> bool:
    """Whether the sentence after ``at`` sends by the table right under it (`年度报告由以下三项材料组成：
    1.…；2.…；3.…。` / `请各单位按下表时间将材料发送至…` / `序号 | 单位 | 报送材料 | 报送时间`, held-out 3041)."""
    return at + 2 < len(sentences) and "\t" not in sentences[at + 1] and "\t" in sentences[at + 2] \
        and bool(BY_THE_TABLE_BELOW.search(sentences[at + 1]))


def _times_below_at_its_end(sentences: list[str], at: int) -> bool:
    """Whether the sentence ``at``, right above a table, sends (一并报送 / 发送至) in a clause and points the sending
    times at that table in its last (`…及相关数据表（Excel格式）一并报送，报送时间见下表。`, `…发送至指定邮箱，各单位报送
    截止时间如下表：`; held-out 2979)."""
    clauses = re.split(r"[，,]", sentences[at].strip().rstrip("。.：:"))
    return at + 1 < len(sentences) and "\t" in sentences[at + 1] and len(clauses) > 1 \
        and bool(SENDS.search(clauses[-2])) and bool(TIMES_BELOW.match(clauses[-1].strip()))


def sent_above_its_schedule(sentences: list[str], dated: list[list]) -> str:
    """`一、调整内容 各部门…填写《…对照表》（Excel格式），…签署《…委托书》，加盖公章后扫描为PDF格式，一并报送。 二、报送批次 批次 |
    单位 | 报送截止时间`: a sentence naming materials and ending on its sending verb, no date of its own, right above a
    schedule whose rows give units their dates and name no material, those rows the notice's only dates. Each row sends
    what that sentence names (not the 材料 of `三、报送方式 材料报送至…邮箱`); "" for any other notice. So too a sentence
    that sends named papers (`…三项材料一并发送至…邮箱`) followed by a line pointing the sending times at the table
    right under it (`报送时间见下表。` over `序号 | 单位 | 截止时间`, held-out 2809), or in its own last clause
    (`…一并报送，报送时间见下表。`, held-out 2979; a date above that sentence, `储备期为…至…`, is none of the table's,
    nor is a paper named in a row's 备注, `承储企业，报库存月报`, the row's papers)."""
    for at, sentence in enumerate(sentences):
        if dated[at] or "\t" in sentence or not req.material_names(sentence):
            continue
        pointing = _times_below_at_its_end(sentences, at)  # the dates above it (储备期为…至…) are none of the table's
        if not (pointing or SENT_AT_ITS_END.search(sentence) or (SENDS.search(sentence) and _times_below(sentences, at))):
            continue
        rows = [k for k in _table_rows(sentences, at, 1) if dated[k]]
        remarks = _remarks_column(sentences[at + 1]) if pointing else None
        if len(rows) >= 2 and not any(req.material_names(_without_cell(sentences[k], remarks)) for k in rows) \
                and all(k in rows for k, ds in enumerate(dated) if ds and (k > at or not pointing)):
            return sentence
    return ""


def _has_a_units_column(header: str) -> bool:
    """Whether the table row ``header`` heads a column of the units (单位, 责任单位, 乡镇 …)."""
    return any(UNITS_HEAD.match(c.strip()) or UNIT_COLUMN.match(c.strip()) for c in header.split("\t"))


def _remarks_column(header: str) -> int | None:
    """The index of the header's remarks column (备注: `承储企业，报库存月报`, an aside on that row, the papers being the
    sentence's), or None."""
    return next((c for c, cell in enumerate(header.split("\t")) if REMARKS_HEAD.match(cell.strip())), None)


def _without_cell(row: str, column: int | None) -> str:
    """The row with its cell ``column`` emptied (None: the row as it is)."""
    if column is None:
        return row
    return "\t".join("" if c == column else cell for c, cell in enumerate(row.split("\t")))


def senders_above_the_tables_times(sentences: list[str], i: int) -> str:
    """`开发区和建昌镇、药王庙镇按下表时限报送…监测表：` above a table of months and dates (数据月份 | 报送时限): a row of it
    that names no unit is sent by that sentence's units (its words up to 按, joined for the row's subject); "" for a
    sentence that is no row right under such a line (the tab rows between, or a PDF's rows glued into the next one)."""
    j = i - 1
    while j >= 0 and "\t" in sentences[j]:  # the rows above it, a Word table's
        j -= 1
    if j < 0 or (j < i - 1 and "\t" not in sentences[i]) or _has_a_units_column(sentences[j + 1]):
        return ""  # 序号 | 事项 | 责任单位 | 报送时间: each row names its sender, a body off the roster too (held-out 3439)
    m = BY_THE_TABLES_TIMES.search(sentences[j])
    return sentences[j][:m.start()] + "，" if m and req.material_names(sentences[j]) else ""
