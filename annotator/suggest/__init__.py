"""Suggested annotations: quotes with their speaker, figures with their value, named parties.

Proposals only: nothing here writes to a project. No Qt; spaCy is optional (extra `nlp`).
"""
