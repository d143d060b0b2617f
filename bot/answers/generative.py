"""Generative answers through an OpenAI-compatible model (placeholder until that work lands)."""


class GenerativeComposer:
    def __init__(self, settings):
        self.settings = settings

    def compose(self, question, retriever, fallback):
        answer = fallback()
        answer.note = "generative backend not implemented yet; answered extractively"
        return answer
