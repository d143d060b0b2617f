"""Answering questions about the report: retrieval results in, cited answers out (Discord-free)."""
