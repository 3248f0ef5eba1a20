"""A date the notice cites as a duty of others, not of the units it addresses: `根据企业信息公示有关规定，企业应于1月1日至6月30日
通过国家企业信用信息公示系统报送上一年度年度报告` (the enterprises' statutory window, its subject 企业), `纳税人应当在5月31日前
办理汇算清缴`. The clause's subject is a class of persons or businesses no roster unit is, and nothing of it goes to the
notice's mailbox; the units' own dates follow (一、请各直属机构于…前将…统计表发送至…). A clause whose subject is a unit
(`各乡镇应于…`, `请各单位督促企业于…`: the units made to see to it), or that mails its paper here (`企业应于…前将…发送至…邮箱`),
is left as it is."""

from __future__ import annotations

import re

from ..heading.addresses import before_the_date
from ..timing.dates import Deadline
from .not_mailed import mail_said

# 企业, 各类市场主体, 辖区内个体工商户, 纳税人, 申请人: who a law or rule binds, none of them an office of the roster
OTHERS = (r"(?:各类|全县|辖区内?|本县|我县|所有|广大|相关|有关|上述)?\s*"
          r"(?:企业|公司|个体工商户|农民专业合作社|市场主体|经营主体|经营者|纳税人|缴费人|参保人员?|申请人|农户|群众|居民|"
          r"考生|学生|家长|个人)")
# 企业应于, 纳税人应当在, 个体工商户须于, 申请人依法于: the clause opens with them and binds them to its date
BOUND = re.compile(rf"^\s*{OTHERS}\s*(?:依法|按规定|均)?\s*(?:应当|应|须|需|必须|要)\s*(?:依法|按时|按规定)?\s*(?:于|在|自)\s*$")


def a_duty_of_others(sentence: str, deadline: Deadline) -> str:
    """The others (企业, 纳税人, …) the deadline's clause binds to its date, its words sending nothing to the mailbox;
    "" when the clause is the units' own."""
    before = before_the_date(sentence, deadline)
    if not (m := BOUND.match(before)) or mail_said(sentence[deadline.start:]):
        return ""
    return re.sub(r"\s*(?:依法|按规定|均)?\s*(?:应当|应|须|需|必须|要).*$", "", m.group()).strip()
