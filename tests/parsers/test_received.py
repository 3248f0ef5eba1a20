from collector.parsers import parse_message
from collector.parsers.received import received_chain

MAIL = (
    b"Received: from mail101.hld.gov.cn (unknown [69.56.159.62]) by mx35 (Coremail) with SMTP id Z0Ng;"
    b" Tue, 09 May 2023 10:15:03 +0800 (CST)\r\n"
    b"Received: by ajax-webmail-mail-app4 (Coremail); Tue, 09 May 2023 10:13:58 +0800 (GMT+08:00)\r\n"
    b"From: a@hld.gov.cn\r\nSubject: x\r\n\r\nbody\r\n"
)


def test_hops_oldest_first_with_utc_dates_and_delay():
    hops = received_chain(MAIL)
    assert [h["hop"] for h in hops] == [1, 2]
    assert hops[0]["date_utc"] == "2023-05-09T02:13:58+00:00"
    assert hops[1]["by"].startswith("mx35") and hops[1]["delay"] == 65.0
    assert parse_message(MAIL).received_chain == hops


def test_malformed_or_missing_chain_costs_nothing_else():
    assert received_chain(b"Subject: no hops\r\n\r\nbody") == []
    broken = b"Received: ;;; from \x00\xff\r\n" * 50 + b"Subject: x\r\n\r\nbody"
    assert isinstance(received_chain(broken), list)
    assert parse_message(broken).subject == "x"


def test_the_chain_is_what_mail_parsers_own_parser_gives_for_every_fixture_mail():
    """received_chain hands mail-parser's hop parser the Received headers itself,
    rather than building a whole MailParser; the hops must be the same."""
    import mailparser
    from conftest import FIXTURES

    from collector.parsers.received import HOP_FIELDS, MAX_HEADER_BYTES
    from collector.rawmail import header_block

    compared = 0
    for path in sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.stat().st_size < 5_000_000):
        raw = path.read_bytes()
        if b"received:" not in raw[:MAX_HEADER_BYTES].lower():
            continue
        try:
            hops = mailparser.parse_from_bytes(header_block(raw, MAX_HEADER_BYTES) + b"\r\n\r\n").received
        except Exception:  # noqa: BLE001 - received_chain gives [] for these
            hops = []
        expected = [{key: hop.get(key) for key in HOP_FIELDS if hop.get(key) is not None} for hop in hops or []]
        assert received_chain(raw) == expected, path
        compared += 1
    assert compared >= 80  # 89 when written
