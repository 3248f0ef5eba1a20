import datetime as dt
import mailbox

from collector import sources

MAIL = (
    b"Received: from mx (mx [1.2.3.4]) by mx.163.com; Thu, 11 May 2023 15:59:30 +0800\r\n"
    b"Date: Mon, 1 May 2023 08:00:00 +0800\r\n"
    b"From: a@example.org\r\nSubject: x\r\nMessage-ID: <m1@x>\r\n\r\nbody\r\n"
)


def test_eml_receipt_time_comes_from_newest_received_not_date():
    when = sources.receipt_time(MAIL, fallback=dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc))
    assert when == dt.datetime(2023, 5, 11, 15, 59, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_eml_mbox_and_maildir_all_yield_exact_bytes(tmp_path):
    eml = tmp_path / "one.eml"
    eml.write_bytes(MAIL)
    box = mailbox.mbox(str(tmp_path / "box.mbox"))
    box.add(MAIL.replace(b"<m1@x>", b"<m2@x>"))
    box.add(MAIL.replace(b"<m1@x>", b"<m3@x>"))
    box.close()
    md = mailbox.Maildir(str(tmp_path / "md"))
    md.add(MAIL.replace(b"<m1@x>", b"<m4@x>"))
    md.close()
    got = list(sources.iter_path(eml)) + list(sources.iter_path(tmp_path / "box.mbox")) + list(
        sources.iter_path(tmp_path / "md")
    )
    ids = [m.raw.split(b"Message-ID: ")[1][:6] for m in got]
    assert ids == [b"<m1@x>", b"<m2@x>", b"<m3@x>", b"<m4@x>"]
    assert got[0].raw == MAIL
    assert all(m.source == "import" for m in got)


def test_mbox_receipt_time_falls_back_to_the_from_line(tmp_path):
    """A mail with neither Received nor Date: the mbox "From " line holds when it was filed."""
    bare = b"From: a@example.org\nSubject: x\n\nbody\n"
    path = tmp_path / "box.mbox"
    path.write_bytes(b"From a@example.org Thu May 11 07:59:30 2023\n" + bare + b"\nFrom b@example.org \xe6\x97\xa5\n" + bare)
    first, second = sources.iter_path(path)
    assert first.raw == bare and second.raw == bare
    assert first.received_at == dt.datetime(2023, 5, 11, 7, 59, 30, tzinfo=dt.timezone.utc)
    assert second.received_at == sources._mtime(path)  # an unreadable From line: the file's time


def test_folder_of_emls_is_walked(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.eml").write_bytes(MAIL)
    (tmp_path / "y.eml").write_bytes(MAIL.replace(b"m1", b"m9"))
    assert len(list(sources.iter_path(tmp_path))) == 2


def test_maildir_with_only_cur_is_still_a_maildir(tmp_path):
    (tmp_path / "box" / "cur").mkdir(parents=True)
    (tmp_path / "box" / "cur" / "1.x:2,S").write_bytes(MAIL)
    (tmp_path / "box" / "cur" / "2.x:2,").write_bytes(MAIL.replace(b"m1", b"m2"))
    got = list(sources.iter_path(tmp_path / "box"))
    assert [m.raw for m in got] == [MAIL, MAIL.replace(b"m1", b"m2")]
    assert len(list(sources.iter_path(tmp_path))) == 2  # found below a folder too


def test_a_folder_and_a_maildir_are_read_oldest_first_an_mbox_in_its_own_order(tmp_path):
    """What the collector decides of a mail leans on the ones before it: a folder of .eml files named
    any which way is taken in receipt order, as IMAP would hand them over."""
    def at(day: int, mid: str) -> bytes:
        return MAIL.replace(b"Thu, 11 May 2023", f"Thu, {day} May 2023".encode()).replace(b"<m1@x>", mid.encode())

    folder = tmp_path / "folder"
    folder.mkdir()
    for name, day, mid in (("a.eml", 20, "<late@x>"), ("b.eml", 3, "<early@x>"), ("c.eml", 11, "<mid@x>")):
        (folder / name).write_bytes(at(day, mid))
    box = mailbox.mbox(str(folder / "z.mbox"))
    box.add(at(25, "<mbox-first@x>"))
    box.add(at(1, "<mbox-second@x>"))
    box.close()
    ids = [m.raw.split(b"Message-ID: ")[1].split(b"\r\n")[0].split(b"\n")[0] for m in sources.iter_path(folder)]
    assert ids == [b"<early@x>", b"<mid@x>", b"<late@x>", b"<mbox-first@x>", b"<mbox-second@x>"]
    md = mailbox.Maildir(str(tmp_path / "md"))
    for day, mid in ((20, "<late@x>"), (3, "<early@x>")):
        md.add(at(day, mid))
    md.close()
    assert [m.received_at.day for m in sources.iter_path(tmp_path / "md")] == [3, 20]


def test_importing_the_folder_that_holds_the_archive_leaves_the_archive_out(tmp_path):
    """`collector import ~/mails` with the archive at ~/mails/archive: its database and stored mails are no new mail."""
    (tmp_path / "y.eml").write_bytes(MAIL)
    archive = tmp_path / "archive"
    (archive / "raw" / "cur").mkdir(parents=True)
    (archive / "collector.db").write_bytes(b"SQLite format 3\x00" + bytes(4096))
    (archive / "raw" / "cur" / "1.x:2,S").write_bytes(MAIL.replace(b"m1", b"m2"))
    assert [m.raw for m in sources.iter_path(tmp_path, skip=archive)] == [MAIL]
    assert len(list(sources.iter_path(tmp_path))) == 3  # without skip, a folder is walked whole
