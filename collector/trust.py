"""Trust stage: is the mail really from who it says?

Checks the DKIM signature of every mail (dkimpy) and keeps the receiving
server's verdict (the topmost Authentication-Results header, which 163 adds).
A mail from a unit's known address whose signature fails is flagged for the
dashboard; it is still filed, because the office must see it.

DNS lookups of the signers' keys are cached per run, time out after a few
seconds, and once DNS has failed several times in a row the rest of the run
records "temperror" without asking again, so an offline machine never makes a
poll crawl.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable

import dkim

from collector.rawmail import header_block, header_values

logging.getLogger("dkimpy").setLevel(logging.CRITICAL)  # it logs every DNS failure as ERROR

log = logging.getLogger(__name__)

DnsFunc = Callable[..., bytes | None]
DNS_TIMEOUT = 3
DNS_FAILURES_BEFORE_GIVING_UP = 3


@dataclasses.dataclass
class TrustResult:
    dkim: str  # pass | fail | none | temperror
    dkim_domain: str | None
    auth_results: str | None  # the receiving server's Authentication-Results header, unfolded


class DkimChecker:
    """One per run (and a copy in each parse worker): caches keys and gives up on
    DNS when it is clearly unreachable."""

    def __init__(self, dnsfunc: DnsFunc | None = None):
        self._dnsfunc = dnsfunc or dkim.dnsplug.get_txt
        self._cache: dict[bytes, bytes | None] = {}
        self._dns_failures = 0
        self._lookup_failed = False

    def _lookup(self, name: bytes, timeout: int = DNS_TIMEOUT) -> bytes | None:
        if name in self._cache:
            return self._cache[name]
        if self._dns_failures >= DNS_FAILURES_BEFORE_GIVING_UP:
            self._lookup_failed = True
            raise dkim.DnsTimeoutError("DNS unavailable in this run")
        try:
            value = self._dnsfunc(name, timeout=timeout)
        except Exception:
            self._dns_failures += 1
            self._lookup_failed = True
            raise
        self._dns_failures = 0
        self._cache[name] = value
        return value

    def check(self, raw: bytes) -> TrustResult:
        header = header_block(raw, limit=4 * 1024 * 1024)
        auth_results = next(iter(header_values(header, "Authentication-Results")), None)
        signature = next(iter(header_values(header, "DKIM-Signature")), None)
        if signature is None:
            return TrustResult("none", None, auth_results)
        domain = _tag(signature, "d")
        self._lookup_failed = False  # dkimpy swallows lookup errors; we note them ourselves
        try:
            ok = dkim.verify(raw, dnsfunc=self._lookup, timeout=DNS_TIMEOUT)
        except (dkim.DnsTimeoutError, OSError) as exc:
            log.info("DKIM key lookup failed for %s: %s", domain, exc)
            return TrustResult("temperror", domain, auth_results)
        except Exception as exc:  # noqa: BLE001 - a malformed signature is a failed signature
            log.info("DKIM check error for %s: %s", domain, exc)
            ok = False
        if not ok and self._lookup_failed:
            return TrustResult("temperror", domain, auth_results)
        return TrustResult("pass" if ok else "fail", domain, auth_results)


def _tag(signature: str, tag: str) -> str | None:
    match = re.search(rf"(?:^|;)\s*{tag}\s*=\s*([^;]+)", signature)
    return match.group(1).strip().lower() if match else None


def sender_warning(result: TrustResult, from_addr: str | None, known_addresses: set[str]) -> str | None:
    """Chinese warning for the dashboard when a known unit's address fails authentication."""
    if not from_addr or from_addr.lower() not in known_addresses:
        return None
    server_says_fail = bool(result.auth_results and re.search(r"\bdkim=fail\b", result.auth_results))
    if result.dkim == "fail" or server_says_fail:
        return f"发件地址 {from_addr} 是已登记单位的地址，但邮件签名（DKIM）验证失败，可能是冒名邮件，请核实"
    return None
