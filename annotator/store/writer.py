"""The one thread that writes a project: its own connection, jobs run in the order given.

A job's writes are committed when it ends (rolled back when it fails), whatever
transaction it left open.

Every write of a `Project` runs here (see `Project.conn` and `_writes` there). Callers on
other threads wait for their job (a quick write: a thread hop of tens of microseconds) or
take a `PendingWrite` and go on (a merge, an import). Change notifications raised while a
job runs are held back and handed to the caller, so listeners always hear them on the
caller's thread (the GUI's), after the job, never on this one.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import Future
from typing import Any

from annotator.store.errors import Cancelled
from annotator.store.events import Change, ChangeHub

_STOP = object()


class Writer:
    """A thread that owns one connection; `call` and `submit` run jobs on it, in order."""

    def __init__(self, connect: Callable[[], sqlite3.Connection], name: str) -> None:
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._ident: int | None = None
        opened: Future = Future()
        self._thread = threading.Thread(target=self._run, args=(connect, opened), name=name,
                                        daemon=True)
        self._thread.start()
        self.conn: sqlite3.Connection = opened.result()  # raises what connect raised

    def on_thread(self) -> bool:
        return threading.get_ident() == self._ident

    def submit(self, job: Callable[[], Any]) -> Future:
        future: Future = Future()
        self._jobs.put((future, job))
        return future

    def call(self, job: Callable[[], Any]) -> Any:
        """Run job here and now when already on the writer thread (a write inside a write),
        otherwise on it, waiting for the result."""
        if self.on_thread():
            return job()
        return self.submit(job).result()

    def close(self) -> None:
        """Finish the jobs already given, close the connection and end the thread."""
        if not self._thread.is_alive():
            return
        if self.on_thread():
            raise RuntimeError("the writer cannot close itself from one of its jobs")
        self._jobs.put((None, _STOP))
        self._thread.join()

    def _run(self, connect: Callable[[], sqlite3.Connection], opened: Future) -> None:
        self._ident = threading.get_ident()
        try:
            conn = connect()
        except BaseException as exc:  # noqa: BLE001 - raised again by __init__
            opened.set_exception(exc)
            return
        opened.set_result(conn)
        while True:
            future, job = self._jobs.get()
            if job is _STOP:
                break
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = job()
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller
                error, result = exc, None
            else:
                error = None
            if conn.in_transaction:  # raw SQL opened one (sqlite3's implicit BEGIN)
                try:
                    conn.commit() if error is None else conn.rollback()
                except sqlite3.Error as exc:
                    error = error or exc
            if error is None:
                future.set_result(result)
            else:
                future.set_exception(error)
        conn.close()


class PendingWrite:
    """A write running on the writer thread while its caller goes on.

    `finish()`, called on the thread that listens to the project (the GUI's), once `done()`,
    announces the changes the write made and returns its result or raises its error.
    `cancel()` asks the job to stop: its SQL is interrupted (a progress handler watches
    `cancelled`) and its Python steps poll `cancelled`. It then ends in `Cancelled`, with
    its transaction rolled back.
    """

    def __init__(self, writer: Writer, hub: ChangeHub,
                 job: Callable[[threading.Event], Any]) -> None:
        self._hub = hub
        self.cancelled = cancelled = threading.Event()

        def cancellable() -> Any:
            conn = writer.conn
            # Every ~10,000 SQLite instructions (well under a millisecond): stop if asked.
            conn.set_progress_handler(cancelled.is_set, 10_000)
            try:
                return job(cancelled)
            finally:
                conn.set_progress_handler(None, 0)

        self._future = writer.submit(held_back(hub, cancellable))

    def done(self) -> bool:
        return self._future.done()

    def when_done(self, callback: Callable[[], None]) -> None:
        """callback() once the write ends. It runs on the writer thread (or this one, when
        already done): post it to your own thread before touching anything."""
        self._future.add_done_callback(lambda _f: callback())

    def wait(self) -> None:
        """Block until the write ends (its result is still for `finish`)."""
        futures.wait([self._future])

    def cancel(self) -> None:
        self.cancelled.set()

    def finish(self) -> Any:
        return finish(self._future, self._hub)


def finish(future: Future, hub: ChangeHub) -> Any:
    """The result of a `held_back` job (waiting for it), once its changes are announced;
    or its error, raised here (an interrupted statement as Cancelled)."""
    try:
        result, changes = future.result()
    except _Failed as failed:
        for change in failed.changes:
            hub.emit(change)
        error = failed.error
        if isinstance(error, sqlite3.OperationalError) and "interrupt" in str(error):
            raise Cancelled("cancelled: nothing of it was saved") from error
        raise error from None
    for change in changes:
        hub.emit(change)
    return result


class _Failed(Exception):
    """A held-back job's error, with the changes it announced before failing: what it
    committed then (an import commits slice by slice) is real."""

    def __init__(self, error: BaseException, changes: list[Change]) -> None:
        super().__init__(str(error))
        self.error, self.changes = error, changes


def held_back(hub: ChangeHub, job: Callable[[], Any]) -> Callable[[], tuple]:
    """job wrapped to return (result, changes it announced) instead of announcing them on
    the writer thread; a failure is raised as _Failed, for `finish` to unwrap."""

    def run() -> tuple[Any, list[Change]]:
        with hub.holding() as changes:
            try:
                return job(), changes
            except Exception as exc:
                raise _Failed(exc, changes) from exc

    return run
