"""Walking the MIME tree: body text, attachments, forwarded mails.

The stdlib parser (policy compat32, which keeps raw 8-bit header bytes as
surrogate escapes) builds the tree; this module walks it iteratively with a
depth limit, so deep nesting cannot exhaust the Python stack here.
"""

from __future__ import annotations

import dataclasses
import email.message
import re
from email.parser import BytesHeaderParser, BytesParser
from email.policy import compat32


from collector.model import Attachment, ForwardedMail

from . import sniff
from .archives import ArchiveProblem, extract_members, is_locked
from .blobs import Blobs
from .charsets import decode_bytes
from .classify import removal_note
from .documents import extract_text
from .embedded import PictureProblem, pictures_in_document, workbooks_in_document
from .headers import decode_params, decode_words, parse_address
from .links import shortcut_target
from .markup import an_html_page
from .names import clean_filename, derived_name, extension_of
from .passwords import markup_words, passwords_in
from .photos import PhotoProblem, photo_info, picture_role
from .uuencode import files_in_text

MAX_DEPTH = 64  # MIME nesting walked
MAX_FORWARD_DEPTH = 3  # forwarded mail inside forwarded mail …
MAX_ARCHIVE_NEST = 2  # an archive inside an archive is opened, one level further is not
MAX_EXTRACTED_BYTES = 1024 * 1024 * 1024  # all archive members of one mail together
SIGNATURE_TYPES = {"application/pgp-signature", "application/pkcs7-signature", "application/x-pkcs7-signature"}
# a mail encrypted (or signed opaquely) with S/MIME: its text and files are inside one p7m, readable only with the
# office's private key (Outlook, Foxmail and government clients offer 加密 with a certificate)
SMIME_TYPES = {"application/pkcs7-mime", "application/x-pkcs7-mime"}
SMIME_PROBLEMS = {
    "signed-data": "邮件为 S/MIME 签名封装格式，正文和附件包在签名里，未能读取，请人工查看或请发件单位重发",
    "": "邮件已用 S/MIME 证书加密，正文和附件无法读取，请联系发件单位以不加密方式重发",
}
BODY_TYPES = {"text/plain", "text/html"}
# a zip-based Office file that its library cannot open is damaged (cut short by a relay, most often): the
# unit must send it again, so the mail goes to a person (a .wps LibreOffice cannot read is another matter)
BROKEN_WHEN_UNREADABLE = {"docx", "docm", "xlsx", "xlsm", "pptx", "ods", "odt", "ofd"}  # not PDFs: pypdf reads past damage
UNREADABLE = "failed: 文件无法读取"
ENCRYPTED = re.compile(r"crypt|password|密码", re.I)


def cut_short(ext: str, data: bytes, text_status: str | None) -> bool:
    """A zip-based Office file that starts as a zip does (PK) and that its library cannot open: cut short
    or damaged on the way. Not a file with a password (its own problem), nor one that only carries the name (a Mac's
    ._ AppleDouble twin)."""
    status = text_status or ""
    return (ext in BROKEN_WHEN_UNREADABLE and status.startswith(UNREADABLE) and not ENCRYPTED.search(status)
            and data.startswith(b"PK"))


def unflowed(text: str, delsp: bool) -> str:
    """A format=flowed body (RFC 3676, as QQ邮箱 and Apple Mail send it) with its soft line breaks joined: a line
    ending in a space continues on the next, the space dropped too with DelSp=yes (养马甸 / 子乡 is one name); the
    signature separator "-- " and quoted lines' depth changes end a paragraph."""
    out: list[str] = []
    joining = False
    depth_before = -1
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        content = content[1:] if content.startswith(" ") and depth else content  # space-stuffing after the quote marks
        content = content[1:] if not depth and line.startswith(" ") else content  # space-stuffing
        if joining and depth == depth_before:
            out[-1] += content
        else:
            out.append(">" * depth + (" " if depth else "") + content)
        joining = content.endswith(" ") and content != "-- "
        if joining and delsp:
            out[-1] = out[-1][:-1]
        depth_before = depth
    return "\n".join(out)


def opaque_signed_content(data: bytes) -> bytes | None:
    """The content a CMS SignedData (DER or BER) carries inside it, or None (not one, or detached)."""
    from asn1crypto import cms

    try:
        info = cms.ContentInfo.load(data)
        if info["content_type"].native != "signed_data":
            return None
        content = info["content"]["encap_content_info"]["content"]
        return None if content.native is None else bytes(content.native)
    except (ValueError, TypeError, KeyError):
        return None


TNEF_TYPES = {"application/ms-tnef", "application/vnd.ms-tnef"}
VOLUME_RE = re.compile(r"^(?P<archive>.+\.(?:zip|7z|rar))\.(?P<n>\d{3})$", re.I)
FORWARDED_TYPES = ("message/rfc822", "message/global")


class MailPart(email.message.Message):
    """An attached mail (message/rfc822) is kept as the bytes the sender attached:
    the stdlib parser would parse it in place, and its bytes could then only be
    re-serialised (headers refolded, line ends changed: not what was sent), and
    when it came transfer-encoded (163 web mail and QQ Mail forward a mail "as
    attachment" in base64, some gateways in quoted-printable) it would read the
    encoded text as a mail. Such a part tells the parser it is opaque; the walker
    decodes it like any file and opens the mail inside (Walker.add_file)."""

    def get_content_maintype(self):
        if self.get_content_type() in FORWARDED_TYPES:
            return "application"
        return super().get_content_maintype()


def mail_parser() -> BytesParser:
    return BytesParser(_class=MailPart, policy=compat32)


def parse_tree(raw: bytes, problems: list[str], blobs: Blobs | None = None) -> email.message.Message:
    """Parse bytes into a message tree; on pathological nesting keep only the
    headers and treat the body as opaque (recorded as a problem)."""
    try:
        msg = mail_parser().parsebytes(blobs.shrink() if blobs else raw)
        _skip_malformed_header_lines(msg)
        return msg
    except RecursionError:
        problems.append("邮件结构嵌套过深，无法解析，正文和附件未分析")
    except Exception as exc:  # the stdlib parser is lenient; this is a last resort
        problems.append(f"邮件结构无法解析（{type(exc).__name__}），正文和附件未分析")
    msg = BytesHeaderParser(policy=compat32).parsebytes(raw)
    msg.set_payload("")
    msg.set_type("text/plain")
    return msg


_HEADERISH = re.compile(r"^(?:[^\s:][^:\r\n]{0,200}:.*|[ \t].*)$")


def _skip_malformed_header_lines(msg: email.message.Message) -> None:
    """A header name with spaces (X-Script/function/\t !"…: v) makes the
    stdlib end the header block there and read the rest of the headers as
    the body. When everything up to the first blank line looks like header
    lines, drop them from the (single-part) body."""
    if msg.is_multipart() or not any(
        type(d).__name__ == "MissingHeaderBodySeparatorDefect" for d in msg.defects
    ):
        return
    payload = stored_payload(msg)
    if not isinstance(payload, str):
        return
    head, sep, rest = payload[:65536].partition("\n\n")
    if not sep:
        head, sep, rest = payload[:65536].partition("\r\n\r\n")
    lines = head.replace("\r\n", "\n").split("\n")
    if sep and lines and all(_HEADERISH.match(line) for line in lines):
        msg.set_payload(payload[len(head) + len(sep):])


def stored_payload(part: email.message.Message):
    """The payload as parsed (str with surrogate escapes, or list of parts).
    get_payload() would re-decode 8-bit text with the part's charset
    parameter, which is wasteful and raises on junk names ("a\\x00b")."""
    return part._payload


def raw_header(part: email.message.Message, name: str) -> str | None:
    """The first raw value of a header (surrogate escapes kept)."""
    name = name.lower()
    for key, value in part.raw_items():
        if key.lower() == name:
            return str(value)
    return None


def content_type_of(part: email.message.Message) -> tuple[str, dict[str, str]]:
    raw = raw_header(part, "content-type")
    if raw is None:
        return part.get_default_type(), {}
    main, params = decode_params(raw[:100_000])
    main = main.strip().lower()
    if main.count("/") != 1 or " " in main:
        return part.get_content_type(), params  # stdlib's fallback for junk types
    return main, params


@dataclasses.dataclass
class Collected:
    attachments: list[Attachment] = dataclasses.field(default_factory=list)
    forwarded: list[ForwardedMail] = dataclasses.field(default_factory=list)
    plain: list[str] = dataclasses.field(default_factory=list)
    html: list[str] = dataclasses.field(default_factory=list)  # markup, turned to text only if needed
    forwarded_plain: list[str] = dataclasses.field(default_factory=list)
    forwarded_html: list[str] = dataclasses.field(default_factory=list)
    part_types: list[str] = dataclasses.field(default_factory=list)
    volumes: list[int] = dataclasses.field(default_factory=list)  # pieces of split archives (NAME.zip.001)
    problems: list[str] = dataclasses.field(default_factory=list)
    extracted_bytes: int = 0
    # zips with a password, opened when the whole mail has been read (Walker.open_locked): (attachment
    # index, archive bytes, ext, nest, forward depth); the passwords the mail gives, None until then
    locked: list[tuple] = dataclasses.field(default_factory=list)
    passwords: tuple[str, ...] | None = None

    def problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)


class Walker:
    def __init__(self, out: Collected, blobs: Blobs | None = None) -> None:
        self.out = out
        self.blobs = blobs

    # -- tree -------------------------------------------------------------

    def walk(self, root: email.message.Message, parent: int | None = None, forward_depth: int = 0) -> None:
        stack: list[tuple[email.message.Message, int, bool]] = [(root, 0, True)]
        while stack:
            part, depth, is_root = stack.pop()
            if depth > MAX_DEPTH:
                self.out.problem(f"邮件结构嵌套超过 {MAX_DEPTH} 层，更深的部分已忽略")
                continue
            ctype, ct_params = content_type_of(part)
            if not forward_depth:  # a bounce a person forwards is that person's mail, not a bounce
                self.out.part_types.append(ctype)
            payload = stored_payload(part)
            if isinstance(payload, list):
                if ctype.startswith("message/"):
                    continue  # delivery-status and the like: headers only, no files
                children = [c for c in payload if isinstance(c, email.message.Message)]
                stack.extend((child, depth + 1, False) for child in reversed(children))
            elif ctype in SMIME_TYPES and ct_params.get("smime-type", "").lower() == "signed-data":
                inner = self.signed_entity(part, ct_params, parent, forward_depth)
                if inner is not None:
                    stack.append((inner, depth + 1, is_root))  # the mail inside the signature, read as the mail
            else:
                self.leaf(part, ctype, ct_params, parent, forward_depth, is_root)

    def signed_entity(self, part, ct_params: dict[str, str], parent, forward_depth: int) -> email.message.Message | None:
        """Outlook's 签名 without “以明文签名发送” (application/pkcs7-mime; smime-type=signed-data): the text and files
        are the MIME entity inside the PKCS #7, which needs no key to read. The smime.p7m is kept as the file it is
        (the signature, not checked here); None when it holds no entity (then the mail goes to a person, as before)."""
        data = self.payload_bytes(part)
        entity = opaque_signed_content(data)
        if entity is None:
            self.out.problem(SMIME_PROBLEMS["signed-data"])
        _, cd_params = decode_params((raw_header(part, "content-disposition") or "")[:100_000])
        self.add_file(self.pick_name(cd_params.get("filename"), ct_params.get("name")) or "smime.p7m", data,
                      "application/pkcs7-mime", inline=False, parent=parent, nest=0, forward_depth=forward_depth,
                      charset=None)
        return None if entity is None else BytesParser(policy=compat32).parsebytes(entity)

    def leaf(self, part, ctype: str, ct_params: dict[str, str], parent, forward_depth: int, is_root: bool) -> None:
        if ctype in SIGNATURE_TYPES:
            return
        if ctype in SMIME_TYPES:  # kept as the file it is (smime.p7m); what it holds cannot be read here
            self.out.problem(SMIME_PROBLEMS.get(ct_params.get("smime-type", "").lower(), SMIME_PROBLEMS[""]))
        disposition, cd_params = decode_params((raw_header(part, "content-disposition") or "")[:100_000])
        name = self.pick_name(cd_params.get("filename"), ct_params.get("name"))
        attached = disposition.startswith("attachment")
        if ctype.startswith("multipart/"):
            self.out.problem("邮件分段缺少有效分隔符，按文本读取")
            ctype = "text/plain"
        if ctype in BODY_TYPES and not name and not attached:
            self.body_part(part, ctype, ct_params.get("charset"), forward_depth)
            return
        if ctype.startswith("text/") and is_root and not name:
            self.body_part(part, "text/plain", ct_params.get("charset"), forward_depth)
            return
        data = self.payload_bytes(part)
        inline = disposition.startswith("inline") or (not disposition and part.get("Content-ID") is not None)
        self.add_file(name, data, ctype, inline=inline,
                      parent=parent, nest=0, forward_depth=forward_depth, charset=ct_params.get("charset"))

    @staticmethod
    def pick_name(*candidates: str | None) -> str | None:
        present = [c for c in candidates if c and c.strip()]
        for candidate in present:
            if "\ufffd" not in candidate:
                return candidate
        return present[0] if present else None

    def payload_bytes(self, part) -> bytes:
        payload = stored_payload(part)
        if self.blobs and isinstance(payload, str) and self.blobs.holds(payload):
            cte = str(part.get("content-transfer-encoding", "")).strip().lower()
            data = self.blobs.decode_payload(payload, cte)
            if data is not None:
                part.set_payload("")
                return data
            part.set_payload(self.blobs.expand_text(payload))
        try:
            data = part.get_payload(decode=True)
        except Exception as exc:
            self.out.problem(f"附件无法解码（{type(exc).__name__}），保留原始内容")
            data = str(stored_payload(part)).encode("utf-8", "surrogateescape")
        if not isinstance(data, bytes):
            data = b""
        part.set_payload("")  # free the encoded copy now that we hold the bytes
        return data

    def body_part(self, part, ctype: str, charset: str | None, forward_depth: int) -> None:
        data = self.payload_bytes(part)
        text, clean = decode_bytes(data, charset)
        if not clean:
            self.out.problem(f"正文字符集（{charset or '未声明'}）无法解码，部分字符丢失")
        if ctype == "text/html" or an_html_page(text):  # an OA's page sent as text/plain is still a page
            (self.out.forwarded_html if forward_depth else self.out.html).append(text)
            return
        _, ct_params = content_type_of(part)
        if ct_params.get("format", "").lower() == "flowed":
            text = unflowed(text, ct_params.get("delsp", "").lower() == "yes")
        text, files = files_in_text(text)
        (self.out.forwarded_plain if forward_depth else self.out.plain).append(text)
        for name, data in files:
            self.add_file(name, data, "application/octet-stream", inline=False, parent=None, nest=0,
                          forward_depth=forward_depth)

    # -- forwarded mails ----------------------------------------------------

    def add_forwarded(self, name, data: bytes, inner, inline: bool, parent, forward_depth: int) -> int:
        subject = decode_words(raw_header(inner, "subject") or "").strip()
        from_name, from_addr = parse_address(raw_header(inner, "from") or "")
        self.out.forwarded.append(
            ForwardedMail(from_addr=from_addr, from_name=from_name, subject=subject or None,
                          date=(decode_words(raw_header(inner, "date") or "").strip() or None))
        )
        if not name:
            name = (subject[:100] + ".eml") if subject else None
        index = self.append(name, data, "message/rfc822", "other", "eml", inline, parent)
        if forward_depth + 1 > MAX_FORWARD_DEPTH:
            self.out.attachments[index].problem = "转发邮件嵌套过深，未打开"
        else:
            self.walk(inner, parent=index, forward_depth=forward_depth + 1)
        return index

    # -- files --------------------------------------------------------------

    def append(self, name, data, ctype, kind, ext, inline, parent) -> int:
        index = len(self.out.attachments)
        clean, name_problems = clean_filename(name)
        attachment = Attachment(
            filename=clean or derived_name(index + 1, ext),
            content_type=ctype, kind=kind, data=data, inline=inline, parent=parent,
        )
        if name_problems:
            attachment.problem = "；".join(name_problems)
        self.out.attachments.append(attachment)
        return index

    def add_file(self, name, data: bytes, declared: str, inline: bool, parent, nest: int,
                 forward_depth: int, charset: str | None = None) -> int:
        kind, ctype, ext = sniff.detect(data, name, declared)
        if VOLUME_RE.match(name or "") and data:  # one piece of a split archive: opened when all are in
            index = self.append(name, data, ctype, "archive", ext, inline, parent)
            self.out.volumes.append(index)
            return index
        if ctype == "message/rfc822" and data:
            # an attached .eml, or a forwarded mail that came transfer-encoded: its own
            # big base64 bodies kept out of the stdlib parser like the mail's (blobs.py)
            inner_blobs = Blobs(data)
            try:
                inner = mail_parser().parsebytes(inner_blobs.shrink())
            except Exception:  # RecursionError on absurd nesting: keep it as a plain file
                inner = None
            if inner is not None and len(inner.keys()) > 0:
                return Walker(self.out, inner_blobs).add_forwarded(name, data, inner, inline, parent, forward_depth)
        index = self.append(name, data, ctype, kind, ext, inline, parent)
        attachment = self.out.attachments[index]
        if disguised := sniff.disguised_program(name, data):  # 说明\u202excod.exe, shown as 说明exe.docx
            attachment.problem = _join(attachment.problem, disguised)
        if kind != "archive" and (declared in TNEF_TYPES or (name or "").strip().lower() == "winmail.dat"):
            attachment.problem = _join(attachment.problem, "Outlook winmail.dat（TNEF）格式，其中的文件未解开")
        hollow = sniff.nothing_inside(name, kind)
        if hollow:
            attachment.problem = _join(attachment.problem, hollow)
        elif kind == "photo":
            try:
                attachment.photo = photo_info(data)
            except PhotoProblem as exc:
                attachment.problem = _join(attachment.problem, str(exc))
        elif kind == "document":
            if ext in ("txt", "csv") and charset:
                text, clean = decode_bytes(data, charset)
                attachment.text, attachment.text_status = (text, "ok") if clean else extract_text(data, ext)
            else:
                attachment.text, attachment.text_status = extract_text(data, ext)
            if ext == "txt" and (note := removal_note(attachment.filename, attachment.text)):
                attachment.problem = _join(attachment.problem, note)
            if cut_short(ext, data, attachment.text_status):
                attachment.problem = _join(attachment.problem, f"文件已损坏，打不开{attachment.text_status[len(UNREADABLE):]}，"
                                                               "可能是传输中被截断，请联系发件单位重发")
            self.open_document(index, ext)
            self.open_workbooks(index, ext, nest, forward_depth)
        elif kind == "archive":
            self.open_archive(index, ext, nest, forward_depth)
        elif ext in ("url", "webloc") and data:  # a saved link (百度网盘's share as a .url): where it points
            attachment.link_url = shortcut_target(data, ext)
        if twice := sniff.encoded_again(data, kind, ext, attachment.text_status):  # a file's base64 text, saved as it
            attachment.problem = _join(attachment.problem, twice)
        return index

    def open_archive(self, index: int, ext: str, nest: int, forward_depth: int) -> None:
        attachment = self.out.attachments[index]
        if nest >= MAX_ARCHIVE_NEST:
            attachment.problem = _join(attachment.problem, "压缩包嵌套超过两层，未解压")
            return
        self.open_members(index, attachment.data or b"", ext, nest, forward_depth)

    def open_members(self, index: int, data: bytes, ext: str, nest: int, forward_depth: int) -> None:
        """The members of the archive ``data`` (the attachment's own bytes, or its split volumes
        joined), as files under attachment ``index``."""
        if self.out.passwords is None and is_locked(data, ext):
            self.out.locked.append((index, data, ext, nest, forward_depth))
            return
        attachment = self.out.attachments[index]
        try:
            members = extract_members(data, ext, self.out.passwords or ())
        except ArchiveProblem as exc:
            attachment.problem = _join(attachment.problem, str(exc))
            return
        except Exception as exc:  # third-party archive code: never let it stop the mail
            attachment.problem = _join(attachment.problem, f"压缩包无法读取（{type(exc).__name__}: {exc}）"[:300])
            return
        if not members:
            attachment.problem = _join(attachment.problem, "Outlook winmail.dat（TNEF）中没有可读取的文件（可能已损坏，或只有正文）"
                                       if ext == "tnef" else "压缩包中没有可读取的文件")
        for member in members:
            size = len(member.data or b"")
            if self.out.extracted_bytes + size > MAX_EXTRACTED_BYTES:
                attachment.problem = _join(attachment.problem, "本邮件解压出的数据过多，其余未解压")
                return
            self.out.extracted_bytes += size
            name = member.name.rsplit("/", 1)[-1] or _less_the_compression(attachment.filename)
            if member.data is None:  # too big, unreadable: kept as a name with its problem, not a 0-byte file
                child = self.append(name, None, "application/octet-stream", "other", extension_of(name), False, index)
            else:
                child = self.add_file(name, member.data, "application/octet-stream",
                                      inline=False, parent=index, nest=nest + 1, forward_depth=forward_depth)
            if _escapes_its_folder(member.name):  # zip slip: "../../x" or "/etc/x" inside the archive
                self.out.attachments[child].problem = _join(
                    self.out.attachments[child].problem, f"压缩包内的文件路径指向包外（{member.name[:120]}），已只保留文件名"
                )
            if member.problem:
                self.out.attachments[child].problem = _join(self.out.attachments[child].problem, member.problem)

    def join_volumes(self) -> None:
        """黑山科乡台账及照片.zip.001 and .002 (7-Zip's split volumes, byte ranges of one archive): the
        archive they make, opened as one, its files under the first volume. A set with a volume
        missing (a gap, or the last ones: then it does not open) is said so and left shut."""
        sets: dict[str, dict[int, int]] = {}
        for index in self.out.volumes:
            m = VOLUME_RE.match(self.out.attachments[index].filename)
            if m:
                sets.setdefault(m.group("archive"), {})[int(m.group("n"))] = index
        for archive, pieces in sets.items():
            first = pieces[min(pieces)]
            missing = [n for n in range(1, max(pieces) + 1) if n not in pieces]
            if missing:
                self.out.attachments[first].problem = _join(
                    self.out.attachments[first].problem, f"分卷压缩包不全（缺第{'、'.join(map(str, missing))}卷），未解压")
                continue
            joined = b"".join(self.out.attachments[pieces[n]].data or b"" for n in sorted(pieces))
            before, problem = len(self.out.attachments), self.out.attachments[first].problem
            locked = len(self.out.locked)  # a set with a password is opened later (open_locked)
            self.open_members(first, joined, extension_of(archive), nest=0, forward_depth=0)
            if len(self.out.attachments) == before and len(self.out.locked) == locked:
                # .001 alone, or .001 and .002 of three: cannot tell
                self.out.attachments[first].problem = _join(
                    problem, f"分卷压缩包（收到第{'、'.join(map(str, sorted(pieces)))}卷）无法解压，可能缺少分卷或已损坏")

    def open_locked(self, subject: str, texts_apart: tuple[str, ...] = ()) -> None:
        """The zips with a password, opened once the whole mail is read, with the passwords its
        subject and text give (passwords.py), and those of the sender's later mails when the pipeline
        gives them (``texts_apart``: 解压密码另行发送); without one their members keep 文件已加密."""
        out = self.out
        texts = [subject, *out.plain, *out.forwarded_plain, *map(markup_words, out.html + out.forwarded_html),
                 *texts_apart]
        out.passwords = passwords_in(texts) if out.locked else ()
        locked, out.locked = out.locked, []
        for index, data, ext, nest, forward_depth in locked:
            self.open_members(index, data, ext, nest, forward_depth)

    # -- pictures inside documents -------------------------------------------

    def open_document(self, index: int, ext: str) -> None:
        """The pictures a document shows, as files of their own right after it."""
        def fetch(document):
            return pictures_in_document(document.data or b"", ext, document.text_status, document.filename)

        stem = self.out.attachments[index].filename.rsplit(".", 1)[0][:100]
        for number, picture in enumerate(self.taken_from_document(index, fetch, "图片"), 1):
            self.add_picture(index, f"{stem}_图{number}", picture.data)

    def open_workbooks(self, index: int, ext: str, nest: int, forward_depth: int) -> None:
        """The workbooks a Word document carries as Excel objects (the 台账 pasted at the end of a
        summary), as files of their own under it: 总结-嵌入表格1.xlsx."""
        def fetch(document):
            return workbooks_in_document(document.data or b"", ext)

        stem = self.out.attachments[index].filename.rsplit(".", 1)[0][:100]
        for number, workbook in enumerate(self.taken_from_document(index, fetch, "嵌入表格"), 1):
            self.add_file(f"{stem}-嵌入表格{number}.{workbook.ext}", workbook.data, "application/octet-stream",
                          inline=False, parent=index, nest=nest + 1, forward_depth=forward_depth)

    def taken_from_document(self, index: int, fetch, what: str) -> list:
        """What ``fetch`` takes out of document ``index`` (its pictures, its workbooks: items with
        .data), within the mail's MAX_EXTRACTED_BYTES; what goes wrong is said on the document."""
        document = self.out.attachments[index]
        try:
            found = fetch(document)
        except PictureProblem as exc:
            document.problem = _join(document.problem, str(exc))
            return []
        except Exception as exc:  # third-party document code: never let it stop the mail
            document.problem = _join(document.problem, f"文档中的{what}无法读取（{type(exc).__name__}）")
            return []
        taken = []
        for item in found:
            if self.out.extracted_bytes + len(item.data) > MAX_EXTRACTED_BYTES:
                document.problem = _join(document.problem, f"本邮件解压出的数据过多，文档中其余{what}未取出")
                break
            self.out.extracted_bytes += len(item.data)
            taken.append(item)
        return taken

    def add_picture(self, parent: int, stem: str, data: bytes) -> None:
        """A photo or screenshot becomes kind "photo"; a logo, seal or icon stays
        "other" (named for what it is); vector art (EMF, WMF, SVG) is left out."""
        kind, ctype, ext = sniff.detect(data, None, "application/octet-stream")
        if kind != "photo":
            return
        try:
            info = photo_info(data)
        except PhotoProblem:
            return  # a picture Pillow cannot read is no photo; the document keeps it
        role = picture_role(info, data)
        name = f"{stem}.{ext}" if role is None else f"{stem}（{role.split('（')[0]}）.{ext}"
        index = self.append(name, data, ctype, "photo" if role is None else "other", ext, False, parent)
        self.out.attachments[index].photo = info


def _less_the_compression(name: str) -> str:
    """报告.docx.gz -> 报告.docx: the one file a lone .gz / .bz2 / .xz holds."""
    return re.sub(r"\.(?:gz|bz2|xz)$", "", name, flags=re.I)


def _join(first: str | None, second: str) -> str:
    return f"{first}；{second}" if first else second


def _escapes_its_folder(member_path: str) -> bool:
    parts = member_path.replace("\\", "/").split("/")
    return member_path.startswith(("/", "\\")) or ".." in parts or (len(parts[0]) == 2 and parts[0][1] == ":")
