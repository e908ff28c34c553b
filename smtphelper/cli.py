"""``smtphelper-cli``: decode bounces from files or standard input, for helpdesks and scripts.

    smtphelper-cli decode [--json] [--advice] [--lang cs|en] [FILE ...]
    smtphelper-cli check-data [--lang cs|en]

``check-data`` checks the knowledge base in ``resources/`` (for contributors): every problem
on one line naming the file, the variant, the key and what was expected; exit 1 when any.

No FILE, or ``-``, reads standard input. Exit 0 when every input was read (also when nothing
was found in it), 2 when any input could not be read.

The readable summary quotes what servers wrote, which a hostile message can fill with terminal
escape sequences (clearing the screen, setting the window title, hidden links) or bidi
overrides that reorder what is shown: they are printed as visible escapes (``\x1b``,
``<U+202E>``). The JSON output keeps every value exact, with such characters escaped the JSON
way (``\u001b``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from functools import cache
from pathlib import Path

from smtphelper import filereading
from smtphelper.core.i18n import QT_TRANSLATE_NOOP, Translate, no_translation

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from typing import Any

    from smtphelper.core.model import Report

# What a run does not need is imported where it is used (the advice, the readable summary, the
# Czech translation, the data checks): start-up time is most of a one-file run.

MAX_FILE_BYTES = 50 * 1024 * 1024  # read at most this much of one file


def report_json(report: Report) -> dict:
    """The stable JSON shape scripts rely on (one object per input)."""
    return {
        "source": report.source,
        "kind": report.kind,
        "is_bounce": report.is_bounce,
        "no_resend_needed": report.no_resend_needed,
        "recipients": [
            {
                "address": r.address,
                "reply_code": r.reply_code,
                "enhanced_code": r.enhanced_code,
                "reason": r.reason,
                "permanent": r.permanent,
                "diagnostic": r.diagnostic,
                "remote_mta": r.remote_mta,
                "command": r.command,
                "action": r.action,
                "state": r.state,
                "cause_tier": r.cause_tier,
                "variant": r.variant.id if r.variant else None,
                "actor": r.variant.actor if r.variant else None,
                "retry": r.variant.retry if r.variant else None,
            }
            for r in report.recipients
        ],
        "codes": [
            {
                "code": c.code,
                "kind": c.kind,
                "valid": c.valid,
                "start": c.span.start if c.span else None,
                "end": c.span.end if c.span else None,
            }
            for c in report.codes
        ],
        "notes": report.notes,
    }


# Bidi controls: embeddings, overrides, isolates and marks (what "Trojan Source" text uses).
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_C0_C1 = [c for c in range(0x00, 0xA0) if c < 0x20 or 0x7F <= c < 0xA0]
# Text output: C0 and C1 controls (ESC starts ANSI and OSC sequences; U+009B is a one-character
# CSI) shown as \xNN, bidi controls as <U+NNNN>; newline and tab are kept.
_TERMINAL_SAFE = {
    **{c: f"\\x{c:02x}" for c in _C0_C1 if chr(c) not in "\n\t"},
    **{ord(ch): f"<U+{ord(ch):04X}>" for ch in _BIDI},
}
# JSON output: json.dumps escapes C0 controls already; DEL, C1 and bidi controls are escaped
# too (the same value to a JSON reader, harmless on a terminal).
_JSON_SAFE = {c: f"\\u{c:04x}" for c in [0x7F, *range(0x80, 0xA0), *map(ord, _BIDI)]}
# Whether a line holds any of them: a scan for these costs a fraction of translating each
# character of a line that has none (nearly every line).
_JSON_UNSAFE = re.compile("[\x7f-\x9f" + _BIDI + "]")


def terminal_safe(text: str) -> str:
    """``text`` with control and bidi characters made visible, safe to print to a terminal."""
    return text.replace("\r\n", "\n").translate(_TERMINAL_SAFE)


def json_line(item: dict) -> str:
    """One JSON Lines record; every value exact, no raw control or bidi character."""
    line = json.dumps(item, ensure_ascii=False)
    return line.translate(_JSON_SAFE) if _JSON_UNSAFE.search(line) else line


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read(MAX_FILE_BYTES)
    # Pipes are read (``<(zcat bounce.gz)``); devices and sockets are refused.
    data, _size, _cut = filereading.read_file_head(Path(name), MAX_FILE_BYTES, allow_pipes=True)
    return data


def _describe_error(name: str, error: OSError) -> str:
    name = terminal_safe(name)
    if isinstance(error, filereading.NotARegularFile):
        return f"smtphelper-cli: {name}: is a {error.kind}, not a file"
    if isinstance(error, IsADirectoryError):
        return f"smtphelper-cli: {name}: is a folder, not a file"
    if isinstance(error, FileNotFoundError):
        return f"smtphelper-cli: {name}: no such file"
    if isinstance(error, PermissionError):
        return f"smtphelper-cli: {name}: permission denied"
    return f"smtphelper-cli: {name}: cannot be read ({error.strerror or error})"


def run_decode(args: argparse.Namespace, tr: Translate) -> int:
    from smtphelper.core.decode import decode

    if args.advice:
        from smtphelper.core.advice import advice_text
    if not args.json:
        from smtphelper.core.wording import render_summary
    failed = False
    names = args.files or ["-"]
    out = sys.stdout
    for index, name in enumerate(names):
        try:
            data = _read(name)
        except OSError as error:
            print(_describe_error(name, error), file=sys.stderr)
            failed = True
            continue
        report = decode(data, source="<stdin>" if name == "-" else name, tr=tr)
        if args.json:
            item = report_json(report)
            if args.advice:
                item["advice"] = [advice_text(report, r, tr) for r in report.recipients]
            out.write(json_line(item) + "\n")
            continue
        if index:
            out.write("\n")
        out.write(terminal_safe(render_summary(report, tr)))
        if args.advice:
            for recipient in report.recipients:
                out.write("\n" + "-" * 72 + "\n")
                out.write(terminal_safe(advice_text(report, recipient, tr)) + "\n")
    out.flush()
    return 2 if failed else 0


CHECK_CONTEXT = "check-data"
CHECK_FINE = QT_TRANSLATE_NOOP(
    "check-data", "No problems found: {variants} variants in {files} files, and every sample "
    "is recognised as its own variant.")
CHECK_PROBLEMS = QT_TRANSLATE_NOOP("check-data", "Problems found: {count}.")


def run_check_data(tr: Translate) -> int:
    """Validate resources/ (and, when its structure is sound, the variants' samples)."""
    from smtphelper.core import validate
    from smtphelper.core.resources import resources_dir
    from smtphelper.core.variants import load_variants

    problems = validate.check_resources()
    if not problems:
        problems = validate.check_samples()
    for problem in problems:
        print(terminal_safe(problem.text(tr)))
    if problems:
        print(tr(CHECK_CONTEXT, CHECK_PROBLEMS).format(count=len(problems)))
        return 1
    files = len(list((resources_dir() / "variants").glob("*.toml")))
    print(tr(CHECK_CONTEXT, CHECK_FINE).format(variants=len(load_variants()), files=files))
    return 0


class _VersionAction(argparse.Action):
    """``--version``, reading the installed version only when asked (package metadata is
    slow to read at every start)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:  # noqa: A002
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help or "show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        from smtphelper import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


@cache
def _terminal_width() -> int:
    """The width help is wrapped to (asked once)."""
    try:
        width = int(os.environ.get("COLUMNS", "")) or os.get_terminal_size().columns
    except (ValueError, OSError):
        width = 80
    return max(width - 2, 20)


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, told the terminal width: left to find it, argparse imports
    ``shutil`` and asks the terminal for every formatter it makes (one per argument), which
    every start pays for though help is rarely printed."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_terminal_width())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smtphelper-cli",
        description="Explain bounced-email (SMTP) error messages in plain language. Offline.",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", required=True)
    decode_cmd = commands.add_parser("decode", help="decode bounce messages or server replies",
                                     formatter_class=_HelpFormatter)
    decode_cmd.add_argument("files", nargs="*", metavar="FILE",
                            help="email files (.eml, .txt); none or - reads standard input")
    decode_cmd.add_argument("--json", action="store_true",
                            help="one JSON object per input per line (JSON Lines)")
    decode_cmd.add_argument("--advice", action="store_true",
                            help="also print a message to send to whoever must act")
    decode_cmd.add_argument("--lang", choices=("en", "cs"), default="en",
                            help="language of explanations (default: en)")
    check_cmd = commands.add_parser(
        "check-data", help="check the knowledge base in resources/ (for contributors)",
        formatter_class=_HelpFormatter)
    check_cmd.add_argument("--lang", choices=("en", "cs"), default="en",
                           help="language of the messages (default: en)")
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # Czech text must survive a pipe on Windows, whose default code page cannot hold it.
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() != "utf-8":
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = build_parser().parse_args(argv)
    if args.lang == "en":
        tr = no_translation
    else:
        from smtphelper.core.tsreader import translator_for

        tr = translator_for(args.lang)
    try:
        if args.command == "check-data":
            return run_check_data(tr)
        return run_decode(args, tr)
    except BrokenPipeError:  # `smtphelper-cli decode ... | head` closed the pipe: not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
