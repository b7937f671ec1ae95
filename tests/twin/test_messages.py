"""Messages of the model, the store and the importers in the UI language (Japanese catalogue, English else)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from importers.registry import import_path
from twin.added_layers import vector_layer
from twin.document import LayerDataError, TwinDocument
from twin.errors import InputError, StoreError
from twin.messages import JA, set_language, tr
from twin.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_every_catalogue_entry_keeps_the_placeholders():
    import string

    for en, ja in JA.items():
        names = {f for _, f, _, _ in string.Formatter().parse(en) if f}
        assert names == {f for _, f, _, _ in string.Formatter().parse(ja) if f}, en


def test_japanese_when_the_app_says_so_english_otherwise(store, tmp_path):
    empty = tmp_path / "54363288_bldg_6697_op.gml"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as en:
        import_path(store, empty)
    assert "the file is empty (0 bytes)" in str(en.value)
    set_language("ja")
    assert os.environ["KAGA_TWIN_LANG"] == "ja"       # parser processes inherit it
    with pytest.raises(InputError) as ja:
        import_path(store, empty)
    assert "ファイルが空です（0 バイト）" in str(ja.value) and "対応形式" in str(ja.value)
    assert str(empty) in str(ja.value)
    assert str(InputError(empty, "x", line=12)).startswith(f"{empty}（12 行目）")
    assert tr("an untranslated message") == "an untranslated message"
    set_language("fr")                                 # unknown languages are English
    assert tr("no such file or folder") == "no such file or folder"


def test_store_and_layer_messages_in_japanese(tmp_path):
    set_language("ja")
    (tmp_path / "empty.duckdb").write_bytes(b"")
    with pytest.raises(StoreError, match="空のファイル"):
        Store(tmp_path / "empty.duckdb")
    with Store(tmp_path / "p.duckdb") as s:
        with pytest.raises(LayerDataError, match="クエリには id 列が必要です"):
            vector_layer(TwinDocument(s), "SELECT ST_Point(0, 0) AS g")


def test_the_command_line_stays_english_unless_asked(tmp_path):
    empty = tmp_path / "e.gml"
    empty.write_bytes(b"")
    env = {**os.environ, "LANG": "ja_JP.UTF-8", "KAGA_TWIN_HOME": str(tmp_path / "home")}
    env.pop("KAGA_TWIN_LANG", None)
    cmd = [sys.executable, "-m", "main", "import", str(empty), "--project", str(tmp_path / "p.duckdb")]
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert res.returncode == 1 and "the file is empty" in res.stderr
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env={**env, "KAGA_TWIN_LANG": "ja"},
                         timeout=120)
    assert res.returncode == 1 and "ファイルが空です" in res.stderr
