"""DKIM checks with real signatures (dkimpy signs with a key made here; the key is
published through dkimpy's dnsfunc hook instead of a DNS server, since tests have no network)."""

import dkim
import pytest

from collector import trust

MAIL = (
    b"From: =?utf-8?B?5Y6/5Y+R5pS55bGA?= <fgj@jianchang.gov.cn>\r\n"
    b"To: jc7710089@163.com\r\nSubject: test\r\nMessage-ID: <1@jianchang.gov.cn>\r\n"
    b"Date: Thu, 11 May 2023 10:00:00 +0800\r\n\r\nbody\r\n"
)


@pytest.fixture(scope="module")
def key(dkim_key):
    return dkim_key


def signed(pem, body=MAIL):
    return dkim.sign(body, b"s1", b"jianchang.gov.cn", pem, include_headers=[b"from", b"subject", b"to"]) + body


def dns_for(txt, calls):
    def lookup(name, timeout=5):
        calls.append(name)
        return txt if name == b"s1._domainkey.jianchang.gov.cn." else None

    return lookup


def test_good_signature_passes_and_key_is_cached(key):
    pem, txt = key
    calls = []
    checker = trust.DkimChecker(dns_for(txt, calls))
    assert checker.check(signed(pem)).dkim == "pass"
    assert checker.check(signed(pem)).dkim == "pass"
    assert len(calls) == 1


def test_tampered_mail_fails_and_known_sender_is_flagged(key):
    pem, txt = key
    forged = signed(pem).replace(b"Subject: test", b"Subject: tampered")
    result = trust.DkimChecker(dns_for(txt, [])).check(forged)
    assert result.dkim == "fail"
    assert result.dkim_domain == "jianchang.gov.cn"
    warning = trust.sender_warning(result, "fgj@jianchang.gov.cn", {"fgj@jianchang.gov.cn"})
    assert warning and "冒名" in warning
    assert trust.sender_warning(result, "someone@else.cn", {"fgj@jianchang.gov.cn"}) is None


def test_unsigned_mail_is_none_and_server_verdict_is_kept():
    raw = b"Authentication-Results: mail.163.com; dkim=fail header.d=qq.com\r\n" + MAIL
    result = trust.DkimChecker(lambda *a, **k: None).check(raw)
    assert result.dkim == "none"
    assert "dkim=fail" in result.auth_results
    assert trust.sender_warning(result, "fgj@jianchang.gov.cn", {"fgj@jianchang.gov.cn"})


def test_dns_outage_is_temperror_and_stops_asking(key):
    pem, _ = key
    calls = []

    def broken(name, timeout=5):
        calls.append(name)
        raise dkim.DnsTimeoutError("no network")

    checker = trust.DkimChecker(broken)
    results = [checker.check(signed(pem)).dkim for _ in range(6)]
    assert results == ["temperror"] * 6
    assert len(calls) == trust.DNS_FAILURES_BEFORE_GIVING_UP
