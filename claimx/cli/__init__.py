"""The command line: `claimx extract`, `conflicts`, `check`, `baseline`, `show`, `schema`, `config`, `sheet`,
`timeline`, `report`.

Exit status: 0 success; 1 some input files could not be read (the records of
the others are still written), for `check` new conflicts, for `show` a file
changed since its record; 2 usage or configuration error (a missing path, a
malformed rule file, manifest or baseline) or an unexpected error, in one line
(`claimx --debug` shows its traceback). Files that are no articles
(binary, empty) are skipped with a message and do not change the status.
`conflicts` exits 0 whatever it finds: gating a build is `check`'s job.
"""

# importing a command module registers its commands, in the order `claimx --help` lists them
# isort: off
from . import extracting, crosschecking, reading, reporting  # noqa: F401
# isort: on
from .app import app, run

__all__ = ["app", "run"]
