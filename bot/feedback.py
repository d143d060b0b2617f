"""Answers given and the 👍/👎 they got: the stores live in bot.storage.

Each answer the bot sends is stored with its question, text, citations and asker, so feedback
buttons (whose custom ids carry only the answer's id) still work after a restart.
"""

from __future__ import annotations

from bot.storage import Store, open_store
from bot.storage.sqlite import SQLiteStore as FeedbackStore

__all__ = ["FeedbackStore", "Store", "open_store"]
