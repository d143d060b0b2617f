"""Files that cannot be indexed as they are: one clear line each, and the previous index keeps serving."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from bot.errors import SourceError, UserError
from index.build import build_index, uploads_dir
from index.bundle import load_bundle
from index.ingest import check_source_bytes, source_from_bytes
from tests.bot.exts.conftest import bot  # noqa: F401 - the Discord bot over the real index, as a fixture
from tests.conftest import exclusive, shared_tmp
from tests.helpers import FAKE_MODEL, FAKE_SHA256, REPORT, FakeEmbedder
from tests.index.format_fixtures import render_docx, render_pdf

MAX_BYTES = 1_000_000

# name -> what the one line must say
EXPECTED = {
    "encrypted.pdf": "encrypted.pdf is encrypted (password-protected): save an unprotected copy",
    "scanned.pdf": "scanned.pdf has no text layer: OCR it first",
    "cut-off.pdf": "cut-off.pdf is incomplete",
    "damaged.pdf": "damaged.pdf is damaged: it cannot be read as a PDF",
    "really-word.pdf": "really-word.pdf is a Word document (.docx), not a PDF as its name says: rename it to really-word.docx",
    "really-pdf.docx": "really-pdf.docx is a PDF, not a Word document (.docx) as its name says: rename it to really-pdf.pdf",
    "really-pdf.txt": "really-pdf.txt is a PDF, not plain text as its name says: rename it to really-pdf.pdf",
    "legacy.docx": "legacy.docx is an old-format Office file (.doc, .xls or .ppt), not a Word document (.docx)",
    "bomb.docx": "would expand to 60,000,008 bytes in 2 parts, far more than a Word document holds (a zip bomb?)",
    "damaged.docx": "damaged.docx is damaged or not a Word document",
    "menu-only.html": "menu-only.html holds no article text",
    "huge.pdf": "huge.pdf is 1,200,000 bytes, over the limit of 1,000,000",
}
# Found before any parser runs: refused in the serving bot before an upload is saved.
CHEAP = {"cut-off.pdf", "really-word.pdf", "really-pdf.docx", "really-pdf.txt", "legacy.docx", "bomb.docx",
         "damaged.docx", "huge.pdf"}


@pytest.fixture(scope="module")
def bad_files() -> dict[str, bytes]:
    from PIL import Image
    from reportlab.pdfgen import canvas

    text = REPORT.read_text(encoding="utf-8")
    pdf = render_pdf(text).data
    docx = render_docx(text, "A report")
    scan = io.BytesIO()
    page = canvas.Canvas(scan)
    picture = Image.effect_noise((200, 200), 64).convert("L")  # what a scanner gives: pixels, no text
    for _ in range(2):
        page.drawInlineImage(picture, 72, 300, 400, 400)
        page.showPage()
    page.save()
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 60_000_000)
    noise = random.Random(15)
    return {
        "encrypted.pdf": render_pdf(text, encrypt="a secret").data,
        "scanned.pdf": scan.getvalue(),
        "cut-off.pdf": pdf[: len(pdf) // 2],
        "damaged.pdf": b"%PDF-1.7\n" + bytes(noise.randrange(256) for _ in range(4000)) + b"\n%%EOF\n",
        "really-word.pdf": docx,
        "really-pdf.docx": pdf,
        "really-pdf.txt": pdf,
        "legacy.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000),
        "bomb.docx": bomb.getvalue(),
        "damaged.docx": docx[:3000],
        "menu-only.html": b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>",
        "huge.pdf": b"%PDF-1.4\n" + bytes(1_200_000 - 16) + b"\n%%EOF\n",
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_bad_file_gets_one_clear_line(bad_files, name):
    # An upload is read from the server's data folder; a moderator is told its name, never that path.
    with pytest.raises(SourceError) as raised:
        source_from_bytes(bad_files[name], Path("/srv/bot/data/reports") / name, MAX_BYTES)
    message = str(raised.value)
    assert EXPECTED[name] in message and "\n" not in message and "/srv" not in message


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_serving_bot_refuses_what_it_can_without_a_parser(bad_files, name):
    if name in CHEAP:
        with pytest.raises(SourceError) as raised:
            check_source_bytes(bad_files[name], Path(name), MAX_BYTES)
        assert EXPECTED[name] in str(raised.value)
    else:  # the build process reads it, and says why it cannot
        check_source_bytes(bad_files[name], Path(name), MAX_BYTES)


def _config(folder: Path, sources: list[Path]) -> Path:
    path = folder / "config.toml"
    path.write_text("[corpus]\nsources = [" + ", ".join(f'"{s}"' for s in sources) + "]\n"
                    f"max_source_bytes = {MAX_BYTES}\n\n[index]\n"
                    f'data_dir = "{folder / "data"}"\nmodel = "{FAKE_MODEL}"\nmodel_sha256 = "{FAKE_SHA256}"\n',
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_cli_build_exits_2_with_one_line_and_the_old_index_stays_live(bad_files, name, tmp_path, capsys):
    from bot.cli import main
    from bot.settings import load_settings

    settings = load_settings(_config(tmp_path, [REPORT]))
    build_index(settings, embedder=FakeEmbedder())
    bad = tmp_path / name
    bad.write_bytes(bad_files[name])
    capsys.readouterr()
    assert main(["--config", str(_config(tmp_path, [REPORT, bad])), "index", "build"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("reportbot: error: ") and EXPECTED[name] in err and "\n" not in err
    bundle = load_bundle(settings.index.data_dir, FAKE_MODEL, FAKE_SHA256)
    assert bundle.version == 1 and len(bundle.documents) == 1


# An attachment over the size limit is refused before it is downloaded (tests/bot/exts/test_moderation.py).
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(set(EXPECTED) - {"huge.pdf"}))
async def test_reindex_with_a_bad_attachment_tells_the_moderator_and_keeps_the_old_index(bot, bad_files, name,
                                                                                         tmp_path_factory):
    from bot.exts.moderation import STILL_LIVE
    from tests.bot.exts.conftest import interaction, member
    from tests.bot.exts.test_moderation import _attachment

    service = bot.service
    version = service.live.bundle.version
    cog = bot.get_cog("Moderation")
    moderator = interaction(bot, member(manage_guild=True))
    data = bad_files[name]
    # The real index's folder is the other test worker's too: one bad upload at a time, or a build would read the
    # other worker's upload, saved there for the moment its own build runs.
    with exclusive(shared_tmp(tmp_path_factory) / "uploads.lock"):
        await cog.reindex.callback(cog, moderator, _attachment(name, len(data), data))
        folder = uploads_dir(bot.settings)
        assert not folder.exists() or not any(folder.iterdir())  # nothing half-saved
    final = moderator.edit_original_response.await_args.kwargs["content"]
    assert final.startswith("Reindex failed: ") and EXPECTED[name] in final and "\n" not in final
    assert final.endswith(STILL_LIVE) and service.live.bundle.version == version


def test_an_upload_replaces_its_report_in_another_format_and_a_failed_build_puts_it_back(fake_settings):
    from bot.reindex import staged_upload

    folder = uploads_dir(fake_settings)
    with staged_upload(fake_settings, ("Report.txt", b"The first version.")):
        pass
    pdf = render_pdf("The second version, now a PDF.\n").data
    with pytest.raises(RuntimeError, match="build failed"):
        with staged_upload(fake_settings, ("report.pdf", pdf)):
            assert _reports(folder) == ["report.pdf"]  # not indexed twice
            raise RuntimeError("build failed")
    assert _reports(folder) == ["report.txt"]
    assert (folder / "report.txt").read_bytes() == b"The first version."
    with staged_upload(fake_settings, ("report.pdf", pdf)):
        pass
    assert _reports(folder) == ["report.pdf"]


def _reports(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def test_uploads_named_in_another_script_do_not_replace_each_other(fake_settings):
    from bot.reindex import staged_upload

    folder = uploads_dir(fake_settings)
    for name in ("Доклад.txt", "Отчёт.txt", "تقرير.txt"):
        with staged_upload(fake_settings, (name, f"The report called {name}.".encode())):
            pass
    assert len(_reports(folder)) == 3
    assert (folder / "доклад.txt").read_text(encoding="utf-8") == "The report called Доклад.txt."


def test_an_upload_whose_name_slugs_like_another_is_refused_and_both_are_kept(fake_settings):
    from bot.reindex import staged_upload

    folder = uploads_dir(fake_settings)
    with staged_upload(fake_settings, ("Budget 2024.txt", b"The first report.")):
        pass
    with pytest.raises(UserError, match=r"budget_2024.txt would replace the uploaded report “Budget 2024”"):
        with staged_upload(fake_settings, ("budget_2024.txt", b"Another report.")):
            pytest.fail("a different report replaced an upload")
    assert _reports(folder) == ["budget-2024.txt"]
    assert (folder / "budget-2024.txt").read_bytes() == b"The first report."
    with staged_upload(fake_settings, ("budget 2024.md", b"The first report, revised.")):  # a new version
        pass
    assert _reports(folder) == ["budget-2024.md"]


def test_a_text_upload_that_is_not_utf8_is_refused_before_saving(fake_settings):
    from bot.reindex import staged_upload

    with pytest.raises(SourceError, match="notes.txt is not UTF-8: byte 0xe9 at offset 3"):
        with staged_upload(fake_settings, ("notes.txt", "Caf\u00e9 notes.".encode("latin-1"))):
            pytest.fail("a bad upload was saved")
    assert not uploads_dir(fake_settings).exists()


@pytest.mark.parametrize("page", [b"", b"<html><body><script>var a = 1;</script></body></html>"])
def test_a_page_with_no_text_logs_nothing_of_the_parsers_own(page, caplog):
    # trafilatura's "lxml parsing failed" errors came before the one line that says what is wrong with the file
    with pytest.raises(SourceError, match="holds no article text"):
        source_from_bytes(page, Path("page.html"), 10_000_000)
    assert not [r for r in caplog.records if r.name.startswith("trafilatura")]
