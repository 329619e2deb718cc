"""Newsroom Annotator: highlight quotes, figures and parties in press copy."""

# The single source of the version: pyproject.toml reads it from here. (importlib.metadata
# would cost ~40 ms at every start.)
__version__ = "0.1.0"

APP_NAME = "Newsroom Annotator"
APP_ID = "org.newsroom.annotator"
