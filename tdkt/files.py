"""Writing outputs safely: whole or not at all, never over the plan, never outside the folder."""

from __future__ import annotations

import errno
import os
import re
import tempfile
from pathlib import Path

from tdkt.errors import UsageError, UserError

NAME_MAX = 255  # bytes in one path component on the usual file systems
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
_REASONS = {
    errno.EACCES: "write_denied",
    errno.EPERM: "write_denied",
    errno.EROFS: "read_only",
    errno.ENOSPC: "disk_full",
    errno.ENAMETOOLONG: "name_too_long",
    errno.ENOTDIR: "not_a_folder",
    errno.EEXIST: "not_a_folder",
    errno.EISDIR: "is_a_folder",
    errno.ENOENT: "no_such_folder",
}


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it into place.

    A file that cannot be written is a UserError naming the path (exit 1), not a crash.
    """
    try:
        _write(path, data)
    except OSError as exc:
        raise cannot_write(path, exc) from None


def _write(path: Path, data: bytes) -> None:
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
    _place(path, data, os.replace)


def _place(path: Path, data: bytes, put) -> bool:
    """Write `data` to a temporary file beside `path`, then `put(tmp, path)` it there (replace or link)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:100]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        put(tmp, path)
        return True
    except FileExistsError:
        return False
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def cannot_write(path: Path, exc: OSError) -> UserError:
    """The user's view of an OSError met while writing `path`."""
    key = _REASONS.get(exc.errno, "cannot_write")
    return UserError(key, where=str(path), reason=exc.strerror or type(exc).__name__)


def safe_file_name(name: str) -> str:
    """A name that stays one file inside its folder: no separators, no `..`, not too long."""
    name = _UNSAFE.sub("_", name).strip(" ")
    if name.strip(".") == "":
        name = "_" + name.replace(".", "_")
    stem, dot, suffix = name.rpartition(".") if "." in name[1:] else (name, "", "")
    while len(name.encode("utf-8")) > NAME_MAX - 20 and stem:  # room for the temporary file's prefix
        stem = stem[:-1]
        name = f"{stem}{dot}{suffix}"
    return name


def check_folder_name(path: Path) -> None:
    """A usage error for a path with a component too long for any file system."""
    for part in path.parts:
        if len(part.encode("utf-8", "surrogateescape")) > NAME_MAX:
            raise UsageError("name_too_long", where=f"{part[:40]}…")


def output_folder(path: Path) -> Path:
    """`-o FOLDER`, checked before any work: a folder to write into (made if missing).

    A file there, or on the way to it, is a usage error naming the path as given.
    """
    check_folder_name(path)
    _no_file_on_the_way(path, path, "out")
    return path


def output_file(path: Path, example: str) -> Path:
    """`-o FILE`, checked before any work: a file to write (its folders made if missing).

    A folder there, or a file on the way to it, is a usage error naming the path as given;
    `example` is a file name the hint shows.
    """
    check_folder_name(path)
    if _kind(path) == "folder":
        raise UsageError("output_is_folder", where=str(path), example=str(path / example))
    _no_file_on_the_way(path.parent, path, path.name)
    return path


def _no_file_on_the_way(folder: Path, named: Path, example: str) -> None:
    """The nearest existing one of `folder` and its parents must be a folder."""
    for step in (folder, *folder.parents):
        kind = _kind(step)
        if kind == "file" and step == named:
            raise UsageError("output_not_folder", where=str(named))
        if kind == "file":
            raise UsageError("output_under_file", where=str(named), part=str(step), example=example)
        if kind is not None:
            return


def _kind(path: Path) -> str | None:
    """"folder", "file" (anything else that is there), or None: not there, or not ours to see
    (writing there will say why)."""
    try:
        return "folder" if path.is_dir() else "file" if path.exists() else None
    except OSError:
        return None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_new(path: Path, data: bytes) -> bool:
    """Write a file that must not exist yet, whole or not at all; False when it already exists.

    A file that cannot be written is a UserError naming the path (exit 1), not a crash.
    """
    try:
        return _write_new(path, data)
    except OSError as exc:
        raise cannot_write(path, exc) from None


def _write_new(path: Path, data: bytes) -> bool:
    return _place(path, data, os.link)  # a link fails when the file exists: never overwritten
