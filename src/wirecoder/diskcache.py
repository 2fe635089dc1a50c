"""A disk cache of built data objects (the actor knowledge base, the pattern set), to cut start-up.

Loading and validating the data files takes seconds; unpickling the result takes a fraction of that.
The cache file is keyed by a hash of every input's bytes (the data files, the source of the modules
that build and define the objects) plus the package and Python versions, so any edit builds it again;
stale files are simply never read. It lives beside the gazetteer index (``cache_dir()``: honours
``$WIRECODER_CACHE_DIR``); ``WIRECODER_NO_CACHE=1`` turns it off. An unwritable directory or a corrupt
file is never an error: the object is built as if there were no cache (logged at debug level). A cache
directory or file that another user owns or may write is not read (a pickle can run code): a warning,
and the object is built.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar, cast

from .version import __version__

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Bump when the cache file layout changes.
CACHE_FORMAT = "1"
#: Files kept per kind (the most recently used): other checkouts or data versions keep theirs, and
#: every edit of the data does not leave another file behind for ever.
KEEP_PER_KIND = 6
#: A file used (read, written or opened) within this many seconds is never removed, however many
#: newer ones there are: another checkout or version on the machine may be running from it.
KEEP_UNUSED_FOR = 7 * 24 * 3600
PACKAGE_DIR = Path(__file__).resolve().parent


def cache_dir() -> Path:
    """Where built indexes live: ``$WIRECODER_CACHE_DIR``, else ``$XDG_CACHE_HOME/wirecoder``, else
    ``~/.cache/wirecoder``."""
    if os.environ.get("WIRECODER_CACHE_DIR"):
        return Path(os.environ["WIRECODER_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirecoder"


def enabled() -> bool:
    """False when ``$WIRECODER_NO_CACHE`` is set to anything but ``0`` or empty."""
    return os.environ.get("WIRECODER_NO_CACHE", "") in ("", "0")


def cache_key(kind: str, files: Iterable[Path], modules: Iterable[str] = ()) -> str:
    """Hash of ``kind``, the versions, each file's name (not its directory) and bytes, and the named package modules'
    sources (paths relative to the package, e.g. ``"actors/kb.py"``). Raises ``OSError`` if a file
    cannot be read."""
    digest = hashlib.sha256()
    for part in (CACHE_FORMAT, kind, __version__, sys.version, str(pickle.HIGHEST_PROTOCOL)):
        digest.update(part.encode() + b"\x1f")
    for path in files:
        digest.update(path.name.encode() + b"\x1e" + path.read_bytes() + b"\x1f")
    for module in modules:
        digest.update(module.encode() + b"\x1e" + (PACKAGE_DIR / module).read_bytes() + b"\x1f")
    return digest.hexdigest()[:20]


def cached(
    kind: str, files: Iterable[Path], modules: Iterable[str], build: Callable[[], T], expect: type | None = None
) -> T:
    """The object ``build()`` makes from ``files``: from the cache when its key matches, else built
    and stored. ``expect`` guards against a file that unpickles to something else."""
    if not enabled():
        return build()
    try:
        path = cache_dir() / f"{kind}-{cache_key(kind, files, modules)}.pickle"
    except OSError as exc:
        log.debug("%s cache: cannot hash inputs (%s); building", kind, exc)
        return build()
    problem = untrusted(path.parent) or (untrusted(path) if path.exists() else None)
    if problem:
        _warn_once(
            f"not using the start-up cache: {problem} (a pickle there could run code as you); "
            f"fix its permissions or set WIRECODER_CACHE_DIR to a directory of your own"
        )
        return build()
    try:
        obj = _load(path)
        if expect is None or isinstance(obj, expect):
            log.debug("%s cache: loaded %s", kind, path)
            touch(path)
            return cast(T, obj)  # ``expect`` checked the type where the caller gave one
        log.debug("%s cache: %s holds a %s, not a %s; building", kind, path, type(obj).__name__, expect.__name__)
    except FileNotFoundError:
        pass
    except Exception as exc:  # a corrupt or foreign file is rebuilt, never fatal
        log.debug("%s cache: cannot read %s (%s: %s); building", kind, path, type(exc).__name__, exc)
    obj = build()
    _store(path, obj, kind)
    return obj


def untrusted(path: Path) -> str | None:
    """Why ``path`` (the cache directory or a cache file) must not be trusted with pickles, or None: it is
    owned by another user (root excepted) or writable by other users. A missing directory is fine (it is
    created private)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot check {path} ({exc.strerror})"
    if hasattr(os, "getuid") and st.st_uid not in (os.getuid(), 0):
        return f"{path} is owned by another user (uid {st.st_uid})"
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"{path} is writable by other users (mode {stat.filemode(st.st_mode)})"
    return None


_WARNED: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _WARNED:
        _WARNED.add(message)
        log.warning("%s", message)


def _load(path: Path) -> object:
    """Unpickle ``path`` with the garbage collector paused: the object graph is acyclic-heavy and large
    (tens of thousands of small objects), and the collector's passes over it would triple the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    finally:
        if was_enabled:
            gc.enable()


def _store(path: Path, obj: object, kind: str) -> None:
    """Write ``obj`` to ``path`` atomically (temp file in the same directory, then ``os.replace``)."""
    tmp: str | None = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        log.debug("%s cache: wrote %s", kind, path)
        _prune(path.parent, kind)
    except Exception as exc:  # an unwritable cache only costs the next start-up
        log.debug("%s cache: cannot write %s (%s: %s)", kind, path, type(exc).__name__, exc)
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def touch(path: Path) -> None:
    """Mark ``path`` as just used (its mtime), so pruning keeps it."""
    try:
        os.utime(path)
    except OSError:
        pass


def prune(directory: Path, pattern: str, keep: Path | None = None) -> list[Path]:
    """Delete the files matching ``pattern`` that are neither among the ``KEEP_PER_KIND`` most recently
    used nor used within ``KEEP_UNUSED_FOR`` seconds (``keep`` stays whatever its age); the deleted."""
    removed: list[Path] = []
    try:
        dated = []
        for path in directory.glob(pattern):
            try:
                dated.append((path.stat().st_mtime, path))
            except FileNotFoundError:  # removed meanwhile by another process
                continue
        dated.sort(reverse=True)
        cutoff = time.time() - KEEP_UNUSED_FOR
        for mtime, old in dated[KEEP_PER_KIND:]:
            if mtime < cutoff and old != keep:
                old.unlink(missing_ok=True)
                removed.append(old)
                log.debug("cache: removed %s, unused since %s", old, time.ctime(mtime))
    except OSError as exc:
        log.debug("cache: cannot prune %s in %s (%s)", pattern, directory, exc)
    return removed


def _prune(directory: Path, kind: str) -> None:
    """Delete the old cache files of ``kind`` (see ``prune``)."""
    prune(directory, f"{kind}-*.pickle")
