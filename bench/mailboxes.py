"""The benchmark's mailboxes as cached Maildir folders: the mixed 5·15 mailbox and its small and
one-big-mail variants (bench/mailgen.py), and the phone-photo one (bench/phonegen.py).

Each is generated on first use under a key naming everything that shapes its bytes, so a change
to a generator makes a new folder instead of reusing a stale one.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from bench import mailgen, phonegen


def cached_mailbox(cache_dir: Path, name: str, count: int, small: bool = False, seed: int = 515,
                   special: str | None = None, log=print) -> Path:
    """A Maildir 'cur' directory holding the mailbox, generated on first use."""
    kind = f"small{mailgen.SMALL_VERSION}" if small else "full"
    key = f"{name}-{count}-{kind}-{special or 'mix'}-s{seed}-v{mailgen.GENERATOR_VERSION}"
    if special == "phone":
        key += f"-p{phonegen.POOL_VERSION}m{phonegen.MAILBOX_VERSION}"
    root = cache_dir / key
    manifest = root / "manifest.json"
    if manifest.exists():
        return root / "cur"
    cur = root / "cur"
    cur.mkdir(parents=True, exist_ok=True)
    for stale in cur.iterdir():
        stale.unlink()
    phones = None
    if special == "phone":
        phones = phonegen.PhonePhotos(cache_dir)
    pool = [] if small or phones else mailgen.photo_pool(cache_dir)
    factory = mailgen.MailFactory(pool, seed)
    total = photo_total = 0
    digests: set[bytes] = set()
    for index in range(count):
        if special == "big50":
            raw, when = mailgen.big_mail(factory, index)
        elif phones is not None:
            raw, when, photo_bytes = phonegen.phone_mail(factory, phones, index, count)
            photo_total += photo_bytes
        elif small:
            raw, when = factory.small_mail(index, count)
        else:
            raw, when = factory.mail(index, count)
        digest = hashlib.sha256(raw).digest()
        if digest in digests:
            raise RuntimeError(f"generated mail {index} repeats an earlier one byte for byte")
        digests.add(digest)
        mailgen.write_maildir_file(cur, index, raw, when)
        total += len(raw)
        if log and (count >= 500 or phones) and index % 50 == 49:
            log(f"  generated {index + 1}/{count} mails ({total / 1e6:.0f} MB)")
    manifest.write_text(json.dumps({"count": count, "bytes": total, "photo_bytes": photo_total, "key": key}))
    return cur
