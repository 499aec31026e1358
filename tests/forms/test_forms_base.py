"""The forms base: embedded fonts, "Page n of m" footer, neutral metadata, signature blocks."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import PageBreak

from cms_desktop.core.policy_text import policy_text
from cms_desktop.forms.base import (
    Signer,
    details_table,
    format_date,
    heading,
    letterhead,
    numbered,
    para,
    signature_section,
)
from cms_desktop.forms.page import FormMeta, build_pdf, render_form
from cms_desktop.model.settings import OfficeSettings
from tests.support.pdf import all_text, fonts, page_texts, reader, signature_checks

NAMES = ("Zoë Nguyễn", "Ólafur Þórsson", "Siobhán O'Connor")
META = FormMeta(
    kind="test-form",
    title="Test Form",
    office_name="Campus Mediation Services",
    office_address="5100 Rockhill Road, Kansas City, MO 64110",
    case_number="CMS-2026-0042",
)


def two_page_story(meta: FormMeta = META) -> list:
    return [
        *letterhead(meta),
        details_table([("Case number", meta.case_number), ("Date", format_date("2026-03-02"))]),
        heading("Participants"),
        *numbered(NAMES),
        PageBreak(),
        *signature_section("Signatures", [Signer(n, "Participant") for n in NAMES]),
    ]


def test_footer_carries_policy_version_case_number_and_page_n_of_m() -> None:
    pdf, pages = build_pdf(META, two_page_story())
    assert pages == 2
    texts = page_texts(pdf)
    assert len(texts) == 2
    version = policy_text().version
    for number, page in enumerate(texts, start=1):
        assert f"page {number} of 2" in page.lower()
        assert f"version {version}" in page
        assert "CMS-2026-0042" in page


def test_fonts_are_embedded_and_names_print_exactly() -> None:
    form = render_form(META, two_page_story())
    used = fonts(form.pdf)
    assert used, "no fonts found"
    assert all(used.values()), f"fonts not embedded: {[f for f, e in used.items() if not e]}"
    assert all("DejaVuSans" in name for name in used)
    text = all_text(form.pdf)
    for name in NAMES:
        assert name in text


def test_metadata_is_neutral_title_and_office_never_names() -> None:
    form = render_form(META, two_page_story(), case_id=7)
    info = reader(form.pdf).metadata
    assert info.title == "Test Form — CMS-2026-0042"
    assert info.author == "Campus Mediation Services"
    blob = " ".join(str(v) for v in info.values())
    for name in NAMES:
        assert name not in blob
        for part in name.split():
            assert part not in blob
    assert form.title == "Test Form — CMS-2026-0042"
    assert (form.kind, form.case_id, form.pages) == ("test-form", 7, 2)


def test_paper_size_follows_the_office_setting() -> None:
    settings = OfficeSettings(office_name="CMS", paper_size="a4")
    a4 = FormMeta.for_office(settings, "test-form", "Test Form", "CMS-2026-0001")
    letter = FormMeta.for_office(OfficeSettings(), "test-form", "Test Form")
    box_a4 = reader(build_pdf(a4, [para("x")])[0]).pages[0].mediabox
    box_letter = reader(build_pdf(letter, [para("x")])[0]).pages[0].mediabox
    assert (round(float(box_a4.width)), round(float(box_a4.height))) == tuple(map(round, A4))
    assert (round(float(box_letter.width)), round(float(box_letter.height))) == tuple(
        map(round, LETTER)
    )


def test_form_without_case_number_leaves_it_out_of_footer_and_title() -> None:
    meta = FormMeta(kind="notice", title="Notice", office_name="CMS")
    form = render_form(meta, [para("Hello")])
    assert reader(form.pdf).metadata.title == "Notice"
    assert "Case" not in page_texts(form.pdf)[0]
    assert "Page 1 of 1" in page_texts(form.pdf)[0]


def test_person_text_is_escaped_not_read_as_markup() -> None:
    form = render_form(META, [para("Tom & Jerry <b>not bold</b>")])
    assert "Tom & Jerry <b>not bold</b>" in all_text(form.pdf)


def test_signature_line_never_separated_from_printed_name_across_pages() -> None:
    signers = [Signer(f"{NAMES[i % 3]} {i}", "Participant") for i in range(14)]
    story = [*letterhead(META), *[para("Filler paragraph. " * 30) for _ in range(3)]]
    story += signature_section("Signatures", signers)
    form = render_form(META, story)
    assert form.pages >= 2
    where = signature_checks(form.pdf)
    assert sorted(where) == sorted(s.name for s in signers)
    assert len(set(where.values())) >= 2, "expected the blocks to run over a page break"


def test_signature_heading_stays_with_the_first_block() -> None:
    # Fill page 1 almost to the bottom: the heading must move to page 2 with its block.
    filler = [para("Filler line.") for _ in range(40)]
    story = [*letterhead(META), *filler, *signature_section("Signatures", [Signer("A B", "X")])]
    pdf, _ = build_pdf(META, story)
    texts = page_texts(pdf)
    heading_page = next(i for i, t in enumerate(texts) if "Signatures" in t)
    name_page = next(i for i, t in enumerate(texts) if "Printed name: A B" in t)
    assert heading_page == name_page
