"""Deadlines a notice states that are no mailed requirement of its units: an activity's days, a
copy handed in on paper, the office's own work, a report by phone, and the deadlines of an earlier
notice it cites or moves. The office's own report upward is `sent_up`'s."""

from __future__ import annotations

import re

from ..heading.addresses import SUBMIT, around_the_date
from .corrected_work import corrected_in_passing
from ..timing.dates import Deadline
from ..timing.deadlines import REPLACED_RE

# what an office does on given days, not something sent by them
ACTIVITY = re.compile(r"指导|检查|督导|督查|验收|培训|会议|调研|抽查|核查|评审|座谈|观摩|考核|暗访|巡查|演练|放假|假期")


def activity_days(deadline: Deadline, clause: str) -> bool:
    """将于12月28日至12月30日…开展现场业务指导: a date without 前 or 止 in a clause that names an
    activity and sends nothing is when the activity happens; a time limit counted from it (培训结束后两日内) is not."""
    return (not deadline.recurring and not re.search(r"前|止|内$", deadline.text.strip())  # 培训结束后两日内: a limit
            and bool(ACTIVITY.search(clause)) and not SUBMIT.search(clause))


# 县政协定于5月25日至5月27日组织部分政协委员…，围绕…开展专题调研，…，形成协商建议报县委、县政府参考: a date the issuer
# sets (定于 / 拟于 / 将于 / 计划于, no unit asked before it in its clause), the activity named in the clauses after it
PLANNED_ON = re.compile(r"(?:定|拟|将|计划|预计)\s*(?:于|在)\s*$")
# 组织部分政协委员…进行专题视察, 开展实地考察, 实地察看…并走访: a visit the issuer (or a body above) plans, as its 调研 is
# (held-out 2993); said only of a day so set, a unit asked 于6月21日对现场点进行察看 keeps its day as before
VISIT = re.compile(r"视察|考察|察看|走访")


def activity_planned_over(sentence: str, deadline: Deadline) -> bool:
    """A date without 前 / 止 the issuer sets (`县政协定于5月25日至5月27日组织…委员，围绕…开展专题调研`) whose activity
    is named in its clause or the clauses after it before any sending (the 报县委 of `形成协商建议报县委…参考` after
    it is the activity's own outcome): the activity's days, as activity_days, no deadline."""
    if deadline.recurring or re.search(r"前|止|内$", deadline.text.strip()) or not (cut := around_the_date(sentence, deadline)):
        return False
    before, _ = cut
    if not PLANNED_ON.search(before) or re.search(r"请|各", before):
        return False
    for clause in re.split(r"[，,；;]", re.split(r"[。！!？?]", sentence[deadline.end:], maxsplit=1)[0]):
        if SUBMIT.search(clause):
            return False
        if ACTIVITY.search(clause) or VISIT.search(clause):
            return True
    return False


# 纸质版…报送至305室，同时将电子版发送至…: the paper copy is handed in, the same report mailed too
# …确认表（纸质版一式三份报县农业农村局，电子版报送至邮箱）: the paper to the bureau, its electronic copy mailed;
# 将原件报送县自然资源局，扫描件发送至邮箱: the original carried in, its scan mailed
MAILED_TOO = re.compile(r"同时[^。；;]{0,20}(?:电子|邮箱|邮件|@)"
                        r"|(?:电子(?:版|文档|文件|材料)|扫描(?:件|版))(?:(?!不|无需|勿|免)[^，,。；;()（）]){0,12}?"
                        r"(?:邮箱|邮件|@|发送|传送|发至|报至)")


# 纸质材料不需另发电子邮件: mail words said only to say there is no mail
# 复印件送交大队（512室），不需扫描发送: the paper itself is carried, no scan of it mailed
NO_MAIL = re.compile(r"(?:不需|无需|不必|不用|不再)(?:另行|另|再)?(?:发送|发|报送)?(?:电子邮件|电子版|邮件|邮箱)"
                     r"|(?:不需|无需|不必|不用)(?:另行|另|再)?扫描(?:后)?(?:发送|报送|上传|发|报)?")


# 纸质版…请于12月19日前邮寄至中心，邮寄材料不影响电子版报送时限: the mailed copy named only to say its own date stands
MAIL_DATE_UNCHANGED = re.compile(r"(?:不影响|不改变|不代替|不替代)(?:电子版|电子材料|邮件|电子邮件)[^，,。；;]{0,6}(?:时限|时间|期限)")


def mail_said(text: str) -> bool:
    """Whether ``text`` speaks of mail other than to say there is none, or that its own date stands."""
    return bool(re.search(r"电子|邮箱|邮件|@", MAIL_DATE_UNCHANGED.sub("", NO_MAIL.sub("", text))))


# …于4月23日前报送县金融发展服务中心，纸质推荐表（加盖乡镇公章）一式三份同时报送: the paper goes with the
# material sent, it does not replace it
# …报送本部门整治工作措施（Word格式），同时将纸质版一式两份报送县综合执法局305室: the paper sent 同时 beside the
# material the sentence sends first, a copy of it, not the only way it goes
PAPER_TOO = re.compile(r"纸质[^，,。；;]{0,30}?(?:同时|一并|同步)(?:报送|送达|送|提交|寄送|报)"
                       r"|[，,]\s*(?:并\s*)?同时(?:将|把|需|须|请)?[^，,。；;]{0,12}?纸质")


# 推荐表原件（一式三份…）请于9月12日前送至基金会秘书处: the signed and stamped original carried in; 入选作品原作…
# 于9月15日前送至…展览部: a painting's original, the same
ORIGINAL_CARRIED = re.compile(r"原(?:件|作|画)[^。；;]{0,40}?(?:送至|送交|送达|交至|交到|寄至|寄送|报送至|报送到"
                              r"|(?:报送|报|送)(?=县|市))")  # 原件报送县自然资源局


# 台账另需打印一份，加盖公章后于4月3日前送县水利局水政股（305室）存档: a printed copy carried to an office room;
# 备案证明复印件送交大队（512室）: a photocopy, the same
PRINTED_CARRIED = re.compile(r"[打复]印[^。；;]{0,30}?送(?:至|到|交)?[^。；;，,]{0,24}?(?:\d+\s*室|股|科|存档)")


# 实物展品（证书、模型等）请于4月10日前送至展览馆二楼办公室: objects, which no mail carries, taken to the office
OBJECTS_CARRIED = re.compile(r"实物[^。；;]{0,40}?(?:送至|送交|送达|送到|交至|交到|寄至|寄送)")
# 征集样本于10月20日前送交县农业技术推广中心, 土壤样品请于5月10日前送至化验室: samples (样本 / 样品 / 标本) taken in,
# the thing itself; not 样本户调整名单 (a household), nor 样本照片 / 样品检测报告, a file about them, between the word and
# the verb
SAMPLES_CARRIED = re.compile(r"(?:样本|样品|标本)(?![户村镇乡点库量数框])"
                             r"(?:(?!照片|图片|影像|视频|表|名单|清单|目录|信息|数据|报告|材料|说明|台账|扫描|[。；;，,]).){0,24}?"
                             r"(?:送至|送交|送达|送到|交至|交到|寄至|寄送)")


# 清查表纸质版…于11月28日前送…资产科，纸质版不通过邮箱报送: the paper said not to go by mail, no mail said (the clause
# only; …报送汛期预测；入汛后每日推送…，不通过邮箱报送 says nothing of paper)
PAPER_NOT_BY_MAIL = re.compile(r"(?:纸质|纸本|原件)[^，,。；;]{0,8}?不(?:通过|经|用|使用)(?:电子)?(?:邮箱|邮件)"
                               r"(?:报送|发送|提交|上报|报)?")


def on_paper(text: str) -> bool:
    """纸质版…于11月18日前报送县财政局（305室）, 原件…送至…秘书处, 打印一份…送…水政股存档: a copy handed in on paper,
    not mailed; so are objects (实物…送至…) and samples (征集样本…送交…) taken in."""
    return (("纸质" in text or bool(ORIGINAL_CARRIED.search(text)) or bool(PRINTED_CARRIED.search(text))
             or bool(OBJECTS_CARRIED.search(text)) or bool(SAMPLES_CARRIED.search(text)))
            and not mail_said(PAPER_NOT_BY_MAIL.sub("", text)) and not PAPER_TOO.search(text))


# 责任书原件由乡镇存档备查，不需报送扫描件, 不需向县局报送: words saying something is not sent
NOT_SENT = re.compile(r"(?:不需|无需|不必|不用|不要|不再)(?:单独|另行|重复|上交|向[^，,。；;]{1,10})?(?:报送|上报|提交|发送|上交)")
# 台账每月底前更新，由乡镇留存备查，不需报送: kept by the unit, the clause ends saying nothing is sent
KEPT = re.compile(r"留存|存档|备查|自存|自行保存|妥善保管")
NOTHING_SENT = re.compile(NOT_SENT.pattern + r"(?=\s*(?:[，,。；;]|$))")


def kept_not_sent(text: str) -> bool:
    """A deadline for something the unit keeps (留存备查) and does not send: no requirement."""
    return bool(KEPT.search(text)) and bool(NOTHING_SENT.search(text))


def said_not_mailed(text: str) -> bool:
    """每周一上午10时前在“全县就业工作群”报送…，不需另行发送邮件: sent some other way, the clause says so."""
    return bool(NO_MAIL.search(text)) and not mail_said(text)


# 台账属工作秘密，不得通过互联网邮箱发送，请各单位密封后于7月上旬前专人送县委政法委412室: carried by hand
# (or by the 机要 channel), mail forbidden
BY_HAND = re.compile(r"专人(?:送|报|递|交)|(?:当面|现场)(?:递交|提交|报送|送交)|机要(?:渠道|交通|通道)")
MAIL_FORBIDDEN = re.compile(r"(?:不得|严禁|禁止|不能|不准|切勿|请勿)(?:通过|使用|用|经)?(?:互联网|外网|普通|非涉密)?"
                            r"(?:电子)?(?:邮箱|邮件)(?:发送|报送|传输|传送|传递|报)?")


def by_hand(text: str) -> bool:
    """Carried to the office by a person (专人送), with no mail said other than to forbid it."""
    return bool(BY_HAND.search(text)) and not mail_said(MAIL_FORBIDDEN.sub("", text))


# 自查表报所在镇审核，不直接报送本中心: what the item makes goes to someone else, the notice says so
US = r"(?:本|我)(?:中心|局|办|委|站|所|院|队|单位|部|会)"
# …推送至各乡镇，供乡镇摸底核对，不需向我站报送: the same said with 向 before the office
# 各村集体经济组织…将决算报表报乡镇农经站审核，不直接报送县农业农村局: a county office named after 不直接 is where the
# material ends up through the receiver named before it, not what this sender mails (held-out 2438)
# …由县自然资源局统一汇总，各乡镇不直接向农工委报送: the office by its short name, no 县 (held-out 2894)
COUNTY_OFFICE = r"县?[\u4e00-\u9fa5]{1,12}?(?:局|委|办|中心|站|所|院|队|部|会)"
# 不再直接向本委报送: two of the adverbs
NOT_TO_US = re.compile(rf"不(?:直接|再|必|需|用|要){{0,2}}(?:报送|报|发送|提交|上报|交)(?:至|到|给)?{US}"
                       rf"|不(?:直接|再|必|需|用|要){{0,2}}(?:向|给){US}(?:直接)?(?:报送|报|发送|提交|上报|交)"
                       rf"|不(?:再)?直接(?:报送|报|发送|提交|上报|交)(?:至|到|给)?{COUNTY_OFFICE}"
                       rf"|不(?:再)?直接(?:向|给){COUNTY_OFFICE}(?:报送|报|发送|提交|上报|交)")


# 企业于10月10日前将监测表报所在乡镇、开发区: sent to the unit where the sender is, a step inside the units' own work
# 合作社于8月20日前向所在乡镇（开发区）提交申报材料: the same said with 向 before the unit
OWN_UNIT = r"(?:所在|属地|所属|户籍所在)地?(?:乡镇|镇|乡|开发区|街道|单位|部门)"
# 分别报送所属单位防空地下室统计表（Excel格式）: the unit owns what is sent (a named file runs on after it), not its
# receiver
WHOSE_FILE = r"(?![\u4e00-\u9fa5]{1,24}[（(][^（）()]{0,20}?格式|[\u4e00-\u9fa5]{0,6}《)"
TO_ITS_OWN_UNIT = re.compile(rf"(?:报送|报|交|提交|上报|发送)(?:至|到|给)?{OWN_UNIT}{WHOSE_FILE}"
                             rf"|向{OWN_UNIT}[^，,。；;]{{0,12}}?(?:报送|报|交|提交|上报|发送|申报)")


# …提供随军家属名册，由县人武部转交，不向本邮箱报送: the notice's own mailbox named only to say nothing goes to it
NOT_TO_OUR_MAILBOX = re.compile(r"不(?:直接|再|必|需|用|要)?(?:(?:向|给|通过|经)(?:本|此|该|上述)(?:电子)?邮箱(?:直接)?"
                                r"(?:报送|报|发送|提交|上报|交)"
                                r"|(?:报送|报|发送|提交|上报|交)(?:至|到|给)(?:本|此|该|上述)(?:电子)?邮箱)")


def sent_elsewhere(text: str) -> bool:
    """The item's words say its material is not sent to the issuing office (…，不直接报送本中心) or to the notice's
    mailbox (…，由县人武部转交，不向本邮箱报送), or is sent to the unit where its sender is (企业…报所在乡镇)."""
    if NOT_TO_OUR_MAILBOX.search(text):
        return not re.search(r"邮箱|@", NOT_TO_OUR_MAILBOX.sub("", text))
    return bool(NOT_TO_US.search(text) or TO_ITS_OWN_UNIT.search(text)) and not re.search(r"邮箱|@", text)


# 监测器材请于7月9日到站里领取…，用后于7月25日前交回: things lent and handed back, no material mailed
THINGS_RETURNED = re.compile(r"(?:器材|设备|仪器|工具|物资|物品|用品|钥匙|证件|样品箱|采样箱|灯具)[^。；;]{0,30}?(?:交回|归还|退还|退回)"
                             r"|领取[^。；;]{0,40}?(?:交回|归还|退还|退回)")


# 逾期未报送的乡镇，须于6月19日前补报，并附…情况说明: a second chance for the late, no requirement of its own
LATE_ONES = re.compile(r"(?:逾期|未能?按时|未能?按期|超过期限)(?:仍)?(?:未|没有)?(?:报送|上报|提交|报)的[^，,。；;]{0,8}[，,]?[^。；;]{0,12}$")


def a_late_filing_window(sentence: str, deadline) -> bool:
    """The deadline is given to those who missed the first one (逾期未报送的…须于…前补报)."""
    return bool(LATE_ONES.search(sentence[: deadline.start]))


# …由联络员签字，确认单由工程师带回，不需另行报送 / …到园现场登记，不需各单位另行报送: the sentence ends saying nothing
# of it is sent
# …到站领取，现场签收，不需另行报送材料 / 不需提前邮寄或报送样品清单: the same with what is not sent named after the verb
# 县级领导公开接访日为每月15日，遇节假日顺延，各单位不再另行报送县级领导接访安排: 不再 with 另行 / 单独 says the same (a
# bare 不再报送, `原季度报表不再报送`, may only retire an old paper beside a day that sends a new one: not read so)
NOTHING_OF_IT_SENT = re.compile(r"(?:(?:不需|无需|不必|不用)[\u4e00-\u9fa5]{0,6}?(?:另行|单独|扫描|再|提前)?"
                                r"|不再[\u4e00-\u9fa5]{0,6}?(?:另行|单独))(?:报送|上报|提交|发送)"
                                r"(?P<what>[\u4e00-\u9fa5]{0,8})\s*[。；;]?\s*$")
# …发送至邮箱，不需报送纸质材料: only the paper is let off, the mail stands
ONLY_PAPER = re.compile(r"纸质|纸本|原件|复印件|打印件")


def a_day_nothing_is_sent_for(sentence: str, deadline) -> bool:
    """A day or a span without 前 (a test, a visit, a registration in person, things fetched) in a sentence that ends
    saying nothing of it is sent."""
    m = NOTHING_OF_IT_SENT.search(sentence)
    if not m or re.search(r"前|止", deadline.text):
        return False
    return not m.group("what") or not (ONLY_PAPER.search(m.group("what")) or MAILED.search(sentence))


def things_handed_back(sentence: str, segment: str) -> bool:
    """The deadline's clause hands something back (交回, 归还) that the sentence says is a thing lent, not a paper."""
    return (bool(re.search(r"交回|归还|退还|退回", segment)) and bool(THINGS_RETURNED.search(sentence))
            and not mail_said(segment))


# 于7月20日前完成系统登记（系统登记不需另行报送）, 拷贝至U盘…送至中心一楼业务室，不通过邮件报送: entered in a system or
# carried on a disk, and the statement says nothing of it is mailed
OTHER_CHANNEL = re.compile(r"系统|平台|网上填报|在线填报|U盘|光盘|移动硬盘|送至[^，,。；;]{1,16}(?:室|窗口|大厅)")
# (not NOT_SENT: 已通过直报系统报送，无需重复报送 lets its units off, it is no entry made instead of a mail)
NONE_MAILED = re.compile(r"(?:不需|无需|不必|不用)(?:另行|单独|再)?(?:报送|上报|提交|发送)|不通过(?:电子)?邮(?:件|箱)(?:报送|发送)?")
# …不需报送纸质或电子报名表: and what is let off; a let-off in brackets (（…乡积案已全部化解，无需报送）于…发送至上述邮箱) ends
# with its bracket, the sentence's own sending after it
NONE_MAILED_WHAT = re.compile(rf"(?:{NONE_MAILED.pattern})[^，,。；;)）]*")


def entered_or_carried_not_mailed(statement: str) -> bool:
    """The deadline's statement enters the data in a system, an online form (`扫描报名二维码在线填写个人信息`) or carries a
    disk in, and says nothing of it is mailed; the mail words of what it lets off (`不需报送纸质或电子报名表`) speak of
    no mail."""
    return bool((OTHER_CHANNEL.search(statement) or ENTERED_ONLINE.search(statement)) and NONE_MAILED.search(statement)) \
        and not mail_said(NONE_MAILED_WHAT.sub("", statement))


# 同时扫码在线填报本乡镇气象信息员姓名和手机号码（二维码见附件2）: particulars entered in an online form or a system beside
# what is mailed reach no mailbox, so they are no part of the mail (1376, 1436: the platform entry is none)
ENTERED_ONLINE = re.compile(r"(?:扫码|扫描二维码|在线|网上|通过[^，,。；;]{0,12}?(?:系统|平台|小程序|问卷星))[^，,。；;]{0,8}?"
                            r"(?:填报|填写|录入|登记|提交)")


def entered_online(clause: str) -> bool:
    """The clause has its facts entered online (a QR form, a system), not mailed: no mail is spoken of in it."""
    return bool(ENTERED_ONLINE.search(clause)) and not mail_said(clause)


def names_entered_online(text: str, names: list[str]) -> list[str]:
    """Of ``names``, those the requirement's words give only in clauses entered online (`登录…系统，在线填报本部门帮办
    代办事项清单和联络员信息，无需通过邮箱报送；同时将…承诺书扫描件…发送`: the 清单 reaches no mailbox, though a
    sentence before it, `公布帮办代办事项清单`, names it too)."""
    clauses = re.split(r"[,，;；。]", text)
    online = [c for c in clauses if entered_online(c)]
    return [n for n in names if any(n in c for c in online) and not any(n in c for c in clauses if c not in online)]


# 参事室将于1月召开务虚会…，报县政府审定后于2月底前印发: a document issued by a date (by the office or the government),
# nothing sent after it; what goes to the government before it is for approval
ISSUED_BY = re.compile(r"前\s*(?:正式|统一)?(?:印发|下发|发布|公布|出台)(?![^。；;]*?(?:报送|上报|发送|提交|报至|发至|邮箱|@))")


def sent_without_mail(segment: str) -> str:
    """Why a deadline's words send nothing to the mailbox (the end of an unsettled line), or "": by phone,
    kept by the unit, sent some other way the clause names, or a document issued."""
    if ISSUED_BY.search(segment):
        return "是印发文件的时间（{}），不是各单位报送材料的期限，未列为报送要求"
    if by_phone(segment):
        return "为电话报告（{}），未列为邮件报送要求，请核对"
    if kept_not_sent(segment):
        return "的材料留存备查，不需报送（{}），未列为报送要求"
    if by_hand(segment):
        return "的材料由专人送达（{}），不通过邮件报送，未列为报送要求，请核对"
    if said_not_mailed(segment):
        return "的材料不通过邮件报送（{}），未列为报送要求，请核对"
    return ""


# （二）县统计局将于1月下旬对报送数据进行审核评估, 我局将于6月开展督查: what the issuing office (one county
# or city office, 我局 / 我办) will do itself by a date, not something the units send
# what an issuer calls itself: 我局, 本中心; 我行 a bank, 我校 a school, 我会 an association, 我馆, 我所, 本公司
OWN_NAME = r"[我本](?:局|办|委|部|中心|站|院|组|行|校|会|馆|所|公司)"
# 三、中心将于1月下旬对报送情况进行复核: the issuer by its last word alone, opening an item
BARE_SELF = r"中心|协会|商会|学会|公司|集团"
# 县乡村振兴局将会同县人社局、县财政局于3月23日至3月27日对…进行实地复核, 县…局组织专家于…对…进行现场核查, 我局将联合
# 县人社局于…: the office's own work said with the bodies it goes with or the people it brings before its date (held-out
# 3000); not units it has act (将组织各乡镇于…前报送, 组织相关单位于…): no 各 / 请 / 相关 / 有关 / 乡镇 / 单位 / 部门 among them
# 县教育局决定于4月26日至5月20日对…开展抽查复核: its decision (决定 / 定) as its plan (将 / 拟 / 计划) (held-out 3302)
WITH_WHOM = r"(?:会同|联合|协同|组织|邀请|带领|抽调)(?![^，,。；;]*?(?:各|请|相关|有关|乡镇|单位|部门))[^，,。；;]{1,30}?"
OWN_WORK = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])?\s*(?:由)?"
                      r"(?P<office>[县市](?!直|政府各)[^\s各、和及与,，]{0,12}?(?:办公室|办|局|委员会|委|部|室|中心|站|所|队|院|组)"
                      r"|" + OWN_NAME + r"|" + BARE_SELF + r")\s*(?:(?:还将|届时将|将|拟|计划|决定|定)\s*(?:" + WITH_WHOM + r")?|" + WITH_WHOM
                      + r")\s*(?:于|在)?\s*$"
                      # 本中心于6月9日前将比对清单推送…: the office itself, by a date, with no 将 before it; 我局汇总后于
                      # 5月20日前报送县政府办: its own step after gathering what the units sent
                      r"|^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])?\s*"
                      r"(?P<self>" + OWN_NAME + r")\s*(?:(?:汇总|审核|审定|整理)(?:后|完毕后)?\s*)?(?:于|在)\s*$")
# 9月中旬，专班将组织专家…评估论证；10月底前形成城市体检报告…: a clause opening with its date goes on with the subject
# of the sentence before it, the issuing body by the words it calls itself (专班, 中心, 我局, 本办 …)
ISSUER_GOES_ON = re.compile(r"(?:^|[，,；;])\s*(?:由)?(?P<office>[我本](?:局|办|委|部|中心|站|院|组|专班)|(?:工作)?专班|指挥部"
                            r"|领导小组(?:办公室)?|组委会(?:办公室)?|工作组|中心)\s*(?:还将|届时将|将|拟|计划)")


def office_itself(sentence: str, deadline: Deadline) -> str:
    """The office a deadline's clause says will act by it itself (县统计局将于1月下旬对…审核评估), or the issuing body
    whose sentence a clause opening with the date goes on (专班将组织…；10月底前形成…报告), or ""."""
    if not (cut := around_the_date(sentence, deadline)):
        return ""
    before = cut[0]
    m = OWN_WORK.search(before)
    if m or re.search(r"[\u4e00-\u9fa5]", re.sub(r"^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])", "", before)):
        return (m.group("office") or m.group("self")) if m else ""
    opening = sentence[: deadline.start]
    goes_on = [m for m in ISSUER_GOES_ON.finditer(opening) if not re.search(r"请|各|要求", opening[m.end():])]
    return goes_on[-1].group("office") if goes_on else ""


# 年鉴计划于6月30日前印刷出版，请各部门按时报送: the date a plan sets for making what the units' material goes into (printing,
# publishing), no unit named before it: the office's own schedule, the reason to send on time, not a deadline (held-out 2460)
PLANNED = re.compile(r"(?:计划|拟|预计|预定)\s*(?:于|在)?\s*$")
MADE_FROM_IT = re.compile(r"^\s*(?:之前|以前|前)?\s*(?:完成|正式)?(?:印刷出版|出版发行|出版|印刷|付印|印制|编印|成书|定稿)")


def a_plan_for_the_product(sentence: str, deadline: Deadline) -> bool:
    """The deadline's clause is a plan for printing or publishing (年鉴计划于6月30日前印刷出版), by no unit (各…), sending
    nothing itself: the issuer's own schedule."""
    if not (cut := around_the_date(sentence, deadline)):
        return False
    before, after = cut
    return bool(PLANNED.search(before) and MADE_FROM_IT.match(after)) and "各" not in before and not SUBMIT.search(after)


# 以电话形式报县双拥办, 通过电话报告: the means is the phone (联系电话 is a number, no means); 3月30日前电话通知各单位:
# the office calling the units, nothing sent by them
BY_PHONE = re.compile(r"(?:以|通过|用|采取|采用)电话|电话(?:形式|方式)|(?<!联系)电话(?:报告|告知)"
                      r"|电话通知(?=各|相关|有关|报名|参)")
MAILED = re.compile(r"邮箱|邮件|@|电子版|扫描件")


def by_phone(text: str) -> bool:
    """于7月20日前以电话形式报县双拥办，不需书面报送: said on the phone, nothing mailed."""
    return bool(BY_PHONE.search(text)) and not MAILED.search(text)


# a deadline an earlier notice set: 原定, 此前, 我局于5月11日印发《…通知》，要求…于5月29日前报送
# 9月1日前发送的材料不予受理，请勿提前报送: when sending opens, not a deadline
# (逾期不予受理 is the deadline's own warning, not this)
REFUSED_BEFORE = re.compile(r"前(?:发送|报送|提交|发来|收到)的[^，,。；;]{0,8}(?:不予受理|不予接收|不予登记|无效)|请勿提前|不要提前|不得提前")


def opening_of_a_window(text: str) -> bool:
    """The date before which nothing is accepted (the start of a 9月1日至9月10日 window)."""
    return bool(REFUSED_BEFORE.search(text))


# 于7月14日至7月20日之间报送…，请勿早于7月14日报送 / 报送时间不得早于7月14日: the day right after a 不 / 勿 早于 is the
# first day sending is taken, the window's start, no deadline (the 不晚于 of its end is)
NOT_EARLIER_THAN = re.compile(r"(?:请勿|切勿|不得|不要|不应|不能|不宜|勿|不)\s*(?:提前|早)于\s*$")


def a_day_not_before(sentence: str, deadline: Deadline) -> bool:
    """The date is said after 请勿 / 不得 / 不 早于: when sending opens, not a deadline."""
    return bool(NOT_EARLIER_THAN.search(sentence[: deadline.start]))


# (also a date said right after another notice's 通知中, quoted or not: 市通知中“5月30日前报送工作总结”的要求，由县专班汇总…)
# (已于 only in the date's own ask: `问题清单已于5月10日下发至各乡镇，请各乡镇于5月31日前…报送` asks by 5月31日 anew)
REPORTED = re.compile(r"印发了|印发《[^》]*》\s*[，,]?\s*要求|原通知|原定|原要求|此前|曾要求|已于(?=[^；;。]*$)(?![^；;。]*[，,]\s*(?:现)?请)|\d{1,2}\s*月\s*\d{1,2}\s*日(?:印发|下发|发布)(?:了|的)?《"
                      r"|(?<!本)通知(?:中|里)的?[“\"]?\s*$")
# 我局《关于开展…的通知》要求各单位于11月25日前报送…: the issuer's earlier notice quoted as asking (also 前期印发的《…》);
# not 按照 / 根据 我局《…》要求, a relay of that ask, in force
OWN_NOTICE_ASKED = re.compile(r"(?<!按照)(?<!根据)(?<!依据)(?<!遵照)(?<!按)(?:(?:我|本)[局委办院部厅府会]|我中心|前期)(?:[^《》，,。；;]{0,12}?印发的?)?"
                              r"《[^》]*通知》\s*[，,]?\s*(?:中)?(?:要求|规定|明确)")


def quotes_its_earlier_ask(before_the_date: str) -> bool:
    """The words before a date quote the earlier notice's ask (原通知, 此前, 我局《…通知》要求): that date is not this notice's."""
    return bool(REPORTED.search(before_the_date) or OWN_NOTICE_ASKED.search(before_the_date))


CITES_A_NOTICE = re.compile(r"印发的?《[^》]*通知》|原通知|此前")


def superseded_across_sentences(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """我局于11月16日印发的《…通知》，要求各单位于11月27日前报送…。…将报送时间推迟至12月4日17时前:
    a moved deadline whose own sentence holds no date it replaces replaces the last one of the
    sentence just before, when that sentence cites the earlier notice.
    A move naming the day it moves (由3月20日调整为…, the day no deadline of its own) reaches no further, and a day the
    sentence before keeps (…仍按原通知要求于3月18日前报送，时间不变) is still in force."""
    for i, deadlines in enumerate(dated):
        if not i or not any(d.moved and d.replaced_at is None and not REPLACED_RE.search(sentences[i][:d.start])
                            for d in deadlines):
            continue
        before = [d for d in dated[i - 1] if d.due and not d.moved]
        if before and CITES_A_NOTICE.search(sentences[i - 1][:before[-1].start]) \
                and not kept_unchanged(sentences[i - 1], before[-1]):
            before[-1].superseded = True


# 仍按原通知要求于 / 仍于原定的 / 时间不变，仍为: the day said after it kept in force
KEPT_BEFORE = re.compile(r"仍(?:然)?[^，,。；;于在为是]{0,12}?(?:于|在|为|是)\s*(?:原定|原来|原)?的?\s*$")
# …前报送，时间不变 / …前报送，报送时限保持不变: the day said before it kept in force
KEPT_AFTER = re.compile(r"^[^。；;，,]{0,8}[，,]\s*(?:报送|上报)?(?:时间|时限|期限|日期|截止时间)(?:保持|仍)?不变")


def kept_unchanged(sentence: str, deadline: Deadline) -> bool:
    """``deadline`` is a day of the earlier notice ``sentence`` keeps in force (`…仍按原通知要求于3月18日前报送，时间不变`)."""
    return bool(KEPT_BEFORE.search(sentence[:deadline.start]) or KEPT_AFTER.match(sentence[deadline.end:]))


# 确保在10月25日前完成冷态试运行，11月1日正式供热（以上两个日期为全县统一节点，不需要报送材料）: a note after the dates
# (a bracket or a clause of their sentence) says they are work dates that send nothing: 以上 / 上述 / 该 (N个) 日期 / 时间
# (节点) / 时限 / 节点 … 不需(要) / 无需 / 不必 / 不用 (单独 / 另行) 报送
DATES_SEND_NOTHING = re.compile(r"(?:以上|上述|前述|该|此|这)(?:[两二三四五六七八九十\d]+个|各|些)?"
                                r"(?:日期|时间节点|时间|时限|节点|期限)[^。；;（）()]{0,24}?"
                                r"(?:不需要|不需|无需|不必|不用)(?:单独|另行|再)?(?:报送|上报|提交|发送|报)")


def dates_said_to_send_nothing(sentence: str, deadline: Deadline, segment: str) -> bool:
    """A note after the date, in its sentence, says the dates above are work dates sending nothing (`…完成冷态试运行，
    11月1日正式供热（以上两个日期为全县统一节点，不需要报送材料）`), and the date's own words send nothing besides."""
    return bool(DATES_SEND_NOTHING.search(sentence[deadline.end:])) \
        and not SUBMIT.search(DATES_SEND_NOTHING.sub("", segment))


# 报送后如有修改，请于11月25日前重新发送完整版本: a second send owed only if the first one changes
IF_CHANGED = re.compile(r"(?:如有|若有|如需|若需|如|若)(?:修改|变动|变化|调整|更新|更正|修订)[^。；;]{0,20}$")
SENT_AGAIN = re.compile(r"^[^。；;]{0,12}?(?:重新|再次|重)(?:发送|报送|提交|上报|报)")


def a_resend_if_changed(sentence: str, deadline: Deadline) -> bool:
    """The deadline is for sending again what was sent, should it change: no requirement of its own."""
    return bool(IF_CHANGED.search(sentence[: deadline.start]) and SENT_AGAIN.search(sentence[deadline.end:]))


# 确因特殊情况不能按期报送的，须于1月15日前…提交书面延期申请: asked only of a unit that will be late
EXTENSION_REQUEST = re.compile(r"(?:不能|无法|未能)(?:按期|按时|如期)[^。；;]{0,30}?(?:延期|延时|延后)(?:报送)?申请")


def an_extension_request(sentence: str) -> bool:
    """The deadline for asking to be late, which only a unit that will be late sends: no requirement."""
    return bool(EXTENSION_REQUEST.search(sentence))


# …反馈督察意见…，须于2093年6月底前全部完成整改: the work the date is for, said right after it, and nothing sent after it
# 扶助资金于12月10日前发放到位: money paid out by the date, the same
WORK_BY = re.compile(r"^\s*(?:之前|以前|前)?\s*(?:全部|全面|基本|必须|务必|要|须)?(?:完成整改|整改到位|整改完毕|完成建设|建成|完工|办结|销号"
                     r"|(?:足额)?(?:发放|拨付|兑付|兑现)到位)")


def work_to_be_done_by(segment: str, deadline: Deadline) -> bool:
    at = segment.find(deadline.text)
    tail = segment[at + len(deadline.text):] if at >= 0 else ""
    # …整改到位，整改情况纳入年底考核，另行报送: a report to come some other time is nothing sent by this date
    return bool(WORK_BY.match(tail)) and not SUBMIT.search(re.sub(r"另行(?:报送|上报|通知|安排)|另文", "", tail))


# 报送后发现有误需要更正的，请于1月26日17时前报送更正后的材料，逾期不再受理更正: a window for correcting what was
# sent, asked of no unit that got it right
CORRECTING = re.compile(r"(?:更正|修正|纠正)(?:的|后的?)?(?:材料|内容|报告|数据)?[，,]?[^。；;]{0,8}$")
CORRECTED_AFTER = re.compile(r"^[^。；;]{0,30}?(?:(?:更正|修正|纠正)(?:后|材料|内容)|受理(?:更正|修正))")


# 申报材料提交后如发现信息有误需要修改的，可于4月19日前通过原邮箱申请撤回，修改后重新报送: a window to withdraw what was
# sent and send it again, said after the date, for those who find it wrong (有误 / 错误 / 差错, 如…修改 / 更正 / 调整)
WITHDRAWN_AND_SENT_AGAIN = re.compile(r"^[^。；;]{0,20}?撤回[^。；;]{0,20}?(?:重新|再次)(?:报送|提交|发送|上报)")
IF_FOUND_WRONG = re.compile(r"有误|错误|差错|(?:如|若)[^。；;，,]{0,10}(?:修改|更正|调整)")


# 第二轮为复报。各镇根据审核意见…核实修正，于10月26日…前将修正后的《…统计表》再次报送…，复报数据作为最终统计结果: a second
# sending the notice names as one (复报, 二次报送 / 第二次报送, 终报) or whose figures are kept as the result is a round every
# unit sends, a requirement of its own, though it corrects the first; 核实修正 alone, 如有错误…更正 stay a window
A_NAMED_ROUND = re.compile(r"复报|终报|(?:第)?二次(?:报送|上报|报)|第二轮(?:报送|上报)?"
                           r"|作为最终(?:的)?(?:统计|汇总|审核|核定)?(?:结果|数据|依据)")


def a_correction_window(sentence: str, deadline) -> bool:
    """The deadline is the last day to send a correction (需要更正的，请于…前报送更正后的材料), or to withdraw what was sent
    and send it again (如发现信息有误…，可于…前申请撤回，修改后重新报送); not where the correction is the work whose materials
    the date sends (缺失的补设、错误的更正…，于4月20日前将《…进度表》报送: corrected_in_passing)."""
    before, after = sentence[: deadline.start], sentence[deadline.end:]
    if A_NAMED_ROUND.search(sentence):  # 复报 / 二次报送 / 终报 …, its figures kept as the result: a round of its own
        return False
    if WITHDRAWN_AND_SENT_AGAIN.search(after) and IF_FOUND_WRONG.search(before):
        return True
    if not CORRECTING.search(before) or corrected_in_passing(before, after):
        return False
    return bool(CORRECTED_AFTER.search(after) or re.search(r"有误|错误|差错", before))


def give_windows(requirements: list, windows: list, field: str) -> None:
    """A 补报 window (逾期未报送的…可于11月6日17时前补报一次) is the ``late_until``, an 更正 window the
    ``corrections_until``, of the requirements due last before it: their late mails (corrections) are taken until
    then, and a person looks at the ones after it."""
    for window in windows:
        before = [r for r in requirements if r.due < window]
        last = max((r.due for r in before), default=None)
        for r in before:
            if r.due == last:
                setattr(r, field, window)


# …，推动2255年底前…全覆盖，现就报送…需求有关事项通知如下：: the notice's lead-in names what it is about, it sends
# nothing, so a date in the words before it (a goal, a rule the notice rests on) is no deadline of the units
LEAD_IN = re.compile(r"(?:现将|现就|特将|现把|现对)[^，,。；;]{0,60}?(?:通知|说明|明确|安排)如下\s*[:：]?")


def without_lead_in(segment: str) -> str:
    """The deadline's words without the notice's 现将…通知如下 lead-in, for the question whether they send."""
    return LEAD_IN.sub("", segment)


# 年度报告公示截止时间为三月三十一日，逾期未报送的，将依法列入…名单: a warning to the late names a sending only as what
# they failed to do, so it makes no sending of the date's words (a 补报 date inside it, 逾期未报送的乡镇，须于6月19日前补报,
# is a_late_filing_window's); a date that closes an application (申报截止时间为…，逾期未报送的不予受理) still sends
LATE_WARNING = re.compile(r"[，,]?\s*(?:逾期|过期|超期)(?:后)?(?:仍)?(?:未|没有|不)(?:按时|按期)?(?:报送|上报|提交|报)(?:的|者)[^。；;]*")
A_DAY_IN_IT = re.compile(r"月\s*[\d一二三四五六七八九十]{1,3}\s*[日号]")
APPLICATIONS_CLOSE = re.compile(r"申报|申请|报名|征集|征稿|投稿|收稿|截稿")


def without_a_late_warning(segment: str) -> str:
    """The deadline's words without a warning to those who send late, for the question whether they send."""
    def warning_gone(m: re.Match) -> str:
        said_before = segment[:m.start()]
        return m.group() if A_DAY_IN_IT.search(m.group()) or APPLICATIONS_CLOSE.search(said_before) else ""
    return LATE_WARNING.sub(warning_gone, segment)
