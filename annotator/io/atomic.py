"""Write a file all at once or not at all, so an export never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from annotator.core.files import fsync_dir


def write_atomically(out: Path, data: bytes) -> None:
    """Write `data` to a temp file beside `out`, fsync it, then rename it over `out`.

    The temp file lives in the same folder because os.replace is only atomic within one
    file system. On any failure (including KeyboardInterrupt) the temp file is removed and
    an existing `out` is left untouched.
    """
    # A previous file keeps its permissions; a new one gets the usual rw-r--r--
    # (mkstemp would leave it owner-only, which surprises people sharing an exports folder).
    try:
        mode = out.stat().st_mode & 0o7777
    except OSError:
        mode = 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(out.parent)

