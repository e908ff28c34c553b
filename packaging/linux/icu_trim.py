"""Shrink Qt's ICU data library (libicudata.so.NN, 31 MB) to the data SMTP Helper can use.

Qt links ICU for collation, locale-aware case mapping, legacy text codecs and time-zone names.
The app speaks Czech and English only and decodes mail in Python, so this keeps the locale data
of root, cs and en, every non-locale table and the small single-byte converters, and drops the
other ~800 locales, the multi-byte (CJK) converters, the word-break dictionaries and the
transliterators (about 28 MB). Other locales fall back to root data in ICU, they do not fail.

The data is ICU's "common data" package (format "CmnD") behind one symbol, ``icudtNN_dat``.
``trim_icudata()`` rewrites the package and links it into a new library with the same soname
and symbol, using the C compiler (it only assembles and links; no ICU tools needed).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

KEEP_LANGUAGES = ("root", "en", "cs")
LOCALE_NAME = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*")  # cs, cs_CZ, sr_Latn_RS, de_ (collation)


def _max_bytes_per_char(converter: bytes) -> int:
    """``maxBytesPerChar`` of a .cnv item: its UConverterStaticData follows the data header."""
    header_size = struct.unpack_from("<H", converter, 0)[0]
    return converter[header_size + 71]


def keep_item(name: str, data: bytes) -> bool:
    """Whether the package item ``icudt73l/[<tree>/]<file>`` stays."""
    path = name.split("/", 1)[1]
    tree, _, base = path.rpartition("/")
    stem, _, ext = base.rpartition(".")
    if tree == "translit" or ext == "dict":
        return False
    if ext == "cnv":  # keep single-byte code pages (windows-1250, iso-8859-2, koi8-r, ...)
        return _max_bytes_per_char(data) == 1
    if ext == "res" and stem != "res_index" and LOCALE_NAME.fullmatch(stem):
        return stem.split("_")[0] in KEEP_LANGUAGES
    return True


def _read_symbol(library: Path) -> tuple[str, bytes]:
    """The ``icudtNN_dat`` symbol's name and bytes, found with ``nm`` and ``readelf``."""
    symbols = subprocess.run(
        ["nm", "-D", "--defined-only", "-S", str(library)],
        check=True, capture_output=True, text=True,
    ).stdout
    for line in symbols.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            address, size, name = int(fields[0], 16), int(fields[1], 16), fields[3]
            break
    else:
        raise ValueError(f"{library}: no icudtNN_dat symbol")
    data = library.read_bytes()
    # Map the virtual address to a file offset through the section that holds it.
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], check=True, capture_output=True, text=True
    ).stdout
    for match in re.finditer(r"\]\s+\S+\s+\S+\s+([0-9a-f]{8,})\s+([0-9a-f]+)\s+([0-9a-f]+)",
                             sections):
        start, offset, length = (int(g, 16) for g in match.groups())
        if start <= address < start + length:
            begin = offset + address - start
            return name, data[begin:begin + size]
    raise ValueError(f"{library}: cannot locate {name} in the file")


def trim_package(blob: bytes) -> tuple[bytes, int, int]:
    """Rewrite a CmnD package keeping ``keep_item`` items: (new package, kept, dropped)."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    toc = header_size
    count = struct.unpack_from("<I", blob, toc)[0]
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        end = entries[index + 1][1] if index + 1 < count else len(blob) - toc
        name_end = blob.index(b"\0", toc + name_offset)
        name = blob[toc + name_offset:name_end].decode("ascii")
        items.append((name, blob[toc + data_offset:toc + end]))
    kept = [(name, data) for name, data in items if keep_item(name, data)]

    # Layout as ICU writes it: count, (name, data) offset pairs, names, then 16-aligned data.
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    table_size = 4 + 8 * len(kept)
    data_start = (table_size + len(names) + 15) & ~15
    offsets, body, name_pos, data_pos = [], b"", table_size, data_start
    for name, data in kept:
        offsets.append((name_pos, data_pos))
        name_pos += len(name) + 1
        padded = data + b"\0" * (-len(data) % 16)
        body += padded
        data_pos += len(padded)
    table = struct.pack("<I", len(kept)) + b"".join(struct.pack("<II", *o) for o in offsets)
    toc_bytes = table + names + b"\0" * (data_start - table_size - len(names)) + body
    return blob[:header_size] + toc_bytes, len(kept), len(items) - len(kept)


def trim_icudata(library: Path, out_dir: Path) -> Path:
    """Write a trimmed copy of ``library`` (same file name and soname) into ``out_dir``."""
    symbol, blob = _read_symbol(library)
    package, kept, dropped = trim_package(blob)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / library.name
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise FileNotFoundError("a C compiler (cc) is needed to link the trimmed ICU data")
    with tempfile.TemporaryDirectory() as work:
        dat = Path(work) / f"{symbol}.dat"
        dat.write_bytes(package)
        asm = Path(work) / "icudata.S"
        asm.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{dat}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}",
             "-o", str(target), str(asm)],
            check=True,
        )
    print(f"icu_trim: {library.name}: kept {kept} items, dropped {dropped}: "
          f"{library.stat().st_size / 1e6:.1f} MB -> {target.stat().st_size / 1e6:.1f} MB")
    return target
