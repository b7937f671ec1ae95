"""Built-in importers; importing this module registers them."""

import importlib

for _module in ("importers.plateau", "importers.dem_geotiff"):
    try:
        importlib.import_module(_module)
    except ModuleNotFoundError as exc:  # while a module is still being written
        if exc.name != _module:
            raise
