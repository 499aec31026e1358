"""Read our PDFs back the way a reviewer would: text, fonts, metadata, and where lines sit."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

INCH = 72.0


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def normalise(value: str) -> str:
    """One space for every run of white space (line breaks included)."""
    return re.sub(r"\s+", " ", value).strip()


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return normalise(" ".join(page_texts(pdf)))


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font used on any page -> whether its program is embedded in the file."""
    found: dict[str, bool] = {}
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources else None
        if not font_dict:
            continue
        for ref in font_dict.get_object().values():
            font = ref.get_object()
            descriptor = _descriptor(font)
            embedded = descriptor is not None and any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font.get("/BaseFont"))] = embedded
    return found


def _descriptor(font: DictionaryObject) -> DictionaryObject | None:
    if "/FontDescriptor" in font:
        return font["/FontDescriptor"].get_object()
    for descendant in font.get("/DescendantFonts", []):
        inner = descendant.get_object()
        if "/FontDescriptor" in inner:
            return inner["/FontDescriptor"].get_object()
    return None


@dataclass(frozen=True)
class Placed:
    text: str
    x: float
    y: float


@dataclass(frozen=True)
class Segment:
    x1: float
    y1: float
    x2: float
    y2: float

    @property
    def horizontal(self) -> bool:
        return abs(self.y1 - self.y2) < 0.5

    @property
    def length(self) -> float:
        return abs(self.x2 - self.x1)


@dataclass
class PageLayout:
    texts: list[Placed]
    segments: list[Segment]

    def text_lines(self) -> list[Placed]:
        """Runs on one baseline joined left to right (a bold name is a run of its own)."""
        rows: dict[float, list[Placed]] = {}
        for placed in self.texts:
            key = next((y for y in rows if abs(y - placed.y) < 1.0), placed.y)
            rows.setdefault(key, []).append(placed)
        joined = []
        for y, runs in rows.items():
            runs.sort(key=lambda p: p.x)
            joined.append(Placed(" ".join(r.text for r in runs), runs[0].x, y))
        return sorted(joined, key=lambda p: -p.y)

    def lines_at_least(self, inches: float) -> list[Segment]:
        return [s for s in self.segments if s.horizontal and s.length >= inches * INCH]


def _apply(cm: list[float], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = cm
    return a * x + c * y + e, b * x + d * y + f


def page_layout(page: object) -> PageLayout:
    """One page: each text run with its position, and each stroked straight segment."""
    texts: list[Placed] = []
    segments: list[Segment] = []
    start: list[tuple[float, float]] = []

    def on_op(op: bytes, args: list, cm: list, tm: list) -> None:
        if op == b"m":
            start[:] = [_apply(cm, float(args[0]), float(args[1]))]
        elif op == b"l" and start:
            x2, y2 = _apply(cm, float(args[0]), float(args[1]))
            x1, y1 = start[0]
            segments.append(Segment(x1, y1, x2, y2))
            start[:] = [(x2, y2)]

    def on_text(value: str, cm: list, tm: list, font: object, size: float) -> None:
        if value.strip():
            x, y = _apply(cm, float(tm[4]), float(tm[5]))
            texts.append(Placed(value.strip(), x, y))

    page.extract_text(visitor_operand_before=on_op, visitor_text=on_text)  # type: ignore[attr-defined]
    return PageLayout(texts, segments)


def layouts(pdf: bytes) -> list[PageLayout]:
    return [page_layout(page) for page in reader(pdf).pages]


def signature_checks(pdf: bytes, printed_name_prefix: str = "Printed name:") -> dict[str, int]:
    """For every printed name under a signature block: the page it is on, after checking that
    a pen-sized signature line (>= 3 in) sits just above it on that same page.

    Raises AssertionError naming the signer whose line and name were separated.
    """
    where: dict[str, int] = {}
    for number, layout in enumerate(layouts(pdf), start=1):
        lines = layout.lines_at_least(3.0)
        for placed in layout.text_lines():
            if not placed.text.startswith(printed_name_prefix):
                continue
            name = placed.text[len(printed_name_prefix) :].strip()
            above = [s for s in lines if 0 < s.y1 - placed.y <= 40]
            assert above, f"no signature line above {name!r} on page {number}"
            # Room for a pen: nothing printed in the half inch above the line.
            line_y = min(s.y1 for s in above)
            crowding = [
                t
                for t in layout.texts
                if line_y < t.y < line_y + 0.45 * INCH and above[0].x1 <= t.x <= above[0].x2
            ]
            assert not crowding, f"text crowds the signature line of {name!r}: {crowding}"
            where[name] = number
    return where
