"""Everything Qt: the application, main window, views, panels, dialogs, undo commands."""
