"""The working record of the actors stage: one resolved mention, before mentions become actors.

It lives apart from the stage's rules so that name finding (``actors``) and coreference (``coref``)
can both make and read it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Found"]


@dataclass(frozen=True, slots=True)
class Found:
    """A mention over tokens [start, end) and the actor it stands for."""

    start: int
    end: int
    kind: str  # person | country | organization | group
    name: str
    key: str | None
    sector: str | None
    rule: str
    members: tuple[str, ...] = ()
    #: lower-case title or institution words ("foreign minister", "ministry"), for role descriptions
    title: str = ""
    gender: str | None = None  # "m" | "f" for people, when names or titles tell it
    plural: bool = False
    #: the mention is inside quote marks (a name quoted is a poor antecedent for "he said" outside)
    quoted: bool = False
    #: the mention is the subject of its clause (a better antecedent than an object)
    subject: bool = False

    @property
    def code(self) -> str | None:
        # (CAMEO's NGO of no state is a code by itself: never "NGONGO")
        if self.key and self.sector and self.sector != "IGO" and self.sector != self.key:
            return self.key + self.sector
        return self.key

    @property
    def named_person(self) -> bool:
        return self.kind == "person" and self.rule.startswith("person:")
