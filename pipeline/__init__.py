"""newsevents: span-grounded event extraction from conflict and political news."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1"
