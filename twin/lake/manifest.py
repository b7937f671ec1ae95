"""The lake's ``_manifest.json``: what was built from which source.

::

    {"format": "kaga-twin-lake", "format_version": 1, "crs": "EPSG:6668",
     "created": "2026-…Z", "updated": "2026-…Z",
     "sources": {"<sha256>": {"path", "name", "sha256", "size", "status": "ok" | "failed", "counts": {table: n},
                              "partitions": ["buildings/city=17206/mesh1=5436", …], "files", "bytes_written",
                              "warnings", "skipped", "rejects", "error", "seconds", "peak_rss_mb", "worker", …}}}

Entries are keyed by the source's sha256 (of a zip or .gml file's bytes; of a dataset folder's .gml files), so a
moved or renamed source is still recognised. Written atomically (temporary name, then renamed) after every
finished source, so a build stopped at any moment leaves a manifest that names exactly the sources whose files are
all in place."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from twin.errors import InputError

from .layout import LAKE_CRS, MANIFEST

FORMAT = "kaga-twin-lake"
FORMAT_VERSION = 1


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_manifest() -> dict[str, Any]:
    now = _now()
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "crs": LAKE_CRS, "created": now, "updated": now,
            "sources": {}}


def manifest_path(lake: Path) -> Path:
    return Path(lake) / MANIFEST


def read_manifest(lake: Path) -> dict[str, Any]:
    """The lake's manifest; a new (empty) one when the lake has none yet. A manifest that is not ours, or of a
    newer format, raises :class:`~twin.errors.InputError` naming the file."""
    path = manifest_path(lake)
    if not path.exists():
        return new_manifest()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(path, f"the lake manifest cannot be read: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("sources"), dict):
        raise InputError(path, f"not a Kaga Twin lake manifest (no \"format\": \"{FORMAT}\" with \"sources\")")
    if int(data.get("format_version", 0)) > FORMAT_VERSION:
        raise InputError(path, f"lake format version {data.get('format_version')} is newer than this Kaga Twin "
                               f"reads ({FORMAT_VERSION}); update Kaga Twin")
    if data.get("crs") != LAKE_CRS:
        raise InputError(path, f"the lake's CRS is {data.get('crs')!r}, not {LAKE_CRS}")
    return data


def write_manifest(lake: Path, manifest: dict[str, Any]) -> None:
    """Write ``manifest`` atomically (``.tmp`` then rename), stamping ``updated``."""
    path = manifest_path(lake)
    path.parent.mkdir(parents=True, exist_ok=True)
    manifest["updated"] = _now()
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=False), encoding="utf-8")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def ok_sources(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """sha256 → entry of the sources whose files are all in the lake."""
    return {sha: e for sha, e in manifest["sources"].items() if e.get("status") == "ok"}


def record(manifest: dict[str, Any], entry: dict[str, Any]) -> None:
    """Put one source's entry (from ``importers.lake.build.build_source``) into ``manifest``."""
    manifest["sources"][entry["sha256"]] = entry
