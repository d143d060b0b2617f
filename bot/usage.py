"""Per-user cooldowns and answer statistics: small, in memory, Discord-free."""

from __future__ import annotations

import math
import statistics
import threading
import time
from collections import defaultdict, deque

from bot.errors import UserError


class CooldownError(UserError):
    """A member asked more often than [discord] cooldown_questions per cooldown_seconds."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"You're asking quickly: try again in {math.ceil(retry_after)} s.")
        self.retry_after = retry_after


class Cooldown:
    """At most `rate` questions per `per` seconds for each user."""

    def __init__(self, rate: int, per: float, clock=time.monotonic) -> None:
        self.rate, self.per, self._clock = rate, per, clock
        self._times: dict[int, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def retry_after(self, user_id: int) -> float:
        """0 and counts the question if the user may ask now; else seconds until they may."""
        now = self._clock()
        with self._lock:
            times = self._times[user_id]
            while times and now - times[0] >= self.per:
                times.popleft()
            if len(times) >= self.rate:
                return self.per - (now - times[0])
            times.append(now)
            return 0.0

    def check(self, user_id: int) -> None:
        """Count a question, or raise CooldownError saying how long to wait."""
        if wait := self.retry_after(user_id):
            raise CooldownError(wait)


class AnswerStats:
    """This process's answer latency over its last answers (the counts of answers are the store's,
    shared by every process: bot.storage)."""

    def __init__(self, window: int = 1000) -> None:
        self._latencies: deque[float] = deque(maxlen=window)
        self._lock = threading.Lock()

    def record(self, latency_ms: float) -> None:
        with self._lock:
            self._latencies.append(latency_ms)

    @property
    def p50_ms(self) -> float | None:
        with self._lock:
            return statistics.median(self._latencies) if self._latencies else None
