"""kaga-twin import --map FIELD=COLUMN: a municipal export with headers nobody recognised imports as it is;
report times are shown in Japan time by kaga-twin sql."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kaga(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=300)


def test_map_options_read_unrecognised_headers(tmp_path):
    csv = tmp_path / "通報.csv"
    csv.write_bytes("番号,通報日,Y座標,X座標,内容\r\n101,2025/1/9 10:30,36.3202,136.3505,穴があります\r\n"
                    "102,R7.1.10,36.3190,136.3520,ひび割れ\r\n103,2025/1/11,xx,136.3520,座標なし\r\n".encode("cp932"))
    project = tmp_path / "p.duckdb"
    out = kaga("--project", str(project), "import", str(csv), "--importer", "municipal_csv",
               "--map", "external_id=番号", "--map", "received_at=通報日", "--map", "lat=Y座標", "--map", "lon=X座標",
               "--map", "description=内容")
    assert out.returncode == 0, out.stderr
    assert "road_reports                  2" in out.stdout and "line 4: bad coordinate" in out.stdout
    rows = kaga("--project", str(project), "sql", "SELECT external_id, received_at, received_at::DATE, description "
                "FROM road_reports ORDER BY 1", "--format", "csv").stdout.splitlines()
    assert rows[1:] == ["101,2025-01-09 10:30:00+09:00,2025-01-09,穴があります",
                        "102,2025-01-10 00:00:00+09:00,2025-01-10,ひび割れ"]


def test_an_option_the_importer_does_not_take_is_named_and_ignored(tmp_path):
    gml = ROOT / "sample_data" / "dem" / "kaga_onsen_station_dem.tif"
    out = kaga("--project", str(tmp_path / "q.duckdb"), "import", str(gml), "--map", "lat=y")
    assert out.returncode == 0, out.stderr
    assert "takes no --map; ignored" in out.stderr
    bad = kaga("--project", str(tmp_path / "r.duckdb"), "import", str(gml), "--kind", "ai")
    assert bad.returncode == 1 and "option kind must be 'dem' or 'overlay', not 'ai'" in bad.stderr
