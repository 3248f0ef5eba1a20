"""Every labelled attachment-name header form decodes exactly."""

import codecs

from conftest import FIXTURES

from collector.parsers import parse_message

LABELLED = FIXTURES / "names" / "labelled.tsv"


def load_rows():
    lines = LABELLED.read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        ident, form, header, expected = line.split("\t")
        yield ident, form, codecs.escape_decode(header.encode("ascii"))[0], expected


def mail_with_part(part_headers: bytes) -> bytes:
    return (
        b"From: test@example.com\r\nTo: collect@163.com\r\nSubject: names\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"BOUND\"\r\n\r\n"
        b"--BOUND\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nbody\r\n"
        b"--BOUND\r\n" + part_headers + b"Content-Transfer-Encoding: base64\r\n\r\n"
        b"aGVsbG8gd29ybGQ=\r\n--BOUND--\r\n"
    )


def test_labelled_names_decode_exactly(capsys, monkeypatch):
    monkeypatch.setenv("COLLECTOR_NO_OFFICE", "1")  # names only: no document conversion
    rows = list(load_rows())
    assert len(rows) >= 100
    wrong = []
    for ident, form, header, expected in rows:
        parsed = parse_message(mail_with_part(header))
        names = [a.filename for a in parsed.attachments]
        if names != [expected]:
            wrong.append(f"{ident} {form}: {names!r} != {expected!r}")
    exact = len(rows) - len(wrong)
    with capsys.disabled():
        print(f"\nnames: {exact}/{len(rows)} exact")
    assert not wrong, "\n".join(wrong)


def test_labelled_set_covers_the_hard_cases():
    rows = list(load_rows())
    forms = {form for _, form, _, _ in rows}
    assert {"gb2312-B-quoted", "gb2312-B-split-midchar", "raw-8bit-gbk", "rfc2231-utf8-continuations",
            "rfc2231-gbk-continuations", "name-only-utf8-split", "cp936-label", "euc-cn-label",
            "x-gbk-label"} <= forms
    expected = {e for *_, e in rows}
    assert any("5·15" in e for e in expected)
    for rare in "镕喆堃珺":
        assert any(rare in e for e in expected)
