"""Feedback is stored in a real SQLite file and survives reopening; cooldowns and statistics."""

from __future__ import annotations

import sqlite3

import pytest

from bot.answers.models import Answer, Citation
from bot.feedback import FeedbackStore
from bot.usage import AnswerStats, Cooldown, CooldownError


def test_answers_and_votes_persist(tmp_path):
    path = tmp_path / "feedback.sqlite3"
    store = FeedbackStore(path)
    answer = Answer("Who?", True, "Al-Hafi. [1]", citations=[Citation(1, "d:17", "Text.", 9, None, "d")])
    answer_id = store.record_answer(answer, user_id=42)
    assert store.vote(answer_id, 7, 1) and store.vote(answer_id, 8, -1)
    assert store.vote(answer_id, 7, -1)  # changing one's mind replaces the vote
    assert not store.vote("0" * 16, 7, 1)
    store.close()
    reopened = FeedbackStore(path)
    assert reopened.counts() == {"answers": 1, "answered": 1, "abstained": 0, "up": 0, "down": 2}
    assert reopened.answer(answer_id)["citations"][0]["id"] == "d:17"
    rows = sqlite3.connect(path).execute("SELECT question, user_id FROM answers").fetchall()
    assert rows == [("Who?", 42)]


def test_cooldown_allows_a_burst_then_says_how_long_to_wait():
    now = [0.0]
    cooldown = Cooldown(rate=2, per=10, clock=lambda: now[0])
    assert cooldown.retry_after(1) == 0 and cooldown.retry_after(1) == 0
    assert cooldown.retry_after(1) == 10
    assert cooldown.retry_after(2) == 0  # per user
    now[0] = 10.0
    assert cooldown.retry_after(1) == 0
    now[0] = 10.5
    cooldown.retry_after(1)
    with pytest.raises(CooldownError, match=r"^You're asking quickly: try again in 10 s\.$"):
        cooldown.check(1)  # 9.5 s left: rounded up, never "0 s"


def test_stats_give_the_median_latency_of_the_last_answers():
    stats = AnswerStats(window=3)
    assert stats.p50_ms is None
    for ms in [100, 3, 5, 4]:
        stats.record(ms)
    assert stats.p50_ms == 4  # the oldest answer left the window
