"""The disk cache of the built actor KB and pattern set (``wirecoder.diskcache``): used on the second
load, built again after a data edit, and never fatal when the cache is corrupt or unwritable."""

from __future__ import annotations

import os
import pickle
import shutil
import time
from pathlib import Path

import pytest

from wirecoder import diskcache
from wirecoder.actors import kb as kbmod
from wirecoder.coding import patterns as patmod


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(path))
    monkeypatch.delenv("WIRECODER_NO_CACHE", raising=False)
    return path


def _counting(monkeypatch, module, name: str) -> list[int]:
    """Wrap ``module.name`` so each call is counted."""
    calls: list[int] = []
    real = getattr(module, name)

    def wrapper(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)
    return calls


def _pattern_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "patterns"
    shutil.copytree(patmod.patterns_dir("cameo.v1"), copy)
    return copy


# ----------------------------------------------------------------------------- the generic cache


def test_cache_builds_once_then_loads(cache, tmp_path):
    data = tmp_path / "data.txt"
    data.write_text("one", encoding="utf-8")
    built: list[int] = []

    def build() -> dict[str, int]:
        built.append(1)
        return {"n": len(built)}

    assert diskcache.cached("thing", [data], ["diskcache.py"], build, dict) == {"n": 1}
    assert diskcache.cached("thing", [data], ["diskcache.py"], build, dict) == {"n": 1}
    assert len(built) == 1
    assert len(list(cache.glob("thing-*.pickle"))) == 1


def test_cache_key_follows_file_bytes_and_module_source(tmp_path, monkeypatch):
    data = tmp_path / "data.txt"
    data.write_text("one", encoding="utf-8")
    first = diskcache.cache_key("thing", [data], ["diskcache.py"])
    data.write_text("two", encoding="utf-8")
    second = diskcache.cache_key("thing", [data], ["diskcache.py"])
    assert first != second
    assert diskcache.cache_key("thing", [data], ["yamlfiles.py"]) != second
    monkeypatch.setattr(diskcache, "CACHE_FORMAT", "other")
    assert diskcache.cache_key("thing", [data], ["diskcache.py"]) != second


@pytest.mark.parametrize("content", [b"not a pickle at all", b"", pickle.dumps(["a", "list"])])
def test_corrupt_or_foreign_cache_file_is_rebuilt(cache, tmp_path, content):
    data = tmp_path / "data.txt"
    data.write_text("x", encoding="utf-8")
    path = cache / f"thing-{diskcache.cache_key('thing', [data], [])}.pickle"
    cache.mkdir()
    path.write_bytes(content)
    assert diskcache.cached("thing", [data], [], lambda: {"fresh": True}, dict) == {"fresh": True}
    assert pickle.loads(path.read_bytes()) == {"fresh": True}  # replaced by a good one


def test_unwritable_cache_directory_still_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(blocker / "cache"))
    assert diskcache.cached("thing", [blocker], [], lambda: {"ok": 1}, dict) == {"ok": 1}


def test_unreadable_input_still_builds(cache, tmp_path):
    assert diskcache.cached("thing", [tmp_path / "missing"], [], lambda: {"ok": 2}, dict) == {"ok": 2}


def test_cache_can_be_turned_off(cache, tmp_path, monkeypatch):
    monkeypatch.setenv("WIRECODER_NO_CACHE", "1")
    data = tmp_path / "data.txt"
    data.write_text("x", encoding="utf-8")
    assert diskcache.cached("thing", [data], [], lambda: {"ok": 3}, dict) == {"ok": 3}
    assert not cache.exists()


def test_old_cache_files_are_pruned(cache, tmp_path, monkeypatch):
    monkeypatch.setattr(diskcache, "KEEP_PER_KIND", 2)
    monkeypatch.setattr(diskcache, "KEEP_UNUSED_FOR", -60)  # every file counts as long unused
    data = tmp_path / "data.txt"
    for i in range(4):
        data.write_text(str(i), encoding="utf-8")
        diskcache.cached("thing", [data], [], lambda i=i: {"i": i}, dict)
    assert len(list(cache.glob("thing-*.pickle"))) == 2


def test_prune_never_removes_a_recently_used_file(tmp_path, monkeypatch):
    """Another version or checkout may be running from a file: only long-unused extras go."""
    monkeypatch.setattr(diskcache, "KEEP_PER_KIND", 1)
    now = time.time()
    ages = {"new": 0, "yesterday": 86400, "last-month": 30 * 86400, "last-year": 365 * 86400}
    for name, age in ages.items():
        path = tmp_path / f"index-{name}.db"
        path.write_text(name, encoding="utf-8")
        os.utime(path, (now - age, now - age))
    removed = diskcache.prune(tmp_path, "index-*.db", keep=tmp_path / "index-last-year.db")
    assert [p.name for p in removed] == ["index-last-month.db"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "index-last-year.db",  # the caller's own, whatever its age
        "index-new.db",
        "index-yesterday.db",  # beyond KEEP_PER_KIND, but used within the week
    ]


def test_touch_marks_a_file_used(tmp_path):
    path = tmp_path / "index-x.db"
    path.write_text("x", encoding="utf-8")
    os.utime(path, (0, 0))
    diskcache.touch(path)
    assert time.time() - path.stat().st_mtime < 3600
    diskcache.touch(tmp_path / "missing.db")  # never an error


# ----------------------------------------------------------------------------- the pattern set


def test_pattern_set_cached_on_second_load_and_rebuilt_after_an_edit(cache, tmp_path, monkeypatch):
    copy = _pattern_copy(tmp_path)
    calls = _counting(monkeypatch, patmod, "_build_patterns")
    load = patmod.load_patterns.__wrapped__  # past the in-process lru_cache
    built = load("cameo.v1", str(copy))
    again = load("cameo.v1", str(copy))
    assert len(calls) == 1
    assert again.verbs == built.verbs and again.nouns == built.nouns
    assert again.config == built.config and again.transforms == built.transforms

    config = copy / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "\n# an analyst's note\n", encoding="utf-8")
    load("cameo.v1", str(copy))
    assert len(calls) == 2


def test_pattern_set_rebuilt_when_the_loader_source_changes(cache, tmp_path, monkeypatch):
    copy = _pattern_copy(tmp_path)
    calls = _counting(monkeypatch, patmod, "_build_patterns")
    load = patmod.load_patterns.__wrapped__
    load("cameo.v1", str(copy))
    monkeypatch.setattr(patmod, "_PATTERN_MODULES", (*patmod._PATTERN_MODULES, "diskcache.py"))
    load("cameo.v1", str(copy))
    assert len(calls) == 2


def test_invalid_pattern_edit_still_raises_with_a_warm_cache(cache, tmp_path):
    from wirecoder.errors import DataError

    copy = _pattern_copy(tmp_path)
    load = patmod.load_patterns.__wrapped__
    load("cameo.v1", str(copy))
    (copy / "nouns.yaml").write_text("nouns:\n  - {id: bad, lemmas: [x], code: '999'}\n", encoding="utf-8")
    with pytest.raises(DataError):
        load("cameo.v1", str(copy))


# ----------------------------------------------------------------------------- the knowledge base


def test_kb_from_cache_equals_the_built_one_and_overlay_bytes_are_keyed(cache, tmp_path, monkeypatch):
    calls = _counting(monkeypatch, kbmod, "_build_kb")
    load = kbmod._load_kb.__wrapped__
    built = load("kb.v1", None)
    cached = load("kb.v1", None)
    assert len(calls) == 1
    assert cached.entries == built.entries and cached.index == built.index and cached.agents == built.agents
    assert cached.secondary_ids == built.secondary_ids

    overlay = tmp_path / "overlay.yaml"
    overlay.write_text("- {id: zz-front, name: Zeta Front, type: org, country: PAK, sector: REB}\n", encoding="utf-8")
    first = load("kb.v1", str(overlay))
    assert "zz-front" in first.entries and len(calls) == 2
    overlay.write_text("- {id: zz-league, name: Zeta League, type: org, country: IND, sector: REB}\n", encoding="utf-8")
    second = load("kb.v1", str(overlay))
    assert len(calls) == 3  # the overlay's bytes are in the key: the user's edit wins
    assert "zz-league" in second.entries and "zz-front" not in second.entries
    assert second.overlay_ids == frozenset({"zz-league"})


# ----------------------------------------------------------------------------- whose cache it is


def test_cache_refuses_a_directory_or_file_others_may_write(cache, tmp_path, caplog):
    import logging
    import os

    data = tmp_path / "data.txt"
    data.write_text("one", encoding="utf-8")
    built: list[int] = []

    def build() -> dict[str, int]:
        built.append(1)
        return {"n": len(built)}

    assert diskcache.cached("thing", [data], ["diskcache.py"], build, dict) == {"n": 1}
    [file] = cache.glob("thing-*.pickle")
    assert oct(cache.stat().st_mode & 0o777) == "0o700"
    os.chmod(file, 0o666)  # another user could have put a pickle of their own here
    with caplog.at_level(logging.WARNING, logger="wirecoder.diskcache"):
        assert diskcache.cached("thing", [data], ["diskcache.py"], build, dict) == {"n": 2}
    assert "writable by other users" in caplog.text
    os.chmod(file, 0o600)
    os.chmod(cache, 0o777)
    assert diskcache.cached("thing", [data], ["diskcache.py"], build, dict) == {"n": 3}
    os.chmod(cache, 0o700)
    assert diskcache.cached("thing", [data], ["diskcache.py"], build, dict) == {"n": 1}  # trusted again


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown to another user needs root")
def test_cache_refuses_a_file_owned_by_another_user(cache, tmp_path):
    data = tmp_path / "data.txt"
    data.write_text("one", encoding="utf-8")
    built: list[int] = []

    def build() -> dict[str, int]:
        built.append(1)
        return {"n": len(built)}

    diskcache.cached("thing", [data], ["diskcache.py"], build, dict)
    [file] = cache.glob("thing-*.pickle")
    os.chown(file, 65534, 65534)
    assert diskcache.untrusted(file) is not None and "another user" in diskcache.untrusted(file)
    os.chown(file, os.getuid(), os.getgid())
    assert diskcache.untrusted(file) is None
