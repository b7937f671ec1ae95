"""Japanese for the importer registry's damaged-archive message.

Added to the catalogue :data:`twin.messages.JA` when the registry imports this module.
"""

from __future__ import annotations

from twin.messages import JA

MESSAGES = {
    "the archive is damaged and cannot be read ({detail}); download or copy it again":
        "アーカイブが壊れていて読めません（{detail}）。もう一度ダウンロードかコピーをしてください",
    "its table of contents at the end of the file is missing: the file was cut off":
        "ファイル末尾の目次がありません。ファイルが途中で切れています",
    "member {name} is corrupt": "{name} が壊れています",
}

for _en, _ja in MESSAGES.items():
    JA.setdefault(_en, _ja)

__all__ = ["MESSAGES"]
