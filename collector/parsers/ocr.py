"""Text in pictures, for a second look at a mail whose unit nothing else names: the first page of a scan
without a text layer (a stamped report, its 红头 on top) and the pictures inside a document (a 红头 made a
picture). tesseract with its simplified-Chinese model (Debian's tesseract-ocr-chi-sim), run on one picture at a
time through stdin, with a timeout; the picture never touches the disk.

OCR costs about 0.3 s for a 红头 banner and 2–3 s for a scanned page on a 2-core machine, so it is not run on
every mail: only where routing found no unit (pipeline.second_look), and at most COLLECTOR_OCR_BUDGET seconds
(default 120) in one poll run. COLLECTOR_NO_OCR=1 switches it off; without tesseract it is off,
and such mails stay for a person as before. COLLECTOR_OCR_CACHE (a folder) keeps what tesseract read of each
picture, by its bytes, for the next time the same picture is read (the test suite reads one mailbox several times)."""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

log = logging.getLogger(__name__)

LANGUAGE = "chi_sim"
TIMEOUT = 30  # seconds per picture
MAX_SIDE = 2000  # pixels: a page scanned at 300 dpi is read at about 170 dpi, enough for 公文 type
MAX_PICTURES = 4  # per mail
CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef])[ \t]+(?=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef])")


# seconds of OCR one poll run spends at most (pipeline.Context counts them): a mailbox full of spam with scanned
# brochures, each held for want of a unit, must not make a run take hours; the mails past it stay for a person
BUDGET = float(os.environ.get("COLLECTOR_OCR_BUDGET", "120"))


def enabled() -> bool:
    return os.environ.get("COLLECTOR_NO_OCR", "").strip() not in ("1", "true", "yes") and _installed()


@functools.cache
def _installed() -> bool:
    if not shutil.which("tesseract"):
        return False
    try:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=TIMEOUT).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return LANGUAGE in langs.split()


COMMAND = ["tesseract", "stdin", "stdout", "-l", LANGUAGE, "--psm", "3"]


@functools.cache
def _engine() -> str:
    """tesseract's version line, part of a cache key: an upgraded engine or model reads a picture afresh."""
    try:
        return subprocess.run(["tesseract", "--version"], capture_output=True, text=True, timeout=TIMEOUT).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def read_picture(data: bytes) -> str:
    """The text tesseract reads in one picture (Chinese without the spaces it puts between characters), or "" when
    the bytes are no picture or tesseract fails."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image = image.convert("L")
            if max(image.size) > MAX_SIDE:
                image.thumbnail((MAX_SIDE, MAX_SIDE))
            png = io.BytesIO()
            image.save(png, "PNG")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return ""
    picture = png.getvalue()
    key = hashlib.sha256(f"{_engine()} {' '.join(COMMAND)}".encode() + picture).hexdigest()
    if (known := _cached(key)) is not None:
        return known
    try:
        # one thread: tesseract's OpenMP threads only fight the parse workers (and each other) for the cores
        out = subprocess.run(COMMAND, input=picture, capture_output=True, timeout=TIMEOUT,
                             env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("tesseract failed: %s", type(exc).__name__)
        return ""
    text = out.stdout.decode("utf-8", "replace")
    text = "\n".join(CJK_GAP.sub("", line).strip() for line in text.splitlines() if line.strip())
    if out.returncode == 0:
        _remember(key, text)
    return text


def _cache_file(key: str) -> Path | None:
    folder = os.environ.get("COLLECTOR_OCR_CACHE")
    return Path(folder) / f"{key}.txt" if folder else None


def _cached(key: str) -> str | None:
    path = _cache_file(key)
    try:
        return path.read_text(encoding="utf-8") if path else None
    except OSError:
        return None


def _remember(key: str, text: str) -> None:
    """Written to a temporary name and renamed: another process reading the same picture sees all of it or none."""
    if not (path := _cache_file(key)):
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        log.warning("OCR cache not written: %s", type(exc).__name__)


def first_page_picture(pdf: bytes) -> bytes | None:
    """The largest picture the first page of a PDF draws (a scan's page), as its stored bytes."""
    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(pdf), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        images = list(reader.pages[0].images) if reader.pages else []
        best = max(images, key=lambda image: len(image.data), default=None)
        return best.data if best is not None else None
    except Exception:  # a damaged PDF: its text extraction has said so already
        return None


def read_pictures_of(parsed, load=lambda a: a.data, names: list[str] = (), county: str = "",
                     seconds: float = BUDGET) -> tuple[int, float]:
    """Give a mail's pictures their words: each picture inside a document adds its text to the document's, each
    scan without a text layer gets its first page's text (text_status "ocr"), a picture in the mail's body (a
    signature made a picture, 名片) adds its text at the body's end. Pictures in documents first (a 红头
    banner is quick), then scans; MAX_PICTURES in all. ``load``: an attachment's bytes (a parse worker has stored
    them and dropped them from the mail); ``names``: the roster's, to mend a misread character (names_mended);
    ``seconds``: what the run has left to spend. Returns (how many pictures gave text, seconds spent)."""
    files = parsed.attachments
    jobs = [(a, files[a.parent], False) for a in files
            if a.parent is not None and a.parent < len(files) and files[a.parent].kind == "document"
            and (a.content_type or "").startswith("image/")]
    jobs += [(a, a, True) for a in files if a.kind == "document" and a.text_status == "scanned"]
    jobs += [(a, None, False) for a in files if a.parent is None and a.inline and a.kind == "photo"]  # a signature card
    read, started = 0, time.monotonic()
    for source, target, scan in jobs[:MAX_PICTURES]:
        if time.monotonic() - started >= seconds:
            break
        data = load(source)
        if data and scan:
            data = first_page_picture(data)
        text = names_mended(read_picture(data), list(names), county) if data else ""
        if not text:
            continue
        if target is None:  # a picture in the mail's body (its signature made a picture): read as the body's last lines
            parsed.body_text = f"{parsed.body_text or ''}\n\n{BODY_PICTURE_LABEL}\n{text}".strip()
        elif scan:
            target.text, target.text_status = text, "ocr"
        else:
            target.text = f"{target.text or ''}\n{text}".strip()
        read += 1
    return read, time.monotonic() - started


BODY_PICTURE_LABEL = "（以下为邮件正文图片中识别的文字）"  # what the clerk sees above the words read from a signature card


# what stands after a unit's name in a 红头 or a 落款 (巴什罕乡人民政府, 县教育局党组), or before it (建昌县巴什罕乡)
NAME_FOLLOWED_BY = ("人民政府", "政府", "党委", "党组", "管委会", "办公室", "党政办")


def names_mended(text: str, names: list[str], county: str = "") -> str:
    """OCR misreads a character of a 红头 now and then (巴什罕乡 read 巴什军乡): a run of text one character off exactly
    one of ``names`` (the roster's, of the same length, three characters or more), where a unit's name stands —
    before 人民政府 / 党委 / 党组 …, or after the county's name — is taken for that name."""
    by_length: dict[int, list[str]] = {}
    for name in set(names):
        if len(name) >= 3:
            by_length.setdefault(len(name), []).append(name)
    known = set(names)
    out, i = [], 0
    while i < len(text):
        for length, candidates in by_length.items():
            window = text[i:i + length]
            if len(window) < length or window in known:
                continue
            anchored = text.startswith(NAME_FOLLOWED_BY, i + length) or bool(county and text[:i].endswith(county))
            near = [n for n in candidates if sum(a != b for a, b in zip(n, window)) == 1] if anchored else []
            if len(near) == 1:
                out.append(near[0])
                i += length
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)
