"""Read back each PDF the frozen `cms-admin render` wrote: a PDF, pages, and text.

    python packaging/checks/read_pdfs.py KINDS_FILE PDF_FOLDER
KINDS_FILE has one "kind case" line per form kind (check_bundle.sh writes it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from pypdf import PdfReader

# The evaluation form carries a short code only, never the case number (the participant
# returns it anonymously).
WITHOUT_CASE_NUMBER = {"evaluation-form"}


def main(kinds_file: Path, folder: Path) -> int:
    for line in kinds_file.read_text("utf-8").splitlines():
        kind, case = line.split()
        pdf = folder / f"{kind}.pdf"
        data = pdf.read_bytes()
        if not data.startswith(b"%PDF"):
            print(f"{kind}: not a PDF", file=sys.stderr)
            return 1
        reader = PdfReader(pdf)
        text = " ".join(page.extract_text() or "" for page in reader.pages)
        if not reader.pages or not text.strip():
            print(f"{kind}: the PDF has no pages or no text", file=sys.stderr)
            return 1
        if case != "-" and (case in text) == (kind in WITHOUT_CASE_NUMBER):
            print(f"{kind}: the case number is wrongly present or absent", file=sys.stderr)
            return 1
        print(f"{kind}: {len(reader.pages)} page(s), {len(data):,} bytes, text read back")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), Path(sys.argv[2])))
