"""sakiplib: read, validate and analyse SAKIP workbooks of Indonesian local governments."""

__version__ = "0.1.0"
