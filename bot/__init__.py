"""reportbot: answers questions about a report, every sentence cited to the report.

Kept free of heavy imports: `reportbot --help` must stay instant.
"""

__version__ = "0.1.0"
