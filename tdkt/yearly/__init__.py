"""The clerk's year: carrying a plan into the next year, and past years' titles from files."""
