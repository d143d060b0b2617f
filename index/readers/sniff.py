"""What a file really holds, judged from its bytes, and the checks a file gets before any parser.

Standard library only: the serving bot runs these on an upload before saving it, so a PDF named
.docx, a legacy .doc or a zip bomb is refused at once, without loading a document parser.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from index.readers import DOCUMENT_KINDS, TEXT_SUFFIXES, UnreadableFile

# The PDF header may follow some junk, but within the first kilobyte (PDF 1.7, annex H.3).
_PDF_HEADER_WINDOW = 1024
# A PDF ends with %%EOF; writers may append a little after it, hence a window, not the last bytes.
_PDF_TRAILER_WINDOW = 2048
# A file's first bytes say what it is; this much is enough to see an HTML page's first tags.
_SNIFF_BYTES = 4096
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6]|title)[\s>/]", re.IGNORECASE)
_MAGIC = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),  # legacy Office (.doc, .xls, .ppt)
    (b"{\\rtf", "rtf"),
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"\x1f\x8b", "gzip"),
)
DESCRIPTION = {
    "pdf": "a PDF", "docx": "a Word document (.docx)", "html": "a web page (HTML)", "text": "plain text",
    "ole": "an old-format Office file (.doc, .xls or .ppt)",
    "encrypted-office": "a password-protected Office document", "xlsx": "an Excel workbook",
    "pptx": "a PowerPoint presentation", "odt": "an OpenDocument file", "zip": "a zip archive",
    "rtf": "an RTF document", "image": "an image", "gzip": "a gzip archive", "binary": "binary data",
}
# The suffix a kind of file should carry, to tell the user what to rename it to.
_SUFFIX_OF = {"pdf": ".pdf", "docx": ".docx", "html": ".html"}

# A Word document is a zip of XML: real ones hold tens to a few hundred parts and expand a few
# times to a few tens of times. A part count or an expansion far past that is a zip bomb.
MAX_ZIP_ENTRIES = 5_000
MAX_ZIP_EXPANSION = 100  # total uncompressed size / file size
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024  # what the parser may be asked to hold in memory


def kind_of(data: bytes) -> str:
    """The kind of file these bytes are (a key of DESCRIPTION)."""
    if b"%PDF-" in data[:_PDF_HEADER_WINDOW]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            # Office keeps a password-protected .docx inside a legacy container, as this stream
            if kind == "ole" and "EncryptedPackage".encode("utf-16-le") in data:
                return "encrypted-office"
            return kind
    head = data[:_SNIFF_BYTES]
    if _HTML.search(head):
        return "html"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut by the sniffing window
            return "binary"
    return "text"


def _zip_kind(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "zip"  # a damaged archive: the reader of its suffix says so
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    if "content.xml" in names:
        return "odt"
    return "zip"


def expected_kind(suffix: str) -> str:
    return "text" if suffix.lower() in TEXT_SUFFIXES else DOCUMENT_KINDS[suffix.lower()]


def check_kind(data: bytes, name: str) -> str:
    """The kind the file's suffix promises, if its bytes keep the promise; else UnreadableFile."""
    path = PurePath(name)
    expected = expected_kind(path.suffix)
    actual = kind_of(data)
    if actual == expected or (expected == "text" and actual == "html") or (expected == "html" and actual == "text"):
        return expected
    if expected == "text" and actual == "binary":
        return expected  # the UTF-8 check says exactly where
    if actual == "zip" and expected == "docx":
        raise UnreadableFile(f"{name} is damaged or not a Word document: it is not a readable .docx archive")
    hint = (f": rename it to {path.stem}{_SUFFIX_OF[actual]}" if actual in _SUFFIX_OF
            else "; save it as .pdf, .docx, .html or UTF-8 text and upload that")
    if actual == "ole" and expected == "docx":
        hint = "; open it in Word or LibreOffice and save it as .docx"
    if actual == "encrypted-office":
        raise UnreadableFile(f"{name} is encrypted (password-protected): save an unprotected copy and index that")
    raise UnreadableFile(f"{name} is {DESCRIPTION[actual]}, not {DESCRIPTION[expected]} as its name says{hint}")


def check_zip(data: bytes, name: str) -> None:
    """Refuse a .docx that is not a sound zip, or would expand past what a document needs."""
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise UnreadableFile(f"{name} is damaged: it is not a readable .docx archive") from None
    unzipped = sum(i.file_size for i in infos)
    if (len(infos) > MAX_ZIP_ENTRIES or unzipped > MAX_UNZIPPED_BYTES
            or unzipped > MAX_ZIP_EXPANSION * max(len(data), 1)):
        raise UnreadableFile(f"{name} would expand to {unzipped:,} bytes in {len(infos):,} parts, far more than "
                          "a Word document holds (a zip bomb?): refused unread")


def check_document(data: bytes, name: str) -> str:
    """Every check short of parsing: the type the name promises, and for .docx the archive's size."""
    kind = check_kind(data, name)
    if kind == "docx":
        check_zip(data, name)
    if kind == "pdf" and b"%%EOF" not in data[-_PDF_TRAILER_WINDOW:]:
        raise UnreadableFile(f"{name} is incomplete: it does not end as a PDF does (a cut-off download?); "
                             "get the whole file again")
    return kind
