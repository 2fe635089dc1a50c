"""The tests that read ../shared skip without it on a laptop, and fail without it under ``CI=true``."""

from __future__ import annotations

import pytest

from conftest import shared_path


def test_shared_path_missing_is_a_skip_off_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="is absent"):
        shared_path("no-such-directory", "x.json")


def test_shared_path_missing_is_a_failure_under_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        shared_path("no-such-directory", "x.json")
