"""Answers and actor profiles as text: for the terminal, and for Discord (without importing it).

Discord allows 2,000 characters a message, and embeds have their own limits (title 256,
description 4,096, field value 1,024, all text 6,000). The answer is never cut inside a
sentence or away from its [n] markers: when everything does not fit, source quotes are
shortened first, then moved to further messages. Embeds are built as plain dicts
(`discord.Embed.from_dict` takes them) so this module, and its tests, need no Discord objects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

from bot.answers.models import Answer, Citation
from index.records import Sentence

MESSAGE_LIMIT = 2000
EMBED_TITLE_LIMIT = 256
EMBED_DESCRIPTION_LIMIT = 4096
EMBED_FIELD_LIMIT = 1024
EMBED_TOTAL_LIMIT = 6000
QUOTE_LIMIT = 300  # a source quote is shortened to this when it does not fit in full
LOCATOR_LIMIT = 200  # section headings are short; this only guards against a pathological one
SUMMARY_LIMIT = 1000  # keeps a profile embed well under the 6,000 characters of all its text
# A name in a relation or in the /actors list is shortened to this: ten escaped names (markdown
# escapes can double a name) and their details stay within a description's 4,096 characters,
# and a relation line within a field's 1,024.
NAME_LIMIT = 150
# Actors on one /actors page: ten lines of NAME_LIMIT-long names fit a description (see above),
# and ten lines are what a member reads at a glance before pressing Next.
ACTORS_PAGE_SIZE = 10
# Mentions quoted in an actor's profile (those its summary and relations cite first), up to six: short ones all fit
# the field's 1,024 characters, of QUOTE_LIMIT-long ones about three (join_within leaves out the quotes past the
# limit); the rest are behind "Show all mentions".
PROFILE_MENTIONS = 6

ABSTAIN_HINT = "Try rephrasing, or look up a person or group with `/actor`."
# The reply to a message that asks nothing ("help", "hi", "thanks", an empty mention), and to an
# unknown /command in `reportbot chat`: what the bot does and how to use it.
USAGE_HINT = ("Ask me a question about the report: I answer from the report alone, quoting the sentences "
              "behind every answer, and say so when it does not say.\n"
              "- Mention me with your question, or use `/ask` (`private` shows the answer only to you).\n"
              "- `/actor NAME`: who a person, group or state is in the report.\n"
              "- `/actors [KIND]`: everyone the report names, by kind.\n"
              "- Moderators of the bot's home servers: `/reindex` rebuilds the index, optionally with a new "
              "or updated report attached.")
SOURCES_HEADING = "**Sources**"


def locator(citation: Citation) -> str:
    """Where a cited sentence stands: "Harbour Works Fall Behind Schedule, paragraph 9", or in a
    PDF, where readers find it by page, "p. 12, Harbour Works Fall Behind Schedule"."""
    if citation.page is not None:
        return ", ".join(p for p in (f"p. {citation.page}", citation.section) if p)
    parts = [citation.section, f"paragraph {citation.paragraph}"]
    return ", ".join(p for p in parts if p)


def render_text(answer: Answer) -> str:
    """The answer for a terminal: the answer, then its numbered sources quoted."""
    lines = [one_line(answer.answer) if answer.answered else answer.answer]
    if answer.citations:
        lines += ["", "Sources:"]
        lines += [f"[{c.n}] “{one_line(c.text)}” ({locator(c)})" for c in answer.citations]
    elif answer.closest:
        lines += ["", "Closest passages (they do not answer the question):"]
        lines += [f"- “{one_line(c.text)}” ({locator(c)})" for c in answer.closest]
    return "\n".join(lines)


# -- Discord ---------------------------------------------------------------------------------

# Discord markup in a message is not part of the question: mentions, channel links and custom
# emoji are ids (and an unknown word or number makes the composer abstain), and emphasis,
# spoiler, code and quote marks only format it.
_MENTIONS = re.compile(r"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|@(?:everyone|here)\b")
_EMPHASIS = re.compile(r"\*+|~~|\|\||`+|\b__|__\b")
_LINE_MARKS = re.compile(r"(?m)^\s*(?:>>>|>|-#|#{1,3})\s+")


def question_from(content: str) -> str:
    """The question in a message, an /ask option or a console line, without Discord markup."""
    text = _EMPHASIS.sub("", _MENTIONS.sub(" ", _LINE_MARKS.sub("", content)))
    return " ".join(text.split())


_MARKDOWN = re.compile(r"([\\*_~`|])")
_LINE_START = re.compile(r"(?m)^(\s*)([#>-]|\d+\.)")  # headings, quotes and lists start lines
_MASKED_LINK = re.compile(r"\[([^\]\n]*)\]\(")


_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")


def one_line(text: str) -> str:
    """Report text on one line: a sentence of a hard-wrapped report keeps its line breaks in the
    index (citations are verbatim), but a break inside a Discord quote would end the quote."""
    return _LINE_BREAK.sub(" ", text)


def escape(text: str) -> str:
    """Quoted text shown as written: markdown escaped, masked links broken, mentions defused.

    `[n]` citation markers are left alone (they are not markdown). The zero-width space after
    "@" is belt and braces: every send also carries AllowedMentions.none().
    """
    text = _MARKDOWN.sub(r"\\\1", text)
    text = _MASKED_LINK.sub(r"\\[\1\\](", text)
    text = _LINE_START.sub(r"\1\\\2", text)
    return text.replace("@", "@\u200b")


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def pack(blocks: Sequence[str], limit: int, separator: str = "\n") -> list[str]:
    """Blocks joined into as few texts of at most `limit` characters as they fit in, in order.

    A block longer than `limit` on its own is split at spaces (never inside a word).
    """
    texts: list[str] = []
    current = ""
    for block in blocks:
        for piece in _split_long(block, limit):
            if current and len(current) + len(separator) + len(piece) <= limit:
                current += separator + piece
            else:
                if current:
                    texts.append(current)
                current = piece
    if current:
        texts.append(current)
    return texts


def _split_long(text: str, limit: int) -> list[str]:
    pieces = []
    while len(text) > limit:
        head = text[:limit].rsplit(" ", 1)[0] or text[:limit]
        pieces.append(head)
        text = text[len(head):].lstrip()
    return pieces + [text] if text else pieces


@dataclass(frozen=True)
class DiscordAnswer:
    """The messages an answer takes in Discord, in order; the first holds the start of the answer."""

    messages: list[str]


def render_discord(answer: Answer, limit: int = MESSAGE_LIMIT) -> DiscordAnswer:
    """The answer with its [n] markers, then each source quoted with its locator.

    Abstentions show no sources: the closest passages did not answer, and quoting them as
    sources would suggest they did.
    """
    if not answer.answered:
        text = escape(answer.answer)
        if "/actor" not in answer.answer:
            text += f"\n\n{ABSTAIN_HINT}"
        return DiscordAnswer(pack([text], limit))
    # Split between answer sentences only, so each keeps its markers.
    pieces = [" ".join([escape(one_line(s.text)), *(f"[{n}]" for n in s.citations)]) for s in answer.sentences]
    messages = pack(pieces or [escape(answer.answer)], limit, separator=" ")
    for i, citation in enumerate(answer.citations):
        heading = f"{SOURCES_HEADING}\n" if i == 0 else ""
        separator = f"\n\n{heading}" if i == 0 else "\n"
        full, short = _source(citation), _source(citation, QUOTE_LIMIT)
        fitting = next((q for q in (full, short) if len(messages[-1]) + len(separator) + len(q) <= limit), None)
        if fitting is not None:
            messages[-1] += separator + fitting
        else:
            messages.append(heading + short)
    return DiscordAnswer(messages)


def _source(citation: Citation, quote_limit: int | None = None) -> str:
    text = citation.text if quote_limit is None else shorten(citation.text, quote_limit)
    return f"> **[{citation.n}]** “{escape(one_line(text))}”\n> *{escape(shorten(locator(citation), LOCATOR_LIMIT))}*"


def context_pages(cited: Sequence[tuple[Citation, list[Sentence]]], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Each cited sentence, in bold, between its neighbours (for "Show context")."""
    blocks = []
    for citation, sentences in cited:
        heading = f"**[{citation.n}]** *{escape(shorten(locator(citation), LOCATOR_LIMIT))}*"
        if sentences:
            text = " ".join(f"**{escape(one_line(s.text))}**" if s.id == citation.id else escape(one_line(s.text))
                            for s in sentences)
        else:  # the index was rebuilt without it: the stored quote is all there is
            text = f"“{escape(one_line(citation.text))}” (no longer in the live index)"
        blocks.append(f"{heading}\n{text}")
    return pack(blocks, limit, separator="\n\n") or ["This answer cites no sentences."]


# -- actors ----------------------------------------------------------------------------------

# A looked-up name is quoted back shortened to this: enough for any name, not a pasted page.
QUERY_SHOWN = 100
# Actors listed for a name that fits several: enough to pick from; `/actors` lists every one.
FITS_SHOWN = 5


def not_found_text(lookup: Any) -> str:
    """A lookup (an ActorLookup) that found no actor, said in Discord (the query escaped)."""
    return not_found_words(lookup, ask="`/ask`", listing="`/actors`", mark=escape)


def not_found_words(lookup: Any, *, ask: str, listing: str, mark=lambda text: text) -> str:
    """Why a lookup found no actor: the name fits several ("“Al-Sa” fits several actors: …"), or no
    actor is called so, with the names it might have meant and, when the report does mention it (a place,
    a thing), the command that answers questions about it. `mark` readies the user's and the report's
    words for where they are shown."""
    query = mark(shorten(lookup.query, QUERY_SHOWN))
    if len(lookup.fits) > 1:
        names = [shorten(name, NAME_LIMIT) for name in lookup.fits[:FITS_SHOWN]]
        more = f" and {len(lookup.fits) - len(names)} more ({listing} lists them)" if len(lookup.fits) > len(names) else ""
        return f"“{query}” fits several actors: {mark(', '.join(names))}{more}."
    text = f"No actor called “{query}” in the report."
    if lookup.suggestions:  # (names shortened as everywhere: an overrides file may give an actor a very long one)
        text += f" Did you mean: {mark(', '.join(shorten(name, NAME_LIMIT) for name in lookup.suggestions))}?"
    if lookup.mentioned:
        text += f" The report does mention it: ask about it with {ask}."
    return text


def actor_embed(profile: dict[str, Any], *, max_mentions: int = PROFILE_MENTIONS) -> tuple[dict[str, Any], bool]:
    """An actor profile (the `actor` object of `ActorLookup.to_json()`) as an embed dict.

    Returns the embed and whether some mentions were left out (then "Show all mentions" is offered).
    """
    fields = []
    if profile["aliases"]:
        fields.append(_field("Also called", shorten(escape(", ".join(profile["aliases"])), EMBED_FIELD_LIMIT)))
    if profile["relations"]:
        lines = [shorten(" ".join([escape(shorten(r["relation"], QUOTE_LIMIT)),
                                   f"**{escape(shorten(r['actor'], NAME_LIMIT))}**",
                                   *(f"[{n}]" for n in r["citations"])]), EMBED_FIELD_LIMIT)
                 for r in profile["relations"]]
        fields.append(_field("Relations", join_within(lines, EMBED_FIELD_LIMIT)[0]))
    mentions = profile["mentions"]
    lines = [f"**[{m['n']}]** {escape(shorten(one_line(m['text']), QUOTE_LIMIT))}{_page_of(m)}"
             for m in cited_first(profile)[:max_mentions]]
    more = "\n… and {} more: “Show all mentions”"
    value, shown = join_within(lines, EMBED_FIELD_LIMIT - len(more.format(len(mentions))))  # room for "… and N more"
    cut = shown < len(mentions)
    if cut:
        value += more.format(len(mentions) - shown)
    fields.append(_field(f"Mentions ({len(mentions)})", value or "none"))
    embed = {"title": shorten(profile["name"], EMBED_TITLE_LIMIT),
             "description": shorten(escape(profile["summary"]), SUMMARY_LIMIT),
             "fields": fields, "footer": {"text": profile["kind"]}}
    return embed, cut


_MARKER = re.compile(r"\[(\d+)\]")


def cited_first(profile: dict[str, Any]) -> list[dict[str, Any]]:
    """An actor's mentions, those its summary and relations cite first (each keeps its number, so
    every [n] of the card points at a quote on it), then the others, in report order."""
    cited = {int(n) for n in _MARKER.findall(profile["summary"])}
    cited |= {n for r in profile["relations"] for n in r["citations"]}
    return sorted(profile["mentions"], key=lambda m: (m["n"] not in cited, m["n"]))


def _field(name: str, value: str) -> dict[str, Any]:
    return {"name": name, "value": value, "inline": False}


def join_within(lines: Sequence[str], limit: int) -> tuple[str, int]:
    """As many whole lines as fit in `limit` characters, and how many that is."""
    out, count = "", 0
    for line in lines:
        candidate = f"{out}\n{line}" if out else line
        if len(candidate) > limit:
            break
        out, count = candidate, count + 1
    return out, count


def mentions_pages(profile: dict[str, Any], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Every mention of an actor, in as many messages as it takes."""
    lines = [f"**{escape(profile['name'])}**: every mention in the report"]
    lines += [f"**[{m['n']}]** {escape(one_line(m['text']))}{_page_of(m)}" for m in profile["mentions"]]
    return pack(lines, limit)


def _page_of(mention: dict[str, Any]) -> str:
    """" *(p. 12)*" after a mention in a PDF, so readers can find it; nothing elsewhere."""
    return f" *(p. {mention['page']})*" if mention.get("page") is not None else ""


def no_actors(kind: str | None) -> str:
    """What /actors and `reportbot actors` say when no actor is listed."""
    return "No actors of that kind in the report." if kind else "No actors in the report."


def actor_list_pages(actors: Sequence[Any], kind: str | None, page_size: int = ACTORS_PAGE_SIZE) -> list[dict[str, Any]]:
    """`/actors`: embed dicts of `page_size` actors each (actors have name, kind and mentions)."""
    title = f"Actors in the report{f' ({kind})' if kind else ''}"
    chunks = [actors[i:i + page_size] for i in range(0, len(actors), page_size)] or [[]]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        lines = [f"**{escape(shorten(a.name, NAME_LIMIT))}** · {a.kind} · "
                 f"{len(a.mentions)} mention{'s' * (len(a.mentions) != 1)}"
                 for a in chunk] or [no_actors(kind)]
        pages.append({"title": title, "description": join_within(lines, EMBED_DESCRIPTION_LIMIT)[0],
                      "footer": {"text": f"Page {number} of {len(chunks)} · /actor NAME for a profile"}})
    return pages


def embed_length(embed: dict[str, Any]) -> int:
    """All the text of an embed dict, as Discord counts it against its 6,000 characters."""
    fields = embed.get("fields", [])
    return (len(embed.get("title", "")) + len(embed.get("description", "")) + len(embed.get("footer", {}).get("text", ""))
            + sum(len(f["name"]) + len(f["value"]) for f in fields))


def embed_text(embed: dict[str, Any]) -> str:
    """An embed dict as terminal text (for `reportbot chat`)."""
    parts = [f"**{embed['title']}**"]
    if embed.get("description"):
        parts.append(embed["description"])
    parts += [f"**{f['name']}**\n{f['value']}" for f in embed.get("fields", [])]
    if embed.get("footer"):
        parts.append(f"*{embed['footer']['text']}*")
    return "\n\n".join(parts)
