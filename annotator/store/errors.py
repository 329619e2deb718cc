"""Errors the store raises; each message names the file and says what is wrong."""


class ProjectError(Exception):
    """A project file cannot be used; str() is a sentence fit for a dialog or stderr."""


class NotAProjectError(ProjectError):
    pass


class NewerSchemaError(ProjectError):
    pass


class DamagedProjectError(ProjectError):
    """The file is a project (or was one) but SQLite cannot read all of it.

    `can_open_read_only`: its tables can still be read, so opening it read-only, unchecked,
    is worth offering; `can_recover`: `annotator.store.recovery.recover` may copy what can be
    read into a new project. The original file is never written to.
    """

    def __init__(self, message: str, *, can_open_read_only: bool = False,
                 can_recover: bool = True) -> None:
        super().__init__(message)
        self.can_open_read_only = can_open_read_only
        self.can_recover = can_recover


class ReadOnlyError(ProjectError):
    """A write was asked of a project opened read-only (or whose lock was taken over)."""


class ProjectLockedError(ProjectError):
    """Another instance (this machine or another, on a shared folder) has the project open.

    `holder` is its `annotator.store.locking.LockInfo`, or None when only SQLite's own lock
    told (a program writing without a lock file). `stale` says whether the holder looks
    gone (a crash): the lock may then be cleared, after asking the user.
    """

    def __init__(self, message: str, holder=None, stale: bool = False) -> None:
        super().__init__(message)
        self.holder = holder
        self.stale = stale


class RefusedValue(ValueError):
    """A value the project refuses (a status without a name, a name already taken…).

    str() is the English sentence; `reason` is a code and `details` what the sentence
    names, for an interface that words it in its own language.
    """

    def __init__(self, message: str, reason: str, **details) -> None:
        super().__init__(message)
        self.reason = reason
        self.details = details


class Cancelled(Exception):
    """Long work (a merge, an import, a re-anchoring) was cancelled and rolled back."""
