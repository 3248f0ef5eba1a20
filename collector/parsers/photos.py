"""Photo facts: EXIF time and camera, size after orientation, a small JPEG
thumbnail and a perceptual hash. JPEGs are decoded at reduced scale
(Image.draft), so a 12 MP photo costs a fraction of a full decode."""

from __future__ import annotations

import io
import warnings

import imagehash
from PIL import Image
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


def photo_info(data: bytes) -> PhotoInfo:
    """Read one photo; raises PhotoProblem when it cannot be read safely."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as img:
                return _read(img)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise PhotoProblem(f"image too large, not decoded (decompression bomb?): {exc}") from None
        except PhotoProblem:
            raise
        except Exception as exc:  # Pillow raises many types on broken files
            raise PhotoProblem(f"image unreadable: {type(exc).__name__}: {exc}"[:300]) from None


def _read(img: Image.Image) -> PhotoInfo:
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
    if img.format == "JPEG":
        img.draft("RGB", (THUMB_MAX, THUMB_MAX))
    if getattr(img, "n_frames", 1) > 1:
        img.seek(0)
    thumb = img.convert("RGB") if img.mode not in ("RGB", "L") else img.copy()
    thumb.thumbnail((THUMB_MAX, THUMB_MAX), Image.Resampling.BILINEAR, reducing_gap=2.0)
    if not heif and orientation in _TRANSPOSE:
        thumb = thumb.transpose(_TRANSPOSE[orientation])
    info.phash = str(imagehash.phash(thumb))
    out = io.BytesIO()
    thumb.save(out, "JPEG", quality=70, optimize=True)
    info.thumbnail = out.getvalue()
    return info
