"""Starter plan files for `tdkt new`, one per kind of unit."""
