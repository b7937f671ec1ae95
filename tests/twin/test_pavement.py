"""MCI and the 舗装点検要領 diagnosis class (twin/pavement.py), against values worked out by hand from the formula of
the operations reference §1.4."""

from __future__ import annotations

import numpy as np
import pytest

from twin.pavement import diagnosis, mci, sigma_from_iri


def test_mci_by_hand():
    assert mci(0, 0) == 10.0                               # no damage, no σ: min(MCI0, MCI1, MCI2) = 10
    assert mci(0, 0, 1.0) == pytest.approx(9.53)           # 10 − 0.47 · 1^0.2
    # C = 100 %: 100^0.3 = 3.98107; MCI1 = 10 − 2.23 · 3.98107 = 1.12221 (below MCI0 = 3.98858)
    assert mci(100, 0) == pytest.approx(1.12221, abs=1e-5)
    # C = 10, D = 5, σ = 2: 10^0.3 = 1.99526, 5^0.7 = 3.08516, 2^0.2 = 1.14870
    # MCI = 10 − 2.95299 − 0.89470 − 0.53989 = 5.61242; MCI0 = 6.06161; MCI1 = 5.55057; MCI2 = 8.33401 → MCI1
    assert mci(10, 5, 2) == pytest.approx(5.55057, abs=1e-5)
    # C = 2, D = 3, σ = 4: MCI = 10 − 1.48·1.23114 − 0.29·2.15767 − 0.47·1.31951 = 6.93201 is the lowest
    assert mci(2, 3, 4) == pytest.approx(6.93201, abs=1e-5)
    # very bad pavement is 0, not negative: C = 80, D = 100 → MCI2 = 10 − 0.54 · 25.1189 = −3.56
    assert mci(80, 100) == 0.0


def test_sigma_from_iri_only_when_sigma_is_missing():
    assert sigma_from_iri(2.22) == pytest.approx(1.0)      # (2.22 − 0.75) / 1.47
    assert sigma_from_iri(0.5) == 0.0                      # below 0.75: σ = 0
    assert mci(0, 0, iri=2.22) == pytest.approx(9.53)
    assert mci(0, 0, 1.0, iri=50.0) == pytest.approx(9.53)  # σ given: IRI not used
    # C = 30, D = 50, IRI = 4 → σ = 2.21088; MCI = 10 − 4.10580 − 4.48381 − 0.55082 = 0.85926 (MCI0 1.17223)
    assert mci(30, 50, iri=4) == pytest.approx(0.85926, abs=1e-5)


def test_mci_is_vectorised_and_missing_values_are_nan():
    got = mci(np.array([0, 10, 30, None, 5], dtype=float), [0, 5, 50, 5, None], [1.0, 2.0, None, 1.0, 1.0],
              [None, None, 4.0, None, None])
    assert isinstance(got, np.ndarray) and got.shape == (5,)
    assert got[:3] == pytest.approx([9.53, 5.55057, 0.85926], abs=1e-5)
    assert np.isnan(got[3]) and np.isnan(got[4])           # no crack ratio or no rut depth: no MCI
    assert isinstance(mci(1, 1), float)


def test_diagnosis_classes():
    assert diagnosis(10, 10, 2) == "I"
    assert diagnosis(20, 0, 0) == "II" and diagnosis(0, 20, 0) == "II" and diagnosis(0, 0, 3) == "II"
    assert diagnosis(40, 0, 0) == "III" and diagnosis(0, 40, 0) == "III" and diagnosis(0, 0, 8) == "III"
    assert diagnosis(39.9, 39.9, 7.9) == "II"
    assert diagnosis(None, None, 9) == "III" and diagnosis(5) == "I" and diagnosis() is None
    assert diagnosis([5, 25, None, 50], [1, 1, None, 1], [1, 1, None, 1]).tolist() == ["I", "II", None, "III"]
