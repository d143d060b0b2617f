"""A linear score over standardised features: the form of every model the bot fits and ships (the
answer ranker and decision, bot/answers/support.py; the actor keep model, index/actors/keep.py).
A few dozen numbers in a JSON file; scoring is a dot product, numpy only."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np


@dataclass(frozen=True)
class Linear:
    """weights · (features - means) / scales + bias."""

    weights: tuple[float, ...]
    bias: float
    means: tuple[float, ...]
    scales: tuple[float, ...]

    @cached_property
    def _arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        # Made once per model: it scores every question's candidates.
        return np.asarray(self.means), np.asarray(self.scales), np.asarray(self.weights)

    def __call__(self, features: np.ndarray) -> np.ndarray:
        means, scales, weights = self._arrays
        return ((features - means) / scales) @ weights + self.bias

    def probability(self, features: np.ndarray) -> np.ndarray:
        """The logistic of the score: for a model fitted as a logistic regression."""
        return 1.0 / (1.0 + np.exp(-self(features)))

    def to_json(self) -> dict:
        return {"weights": [round(float(w), 6) for w in self.weights], "bias": round(float(self.bias), 6),
                "means": [round(float(m), 6) for m in self.means], "scales": [round(float(x), 6) for x in self.scales]}

    @classmethod
    def from_json(cls, data: dict) -> "Linear":
        return cls(tuple(float(w) for w in data["weights"]), float(data["bias"]),
                   tuple(float(m) for m in data["means"]), tuple(float(s) for s in data["scales"]))

    @classmethod
    def fitted(cls, weights, bias, means, scales) -> "Linear":
        """From a fit's arrays (support.fit_logistic)."""
        return cls(tuple(float(w) for w in weights), float(bias), tuple(float(m) for m in means),
                   tuple(float(s) for s in scales))
