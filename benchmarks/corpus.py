"""Where the development corpus lives: ``shared/corpus`` in a folder above the checkout.

The checkout may be the main clone or a worktree nested deeper, so every parent is tried.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_folder() -> Path:
    """The corpus folder (``…/shared/corpus``); the nearest parent's guess when none exists."""
    for folder in ROOT.parents:
        if (folder / "shared" / "corpus" / "emails").is_dir():
            return folder / "shared" / "corpus"
    return ROOT.parent / "shared" / "corpus"
