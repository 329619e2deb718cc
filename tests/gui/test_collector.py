"""Garbage in reference cycles is collected on the GUI thread, never on a worker."""

import gc
import threading
import weakref

from PySide6.QtCore import QObject


def test_cycles_are_collected_by_the_gui_thread_timer(qtbot):
    assert not gc.isenabled()  # no collection can start in whichever thread allocates

    class Holder:
        pass

    collected_on = []
    holder = Holder()
    holder.obj = QObject()
    holder.me = holder  # a cycle: only the cyclic collector frees it
    holder.obj.destroyed.connect(lambda: collected_on.append(threading.current_thread()))
    dead = weakref.ref(holder)
    del holder
    gc.collect()  # what the timer does once the counts call for it
    assert dead() is None

    # Garbage made on a worker, however much, waits for the GUI thread.
    def allocate():
        for _ in range(50_000):
            cycle = []
            cycle.append(cycle)
    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert gc.get_count()[0] > gc.get_threshold()[0]
    qtbot.waitUntil(lambda: gc.get_count()[0] <= gc.get_threshold()[0], timeout=3000)
    assert collected_on in ([], [threading.main_thread()])
