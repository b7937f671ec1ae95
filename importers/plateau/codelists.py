"""PLATEAU code lists: ``codeSpace`` paths resolved relative to each GML file, case-insensitively.

A coded value looks like ``<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>``;
the code list is a ``gml:Dictionary`` whose ``gml:Definition`` entries pair ``gml:name`` (the code) with
``gml:description`` (the label). Real datasets differ in file-name case from the codeSpace
(``Building_BuildingStructureType.xml`` vs ``Building_buildingStructureType.xml``), so the lookup ignores
case. Files may live in a folder or inside the dataset zip; :class:`CodeListBase` says which.

When the codeSpace path does not exist — a GML file copied out of its dataset next to a ``codelists``
folder, say — the list is looked for in a ``codelists`` folder beside the file or up to two folders above
it (the same file name, any case), as a user who keeps files and code lists together would expect.

A missing list is not an error: the code is kept, the label stays NULL. Lists that could not be read are in
:attr:`CodeLists.missing` (one warning each); lists that are simply absent are in :attr:`CodeLists.not_found`,
which the caller reports in one summary line (:func:`not_found_warning`).
"""

from __future__ import annotations

import os
import posixpath
import zipfile
from dataclasses import dataclass

from lxml import etree

from .ziparchive import open_zip

from twin.messages import tr  # (twin.messages imports nothing heavy: fine in the parse workers)

from . import messages_ja  # noqa: F401  (Japanese for the summary line)

_GML = "{http://www.opengis.net/gml}"


@dataclass(frozen=True)
class CodeListBase:
    """Where the GML file lives: a folder on disk, or a folder inside a zip (posix path)."""

    gml_dir: str
    zip_path: str | None = None

    def resolve(self, code_space: str) -> str:
        """The path a codeSpace points to (not yet checked to exist)."""
        cs = code_space.strip().replace("\\", "/")
        if cs.startswith(("http://", "https://")):
            # a master-copy URL: use the dataset's own codelists folder, where PLATEAU ships the same file
            cs = "../../codelists/" + cs.rsplit("/", 1)[-1]
        if self.zip_path is not None:
            return posixpath.normpath(posixpath.join(self.gml_dir, cs))
        return os.path.normpath(os.path.join(self.gml_dir, cs))

    def describe(self, resolved: str) -> str:
        return f"{self.zip_path}!{resolved}" if self.zip_path else resolved


def not_found_warning(looked_for: list[str]) -> str:
    """One warning for every code list that was not found (``looked_for``: the paths looked for)."""
    if len(looked_for) == 1:
        return tr("code list {code_space} not found (looked for {where}, and in codelists/ folders beside the file "
                  "and above it); codes are kept without labels",
                  code_space=posixpath.basename(looked_for[0].replace("\\", "/")), where=looked_for[0])
    names = sorted({posixpath.basename(p.replace("\\", "/")) for p in looked_for}, key=str.lower)
    folders = sorted({p.replace("\\", "/").rsplit("/", 1)[0] or "/" for p in looked_for})
    return tr("{n} code lists not found (looked in {folders}, and in codelists/ folders beside the file and above it): "
              "{names}; codes are kept without labels",
              n=len(names), folders=", ".join(folders), names=", ".join(names))


def parse_dictionary(data: bytes) -> dict[str, str]:
    """code → label of a gml:Dictionary code list."""
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    out: dict[str, str] = {}
    for d in root.iter(f"{_GML}Definition"):
        code = label = None
        for child in d:
            if child.tag == f"{_GML}name" and code is None:
                code = (child.text or "").strip()
            elif child.tag == f"{_GML}description" and label is None:
                label = (child.text or "").strip()
        if code:
            out[code] = label if label is not None else ""
    return out


class CodeLists:
    """Loads and caches code lists; remembers which ones were missing."""

    def __init__(self) -> None:
        self._lists: dict[tuple[str | None, str], dict[str, str] | None] = {}
        self._by_space: dict[tuple[CodeListBase, str], tuple[str | None, str]] = {}
        self._dir_listing: dict[str, dict[str, str]] = {}
        self._zip_names: dict[str, dict[str, str]] = {}
        self._zips: dict[str, zipfile.ZipFile] = {}
        #: (key, message) of lists that could not be read, in discovery order
        self.missing: dict[str, str] = {}
        #: (key, path looked for) of lists that do not exist, in discovery order
        self.not_found: dict[str, str] = {}

    # -- lookup ----------------------------------------------------------------------------------------
    def label(self, base: CodeListBase, code_space: str | None, code: str | None) -> str | None:
        """The label of ``code`` in the list named by ``code_space``, or None."""
        if not code_space or code is None:
            return None
        table = self.table(base, code_space)
        if table is None:
            return None
        return table.get(code)

    def table(self, base: CodeListBase, code_space: str) -> dict[str, str] | None:
        key = (base, code_space)
        hit = self._by_space.get(key)
        if hit is None:
            resolved = base.resolve(code_space)
            hit = (base.zip_path, resolved)
            self._by_space[key] = hit
            if hit not in self._lists:
                self._lists[hit] = self._load(base, code_space, resolved)
        return self._lists[hit]

    # -- loading ---------------------------------------------------------------------------------------
    def _load(self, base: CodeListBase, code_space: str, resolved: str) -> dict[str, str] | None:
        missing_key = f"codelist:{base.describe(resolved).lower()}"
        try:
            data = self._read(base, resolved)
            for alternative in ([] if data is not None else self._nearby(base, resolved)):
                data = self._read(base, alternative)
                if data is not None:
                    break
        except OSError as exc:
            self.missing.setdefault(missing_key, f"code list {code_space} could not be read ({exc}); "
                                                 "codes are kept without labels")
            return None
        if data is None:
            self.not_found.setdefault(missing_key, base.describe(resolved))
            return None
        try:
            return parse_dictionary(data)
        except etree.XMLSyntaxError as exc:
            self.missing.setdefault(missing_key, f"code list {base.describe(resolved)} is not valid XML "
                                                 f"({exc}); codes are kept without labels")
            return None

    @staticmethod
    def _nearby(base: CodeListBase, resolved: str) -> list[str]:
        """``codelists/<name>`` beside the GML file and in the two folders above it."""
        path = posixpath if base.zip_path is not None else os.path
        name = path.basename(resolved)
        out, folder = [], base.gml_dir
        for _ in range(3):
            out.append(path.join(folder, "codelists", name) if folder else path.join("codelists", name))
            parent = path.dirname(folder)
            if parent == folder:
                break
            folder = parent
        return [p for p in out if p != resolved]

    def _read(self, base: CodeListBase, resolved: str) -> bytes | None:
        if base.zip_path is not None:
            names = self._zip_names.get(base.zip_path)
            if names is None:
                zf = self._zips[base.zip_path] = open_zip(base.zip_path)
                names = self._zip_names[base.zip_path] = {n.lower(): n for n in zf.namelist()}
            real = names.get(resolved.lower())
            return self._zips[base.zip_path].read(real) if real is not None else None
        folder, name = os.path.split(resolved)
        listing = self._dir_listing.get(folder)
        if listing is None:
            try:
                listing = {n.lower(): n for n in os.listdir(folder)}
            except OSError:
                listing = {}
            self._dir_listing[folder] = listing
        real = listing.get(name.lower())
        if real is None:
            return None
        with open(os.path.join(folder, real), "rb") as f:
            return f.read()

    def close(self) -> None:
        for zf in self._zips.values():
            zf.close()
        self._zips.clear()
        self._zip_names.clear()
