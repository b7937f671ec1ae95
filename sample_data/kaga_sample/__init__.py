"""Generator of the bundled Kaga Onsen Station sample (see ../README.md and ../generate_kaga_sample.py)."""
