"""Thumbnails and hashes from the preview a phone embeds in its JPEG (team issue #16).

The photos are made the way bench/phonegen.py makes the benchmark's: a noisy
scene, the EXIF block a phone writes, and its IFD1 preview.
"""

import datetime as dt
import io

import imagehash
import pytest
from PIL import Image, ImageOps

from bench import phonegen
from collector.parsers.photos import MIN_EMBEDDED_THUMB, THUMB_MAX, photo_info

TAKEN = dt.datetime(2023, 5, 15, 9, 30, 12)
SIZE = (1344, 1008)  # a 12 MP phone's 4:3 at 1/3, to keep the tests quick


def _scene(seed: int, size=SIZE) -> Image.Image:
    return phonegen.render_scene(seed, size)


def _jpeg(img: Image.Image, quality: int = 90) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _phone_photo(img: Image.Image, preview: bytes | None, orientation: int = 1) -> bytes:
    return phonegen.with_phone_exif(_jpeg(img), ("Apple", "iPhone 12"), TAKEN, orientation, "test-0001", preview)


def _mean_colour(jpeg: bytes) -> tuple[float, float, float]:
    img = Image.open(io.BytesIO(jpeg)).convert("RGB").resize((1, 1), Image.Resampling.BOX)
    return img.getpixel((0, 0))


def _plain(colour) -> Image.Image:
    return Image.new("RGB", SIZE, colour)


def test_the_thumbnail_comes_from_the_embedded_preview():
    # a preview of another colour than the photo shows which of the two was read
    photo = _phone_photo(_plain((200, 30, 30)), phonegen.preview_jpeg(_plain((30, 30, 200)), (320, 240)))
    info = photo_info(photo)
    red, _, blue = _mean_colour(info.thumbnail)
    assert blue > 150 and red < 80
    assert (info.width, info.height, info.taken_at, info.camera) == (*SIZE, "2023-05-15T09:30:12", "Apple iPhone 12")
    assert Image.open(io.BytesIO(info.thumbnail)).size == (320, 240)


def test_a_preview_is_turned_like_the_photo():
    scene = _scene(1)
    info = photo_info(_phone_photo(scene, phonegen.preview_jpeg(scene, (160, 120)), orientation=6))
    assert (info.width, info.height) == (SIZE[1], SIZE[0])
    thumb = Image.open(io.BytesIO(info.thumbnail))
    assert thumb.size == (120, 160) and max(thumb.size) <= THUMB_MAX
    upright = photo_info(_jpeg(ImageOps.exif_transpose(scene.transpose(Image.Transpose.ROTATE_270))))
    assert imagehash.hex_to_hash(info.phash) - imagehash.hex_to_hash(upright.phash) <= 6


@pytest.mark.parametrize("preview_size", [(160, 120), (320, 240), (512, 384)])
def test_a_preview_hashes_like_its_photo_and_unlike_another(preview_size):
    """The near-duplicate check compares hashes by distance (<= 6 is the same photo):
    a photo hashed from its preview must stay within it of the same photo read in full."""
    for seed in (2, 3, 4):
        scene = _scene(seed)
        from_preview = photo_info(_phone_photo(scene, phonegen.preview_jpeg(scene, preview_size)))
        in_full = photo_info(_phone_photo(scene, None))
        resent = photo_info(_jpeg(scene.resize((1280, 960)), quality=75))  # as WeChat passes it on
        other = photo_info(_phone_photo(_scene(seed + 10), None))
        h = imagehash.hex_to_hash(from_preview.phash)
        assert h - imagehash.hex_to_hash(in_full.phash) <= 6
        assert h - imagehash.hex_to_hash(resent.phash) <= 6
        assert h - imagehash.hex_to_hash(other.phash) > 12


def test_a_letterboxed_or_tiny_or_broken_preview_is_not_used():
    red = _plain((200, 30, 30))
    letterbox = Image.new("RGB", (160, 120), (0, 0, 0))
    letterbox.paste(Image.new("RGB", (160, 90), (30, 30, 200)), (0, 15))
    wide = Image.new("RGB", (1600, 900), (200, 30, 30))  # 16:9, its preview padded to 4:3
    cases = [
        phonegen.with_phone_exif(_jpeg(wide), ("Canon", "EOS"), TAKEN, 1, "x", _jpeg(letterbox)),
        _phone_photo(red, phonegen.preview_jpeg(_plain((30, 30, 200)), (MIN_EMBEDDED_THUMB - 40, 90))),
        _phone_photo(red, b"\xff\xd8\xff\xdb" + b"\x00" * 200),
    ]
    for photo in cases:
        info = photo_info(photo)
        r, _, b = _mean_colour(info.thumbnail)
        assert r > 150 and b < 80, "the thumbnail must come from the photo itself"
        assert info.taken_at == "2023-05-15T09:30:12"


def test_a_recompressed_photo_without_exif_is_read_at_reduced_scale():
    scene = _scene(5, (1280, 960))
    info = photo_info(_jpeg(scene, quality=80))
    assert (info.width, info.height, info.taken_at, info.camera) == (1280, 960, None, None)
    assert Image.open(io.BytesIO(info.thumbnail)).size == (320, 240)
