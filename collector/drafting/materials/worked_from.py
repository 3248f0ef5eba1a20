"""What units work from, named only as the basis of their work:

- groups: `县财政局根据各乡镇面积初步测算补贴资金，形成…说明，于…报送` is the bureau's own item, the towns' acreage its basis;
  the towns are no senders of it (``without_the_groups_worked_from``); so are the units whose way or word is followed,
  `县融媒体中心、县档案馆参照县直各部门做法编制年度报告` (参照 / 按照 … 做法 / 要求: how, not who; ``MANNER_FOLLOWED``);
- papers: `结合今年种植计划，统计…`, `对照审计报告中涉及本乡镇的问题清单，逐项填写《…整改情况表》` (对照 / 结合 / 根据 / 依据 /
  参照 / 参考 / 按照, then the thing, with no verb of sending or making and no punctuation between) name the paper the units
  read against, not one they send (``a_material_worked_from``, read by `requirements.material_names`). `对照《…》` is
  `requirements.REFERENCE`'s and a short `根据审查意见修改` `requirements.BASIS`'s; this reads a thing named without 《》 at any
  length of its clause. `对照检查材料` (the self-examination a party member writes) is a paper of its own."""

from __future__ import annotations

import re

# 县财政局根据各乡镇面积…, 县统计局依据各部门报送的数据…: glued to the unit asked, 根据 / 依据 a group's figures
WORKED_FROM = re.compile(r"(?<=[局委办府心社站所院队])(?P<verb>根据|依据|依照|基于)(?:各|全县)[^，,。；;]{1,30}?"
                         r"(?=(?:初步|进一步|统一)?(?:测算|核算|汇总|统计|分析|编制|形成|计算|核定|审核))")
# 对照审计报告中涉及本乡镇的问题清单: the basis verb, then up to 24 characters of one clause to the material's word; the verb
# opens its clause or follows a modal, the unit's name or the units addressed (各乡镇要结合, 县农业农村局请结合, 八家子经济开发区
# 管委会对照: a 管委会 / 委员会 too; 请你们对照项目实施方案), not a word it ends (医养结合机构名录)
BASIS_VERB_BEFORE = r"(?:(?<=^)|(?<=[，,。；;:：\s、)）])|(?<=[要请应须需并可均们])|(?<=[局委办乡镇府心位门会]))"
MATERIAL_WORKED_FROM = re.compile(BASIS_VERB_BEFORE + r"(?:对照(?!检查)|结合|根据|依据|参照|参考|按照)"
                                  r"(?P<between>[^，,。；;:：()（）《》\s]{0,24})$")


# 各乡镇人民政府结合开发区监测数据，于次日…报送…简报: glued to the units asked (or a modal after them), a basis verb, a
# clause to its comma ending on the figures or facts drawn on; whatever unit it names gives them, and sends nothing here
DRAWN_ON = re.compile(r"(?<=[局委办府心社站所院队乡镇会])(?:要|请|须|应|需)?(?P<verb>结合|根据|依据|依照|参照|对照|基于)"
                      r"[^，,。；;]{1,30}?(?:数据|情况|结果|信息|资料|台账)(?=\s*[，,])")


# 县融媒体中心、县档案馆参照县直各部门做法编制…, 各乡镇按照县农业农村局要求…: the units whose way or word is followed (how,
# not who); glued to the units asked or a modal after them, the clause's way word ending it
MANNER_FOLLOWED = re.compile(r"(?<=[局委办府心社站所院队乡镇会馆])(?:要|请|须|应|需)?(?P<verb>参照|比照|仿照|借鉴|按照|依照)"
                             r"(?P<whose>[^，,。；;《》]{2,20}?)的?(?:做法|模式|方式|经验|办法|要求|标准|流程|口径|程序)")


def _without_the_manner(text: str, names_a_unit) -> str:
    """``text`` without each 参照…做法 / 按照…要求 whose words name a unit or a group (``names_a_unit``)."""
    return MANNER_FOLLOWED.sub(lambda m: m.group("verb") if names_a_unit(m.group("whose")) else m.group(0), text)


def without_the_groups_worked_from(text: str, names_a_unit) -> str:
    """``text`` without the 根据各乡镇… a named unit works from (or the 结合开发区监测数据 it draws on, or the 参照县直各部门做法
    it follows), when what is left still names a unit (``names_a_unit``)."""
    left = WORKED_FROM.sub(lambda m: m.group("verb"), text)  # the verb kept: the unit's name ends before it
    left = DRAWN_ON.sub(lambda m: m.group("verb"), left)
    left = _without_the_manner(left, names_a_unit)
    return left if left != text and names_a_unit(left) else text


# 结合本行业实际修订防汛应急预案: the plan after the verb is the one revised and sent, not the basis
REVISED = re.compile(r"修订|修改|完善|更新|编写|起草|拟定|拟订|制订|建立")


def a_material_worked_from(text: str, at: int, verbs: re.Pattern) -> bool:
    """The material word at ``at`` is what a basis verb before it in its clause names, no verb of ``verbs`` (sending,
    filling in, making) nor of revising between."""
    m = MATERIAL_WORKED_FROM.search(text[:at])
    return bool(m) and not verbs.search(m.group("between")) and not REVISED.search(m.group("between"))
