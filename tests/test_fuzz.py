"""Property-based fuzzing of the pipeline (issue #6) with Hypothesis.

Inputs: real mails (tests/fixtures/mails and the public corpus) with bytes
flipped, cut, inserted or repeated, and generated MIME trees with random
headers, charsets, transfer encodings, filenames and payloads.

For every input, `pipeline.ingest`:
  - never raises;
  - archives the raw bytes exactly, under their sha256 (identity holds: the
    outcome, the row, the file name and the file content agree);
  - leaves every attachment blob equal to its recorded sha256;
  - adds nothing when the same bytes are ingested again (rows, audit events,
    blobs, the filed/ tree).

Budget: FUZZ_EXAMPLES (default 150) examples in all, split over the two
strategies; one data dir per test (module), so the archive grows as in real use.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import quopri
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collector import pipeline
from collector.model import RawMail

FIXTURES = Path(__file__).parent / "fixtures"
BUDGET = int(os.environ.get("FUZZ_EXAMPLES", "150"))
RECEIVED = dt.datetime(2023, 5, 18, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
FUZZ_SETTINGS = dict(
    deadline=None,
    derandomize=True,  # the same examples in CI every time; set FUZZ_EXAMPLES high locally to explore
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    database=None,
)


def seed_mails() -> list[bytes]:
    seeds = [p.read_bytes() for p in sorted((FIXTURES / "mails").glob("*.eml"))]
    manifest = FIXTURES / "corpus" / "public" / "MANIFEST"
    if manifest.exists():
        for line in manifest.read_text().splitlines():
            path = FIXTURES / "corpus" / "public" / line.strip()
            if line.strip() and path.is_file() and path.stat().st_size < 40_000:
                seeds.append(path.read_bytes())
    assert len(seeds) >= 10, "no seed mails found"
    return seeds


SEEDS = seed_mails()


# ----- the archive under test --------------------------------------------------------------


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    old = os.environ.get("COLLECTOR_NO_OFFICE")
    os.environ["COLLECTOR_NO_OFFICE"] = "1"  # LibreOffice costs ~1 s per document: not what is fuzzed here
    context = pipeline.open_context(tmp_path_factory.mktemp("fuzz") / "archive", "builtin")
    yield context
    context.db.close()
    if old is None:
        os.environ.pop("COLLECTOR_NO_OFFICE", None)
    else:
        os.environ["COLLECTOR_NO_OFFICE"] = old


def footprint(ctx) -> dict:
    db = ctx.db
    counts = {
        table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("messages", "locations", "attachments", "submissions", "audit_log", "learned_addresses")
    }
    for folder in ("raw", "files", "filed"):
        root = ctx.data_dir / folder
        counts[folder] = sum(1 for p in root.rglob("*") if p.is_file()) if root.is_dir() else 0
    return counts


def check_ingest(ctx, raw: bytes) -> None:
    digest = hashlib.sha256(raw).hexdigest()
    mail = RawMail(raw=raw, received_at=RECEIVED, source="import", origin=f"fuzz:{digest[:16]}")
    known = ctx.db.execute("SELECT 1 FROM messages WHERE sha256 = ?", [digest]).fetchone() is not None

    outcome = pipeline.ingest(ctx, mail)  # must not raise, whatever the bytes

    assert outcome.sha256 == digest
    assert outcome.new is (not known)
    row = ctx.db.execute("SELECT raw_path, size, state, reason FROM messages WHERE sha256 = ?", [digest]).fetchone()
    assert row is not None, "the mail has no row"
    raw_path, size, state, reason = row
    assert raw_path == f"raw/{digest[:2]}/{digest}.eml"
    assert (ctx.data_dir / raw_path).read_bytes() == raw
    assert size == len(raw)
    assert state in ("filed", "needs_review", "ignored")
    if state == "needs_review":
        assert reason, "a mail for review needs a reason"
    for blob_sha, path in ctx.db.execute(
        "SELECT sha256, path FROM attachments WHERE message_sha256 = ? AND path IS NOT NULL", [digest]
    ):
        assert path == f"files/{blob_sha[:2]}/{blob_sha}"
        assert hashlib.sha256((ctx.data_dir / path).read_bytes()).hexdigest() == blob_sha

    before = footprint(ctx)
    again = pipeline.ingest(ctx, mail)
    assert (again.sha256, again.new) == (digest, False)
    assert footprint(ctx) == before, "ingesting the same bytes again added something"


# ----- mutated real mails ---------------------------------------------------------------------

TOKENS = [
    b"\r\n", b"\n", b"\r\n\r\n", b"\x00", b"\xff\xfe", b"=?", b"?=", b"=?gb2312?B?", b"=?utf-8?Q?=E4=",
    b"--", b"\r\n--", b"boundary=", b'boundary=""', b"Content-Type: multipart/mixed; boundary=x\r\n",
    b"Content-Transfer-Encoding: base64\r\n", b"Content-Transfer-Encoding: quoted-printable\r\n",
    b"filename*0*=utf-8''%E6%80%BB", b'filename="../../x"', b"charset=x-unknown", b"charset=\"", b"\t",
    b"PK\x03\x04", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"%PDF-1.4", b"=\r\n", b";", b'"', b"\\",
]


@st.composite
def mutated_mails(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            data += draw(st.binary(max_size=64))
            continue
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "flip", "insert", "token", "token", "repeat", "delete", "truncate"]))
        if op == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "truncate":
            del data[max(at, len(data) // 2) :]  # keep at least half: most of the mail still gets parsed
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif op == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif op == "repeat":
            end = min(len(data), at + draw(st.integers(1, 2000)))
            data[at:at] = data[at:end] * draw(st.integers(1, 3))
        else:
            del data[at : at + draw(st.integers(1, 200))]
    return bytes(data)


@settings(max_examples=max(BUDGET * 3 // 5, 1), **FUZZ_SETTINGS)
@given(raw=mutated_mails())
def test_mutated_mails_are_archived_exactly_and_never_twice(ctx, raw):
    check_ingest(ctx, raw)


# ----- generated MIME trees -----------------------------------------------------------------------

CHARSETS = ["utf-8", "gb2312", "gbk", "gb18030", "big5", "hz-gb-2312", "utf-7", "iso-8859-1", "x-unknown",
            "", '"', "utf-8'zh'", "us-ascii"]
ENCODINGS = ["base64", "quoted-printable", "7bit", "8bit", "binary", "x-uuencode", "bogus", ""]
TYPES = ["text/plain", "text/html", "image/jpeg", "image/png", "application/zip", "application/pdf",
         "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "application/octet-stream", "message/rfc822", "text/x-junk", "junk", ""]
HEADER_NAMES = ["Subject", "From", "To", "Cc", "Date", "Message-ID", "Reply-To", "X-Mailer", "Received",
                "Content-Language", "Sender", "Disposition-Notification-To", "Auto-Submitted", "Precedence"]

texts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)


def encode_header(text: str, how: str, charset: str) -> bytes:
    codec = charset if charset in ("utf-8", "gbk", "gb2312", "gb18030", "big5") else "utf-8"
    data = text.encode(codec, "replace")
    if how == "raw":
        return data
    if how == "b":
        return f"=?{charset or 'utf-8'}?B?".encode() + base64.b64encode(data) + b"?="
    if how == "q":
        return f"=?{charset or 'utf-8'}?Q?".encode() + quopri.encodestring(data, header=True).replace(b"\n", b"") + b"?="
    return data[: len(data) // 2]  # "cut": a multi-byte character split


header_values = st.builds(encode_header, texts, st.sampled_from(["raw", "b", "q", "cut"]), st.sampled_from(CHARSETS))


def encode_body(payload: bytes, encoding: str, mismatch: bool) -> bytes:
    if mismatch:
        return payload
    if encoding == "base64":
        return base64.encodebytes(payload).replace(b"\n", b"\r\n")
    if encoding == "quoted-printable":
        return quopri.encodestring(payload).replace(b"\n", b"\r\n")
    return payload


def leaf(ctype, charset, encoding, name, name_how, disposition, payload, mismatch) -> bytes:
    head = f"Content-Type: {ctype}".encode()
    if charset:
        head += f"; charset={charset}".encode()
    if name is not None:
        head += b"; name=" + (b'"' + encode_header(name, name_how, charset or "utf-8") + b'"')
    head += b"\r\n"
    if encoding:
        head += f"Content-Transfer-Encoding: {encoding}\r\n".encode()
    if disposition:
        head += f"Content-Disposition: {disposition}".encode()
        if name is not None:
            if name_how == "raw":
                quoted = "".join(c if c.isalnum() else "%{:02X}".format(b) for c in name for b in c.encode())
                head += f"; filename*=utf-8''{quoted}".encode()
            else:
                head += b'; filename="' + encode_header(name, name_how, charset or "utf-8") + b'"'
        head += b"\r\n"
    return head + b"\r\n" + encode_body(payload, encoding, mismatch)


leaves = st.builds(
    leaf,
    st.sampled_from(TYPES),
    st.sampled_from(CHARSETS),
    st.sampled_from(ENCODINGS),
    st.none() | st.text(max_size=40),
    st.sampled_from(["raw", "b", "q", "cut"]),
    st.sampled_from(["", "attachment", "inline", "attachment;", "junk"]),
    st.binary(max_size=3000) | texts.map(lambda t: t.encode("utf-8")),
    st.booleans(),
)


def multipart(subtype: str, boundary: str, children: list[bytes], close: bool) -> bytes:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\npreamble\r\n'.encode()
    for child in children:
        out += f"--{boundary}\r\n".encode() + child + b"\r\n"
    if close:
        out += f"--{boundary}--\r\n".encode()
    return out


trees = st.recursive(
    leaves,
    lambda children: st.builds(
        multipart,
        st.sampled_from(["mixed", "alternative", "related", "report", "signed", "x-junk"]),
        st.text(st.characters(min_codepoint=32, max_codepoint=126, exclude_characters='"'), min_size=0, max_size=72),
        st.lists(children, max_size=4),
        st.booleans(),
    ),
    max_leaves=10,
)


def mail(headers: list[tuple[str, bytes]], body: bytes) -> bytes:
    head = b"".join(name.encode() + b": " + value + b"\r\n" for name, value in headers)
    return head + b"MIME-Version: 1.0\r\n" + body


generated_mails = st.builds(
    mail,
    st.lists(st.tuples(st.sampled_from(HEADER_NAMES), header_values), max_size=8),
    trees,
)


@settings(max_examples=max(BUDGET * 2 // 5, 1), **FUZZ_SETTINGS)
@given(raw=generated_mails)
def test_generated_mime_trees_are_archived_exactly_and_never_twice(ctx, raw):
    check_ingest(ctx, raw)


def test_the_fuzzed_archive_verifies(ctx):
    from collector import verify

    report = verify.verify_archive(ctx.db, ctx.data_dir)
    assert report.ok, report.problems[:5]
    print(f"\nfuzz: {report.raw_checked} distinct mails archived, {report.files_checked} files, "
          f"{report.events_checked} audit events; budget {BUDGET} examples")
