import hashlib
import os

import pytest

from collector import store


def test_raw_mail_kept_byte_for_byte_under_its_hash(tmp_path):
    raw = b"Subject: =?gb2312?B?vajC+g==?=\r\n\r\n\xb0\xa1body\r\n"
    digest = store.sha256_hex(raw)
    rel = store.raw_rel(digest)
    store.write_durably(tmp_path / rel, raw, tmp_path)
    assert digest == hashlib.sha256(raw).hexdigest()
    assert rel == f"raw/{digest[:2]}/{digest}.eml"
    assert (tmp_path / rel).read_bytes() == raw


def test_same_bytes_stored_once(tmp_path):
    first = store.put_blob(tmp_path, b"photo")
    second = store.put_blob(tmp_path, b"photo")
    assert first == second
    assert len(list((tmp_path / "files").rglob("*"))) == 2  # one shard dir, one file


def test_no_temp_files_left_behind(tmp_path):
    store.put_blob(tmp_path, b"x" * 100_000)
    assert not [p for p in tmp_path.rglob(".tmp-*")]


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd",
        "/etc/passwd",
        "..\\..\\windows\\system32",
        "a\x00b.jpg",
        "con.txt",
        "LPT1",
        "\x01\x02\x1b[31m.docx",
        "..",
        "",
        "总结" * 200 + ".docx",
    ],
)
def test_sender_names_never_become_paths(tmp_path, name):
    safe = store.safe_filename(name)
    assert safe and "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert safe not in (".", "..")
    assert len(safe.encode("utf-8")) <= 255
    assert safe.split(".")[0].upper() not in {"CON", "LPT1", "NUL"}
    _, rel = store.put_blob(tmp_path, b"data")
    linked = store.link_into_tree(tmp_path, rel, ["活动", "../单位", "要求"], name)
    target = (tmp_path / linked).resolve()
    assert target.is_relative_to((tmp_path / "filed").resolve())
    assert target.read_bytes() == b"data"


def test_long_name_keeps_extension_and_whole_characters():
    safe = store.safe_filename("建昌县发展和改革局" * 40 + ".docx")
    assert safe.endswith(".docx")
    safe.encode("utf-8").decode("utf-8")  # no split character


def test_tree_links_are_the_stored_file_not_copies(tmp_path):
    _, rel = store.put_blob(tmp_path, b"summary")
    linked = store.link_into_tree(tmp_path, rel, ["c", "县发改局", "summary"], "总结.docx")
    assert os.path.samefile(tmp_path / rel, tmp_path / linked)
    assert linked == "filed/c/县发改局/summary/总结.docx"


def test_rerun_does_not_link_twice_but_different_files_get_distinct_names(tmp_path):
    _, a = store.put_blob(tmp_path, b"a")
    _, b = store.put_blob(tmp_path, b"b")
    first = store.link_into_tree(tmp_path, a, ["c"], "照片.jpg")
    again = store.link_into_tree(tmp_path, a, ["c"], "照片.jpg")
    other = store.link_into_tree(tmp_path, b, ["c"], "照片.jpg")
    assert first == again
    assert other == "filed/c/照片_2.jpg"
