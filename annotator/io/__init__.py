"""Importers and exporters. No Qt widgets; they read and produce plain core objects."""
