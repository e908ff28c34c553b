"""The decoding core: from what a person pasted to a ``Report`` (``model.py``). No Qt, no I/O.

Python writes and compiles every method it generates for a dataclass when the module is
imported; for the command line that was two fifths of its import time
(``benchmarks/speed.py``). So the report model's dataclasses share one ``__repr__`` and one
``__eq__`` (``model._Record``, tested to print and compare as the decorator's would), and the
core's internal records are ``@dataclass(repr=False, eq=False)``: such a record gets only
``__init__``, compares and hashes by identity (each is made once and never compared by
value), and is not changed after it is made.
"""
