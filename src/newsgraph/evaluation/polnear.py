"""Reads PolNeAR (Political News Attribution Relations, brat standoff) from ../shared/data/PolNeAR.

Each attribution relation (an ``E`` line) links a Source, a Cue and a Content text-bound annotation
(``T`` lines, possibly in discontinuous fragments "start end;start end"). An article may have several
annotation files (the suffix after the last "_" is the annotator); the first in name order is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Attribution", "PolnearDocument", "Span", "read_polnear"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str
    fragments: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Attribution:
    source: Span | None
    cue: Span | None
    content: Span | None

    @property
    def is_direct(self) -> bool:
        """Content that opens and closes with quote marks (PolNeAR does not mark direct quotes itself)."""
        if self.content is None:
            return False
        text = self.content.text.strip()
        return len(text) > 2 and text[0] in '"“' and text[-1] in '"”'


@dataclass(frozen=True, slots=True)
class PolnearDocument:
    name: str
    text_path: Path
    attributions: tuple[Attribution, ...]

    @property
    def sources(self) -> list[Span]:
        return [a.source for a in self.attributions if a.source is not None]


def _span(line: str) -> tuple[str, str, Span] | None:
    ident, middle, text = line.rstrip("\n").split("\t")
    label, _, offsets = middle.partition(" ")
    fragments = tuple(tuple(int(x) for x in part.split()) for part in offsets.split(";"))
    return ident, label, Span(fragments[0][0], fragments[-1][1], text, fragments)  # type: ignore[arg-type]


def _read_ann(path: Path) -> tuple[Attribution, ...]:
    spans: dict[str, tuple[str, Span]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            parsed = _span(line)
            if parsed:
                ident, label, span = parsed
                spans[ident] = (label, span)
        elif line.startswith("E"):
            _ident, arguments = line.split("\t", 1)
            relations.append(dict(part.split(":", 1) for part in arguments.split()))
    attributions = []
    for relation in relations:

        def part(role: str, relation: dict[str, str] = relation) -> Span | None:
            ident = relation.get(role)
            return spans[ident][1] if ident in spans else None

        attributions.append(Attribution(part("Source"), part("Cue"), part("Content")))
    return tuple(attributions)


def read_polnear(folder: Path, limit: int | None = None) -> Iterator[PolnearDocument]:
    """The articles of one PolNeAR split folder (``.../data/dev``), one annotation file each."""
    chosen: dict[str, Path] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        chosen.setdefault(path.stem.rsplit("_", 1)[0], path)
    for count, (name, ann) in enumerate(sorted(chosen.items())):
        if limit is not None and count >= limit:
            return
        yield PolnearDocument(name, folder / "text" / f"{name}.txt", _read_ann(ann))
