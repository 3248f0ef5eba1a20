"""A paper form filled in by hand and photographed, where the notice lets an answer come so.

A survey's notice often offers three ways to answer (`填写《调查问卷》发送；也可直接在邮件正文中按题号逐项回复；不便使用电脑的，
可打印问卷手工填写后拍照发送`), and the clerk makes the answer a `field` part read from the words of the mail or of the
问卷. A photo of the filled paper 问卷 carries no words a field can read, yet it is the answer the notice asked for: for a
requirement of fields only, in a campaign whose notice says so, photos alone that the mail calls by the requirement are
the answer, filed and counted, and the reason tells the office to read them. Without that sentence in the notice, photos
alone still go to a person (“邮件只有照片…不要求照片”), unless the sender says what they are: the form filled in and
photographed (`回执已手写填好，拍照发来`, `问卷已填好，见截图`), the answer the notice asked, which a person reads.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.match.text import per_campaign

# 可打印问卷手工填写后拍照发送 / 纸质表填好后拍照上传 / 手写拍照发送亦可: the notice letting a filled paper form come as a photo
PHOTOGRAPHED_FORM = re.compile(r"(?:打印|手工|手写|纸质)[^。；;！!]{0,16}?(?:填写|填好|填报|手写|填完)[^。；;！!]{0,8}?拍照(?:后)?"
                               r"(?:发送|报送|上传|上报|发至|发来|回传|传送|提交|亦可|也可)")
# 请勿手写拍照 / 不接受手工填写后拍照发送: the same words refused
REFUSED = re.compile(r"(?:请勿|不要|切勿|不得|严禁|不能|不可|不接受|不再接受|不允许|禁止)[^。；;！!，,]{0,8}$")


@per_campaign
def photographed_forms_allowed(campaign: Campaign) -> bool:
    """The campaign's notice lets a paper form, filled in by hand, be photographed and sent."""
    text = campaign.notice_text or ""
    return any(not REFUSED.search(text[max(0, m.start() - 12):m.start()]) for m in PHOTOGRAPHED_FORM.finditer(text))


# 回执已填好，拍照发来 / 问卷手工填好了，拍照如下 / 已填好，见截图: the sender saying its pictures are the form, filled in
SAID_FILLED_AND_PHOTOGRAPHED = re.compile(r"(?<![未没不])(?:填好|填写好|填完|填妥|填写完毕)[^。；;！!？?]{0,10}?(?:拍照|拍了照|拍成照片|截图|截了图)")


def said_filled_and_photographed(own_words: str) -> bool:
    """The sender's own words say its pictures are the form it filled in (回执已填好，拍照发来), not a blank one."""
    return bool(SAID_FILLED_AND_PHOTOGRAPHED.search(own_words or ""))


def takes_a_photographed_form(campaign: Campaign, req, own_words: str = "") -> bool:
    """A requirement of fields only (an answer: a survey's five questions) whose notice lets the paper form, filled by
    hand, come as a photo, or whose sender says its photos are the form filled in: photos of it stand for the answer,
    which a person reads."""
    return (bool(req.parts) and all(p.kind == "field" for p in req.parts)
            and (photographed_forms_allowed(campaign) or said_filled_and_photographed(own_words)))


PAPER_FORM_NOTE = "手工填写的纸质表拍照报送（通知允许或发件人说明），答复内容在照片里，请人工查看"


def the_one_form_photographed(campaign: Campaign, applicable, own_words: str) -> tuple[list[str], list[str]]:
    """Photos alone, no requirement named (审计局回执: 回执已填好，拍照发来): the unit's one requirement of fields only that
    the pictures may stand for, where the notice or the sender says so; ([], []) when none or several do."""
    forms = [r for r in applicable if takes_a_photographed_form(campaign, r, own_words)]
    if len(forms) != 1:
        return [], []
    return [forms[0].id], [f"{forms[0].title}（{PAPER_FORM_NOTE}）"]
