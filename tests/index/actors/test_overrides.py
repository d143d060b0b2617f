"""The overrides file beside the report: aliases, kinds, merges, exclusions, additions, and bad entries."""

from __future__ import annotations

import pytest

from bot.errors import UserError
from index.actors import OverridesError
from tests.index.actors.conftest import read_report, registry_of


@pytest.fixture
def build_text(tmp_path_factory):
    def report(text: str):
        path = tmp_path_factory.mktemp("r") / "report.txt"
        path.write_text(text, encoding="utf-8")
        return read_report(path)
    return report


def _with(report, tmp_path, text: str):
    path = tmp_path / "actors.overrides.toml"
    path.write_text(text, encoding="utf-8")
    return registry_of(report, path)


def test_the_shipped_file_sets_what_the_text_cannot_tell(report):
    assert registry_of(report).lookup("Hamas").actor.kind == "armed group or movement"
    # The text never describes Hamas nor has it act: alone, it is an organisation at most (the keep model drops a
    # one-word name with no such evidence; the file naming it keeps it, as the next test shows).
    unaided = registry_of(report, overrides=None).lookup("Hamas").actor
    assert unaided is None or unaided.kind == "organisation"


def test_a_name_the_file_gives_is_kept_where_the_keep_model_would_drop_it(build_text, tmp_path):
    report = build_text("Sgt. Rua Kahale, a spokeswoman for the coast guard, said the arrests showed the benefit of "
                        "joint work through Oceanpol.\n")
    assert registry_of(report, overrides=None).lookup("Oceanpol").actor is None  # named once, in passing
    listed = _with(report, tmp_path, '[[actor]]\nname = "Oceanpol"\nkind = "organisation"\n').lookup("Oceanpol")
    assert listed.actor.kind == "organisation"
    assert listed.actor.mentions  # its sentence cited


def test_added_and_removed_aliases_change_what_counts_as_a_mention(report, tmp_path):
    registry = _with(report, tmp_path, """
[[actor]]
name = "Iraqi government"
add_aliases = ["Iraqi officials"]

[[actor]]
name = "Iran"
remove_aliases = ["Tehran"]
""")
    government = registry.lookup("Iraqi officials").actor
    assert government.name == "Iraq"  # "Iraqi government" is one of Iraq's names
    assert any(m.text.startswith("While some Iraqi officials have expressed discontent") for m in government.mentions)
    assert not registry.lookup("Tehran").found
    iran = registry.lookup("Iran").actor
    assert not any(m.text.startswith("In recent years, Tehran has pressed") for m in iran.mentions)


def test_merge_exclude_add_and_set_kind(report, tmp_path):
    registry = _with(report, tmp_path, """
[[actor]]
name = "hamas"
kind = "organisation"
add_aliases = ["Islamic Resistance Movement"]

[[merge]]
into = "Iraq"
names = ["the Iraqi government"]

[[exclude]]
name = "Israel"

[[add]]
name = "Shia militias"
kind = "armed group or movement"
aliases = ["Shia organizations"]
""")
    hamas = registry.lookup("Islamic Resistance Movement").actor
    assert hamas.name == "Hamas" and hamas.kind == "organisation"
    iraq = registry.lookup("the Iraqi government").actor
    assert iraq.name == "Iraq" and "Iraqi government" in iraq.aliases
    assert iraq.mentions[0].text.startswith("Earlier this summer, in a discreet and unpublicized move, Iraqi")
    assert "Israel" not in {a.name for a in registry.list()} and not registry.lookup("Israel").found
    militias = registry.lookup("Shia militias").actor
    assert militias.kind == "armed group or movement" and [m.text[:40] for m in militias.mentions] == [
        "In recent years, Tehran has pressed the ", "He has met with a number of Iraqi politi"]


@pytest.mark.parametrize("text, message", [
    ('[[actor]]\nname = "Hamas"\n\n[[actor]]\nname = "Houthis"\nkind = "militia"\n', r":6: unknown kind 'militia'"),
    ('# a comment\n[[exclude]]\nname = "Nouri al-Maliki"\n',
     r":3: no actor named 'Nouri al-Maliki' in the report .*remove `overrides` from the config"),
    ('[[actor]]\nname = "Hamas"\ncolour = "green"\n', r":3: unknown key 'colour' in \[\[actor\]\]"),
    ('[[merge]]\ninto = "Iran"\nnames = "Tehran"\n', r":3: names must be a list of names"),
    ('[[actor]]\nkind = "media"\n', r":1: \[\[actor\]\] needs name"),
    ('[[actor]]\nname = "Hamas"\nremove_aliases = ["Hamas office"]\n',
     r":3: 'Hamas office' is not an alias of 'Hamas'"),
    ('[[add]]\nname = "Hezbollah"\nkind = "media"\n', r":2: 'Hezbollah' is already an actor"),
    ('[[add]]\nname = "Popular Mobilization Forces"\n', r":1: \[\[add\]\] needs kind"),
    ('\n[[rename]]\nname = "Hamas"\n', r":2: unknown table \[\[rename\]\]"),
    ('[[actor]\nname = "Hamas"\n', r":1: not valid TOML"),
])
def test_a_bad_entry_names_the_file_and_line(report, tmp_path, text, message):
    with pytest.raises(OverridesError, match=rf"actors\.overrides\.toml{message}") as caught:
        _with(report, tmp_path, text)
    assert isinstance(caught.value, UserError)  # one clear line, exit code 2 in the CLI
