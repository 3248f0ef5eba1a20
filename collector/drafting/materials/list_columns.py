"""What a list or a form holds, said beside it, is its columns, not facts asked of the mail: no `field` part for the
names and phones it lists.

- In the bracket after the list (`名单（Excel格式，注明村名、姓名、联系电话）`, `《…名单》（Excel格式，含姓名、手机号码）`),
  also with 须 / 应 / 需 before the verb (`名单（Excel格式，须含姓名、身份证号、联系电话）`) or the list named again as its
  subject (`驾驶员名单（均为Excel格式，驾驶员名单须含姓名、身份证号、联系电话）`).
- In a clause of its own (`名单中注明普查员姓名、身份证号码、手机号码`, `回执单中须填写值守人员姓名及手机号码`,
  `回执须注明姓名、职务和手机号码`, `名册须列明信访人、联系方式、办理结果和承办人`, `表中应包括…`: held-out 2987).
- In the clause right after the list's name and its bracket, filling it in (`《…发放花名册》（Excel格式，样式见附件），按村逐人
  填写姓名、性别、身份证号…`, `…统计表（Excel格式），逐户填报户主姓名、联系电话`); not the sender's contact
  (`《…统计表》（Excel格式），注明联系人及联系方式`: asked of the unit, a field).
- In the clause right before the form it is filled into, gathering the particulars of those the form lists
  (`逐户摸排本辖区外出务工人员的务工地点、从事行业和联系方式，填写《外出务工人员信息统计表》`: what is gathered of each
  person is the form's columns, one sheet; held-out 2464); the sender's own contact (`注明联系人及联系方式，填写《…表》`: no
  的 of those listed) stays a field.
- In a clause of their own that says them right or kept up to date, the list they are in named somewhere in the text
  (`登记表中身份证号码、联系电话等信息须核对准确`, `人员调整、联系方式变化的及时更新`, `…手机号码发生变动的，要及时更新`,
  `姓名、联系方式须如实填写`: held-out 2780, 2782); a clause that sends them (`报送联络员姓名及手机号码`) or names the sender's
  contact (联系人 / 填报人 / 经办人) stays a field.
- Phones joined to a list (`采样人员名单及联系方式（Excel）`, `领导小组成员名单及联系方式（附件2）`), unless typed in the mail.
- A form written out in the body under its title, as a PDF's text gives the table (`如实填写下方回执…。回执 / 单位名称
  联系人 参训人员姓名 职务 联系电话`): the row of labels is the form's header.

Names and phones asked in the mail body (`在邮件正文中注明联络员姓名和手机号码`) are no list's columns and stay a field
(mail_body.py); a list with no columns said is its sheet alone.
"""

from __future__ import annotations

import re

LIST = r"(?:名单|名册|台账|清单|(?:联络员|联系人)信息)"
# 注明, 须含, 应包括, 需载明: the verb that says what the list holds, a 须 / 应 / 需 before it
HOLDS = r"(?:须|应|需|需要|应当|要|均)?(?:注明|列明|写明|载明|包括|包含|含有|含)"
# 名单（Excel格式，须含姓名…）, 名单（均为Excel格式，驾驶员名单须含姓名…）: a clause of the bracket after the list, the list
# named again (up to ten characters) as its subject or not
IN_THE_BRACKET = re.compile(rf"({LIST}》?[(（][^()（）]*?)[,，、]\s*(?:[^()（）,，、。；;]{{0,10}}?{LIST})?{HOLDS}[^()（）]*(?=[)）])")
# 名单中注明普查员姓名…手机号码, 回执单中须填写值守人员姓名及手机号码, 回执须注明姓名、职务和手机号码, 名册须列明信访人、
# 联系方式…, 表中应包括…, 值班表须包括…: the sheet's columns, in a clause of their own (a bare 表 opening its clause, with
# 中 / 内, or a form of a short name opening it)
IN_A_CLAUSE = re.compile(r"(?:(?:名单|名册|台账|清单|回执单?|登记表|统计表|汇总表|信息表)(?:(?:中|内)(?:须|应|需|要)?|须|应|需要|需)"
                         r"|(?<![^，,。；;\s])表(?:中|内)(?:须|应|需|要)?"
                         # 值班表须包括带班领导、值班人员姓名及手机号码: a short-named form opening its clause
                         r"|(?<![^，,。；;\s])(?P<form>[\u4e00-\u9fa5]{1,4}表)(?:(?:中|内)(?:须|应|需|要)?|须|应|需要|需))"
                         r"(?:填写|注明|列明|写明|载明|包括|包含|含有)[^，,。；;]*")
# 《…发放花名册》（Excel格式，样式见附件），按村逐人填写姓名、性别…: the clause right after the list (or a form) and its
# bracket, what each row is filled in with (按村 / 逐人 / 如实 before the verb), short labels parted by 、 (发放金额（元）:
# a unit's bracket); not a clause of the mail (邮件正文中注明…), nor the sender's own contact (注明联系人及联系方式: a field),
# nor one of work (逐项填写本单位牵头…任务的完成情况: no label)
COLUMN_LABEL = r"[^，,。；;、《》()（）\s]{1,8}(?:[(（][^()（）]{1,4}[)）])?"
FILLED_IN_AFTER = re.compile(r"((?:名单|名册|台账|清单|表)》?\s*(?:[(（][^()（）]*[)）])?\s*[,，]\s*)"
                             r"(?![^，,。；;]*(?:邮件|正文|联系人|填报人|经办人))(?:按[\u4e00-\u9fa5]{1,6}?)?(?:逐[\u4e00-\u9fa5])?"
                             r"(?:如实|认真|详细|准确)?(?:填写|填报|填列|注明|列明|写明|登记)"
                             rf"{COLUMN_LABEL}(?:、{COLUMN_LABEL})*(?=[，,。；;、《]|$)")
# 逐户摸排…人员的务工地点、从事行业和联系方式，填写《…统计表》: the particulars of those listed (的 before them, two or more
# short labels parted by 、 / 和 / 及), gathered in the clause right before the form they are filled into (填写 / 填报 /
# 填入 / 录入 《…表 / 名单 / 名册 / 台账 / 清单》)
GATHERED_LABEL = r"[^，,。；;、和及《》()（）\s]{1,8}"
GATHERED_BEFORE = re.compile(rf"的{GATHERED_LABEL}(?:(?:、|和|及){GATHERED_LABEL})+"
                             r"(?=[，,]\s*(?:并|逐项|如实|认真|准确)?(?:填写|填报|填入|录入)(?:到|至)?"
                             r"《[^》]*(?:表|名单|名册|台账|清单)》)")
# 采样人员名单及联系方式（Excel）, 领导小组成员名单及联系方式（附件2）: the phones joined to a list are a column of it, unless
# the clause types them in the mail (…名单及联系电话在邮件正文中注明)
PHONES_JOINED = re.compile(r"((?:名单|花名册|名册|台账|清单|信息表)》?)(?:及|和|与|、)(?:其|相关)?(?:联系方式|联系电话|手机号码?)"
                           r"(?![^，,。；;]*(?:邮件|正文))")
# 身份证号码、联系电话等信息须核对准确, 人员调整、联系方式变化的及时更新, 手机号码发生变动的，要及时更新, 姓名…须如实填写: a
# clause (its 的-clause of change and the next one together) whose particulars are kept right or up to date, no sending in it
PARTICULAR = r"(?:姓名|身份证号|联系电话|电话号码|手机号|联系方式)"
KEPT_RIGHT_VERB = (r"(?:(?:及时|定期|同步)?更新|(?:核对|核实|填写|填报|确认)(?:准确|无误|完整)|准确无误|真实准确|准确完整"
                   r"|真实完整|(?:如实|逐项|认真|准确)(?:填写|填报))")
KEPT_RIGHT = re.compile(rf"(?<![^，,。；;\n])(?![^，,。；;]*?(?:报送|上报|发送|提交|邮件|正文|联系人|填报人|经办人))"
                        rf"[^，,。；;]*?{PARTICULAR}[^，,。；;]*?(?:的[，,]\s*)?[^，,。；;]{{0,6}}?{KEPT_RIGHT_VERB}[^，,。；;]*")
LISTS_ANY = re.compile(r"名单|名册|台账|清单|表")
FORM = r"(?:回执单?|报名表|登记表|信息表|统计表|汇总表)"
# 回执单位名称联系人参训人员姓名职务联系电话: a form's title, then its header's labels, no verb nor sentence mark among them
ASKING = r"请|填写|填报|注明|写明|报送|发送|上报|提交|将|于|须|需|应"
LABELS = re.compile(rf"(?:(?!{ASKING})[^，,。；;:：()（）《》\d])+")


def columns_in_the_bracket(text: str) -> str:
    """The columns a list's bracket lists, after its format, taken out of the bracket."""
    return IN_THE_BRACKET.sub(r"\1", text)


def columns_in_a_clause(text: str) -> str:
    """A clause saying what a list or form holds (名单中注明…), taken out; a form of a short name keeps its name, which
    a stamp said after it is of (`议题申报表须写明…，经…签字并加盖公章`)."""
    return IN_A_CLAUSE.sub(lambda m: m.group("form") or "", text)


def columns_in_the_clause_after(text: str) -> str:
    """The clause right after a list's name and bracket that says what its rows are filled in with (按村逐人填写姓名…),
    taken out: the list's columns."""
    return FILLED_IN_AFTER.sub(r"\1", text)


def gathered_into_the_form(text: str) -> str:
    """The particulars a clause gathers right before the form they are filled into (…人员的务工地点、从事行业和联系方式，
    填写《…统计表》), taken out: the form's columns."""
    return GATHERED_BEFORE.sub("", text)


def particulars_kept_right(text: str) -> str:
    """The clauses that say a list's particulars right or kept up to date (登记表中身份证号码、联系电话等信息须核对准确),
    taken out where a list or form is named: its columns."""
    return KEPT_RIGHT.sub("", text) if LISTS_ANY.search(text) else text


def phones_joined_to_a_list(text: str) -> str:
    """名单及联系方式（Excel）: the list alone."""
    return PHONES_JOINED.sub(r"\1", text)


def form_written_out(text: str, names: list[str]) -> str:
    """A clause that is a form's title and its header row (`回执单位名称联系人…联系电话`), the form being one the text
    asks filled in (`下方回执`), taken out: its labels are the form's columns."""
    forms = {m.group(0) for n in names for m in [re.search(rf"{FORM}$", n)] if m}
    clauses = re.split(r"([，,；;。])", text)
    return "".join(c for c in clauses if not any(_a_header_under(c.strip(), form) for form in forms))


def _a_header_under(clause: str, form: str) -> bool:
    """`回执单位名称联系人…`: the form's title (回执, not 回执单 — 单位 is the first label), then labels only, a name or a
    phone among them."""
    labels = clause[len(form):].strip()
    return (clause.startswith(form) and bool(LABELS.fullmatch(labels))
            and bool(re.search(r"姓名|电话|手机|联系人|联系方式", labels)))


def without_the_columns(text: str, names: list[str]) -> str:
    """The text with every list's or form's columns taken out (as the module says)."""
    text = columns_in_the_bracket(text)
    text = columns_in_a_clause(text)
    text = columns_in_the_clause_after(text)
    text = gathered_into_the_form(text)
    text = particulars_kept_right(text)
    text = phones_joined_to_a_list(text)
    return form_written_out(text, names)
