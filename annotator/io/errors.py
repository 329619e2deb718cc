"""Errors of importers and exporters; str() names the file and the problem in one line.

Importers raise only ImportFailed and its subclasses, whatever the bytes they are given
(a fuzzing test holds them to it), so a batch can report a bad file and go on.
"""


class ImportFailed(Exception):
    """A file cannot be imported. Nothing of it has been stored."""


class UnsupportedFormat(ImportFailed):
    """No importer for this extension, or the path is not a file."""


class FileTooLarge(ImportFailed):
    """Above the import size limit; the message gives the limit."""


class NotText(ImportFailed):
    """Binary data where text (or markup) was expected."""


class MalformedFile(ImportFailed):
    """Broken or truncated markup, a damaged Word file, forbidden XML constructs."""


class EmptyArticle(ImportFailed):
    """The file parsed, but holds no article text."""


class ExportFailed(Exception):
    """An export could not be written (bad template, unwritable folder…). No partial file."""


class ExportCancelled(ExportFailed):
    """The person stopped the export: nothing was written, an older file is untouched."""
