"""Photo facts: EXIF time and camera, size after orientation, a small JPEG
thumbnail and a perceptual hash.

The thumbnail and the hash come from the cheapest picture of the photo there is:
the preview a phone embeds (a JPEG's EXIF IFD1, a HEIC's thumbnail item) when it
is at least MIN_EMBEDDED_THUMB on its longer side and has the photo's shape;
otherwise the photo itself, a JPEG decoded at reduced scale (Image.draft, 1/8 for
most photos). Decoding a 4 MB phone JPEG even at 1/8 costs ~35 ms of entropy
decoding; its preview ~1 ms. A photo over DEFER_DECODE_BYTES with no usable
preview is left undecoded unless the caller needs it now (defer=False): the
mail parser files it without thumbnail and hash, and the next run fills them in
(collector/thumbnails.py), so the cost of a first poll does not grow with the
photos' weight. The hash is imagehash.dhash of a 9x8 grey reduction,
so a preview and the photo it shows hash within the near-duplicate distance
(tests/parsers/test_photos_preview.py)."""

from __future__ import annotations

import io
import warnings

import imagehash
import pillow_heif
from PIL import ExifTags, Image
from pillow_heif import register_heif_opener

from collector.model import PhotoInfo

register_heif_opener()

THUMB_MAX = 320
_TAG_ORIENTATION = 0x0112
_TAG_MAKE = 0x010F
_TAG_MODEL = 0x0110
_TAG_DATETIME = 0x0132
_TAG_DATETIME_ORIGINAL = 0x9003
_EXIF_IFD = 0x8769
_TAG_PREVIEW_OFFSET = 0x0201  # JPEGInterchangeFormat, in IFD1
_TAG_PREVIEW_LENGTH = 0x0202
MAX_PREVIEW_SHAPE_DRIFT = 0.03  # a letterboxed preview, or one left over from before a crop, is not the photo


_T = Image.Transpose
_TRANSPOSE = {2: _T.FLIP_LEFT_RIGHT, 3: _T.ROTATE_180, 4: _T.FLIP_TOP_BOTTOM, 5: _T.TRANSPOSE,
              6: _T.ROTATE_270, 7: _T.TRANSVERSE, 8: _T.ROTATE_90}


class PhotoProblem(Exception):
    """The image cannot be read safely (bomb, truncated, not an image)."""


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="ignore")
    value = str(value).replace("\x00", "").strip()
    return value or None


def _iso_time(value) -> str | None:
    text = _text(value)
    if not text or len(text) < 19 or text.startswith("0000"):
        return None
    date, _, time = text[:19].partition(" ")
    date = date.replace(":", "-")
    return f"{date}T{time}" if time else date


def _camera(make: str | None, model: str | None) -> str | None:
    if make and model and model.lower().startswith(make.lower()):
        return model  # "Canon Canon EOS 80D" -> "Canon EOS 80D"
    return " ".join(part for part in (make, model) if part) or None


def photo_info(data: bytes, *, defer: bool = True) -> PhotoInfo:
    """Read one photo; raises PhotoProblem when it cannot be read safely.
    A heavy photo with no embedded preview comes back without its thumbnail and
    hash (None), for collector/thumbnails.py, unless defer=False."""
    if data[4:12] in _HEIF_BRANDS:
        info = _heif_from_embedded_thumbnail(data)
        if info is not None:
            return info
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as img:
                return _read(img, defer and len(data) > DEFER_DECODE_BYTES)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise PhotoProblem(f"图片尺寸过大，未解码（疑似解压炸弹）：{exc}") from None
        except PhotoProblem:
            raise
        except Exception as exc:  # Pillow raises many types on broken files
            raise PhotoProblem(f"图片无法读取（{type(exc).__name__}: {exc}）"[:300]) from None


_HEIF_BRANDS = {b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypmsf1", b"ftypheim", b"ftypheis", b"ftyphevc"}
MIN_EMBEDDED_THUMB = 160
# Above this, a photo with no embedded preview costs 20 ms or more to decode (~9 ms per MB
# of JPEG; a HEIC's HEVC image far more): its thumbnail and hash wait for the next run.
DEFER_DECODE_BYTES = 2_000_000


def _heif_from_embedded_thumbnail(data: bytes) -> PhotoInfo | None:
    """iPhones embed a small thumbnail in each HEIC: decoding it instead of the
    12 MP HEVC image is ~20x faster. None when there is no usable one."""
    try:
        heif = pillow_heif.open_heif(data, convert_hdr_to_8bit=True)
        primary = heif[heif.primary_index]
        sizes = primary.info.get("thumbnails") or []
        usable = [i for i, size in enumerate(sizes) if size >= MIN_EMBEDDED_THUMB]
        if not usable:
            return None
        width, height = primary.size  # libheif reports the size after rotation
        if width * height > Image.MAX_IMAGE_PIXELS:
            raise PhotoProblem(f"图片尺寸过大，未解码（疑似解压炸弹）：{width}x{height}")
        index = min(usable, key=lambda i: sizes[i])
        thumb = primary.get_thumbnail(index).to_pillow().convert("RGB")  # already rotated too
        exif = Image.Exif()
        if primary.info.get("exif"):
            exif.load(primary.info["exif"])
    except PhotoProblem:
        raise
    except Exception:
        return None  # the full decode below reports what is wrong
    sub = exif.get_ifd(_EXIF_IFD) if exif else {}
    return _finish(
        PhotoInfo(
            width=width, height=height,
            taken_at=_iso_time(sub.get(_TAG_DATETIME_ORIGINAL) or exif.get(_TAG_DATETIME)),
            camera=_camera(_text(exif.get(_TAG_MAKE)), _text(exif.get(_TAG_MODEL))),
        ),
        thumb,
    )


def _finish(info: PhotoInfo, thumb: Image.Image) -> PhotoInfo:
    thumb.thumbnail((THUMB_MAX, THUMB_MAX), Image.Resampling.BILINEAR, reducing_gap=2.0)
    # The difference hash: it tells a resent or resized photo from another one
    # (tests/parsers/test_photos.py) like the DCT hash (imagehash.phash) does,
    # without loading SciPy (16 MB per process) for one 32x32 transform.
    info.phash = str(imagehash.dhash(thumb))
    out = io.BytesIO()
    thumb.save(out, "JPEG", quality=70, optimize=True)
    info.thumbnail = out.getvalue()
    return info


def _thumbnail_size(size: tuple[int, int]) -> tuple[int, int]:
    """The thumbnail's own size: asking the JPEG decoder for just that (not a
    THUMB_MAX square) lets it scale by 1/8 instead of 1/4 for most photos."""
    width, height = size
    scale = min(1.0, THUMB_MAX / max(width, height, 1))
    return max(1, int(width * scale)), max(1, int(height * scale))


def _read(img: Image.Image, defer_decoding: bool = False) -> PhotoInfo:
    exif = img.getexif()
    sub = exif.get_ifd(_EXIF_IFD) if exif else {}
    orientation = exif.get(_TAG_ORIENTATION, 1) if exif else 1
    width, height = img.size
    heif = img.format in ("HEIF", "AVIF")
    # pillow-heif hands out the image already rotated; JPEG/PNG/WebP are not.
    if not heif and orientation in (5, 6, 7, 8):
        width, height = height, width
    info = PhotoInfo(
        width=width,
        height=height,
        taken_at=_iso_time(sub.get(_TAG_DATETIME_ORIGINAL) or exif.get(_TAG_DATETIME)),
        camera=_camera(_text(exif.get(_TAG_MAKE)), _text(exif.get(_TAG_MODEL))),
    )
    thumb = _exif_preview(img, exif) if img.format == "JPEG" else None
    if thumb is None:
        if defer_decoding:
            return info  # thumbnail and hash: collector/thumbnails.py, in the next run
        thumb = _decoded_small(img)
    thumb.thumbnail((THUMB_MAX, THUMB_MAX), Image.Resampling.BILINEAR, reducing_gap=2.0)
    if not heif and orientation in _TRANSPOSE:
        thumb = thumb.transpose(_TRANSPOSE[orientation])
    return _finish(info, thumb)


def _decoded_small(img: Image.Image) -> Image.Image:
    """The photo itself, decoded at the smallest scale the decoder offers."""
    if img.format == "JPEG":
        img.draft("RGB", _thumbnail_size(img.size))
    if getattr(img, "n_frames", 1) > 1:
        img.seek(0)
    if img.mode in ("RGB", "L"):
        return img  # thumbnail() resizes it in place: no copy of the decoded photo
    if img.mode in ("P", "PA", "LA", "RGBA"):
        return img.convert("RGBA").convert("RGB")  # palette transparency needs RGBA first
    return img.convert("RGB")


def _exif_preview(img: Image.Image, exif: Image.Exif) -> Image.Image | None:
    """The JPEG preview a phone or camera writes in EXIF IFD1, stored like the
    photo (not yet rotated); None when there is none or it does not show this photo."""
    raw = img.info.get("exif")
    if not raw or not exif:
        return None
    try:
        ifd1 = exif.get_ifd(ExifTags.IFD.IFD1)
        offset, length = ifd1.get(_TAG_PREVIEW_OFFSET), ifd1.get(_TAG_PREVIEW_LENGTH)
        if not offset or not length:
            return None
        start = offset + (6 if raw.startswith(b"Exif\0\0") else 0)  # offsets count from the TIFF header
        preview = Image.open(io.BytesIO(raw[start:start + length]))
        if preview.format != "JPEG" or not _same_shape(preview.size, img.size):
            return None
        preview.draft("RGB", _thumbnail_size(preview.size))
        return preview.convert("RGB")
    except Exception:  # a broken preview: the photo itself is read instead
        return None


def _same_shape(preview: tuple[int, int], photo: tuple[int, int]) -> bool:
    if max(preview) < MIN_EMBEDDED_THUMB or min(preview) < 1 or min(photo) < 1:
        return False
    ratio, wanted = preview[0] / preview[1], photo[0] / photo[1]
    return abs(ratio - wanted) <= MAX_PREVIEW_SHAPE_DRIFT * wanted


# --- pictures inside documents ---------------------------------------------------

# The inline-image rule of the status stage (status.MIN_INLINE_PHOTO_SIDE): a
# picture whose longer side is shorter than this is a logo, an icon or signature art.
MIN_PHOTO_SIDE = 300
MAX_PHOTO_ASPECT = 6  # longer than 6:1 is a rule, a banner or a letterhead strip
_SAMPLE_SIDE = 64


def picture_role(info: PhotoInfo | None, data: bytes) -> str | None:
    """Why a picture found inside a document is not a photo or a screenshot
    ("图标或标志", "印章", "装饰线条", "空白图片"), or None when it is one."""
    if info is None or not info.width or not info.height:
        return "无法读取的图片"
    longer, shorter = max(info.width, info.height), min(info.width, info.height)
    if longer < MIN_PHOTO_SIDE:
        return f"图标或标志（小于 {MIN_PHOTO_SIDE} 像素）"
    if longer > MAX_PHOTO_ASPECT * shorter:
        return "装饰线条或横幅"
    if _looks_like_a_seal(data):
        return "印章"
    if _blank(data):
        return "空白图片"
    return None


def _looks_like_a_seal(data: bytes) -> bool:
    """A seal (公章) as offices insert it: red strokes on a transparent or white
    ground. A photo or a screenshot has other colours in it."""
    pixels = _sampled(data, _SAMPLE_SIDE)
    if pixels is None:
        return False
    ink = [(r, g, b) for r, g, b, a in pixels if a >= 128 and min(r, g, b) < 215]
    if not ink or len(ink) > 0.6 * len(pixels):
        return False  # a seal leaves most of its square empty
    red = sum(1 for r, g, b in ink if r > 130 and r > g + 50 and r > b + 50)
    return red >= 0.85 * len(ink) or (len(ink) <= 0.05 * len(pixels) and _a_seal_alone_on_a_page(data))


_CLOSER_SIDE = 128


def _sampled(data: bytes, side: int) -> list | None:
    """The picture's RGBA pixels, sampled down to ``side`` (None when it cannot be read)."""
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.format == "JPEG":
                img.draft("RGB", (side * 2, side * 2))
            img.thumbnail((side, side))
            return list(img.convert("RGBA").get_flattened_data())
    except Exception:
        return None


def _blank(data: bytes) -> bool:
    """Nothing drawn on it (a white page behind a PDF's text, an empty frame): looked at closely, no pixel darker than
    paper. A page with words, a signature or a seal on it has some."""
    pixels = _sampled(data, _CLOSER_SIDE)
    return pixels is not None and not any(a >= 128 and min(r, g, b) < 230 for r, g, b, a in pixels)


def _a_seal_alone_on_a_page(data: bytes) -> bool:
    """A seal pasted on an otherwise empty page (a typed paper exported with its page as one picture): sampled as
    small as a seal is, its strokes blur into pink, and a signature's or a grid's thin lines fade out. Looked at
    closer, every stroke is red, or red thinned by the white around it; a signature or a table's lines are not."""
    pixels = _sampled(data, _CLOSER_SIDE)
    if pixels is None:
        return False
    ink = [(r, g, b) for r, g, b, a in pixels if a >= 128 and min(r, g, b) < 215]
    red = sum(1 for r, g, b in ink if r > 130 and r - max(g, b) >= 0.6 * (255 - min(g, b)))
    return bool(ink) and red >= 0.85 * len(ink)
