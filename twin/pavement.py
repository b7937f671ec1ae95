"""Pavement condition indices from a 路面性状調査 (pavement survey): MCI and the MLIT diagnosis class. Qt-free, numpy.

**MCI (維持管理指数)**, as in the operations reference §1.4, from ひび割れ率 C (%), わだち掘れ量 D (mm) and
平たん性 σ (mm)::

    MCI  = 10 - 1.48·C^0.3 - 0.29·D^0.7 - 0.47·σ^0.2
    MCI0 = 10 - 1.51·C^0.3 - 0.30·D^0.7
    MCI1 = 10 - 2.23·C^0.3
    MCI2 = 10 - 0.54·D^0.7
    MCI_final = max(0, min(MCI, MCI0, MCI1, MCI2))

σ missing but IRI given: ``σ = (IRI − 0.75) / 1.47`` (IRI below 0.75 mm/m gives σ = 0). Neither σ nor IRI:
``max(0, min(MCI0, MCI1, MCI2))``. C or D missing: no MCI (NaN). The coefficients are the widely used ones, not
verified against the primary source (土木研究所 / 舗装調査・試験法便覧); see the reference's caveat.

**Diagnosis class (舗装点検要領, MLIT 2016, asphalt)**: III (修繕段階) when C ≥ 40 % or D ≥ 40 mm or IRI ≥ 8 mm/m;
II (表層機能保持段階) when C ≥ 20 % or D ≥ 20 mm or IRI ≥ 3 mm/m; otherwise I (健全). Missing measures are left out;
with none of the three there is no class.
"""

from __future__ import annotations

from typing import Any

import numpy as np

#: IRI → σ (the open-source PMS the reference cites): σ = (IRI − 0.75) / 1.47
IRI_OFFSET, IRI_PER_SIGMA = 0.75, 1.47
#: 舗装点検要領 thresholds per class: (crack %, rut mm, IRI mm/m)
DIAGNOSIS_II = (20.0, 20.0, 3.0)
DIAGNOSIS_III = (40.0, 40.0, 8.0)


def _array(v: Any) -> np.ndarray:
    """Float array; None (alone or in a list) is NaN."""
    return np.asarray(v, dtype=np.float64)


def _out(a: np.ndarray) -> Any:
    return float(a) if a.ndim == 0 else a


def sigma_from_iri(iri: Any) -> Any:
    """σ (mm) from IRI (mm/m): ``(IRI − 0.75) / 1.47``, at least 0; missing stays NaN."""
    i = _array(iri)
    return _out(np.where(np.isnan(i), np.nan, np.maximum((i - IRI_OFFSET) / IRI_PER_SIGMA, 0.0)))


def mci(crack_pct: Any, rut_mm: Any, sigma_mm: Any = None, iri: Any = None) -> Any:
    """MCI of each section (see the module docstring); scalars give a float, arrays an array. None and NaN are
    missing values."""
    c, d, s, i = np.broadcast_arrays(_array(crack_pct), _array(rut_mm), _array(sigma_mm), _array(iri))
    s = np.where(np.isnan(s), _array(sigma_from_iri(i)), s)
    with np.errstate(invalid="ignore"):
        c3, d7, s2 = c ** 0.3, d ** 0.7, s ** 0.2
    m = 10 - 1.48 * c3 - 0.29 * d7 - 0.47 * s2
    m0 = 10 - 1.51 * c3 - 0.30 * d7
    m1 = 10 - 2.23 * c3
    m2 = 10 - 0.54 * d7
    base = np.minimum(np.minimum(m0, m1), m2)
    out = np.where(np.isnan(s), base, np.minimum(m, base))
    return _out(np.where(np.isnan(out), np.nan, np.maximum(out, 0.0)))


def diagnosis(crack_pct: Any = None, rut_mm: Any = None, iri: Any = None) -> Any:
    """舗装点検要領 class "I", "II" or "III" (None without any of the three measures); arrays give an object array."""
    c, d, i = np.broadcast_arrays(_array(crack_pct), _array(rut_mm), _array(iri))
    known = ~(np.isnan(c) & np.isnan(d) & np.isnan(i))
    with np.errstate(invalid="ignore"):
        three = (c >= DIAGNOSIS_III[0]) | (d >= DIAGNOSIS_III[1]) | (i >= DIAGNOSIS_III[2])
        two = (c >= DIAGNOSIS_II[0]) | (d >= DIAGNOSIS_II[1]) | (i >= DIAGNOSIS_II[2])
    out = np.where(three, "III", np.where(two, "II", "I")).astype(object)
    out[~known] = None
    return out.item() if out.ndim == 0 else out


__all__ = ["DIAGNOSIS_II", "DIAGNOSIS_III", "diagnosis", "mci", "sigma_from_iri"]
