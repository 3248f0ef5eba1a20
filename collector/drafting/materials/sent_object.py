"""The thing a sending clause sends, between 将 / 把 and its verb (`将年度报告Word版及盖章PDF版报送`), tidied of dates,
brackets and the words around a material."""

from __future__ import annotations

import re

from . import compared
from .sent_down import without_the_handing_down
from .. import requirements as req
from ..timing.same_time import without_a_same_time_clause


def object_sent(segment: str) -> str:
    """将年度报告Word版及盖章PDF版报送 → the thing between 将/把 and the verb, tidied."""
    segment = without_the_handing_down(segment)  # 现将…问题清单下发给你们，…将整改台账报送: not what 现将 takes
    m = re.search(r"[将把](.{2,70}?)(?:报送|发送|上报|提交|报至|发至|报县|报市|报给|传至|送至|反馈|交至)", segment)
    if not m:
        return ""
    obj = re.sub(r"于?\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日.*$", "", m.group(1))  # 将…于5月20日前报送
    # 将整改完成情况于整改期满后3个工作日内报送, 于每月5日前, 于活动结束后: a time said by an event or a count of days
    obj = re.sub(r"于[^，,。；;于]{1,20}?(?:之?内|之?前|之?后|以前)$", "", obj)
    obj = without_a_same_time_clause(obj)  # 将《…情况说明》（Word格式），于同一时间前报送
    obj = re.sub(r"\([^()]*\)|[《》]", "", obj)
    obj = re.sub(r"\(.*$", "", obj)  # a bracket the verb's match cut open
    # …登记表填写完整, …责任书签字盖章后, …排查表经单位主要负责同志签字后: how the paper is readied, not its name
    obj = re.sub(r"(?:整理完毕|填写完整|填写完毕|(?:经[\u4e00-\u9fa5]{1,14}?)?(?:(?:签字|签名)?(?:盖章|签章)|加盖[\u4e00-\u9fa5]{0,4}?公章|填写|填好|填妥|审核|签字"
                 r"|审签|汇总)后)[，,\s]*$", "", obj.strip())
    obj = re.sub(rf"^(?:{req.WHOSE_PAPER})", "", obj)  # 将本系统《…报告》报送: whose paper, no word of its name
    obj = re.sub(r"(?:通过|以|经)(?:电子)?(?:邮件|邮箱)(?:形式|方式)?$", "", obj.strip())  # 将以上两项材料通过电子邮件报送
    # …照片等材料打包压缩后, …和照片打包为一个压缩包: how they go
    obj = re.sub(r"(?:统一|一并|全部)?(?:(?:打包压缩|压缩打包|打包)后?|(?:打包|压缩)(?:为|成)(?:一个|1个)?(?:压缩包|压缩文件|文件包))$", "",
                 obj.strip())
    obj = re.sub(r"(?:一并|统一|全部|分别|及时|再次|重新)$", "", obj.strip())  # 将修正后的《…》再次报送: how, not what
    obj = re.sub(r"(?<=[\u4e00-\u9fa5])\s*(?:各|每个单位|每单位)?\d{1,2}(?:\s*[—\-－~～至到]\s*\d{1,2})?\s*[个篇份则条件套部]$", "",
                 obj)  # 将典型案例1—2篇报送: how many, not which
    # 将…等材料报送: the word for all of them; 佐证材料, 事迹材料: a name of its own
    obj = re.sub(r"(?:等|相关|有关)*(?:(?<!佐证)(?<!证明)(?<!事迹)(?<!申报)(?<!推荐)(?<!经验)(?<!汇报)(?<!文字)(?:资料|材料))?$", "",
                 obj).strip(" ,，、")
    obj = re.sub(r"(?:电子版|纸质版|原件)?(?:一式[一二两三四五六七八九十\d]{1,2}份)?$", "", obj)  # …确认表纸质版一式三份, …责任书原件
    obj = re.sub(r"(?:以|按)(?:Excel|EXCEL|excel|Word|WORD|word|PDF|pdf|WPS)(?:表格|文档)?(?:形式|格式|方式)$", "", obj)
    # 将《统计表》（附件2）电子版及盖章扫描件报送: the paper's two copies, no word of its name
    obj = re.sub(r"(?<=[\u4e00-\u9fa5])(?:电子版|Word版|Excel版)(?:及|和|与|、)(?:加盖公章的?|盖章的?|签字盖章的?)?(?:PDF)?(?:扫描件|扫描版)$",
                 "", obj)
    # …说明（盖章）扫描后发送, …报告（加盖单位公章）扫描成PDF格式，于…前发送: how the part is made, not its name
    obj = re.sub(r"(?:(?:加盖[\u4e00-\u9fa5]{0,4}?公章|盖章|签字|签字盖章)后)?扫描(?:后|成(?:PDF|pdf)(?:格式|文件|版)?)?[，,\s]*$", "", obj)
    if re.fullmatch(r"(?:盖章)?(?:扫描件|电子版|PDF版|复印件)", obj):
        return ""  # 形成自查报告，…将扫描件发送: the thing scanned is named before, in its own clause
    obj = re.sub(r"^[^的及和、]{1,6}的", "", obj)  # 填写完毕的调查问卷
    if compared.a_compared_clause(m.group()[0] + obj):
        return ""  # 将养老金领取数据与花名册进行比对，于…前报送比对情况说明: what is checked, not what is sent
    # 将上半年工作落实情况报送: a report of how the work stands is what is sent
    return obj if req.MATERIAL.search(obj) or re.search(r"姓名|名单|电话|联系|(?:落实|推进|完成|进展)情况$", obj) else ""
