"""The actor registry (placeholder until the actors work lands): built at index time."""

REGISTRY_VERSION = 0


def build_registry(documents, sentences, overrides_path):
    return {"version": REGISTRY_VERSION, "actors": []}
