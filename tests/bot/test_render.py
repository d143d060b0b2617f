"""Rendering within Discord's limits: long answers, many citations, hostile text, actor profiles."""

from __future__ import annotations

import re
from types import SimpleNamespace

from bot.answers.models import Answer, AnswerSentence, Citation
from bot.render import (EMBED_FIELD_LIMIT, EMBED_TOTAL_LIMIT, MESSAGE_LIMIT, actor_embed, actor_list_pages,
                        context_pages, embed_length, escape, mentions_pages, not_found_text, pack,
                        render_discord, render_text)
from index.actors.model import ActorLookup
from index.records import Sentence

SECTION = "Hamas and Houthis Gain Ground in Iraq"


def _citation(n: int, text: str) -> Citation:
    return Citation(n, f"doc:{n}", text, n, SECTION, "doc")


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


def _markers_after_sentences(messages: list[str]) -> list[int]:
    """Citation numbers in the answer part of the messages, in order."""
    body = " ".join(m.split("\n\n**Sources**")[0] for m in messages if not m.startswith("**Sources**"))
    return [int(n) for n in re.findall(r"\[(\d+)\]", body)]


def test_a_short_answer_is_one_message_with_quoted_sources():
    (message,) = render_discord(_answer(["Kataib Hezbollah guards him."])).messages
    assert message.startswith("Kataib Hezbollah guards him. [1]\n\n**Sources**\n> **[1]** “A cited report sentence.”")
    assert message.endswith(f"> *{SECTION}, paragraph 1*")


def test_long_answers_split_between_sentences_never_inside_a_citation():
    sentences = [f"Sentence number {i} " + "word " * 60 + "ends here." for i in range(12)]
    messages = render_discord(_answer(sentences)).messages
    assert len(messages) > 1 and all(len(m) <= MESSAGE_LIMIT for m in messages)
    body = " ".join(messages)
    for i in range(12):
        assert f"Sentence number {i} " in body
        assert f"ends here. [{i + 1}]" in body  # each sentence still ends with its marker
    assert all(not m.startswith("word") for m in messages)  # no message starts mid-sentence
    assert _markers_after_sentences(messages) == list(range(1, 13))


def test_a_sentence_longer_than_a_message_keeps_its_markers_at_its_end():
    messages = render_discord(_answer(["x" + " very long" * 400 + "."], citations_per_sentence=2)).messages
    assert all(len(m) <= MESSAGE_LIMIT for m in messages)
    assert "long. [1] [2]" in "".join(messages)


def test_many_long_citations_are_shortened_or_moved_to_more_messages():
    messages = render_discord(_answer(["One.", "Two."], citations_per_sentence=5, quote="long " * 150)).messages
    assert all(len(m) <= MESSAGE_LIMIT for m in messages)
    assert "".join(messages).count("> **[") == 10  # every source is shown, none dropped
    assert messages[0].startswith("One. [1] [2] [3] [4] [5] Two. [6] [7] [8] [9] [10]")
    assert "…”" in "".join(messages)  # quotes were shortened rather than the answer
    assert "".join(messages).count("**Sources**") == 1


def test_everyone_and_markdown_in_quoted_text_are_defused():
    text = "@everyone **bold** <@&1> [link](http://x) # heading"
    escaped = escape(text)
    assert "@everyone" not in escaped and "\\*\\*bold\\*\\*" in escaped and "\\[link\\](" in escaped
    assert escape("He met Hamas [1].") == "He met Hamas [1]."  # citation markers stay readable
    assert escape("# Heading").startswith("\\#") and escape("> quote").startswith("\\>")


def test_a_hostile_answer_is_defused_and_within_limits():
    hostile = "@everyone @here **who** <@&123> [click](http://evil.example) " * 40
    answer = Answer(hostile, True, hostile, [AnswerSentence(hostile, (1,))], [_citation(1, hostile)])
    messages = render_discord(answer).messages
    assert all(len(m) <= MESSAGE_LIMIT for m in messages)
    joined = "".join(messages)
    assert "@everyone" not in joined and "@here" not in joined and "](http" not in joined.replace("\\](", "")


def test_abstentions_are_polite_suggest_actor_once_and_show_no_sources():
    closest = [_citation(1, "An unrelated sentence.")]
    answer = Answer("How many fighters?", False, "The report does not say.", [], [], closest=closest)
    (message,) = render_discord(answer).messages
    assert message == "The report does not say.\n\nTry rephrasing, or look up a person or group with `/actor`."
    assert "unrelated" not in message
    already = Answer("q", False, "The report does not say; try rephrasing, or look up an actor with /actor.")
    assert render_discord(already).messages[0].count("/actor") == 1


def test_terminal_rendering_lists_sources_with_locators():
    text = render_text(_answer(["Kataib Hezbollah guards him."]))
    assert text.splitlines()[-1] == f"[1] “A cited report sentence.” ({SECTION}, paragraph 1)"


def test_context_shows_the_cited_sentence_in_bold_between_its_neighbours():
    sentences = [Sentence(id=f"doc:{i}", text=f"Sentence {i}.", document="doc", paragraph=1, section=SECTION,
                          start=0, end=10, ordinal=i) for i in (1, 2, 3)]
    (page,) = context_pages([(_citation(2, "Sentence 2."), sentences)])
    assert page == f"**[2]** *{SECTION}, paragraph 2*\nSentence 1. **Sentence 2.** Sentence 3."
    (gone,) = context_pages([(_citation(5, "Old text."), [])])
    assert "“Old text.” (no longer in the live index)" in gone
    many = context_pages([(_citation(n, "t"), [sentences[0]] * 40) for n in range(1, 11)])
    assert len(many) > 1 and all(len(p) <= MESSAGE_LIMIT for p in many)


def _profile(mentions: int = 3, text: str = "He met them.") -> dict:
    return {"name": "Muhammad Al-Hafi", "kind": "person", "aliases": ["Al-Hafi"],
            "summary": "Muhammad Al-Hafi: a member of Hamas’ Arab and Islamic Relations Office [1].",
            "relations": [{"actor": "Hamas", "relation": "leads", "citations": [1]}],
            "mentions": [{"n": i, "id": f"d:{i}", "text": text} for i in range(1, mentions + 1)]}


def test_an_actor_embed_shows_kind_aliases_cited_summary_relations_and_mentions():
    embed, cut = actor_embed(_profile())
    assert not cut
    assert embed["title"] == "Muhammad Al-Hafi" and embed["footer"]["text"] == "person"
    assert embed["description"].endswith("Relations Office [1].")
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Also called"] == "Al-Hafi"
    assert fields["Relations"] == "leads **Hamas** [1]"
    assert fields["Mentions (3)"].splitlines() == ["**[1]** He met them.", "**[2]** He met them.", "**[3]** He met them."]


def test_actor_embeds_fit_and_say_when_mentions_were_cut():
    profile = {"name": "X" * 300, "kind": "person", "aliases": ["a"] * 500, "summary": "S [1]. " * 500,
               "relations": [{"actor": "Y", "relation": "met with", "citations": [1]}] * 100,
               "mentions": [{"n": i, "id": f"d:{i}", "text": "m " * 200} for i in range(1, 40)]}
    embed, cut = actor_embed(profile)
    assert cut and len(embed["title"]) <= 256 and len(embed["description"]) <= 4096
    assert all(len(f["value"]) <= EMBED_FIELD_LIMIT and len(f["name"]) <= 256 for f in embed["fields"])
    assert embed_length(embed) <= EMBED_TOTAL_LIMIT
    mentions = embed["fields"][-1]["value"]
    assert "more: “Show all mentions”" in mentions
    pages = mentions_pages(profile)
    assert all(len(p) <= MESSAGE_LIMIT for p in pages)
    assert "".join(pages).count("**[") == 39  # every mention, across pages


def test_an_actor_card_quotes_every_mention_its_summary_and_relations_cite():
    # Mentions 9, 12 and 15 are cited, beyond the first six: each [n] on the card has its quote, under
    # its own number, and the card is filled with the first mentions that are not cited.
    profile = _profile(mentions=20, text="Short mention.")
    profile["summary"] = "Muhammad Al-Hafi leads the office [12]."
    profile["relations"] = [{"actor": "Hamas", "relation": "leads", "citations": [12]},
                            {"actor": "Falak", "relation": "met with", "citations": [9, 15]}]
    embed, cut = actor_embed(profile)
    shown = embed["fields"][-1]["value"].splitlines()
    assert cut and shown[:3] == ["**[9]** Short mention.", "**[12]** Short mention.", "**[15]** Short mention."]
    assert [line.split()[0] for line in shown[3:6]] == ["**[1]**", "**[2]**", "**[3]**"]
    assert shown[-1] == "… and 14 more: “Show all mentions”"


def test_not_found_names_suggestions_and_defuses_the_query():
    text = not_found_text(ActorLookup("@everyone Roe", False, None, ["Jane Roe"]))
    assert text == "No actor called “@\u200beveryone Roe” in the report. Did you mean: Jane Roe?"


def test_very_long_names_still_fit_one_message():
    # an overrides file may name an actor at any length: five fitting names and three suggestions of 400 characters
    long_names = [f"{n} " + "Wolfeschlegelsteinhausenbergerdorff " * 11 for n in range(5)]
    for lookup in (ActorLookup("x", False, None, [], fits=long_names),
                   ActorLookup("x", False, None, long_names[:3])):
        assert len(not_found_text(lookup)) <= MESSAGE_LIMIT


def test_a_name_the_report_mentions_but_no_actor_has_points_to_ask():
    text = not_found_text(ActorLookup("Port Verity", False, None, [], mentioned=True))
    assert text == "No actor called “Port Verity” in the report. The report does mention it: ask about it with `/ask`."
    assert "not in the report" not in text


def test_a_name_that_fits_several_actors_lists_them_instead_of_guessing():
    text = not_found_text(ActorLookup("Al-Sa", False, None, ["Salma al-Sadr", "Al-Sabiq Front"],
                                      fits=["Salma al-Sadr", "Al-Sabiq Front"], mentioned=True))
    assert text == "“Al-Sa” fits several actors: Salma al-Sadr, Al-Sabiq Front."
    many = not_found_text(ActorLookup("Al", False, None, [], fits=[f"Al-Name {n}" for n in range(1, 9)]))
    assert many.endswith("Al-Name 5 and 3 more (`/actors` lists them).")


def test_actor_list_pages_hold_ten_actors_each():
    actors = [SimpleNamespace(name=f"Actor {i}", kind="person", mentions=["d:1"] * i) for i in range(23)]
    pages = actor_list_pages(actors, "person")
    assert [p["footer"]["text"][:11] for p in pages] == ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]
    assert pages[0]["title"] == "Actors in the report (person)"
    assert pages[0]["description"].splitlines()[1] == "**Actor 1** · person · 1 mention"
    assert actor_list_pages([], "media")[0]["description"] == "No actors of that kind in the report."
    assert actor_list_pages([], None)[0]["description"] == "No actors in the report."


def test_pack_never_exceeds_the_limit_and_keeps_order():
    blocks = ["a" * 30, "b" * 30, "c " * 40, "d"]
    texts = pack(blocks, 50)
    assert all(len(t) <= 50 for t in texts)
    assert "".join(texts).replace("\n", "").replace(" ", "") == "a" * 30 + "b" * 30 + "c" * 40 + "d"


def test_a_relation_line_longer_than_a_field_still_shows():
    profile = {"name": "Hamas", "kind": "armed group", "aliases": [], "summary": "Hamas [1].",
               "relations": [{"actor": "The " + "Very " * 300 + "Long Council", "relation": "is allied with " * 40,
                              "citations": [1]}],
               "mentions": [{"n": 1, "id": "d:1", "text": "Hamas opened an office."}]}
    embed, _ = actor_embed(profile)
    relations = next(f["value"] for f in embed["fields"] if f["name"] == "Relations")
    assert relations and len(relations) <= EMBED_FIELD_LIMIT and relations.endswith("[1]")
    assert embed_length(embed) <= EMBED_TOTAL_LIMIT


def test_a_page_of_actors_with_very_long_names_fits_a_description():
    actors = [SimpleNamespace(name=f"{i} " + "_*Name*_ " * 200, kind="organisation", mentions=["x"]) for i in range(10)]
    (page,) = actor_list_pages(actors, None)
    assert len(page["description"]) <= 4096 and len(page["description"].splitlines()) == 10
    assert embed_length(page) <= EMBED_TOTAL_LIMIT


def test_a_hard_wrapped_cited_sentence_is_quoted_on_one_line():
    wrapped = "The quay will open\r\nnext year, the council said."
    answer = _answer([wrapped], quote=wrapped)
    (message,) = render_discord(answer).messages
    assert "“The quay will open next year, the council said.”" in message
    assert all(line.startswith("> ") for line in message.split("**Sources**\n")[1].split("\n"))  # one quote
    assert "The quay will open next year" in render_text(answer).splitlines()[0]
