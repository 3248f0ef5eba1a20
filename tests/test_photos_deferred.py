"""A heavy photo with no embedded preview: filed by the poll without its thumbnail
and hash, which the next run makes (collector/thumbnails.py, team issue #16).
Real Dovecot, real polls; the crash is a real process exit at a crash point."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import subprocess
import sys
from email.message import EmailMessage

import pytest
from PIL import Image

from bench import phonegen
from collector import index, jobs, thumbnails
from collector.config import load_settings
from collector.faults import CRASH_EXIT_CODE
from collector.parsers.photos import DEFER_DECODE_BYTES, photo_info

TAKEN = dt.datetime(2023, 5, 15, 9, 30, 12)


def _heavy_jpeg(seed: int) -> bytes:
    """A camera photo whose EXIF (and so its preview) an app stripped, but not its size."""
    out = io.BytesIO()
    phonegen.render_scene(seed, (2400, 1800)).save(out, "JPEG", quality=97)
    data = out.getvalue()
    assert len(data) > DEFER_DECODE_BYTES
    return phonegen.with_phone_exif(data, ("HUAWEI", "ELE-AL00"), TAKEN, 6, f"heavy-{seed}", None)


def _phone_jpeg(seed: int) -> bytes:
    scene = phonegen.render_scene(seed, (2400, 1800))
    out = io.BytesIO()
    scene.save(out, "JPEG", quality=97)
    return phonegen.with_phone_exif(out.getvalue(), ("Apple", "iPhone 12"), TAKEN, 1, f"phone-{seed}",
                                    phonegen.preview_jpeg(scene, (160, 120)))


@pytest.fixture(scope="module")
def photos():
    return {"heavy1.jpg": _heavy_jpeg(1), "heavy2.jpg": _heavy_jpeg(2), "phone.jpg": _phone_jpeg(3)}


def _mail(photos: dict[str, bytes]) -> bytes:
    msg = EmailMessage()
    msg["From"] = "建昌镇党政办 <jcz515@163.com>"
    msg["To"] = "jc7710089@163.com"
    msg["Subject"] = "建昌镇政务公开日活动照片"
    msg["Date"] = "Mon, 15 May 2023 10:00:00 +0800"
    msg.set_content("活动照片见附件。")
    for name, data in photos.items():
        msg.add_attachment(data, maintype="image", subtype="jpeg", filename=name)
    return msg.as_bytes()


def _settings(account, data_dir):
    return load_settings({}, imap_host=account.host, imap_port=account.port, imap_security="plain",
                         imap_user=account.user, imap_password=account.password, data_dir=data_dir, imap_timeout=20)


def _rows(data_dir) -> dict[str, tuple]:
    with sqlite3.connect(data_dir / index.DB_NAME) as db:
        rows = db.execute("SELECT filename, phash, thumbnail, width, height, taken_at, problem FROM attachments"
                          " WHERE kind = 'photo'").fetchall()
    return {r[0]: r[1:] for r in rows}


def test_photo_info_puts_off_only_a_heavy_photo_without_preview(photos):
    put_off = photo_info(photos["heavy1.jpg"])
    assert (put_off.phash, put_off.thumbnail) == (None, None)
    assert (put_off.width, put_off.height, put_off.taken_at) == (1800, 2400, "2023-05-15T09:30:12")
    full = photo_info(photos["heavy1.jpg"], defer=False)
    assert full.phash and Image.open(io.BytesIO(full.thumbnail)).size == (240, 320)
    assert photo_info(photos["phone.jpg"]).thumbnail is not None  # its preview is cheap


def test_the_next_poll_makes_what_the_first_put_off(fresh_mailbox, photos, tmp_path):
    fresh_mailbox.append(_mail(photos), dt.datetime(2023, 5, 15, 10, 0, tzinfo=dt.timezone.utc))
    settings = _settings(fresh_mailbox, tmp_path / "archive")
    assert jobs.run_poll(settings).seen == 1
    first = _rows(settings.data_dir)
    for name in ("heavy1.jpg", "heavy2.jpg"):
        phash, thumb, width, height, taken_at, problem = first[name]
        assert (phash, thumb, problem) == (None, None, None)
        assert (width, height, taken_at) == (1800, 2400, "2023-05-15T09:30:12")
    assert first["phone.jpg"][0] and first["phone.jpg"][1]

    assert jobs.run_poll(settings).seen == 0  # an idle poll: the owed work is done here
    second = _rows(settings.data_dir)
    for name in ("heavy1.jpg", "heavy2.jpg"):
        expected = photo_info(photos[name], defer=False)
        assert second[name][:2] == (expected.phash, expected.thumbnail)
    assert second["phone.jpg"] == first["phone.jpg"]
    assert thumbnails.checked_through(settings.data_dir) == thumbnails.last_attachment_id(settings.data_dir)


def test_owed_work_outlives_a_crash_and_a_spent_budget(fresh_mailbox, photos, tmp_path, monkeypatch):
    fresh_mailbox.append(_mail(photos), dt.datetime(2023, 5, 15, 10, 0, tzinfo=dt.timezone.utc))
    settings = _settings(fresh_mailbox, tmp_path / "archive")
    jobs.run_poll(settings)
    crashed = subprocess.run([sys.executable, "-m", "collector", "poll"], capture_output=True, timeout=600,
                             env=settings.as_environ() | {"COLLECTOR_CRASH_AT": "thumbnails.photo_done#1"})
    assert crashed.returncode == CRASH_EXIT_CODE, crashed.stderr[-2000:]
    after_crash = _rows(settings.data_dir)
    assert [after_crash[n][1] is None for n in ("heavy1.jpg", "heavy2.jpg")] == [False, True]
    assert thumbnails.checked_through(settings.data_dir) == 0

    monkeypatch.setattr(thumbnails, "BUDGET_SECONDS", 0)  # a run whose budget is spent leaves it owed
    jobs.run_poll(settings)
    assert _rows(settings.data_dir)["heavy2.jpg"][1] is None
    monkeypatch.undo()
    jobs.run_poll(settings)
    done = _rows(settings.data_dir)
    assert all(done[n][0] and done[n][1] for n in done)


def _one_heavy_photo_polled(account, photos, tmp_path):
    """A poll of one mail with one heavy photo: the settings, the photo's id and stored path."""
    account.append(_mail({"heavy1.jpg": photos["heavy1.jpg"]}), dt.datetime(2023, 5, 15, 10, 0, tzinfo=dt.timezone.utc))
    settings = _settings(account, tmp_path / "archive")
    jobs.run_poll(settings)
    with sqlite3.connect(settings.data_dir / index.DB_NAME) as db:
        photo_id, rel = db.execute("SELECT id, path FROM attachments WHERE filename = 'heavy1.jpg'").fetchone()
    return settings, photo_id, rel


def test_a_photo_whose_stored_file_is_gone_says_so_instead_of_being_retried(fresh_mailbox, photos, tmp_path):
    settings, _, rel = _one_heavy_photo_polled(fresh_mailbox, photos, tmp_path)
    (settings.data_dir / rel).unlink()
    jobs.run_poll(settings)
    phash, thumb, *_, problem = _rows(settings.data_dir)["heavy1.jpg"]
    assert (phash, thumb) == (None, None) and "缩略图未生成" in problem


def test_the_dashboard_shows_an_owed_thumbnail_before_the_next_poll(fresh_mailbox, photos, tmp_path):
    import asyncio

    from collector.dashboard.auth import add_user
    from collector.serve import build_datasette

    settings, photo_id, _ = _one_heavy_photo_polled(fresh_mailbox, photos, tmp_path)
    before = _rows(settings.data_dir)
    users = tmp_path / "users.json"
    add_user("clerk", "office", "pw-for-the-test-1", users_file=users)
    ds = build_datasette(settings.data_dir, users_file=users, secret="test-secret")
    cookies = {"ds_actor": ds.sign({"a": {"id": "clerk", "role": "office"}}, "actor")}
    response = asyncio.run(ds.client.get(f"/thumb/{photo_id}", cookies=cookies))
    assert response.status_code == 200 and response.headers["content-type"] == "image/jpeg"
    assert response.content == photo_info(photos["heavy1.jpg"], defer=False).thumbnail
    page = asyncio.run(ds.client.get(f"/mail/{_sha(settings)}", cookies=cookies))
    assert f'src="/thumb/{photo_id}"' in page.text
    assert _rows(settings.data_dir) == before  # made for the view, not written: the next run stores it


def _sha(settings) -> str:
    with sqlite3.connect(settings.data_dir / index.DB_NAME) as db:
        return db.execute("SELECT sha256 FROM messages").fetchone()[0]
