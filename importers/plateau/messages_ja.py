"""Japanese for the PLATEAU reader's messages about cut-off files and missing code lists.

Added to the catalogue :data:`twin.messages.JA` when this module is imported (by the scanner and the code
lists, relatively, so the parser processes have them too).
"""

from __future__ import annotations

from twin.messages import JA

MESSAGES = {
    "the file ends early (at line {line}), in the middle of a city object: it was probably cut off "
    "(an incomplete download or copy)":
        "ファイルが途中で終わっています（{line} 行目、地物の途中）。ダウンロードかコピーが途中で切れたようです",
    "the file ends early (at line {line}), before the closing </{tag}> tag: it was probably cut off "
    "(an incomplete download or copy)":
        "ファイルが途中で終わっています（{line} 行目、閉じタグ </{tag}> の前）。ダウンロードかコピーが途中で切れたようです",
    "{n} code lists not found (looked in {folders}, and in codelists/ folders beside the file and above it): "
    "{names}; codes are kept without labels":
        "{n} 個のコードリストが見つかりません（{folders} と、ファイルの横・上位フォルダの codelists/ を探しました）: "
        "{names}。コードはラベルなしで保持します",
}

for _en, _ja in MESSAGES.items():
    JA.setdefault(_en, _ja)

__all__ = ["MESSAGES"]
