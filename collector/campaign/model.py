"""What a campaign is: one notice's units, requirements, parts and deadlines, as plain dataclasses.

Read from YAML by ``reading.py``; the files in force are found by ``files.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from zoneinfo import ZoneInfo

from collector.roster import Roster, Unit

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
# A campaign is open until this long after its last deadline (stragglers still
# route to a closed campaign; "closed" only orders the dashboard's list).
OPEN_AFTER_LAST_DUE = dt.timedelta(days=30)


class CampaignError(ValueError):
    """A campaign file that cannot be used (message says what and where)."""


# OFD (GB/T 33190) is what a 公文 system exports and seals: it stands for a PDF, and for the Word
# copy it was made from; an .xlsm workbook is an Excel one
# .xlsm (macros), .ods / .odt (OpenDocument, as 信创 desktops save) and templates saved by mistake
# (另存为“Excel模板”: .xltx, .xltm, .dotx, .dotm) hold the same content as the Excel or Word file asked
EXCEL, WORD = {"xlsx", "xls", "et"}, {"docx", "doc", "wps"}
# .mht: Word saved as 单个文件网页; .xml: Word saved as XML (only such an .xml is a document); .uot / .uos: UOF (永中)
STANDS_FOR = {"ofd": {"pdf"} | WORD, **dict.fromkeys(("xlsm", "ods", "xltx", "xltm", "uos"), EXCEL),
              **dict.fromkeys(("odt", "docm", "dotx", "dotm", "mht", "mhtml", "xml", "uot", "uof"), WORD),
              "ovkml": {"kml"}, "kmz": {"kml"},  # 奥维互动地图's own name for its KML; a KMZ is a zipped KML
              "xlsb": EXCEL,  # Excel's binary workbook
              # a sound recording in another common audio format where mp3 / m4a / wav are asked (Windows 录音机's .wma)
              **dict.fromkeys(("wma", "aac", "amr", "ogg", "opus", "flac"), {"mp3", "m4a", "wav"}),
              "geojson": {"kml", "kmz", "dxf", "shp"},  # a vector map of its own (两步路, QGIS) where one is asked
              # a scanner's or a phone's own picture format where pictures are asked (扫描0001.bmp for a JPG)
              **dict.fromkeys(("bmp", "tif", "tiff", "webp", "heic", "heif", "gif"), {"jpg", "jpeg", "png"})}


FIXED_LAYOUT = {"ofd", "pdf"}


def is_workbook(ext: str) -> bool:
    """An Excel workbook, or a file that stands for one (.xlsm, .xlsb, .ods, …)."""
    return ext in EXCEL or STANDS_FOR.get(ext) == EXCEL
EDITABLE = re.compile(r"可编辑|可修改|可以编辑|editable", re.I)


@dataclasses.dataclass
class Part:
    """One thing a requirement needs: a document, photos, or a fact read from text."""

    id: str
    title: str  # Chinese, shown in missing_parts
    kind: str  # document | photo | field
    words: list[str] = dataclasses.field(default_factory=list)  # naming a matching document
    pattern: str | None = None  # regex for a field, searched in body and document text
    min_count: int = 1
    formats: list[str] = dataclasses.field(default_factory=list)  # document file extensions; empty: any
    embedded_photos_count: bool = True  # photo parts: photos found inside a document count
    links: bool = False  # the notice lets this part come as a download link (超大附件, 网盘): a working one counts

    def takes_format(self, ext: str) -> bool:
        """A file of extension ``ext`` is in a format this part asks (any, when it names none). A fixed-layout file
        (OFD, PDF) stands for no Word copy the part's title asks to be editable (可编辑Word版)."""
        if ext in FIXED_LAYOUT and EDITABLE.search(self.title or ""):
            return ext in self.formats
        return not self.formats or ext in self.formats or bool(STANDS_FOR.get(ext, set()) & set(self.formats))


@dataclasses.dataclass
class Requirement:
    id: str
    title: str
    due: dt.datetime  # aware
    units: list[str]
    parts: list[Part] = dataclasses.field(default_factory=list)
    hints: list[str] = dataclasses.field(default_factory=list)  # words that point to it
    description: str = ""
    # 补报截止: the last minute a late mail is still taken (逾期未报送的…可于11月6日17时前补报一次，逾期不再受理);
    # a mail for it after that goes to a person. None: late mails are filed late, whenever they come
    late_until: dt.datetime | None = None
    # 更正截止: the last minute a correction of what was sent is taken (报送后发现有误需要更正的，请于1月26日17时前报送更正后的
    # 材料…逾期不再受理更正); a correction after it goes to a person. None: corrections are taken whenever they come
    corrections_until: dt.datetime | None = None
    # 承办单位分解表: which unit answers each numbered item the notice assigns (建议第3号 → 县教育局), as the notice
    # writes the number; empty where the notice assigns none (match/assigned.py, status/assigned.py)
    assigned: dict[str, str] = dataclasses.field(default_factory=dict)

    def part(self, part_id: str) -> Part | None:
        return next((p for p in self.parts if p.id == part_id), None)


@dataclasses.dataclass
class SharedSlot:
    """Units that share one submission of a requirement (one interview for two bureaus)."""

    requirement: str
    units: list[str]


@dataclasses.dataclass
class Campaign:
    id: str
    title: str
    timezone: str
    units: list[Unit]
    requirements: list[Requirement]
    shared_slots: list[SharedSlot] = dataclasses.field(default_factory=list)
    mailbox_addresses: list[str] = dataclasses.field(default_factory=list)  # where mail is sent
    subject_hints: list[str] = dataclasses.field(default_factory=list)  # words of its mails
    county: str = ""  # 建昌县: names of other counties' units are not ours
    office_names: list[str] = dataclasses.field(default_factory=list)  # the receiving office
    notice_text: str = ""  # quoted copies of it are ignored by the matcher
    # the papers the other campaigns in force ask, by their words (load_campaigns): a document named so is theirs
    others_papers: tuple[str, ...] = ()
    source: str = ""  # file it was read from
    notice_date: dt.date | None = None  # the date printed on the notice: mails before it cannot answer it
    roster: Roster | None = dataclasses.field(default=None, repr=False, compare=False)  # its units came from
    receipts: bool = False  # reply to each filed mail (collector/outbox/)
    reminders: list[dt.timedelta] = dataclasses.field(default_factory=list)  # before each deadline
    # 名额: how many people a unit may nominate, by unit name or by kind (town, township, ...)
    quota: dict[str, int] = dataclasses.field(default_factory=dict)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def opens(self) -> dt.datetime | None:
        """From when mail can answer it: the notice's date, at 00:00 office time."""
        if self.notice_date is None:
            return None
        return dt.datetime.combine(self.notice_date, dt.time(0, 0), tzinfo=self.tz)

    @property
    def last_due(self) -> dt.datetime | None:
        return max((r.due for r in self.requirements), default=None)

    def is_open(self, now: dt.datetime) -> bool:
        last = self.last_due
        return last is None or now <= last + OPEN_AFTER_LAST_DUE

    def unit_by_name(self, name: str) -> Unit | None:
        return next((u for u in self.units if u.name == name), None)

    def requirement(self, req_id: str) -> Requirement | None:
        return next((r for r in self.requirements if r.id == req_id), None)

    def requirements_for(self, unit: str | Unit) -> list[Requirement]:
        name = unit.name if isinstance(unit, Unit) else unit
        return [r for r in self.requirements if name in r.units]

    def quota_of(self, unit: str) -> int | None:
        """The unit's 名额: set for it by name, else for its kind; None where the campaign sets none."""
        u = self.unit_by_name(unit)
        if u is None:
            return None
        return self.quota.get(u.name, self.quota.get(u.kind))

    def slot_units(self, requirement: str, unit: str) -> list[str]:
        """Units whose submissions of ``requirement`` also count for ``unit`` (itself included)."""
        for slot in self.shared_slots:
            if slot.requirement == requirement and unit in slot.units:
                return list(slot.units)
        return [unit]

