"""SMTP Helper: explains bounced-email error messages in plain language, offline."""

from importlib import metadata

try:
    __version__ = metadata.version("smtphelper")
except metadata.PackageNotFoundError:  # frozen app or plain source checkout
    from smtphelper.core.resources import read_version

    __version__ = read_version()
