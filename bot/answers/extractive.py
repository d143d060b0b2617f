"""The offline answer composer (placeholder: top sentence)."""

from __future__ import annotations

from bot.answers.models import Answer, AnswerSentence, Citation
from bot.settings import AnswerSettings
from index.retrieve import Retriever


def compose(question: str, retriever: Retriever, settings: AnswerSettings) -> Answer:
    candidates = retriever.search(question, settings.candidates)
    top = candidates[0].sentence
    return Answer(question=question, answered=True, answer=f"{top.text} [1]",
                  sentences=[AnswerSentence(top.text, (1,))], citations=[Citation.of(1, top)])
