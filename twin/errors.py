"""Errors that reach the user as a message, never as a traceback.

Every error raised for bad input or an unusable project file is a :class:`TwinError`. The CLI and the GUI
show ``str(error)``, so the message names the file and, where it applies, the line or the feature.
"""

from __future__ import annotations

from pathlib import Path

from twin.messages import tr


class TwinError(Exception):
    """An error whose message is meant for the user."""


class StoreError(TwinError):
    """The project file cannot be opened, written or migrated."""


class ImportCancelled(TwinError):
    """The user cancelled an import; the transaction was rolled back."""

    def __init__(self, path: str | Path | None = None):
        super().__init__(tr("Import of {path} was cancelled; the project is unchanged.", path=path) if path else
                         tr("Import cancelled; the project is unchanged."))


class InputError(TwinError):
    """Bad input: a file that cannot be read, with where and what is wrong."""

    def __init__(self, path: str | Path, problem: str, *, line: int | None = None,
                 feature: str | None = None):
        self.path = str(path)
        self.problem = problem
        self.line = line
        self.feature = feature
        where = self.path
        if line is not None:
            where = tr("{where}, line {line}", where=where, line=line)
        if feature:
            where = tr("{where}, feature {feature}", where=where, feature=feature)
        super().__init__(f"{where}: {problem}")


class NoImporterError(InputError):
    """No registered importer recognises the input."""
