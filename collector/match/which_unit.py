"""Which unit a mail is when it names two: the sender only carries another's material (代发, 受…委托), a template or a
subject left over from another unit's mail, a file name against the document's own heading, the other name a unit
works under (农业农村局（乡村振兴局）), a one-character slip of a unit's name."""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.match.names import WEIGHTS, one_slip
from collector.match.units import senders_own_text
from collector.model import ParsedMail


# where the mail itself names a unit (not an address, not a passing mention)
NAMING_SOURCES = set(WEIGHTS) - {"address", "learned", "address_pinyin", "fwd_address", "body", "doc_body"}


def only_who_the_sender_was_against(hits, rival: str, unit: str) -> bool:
    """The rival stands only for the person who sends, while the mail itself names ``unit``.
    An address learned from earlier mails, against two naming places or more: a 包村干部's own QQ
    address, learned from the town's mail, sending the 农业农村局's table "代发" names the bureau.
    A mail signature, against the documents' own sign-off and two more places: a cadre moved from
    the 水利局 to 大屯镇 keeps the old signature under 大屯镇's subject, files and stamped report."""
    rival_sources = {h.source for h in hits if rival in h.units and h.source not in ("body", "doc_body")}
    unit_sources = {h.source for h in hits if h.units == (unit,) and h.source in NAMING_SOURCES}
    if rival_sources - {"body_lead"} == {"learned"}:  # …商务局的由新同事报送: the old unit spoken of, in passing
        return len(unit_sources) >= 2 + ("body_lead" in rival_sources)
    return (rival_sources == {"signature"} and bool({"doc_sign", "doc_head"} & unit_sources)
            and len(unit_sources - {"signature"}) >= 3)


ON_BEHALF = re.compile(r"代发|代为(?:报送|发送|上报|提交|转发)|代(?:其|他们|该[乡镇局])?(?:报送|上报)|委托(?:我|本)[乡镇局单位办]"
                       r"|由(?:我|本)(?:局|乡|镇|办|委|中心|单位)(?:统一|一并|负责)?(?:报送|上报|提交|发送)"
                       # 医疗保障局将…误发至我局邮箱，现转给你办: another unit's mail that came to the sender by mistake
                       r"|误发|错发|发错|(?:现|特|现将其?)转(?:给|交|发给?)(?:你|您|贵|县政府)")


FILE_SOURCES = ("filename", "doc_head", "doc_sign")


def _where_named(hits, rival: str, unit: str) -> tuple[set[str], set[str]]:
    """The places naming ``rival`` (the body and document text aside), and those naming ``unit`` alone."""
    return ({h.source for h in hits if rival in h.units and h.source not in ("body", "doc_body")},
            {h.source for h in hits if h.units == (unit,)})


def a_template_left_over(hits, rival: str, unit: str) -> bool:
    """作品说明 made from 贺杖子乡's form, its 报送单位 cell not changed: only a document's sign-off or
    unit cell names the rival, while the mail names ``unit`` in its subject and the sender's sign-off,
    or that document's own heading and two places of the mail (the subject, the sender's sign-off, a
    file name, the known address) do. A file named for the rival is no template left over."""
    rival_sources, unit_sources = _where_named(hits, rival, unit)
    if rival_sources != {"doc_sign"}:
        return False
    return ({"subject", "signature"} <= unit_sources
            or ("doc_head" in unit_sources and len(unit_sources & {"subject", "signature", "filename", "learned"}) >= 2))


def a_subject_left_over(hits, rival: str, unit: str) -> bool:
    """大屯镇公文评查 from 养马甸子乡, whose sign-off and file names are all its own: a subject copied from
    another unit's mail and not changed. Only the subject names the rival; the sender's sign-off and its
    file names name ``unit``."""
    rival_sources, unit_sources = _where_named(hits, rival, unit)
    return rival != unit and rival_sources == {"subject"} and {"signature", "filename"} <= unit_sources


def sent_on_behalf_of(parsed: ParsedMail, hits, units: list[str], campaigns: list[Campaign]) -> str | None:
    """西碱厂乡典型经验信息（杨树湾子乡代发）, 委托我乡代为报送: one unit sends another's material. The
    sender's words say so, and of the units named, one only is named by the files and their
    documents: it is the submission's unit, the sender only carries it."""
    units = list(dict.fromkeys(units))
    if len(units) < 2 or not ON_BEHALF.search(f"{parsed.subject or ''} {senders_own_text(parsed, campaigns)}"):
        return None
    by_files = [u for u in units if any(h.source in FILE_SOURCES and h.units == (u,) for h in hits)]
    return by_files[0] if len(by_files) == 1 else None


# a working body without a place of its own (镇志编委, 编纂委员会办公室, 领导小组办公室, 写作组)
WORKING_BODY = re.compile(r"编委|编纂|委员会|领导小组|专班|工作组|写作组|课题组")


COMMISSIONED = re.compile(r"受(?P<who>[^，,。；;]{2,30}?)(?:的)?委托")


def working_for(name: str, unit: str, parsed: ParsedMail, hits, campaigns: list[Campaign]) -> bool:
    """An off-roster sender who works for ``unit``: a company its words say the unit commissioned (受小德营子乡人民政府
    委托，我公司…), or a working body naming no place (镇志编委) where the files and two more places name the unit."""
    names = [n for c in campaigns for u in c.units if u.name == unit for n in u.all_names()]
    own = f"{parsed.subject or ''} {senders_own_text(parsed, campaigns)}"
    if any(any(n in m.group("who") for n in names) for m in COMMISSIONED.finditer(own)):
        return True
    sources = {h.source for h in hits if h.units == (unit,)}
    return (bool(WORKING_BODY.search(name)) and not any(u.name in name or any(a in name for a in u.all_names() if len(a) >= 2)
                                                         for c in campaigns for u in c.units)
            and bool(set(FILE_SOURCES) & sources) and len(sources & NAMING_SOURCES) >= 2)


def in_brackets_after(parsed: ParsedMail, hits, rival: str, unit: str) -> bool:
    """农业农村局（乡村振兴局）: a unit writing the other name it works under (合署办公, 一套班子两块牌子) in brackets after its
    own, every time the other is named: the mail is the first unit's."""
    said = [h.text for h in hits if h.units == (unit,)]
    others = {h.text for h in hits if rival in h.units and h.source not in ("body", "doc_body")}
    text = f"{parsed.subject or ''}\n{parsed.body_text or ''}"
    return bool(others) and all(
        any(re.search(re.escape(u) + r"\s*[(（]\s*(?:建昌县|县)?" + re.escape(o.removeprefix("建昌县").removeprefix("县"))
                      + r"\s*[)）]", text) for u in said) for o in others)


def a_file_name_against_the_document(hits, named: str, other: str) -> bool:
    """八家子镇防汛责任人回执.xlsx whose 单位 cell reads 药王庙镇: a neighbour's form used as a
    template and not renamed. Only the file name names ``named``; the document's own heading,
    form cell or sign-off names ``other``."""
    def sources(unit: str) -> set[str]:
        return {h.source for h in hits if h.units == (unit,) and h.source not in ("body", "doc_body")}
    return sources(named) == {"filename"} and bool({"doc_sign", "doc_head"} & sources(other))


def a_typo_of(name: str, unit: str, campaigns: list[Campaign]) -> bool:
    """汤王庙镇 in the subject of a mail the sign-off and the form give to 药王庙镇: one character off
    the unit's name (any but its kind), a slip of the keyboard, not another unit."""
    names = {n for c in campaigns for u in c.units if u.name == unit for n in u.all_names()}
    return len(name) >= 4 and any(one_slip(name, n) for n in names)  # 市林草局 for 县林草局: another level
