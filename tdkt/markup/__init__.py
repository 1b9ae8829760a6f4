"""Wording: Jinja2 text templates → a small line markup → the content tree."""
