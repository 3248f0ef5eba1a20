"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives, for tests and the demo.

    with SmtpSink() as sink:                 # 127.0.0.1:sink.port, no TLS
        sink.rcpt_answers["gone@x.cn"] = "550 5.1.1 no such user"
        sink.data_answers.append("451 4.3.0 try again later")   # the next DATA only
        ... collector sends with COLLECTOR_SMTP_HOST=127.0.0.1 COLLECTOR_SMTP_PORT=sink.port ...
        sink.messages   # [Received(mail_from, rcpt_tos, data)], data exactly as transmitted

With ``users`` it offers AUTH (over the plain loopback link) and accepts only those
logins; with ``store_dir`` every accepted mail is also written there as NNNN.eml (numbered on from what is there).
"""

from __future__ import annotations

import dataclasses
import threading
import time
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from collector.demo.dovecot import pick_free_port


@dataclasses.dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    at: float = dataclasses.field(default_factory=time.monotonic)  # when it was accepted


class _Handler:
    def __init__(self, sink: SmtpSink):
        self.sink = sink

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        answer = self.sink.rcpt_answers.get(address.lower())
        if answer:
            return answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.sink.lock:
            if self.sink.data_answers:
                return self.sink.data_answers.pop(0)
            received = Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
            self.sink.messages.append(received)
            if self.sink.store_dir:
                path = self.sink.store_dir / f"{len(list(self.sink.store_dir.glob('*.eml'))) + 1:04d}.eml"
                path.write_bytes(received.data)
        return "250 2.0.0 OK queued"


class SmtpSink:
    def __init__(self, port: int | None = None, users: dict[str, str] | None = None,
                 store_dir: Path | None = None, host: str = "127.0.0.1"):
        self.host = host
        self.port = port or pick_free_port(host)
        self.users = users
        self.store_dir = Path(store_dir) if store_dir else None
        self.messages: list[Received] = []
        self.rcpt_answers: dict[str, str] = {}
        self.data_answers: list[str] = []
        self.lock = threading.Lock()
        self._controller: Controller | None = None

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and self.users is not None
              and self.users.get(auth_data.login.decode()) == auth_data.password.decode())
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself

    def start(self) -> SmtpSink:
        if self.store_dir:
            self.store_dir.mkdir(parents=True, exist_ok=True)
        options = {}
        if self.users is not None:
            options = {"authenticator": self._authenticate, "auth_require_tls": False}
        self._controller = Controller(_Handler(self), hostname=self.host, port=self.port, **options)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    """`python -m collector.demo.smtp_sink --port P --dir D`: run until killed (the demo)."""
    import argparse
    import signal

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", type=Path, required=True)
    args = parser.parse_args(argv)
    sink = SmtpSink(args.port, store_dir=args.dir).start()
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, lambda *_: stop.set())
    stop.wait()
    sink.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
