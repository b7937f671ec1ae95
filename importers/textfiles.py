"""Text exports as Japanese offices and vendors write them: UTF-8 with or without a BOM, or CP932 (Shift_JIS);
CRLF, CR or LF line ends. Shared by the table importers (road reports, plough feeds)."""

from __future__ import annotations

from pathlib import Path

from twin.errors import InputError


def decode(data: bytes, path: Path | None = None, *, partial: bool = False) -> str:
    """UTF-8 (with or without BOM) or CP932 text, with LF line ends. ``partial``: ``data`` is the head of a file
    (for sniffing), so a character cut at the end is dropped and undecodable bytes are replaced, not refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace" if partial else "strict")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if partial and exc.start >= len(data) - 3:
                text = data[:exc.start].decode("utf-8")
            else:
                try:
                    text = data.decode("cp932", errors="replace" if partial else "strict")
                except UnicodeDecodeError:
                    raise InputError(path or Path("?"), "the text is neither UTF-8 nor CP932 (Shift_JIS)") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


__all__ = ["cell_text", "decode"]


def cell_text(v) -> str | None:
    """A table cell as text: None for a missing value (None, NaN) or blank text, else the text stripped."""
    if v is None or (isinstance(v, float) and v != v):
        return None
    s = str(v).strip()
    return s or None

