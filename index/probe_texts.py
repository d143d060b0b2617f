"""Texts an ONNX export of the embedding model is checked on against sentence-transformers.

Written for the check, about no report: what matters is their spread. Single words and
punctuation, questions, numbers and dates, quotation marks, accents and other scripts, list and
heading shapes, sentences from a few words to a paragraph, and one text longer than the model's
256 tokens, so the check also covers cutting and the padding of texts of unequal lengths in one
batch.
"""

from __future__ import annotations

_SHORT = (
    "Yes.",
    "Summary",
    "”",
    "2.3 Methodology",
    "See annex B.",
    "Who paid for it?",
    "Table 4: Expenditure by region, 2019-2023 (in millions of euros)",
    "When did the committee first meet, and who chaired it?",
    "what does the letter say about the harbour",
    "THE MEETING WAS POSTPONED INDEFINITELY.",
    "The price of wheat rose by 12.5% between March and October 2021.",
    "On 4 July 1998 at 06:30, the ferry left port with 312 passengers aboard.",
    "“We will not sign,” the spokesperson said, “until the terms are published.”",
    "L'accord signé à Genève prévoit un cessez-le-feu immédiat.",
    "Die Kommission legte ihren Bericht im Frühjahr vor.",
    "El ministerio negó haber recibido la carta.",
    "Kraków, São Paulo, Zürich and Reykjavík hosted the four rounds of talks.",
    "القاهرة",
    "北京和上海",
    "Contact: press@example.org, +44 20 7946 0000, https://example.org/reports/2024/annual.pdf",
    "- item one; - item two; - item three",
    "(a) funding; (b) staffing; (c) oversight; and (d) reporting.",
    "The water board, which had warned of the shortage for years, was dissolved after the audit.",
    "Farmers in the valley said the new canal had doubled their yields, though some downstream "
    "villages reported that their wells had run dry within a season.",
    "According to the auditors, neither the contractor nor the ministry could account for the "
    "missing equipment, and the inquiry that followed was closed without any findings being made public.",
)

_PARAGRAPH = (
    "The report draws on interviews conducted over eighteen months with officials, engineers, "
    "traders and residents of the affected districts, as well as on procurement records, court "
    "filings and satellite imagery. Where sources disagreed, the authors give each account and say "
    "which one the documentary evidence supports. Several interviewees asked not to be named because "
    "they feared losing their jobs; their positions are described in general terms. Figures for "
    "spending are given in the currency of the year in which the money was committed, not adjusted "
    "for inflation, and totals may not add up because of rounding."
)

# The paragraph three times over runs past the model's 256 tokens: the check covers the cut.
PROBE_TEXTS: tuple[str, ...] = _SHORT + (_PARAGRAPH, " ".join([_PARAGRAPH] * 3))
