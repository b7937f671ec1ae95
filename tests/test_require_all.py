"""KAGA_TWIN_REQUIRE_ALL: skips are allowed (and explained) locally, and failures naming what is missing in CI.

Runs a tiny suite with pytest's own ``pytester`` and the hooks of ``tests/kaga_testenv.py``.
"""

from __future__ import annotations

import pytest

SUITE = '''
import pytest

def test_ran():
    pass

def test_needs_the_moon():
    pytest.skip("the moon is not installed")

@pytest.mark.xfail(strict=True, reason="a known bug")
def test_known_bug():
    assert False
'''
MODULE_SKIP = '''
import pytest
pytest.importorskip("no_such_module_kaga_twin")

def test_never_collected():
    pass
'''


@pytest.fixture
def suite(pytester):
    pytester.makeconftest("from kaga_testenv import pytest_make_collect_report, pytest_runtest_makereport\n")
    pytester.makepyfile(test_suite=SUITE, test_module_skip=MODULE_SKIP)
    return pytester


def test_without_the_switch_skips_are_skips_and_the_summary_says_why(suite, monkeypatch):
    monkeypatch.delenv("KAGA_TWIN_REQUIRE_ALL", raising=False)
    result = suite.runpytest("-ra", "-p", "no:xvfb")
    result.assert_outcomes(passed=1, skipped=2, xfailed=1)
    result.stdout.fnmatch_lines(["*SKIPPED*could not import 'no_such_module_kaga_twin'*"])
    result.stdout.fnmatch_lines(["*SKIPPED*the moon is not installed*"])
    assert result.ret == 0


@pytest.mark.parametrize("value", ["1", "yes"])
def test_with_the_switch_every_skip_fails_naming_what_is_missing(suite, monkeypatch, value):
    monkeypatch.setenv("KAGA_TWIN_REQUIRE_ALL", value)
    result = suite.runpytest("-ra", "-p", "no:xvfb", "test_suite.py")
    result.assert_outcomes(passed=1, failed=1, xfailed=1)   # an xfail is no skip: it stays an xfail
    result.stdout.fnmatch_lines(["*KAGA_TWIN_REQUIRE_ALL=1: this test may not skip*the moon is not installed*"])
    assert result.ret != 0
    # a module that skips itself (pytest.importorskip) is a collection error, which stops the run
    result = suite.runpytest("-ra", "-p", "no:xvfb", "test_module_skip.py")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*KAGA_TWIN_REQUIRE_ALL=1*could not import 'no_such_module_kaga_twin'*"])
    assert result.ret != 0


def test_the_switch_off_values(monkeypatch):
    import kaga_testenv

    for off in ("", "0", "false", "no"):
        monkeypatch.setenv("KAGA_TWIN_REQUIRE_ALL", off)
        assert not kaga_testenv.require_all()
    monkeypatch.delenv("KAGA_TWIN_REQUIRE_ALL")
    assert not kaga_testenv.require_all()
