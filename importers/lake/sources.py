"""What ``lake build SRC…`` builds: each SRC expands to sources, one Dask task each.

* a PLATEAU dataset folder (it has ``udx/``), a ``.zip`` or a ``.gml`` file: one source;
* any other folder: every dataset folder, zip and loose ``.gml`` below it, one source each (dataset folders are
  not entered; hidden and ``_`` names are skipped).

A source's sha256 is that of its bytes (zip, gml) or, for a dataset folder, of its CityGML files (relative names
and contents, ``twin.store.sources.sha256_of_files``): the manifest's key."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from importers.plateau import inputs
from twin.errors import InputError
from twin.store.sources import sha256_of_files


@dataclass(frozen=True)
class LakeSource:
    path: Path
    kind: str         # "dataset", "zip" or "gml"

    @property
    def name(self) -> str:
        return self.path.name

    def files(self) -> list[Path]:
        """The files its sha256 and size are taken from."""
        if self.kind == "dataset":
            try:
                return inputs.input_files(self.path)
            except inputs.NoCityGML as exc:
                raise InputError(self.path, str(exc)) from None
        return [self.path]

    def size(self) -> int:
        return sum(f.stat().st_size for f in self.files())

    def sha256(self) -> str:
        files = self.files()
        return sha256_of_files(files, self.path if self.kind == "dataset" else None)


def _is_dataset(folder: Path) -> bool:
    return (folder / "udx").is_dir() or folder.name.lower() == "udx"


def expand(src: Path) -> list[LakeSource]:
    """The sources in one SRC argument; :class:`InputError` if it does not exist or holds none."""
    src = Path(src)
    if not src.exists():
        raise InputError(src, "no such file or folder")
    if src.is_file():
        if src.suffix.lower() == ".zip" or inputs.is_zip(src):
            return [LakeSource(src, "zip")]
        return [LakeSource(src, "gml")]
    if _is_dataset(src):
        return [LakeSource(src, "dataset")]
    found: list[LakeSource] = []
    _walk(src, found)
    if not found:
        raise InputError(src, "no PLATEAU dataset folder, .zip or .gml file in this folder")
    return found


def _walk(folder: Path, found: list[LakeSource]) -> None:
    for p in sorted(folder.iterdir()):
        if p.name.startswith((".", "_")):
            continue
        if p.is_dir():
            if _is_dataset(p):
                found.append(LakeSource(p, "dataset"))
            else:
                _walk(p, found)
        elif p.suffix.lower() == ".zip":
            found.append(LakeSource(p, "zip"))
        elif p.suffix.lower() == ".gml":
            found.append(LakeSource(p, "gml"))
