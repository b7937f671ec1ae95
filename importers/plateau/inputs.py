"""What a user can point the importer at: a .gml file, a dataset folder, or the dataset .zip.

* a file: itself;
* a dataset root (``17206_kaga-shi_city_2024_citygml_1_op/``, or its ``udx/``): the .gml files under
  ``udx/bldg`` and ``udx/tran`` (the themes this importer reads);
* any other folder (e.g. ``udx/bldg``): every .gml file below it;
* a zip: its members under ``…/udx/bldg/`` and ``…/udx/tran/``, else every .gml member; members are
  streamed from the archive, never unpacked to disk.

Each becomes a :class:`GmlInput` that knows how to open its byte stream, its name for messages and for
the ``source_file`` column, and the folder its code-list paths are relative to.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .versions import CORE_NAMESPACES
from .ziparchive import open_zip

THEMES = ("bldg", "tran")
_THEME_MEMBER = re.compile(r"(?:^|/)udx/(?:bldg|tran)/[^/].*\.gml$", re.I)
_SNIFF_BYTES = 8192


class NoCityGML(Exception):
    """The folder or zip holds no CityGML file this importer reads."""


@dataclass(frozen=True)
class GmlInput:
    label: str                  # for messages: the file path, or "archive.zip!member"
    source_file: str            # stored in buildings.source_file / roads.source_file
    size: int                   # bytes of the (uncompressed) stream
    gml_dir: str                # folder the file's codeSpace paths are relative to
    path: Path | None = None
    zip_path: Path | None = None
    member: str | None = None

    def open(self) -> BinaryIO:
        if self.zip_path is not None:
            zf = open_zip(self.zip_path)
            stream = zf.open(self.member)
            return _ZipStream(zf, stream)
        return open(self.path, "rb", buffering=0)


class _ZipStream:
    """A zip member stream that closes its archive too."""

    def __init__(self, zf: zipfile.ZipFile, stream):
        self._zf, self._s = zf, stream

    def read(self, n: int = -1) -> bytes:
        return self._s.read(n)

    def close(self) -> None:
        self._s.close()
        self._zf.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --- sniffing ---------------------------------------------------------------------------------------
def looks_like_citygml(head: bytes) -> bool:
    """A CityGML CityModel root with a core namespace in the first bytes of a file."""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return b"CityModel" in head and any(ns.encode() in head for ns in CORE_NAMESPACES)


def _file_head(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(_SNIFF_BYTES)


def is_zip(path: Path) -> bool:
    return path.is_file() and zipfile.is_zipfile(path)


def _dataset_theme_dirs(folder: Path) -> list[Path]:
    udx = folder if folder.name.lower() == "udx" else folder / "udx"
    return [udx / t for t in THEMES if (udx / t).is_dir()]


def _first_gml(folder: Path) -> Path | None:
    for p in folder.rglob("*"):
        if p.suffix.lower() == ".gml" and p.is_file():
            return p
    return None


def sniff(path: Path) -> float:
    """0 … 1: how sure we are that ``path`` is PLATEAU CityGML (cheap: first bytes, listing only)."""
    if path.is_dir():
        for d in _dataset_theme_dirs(path):
            if _first_gml(d) is not None:
                return 0.95
        first = _first_gml(path)
        if first is not None and looks_like_citygml(_file_head(first)):
            return 0.9 if path.name.lower() in THEMES else 0.8
        return 0.0
    if is_zip(path):
        try:
            with open_zip(path) as zf:
                names = zf.namelist()
        except (zipfile.BadZipFile, OSError):
            return 0.0
        if any(_THEME_MEMBER.search(n) for n in names):
            return 0.95
        if any(n.lower().endswith(".gml") for n in names):
            return 0.6
        return 0.0
    try:
        return 0.95 if looks_like_citygml(_file_head(path)) else 0.0
    except OSError:
        raise
    except Exception:
        return 0.0


# --- listing ----------------------------------------------------------------------------------------
def list_inputs(path: Path) -> list[GmlInput]:
    """The CityGML inputs of a file, folder or zip; :class:`NoCityGML` if there are none."""
    path = Path(path)
    if path.is_dir():
        return _folder_inputs(path)
    if is_zip(path):
        return _zip_inputs(path)
    return [GmlInput(label=str(path), source_file=path.name, size=path.stat().st_size,
                     gml_dir=str(path.parent), path=path)]


def _folder_inputs(folder: Path) -> list[GmlInput]:
    theme_dirs = _dataset_theme_dirs(folder)
    udx = folder if folder.name.lower() == "udx" else folder / "udx"
    if udx.is_dir():
        roots = theme_dirs
        if not roots:
            raise NoCityGML(f"this dataset has no udx/bldg or udx/tran folder with CityGML files "
                            f"(found: {', '.join(sorted(p.name for p in udx.iterdir() if p.is_dir())) or 'nothing'})")
    else:
        roots = [folder]
    files = sorted({p for r in roots for p in r.rglob("*") if p.suffix.lower() == ".gml" and p.is_file()},
                   key=lambda p: p.relative_to(folder).as_posix())
    if not files:
        raise NoCityGML("no CityGML (.gml) files in this folder" + (" (looked in udx/bldg and udx/tran)"
                                                                    if udx.is_dir() else ""))
    return [GmlInput(label=str(p), source_file=p.relative_to(folder).as_posix(), size=p.stat().st_size,
                     gml_dir=str(p.parent), path=p) for p in files]


def _zip_inputs(zpath: Path) -> list[GmlInput]:
    with open_zip(zpath) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir() and i.filename.lower().endswith(".gml")]
    themed = [i for i in infos if _THEME_MEMBER.search(i.filename)]
    chosen = themed or infos
    if not chosen:
        raise NoCityGML("no CityGML (.gml) files in this zip archive")
    chosen.sort(key=lambda i: i.filename)
    return [GmlInput(label=f"{zpath}!{i.filename}", source_file=i.filename, size=i.file_size,
                     gml_dir=posixpath.dirname(i.filename), zip_path=zpath, member=i.filename) for i in chosen]


def input_files(path: Path) -> list[Path]:
    """The files on disk read for ``path`` (for the source fingerprint and progress total)."""
    path = Path(path)
    if path.is_dir():
        return [i.path for i in _folder_inputs(path)]
    return [path]


_MESH = re.compile(r"(?:^|_)(\d{6}(?:\d{2}(?:\d{1,2})?)?)_[A-Za-z]+_\d{4,5}(?=[_.]|$)")


def mesh_code(file_name: str) -> str | None:
    """The JIS X 0410 mesh code in a PLATEAU file name (``53392547_bldg_6697_op2.gml`` → ``53392547``,
    ``533925_tran_6697_op.gml`` → ``533925``, ``hodokyo_51324378_brid_6697.gml`` → ``51324378``)."""
    m = _MESH.search(posixpath.basename(file_name.replace("\\", "/")))
    return m.group(1) if m else None
