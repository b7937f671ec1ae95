"""The text of a PDF the program wrote, read back in tests: with pypdf (a test dependency), else poppler's pdftotext."""

from __future__ import annotations

import shutil
import subprocess

import pytest


def pdf_pages_text(path) -> list[str]:
    """The text of each page (pypdf, else ``pdftotext -layout``; the test is skipped when neither is there)."""
    try:
        from pypdf import PdfReader
    except ImportError:
        exe = shutil.which("pdftotext")
        if not exe:
            pytest.skip("neither pypdf nor pdftotext is installed to read the PDF back")
        out = subprocess.run([exe, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
        return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def pdf_text(path) -> str:
    """The text of every page, one after the other."""
    return "\n".join(pdf_pages_text(path))
