"""Where the development corpus is (``shared/corpus/emails`` in a folder above the checkout),
or None where it is not (a fresh clone on CI): tests that read it skip then."""

from __future__ import annotations

from pathlib import Path

CORPUS = next((folder / "shared" / "corpus" / "emails"
               for folder in Path(__file__).resolve().parents
               if (folder / "shared" / "corpus" / "emails").is_dir()), None)
