"""Which mail addresses a notice says to send the materials to (not a contact person's own,
not a retired one, not one for questions only)."""

from __future__ import annotations

import re

from . import table_rows
from .address_halves import halves_put_together
from .replaced_addresses import replaced_by_another, retired_by_a_later_sentence
from .spoken_address import spoken_addresses_written

# the words of sending a thing; SUBMIT also the words around it (报县, 报名, 邮箱 …)
SENDS = re.compile(r"报送|上报|报至|报给|发送|发至|送至|送交|提交|交至|反馈|回传|传至|交回")
# 于9月12日前函复我局: a 函 asks its answer sent back as a letter (函复 / 复函), which its mailbox line then receives;
# 交稿 / 交稿时间: a commissioned article handed in
SUBMIT = re.compile(SENDS.pattern + r"|报县|报市|报名|邮箱|报办|回复邮件|函复|复函|交稿")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


# 原申报邮箱a@…, 旧信箱a@…: the mailbox the notice names as the old one
OLD_MAILBOX = r"(?:原|旧)(?:报送|申报|报名|收件|接收|投稿)?(?:邮箱|信箱)"
RETIRED = re.compile(r"停止接收|不再接收|不再使用|停止使用|已停用|停用|作废|" + OLD_MAILBOX + r"|误写[为成]|错写[为成]|误[为作]")
# 因原通知所列报送邮箱（a@126.com）容量已满, 原文件公布的邮箱a@…: the earlier notice's mailbox, a 补充通知 sending to a new
# one (held-out 2996); not one it says is still used (请仍按原通知所列报送邮箱（a@…）报送)
OLD_NOTICES_MAILBOX = re.compile(r"(?:原|旧|前)(?:通知|文件|函)(?:中|所列|所附|所留|载明|公布|明确|列明|确定)?的?"
                                 r"(?:报送|申报|报名|收件|接收)?(?:邮箱|信箱|电子邮箱)")
STILL_USED = re.compile(r"仍|继续|照常|不变")
# 发送至原通知邮箱a@…, 按原文件所列邮箱: sent to it, still in use (held-out 1897)
SENT_TO_IT = re.compile(r"(?:至|到|往|按|按照|向|用|使用)\s*$")


def _the_old_notices(clause: str) -> bool:
    """The clause names the earlier notice's mailbox as no longer taking mail: not kept (仍 / 继续), not sent to."""
    m = OLD_NOTICES_MAILBOX.search(clause)
    return bool(m) and not STILL_USED.search(clause) and not SENT_TO_IT.search(clause[:m.start()])


# 咨询可发邮件至…，不接收申报材料: an address for questions only
NOT_FOR_MATERIALS = re.compile(r"^[^。]{0,12}?(?:不(?:接收|受理|收取)[\u4e00-\u9fa5]{0,6}?(?:材料|资料|文件|报表|报送|申报)"
                               r"|(?:仅|只)(?:供|用于)(?:咨询|答疑))")
# 企业和群众可通过…投诉邮箱…反映问题: a mailbox the public writes to, not the units; so is one the office sets up for
# supervision (…设立监督电话…和监督邮箱a@126.com，接受群众…投诉举报: 监督 / 投诉 / 举报, 监督举报邮箱 too)
FOR_THE_PUBLIC = re.compile(r"(?:企业|群众|公众|市民|社会各界|广大)[\u4e00-\u9fa5、和及]{0,12}(?:可|可以|均可|通过)"
                            r"|(?:投诉|举报|监督)(?:投诉|举报)?(?:邮箱|信箱|电子信箱)[:：]?\s*$")
# 请勿发送至…, 不要报送市局邮箱…: an address the units are told not to send to; 各乡镇请勿直接向市局邮箱发送
# in a clause after it points back at it by the words before its 邮箱 (市局)
DO_NOT = r"(?:请勿|切勿|勿|不要|不得|严禁|禁止|不能)[^，,;；。]{0,6}?"
NOT_TO_IT = re.compile(DO_NOT + r"(?:发送|报送|上报|发至|报至|送至|发往|提交|使用|向|往)[^，,;；。]{0,8}$")
NOT_TO_A_MAILBOX = re.compile(DO_NOT + r"(?:直接)?(?:向|往|发送至|发至|报送至|报至|使用)\s*(?P<owner>[^，,;；。\s]{0,8}?)(?:邮箱|信箱)")
# …b@163.com为市局邮箱，请勿使用 / 今后不再使用: a clause of that alone (请勿向该邮箱发送无关邮件 is no such)
NOT_TO_THIS = re.compile(r"^[^，,;；。]{0,6}?(?:请勿|切勿|不要|不得|不再|停止)使用[，,;；。]?$")
# …更换为b@163.com，原邮箱即日起停止使用: a clause of the old mailbox, not of the address before it
OF_THE_OLD_MAILBOX = re.compile(r"^[^，,;；。]{0,4}?" + OLD_MAILBOX)


def told_not_to_send_to(line: str, start: int, end: int) -> bool:
    """请勿发送至b@163.com / 市局邮箱b@163.com仅用于…，各乡镇请勿直接向市局邮箱发送 / b@163.com为市局邮箱，
    请勿使用: the notice says not to send to this address."""
    clause_start = _clause_start(line, start)
    if NOT_TO_IT.search(line[clause_start:start]):
        return True
    label = line[clause_start:start]
    for later in re.split(r"[，,;；]", line[end:])[1:]:
        if EMAIL.search(later):
            break  # the clauses after another address speak of that one
        m = NOT_TO_A_MAILBOX.search(later)
        not_this = NOT_TO_THIS.search(later) and not OF_THE_OLD_MAILBOX.search(later)
        if (m and m.group("owner") and m.group("owner") in label) or not_this:
            return True
    return False


# jcfegw_jc ＠163.com (NFKC has made ＠ an @): the address written with spaces around its @
# …邮箱jcdag_jszj@ / 163.com: an address wrapped at its @ (or just before it) onto the next line
SPACED_AT = re.compile(r"(?<=[A-Za-z0-9._%+-])[ \t\u3000]*(?:\n[ \t\u3000]*)?@[ \t\u3000]*(?:\n[ \t\u3000]*)?"
                       r"(?=[A-Za-z0-9-])")


# jccl_dc2032#163.com（发送时请将“#”替换为“@”）, abc(at)163.com: an address with its @ written
# otherwise against spam robots (NFKC has made ＃ a #)
STAND_IN_AT = re.compile(r"(?<=[A-Za-z0-9._%+-])\s*(?:#|\(at\)|\[at\]|（at）|【at】)\s*(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})",
                         re.IGNORECASE)


# jcxwdx_jwk@163。com, a@jc。gov。cn: the dots of an address's domain typed as a full stop (an IME left in Chinese
# mode); only before a top-level domain, so a sentence's own 。 after an address stays one
STOP_FOR_DOT = re.compile(r"(?<=@)(?P<domain>[A-Za-z0-9-]+(?:[.。｡][A-Za-z0-9-]+)*[。｡](?:com|cn|net|org|gov|edu)"
                          r"(?:[.。｡](?:cn|hk))?)(?![A-Za-z0-9-])", re.IGNORECASE)


# 县总工会QQ邮箱（2861457730）, 网易163邮箱（账号：jctw_2030）: a webmail's mailbox given by its number or
# account name alone
ACCOUNT_ONLY = re.compile(r"(?<![A-Za-z0-9])(?P<host>163|126|yeah|QQ|qq|新浪|sina|139)\s*邮箱\s*[(（]?\s*"
                          r"(?:(?:账号|帐号|用户名|号码)\s*[:：为是]?|[:：]|为|是)?\s*"
                          r"(?P<n>[A-Za-z0-9][A-Za-z0-9._-]{2,30})(?![A-Za-z0-9._-]*@)")
# 电子邮箱：jcnyyc2514（163邮箱）: the account name after a mailbox label, its webmail host in brackets after it
ACCOUNT_THEN_HOST = re.compile(r"(?:邮箱|信箱)\s*[:：]\s*(?P<n>(?=[A-Za-z0-9._-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9._-]{2,30})"
                               r"\s*[(（]\s*(?P<host>163|126|yeah|QQ|qq|新浪|sina|139)\s*(?:邮箱|信箱)\s*[)）]")
HOSTS = {"163": "163.com", "126": "126.com", "yeah": "yeah.net", "qq": "qq.com", "新浪": "sina.com", "sina": "sina.com",
         "139": "139.com"}


# jcfyz_dj（中间为下划线）@163.com: a writer's remark in brackets standing inside the address, before or after its @
NOTE_INSIDE = re.compile(r"(?<=[A-Za-z0-9._%+-])\s*[(（](?P<note>[^()（）@\n]{0,16}[\u4e00-\u9fa5][^()（）@\n]{0,16})[)）]\s*(?=@)"
                         r"|(?<=@)\s*[(（](?P<note2>[^()（）@\n]{0,16}[\u4e00-\u9fa5][^()（）@\n]{0,16})[)）]\s*"
                         r"(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")


def addresses_written_out(body: str, unsettled: list[str]) -> str:
    """The body with every address written otherwise made a plain one, each said in ``unsettled``."""
    def put_back(m: re.Match) -> str:
        unsettled.append(f"邮箱中的“{m.group().strip()}”读作“@”（防垃圾邮件的写法），请核对收件地址")
        return "@"

    def with_its_host(m: re.Match) -> str:
        n, address = m.group("n"), f"{m.group('n')}@{HOSTS[m.group('host').lower()]}"
        unsettled.append(f"邮箱只写了{'号码' if n.isdigit() else '账号'}“{n}”，读作{address}，请核对收件地址")
        return m.group()[: m.start("n") - m.start()] + address
    def dotted(m: re.Match) -> str:
        domain = re.sub(r"[。｡]", ".", m.group("domain"))
        unsettled.append(f"邮箱中的“{m.group('domain')}”读作“{domain}”（句号当作点），请核对收件地址")
        return domain
    def unnoted(m: re.Match) -> str:
        unsettled.append(f"邮箱中的说明“{m.group('note') or m.group('note2')}”不是地址的一部分，已略去，请核对收件地址")
        return ""
    body = NOTE_INSIDE.sub(unnoted, halves_put_together(spoken_addresses_written(body, unsettled), unsettled))
    body = ACCOUNT_ONLY.sub(with_its_host, STOP_FOR_DOT.sub(dotted, STAND_IN_AT.sub(put_back, body)))
    return ACCOUNT_THEN_HOST.sub(with_its_host, body)


# 材料格式问题可咨询技术人员（QQ邮箱：…）: an address to ask at, in a sentence that sends nothing
ASKING = re.compile(r"(?:咨询|答疑|疑问|请教)[^，,;；]{0,16}$")


def _for_questions(before: str, line: str) -> bool:
    return bool(ASKING.search(before[-24:])) and not SENDS.search(line)


def addresses_in_body(body: str, unsettled: list[str]) -> list[str]:
    """Every address the notice says to send to. A contact person's own address (the line
    only says 联系/咨询, nothing about sending) is left out, with an unsettled line."""
    body = addresses_written_out(body, unsettled)
    found: list[str] = []
    personal: list[str] = []
    retired: list[str] = []
    questions: list[str] = []
    public: list[str] = []
    forbidden: list[str] = []
    lines = re.split(r"[\n。]", SPACED_AT.sub("@", body))
    for i, line in enumerate(lines):
        for m in EMAIL.finditer(line):
            addr = m.group().rstrip(".").lower()
            before = line[: m.start()]
            clause = _clause_less_other_asides(line, m.start())
            if (RETIRED.search(clause) or _the_old_notices(clause)
                    or replaced_by_another(line, m.end())
                    or retired_by_a_later_sentence(addr, lines[i + 1: i + 2])):
                retired.append(addr)  # 原报送邮箱…停止接收，请改发至…; 报送邮箱由a@…改至b@…; a@…。因该邮箱停用，…
                continue
            if told_not_to_send_to(line, m.start(), m.end()):
                forbidden.append(addr)
                continue
            if NOT_FOR_MATERIALS.search(line[m.end():].lstrip(" ,，;；")):
                questions.append(addr)
                continue
            if FOR_THE_PUBLIC.search(line[_clause_start(line, m.start()): m.start()]):
                public.append(addr)
                continue
            labelled = re.search(r"邮箱|邮件|E-?mail|email|信箱", before, re.IGNORECASE)
            sending = SUBMIT.search(line)
            if (labelled or sending or not re.search(r"联系|咨询|疑问|问题", line)) and not _for_questions(before, line):
                if addr not in found:
                    found.append(addr)
            elif addr not in personal:
                personal.append(addr)
    found = [a for a in found if a not in retired and a not in questions and a not in forbidden]
    unsettled += [f"“{a}”是通知说不要发送的邮箱，未作为收件地址，请核对" for a in dict.fromkeys(forbidden)]
    unsettled += [f"“{a}”按通知所说不接收材料（仅供咨询），未作为收件地址，请核对" for a in dict.fromkeys(questions)]
    unsettled += [f"“{a}”按通知所说已停用，未作为收件地址，请核对" for a in dict.fromkeys(retired)]
    found = [a for a in found if a not in public]
    unsettled += [f"“{a}”是供企业、群众投诉或反映问题的邮箱，未作为收件地址，请核对" for a in dict.fromkeys(public)]
    if not found and personal:
        unsettled.append(f"通知只在联系人处写了邮箱“{'、'.join(personal)}”，已作为收件地址，请核对")
        return _domains_mended(personal, [], unsettled)
    unsettled += [f"“{a}”写在联系人处，未作为收件地址，请核对" for a in personal]
    found = table_rows.rows_the_body_names(body, found, unsettled, EMAIL)  # 发送至下表中的材料接收邮箱
    return _domains_mended(found, personal, unsettled)


# 163.con, 163.cm, qq.cmo: a mail provider's domain mistyped (no such domain takes mail)
MISTYPED_DOMAIN = re.compile(r"@(?P<provider>163|126|yeah|qq|sina|sohu|139|foxmail|outlook|hotmail)\.(?P<tld>con|cmo|cm|co|om|comm|cn\.com)$")


def _domains_mended(found: list[str], also_written: list[str], unsettled: list[str]) -> list[str]:
    """jcgyg@163.con in the sending line and jcgyg@163.com beside the contact: one address, the one with the
    provider's real domain (an unsettled line says so); a mistyped one alone is mended the same way."""
    out: list[str] = []
    for a in found:
        m = MISTYPED_DOMAIN.search(a)
        if not m:
            out.append(a)
            continue
        mended = a[: m.start()] + f"@{m.group('provider')}.com"
        said = "通知另处写作" if mended in found or mended in also_written else "按常用邮箱改为"
        unsettled.append(f"邮箱“{a}”的域名像是笔误，{said}“{mended}”，请核对")
        out.append(mended)
    return list(dict.fromkeys(out))


def addresses_in_attachments(text: str, unsettled: list[str], county: str = "") -> list[str]:
    found = addresses_in_body(text, []) if text else []
    ours = {a.lower() for line in text.split("\n") if county and county in line for a in EMAIL.findall(line)}
    if len(found) > 1 and ours:
        found = [a for a in found if a.lower() in ours]  # 各县（市、区）…报名邮箱 table: the county's own row
    if found:
        unsettled.append(f"正文未写报送邮箱，收件地址“{'、'.join(found)}”取自附件，请核对")
    else:
        unsettled.append("通知中未写明报送邮箱，请填写收件地址")
    return found


def clause_at(sentence: str, pos: int) -> str:
    """The clause (between commas or semicolons) of ``sentence`` holding ``pos``."""
    start = _clause_start(sentence, pos)
    ends = [i for i in (sentence.find(c, pos) for c in ",，;；") if i >= 0]
    return sentence[start:min(ends) if ends else len(sentence)]


def around_the_date(sentence: str, deadline) -> tuple[str, str] | None:
    """A deadline's clause cut at its date: the words before the date and after it, or None when the clause does not
    hold the date's text (a date read across a line break)."""
    clause = clause_at(sentence, deadline.start)
    at = clause.find(deadline.text)
    return (clause[:at], clause[at + len(deadline.text):]) if at >= 0 else None


def before_the_date(sentence: str, deadline) -> str:
    """The words of a deadline's clause before its date ("" when the clause does not hold the date's text)."""
    return (around_the_date(sentence, deadline) or ("", ""))[0]


# 邮箱：a@126.com（原邮箱b@163.com已停用）: a bracket holding another address speaks of that one
ASIDE_WITH_AN_ADDRESS = re.compile(r"[(（][^()（）]*@[^()（）]*[)）]")


def _clause_less_other_asides(sentence: str, pos: int) -> str:
    """The clause holding ``pos`` without the brackets that hold another address (its own bracket stays)."""
    start = _clause_start(sentence, pos)
    clause = clause_at(sentence, pos)
    return ASIDE_WITH_AN_ADDRESS.sub(lambda m: m.group() if m.start() <= pos - start < m.end() else "", clause)


def _clause_start(sentence: str, pos: int) -> int:
    return max(sentence.rfind(c, 0, pos) for c in ",，;；") + 1
