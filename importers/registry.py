"""The importer registry: which importer reads a given path, decided by content, not only the extension.

Each importer is a subclass of :class:`Importer` registered with :func:`register`. :func:`find_importer`
asks every importer to :meth:`~Importer.sniff` the path (a cheap look at the first bytes, the folder
layout or the zip listing) and picks the highest score; ties go to the higher ``priority``.
:func:`import_path` runs the chosen importer inside one store transaction (see ``twin.store.sources``).
Later issues add importers (road-damage CSV, plough tracks, population tables) by registering here; a theme's
importers register when the registry loads the themes' ``importers`` tier (``twin.themes.load_tier``).

``Importer.tables`` is a contract: the importer may write only those tables (``SourceWriter.insert_arrow``
refuses any other) and the import summary lists exactly them. ``Importer.locate`` says where the data lies
before anything is transformed, so an empty project can take the data's plane rectangular zone as its CRS
and a project whose CRS does not fit the data warns (``twin.store.sources``).

**Column mapping.** A table importer whose files may name their columns in ways it does not know declares
``map_fields`` (the fields its ``map`` option takes), ``required_fields`` (what it cannot read a file without, as
:class:`~importers.column_mapping.Need` objects) and answers :meth:`Importer.columns`, :meth:`Importer.preview` and
:meth:`Importer.guess_mapping` for a file; the GUI's Columns… dialog is built from these alone. The shared code
(header matching, ``map`` parsing, CSV heads) is :mod:`importers.column_mapping`.
"""

from __future__ import annotations

import threading
import zipfile
import zlib
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, ClassVar

from importers.column_mapping import Need, unmet
from twin import themes
from twin.crs import Location
from twin.errors import InputError, NoImporterError
from twin.messages import tr
from importers import messages_ja  # noqa: F401  (Japanese for the damaged-archive message)
from twin.store import Store
from twin.store.sources import ImportReport, ProgressFn, SourceWriter, run_source_import

_REGISTRY: dict[str, type["Importer"]] = {}


class Importer(ABC):
    """Reads one kind of input into store tables."""

    name: ClassVar[str]                 # registry key, stored in sources.importer
    version: ClassVar[str]              # stored in sources.importer_version
    label: ClassVar[str]                # for dialogs and messages, e.g. "PLATEAU CityGML"
    patterns: ClassVar[tuple[str, ...]] = ()  # file-dialog filters, e.g. ("*.gml", "*.zip")
    accepts_folders: ClassVar[bool] = False
    priority: ClassVar[int] = 0
    tables: ClassVar[tuple[str, ...]] = ()    # the tables it writes (and only these); see the module docstring
    #: options accepted by :meth:`read`, name -> help text (the CLI exposes them)
    options: ClassVar[dict[str, str]] = {}
    #: options with a fixed set of values, name -> values (dialogs offer a choice; see :meth:`option_default`)
    option_values: ClassVar[dict[str, tuple[str, ...]]] = {}
    #: fields the ``map`` option can give a column (empty: the importer takes no column mapping)
    map_fields: ClassVar[tuple[str, ...]] = ()
    #: what :meth:`read` cannot do without, each any one of a few sets of fields (``Need("lat+lon", "wkt")``);
    #: it raises :class:`~importers.column_mapping.MissingColumns` when a file does not meet them
    required_fields: ClassVar[tuple[Need, ...]] = ()
    #: options that make another source of the same path (the lake importer's ``city`` and ``bbox``: two areas
    #: of one lake are two sources); a re-import replaces an earlier import only when these are equal
    identity_options: ClassVar[tuple[str, ...]] = ()

    @abstractmethod
    def sniff(self, path: Path) -> float:
        """How sure this importer is that it can read ``path``: 0 (no) to 1 (certain). Must be cheap."""

    def input_files(self, path: Path) -> list[Path]:
        """The files read for ``path`` (for the source fingerprint and the progress total)."""
        return [path]

    def locate(self, path: Path) -> Location | None:
        """Where the data of ``path`` lies (latitude, longitude and, where the input names it, the prefecture
        or municipality), read cheaply before anything is transformed; None when it cannot tell. Must not raise
        for bad input: :meth:`read` reports that."""
        return None

    def location(self, path: Path, options: dict[str, Any]) -> Location | None:
        """Where the data this import (``path`` with ``options``) writes lies, for the CRS of an empty project;
        by default :meth:`locate`. The lake importer overrides it: the area chosen by its options."""
        return self.locate(path)

    @abstractmethod
    def read(self, path: Path, writer: SourceWriter, options: dict[str, Any]) -> None:
        """Read ``path`` and write rows through ``writer`` (only into :attr:`tables`, in ``writer.crs``); raise
        :class:`InputError` on bad input."""

    # -- column mapping (importers with map_fields) --------------------------------------------------------------

    def preview(self, path: Path, rows: int = 5) -> tuple[list[str], list[list[str]]] | None:
        """(column names, the first ``rows`` data rows) of the table ``path`` holds, read cheaply; None when this
        importer cannot read it as a table (or takes no mapping). Must not raise for bad input."""
        return None

    def columns(self, path: Path) -> list[str] | None:
        """The column names of the table ``path`` holds, or None (see :meth:`preview`)."""
        head = self.preview(path, 0)
        return head[0] if head else None

    def guess_mapping(self, path: Path) -> dict[str, str]:
        """{field: column} this importer picks by itself for ``path`` (without a ``map`` option), in column
        order; empty when it cannot read the columns."""
        return {}

    def unmet_fields(self, mapped: Any, options: dict[str, Any] | None = None) -> list[Need]:
        """The :attr:`required_fields` not met when the fields ``mapped`` have a column (and with ``options``)."""
        return unmet(self.required_fields, mapped, options)

    def option_default(self, name: str) -> str | None:
        """The value option ``name`` has when it is not given (for the choices of :attr:`option_values`)."""
        values = self.option_values.get(name)
        return values[0] if values else None


def register(cls: type[Importer]) -> type[Importer]:
    """Class decorator adding an importer to the registry. It must declare the tables it writes."""
    if not cls.tables:
        raise TypeError(f"importer {cls.__name__} ({getattr(cls, 'name', '?')}) declares no tables: set "
                        "Importer.tables to the tables it writes")
    _REGISTRY[cls.name] = cls
    return cls


def all_importers() -> list[Importer]:
    _load_builtin()
    return [cls() for cls in sorted(_REGISTRY.values(), key=lambda c: (-c.priority, c.name))]


def get_importer(name: str) -> Importer:
    _load_builtin()
    try:
        return _REGISTRY[name]()
    except KeyError:
        raise NoImporterError(name, f"no importer called {name!r}; known: {', '.join(sorted(_REGISTRY))}") from None


def find_importer(path: str | Path) -> Importer:
    """The importer that reads ``path`` best; :class:`InputError` if none does."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, tr("no such file or folder"))
    best, best_score = None, 0.0
    for imp in all_importers():
        try:
            score = imp.sniff(path)
        except OSError as exc:
            raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None
        if score > best_score:
            best, best_score = imp, score
    if best is None:
        damaged = damaged_archive(path)
        if damaged:
            raise InputError(path, damaged)
        kinds = "; ".join(f"{i.label} ({', '.join(i.patterns)}{', folders' if i.accepts_folders else ''})"
                          for i in all_importers())
        if path.is_dir():
            problem = tr("this folder is not in a format Kaga Twin can import (no importable files in it, nor in "
                         "PLATEAU udx/<theme> subfolders)")
        elif path.stat().st_size == 0:
            problem = tr("the file is empty (0 bytes), so it is not in a format Kaga Twin can import")
        else:
            problem = tr("this file is not in a format Kaga Twin can import")
        raise NoImporterError(path, tr("{problem}. Supported: {kinds}", problem=problem, kinds=kinds))
    return best


def import_path(store: Store, path: str | Path, *, importer: str | None = None,
                options: dict[str, Any] | None = None, progress: ProgressFn | None = None,
                cancel: threading.Event | None = None) -> ImportReport:
    """Import ``path`` into ``store`` in one transaction and return the report."""
    path = Path(path).expanduser().absolute()
    imp = get_importer(importer) if importer else find_importer(path)
    if not path.exists():
        raise InputError(path, tr("no such file or folder"))
    options = {k: v for k, v in (options or {}).items() if v is not None}
    unknown = set(options) - set(imp.options)
    if unknown:
        raise InputError(path, f"the {imp.label} importer has no option(s) {', '.join(sorted(unknown))}")
    try:
        files = imp.input_files(path)
        return run_source_import(store, path, importer=imp.name, importer_version=imp.version, files=files,
                                 body=lambda writer: imp.read(path, writer, options), options=options,
                                 progress=progress, cancel=cancel, tables=imp.tables, location=imp.location(path, options),
                                 identity_options=imp.identity_options)
    except (zipfile.BadZipFile, zlib.error) as exc:  # a member that cannot be decompressed, a bad CRC
        raise InputError(path, _damaged(exc)) from None


_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def _damaged(detail: object) -> str:
    if isinstance(detail, zipfile.BadZipFile) and str(detail) == "File is not a zip file":
        detail = tr("its table of contents at the end of the file is missing: the file was cut off")
    return tr("the archive is damaged and cannot be read ({detail}); download or copy it again",
              detail=str(detail) or type(detail).__name__)


def damaged_archive(path: str | Path) -> str | None:
    """Why ``path`` is a damaged zip archive (a zip's signature or name, but no readable table of contents),
    or None when it is not one."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError:
        return None
    if not (head.startswith(_ZIP_MAGIC) or path.suffix.lower() == ".zip"):
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            bad = zf.testzip()
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        return _damaged(exc)
    return _damaged(tr("member {name} is corrupt", name=bad)) if bad else None


def _load_builtin() -> None:
    """Import the importer modules every registered theme names for the ``importers`` tier (they register
    themselves). By name: the registry depends on no importer, and each theme's importers stay independent of
    the others'."""
    themes.load_tier("importers")
