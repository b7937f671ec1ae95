"""The project's packages, not the tests/ folders of the same names, are what the test run imports (pytest run as
the console script of an editable install puts tests/ on sys.path; without ``pythonpath = ["."]`` `twin` was the
namespace package tests/twin and `twin.__version__` did not exist)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_top_level_packages_are_the_projects():
    import cli
    import gui
    import importers
    import layers
    import twin

    for mod in (twin, gui, layers, importers, cli):
        assert mod.__file__ is not None and Path(mod.__file__).parent.parent == ROOT, mod
    assert twin.__version__
