"""The README's pre-commit snippet, installed as a newsroom would in a repository of its own.

pre-commit builds the hook's environment by installing claimx and its dependencies;
with no network in tests, pip reads them from a wheelhouse that `.ci/run` fills at
install time (`CLAIMX_WHEELHOUSE`). Without one, or outside a git checkout, the test
is skipped; CI always has both.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

WHEELHOUSE = os.environ.get("CLAIMX_WHEELHOUSE")
BIN = Path(sys.executable).parent  # pre-commit and claimx, installed with the tests
OLD = "GLM-5.2 has 1.2 trillion total parameters in total.\n"
CONTRADICTS = "In our review, GLM-5.2 has 1.5 trillion total parameters in total.\n"
AGREES = "GLM-5.2, with its 1.2 trillion total parameters, leads the open models.\n"

pytestmark = pytest.mark.skipif(
    not WHEELHOUSE or not (BIN / "pre-commit").exists(),
    reason="no wheelhouse for pre-commit to install claimx from offline (CI sets CLAIMX_WHEELHOUSE)",
)


def git(folder: Path, *args: str) -> subprocess.CompletedProcess:
    identity = {"GIT_AUTHOR_NAME": "desk", "GIT_AUTHOR_EMAIL": "desk@example.com"}
    identity |= {"GIT_COMMITTER_NAME": "desk", "GIT_COMMITTER_EMAIL": "desk@example.com"}
    offline = {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": WHEELHOUSE or "", "PRE_COMMIT_HOME": str(folder.parent / "pc")}
    environment = {**os.environ, **identity, **offline}
    environment["PATH"] = f"{BIN}{os.pathsep}{environment['PATH']}"  # the hook script calls pre-commit
    return subprocess.run(["git", *args], cwd=folder, env=environment, capture_output=True, text=True, check=False)


def committed(folder: Path, *paths: str, message: str = "articles") -> bool:
    """Whether `git commit` of `paths` gets past the hook."""
    git(folder, "add", *paths)
    return git(folder, "commit", "-q", "-m", message).returncode == 0


def readme_hook_config(claimx_checkout: Path, rev: str) -> str:
    """The README's snippet as a `.pre-commit-config.yaml`, pointed at this checkout instead of the public URL."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = re.search(r"### pre-commit\n\n```yaml\n(.*?)\n```", readme, flags=re.S).group(1)
    (repository,) = yaml.safe_load(snippet)
    repository |= {"repo": str(claimx_checkout), "rev": rev}
    return yaml.safe_dump({"repos": [repository]})


def test_the_readme_hook_fails_a_contradicting_commit_and_passes_the_rest(tmp_path):
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False)
    if head.returncode:
        pytest.skip("claimx is not a git checkout here: pre-commit installs hooks from one")
    desk = tmp_path / "desk"
    (desk / "corpora").mkdir(parents=True)
    git(desk, "init", "-q", "-b", "main")
    (desk / ".pre-commit-config.yaml").write_text(readme_hook_config(ROOT, head.stdout.strip()))
    (desk / "corpora" / "old.md").write_text(OLD)
    (desk / "corpora" / "manifest.yaml").write_text("articles:\n  - {file: old.md, outlet: Example Wire}\n")
    assert committed(desk, ".")
    assert subprocess.run([BIN / "pre-commit", "install"], cwd=desk, capture_output=True, check=False).returncode == 0

    (desk / "corpora" / "new.md").write_text(CONTRADICTS)
    assert not committed(desk, "corpora/new.md")  # the hook runs claimx check and fails the commit

    (desk / "corpora" / "new.md").write_text(AGREES)
    (desk / "corpora" / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (desk / "corpora" / "manifest.yaml").write_text("articles:\n  - {file: new.md, outlet: Example Wire}\n")
    assert committed(desk, "corpora/new.md", "corpora/chart.png", "corpora/manifest.yaml")

    (desk / "corpora" / "review.md").write_text(CONTRADICTS)
    accepted = subprocess.run([BIN / "claimx", "baseline", "corpora/"], cwd=desk, capture_output=True, check=False)
    assert accepted.returncode == 0
    assert committed(desk, "corpora/review.md", ".claimx-baseline.json")  # a known conflict, accepted
    assert git(desk, "mv", "corpora/review.md", "corpora/reviewed.md").returncode == 0
    assert committed(desk, "corpora/reviewed.md", message="rename")  # still accepted under its new name
