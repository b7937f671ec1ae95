"""A mistyped --project never creates a project: only ``new`` and ``import`` make one."""

from __future__ import annotations

import pytest

from main import main


READ_COMMANDS = [
    ["info"],
    ["info", "--read-only"],
    ["sql", "SELECT 1 AS one"],
    ["sql", "DELETE FROM buildings", "--write"],
    ["render", "--out", "{tmp}/out.png"],
    ["analysis", "params", "building_risk"],
    ["analysis", "run", "building_risk"],
    ["analysis", "runs"],
]


@pytest.mark.parametrize("argv", READ_COMMANDS, ids=lambda a: " ".join(a[:2]))
@pytest.mark.parametrize("where", ["after", "before"])
def test_a_missing_project_is_refused_and_nothing_is_created(tmp_path, capsys, argv, where):
    typo = tmp_path / "typo.duckdb"
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    full = (["--project", str(typo), *argv] if where == "before" else [*argv, "--project", str(typo)])
    assert main(full) == 1
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert str(typo) in err and f"kaga-twin new {typo}" in err and f"--project {typo}" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no project, no .wal, no picture


def test_import_and_new_still_create_a_project(tmp_path, capsys):
    made = tmp_path / "made.duckdb"
    assert main(["new", str(made)]) == 0 and made.exists()
    odd = tmp_path / "notes.txt"
    odd.write_text("hello\n")
    target = tmp_path / "imported.duckdb"
    main(["import", str(odd), "--project", str(target)])  # the input is refused, the project is made
    assert target.exists()
    assert main(["info", "--project", str(target)]) == 0


def test_the_default_project_is_still_made_on_first_use(capsys):
    from twin.paths import default_project_path

    assert not default_project_path().exists()
    assert main(["sql", "SELECT 1 AS one", "--format", "csv"]) == 0
    assert default_project_path().exists()
