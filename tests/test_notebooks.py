"""Every notebook in notebooks/ runs top to bottom on a fresh kernel of this venv.

The kernel is chosen explicitly: a `python3` kernelspec pointing at this
interpreter is installed into a temporary folder put first on JUPYTER_PATH,
so a global or user-level `python3` kernelspec (another Python, without
kg) can never be picked.  Each run also checks the kernel's sys.prefix.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
SHARED = ROOT.parent / "shared" / "eval"
NAMES = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
PREFIX_MARK = "kernel sys.prefix: "


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    """A python3 kernelspec for this very interpreter, first on JUPYTER_PATH."""
    from ipykernel.kernelspec import install
    from jupyter_client.kernelspec import KernelSpecManager

    prefix = tmp_path_factory.mktemp("kernelspec")
    install(kernel_name="python3", prefix=str(prefix))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_PATH", str(prefix / "share" / "jupyter"))
        spec = KernelSpecManager().get_kernel_spec("python3")
        assert spec.argv[0] == sys.executable
        yield "python3"


def test_there_are_notebooks():
    assert {"01-explore.ipynb", "02-network.ipynb", "03-quality.ipynb"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_stored_clean(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    assert nb.nbformat == 4
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert nb.cells[0].cell_type == "markdown", "a notebook opens with what it answers"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "stored with outputs"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_on_a_fresh_kernel(kernel, name):
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    assert (SHARED / "dev").is_dir(), f"03-quality reads the dev set at {SHARED}"
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(f"import sys\nprint({PREFIX_MARK!r} + sys.prefix)"))
    client = NotebookClient(
        nb,
        kernel_name=kernel,
        timeout=300,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    try:
        client.execute()
    except CellExecutionError as exc:  # the failing cell and its traceback, not nbclient's
        pytest.fail(f"{name} failed:\n{exc}", pytrace=False)
    printed = "".join(o.get("text", "") for o in nb.cells[-1].outputs)
    assert printed.strip() == PREFIX_MARK + sys.prefix, "the notebook ran on another Python"
