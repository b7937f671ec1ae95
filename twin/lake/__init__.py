"""The GeoParquet lake: many cities' PLATEAU tables in one folder, outside any project (no Qt, no VTK).

``layout`` fixes where everything lives and what it is called; ``geoparquet`` writes one GeoParquet 1.1 file
atomically. Building a lake (on a Dask cluster) is in ``importers.lake``; querying and opening an area are here
and in ``importers.lake`` too.
"""
