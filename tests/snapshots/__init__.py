"""Expected outputs of the views, compared byte for byte; `CLAIMX_UPDATE_SNAPSHOTS=1 pytest` rewrites them."""

from __future__ import annotations

import os
from pathlib import Path

HERE = Path(__file__).parent


def matches_snapshot(name: str, output: str) -> bool:
    """Whether `output` is the snapshot `name`; with CLAIMX_UPDATE_SNAPSHOTS set, it becomes it (and matches)."""
    path = HERE / name
    if os.environ.get("CLAIMX_UPDATE_SNAPSHOTS"):
        path.write_text(output, encoding="utf-8")
    return path.read_text(encoding="utf-8") == output
