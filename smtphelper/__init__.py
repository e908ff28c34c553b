"""SMTP Helper: explains bounced-email error messages in plain language, offline."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    # The installed package's metadata (from pyproject.toml); the frozen app carries a copy.
    from smtphelper.core.resources import read_version

    return read_version()


def __getattr__(name: str) -> str:
    # Computed on first use: reading package metadata at import would slow every start-up.
    if name == "__version__":
        return _version()
    raise AttributeError(name)


def _keep_compiled_patterns() -> None:
    # Before anything compiles a regular expression: see smtphelper/regexcache.py.
    from smtphelper.regexcache import install

    install()


_keep_compiled_patterns()
