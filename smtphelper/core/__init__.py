"""The decoding core: from what a person pasted to a ``Report`` (``model.py``). No Qt, no I/O.

The report model (``model.py``) is made of dataclasses that print and compare as the standard
decorator makes them (one shared ``__repr__`` and ``__eq__``, tested against the decorator's).
The core's internal records are
dataclasses too, declared ``@dataclass(repr=False, eq=False)``: Python writes and compiles
every method it generates for a dataclass when the module is imported, and for the command
line that was two fifths of its import time (``benchmarks/speed.py``). Such a record gets only
``__init__``; it compares and hashes by identity (each is made once and never compared by
value), and nothing changes one after it is made.
"""
