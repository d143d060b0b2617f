"""Rendering answers and actor profiles as text, for the terminal and for Discord (Discord-free).

Discord allows 2,000 characters a message and 4,096 in an embed description. The answer is
never cut inside a sentence or away from its [n] markers: when everything does not fit, source
quotes are shortened first, then moved to further messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answers.models import Answer, Citation

MESSAGE_LIMIT = 2000
EMBED_DESCRIPTION_LIMIT = 4096
EMBED_FIELD_LIMIT = 1024
EMBED_TOTAL_LIMIT = 6000
QUOTE_LIMIT = 300  # a source quote is shortened to this when a message would overflow

ABSTAIN_HINT = "Try rephrasing, or look up a person or group with `/actor`."


def locator(citation: Citation) -> str:
    """Where a cited sentence stands: "Hamas and Houthis Gain Ground in Iraq, paragraph 9"."""
    parts = [citation.section, f"paragraph {citation.paragraph}"]
    return ", ".join(p for p in parts if p)


def render_text(answer: Answer) -> str:
    """The answer for a terminal: the answer, then its numbered sources quoted."""
    lines = [answer.answer]
    if answer.citations:
        lines += ["", "Sources:"]
        lines += [f"[{c.n}] “{c.text}” ({locator(c)})" for c in answer.citations]
    elif answer.closest:
        lines += ["", "Closest passages (they do not answer the question):"]
        lines += [f"- “{c.text}” ({locator(c)})" for c in answer.closest]
    return "\n".join(lines)


def escape(text: str) -> str:
    """Quoted text shown as written: markdown characters escaped, mentions defused."""
    text = re.sub(r"([\\*_~`|\[\]])", r"\\\1", text)
    text = re.sub(r"(?m)^(\s*)([#>-])", r"\1\\\2", text)  # headings, quotes and lists start lines
    return text.replace("@", "@\u200b")


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


@dataclass(frozen=True)
class DiscordAnswer:
    """The messages an answer takes in Discord, in order; the first holds the answer."""

    messages: list[str]


def render_discord(answer: Answer, limit: int = MESSAGE_LIMIT) -> DiscordAnswer:
    """The answer with its [n] markers, then each source quoted with its locator."""
    if not answer.answered:
        return DiscordAnswer([_fit_sentences(f"{escape(answer.answer)}\n\n{ABSTAIN_HINT}", limit)[0]])
    body = _answer_messages(answer, limit)
    sources = [f"> **[{c.n}]** “{escape(c.text)}”\n> *{escape(locator(c))}*" for c in answer.citations]
    messages = list(body)
    header = "\n\n**Sources**\n"
    for quote, citation in zip(sources, answer.citations):
        candidate = messages[-1] + (header if header else "\n") + quote
        if len(candidate) <= limit:
            messages[-1] = candidate
        else:
            short = f"> **[{citation.n}]** “{escape(_shorten(citation.text, QUOTE_LIMIT))}”\n> *{escape(locator(citation))}*"
            candidate = messages[-1] + (header if header else "\n") + short
            if len(candidate) <= limit:
                messages[-1] = candidate
            else:
                messages.append(("**Sources**\n" if header else "") + short[:limit])
        header = ""
    return DiscordAnswer(messages)


def _answer_messages(answer: Answer, limit: int) -> list[str]:
    """The answer text, split between sentences only, so markers stay with their sentence."""
    pieces = [f"{escape(s.text)} " + " ".join(f"[{n}]" for n in s.citations) for s in answer.sentences] \
        or [escape(answer.answer)]
    return _fit_sentences(" ".join(pieces), limit, pieces)


def _fit_sentences(text: str, limit: int, pieces: list[str] | None = None) -> list[str]:
    if len(text) <= limit:
        return [text]
    messages = [""]
    for piece in pieces or re.split(r"(?<=[.!?])\s+", text):
        while len(piece) > limit:  # one sentence longer than a message: split at a space
            head = piece[:limit].rsplit(" ", 1)[0]
            messages.append(head)
            piece = piece[len(head):].lstrip()
        if len(messages[-1]) + 1 + len(piece) > limit:
            messages.append(piece)
        else:
            messages[-1] = f"{messages[-1]} {piece}".strip()
    return [m for m in messages if m]


def context_text(sentences_by_citation: list[tuple[Citation, list]], limit: int = MESSAGE_LIMIT) -> str:
    """Each cited sentence in bold between its neighbours (for "Show context")."""
    blocks = []
    for citation, sentences in sentences_by_citation:
        parts = [f"**{escape(s.text)}**" if s.id == citation.id else escape(s.text) for s in sentences]
        blocks.append(f"**[{citation.n}]** *{escape(locator(citation))}*\n" + " ".join(parts))
    text = "\n\n".join(blocks) or "The cited sentences are no longer in the index."
    return text if len(text) <= limit else _shorten(text, limit)


def actor_embed(profile: dict, *, max_mentions: int = 6) -> tuple[dict, bool]:
    """An actor profile (the `actor --json` object) as an embed dict, and whether mentions were cut."""
    fields = []
    if profile["aliases"]:
        fields.append({"name": "Also called", "value": _shorten(", ".join(profile["aliases"]), EMBED_FIELD_LIMIT),
                       "inline": False})
    if profile["relations"]:
        lines = [f"{r['relation']} **{escape(r['actor'])}** " + "".join(f"[{n}]" for n in r["citations"])
                 for r in profile["relations"]]
        fields.append({"name": "Relations", "value": _join_within(lines, EMBED_FIELD_LIMIT), "inline": False})
    mentions = profile["mentions"]
    shown = [f"**[{m['n']}]** {escape(_shorten(m['text'], 300))}" for m in mentions[:max_mentions]]
    value = _join_within(shown, EMBED_FIELD_LIMIT)
    cut = len(shown) < len(mentions) or value.count("**[") < len(shown)
    if cut:
        value = _join_within(shown, EMBED_FIELD_LIMIT - 40) + f"\n… {len(mentions)} mentions in all"
    fields.append({"name": f"Mentions ({len(mentions)})", "value": value or "none", "inline": False})
    embed = {"title": _shorten(profile["name"], 256), "description": _shorten(escape(profile["summary"]), 1000),
             "fields": fields, "footer": {"text": profile["kind"]}}
    return embed, cut


def _join_within(lines: list[str], limit: int) -> str:
    out = ""
    for line in lines:
        candidate = f"{out}\n{line}" if out else line
        if len(candidate) > limit:
            break
        out = candidate
    return out


def mentions_pages(profile: dict, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Every mention of an actor, in as many messages as it takes."""
    lines = [f"**[{m['n']}]** {escape(m['text'])}" for m in profile["mentions"]]
    pages, page = [], f"**{escape(profile['name'])}**: every mention in the report"
    for line in lines:
        if len(page) + 1 + len(line) > limit:
            pages.append(page)
            page = line[:limit]
        else:
            page += "\n" + line
    pages.append(page)
    return pages
