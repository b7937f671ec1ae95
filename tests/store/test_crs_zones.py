"""twin.crs: the plane rectangular zones, which zone a place belongs to, whether a CRS fits, and checking a CRS a
user chose. The zone table is checked against the EPSG database (pyproj), the choices against the official
prefecture → zone assignment (平成14年国土交通省告示第9号)."""

from __future__ import annotations

import pytest
from pyproj import CRS

from twin.crs import (DEFAULT_CRS, PREF_ZONES, ZONE_ORIGINS, CrsError, Location, Zone, auto_crs, check_project_crs,
                      crs_fits, crs_name, describe, pref_of_city, zone_for, zone_of_crs)


@pytest.mark.parametrize("number", range(1, 20))
def test_zone_table_matches_the_epsg_database(number):
    zone = Zone(number)
    crs = CRS.from_user_input(zone.crs)
    assert crs.name == zone.name == f"JGD2011 / Japan Plane Rectangular CS {zone.roman}"
    params = {p.name: p.value for p in crs.coordinate_operation.params}
    assert params["Latitude of natural origin"] == pytest.approx(zone.origin[0], abs=1e-9)
    assert params["Longitude of natural origin"] == pytest.approx(zone.origin[1], abs=1e-9)
    assert zone_of_crs(zone.crs) == number
    assert zone_of_crs(f"EPSG:{2443 + number - 1}") == number       # JGD2000
    assert zone_of_crs(f"EPSG:{30161 + number - 1}") == number      # Tokyo datum
    assert ZONE_ORIGINS[number] == zone.origin


def test_every_prefecture_has_its_official_zones():
    assert sorted(PREF_ZONES) == list(range(1, 48))
    official = {  # 告示第9号, by zone
        1: {42}, 2: {40, 41, 43, 44, 45}, 3: {32, 34, 35}, 4: {36, 37, 38, 39}, 5: {28, 31, 33},
        6: {18, 24, 25, 26, 27, 29, 30}, 7: {16, 17, 21, 23}, 8: {15, 19, 20, 22},
        9: {7, 8, 9, 10, 11, 12, 13, 14}, 10: {2, 3, 4, 5, 6},
    }
    for zone, prefs in official.items():
        for pref in prefs:
            assert zone in PREF_ZONES[pref], (pref, zone)
    multi = {p: z for p, z in PREF_ZONES.items() if len(z) > 1}
    assert multi == {1: (11, 12, 13), 13: (9, 14, 18, 19), 46: (1, 2), 47: (15, 16, 17)}


@pytest.mark.parametrize("place, lat, lon, pref, city, zone", [
    ("Kaga Onsen Station, Ishikawa", 36.3202, 136.3505, 17, None, 7),
    ("Kaga by its PLATEAU city code", 36.3202, 136.3505, None, "17206", 7),
    ("Kanazawa", 36.5613, 136.6562, 17, None, 7),
    ("Fukui (just across the border)", 36.0641, 136.2196, 18, None, 6),
    ("Chiyoda, Tokyo", 35.6940, 139.7536, 13, None, 9),
    ("Hachijojima, Tokyo (north of 28°N)", 33.1097, 139.7900, 13, None, 9),
    ("Chichijima, Ogasawara", 27.0940, 142.1919, 13, None, 14),
    ("Okinotorishima", 20.4253, 136.0819, 13, None, 18),
    ("Minamitorishima", 24.2867, 153.9807, 13, None, 19),
    ("Naha, Okinawa", 26.2124, 127.6809, 47, None, 15),
    ("Ishigaki, Okinawa", 24.3406, 124.1556, 47, None, 16),
    ("Minamidaito, Okinawa", 25.8286, 131.2317, 47, None, 17),
    ("Kagoshima city", 31.5966, 130.5571, 46, None, 2),
    ("Amami, Kagoshima", 28.3772, 129.4938, 46, None, 1),
    ("Koshiki islands, Kagoshima", 31.8300, 129.8700, 46, None, 1),
    ("Akune, Kagoshima mainland west of zone I's origin midpoint", 32.0139, 130.1928, 46, None, 2),
    ("Fukuoka", 33.5904, 130.4017, 40, None, 2),
    ("Sapporo", 43.0621, 141.3544, None, "01100", 12),
    ("Hakodate", 41.7687, 140.7291, None, "01202", 11),
    ("Muroran (a zone XII city west of the XI/XII midpoint)", 42.3152, 140.9737, None, "01205", 12),
    ("Obihiro (a zone XIII city west of the XII/XIII midpoint)", 42.9236, 143.1967, None, "01207", 13),
    ("Kutchan (後志, a town)", 42.9015, 140.7590, None, "01400", 11),
    ("Otofuke (十勝, a town)", 42.9942, 143.2003, None, "01631", 13),
    ("Shari (オホーツク, by nearest origin)", 43.9106, 144.6706, None, "01545", 13),
])
def test_zone_for_known_prefectures(place, lat, lon, pref, city, zone):
    assert zone_for(lat, lon, pref, city_code=city).number == zone, place


@pytest.mark.parametrize("place, lat, lon, zone", [
    ("Tokyo", 35.6812, 139.7671, 9), ("Fukuoka", 33.5904, 130.4017, 2), ("Sapporo", 43.0621, 141.3544, 12),
    ("Naha", 26.2124, 127.6809, 15), ("Osaka", 34.6937, 135.5023, 6), ("Sendai", 38.2682, 140.8694, 10),
    ("Hiroshima", 34.3853, 132.4553, 3), ("Kochi", 33.5597, 133.5311, 4), ("Niigata", 37.9162, 139.0364, 8),
])
def test_zone_for_without_a_prefecture_takes_the_nearest_origin(place, lat, lon, zone):
    assert zone_for(lat, lon).number == zone, place


def test_kaga_without_a_prefecture_is_a_border_guess_so_a_fitting_crs_is_kept():
    """Kaga lies nearer zone VI's origin than VII's: without the prefecture that is the guess, so auto_crs keeps
    the default zone VII, which fits; with the prefecture (a PLATEAU city code) VII is certain."""
    assert zone_for(36.3202, 136.3505).number == 6
    assert auto_crs(DEFAULT_CRS, Location(36.3202, 136.3505)) == DEFAULT_CRS
    assert auto_crs("EPSG:6674", Location(36.3202, 136.3505, city_code="17206")) == "EPSG:6675"
    assert auto_crs(DEFAULT_CRS, Location(35.6812, 139.7671)) == "EPSG:6677"      # VII does not fit Tokyo


def test_crs_fits():
    kaga, tokyo, sapporo = (36.3202, 136.3505), (35.6812, 139.7671), (43.0621, 141.3544)
    assert crs_fits("EPSG:6675", *kaga) and crs_fits("EPSG:6675", *kaga, 17)
    assert crs_fits("EPSG:6674", *kaga)                 # zone VI: 31 km east of its origin
    assert not crs_fits("EPSG:6676", *kaga)             # zone VIII: 193 km west of its origin
    assert not crs_fits("EPSG:6675", *tokyo) and crs_fits("EPSG:6677", *tokyo)
    assert crs_fits("EPSG:2451", *tokyo) and crs_fits("EPSG:30169", *tokyo)   # zone IX, JGD2000 and Tokyo datum
    assert not crs_fits("EPSG:6677", *sapporo)          # 124 km east-west, but 784 km north of IX's origin
    assert crs_fits("EPSG:6677", 32.4667, 139.7667, 13)  # Aogashima: Tokyo's zone, 390 km south of its origin
    assert crs_fits("EPSG:6669", 28.3772, 129.4938, 46)  # Amami: its official zone I, 510 km south
    assert crs_fits("EPSG:6690", *kaga) and not crs_fits("EPSG:6690", *sapporo)   # UTM 53N: its area of use
    assert not crs_fits("EPSG:4326", *kaga) and not crs_fits("no such crs", *kaga)


def test_check_project_crs():
    assert check_project_crs(" epsg:6676 ") == "EPSG:6676"
    assert check_project_crs("EPSG:6675+6695") == "EPSG:6675"     # compound: the horizontal part
    with pytest.raises(CrsError, match=r"EPSG:4326 \(WGS 84\) is not a projected CRS"):
        check_project_crs("EPSG:4326")
    with pytest.raises(CrsError, match=r"EPSG:2230 .* measures in US survey foot, not metres"):
        check_project_crs("EPSG:2230")
    with pytest.raises(CrsError, match=r"EPSG:99999 is not a coordinate reference system Kaga Twin knows"):
        check_project_crs("EPSG:99999")


def test_names_for_the_status_bar():
    assert crs_name("EPSG:6676") == "JGD2011 / Japan Plane Rectangular CS VIII"
    assert crs_name("not a crs") == "not a crs" and crs_name(None) == ""
    assert describe("EPSG:6675") == "EPSG:6675 (JGD2011 / Japan Plane Rectangular CS VII)"
    assert str(Zone(9)) == "EPSG:6677 (JGD2011 / Japan Plane Rectangular CS IX)"


def test_location():
    loc = Location(36.3144, 136.3439, city_code="17206")
    assert loc.pref_code == 17 and loc.zone.number == 7 and loc.text() == "36.3144°N 136.3439°E"
    assert pref_of_city("17206") == 17 and pref_of_city("99001") is None and pref_of_city("abc") is None
    with pytest.raises(ValueError):
        Location(136.3, 36.3)       # longitude and latitude swapped
