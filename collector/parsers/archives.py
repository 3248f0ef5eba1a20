"""Archive members, extracted in memory only (zip, 7z, rar, tar and its .tar.gz / .tgz / .tar.bz2 / .tar.xz, a
lone .gz / .bz2 / .xz file, and Outlook's winmail.dat).

Nothing is written to disk: members become bytes, the store writes blobs by
sha256, so a member name like ../../etc/passwd is just a label. Limits on
member count, total size and compression ratio stop zip bombs before any
member is decompressed; the archive then gets a problem and no members.
"""

from __future__ import annotations

import bz2
import dataclasses
import io
import lzma
import struct
import tarfile
import zipfile
import zlib

from .charsets import decode_header_bytes
from .memfile import memfile

MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, over the whole archive
RATIO_FLOOR = 8 * 1024 * 1024  # small archives may compress well (text)
# zipfile decrypts ZipCrypto in pure Python (under 1 MB/s): the encrypted bytes of one archive tried
MAX_DECRYPTED_BYTES = 32 * 1024 * 1024
ZIP_AES = 99  # WinZip AES (7-Zip's "AES-256" zip): zipfile cannot decrypt it
LOCKED = "文件已加密，无法读取"
WRONG_PASSWORD = "文件已加密，邮件中给出的密码不对，无法读取"
AES_LOCKED = "文件已用 AES 加密，无法自动解压，请人工解压"
TOO_BIG_TO_DECRYPT = f"加密文件过大（压缩包中加密文件合计超过 {MAX_DECRYPTED_BYTES // 1048576} MB），未自动解密，请人工解压"


@dataclasses.dataclass
class Member:
    name: str
    data: bytes | None
    problem: str | None = None


class ArchiveProblem(Exception):
    pass


def extract_members(data: bytes, ext: str, passwords: tuple[str, ...] = ()) -> list[Member]:
    """Members of an archive; raises ArchiveProblem when it must not (or
    cannot) be opened. ``passwords``: those the mail gives, tried on a zip's
    encrypted members (ZipCrypto)."""
    if ext == "zip":
        return _zip_members(data, passwords)
    if ext == "7z":
        return _7z_members(data)
    if ext == "rar":
        return _rar_members(data)
    if ext == "tnef":
        return _tnef_members(data)
    if ext == "msg":
        return _outlook_item_members(data)
    if ext in ("tar", "gz", "tgz", "bz2", "xz"):
        return _tar_members(data, ext)
    raise ArchiveProblem(f"{ext} 格式的压缩包不自动解压，请人工解压查看")


def check_limits(count: int, total: int, packed: int) -> None:
    if count > MAX_MEMBERS:
        raise ArchiveProblem(f"压缩包内文件过多（{count} 个，上限 {MAX_MEMBERS}），未解压")
    if total > MAX_TOTAL_BYTES:
        raise ArchiveProblem(f"压缩包解压后过大（{total // 1048576} MB，上限 {MAX_TOTAL_BYTES // 1048576} MB），未解压")
    if total > RATIO_FLOOR and total > MAX_RATIO * max(packed, 1):
        raise ArchiveProblem(
            f"压缩比异常（{total // max(packed, 1)}:1），疑似压缩炸弹，未解压"
        )


# --- zip ---------------------------------------------------------------------

def _unicode_path_extra(extra: bytes) -> str | None:
    """Info-ZIP Unicode Path extra field (0x7075), written by WinRAR, 7-Zip."""
    i = 0
    while i + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, i)
        body = extra[i + 4 : i + 4 + size]
        if tag == 0x7075 and len(body) > 5 and body[0] == 1:
            try:
                return body[5:].decode("utf-8")
            except UnicodeDecodeError:
                return None
        i += 4 + size
    return None


def zip_member_name(info: zipfile.ZipInfo) -> str:
    """Decode a zip entry name: UTF-8 flag, Unicode extra field, else the raw
    bytes as UTF-8 (macOS) or GB18030 (Chinese Windows, no flag)."""
    if info.flag_bits & 0x800:
        return info.filename
    unicode_name = _unicode_path_extra(info.extra)
    if unicode_name:
        return unicode_name
    try:
        raw = info.orig_filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    return decode_header_bytes(raw, oem_fallback=True)[0]


def is_locked(data: bytes, ext: str) -> bool:
    """Whether the archive is a zip with an encrypted member (opened once the mail's text is read)."""
    if ext != "zip":
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return any(i.flag_bits & 0x1 for i in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


class _Keys:
    """The mail's passwords for one archive: the one that opened a member is tried first on the
    next; the encrypted bytes decrypted are counted (MAX_DECRYPTED_BYTES)."""

    def __init__(self, passwords: tuple[str, ...]) -> None:
        self.passwords = list(passwords)
        self.budget = MAX_DECRYPTED_BYTES

    def afford(self, size: int) -> bool:
        self.budget -= size
        return self.budget >= 0

    def worked(self, password: str) -> None:
        self.passwords.remove(password)
        self.passwords.insert(0, password)


def _zip_members(data: bytes, passwords: tuple[str, ...] = ()) -> list[Member]:
    if _last_volume_of_a_split_zip(data):
        raise ArchiveProblem("这是分卷压缩包的最后一卷（.zip），要与 .z01 等其余分卷放在同一文件夹才能解压；"
                             "其余分卷可能在另一封邮件中，请人工合并解压")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ArchiveProblem(f"压缩包已损坏（zip：{exc}）") from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        check_limits(len(infos), sum(i.file_size for i in infos), len(data))
        keys = _Keys(passwords)
        members: list[Member] = []
        for info in infos:
            name = zip_member_name(info).replace("\\", "/")
            if info.flag_bits & 0x1:
                members.append(_locked_zip_member(zf, info, name, keys))
            elif info.file_size > MAX_MEMBER_BYTES:
                members.append(Member(name, None, "文件过大，未解压"))
            else:
                try:
                    members.append(Member(name, _zip_read(zf, info)))
                except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError,
                        ValueError, RuntimeError) as exc:
                    members.append(Member(name, None, f"文件无法读取（{exc}）"[:200]))
        return members


def _deflate64_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member stored with Deflate64 (method 9), inflated by inflate64 (py7zr's own inflater): its raw bytes
    after the local header, checked against the member's CRC."""
    import inflate64

    zf.fp.seek(info.header_offset)
    header = zf.fp.read(30)
    if header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile("local header missing")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    zf.fp.seek(info.header_offset + 30 + name_length + extra_length)
    content = inflate64.Inflater().inflate(zf.fp.read(info.compress_size))[: info.file_size + 1]
    if zlib.crc32(content) != info.CRC:
        raise zipfile.BadZipFile("CRC check failed (Deflate64)")
    return content


def _last_volume_of_a_split_zip(data: bytes) -> bool:
    """WinZip's and `zip -s`'s split zip: the .zip holding the central directory is the last of the volumes
    (.z01, .z02 … before it), its end record numbering its own disk above 0."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 66_000))
    return at >= 0 and len(data) >= at + 8 and int.from_bytes(data[at + 4:at + 6], "little") > 0


ZIP_DEFLATE64 = 9  # Windows Explorer's "send to compressed folder" for big files; zipfile cannot inflate it


def _zip_read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, pwd: bytes | None = None) -> bytes:
    if info.compress_type == ZIP_DEFLATE64 and not info.flag_bits & 0x1:
        content = _deflate64_member(zf, info)
    else:
        with zf.open(info, pwd=pwd) as handle:
            content = handle.read(info.file_size + 1)
    if len(content) > info.file_size:
        raise ArchiveProblem("文件实际大小与压缩包记录不符，未解压")
    return content


def _locked_zip_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, keys: _Keys) -> Member:
    """An encrypted member, opened with the first of the mail's passwords that fits (ZipCrypto: a
    wrong one fails on the header's check byte, or, one time in 256, on the CRC)."""
    if info.compress_type == ZIP_AES:
        return Member(name, None, AES_LOCKED)
    if not keys.passwords:
        return Member(name, None, LOCKED)
    if info.file_size > MAX_MEMBER_BYTES:
        return Member(name, None, "文件过大，未解压")
    if not keys.afford(info.compress_size):
        return Member(name, None, TOO_BIG_TO_DECRYPT)
    for password in list(keys.passwords):
        try:
            content = _zip_read(zf, info, password.encode("ascii"))
        except (RuntimeError, zipfile.BadZipFile, zlib.error, EOFError, lzma.LZMAError, OSError):
            continue  # not this password (zipfile's own messages name the member, never the password)
        except (NotImplementedError, ValueError) as exc:  # a method zipfile lacks: no password helps
            return Member(name, None, f"文件无法读取（{exc}）"[:200])
        keys.worked(password)
        return Member(name, content)
    return Member(name, None, WRONG_PASSWORD)


# --- 7z ----------------------------------------------------------------------

def _7z_members(data: bytes) -> list[Member]:
    import py7zr
    from py7zr.io import BytesIOFactory

    try:
        archive = py7zr.SevenZipFile(io.BytesIO(data), mode="r")
    except Exception as exc:
        raise ArchiveProblem(f"压缩包已损坏（7z：{exc}）"[:200]) from None
    with archive:
        if archive.needs_password():
            raise ArchiveProblem("压缩包有密码，请人工解压")
        infos = [i for i in archive.list() if not i.is_directory]
        check_limits(len(infos), sum(i.uncompressed or 0 for i in infos), len(data))
        factory = BytesIOFactory(MAX_MEMBER_BYTES + 1)
        try:
            archive.extract(path=None, targets=[i.filename for i in infos], factory=factory)
        except Exception as exc:
            raise ArchiveProblem(f"7z 压缩包无法解压（{exc}）"[:200]) from None
        members: list[Member] = []
        for info in infos:
            product = factory.products.get(info.filename)
            if product is None:
                members.append(Member(info.filename, None, "member missing from the archive"))
                continue
            product.seek(0)
            members.append(Member(info.filename, product.read()))
        return members


# --- rar ---------------------------------------------------------------------

def rar_member_name(info) -> str:
    """RAR 4 names without the Unicode flag are in the OEM code page (GBK on
    Chinese Windows); rarfile guesses UTF-16 / cp1252 for them."""
    import rarfile

    raw = getattr(info, "orig_filename", None)
    if isinstance(info, rarfile.Rar3Info) and not info.flags & rarfile.RAR_FILE_UNICODE and isinstance(raw, bytes):
        return decode_header_bytes(raw, oem_fallback=True)[0].replace("\\", "/")
    return info.filename.replace("\\", "/")


def _rar_members(data: bytes) -> list[Member]:
    import rarfile

    rarfile.tool_setup(unrar=False, unar=True, bsdtar=False, sevenzip=False, sevenzip2=False)
    with memfile(data, "collector-rar") as path:
        try:
            archive = rarfile.RarFile(path)
        except (rarfile.Error, OSError) as exc:
            raise ArchiveProblem(f"压缩包已损坏（rar：{exc}）"[:200]) from None
        with archive:
            if archive.needs_password():
                raise ArchiveProblem("压缩包有密码，请人工解压")
            infos = [i for i in archive.infolist() if not i.is_dir()]
            check_limits(len(infos), sum(i.file_size or 0 for i in infos), len(data))
            members: list[Member] = []
            for info in infos:
                name = rar_member_name(info)
                if (info.file_size or 0) > MAX_MEMBER_BYTES:
                    members.append(Member(name, None, "文件过大，未解压"))
                    continue
                try:
                    with archive.open(info) as handle:
                        members.append(Member(name, handle.read(MAX_MEMBER_BYTES + 1)))
                except (rarfile.Error, OSError, EOFError) as exc:
                    members.append(Member(name, None, f"文件无法读取（{exc}）"[:200]))
            return members


# --- tar, gzip, bzip2, xz ---------------------------------------------------------
# what a 信创 desktop (Kylin, UOS) makes with 压缩: a .tar.gz; a .gz / .bz2 / .xz of one file is opened too

def _tar_members(data: bytes, ext: str) -> list[Member]:
    raw = data if ext == "tar" else _decompressed(data, ext)
    try:
        with tarfile.open(fileobj=io.BytesIO(raw), mode="r:", encoding="utf-8", errors="surrogateescape") as tf:
            infos = [i for i in tf.getmembers() if i.isreg()]
            check_limits(len(infos), sum(i.size for i in infos), len(data))
            return [Member(_tar_member_name(i.name), tf.extractfile(i).read()) for i in infos]
    except tarfile.ReadError:
        if ext == "tar":
            raise ArchiveProblem("tar 压缩包已损坏，无法解压") from None
        return [Member("", raw)]  # one file compressed on its own: its name is the archive's less .gz (structure.py)


def _decompressed(data: bytes, ext: str) -> bytes:
    """The whole stream decompressed, refused past MAX_TOTAL_BYTES (or the ratio) before it is all in memory."""
    limit = min(MAX_TOTAL_BYTES, max(RATIO_FLOOR, MAX_RATIO * len(data)))
    if ext in ("gz", "tgz"):
        decompressor = zlib.decompressobj(wbits=47)  # gzip or zlib header
    elif ext == "bz2":
        decompressor = bz2.BZ2Decompressor()
    else:
        decompressor = lzma.LZMADecompressor()
    try:
        out = decompressor.decompress(data, limit + 1)
    except (zlib.error, OSError, lzma.LZMAError, EOFError) as exc:
        raise ArchiveProblem(f"{ext} 压缩文件已损坏，无法解压（{exc}）") from None
    if len(out) > limit:
        raise ArchiveProblem(f"压缩文件解压后过大（超过 {limit // 1048576} MB）或压缩比异常，未解压")
    return out


def _tar_member_name(name: str) -> str:
    """A tar member's name as written: UTF-8 (Linux), else GB18030 (a tar made on Chinese Windows)."""
    if any("\udc80" <= c <= "\udcff" for c in name):
        return decode_header_bytes(name.encode("utf-8", "surrogateescape"), oem_fallback=True)[0]
    return name


# --- winmail.dat (TNEF) ----------------------------------------------------------

def _tnef_members(data: bytes) -> list[Member]:
    """The files Outlook wrapped in winmail.dat when it sent the mail as rich text."""
    from tnefparse import TNEF

    try:
        tnef = TNEF(data)
    except Exception as exc:  # tnefparse raises plain ValueError / struct.error on damage
        raise ArchiveProblem(f"winmail.dat（TNEF）已损坏，其中的文件未解开（{type(exc).__name__}）") from None
    check_limits(len(tnef.attachments), sum(len(a.data or b"") for a in tnef.attachments), len(data))
    return [Member(_tnef_name(a, tnef.codepage), a.data or b"") for a in tnef.attachments]


# MAPI properties of an Outlook item's attachment (MS-OXMSG): its bytes, its long and its short file name
ATTACH_DATA, LONG_NAME, SHORT_NAME = "__substg1.0_37010102", "__substg1.0_3707", "__substg1.0_3704"


def _outlook_item_members(data: bytes) -> list[Member]:
    """The files of an Outlook item (.msg) attached to a mail (a mail dragged into a new one): each
    __attach_version1.0_#N storage's data, under its long file name (UTF-16, or the sender's code page)."""
    import olefile

    try:
        ole = olefile.OleFileIO(data)
    except Exception as exc:  # olefile raises OSError and its own errors on damage
        raise ArchiveProblem(f"Outlook 邮件项（.msg）已损坏，其中的文件未解开（{type(exc).__name__}）") from None
    with ole:
        storages = sorted({e[0] for e in ole.listdir(streams=True, storages=False)
                           if len(e) == 2 and e[0].startswith("__attach_version1.0_#")})
        members = []
        for storage in storages:
            if not ole.exists(f"{storage}/{ATTACH_DATA}"):
                continue  # an attached item or an OLE object, not a file
            name = _property_text(ole, storage, LONG_NAME) or _property_text(ole, storage, SHORT_NAME)
            members.append(Member(name or f"附件{len(members) + 1}", ole.openstream(f"{storage}/{ATTACH_DATA}").read()))
    check_limits(len(members), sum(len(m.data) for m in members), len(data))
    return members


def _property_text(ole, storage: str, tag: str) -> str:
    """A string property: 001F (UTF-16LE) or 001E (8-bit, read as GB18030 as a Chinese Outlook writes it)."""
    for kind, codec in (("001F", "utf-16-le"), ("001E", "gb18030")):
        path = f"{storage}/{tag}{kind}"
        if ole.exists(path):
            return ole.openstream(path).read().decode(codec, "replace").strip("\x00").strip()
    return ""


def _tnef_name(attachment, codepage: str | None) -> str:
    """The long file name Outlook stores as a MAPI property (already text), else the short one in
    the sender's code page (cp936 for 雷家店乡应急信息员名单.xlsx), which tnefparse reads as UTF-8."""
    try:
        name = attachment.long_filename()
    except UnicodeDecodeError:
        raw = attachment._name  # no public accessor for the undecoded name
        try:
            name = raw.decode(codepage or "gb18030")
        except (LookupError, UnicodeDecodeError):
            name = decode_header_bytes(raw)[0]
    if isinstance(name, bytes):
        name = decode_header_bytes(name)[0]
    return name.strip("\x00").strip()
