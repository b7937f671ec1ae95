#!/usr/bin/env python3
"""Generate the bundled Kaga Onsen Station sample (PLATEAU-style CityGML + DEM GeoTIFF).

    python sample_data/generate_kaga_sample.py [--out DIR]

Writes ``DIR/17206_kaga-shi_city_2024_citygml_1_op/`` (codelists/, udx/bldg/, udx/tran/),
``DIR/dem/kaga_onsen_station_dem.tif``, ``DIR/roads/``, ``DIR/population/``, ``DIR/road_damage/`` and
``DIR/snow/`` (one storm night of snow ploughs and the route tiers); DIR
defaults to this script's folder (the committed sample).
The output is deterministic: the same bytes on every run and every platform. See README.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from kaga_sample.build import generate, index_lines  # noqa: E402
from kaga_sample.centrelines import centre_lines, write_centrelines  # noqa: E402
from kaga_sample.population import write_population  # noqa: E402
from kaga_sample.population_tables import write_population_tables  # noqa: E402
from kaga_sample.road_damage import summary_line, write_road_damage  # noqa: E402
from kaga_sample.snow import summary_line as snow_summary_line  # noqa: E402
from kaga_sample.snow import write_snow  # noqa: E402
from kaga_sample.scenarios import write as write_scenarios  # noqa: E402
from kaga_sample.zoning import write_zoning  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    index = generate(args.out)
    write_centrelines(args.out)   # roads/kaga_onsen_station_centrelines.gpkg: the road polygons' centre lines
    write_population(args.out / "population" / "kaga_mesh_population_2024.zip")   # 500 m mesh future population
    write_population_tables(args.out / "population")   # the IPSS-style municipal table, the 2020 census mesh file
    # road_damage/: MCR-style reports, photos, AI detections and facilities, on the same roads and buildings
    damage = write_road_damage(args.out, index["roads"], index["buildings"])
    # snow/: one storm night of ploughs driving the same centre lines (AVL CSV, GPX, vendor GeoJSON) and route tiers
    snow = write_snow(args.out, centre_lines(index["roads"]))
    write_zoning(args.out / "zoning" / "kaga_zoning_a29.geojson")   # an invented A29 用途地域 for the station area
    write_scenarios(args.out / "scenarios")   # the planning scenarios 駅東ホテル棟 and 駅北住宅
    for line in index_lines(index, args.out):
        print(line)
    print(summary_line(damage, args.out))
    print(snow_summary_line(snow, args.out))
    print(f"written to {args.out.resolve()} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
