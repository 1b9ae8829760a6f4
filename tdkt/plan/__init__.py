"""The plan file: YAML with positions, Pydantic models, checks and messages."""
