"""Work around a reference-counting bug of PySide6 6.12.0 on Python 3.11.

Those wheels give up a reference to ``None`` for every void Qt call (``setText``,
``processEvents``, ...) and to ``True`` for every Python-side ``Signal.emit``, without having
taken one. On Python 3.12+ these objects are immortal and nothing happens; on 3.11 the count
reaches zero after some thousands of calls and the interpreter aborts with "Fatal Python error:
none_dealloc: deallocating None". Pinning ``PySide6-Essentials<6.12`` avoids the bug (6.11.3
is fine); until then this module gives the three singletons a reference count so large that
no session can use it up, which is what Python 3.12 does by design.
"""

from __future__ import annotations

import sys

HEADROOM = 1 << 40  # references added to each singleton; never used up in a session
_applied = False


def keep_singletons_alive() -> bool:
    """Make None, True and False effectively immortal on Python < 3.12; True when applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    _applied = True
    return True
