"""The demo theme's importer: a small CSV of observations (and notes) with a magic first line.

    # kaga-twin demo observations
    lat,lon,name,severity,observed_at
    36.3202,136.3505,east exit,3,2025-01-09T10:30:00+09:00
    note,east exit,cracked kerb

Rows that cannot be read are skipped and reported with their line number."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pyarrow as pa
import shapely
from pyproj import Transformer

from importers.registry import Importer, register
from twin.errors import InputError

MAGIC = "# kaga-twin demo observations"


@register
class DemoObservations(Importer):
    name = "demo-observations"
    version = "1"
    label = "Demo observations CSV"
    patterns = ("*.csv",)
    tables = ("demo_events", "demo_event_notes")

    def sniff(self, path: Path) -> float:
        if not path.is_file():
            return 0.0
        with open(path, "rb") as f:
            return 1.0 if f.read(len(MAGIC)).decode("utf-8", "replace") == MAGIC else 0.0

    def read(self, path: Path, writer: Any, options: dict[str, Any]) -> None:
        to_xy = Transformer.from_crs("EPSG:4326", writer.crs, always_xy=True)
        events: dict[str, list] = {"name": [], "severity": [], "observed_at": [], "geom": []}
        notes: dict[str, list] = {"event_name": [], "note": []}
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        if len(rows) < 2 or rows[1] != ["lat", "lon", "name", "severity", "observed_at"]:
            raise InputError(path, "line 2 must be the header lat,lon,name,severity,observed_at", line=2)
        for line, row in enumerate(rows[2:], start=3):
            if row and row[0] == "note":
                notes["event_name"].append(row[1])
                notes["note"].append(row[2])
                continue
            try:
                lat, lon, name, severity, when = row
                x, y = to_xy.transform(float(lon), float(lat))
                value = (name, float(severity), dt.datetime.fromisoformat(when),
                         shapely.to_wkb(shapely.Point(x, y)))
            except ValueError as exc:
                writer.skip(f"line {line}", f"cannot read the row ({exc})")
                continue
            for key, v in zip(("name", "severity", "observed_at", "geom"), value):
                events[key].append(v)
        writer.insert_arrow("demo_events", pa.table({
            "name": pa.array(events["name"], pa.string()), "severity": pa.array(events["severity"], pa.float64()),
            "observed_at": pa.array(events["observed_at"], pa.timestamp("us", tz="UTC")),
            "geom": pa.array(events["geom"], pa.binary())}), geometry_columns=["geom"])
        writer.insert_arrow("demo_event_notes", pa.table(notes))
