"""Errors the store raises; each message names the file and says what is wrong."""


class ProjectError(Exception):
    """A project file cannot be used; str() is a sentence fit for a dialog or stderr."""


class NotAProjectError(ProjectError):
    pass


class NewerSchemaError(ProjectError):
    pass
