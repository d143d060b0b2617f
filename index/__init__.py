"""The report index: ingest, segment, embed, store and search report sentences.

Discord-free and free of heavy imports at package level: torch and sentence-transformers load
only where a model is needed.
"""
