"""Every kind the lexicon can produce has a fixed colour of its family (not a hashed fallback)."""

from __future__ import annotations

from timeline_app.core.triggers import LEXICON
from timeline_app.ui.painter import KIND_COLORS


def test_every_lexicon_kind_has_a_fixed_colour() -> None:
    kinds = {entry.kind for entries in LEXICON.values() for entry in entries}
    assert sorted(kind for kind in kinds if kind not in KIND_COLORS) == []


def test_kinds_of_different_families_do_not_share_a_colour() -> None:
    shared = {"sentencing", "sentence", "incident", "shooting", "other", "event"}  # aliases share on purpose
    colours = [colour for kind, colour in KIND_COLORS.items() if kind not in shared]
    assert len(colours) == len(set(colours))
