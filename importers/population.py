"""The population theme's importers (``twin/themes/population.py`` names this module for its ``importers`` tier):
importing it registers each of them from its own module.

- :mod:`importers.population_estat`: e-Stat 国勢調査 地域メッシュ統計 text files and their zips (``estat-mesh``);
- :mod:`importers.population_estat_cells`: e-Stat mesh boundary Shapefiles, checked against the computed cells
  (``estat-mesh-boundary``);
- :mod:`importers.population_mlit`: 国土数値情報 500 m mesh future population, 2018 and 2024 editions
  (``mlit-mesh-projection``);
- :mod:`importers.population_ipss`: IPSS municipal projection tables, CSV and XLSX (``ipss-projection``);
- :mod:`importers.population_rows`: what they share (cells, codes, the long ``mesh_population`` rows).

Bad rows (an invalid mesh code, a negative value, a missing year or value) go to ``import_rejects`` with their line
or feature; an import is one transaction, so nothing is half-imported.
"""

from __future__ import annotations

from importers.population_estat import EstatMeshStatistics, estat_band
from importers.population_estat_cells import EstatMeshBoundaries
from importers.population_ipss import IpssMunicipalProjection
from importers.population_mlit import MlitMeshProjection
from importers.population_rows import age_band, sex_of

__all__ = ["EstatMeshBoundaries", "EstatMeshStatistics", "IpssMunicipalProjection", "MlitMeshProjection",
           "age_band", "estat_band", "sex_of"]
