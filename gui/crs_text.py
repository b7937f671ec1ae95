"""The project CRS as users read it: the status bar's text and the JGD2011 plane rectangular zones offered when a
project is created (EPSG:6669–6687, zones I–XIX, named by the prefectures they serve)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from twin.crs import ROMAN, Zone, crs_name, zone_of_crs

ZONES = tuple(Zone(n) for n in range(1, 20))


def _where(number: int) -> str:
    """The prefectures a zone serves (告示第9号), in the UI language."""
    return {
        1: QCoreApplication.translate("Crs", "Nagasaki; Kagoshima's islands"),
        2: QCoreApplication.translate("Crs", "Fukuoka, Saga, Kumamoto, Oita, Miyazaki, Kagoshima"),
        3: QCoreApplication.translate("Crs", "Yamaguchi, Shimane, Hiroshima"),
        4: QCoreApplication.translate("Crs", "Kagawa, Ehime, Tokushima, Kochi"),
        5: QCoreApplication.translate("Crs", "Hyogo, Tottori, Okayama"),
        6: QCoreApplication.translate("Crs", "Kyoto, Osaka, Fukui, Shiga, Mie, Nara, Wakayama"),
        7: QCoreApplication.translate("Crs", "Ishikawa, Toyama, Gifu, Aichi"),
        8: QCoreApplication.translate("Crs", "Niigata, Nagano, Yamanashi, Shizuoka"),
        9: QCoreApplication.translate("Crs", "Tokyo, Fukushima, Tochigi, Ibaraki, Saitama, Chiba, Gunma, Kanagawa"),
        10: QCoreApplication.translate("Crs", "Aomori, Akita, Yamagata, Iwate, Miyagi"),
        11: QCoreApplication.translate("Crs", "Hokkaido, west (Otaru, Hakodate, Date, …)"),
        12: QCoreApplication.translate("Crs", "Hokkaido, centre (Sapporo, Asahikawa, …)"),
        13: QCoreApplication.translate("Crs", "Hokkaido, east (Kushiro, Obihiro, Kitami, …)"),
        14: QCoreApplication.translate("Crs", "Tokyo: the Ogasawara islands"),
        15: QCoreApplication.translate("Crs", "Okinawa (the main island)"),
        16: QCoreApplication.translate("Crs", "Okinawa (the Sakishima islands)"),
        17: QCoreApplication.translate("Crs", "Okinawa (the Daito islands)"),
        18: QCoreApplication.translate("Crs", "Tokyo: Okinotorishima"),
        19: QCoreApplication.translate("Crs", "Tokyo: Minamitorishima"),
    }[number]


def zone_choice_text(zone: Zone) -> str:
    """``EPSG:6675 — Zone VII (Ishikawa, Toyama, Gifu, Aichi)``, for the new-project dialog."""
    return QCoreApplication.translate("Crs", "{crs} — Zone {zone} ({where})").format(
        crs=zone.crs, zone=zone.roman, where=_where(zone.number))


def crs_label(crs: str | None) -> str:
    """``EPSG:6675 JGD2011 / 平面直角座標系 VII`` (the zone's name in the UI language), else the CRS code and the
    name pyproj gives it."""
    if not crs:
        return "—"
    number = zone_of_crs(crs)
    if number is not None and Zone(number).crs == crs.strip().upper():
        return QCoreApplication.translate("Crs", "{crs} JGD2011 / Plane Rectangular CS {zone}").format(
            crs=Zone(number).crs, zone=ROMAN[number - 1])
    name = crs_name(crs)
    return f"{crs} {name}" if name and name != crs else str(crs)


def crs_source_text(source: str | None) -> str:
    """Where the project CRS came from (``Store.crs_source``), for the status bar's tool tip."""
    texts = {
        "user": QCoreApplication.translate("Crs", "Chosen when the project was created"),
        "auto": QCoreApplication.translate("Crs", "Chosen from the location of the first imported data"),
        "default": QCoreApplication.translate("Crs", "The default (Ishikawa's zone); the first import may choose "
                                                     "the zone of its location"),
    }
    return texts.get(source or "", "")


__all__ = ["ZONES", "crs_label", "crs_source_text", "zone_choice_text"]
