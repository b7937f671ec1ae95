"""PLATEAU CityGML importer (``plateau-citygml``): buildings, their surfaces and disaster risks, roads.

Modules, each small enough to hold in one's head:

* ``importer``  - the registered :class:`~importers.registry.Importer` (sniff, input_files, read) and
  the cross-source de-duplication by gml:id;
* ``pipeline``  - one import: inputs → chunks → parse (in workers and the main process) → Arrow → DuckDB,
  in order;
* ``inputs``    - file / dataset folder / zip enumeration, content sniffing, mesh code from file names;
* ``scan``      - header check and byte-range chunking at ``core:cityObjectMember`` boundaries;
* ``parallel`` + ``_worker`` - spawn-context parser processes;
* ``reader``    - parse one chunk (lxml pull parser, flat memory) into a Collector, then tables;
* ``buildings`` / ``roads`` - feature extraction; ``common`` - shared tags, collector, attribute capture;
* ``tables``    - Collector → packed tables (surface classification, footprints, skips);
* ``packing``   - numpy column buffers sent by workers, turned into Arrow in the main process;
* ``geometry``  - posList parsing, pyproj transform, ring closing, polygon stats, WKB, all in numpy;
* ``versions``  - namespaces and the i-UR version table; ``values`` - sentinels and numbers;
* ``codelists`` - code-list resolution relative to each file, case-insensitive, in folders and zips.

Only ``importer`` and ``pipeline`` import the application (registry, errors); the parsing modules do not,
so worker processes load them without the store and DuckDB (and without Arrow's compute registry).
"""

from .importer import PlateauCityGMLImporter

__all__ = ["PlateauCityGMLImporter"]
