"""Hand bytes to an external tool without writing them to disk."""

from __future__ import annotations

import contextlib
import os


@contextlib.contextmanager
def memfile(data: bytes, label: str = "collector"):
    """A path to the bytes in an anonymous in-memory file (Linux memfd). A
    child process opens it through /proc/<our pid>/fd, so it works after
    subprocess closes inherited descriptors."""
    fd = os.memfd_create(label, 0)
    try:
        with os.fdopen(os.dup(fd), "wb") as handle:
            handle.write(data)
        yield f"/proc/{os.getpid()}/fd/{fd}"
    finally:
        os.close(fd)
