"""The bodies a sentence asks its addressee to urge, guide or organise: addressed `县卫健局：`, then `请督促各乡镇卫生院、县直
医疗机构开展医保基金使用自查自纠，于7月31日前汇总报送自查自纠情况报告…` (a lead's probe). The 请 speaks to the addressee,
who urges the clinics and then gathers and sends their reports; the clinics are whom it works on, and the 各乡镇 of
各乡镇卫生院 is where they are, not the towns. So `请指导各乡镇中心学校…，汇总后于…报送`, `请组织各乡镇卫生院…，于…前报送`.

Read only where the bodies urged are none of the roster's units as an addressee line would read them
(`unit_lists.read_addressees`: 各乡镇卫生院, 各乡镇中心学校, 县直医疗机构 and 辖区医疗机构 are bodies off the roster), and
where the urging clause ends at a comma, the ask in a clause of its own after it. The towns urged themselves
(`请督促各乡镇开展…`) and the clinics asked with no verb of urging (`请各乡镇卫生院于…前报送`: theirs, as before) are left
to the other rules."""

from __future__ import annotations

import re

from .unit_lists import read_addressees
from .units import UnitResolver

# 请督促各乡镇卫生院、县直医疗机构开展…自查自纠，: 请, the verb of urging, the bodies urged up to the work they are urged to,
# that work up to the comma
URGED = re.compile(r"请\s*(?:督促|指导|组织|督导|动员|引导|推动|带领)(?:[、和]?(?:督促|指导|组织|督导))?"
                   r"(?P<whom>(?:各|全县|辖区|县直|所属)[^，,。；;：:]{1,40}?)"
                   r"(?=开展|做好|对照|进行|按照?|认真|落实|完成|加强|抓好|切实|全面|积极|及时|自查|排查|核查|整改|填写|梳理|摸排)"
                   r"[^，,。；;]*[，,](?=\s*\S)")


def without_the_bodies_urged(text: str, resolver: UnitResolver) -> str:
    """``text`` without each 请督促… clause whose bodies urged name no roster unit (no kind, no name): they are whom the
    addressee works on, not who sends."""
    def cut(m: re.Match) -> str:
        urged = read_addressees(m.group("whom"), resolver)
        return "" if not urged.kinds and not urged.names else m.group()
    return URGED.sub(cut, text)
