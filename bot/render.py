"""Plain-text rendering of answers, for the terminal (placeholder until the bot work lands)."""

from __future__ import annotations

from bot.answers.models import Answer


def render_text(answer: Answer) -> str:
    lines = [answer.answer]
    if answer.citations:
        lines.append("")
        lines.append("Sources:")
        for c in answer.citations:
            where = ", ".join(x for x in (c.section, f"paragraph {c.paragraph}") if x)
            lines.append(f"[{c.n}] “{c.text}” ({where})")
    return "\n".join(lines)
