"""Suite-wide set-up: undoc-lint's user cache in a directory of this test run.

undoc-lint keeps derived files in the user cache (language data, compiled
regular expressions and records, and the results of `undoc-lint check`, which
are on by default): the suite must neither read the user's entries nor leave
its own there. The directory is set before collection (test modules import
undoc_lint), shared with pytest-xdist's workers and with subprocesses (they
inherit the environment) and removed at the end. Tests about the cache itself
point UNDOC_LINT_CACHE_DIR at their own tmp_path.
"""

import os
import shutil
import tempfile

_OWNER = "_UNDOC_LINT_TEST_CACHE_OWNER"


def pytest_configure(config):
    if os.environ.get(_OWNER):  # an xdist worker: the controller's directory
        return
    os.environ["UNDOC_LINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="undoc-lint-test-cache-")
    os.environ[_OWNER] = str(os.getpid())


def pytest_unconfigure(config):
    if os.environ.get(_OWNER) == str(os.getpid()):
        shutil.rmtree(os.environ.pop("UNDOC_LINT_CACHE_DIR"), ignore_errors=True)
        del os.environ[_OWNER]
