"""Writing an export atomically: a failed write never leaves half a file where an old one was.

The bytes go to a temporary file in the same folder (so the final rename never crosses disks),
are flushed to the disk (fsync), and only then replace the target in one step (os.replace). On
any failure the temporary file is removed and the target is as it was. The usual failures get
their one sentence (errors.ExportFailed): a missing folder, no permission, a full disk.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from sole_app.core.exports.errors import ExportFailed

_REASONS = {
    errno.ENOENT: "missing_folder", errno.ENOTDIR: "missing_folder",
    errno.EACCES: "no_permission", errno.EPERM: "no_permission", errno.EROFS: "no_permission",
    errno.ENOSPC: "disk_full", getattr(errno, "EDQUOT", errno.ENOSPC): "disk_full",
}


def write_atomically(path: Path, data: bytes) -> None:
    """Put ``data`` at ``path`` whole, or raise ExportFailed and change nothing."""
    folder = path.parent
    if not folder.is_dir():
        raise ExportFailed(path, "missing_folder")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.",
                                             suffix=".part")
    except OSError as error:
        raise _failure(path, error) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            _write(stream, data)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _failure(path, error) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write(stream, data: bytes) -> None:
    stream.write(data)
    stream.flush()
    os.fsync(stream.fileno())


def _failure(path: Path, error: OSError) -> ExportFailed:
    if isinstance(error, IsADirectoryError):
        return ExportFailed(path, error.strerror or str(error))
    return ExportFailed(path, _REASONS.get(error.errno, error.strerror or str(error)))
