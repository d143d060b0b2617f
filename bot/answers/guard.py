"""Requests that are not questions about the report: attempts to change the bot's instructions,
tasks (poems, jokes, code) the bot does not do, requests for advice (recipes, travel tips, tech help),
questions in another language than the report's English, and messages that ask nothing ("help",
"hi", "thanks"). All are declined before any search:
a search would find some sentence and cite it, or say the report does not say what it may say."""

from __future__ import annotations

import re

from index.language import asks_nothing, in_another_language
from index.text import fold

_INJECTION = re.compile(
    r"\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instruction|instructions|rules|prompt|guidelines|"
    r"directions|previous|above|everything)\b"
    r"|\b(system|hidden|initial|original)\s+(prompt|instructions|message)\b"
    r"|\b(reveal|print|show|repeat|output|leak)\b.{0,30}\b(your|the)\s+(prompt|instructions|rules)\b"
    r"|\byou are (now|no longer)\b|\bpretend (to be|you)\b|\broleplay\b|\bjailbreak\b"
    r"|\bdeveloper mode\b|\bnew instructions\b"
    # Said to the bot, not of someone in the report: "act as a pirate", "you will act as …", "from now on you …"
    # ("who will act as chair", "who runs the route from now on" are questions about the report)
    r"|^\s*(please\s+)?act as\b|\b(you|u)\s+(will\s+|must\s+|should\s+|shall\s+|now\s+)?act as\b"
    r"|\bfrom now on,?\s+(you|u|please|answer|reply|respond|always|never|only|do not|don't)\b"
)
_TASK = re.compile(
    r"^\s*(please\s+)?(write|compose|generate|draw|sing|translate|code|program|create|invent|make up|"
    r"tell me a (joke|story|poem))\b"
)

# Chat that asks for advice or a service, not for what a report says: recipes and cooking, recommendations
# ("can anyone recommend a good …", "best pizza place in …"), when or how to travel somewhere ("best time of
# year to visit …"), and fixing one's own things ("how do I reset my router"). A report may name a hotel or a
# beach; no report question asks for the best one. Not "how do I renew / keep / apply", nor "my passport": a
# report on permits, papers or a ceasefire is asked so. Over the 2,446 answerable questions of the in-sample
# evaluation sets (docs/evaluation.md) none matches; 60 of their 624 unanswerable questions do.
_ADVICE = re.compile(
    r"\brecipes?\b"
    r"|\bhow (?:do|can|should|would|to) (?:i |you |we |one )?(?:make|cook|bake|brew|boil|fry|roast|prepare|knit|"
    r"sew|fix|repair|patch|reset|install|set up)\b"
    r"|\b(?:best|right|good) (?:way|time|month|season|time of (?:the )?year) to (?:cook|make|bake|prepare|visit|"
    r"go|travel|see|trek|hike|dive|surf|swim|get from|learn|patch|fix)\b"
    r"|\b(?:can|could|would) (?:you|someone|anyone|somebody|u) (?:recommend|suggest)\b"
    r"|\brecommend (?:a|an|me|some|any)\b|\b(?:you|u) would recommend\b|\banyone know (?:a|any|of|how|where)\b"
    r"|\bany (?:good )?(?:tips|recommendations|suggestions)\b"
    r"|\b(?:best|good|nice|decent|cheap) (?:\w+ ){0,2}(?:place|spot|beach|restaurant|hotel|resort|bar|cafe|café|"
    r"laptop|phone|vpn|pizza)s?\b(?! (?:of|for the)\b)"
    r"|\bmy (?:phone|laptop|router|iphone|password|computer|wifi)\b")

REFUSAL = ("I can only answer questions about the report, from what the report says. "
           "Ask me something it covers, or look up an actor with /actor.")


NOTHING_ASKED = ("That is not a question about the report: it names nothing to look for in it. Ask what the "
                 "report says (who, what, when, where, why), or look up an actor with /actor.")


ENGLISH_ONLY = "I can only answer questions asked in English."


def decline(question: str) -> tuple[str, str] | None:
    """What to say instead of searching, and why (for logs and --json readers), or None: search."""
    if reason := refusal_reason(question):
        return REFUSAL, f"refused before any search: {reason}"
    if in_another_language(question):
        return ENGLISH_ONLY, "another language: the report is in English, and so are the words a search matches"
    if asks_nothing(question):
        return NOTHING_ASKED, "nothing asked: no word of the question names something to look for in the report"
    return None


def refusal_reason(question: str) -> str | None:
    """Why a question is refused before any search ("instructions", "task", "advice"), or None."""
    text = fold(question)
    if _INJECTION.search(text):
        return "instructions"
    if _TASK.search(text):
        return "task"
    if _ADVICE.search(text.replace("’", "'")):
        return "advice"
    return None
