"""Errors of importers and exporters; str() names the file and the problem in one line."""


class ImportFailed(Exception):
    """A file cannot be imported. Nothing of it has been stored."""


class ExportFailed(Exception):
    """An export could not be written (bad template, unwritable folder…). No partial file."""
