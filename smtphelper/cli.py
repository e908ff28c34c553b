"""``smtphelper-cli``: decode bounces from files or standard input, for helpdesks and scripts.

    smtphelper-cli decode [--json] [--advice] [--lang cs|en] [FILE ...]

No FILE, or ``-``, reads standard input. Exit 0 when every input was read (also when nothing
was found in it), 2 when any input could not be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from smtphelper import __version__
from smtphelper.core.advice import advice_text
from smtphelper.core.decode import decode
from smtphelper.core.i18n import Translate, no_translation
from smtphelper.core.model import Report
from smtphelper.core.tsreader import translator_for
from smtphelper.core.wording import render_summary

MAX_FILE_BYTES = 50 * 1024 * 1024  # read at most this much of one file


def report_json(report: Report) -> dict:
    """The stable JSON shape scripts rely on (one object per input)."""
    return {
        "source": report.source,
        "kind": report.kind,
        "is_bounce": report.is_bounce,
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


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read(MAX_FILE_BYTES)
    path = Path(name)
    with path.open("rb") as handle:
        return handle.read(MAX_FILE_BYTES)


def _describe_error(name: str, error: OSError) -> str:
    if isinstance(error, IsADirectoryError):
        return f"smtphelper-cli: {name}: is a folder, not a file"
    if isinstance(error, FileNotFoundError):
        return f"smtphelper-cli: {name}: no such file"
    if isinstance(error, PermissionError):
        return f"smtphelper-cli: {name}: permission denied"
    return f"smtphelper-cli: {name}: cannot be read ({error.strerror or error})"


def run_decode(args: argparse.Namespace, tr: Translate) -> int:
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
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
            continue
        if index:
            out.write("\n")
        out.write(render_summary(report, tr))
        if args.advice:
            for recipient in report.recipients:
                out.write("\n" + "-" * 72 + "\n")
                out.write(advice_text(report, recipient, tr) + "\n")
    out.flush()
    return 2 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smtphelper-cli",
        description="Explain bounced-email (SMTP) error messages in plain language. Offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    decode_cmd = commands.add_parser("decode", help="decode bounce messages or server replies")
    decode_cmd.add_argument("files", nargs="*", metavar="FILE",
                            help="email files (.eml, .txt); none or - reads standard input")
    decode_cmd.add_argument("--json", action="store_true",
                            help="one JSON object per input per line (JSON Lines)")
    decode_cmd.add_argument("--advice", action="store_true",
                            help="also print a message to send to whoever must act")
    decode_cmd.add_argument("--lang", choices=("en", "cs"), default="en",
                            help="language of explanations (default: en)")
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # Czech text must survive a pipe on Windows, whose default code page cannot hold it.
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() != "utf-8":
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = build_parser().parse_args(argv)
    tr = no_translation if args.lang == "en" else translator_for(args.lang)
    try:
        return run_decode(args, tr)
    except BrokenPipeError:  # `smtphelper-cli decode ... | head` closed the pipe: not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
