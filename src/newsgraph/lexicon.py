"""Loads the package's data files (lexicons, rules) once per process.

A folder named by NEWSGRAPH_DATA, when set, is looked in first, so a user can replace any file with
their own copy without editing the installed package.
"""

from __future__ import annotations

import csv
import os
import re
from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["data_text", "patterns", "table", "word_list"]


def _path_in_user_folder(name: str) -> Path | None:
    folder = os.environ.get("NEWSGRAPH_DATA")
    if folder and (Path(folder) / name).is_file():
        return Path(folder) / name
    return None


@cache
def data_text(name: str) -> str:
    """The text of data file ``name``; a missing file is a packaging bug, so it says which."""
    user_file = _path_in_user_folder(name)
    if user_file is not None:
        return user_file.read_text(encoding="utf-8")
    resource = resources.files("newsgraph") / "data" / name
    if not resource.is_file():
        raise FileNotFoundError(f"newsgraph data file '{name}' is missing from the installed package")
    return resource.read_text(encoding="utf-8")


def _content_lines(name: str) -> list[str]:
    lines = (line.rstrip("\n") for line in data_text(name).splitlines())
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


@cache
def patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """One case-insensitive regular expression per line."""
    return tuple(re.compile(line.strip(), re.IGNORECASE) for line in _content_lines(name))


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """A tab-separated table whose first non-comment line names the columns; empty cells are ''."""
    rows = csv.DictReader(_content_lines(name), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({key: (value or "").strip() for key, value in row.items()} for row in rows)


@cache
def word_list(name: str) -> frozenset[str]:
    """One named list of ``word_lists.tsv``, lower case."""
    for row in table("word_lists.tsv"):
        if row["list"] == name:
            return frozenset(word.strip().lower() for word in row["words"].split("|") if word.strip())
    raise KeyError(f"no word list '{name}' in word_lists.tsv")
