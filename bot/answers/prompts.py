"""The language model's prompts: text templates in prompts/, checked for their placeholders at load.

Templates use `string.Template` placeholders (`${question}`), so braces and dollar amounts in
report text need no escaping and a template cannot run code. Report sentences and the question
are wrapped in tags the system prompt names; angle brackets inside them are replaced, so neither
can close its tag early and pose as instructions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from string import Template

from bot.errors import ConfigError

NOT_IN_REPORT = "NOT_IN_REPORT"  # the model's whole reply when the sentences do not answer

# Each template and the placeholders it must use (and may only use).
PLACEHOLDERS = {
    "system.txt": {"abstain"},
    "answer.txt": {"sentences", "question", "abstain"},
}

_BRACKETS = str.maketrans({"<": "\u2039", ">": "\u203a"})  # ‹ › look alike to a reader, never close a tag


@dataclass(frozen=True)
class Prompts:
    system: Template
    answer: Template

    def messages(self, question: str, sentences: list[str]) -> list[dict[str, str]]:
        """Chat messages asking `question` over `sentences`, numbered from 1."""
        numbered = "\n".join(f"[{n}] {_inert(text)}" for n, text in enumerate(sentences, start=1))
        return [
            {"role": "system", "content": self.system.substitute(abstain=NOT_IN_REPORT)},
            {"role": "user", "content": self.answer.substitute(
                sentences=numbered, question=_inert(question), abstain=NOT_IN_REPORT)},
        ]

    def instruction_text(self) -> str:
        """The fixed words of the prompts (no report, no question): what an answer must never repeat."""
        return " ".join(t.safe_substitute(sentences="", question="", abstain=NOT_IN_REPORT)
                        for t in (self.system, self.answer))


def _inert(text: str) -> str:
    """Untrusted text as data: one line per item, no tag characters."""
    return " ".join(text.translate(_BRACKETS).split())


def load_prompts(folder: Path) -> Prompts:
    """Read and check the templates; a missing file or placeholder is a ConfigError naming it."""
    templates = {}
    for name, wanted in PLACEHOLDERS.items():
        path = folder / name
        try:
            template = Template(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read the prompt template {path}: {exc.strerror or exc}") from None
        if not template.is_valid():
            raise ConfigError(f"{path}: a '$' that is not a placeholder; write $$ for a dollar sign")
        found = set(template.get_identifiers())
        if missing := wanted - found:
            raise ConfigError(f"{path} lacks the placeholder(s) {_names(missing)}")
        if unknown := found - wanted:
            raise ConfigError(f"{path} uses unknown placeholder(s) {_names(unknown)} (known: {_names(wanted)})")
        templates[name.removesuffix(".txt")] = template
    return Prompts(**templates)


def _names(names: set[str]) -> str:
    return ", ".join("${" + n + "}" for n in sorted(names))
