"""Evaluation against hand annotation: the project's own gold files and public corpora in ../shared.

Each module scores one stage and returns plain rows of figures; ``newsgraph eval`` prints them.
"""
