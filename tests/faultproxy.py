"""A small TCP proxy on 127.0.0.1 that breaks the link to a server on purpose.

Put it between the collector and Dovecot to prove that a dropped or stalled
connection at any moment costs nothing but a clean error and a later retry:

    with FaultProxy("127.0.0.1", dovecot.port) as proxy:
        proxy.plan(Fault("cut", after=b"* SEARCH", offset=3))   # next connection only
        ... poll against 127.0.0.1:proxy.port ...
        assert proxy.faults_fired == 1

A fault is measured in bytes *from the server*: it fires once the server has
sent `offset` bytes beyond the end of the first occurrence of `after` (or
beyond the start of the stream when `after` is None). The bytes before that
point are forwarded, nothing after it.

  cut    close both sockets at that point (a dropped link, a reset by a NAT box)
  stall  stop forwarding in both directions but keep both sockets open (a link
         that silently went dead): the client's socket timeout must fire.

Faults apply to connections in the order they are accepted; connections
without a planned fault are forwarded untouched. Everything is bounded: the
proxy listens on loopback only, stalled sockets are closed when the proxy
closes, and `close()` joins every thread with a timeout.
"""

from __future__ import annotations

import collections
import dataclasses
import socket
import threading

CHUNK = 16 * 1024


@dataclasses.dataclass(frozen=True)
class Fault:
    kind: str  # "cut" | "stall"
    after: bytes | None = None  # marker in the server's byte stream
    offset: int = 0  # bytes after the marker's end (or after the stream start)

    def __post_init__(self) -> None:
        if self.kind not in ("cut", "stall"):
            raise ValueError(f"unknown fault kind {self.kind!r}")


class _Link:
    """One proxied connection: client <-> upstream, with at most one fault."""

    def __init__(self, proxy: FaultProxy, client: socket.socket, upstream: socket.socket, fault: Fault | None):
        self.proxy = proxy
        self.client = client
        self.upstream = upstream
        self.fault = fault
        self.seen = bytearray()  # what the server sent so far (to find the marker)
        self.forwarded = 0
        self.stopped = threading.Event()  # fault fired: forward nothing more
        self.lock = threading.Lock()

    def start(self) -> list[threading.Thread]:
        threads = [
            threading.Thread(target=self._pump_client_to_server, daemon=True),
            threading.Thread(target=self._pump_server_to_client, daemon=True),
        ]
        for thread in threads:
            thread.start()
        return threads

    def close(self) -> None:
        for sock in (self.client, self.upstream):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def _fire_point(self) -> int | None:
        """Stream position (bytes from the server) where the fault fires, once known."""
        if self.fault is None:
            return None
        if self.fault.after is None:
            return self.fault.offset
        found = self.seen.find(self.fault.after)
        return None if found < 0 else found + len(self.fault.after) + self.fault.offset

    def _pump_server_to_client(self) -> None:
        try:
            while not self.stopped.is_set():
                data = self.upstream.recv(CHUNK)
                if not data:
                    break
                with self.lock:
                    if self.stopped.is_set():
                        break
                    start = len(self.seen)
                    if self.fault is not None:
                        self.seen += data
                    point = self._fire_point()
                    if point is not None and point < start + len(data):
                        self.client.sendall(data[: max(point - start, 0)])
                        self.forwarded += max(point - start, 0)
                        self._trigger()
                        return
                    self.client.sendall(data)
                    self.forwarded += len(data)
        except OSError:
            pass
        if not self.stopped.is_set():
            self.close()

    def _pump_client_to_server(self) -> None:
        try:
            while not self.stopped.is_set():
                data = self.client.recv(CHUNK)
                if not data or self.stopped.is_set():
                    break
                self.upstream.sendall(data)
        except OSError:
            pass
        if not self.stopped.is_set():
            self.close()

    def _trigger(self) -> None:
        self.stopped.set()
        self.proxy._fired(self.fault)  # noqa: SLF001
        if self.fault.kind == "cut":  # type: ignore[union-attr]
            self.close()
        # "stall": both sockets stay open, nothing is read or forwarded any more.


class FaultProxy:
    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.host = "127.0.0.1"
        self._listener = socket.create_server((self.host, 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._plan: collections.deque[Fault | None] = collections.deque()
        self._links: list[_Link] = []
        self._threads: list[threading.Thread] = []
        self._closing = threading.Event()
        self._guard = threading.Lock()
        self.connections = 0
        self.faults_fired = 0
        self.fired: list[Fault] = []
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)
        self._acceptor.start()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def plan(self, *faults: Fault | None) -> None:
        """Faults for the next connections, one each (None = a clean connection)."""
        with self._guard:
            self._plan.extend(faults)

    def clear(self) -> None:
        with self._guard:
            self._plan.clear()

    def drop_stalled(self) -> None:
        """Close every link (stalled ones included), as the far end finally would."""
        with self._guard:
            links, self._links = self._links, []
        for link in links:
            link.stopped.set()
            link.close()

    def close(self) -> None:
        self._closing.set()
        self.drop_stalled()
        self._listener.close()
        self._acceptor.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)

    def _fired(self, fault: Fault | None) -> None:
        with self._guard:
            self.faults_fired += 1
            if fault is not None:
                self.fired.append(fault)

    def _accept_loop(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            try:
                upstream = socket.create_connection(self.upstream, timeout=10)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._guard:
                self.connections += 1
                fault = self._plan.popleft() if self._plan else None
                link = _Link(self, client, upstream, fault)
                self._links.append(link)
                self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.extend(link.start())
