"""Every message of the public corpus (tests/fixtures/corpus/public, see its
SOURCES.md and licence files) parses, and no decoded subject, file name or
display name is mojibake where a correct decoder gives proper text."""

import pytest
from conftest import FIXTURES
from mojibake import mojibake_reason

from collector.parsers import parse_message

CORPUS = FIXTURES / "corpus" / "public"
MESSAGES = [line.strip() for line in (CORPUS / "MANIFEST").read_text().splitlines() if line.strip()]

# Names that are broken in the source bytes themselves; no decoder can do better.
ALLOWED = {
    # The raw filename bytes are EF BF BD ... : U+FFFD was already in the name
    # when the sending client wrote it (a GBK name once decoded as UTF-8).
    ("mailgun-flanker/tests/fixtures/messages/outlook-express.eml", "name"),
    # Subject and From carry the literal bytes EF BF BD (U+FFFD) in the file.
    ("mikel-mail/spec/fixtures/emails/error_emails/must_supply_encoding.eml", "subject"),
    ("mikel-mail/spec/fixtures/emails/error_emails/must_supply_encoding.eml", "from"),
    # The raw Subject is valid UTF-8 of Big5 bytes already misread as Latin-1
    # ("¤j¸É…"): double-encoded by the sender; the UTF-8 decode is the correct one.
    ("mikel-mail/spec/fixtures/emails/error_emails/content_transfer_encoding_empty.eml", "subject"),
}


def test_manifest_is_complete():
    assert len(MESSAGES) == 244
    assert all((CORPUS / m).is_file() for m in MESSAGES)
    assert len(list(CORPUS.glob("*/LICENSE*"))) >= 4 and (CORPUS / "SOURCES.md").is_file()


@pytest.fixture(autouse=True)
def _no_office(monkeypatch):
    monkeypatch.setenv("COLLECTOR_NO_OFFICE", "1")  # decoding is under test here, not conversion


@pytest.mark.parametrize("path", MESSAGES)
def test_corpus_message_parses_without_mojibake(path):
    mail = parse_message((CORPUS / path).read_bytes())
    decoded = [("subject", mail.subject), ("from", mail.from_name)]
    decoded += [("name", a.filename) for a in mail.attachments]
    decoded += [("forwarded", f.subject) for f in mail.forwarded] + [("forwarded", f.from_name) for f in mail.forwarded]
    bad = [(kind, text, mojibake_reason(text)) for kind, text in decoded
           if mojibake_reason(text) and (path, kind) not in ALLOWED]
    assert not bad


def test_allow_list_entries_are_still_needed():
    for path, kind in ALLOWED:
        mail = parse_message((CORPUS / path).read_bytes())
        texts = {"subject": [mail.subject], "from": [mail.from_name], "name": [a.filename for a in mail.attachments]}[kind]
        assert any(mojibake_reason(t) for t in texts), (path, kind)


def test_mail_parser_crashers_are_handled():
    for n in ("001", "003", "013"):
        mail = parse_message((CORPUS / f"stalwartlabs-mail-parser/resources/eml/malformed/{n}.eml").read_bytes())
        assert mail is not None


def test_known_corpus_names():
    def names(path):
        return [a.filename for a in parse_message((CORPUS / path).read_bytes()).attachments]

    assert "管理.doc" in names("jhillyerd-enmime/testdata/mail/mime-bad-8bit-filename.raw")
    assert "службаФНС94.zip" in names("spamscope-mail-parser/tests/mails/mail_test_1")  # cp866 zip name
    mail = parse_message((CORPUS / "mikel-mail/spec/fixtures/emails/error_emails/invalid_subject_characters.eml").read_bytes())
    assert mail.subject.startswith("Formação FrenetikPolis") and "Verão" in mail.subject
    mail = parse_message((CORPUS / "mnako-letters/tests/test_chinese_plaintext_gbk_over_base64.txt").read_bytes())
    assert mail.subject == "📧 Test 施氏食狮史" and mail.from_name == "艾莉絲 发件人"
    assert mail.body_text.startswith("石室诗士施氏")  # body found past a header name with spaces


def test_corpus_figures(capsys):
    parsed, flagged = 0, 0
    for path in MESSAGES:
        mail = parse_message((CORPUS / path).read_bytes())
        parsed += 1
        texts = [mail.subject, mail.from_name] + [a.filename for a in mail.attachments]
        flagged += any(mojibake_reason(t) for t in texts)
    with capsys.disabled():
        print(f"\ncorpus: {parsed}/{len(MESSAGES)} parsed, {flagged} with source-broken names (allow-listed)")
    assert parsed == len(MESSAGES) and flagged == len({p for p, _ in ALLOWED})
