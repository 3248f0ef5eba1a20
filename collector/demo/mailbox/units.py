"""The county's units as the demo uses them (out of the roster CSV, with the official
names the notice uses), the people who write for them, and the texts they write."""

from __future__ import annotations

import csv
import dataclasses
import random
from pathlib import Path

ROSTER_CSV = Path(__file__).parents[2] / "campaigns" / "jianchang-units.csv"

ADDRESS_STEMS = {
    "建昌镇": "jcz", "八家子镇": "bjzz", "喇嘛洞镇": "lmdz", "药王庙镇": "ywmz", "汤神庙镇": "tsmz",
    "玲珑塔镇": "lltz", "大屯镇": "dtz", "牤牛营子乡": "mnyzx", "素珠营子乡": "szyzx", "石佛乡": "sfx",
    "王宝营子乡": "wbyzx", "老大杖子乡": "ldzzx", "要路沟乡": "ylgx", "魏家岭乡": "wjlx", "西碱厂乡": "xjcx",
    "头道营子乡": "tdyzx", "新开岭乡": "xklx", "贺杖子乡": "hzzx", "养马甸子乡": "ymdzx", "和尚房子乡": "hsfzx",
    "杨树湾子乡": "yswzx", "黑山科乡": "hskx", "雷家店乡": "ljdx", "小德营子乡": "xdyzx",
    "二道湾子蒙古族乡": "edwzx", "巴什罕乡": "bshx", "娘娘庙乡": "nnmx", "谷杖子乡": "gzzx",
    "八家子经济开发区": "bjzkfq", "县发改局": "fgj", "县营商局": "ysj", "县工信局": "gxj",
    "县农业农村局": "nyncj", "县乡村振兴局": "xczxj", "县文旅局": "wlj", "县招商中心": "zszx",
    "县交通局": "jtj", "县市场局": "scjgj", "县住建局": "zjj", "生态环境局建昌分局": "sthjfj",
    "县自然资源局": "zrzyj", "县水利局": "slj", "县人社局": "rsj", "县民政局": "mzj", "县卫健局": "wjj",
    "县教育局": "jyj", "县公安局": "gaj", "县司法局": "sfj", "县综合执法局": "zhzfj", "县应急局": "yjj",
    "县医保局": "ybj", "县税务局": "swj",
}

MISSING_OFFICIAL_NAMES = {
    "县文旅局": "建昌县文化旅游和广播电视局",
    "县招商中心": "建昌县招商服务中心",
    "县综合执法局": "建昌县综合行政执法局",
}

INTERVIEW_THEMES = {
    "县发改局": "以项目建设为中心，积极扩大有效需求，在推动经济增长上实现新突破",
    "县营商局": "全面振兴新突破，打造一流营商环境",
    "县工信局": "加快产业结构调整，在建设现代化体系上实现新突破",
    "县农业农村局": "坚持农业农村优先发展，推进乡村振兴实现新突破",
    "县文旅局": "大力发展文化旅游业，在推动旅游产业上实现新突破",
    "县招商中心": "全力推动招商引资项目建设实现新突破",
    "县交通局": "强化交通基础设施建设，服务全县高质量发展",
    "县市场局": "推进高质量监管、助力高质量发展",
    "县住建局": "实现住房和城乡建设领域全面振兴",
    "生态环境局建昌分局": "深入推进污染防治，在绿色低碳发展上实现新突破",
    "县自然资源局": "坚持因地制宜，生态优先，推动绿色低碳高质量发展",
    "县水利局": "全面振兴新突破，扎实推进民生水利建设",
    "县人社局": "有效扩大就业，夯实社会保障，不断增进民生福祉",
    "县民政局": "着力保障和改善民生，推进高质量发展",
    "县卫健局": "强化公共卫生医疗服务体系，推进卫生健康事业高质量发展",
}

# Names with characters outside GB2312 (镕 喆 堃 珺): a strict gb2312 decoder breaks on them.
RARE_NAMES = ["朱镕峰", "郑喆", "马堃", "胡珺", "王喆", "李珺瑶", "赵堃"]
COMMON_NAMES = ["王志刚", "李国强", "张海涛", "刘建军", "陈晓东", "杨立新", "赵德明", "孙明辉", "周振华",
                "吴红梅", "高建平", "林凤岐", "何丽娜", "郭金龙", "罗永胜", "梁宏伟", "宋春雨", "韩雪",
                "冯玉坤", "于海燕", "董丽华", "曹宇", "邵明月", "田野", "姜春生", "付晓光"]
LEADER_TITLES = ["党组书记、局长", "局长", "副局长", "党组成员、副局长", "主任"]


@dataclasses.dataclass(frozen=True)
class Unit:
    name: str
    kind: str
    official: str
    attachment: str

    @property
    def in_interview(self) -> bool:
        return "附件1" in self.attachment

    @property
    def is_town(self) -> bool:
        return self.kind in ("town", "township", "zone")


def load_roster(path: Path = ROSTER_CSV) -> list[Unit]:
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    units = []
    for row in rows:
        name = row["name"].strip()
        official = (row.get("official_name") or "").strip() or MISSING_OFFICIAL_NAMES.get(name, "建昌县" + name.lstrip("县"))
        if row["kind"] in ("town", "township"):
            official = "建昌县" + official + "人民政府"
        elif row["kind"] == "zone":
            official = official + "管理委员会"
        units.append(Unit(name, row["kind"], official, (row.get("in_notice_attachment") or "").strip()))
    return units


def short_name(unit: Unit) -> str:
    return unit.name if unit.name.startswith(("县", "生态")) else unit.name


def summary_paragraphs(unit: Unit, rng: random.Random) -> list[str]:
    who = "我镇" if unit.name.endswith("镇") else "我乡" if unit.name.endswith("乡") else "我区" if unit.kind == "zone" else "我局"
    return [
        "县政府办公室：",
        f"按照《建昌县人民政府办公室关于开展第十七届“5·15政务公开日”活动的通知》要求，{who}高度重视，"
        f"围绕“优化政策服务，打造一流营商环境”主题，于5月15日至19日集中开展了政务公开日系列活动。现将有关情况总结如下：",
        f"一、加强组织领导。{who}成立了由主要领导任组长的活动领导小组，制定活动方案，明确责任分工。",
        f"二、丰富活动形式。活动期间共悬挂条幅{rng.randrange(2, 8)}条，发放宣传资料{rng.randrange(200, 1500)}余份，"
        f"现场解答群众咨询{rng.randrange(20, 160)}人次，邀请企业群众代表{rng.randrange(5, 30)}人实地观摩。",
        "三、注重宣传实效。通过政务新媒体、微信群等渠道广泛宣传，营造了良好的舆论氛围。",
        "四、下一步工作。继续深化政务公开，推动政务公开工作常态化、制度化。",
    ]


def interview_manuscript(unit: Unit, leader: str, title: str, rng: random.Random) -> list[str]:
    theme = INTERVIEW_THEMES.get(unit.name, "全面振兴新突破")
    return [
        f"访谈主题：{theme}",
        f"访谈嘉宾：{unit.official}{title} {leader}",
        "主持人：请您介绍一下今年以来的重点工作。",
        f"{leader}：今年以来，我们围绕全县中心工作，重点抓了{rng.randrange(3, 6)}个方面……",
        "主持人：群众和企业最关心的政策有哪些？",
        f"{leader}：一是优化办事流程，二是推进政策直达，三是加强政务公开……",
    ]


def phone(rng: random.Random) -> str:
    return rng.choice(["139", "138", "150", "186", "133", "158"]) + f"{rng.randrange(10**8):08d}"
