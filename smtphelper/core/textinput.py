"""Turn whatever the user gave (pasted text, file bytes) into text, safely.

Decides whether the input is text at all, decodes bytes with the charset they declare (falling
back gracefully), and caps how much of a huge input is analysed.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from smtphelper.core.i18n import QT_TRANSLATE_NOOP

# An email larger than this is almost certainly a mailbox or a forwarded thread; only its
# beginning is analysed (the bounce notice is always at the top).
MAX_ANALYSED_CHARS = 2_000_000

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("decode", "PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("decode", "JPEG image")),
    (b"GIF87a", QT_TRANSLATE_NOOP("decode", "GIF image")),
    (b"GIF89a", QT_TRANSLATE_NOOP("decode", "GIF image")),
    (b"%PDF-", QT_TRANSLATE_NOOP("decode", "PDF document")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("decode", "ZIP archive or Office document")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("decode", "gzip archive")),
    (b"Rar!", QT_TRANSLATE_NOOP("decode", "RAR archive")),
    (b"7z\xbc\xaf\x27\x1c", QT_TRANSLATE_NOOP("decode", "7-Zip archive")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("decode", "old Office document or Outlook .msg file")),
    (b"MZ", QT_TRANSLATE_NOOP("decode", "Windows program")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("decode", "program")),
    (b"BM", QT_TRANSLATE_NOOP("decode", "BMP image")),
    (b"RIFF", QT_TRANSLATE_NOOP("decode", "media file")),
    (b"ID3", QT_TRANSLATE_NOOP("decode", "MP3 audio")),
)
# Control characters that text does not hold (tab, line ends, form feed and escape excluded);
# counted by deleting every other byte, a loop in C (a pattern's scan takes ten times longer).
_CONTROLS = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_NOT_CONTROLS = bytes(sorted(set(range(256)) - set(_CONTROLS)))


def _count_controls(data: bytes) -> int:
    return len(data.translate(None, _NOT_CONTROLS))


_DECLARED_CHARSET = re.compile(rb"charset\s*=\s*\"?([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)
# Codecs that are no mail charset and decode in quadratic time (punycode) or refuse the
# "replace" error handler (idna): a charset naming them is ignored.
_UNUSABLE_CODECS = frozenset({"punycode", "idna"})
_CHARSET_SAMPLE = 200_000  # bytes decoded to judge whether a declared charset fits
# Lone surrogates: from a paste (Qt strings are UTF-16 and may hold unpaired halves) or from
# codecs that produce them (utf-7, unicode-escape). The standard library's email package
# raises on them and they cannot be printed as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Byte order marks of the wide Unicode encodings, longest first (UTF-32 LE starts like UTF-16
# LE). Notepad's "Unicode" and PowerShell 5's ">" write UTF-16 LE with a BOM: full of NUL
# bytes, such a file would otherwise look binary.
_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class InputText:
    """The input as text, or the kind of file it is when it is not text."""

    text: str  # the whole input as text (what the user sees)
    binary_kind: str | None = None  # e.g. "PNG image" when the input is not text
    truncated: bool = False  # only the first MAX_ANALYSED_CHARS are analysed


def _looks_binary(sample: bytes) -> str | None:
    for signature, kind in _BINARY_SIGNATURES:
        # "BM"/"MZ" are too short to trust alone: require other binary evidence too.
        if sample.startswith(signature) and (len(signature) > 2 or b"\x00" in sample[:512]):
            return kind
    if not sample:
        return None
    if sample.count(b"\x00") > max(1, len(sample) // 1000):
        return QT_TRANSLATE_NOOP("decode", "binary file")
    controls = _count_controls(sample)
    if controls > len(sample) // 20:
        return QT_TRANSLATE_NOOP("decode", "binary file")
    return None


def _text_looks_binary(sample: str) -> bool:
    if not sample:
        return False
    # Control characters are below U+0100: encoding drops only characters that are none.
    controls = _count_controls(sample.encode("latin-1", "ignore"))
    return "\x00" in sample[:1024] or controls > len(sample) // 20


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length: offsets stay true)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def text_codec(charset: str) -> str | None:
    """The name of the codec a declared charset stands for, or None when there is none or it
    is not a text encoding that can safely decode mail (``base64``, ``punycode``)."""
    try:
        info = codecs.lookup(charset)
    except (LookupError, ValueError):
        return None
    if info.name in _UNUSABLE_CODECS or not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def decode_bytes(data: bytes) -> str:
    """Bytes to text: UTF-8 when valid, else the first charset the text declares, else
    Windows-1252 (which maps almost every byte), never raising."""
    try:
        return data.decode("utf-8")  # strict UTF-8 never yields a lone surrogate
    except UnicodeDecodeError:
        pass
    # Each codec is judged once, on a sample: a text declaring thousands of charsets must not
    # be decoded whole thousands of times.
    tried: set[str] = set()
    sample = data[:_CHARSET_SAMPLE]
    for match in _DECLARED_CHARSET.finditer(sample):
        codec = text_codec(match.group(1).decode("ascii", "replace"))
        if codec is None or codec in tried:
            continue
        tried.add(codec)
        try:
            text = sample.decode(codec, errors="replace")
            # A charset that is declared but wrong (a lying header) shows up as many
            # replacement characters: then the next guess is better.
            if text.count("\ufffd") <= len(text) // 200:
                if len(data) > len(sample):
                    text = data.decode(codec, errors="replace")
                return without_surrogates(text)
        except (LookupError, ValueError):
            continue
    return data.decode("cp1252", errors="replace")


def decode_escape_sequences(text: str) -> str:
    """Japanese mail is often ISO-2022-JP: 7-bit text with escape sequences, which arrives
    here undecoded. Decode it when it is there; anything else is returned unchanged."""
    if "\x1b$" not in text and "\x1b(" not in text:
        return text
    try:
        return text.encode("ascii").decode("iso-2022-jp", errors="replace")
    except (UnicodeEncodeError, LookupError):
        return text


def wide_unicode(data: bytes) -> str | None:
    """``data`` decoded when it starts with a UTF-16 or UTF-32 byte order mark, else None."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            # A file cut at an odd length ends in half a character: replaced, never raised.
            return without_surrogates(data[len(bom):].decode(codec, errors="replace"))
    return None


def read_input(data: str | bytes) -> InputText:
    if isinstance(data, bytes):
        wide = wide_unicode(data)
        if wide is not None:
            text = wide
        else:
            kind = _looks_binary(data[:8192])
            if kind:
                return InputText(text="", binary_kind=kind)
            text = decode_bytes(data)
    else:
        text = without_surrogates(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    if _text_looks_binary(text[:8192]):
        return InputText(text=text, binary_kind=QT_TRANSLATE_NOOP("decode", "binary file"))
    return InputText(text=text, truncated=len(text) > MAX_ANALYSED_CHARS)
