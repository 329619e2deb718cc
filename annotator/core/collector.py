"""Pausing Python's cyclic garbage collector while a big batch of objects is built.

Building a fact sheet or a project snapshot makes hundreds of thousands of small objects;
each time enough pile up the collector rescans everything still alive, which for 100,000
annotations took as long as the work itself. Those objects form no reference cycles, so
reference counting frees them all the same. The pause is process-wide, so it is counted:
the first thread to enter turns the collector off and the last one to leave turns it back
on (if it was on), whatever the order in which threads come and go.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
