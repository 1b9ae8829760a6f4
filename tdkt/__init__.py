"""tdkt: thi đua – khen thưởng plans, checks and official documents from one YAML file."""

__version__ = "0.1.0"
