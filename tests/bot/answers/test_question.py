"""What a question asks for, as the composer reads it."""

from __future__ import annotations

import pytest

from bot.answers.question import NUMBER, shape_of
from index.language import holds_money


@pytest.mark.parametrize("question", [
    "How much did the new terminal cost?",
    "How much will the city pay the contractor?",
    "how much money does the charity raise each year?",
    "What is the annual budget of the agency?",
])
def test_questions_about_a_price_ask_for_money(question):
    shape = shape_of(question)
    assert shape.kind == NUMBER and shape.money


@pytest.mark.parametrize("question", [
    "How much cargo can the ship carry?",
    "How many people live in the city?",
    "When did the terminal open?",
])
def test_other_questions_do_not_ask_for_money(question):
    assert not shape_of(question).money


@pytest.mark.parametrize("text, money", [
    ("The terminal cost 310 million euros to build.", True),
    ("It was sold for $4.5 billion.", True),
    ("Farmers were paid Rs 2,500 an acre.", True),
    ("Twelve cranes unload 40 ships a week.", False),
    ("The ship can carry 100 metric tons of cargo.", False),
    ("The dollar fell against the euro.", False),
])
def test_a_sum_of_money_is_told_from_a_count(text, money):
    assert holds_money(text) is money
