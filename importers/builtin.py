"""Built-in importers; importing this module registers them with :mod:`importers.registry`."""

import importers.dem_geotiff  # noqa: F401  (registers the GeoTIFF DEM / raster importer)
import importers.plateau  # noqa: F401  (registers the PLATEAU CityGML importer)
