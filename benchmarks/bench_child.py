"""What the benchmarks share: measuring a stage in a fresh Python process (its peak RSS is then its own)."""

from __future__ import annotations

import json
import subprocess
import sys


def run_child(script: str, *args: str) -> dict:
    """Run ``script`` with ``args`` in a new interpreter and return the JSON of its last stdout line."""
    out = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, check=False)
    if out.returncode:
        sys.stderr.write(out.stderr)
        raise SystemExit(f"child {' '.join(args)} failed ({out.returncode})")
    return json.loads(out.stdout.strip().splitlines()[-1])
