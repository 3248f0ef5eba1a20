"""The nouns a material's name ends in, and the words that say nothing of its matter: 统计表, 情况报告 and the
like name half the office's reports."""

from __future__ import annotations

import re

from ..materials.printed_matter import PRINTED_NOUN


# the material's noun at the end of a name, longest first (a 表 takes the two characters before it)
# 示范片区规划图, 园区排水管网图, 办公用房平面示意图, 采石场位置示意地图, 抽样地块点位图, 施工图纸: a drawing, named by
# what it draws (not a bare 地图, 图片, 图表, 图说), or a 图纸 (drawings, whatever they draw); a display board, A3尺寸展板
# （PDF格式）, or a brochure designed, 乡村旅游宣传册, where the name ends or a joiner follows (宣传展板制作情况说明 is the
# 说明, 宣传册设计稿 the 稿)
DRAWING_NOUN = (r"(?:(?:规划|管网|平面|示意|布局|布置|分布|区位|设计|效果|施工|位置|线路|走向|结构|流程|点位)"
                r"地?图(?:纸|(?![片表说]))"
                r"|(?:展板|图纸|宣传册|画册)(?!(?![和及与或])[\u4e00-\u9fa5]))")
# 花名册, 申报书, 访谈稿, 设计稿, 幻灯片: a material's noun of three characters, one word (发放花名册, never 放花名册; 海报设计稿, never 报设计稿);
# 报告书, a report made out as a paper of its own (年度报告书, 环境影响报告书: never 度报 / 告书)
THREE_CHARACTER_NOUN = r"花名册|申报书|报告书|访谈稿|讲话稿|设计稿|幻灯片|[\u4e00-\u9fa5][\u4e00-\u9fa5](?<![名清菜账])单"
NOUN_AT_END = re.compile(r"(?:扫描件|复印件|[\u4e00-\u9fa5]{2}表|" + THREE_CHARACTER_NOUN + r"|名册|报告|汇报|名单|名录|台账|清单|总结|计划"
                         r"|方案|预案|回执|材料|说明|问卷|照片|图片|截图|视频|信息|稿件|表格|表|" + DRAWING_NOUN + "|" + PRINTED_NOUN
                         + r")$")
# words that say nothing of the matter: a name made of these alone is a bare generic noun
# 汇报: a report, as 报告 is (情况汇报 names every office's account of its work, as 情况报告 does)
GENERIC_WORDS = {"情况", "工作", "生产", "汇总", "统计", "报告", "报告书", "汇报", "统计表", "情况表", "汇总表", "明细表", "一览表",
                 "登记表", "名单", "名录", "台账", "清单", "总结", "材料", "表", "表格", "说明", "人员", "相关", "有关",
                 "报送", "上报",  # 《…作品报送汇总表》: the sending every sheet is for (报送汇总表 no short form)
                 "编制", "填报", "起草", "制定", "修订",  # 部门预算编制说明: how any paper is made
                 "基本"}  # 基本情况摸底表, 基本情况表: the basic account every office gives of its matter, as 情况 is
BARE_GENERIC = {"统计表", "情况报告", "报告", "总结", "名单", "台账", "表", "情况表", "汇总表", "清单", "材料",
                "工作情况报告", "情况统计表", "工作总结", "情况说明", "人员名单",
                "情况汇报", "工作汇报", "工作情况汇报",  # 《…生产工作情况汇报》: the 情况报告 said as 汇报
                "开展情况", "工作开展情况",  # …监测工作开展情况: every office's account of its work, as 工作情况
                "月报", "周报", "季报", "旬报",  # every office's periodic report
                "编制说明", "填报说明", "起草说明", "制定说明", "修订说明"}  # the notes on how any paper was made

# the words naming photos: a 照片 / 图片 / 截图 sent, or 原图 / 原片 asked of them
PHOTO_WORDS = re.compile(r"照片|图片|影像|原图|原片|截图")


def is_generic(words: list[str]) -> bool:
    return all(w in GENERIC_WORDS for w in words) or "".join(words) in BARE_GENERIC


# a field every matter has, opening a short form before the paper's noun: 卫生自查表 (any 食堂's, 爱国卫生's), 检测报告 (a 防雷
# or 电梯 one), 设施情况说明, 比赛报名表 (any contest's): the short form reaches one word past it (水质检测报告, 拔河比赛报名表)
FIELD_OF_ANY_MATTER = {"卫生", "设施", "检测", "比赛"}
# a word bound to the one after it, which no short form starts right after: 二次供水 (never 供水设施… alone: any 供水's)
BOUND_TO_THE_NEXT = {"二次"}
