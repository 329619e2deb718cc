"""The project file (.annot): schema, migrations, queries, change notifications. No Qt."""

from annotator.store.errors import (
    NewerSchemaError,
    NotAProjectError,
    ProjectError,
)
from annotator.store.events import Change
from annotator.store.project import Project

__all__ = ["Change", "NewerSchemaError", "NotAProjectError", "Project", "ProjectError"]
