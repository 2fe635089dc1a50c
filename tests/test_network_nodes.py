"""The node shown for an actor named two ways does not depend on the order the database returns its rows in
(analysis/network.py, ``_fuller``)."""

from __future__ import annotations

from wirecoder.analysis.network import _fuller


def test_the_fuller_code_wins_either_way():
    bare = {"cameo": "PAK", "name": "Pakistan", "country": "PAK", "sector": None}
    gov = {"cameo": "PAKGOV", "name": "Pakistan", "country": "PAK", "sector": "GOV"}
    assert _fuller(gov, bare) and not _fuller(bare, gov)


def test_two_names_of_one_code_settle_on_one_whatever_comes_first():
    a = {"cameo": "PAKGOV", "name": "A Pakistani delegation", "country": "PAK", "sector": "GOV"}
    b = {"cameo": "PAKGOV", "name": "Pakistan (government)", "country": "PAK", "sector": "GOV"}
    assert _fuller(a, b) != _fuller(b, a)
