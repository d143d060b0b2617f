"""Rendering within Discord's limits: long answers, many citations, hostile questions."""

from __future__ import annotations

from bot.answers.models import Answer, AnswerSentence, Citation
from bot.render import MESSAGE_LIMIT, actor_embed, escape, render_discord, render_text


def _citation(n: int, text: str) -> Citation:
    return Citation(n, f"doc:{n}", text, n, "Hamas and Houthis Gain Ground in Iraq", "doc")


def _answer(sentences: list[str], citations_per_sentence: int = 1, quote: str = "A cited report sentence.") -> Answer:
    cits, parts, n = [], [], 0
    for text in sentences:
        ns = []
        for _ in range(citations_per_sentence):
            n += 1
            ns.append(n)
            cits.append(_citation(n, quote))
        parts.append(AnswerSentence(text, tuple(ns)))
    answer_text = " ".join(f"{p.text} " + " ".join(f"[{x}]" for x in p.citations) for p in parts)
    return Answer("q", True, answer_text, parts, cits)


def test_a_short_answer_is_one_message_with_quoted_sources():
    (message,) = render_discord(_answer(["Kataib Hezbollah guards him."])).messages
    assert message.startswith("Kataib Hezbollah guards him. [1]\n\n**Sources**\n> **[1]** “A cited report sentence.”")
    assert "*Hamas and Houthis Gain Ground in Iraq, paragraph 1*" in message


def test_long_answers_split_between_sentences_never_inside_a_citation():
    sentences = [f"Sentence number {i} " + "word " * 60 + "ends here." for i in range(12)]
    messages = render_discord(_answer(sentences)).messages
    assert len(messages) > 1 and all(len(m) <= MESSAGE_LIMIT for m in messages)
    body = " ".join(messages)
    for i in range(12):
        assert f"Sentence number {i} " in body
        assert f"ends here. [{i + 1}]" in body  # each sentence still ends with its marker


def test_many_long_citations_are_shortened_or_moved_to_more_messages():
    messages = render_discord(_answer(["One.", "Two."], citations_per_sentence=5, quote="long " * 150)).messages
    assert all(len(m) <= MESSAGE_LIMIT for m in messages)
    assert "".join(messages).count("> **[") == 10
    assert messages[0].startswith("One. [1] [2] [3] [4] [5] Two. [6] [7] [8] [9] [10]")


def test_everyone_and_markdown_in_quoted_text_are_defused():
    text = "@everyone **bold** <@&1> [link](http://x) # heading"
    assert "@everyone" not in escape(text) and "\\*\\*bold\\*\\*" in escape(text) and "\\[link\\]" in escape(text)
    answer = Answer(text, False, "The report does not say.", [], [])
    (message,) = render_discord(answer).messages
    assert "/actor" in message and "Sources" not in message


def test_terminal_rendering_lists_sources_with_locators():
    text = render_text(_answer(["Kataib Hezbollah guards him."]))
    assert text.splitlines()[-1] == "[1] “A cited report sentence.” (Hamas and Houthis Gain Ground in Iraq, paragraph 1)"


def test_actor_embeds_fit_and_say_when_mentions_were_cut():
    profile = {"name": "X" * 300, "kind": "person", "aliases": ["a"] * 500, "summary": "S [1].",
               "relations": [{"actor": "Y", "relation": "met with", "citations": [1]}] * 100,
               "mentions": [{"n": i, "id": f"d:{i}", "text": "m " * 200} for i in range(1, 40)]}
    embed, cut = actor_embed(profile)
    assert cut and len(embed["title"]) <= 256
    assert all(len(f["value"]) <= 1024 and len(f["name"]) <= 256 for f in embed["fields"])
    total = len(embed["title"]) + len(embed["description"]) + sum(len(f["name"]) + len(f["value"]) for f in embed["fields"])
    assert total <= 6000
