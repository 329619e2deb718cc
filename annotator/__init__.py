"""Newsroom Annotator: highlight quotes, figures and parties in press copy."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsroom-annotator")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Newsroom Annotator"
APP_ID = "org.newsroom.annotator"
