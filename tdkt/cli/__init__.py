"""Command-line interface: argument parsing and presentation only."""
