"""Well-known places and the test for a place used as a modifier."""

from __future__ import annotations

import pytest

from timeline_app.core.places import is_place_name, modifies_noun


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("New Mexico", True),
        ("Santa Fe", True),
        ("U.S.", True),
        ("Santa Fe County", True),
        ("Orange County", True),
        ("County", False),
        ("Alec Baldwin", False),
        ("Jordan", False),  # also a person's name
        ("Washington", False),
        ("Apple", False),
    ],
)
def test_places(name: str, place: bool) -> None:
    assert is_place_name(name) is place


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("film", True),
        ("district", True),
        ("officials", True),
        ("prosecutors", True),
        ("said", False),
        ("says", False),
        ("plans", False),
        ("invaded", False),
        ("and", False),
        ("also", False),
        ("won", False),
        ("Baldwin", False),
        ("2022", False),
        (",", False),
    ],
)
def test_modifies_noun(word: str, noun: bool) -> None:
    assert modifies_noun(word) is noun
