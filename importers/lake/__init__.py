"""Building the GeoParquet lake (issue 12): PLATEAU sources → ``twin.lake`` layout, one Dask task per source.

* ``sources``: what a SRC argument expands to (datasets, zips, loose .gml files) and their sha256;
* ``partition``: which hive partition (city, mesh1) each row goes to, and the transform to the lake CRS;
* ``sink``: the writer the PLATEAU ``Pipeline`` writes through, buffering per partition into staged files;
* ``build``: ``build_source`` (the task) and ``build_lake`` (submits the tasks, keeps the manifest).
"""
