"""What makes office settings acceptable (checked before `Context.save_settings` saves)."""

from __future__ import annotations

import dataclasses
import re

from cms_desktop.core import text_rules
from cms_desktop.core.errors import ValidationError
from cms_desktop.core.letter_templates import LETTERS, check_template
from cms_desktop.model.i18n import DEFAULT_LANGUAGE, FORM_LANGUAGES, QT_TR_NOOP
from cms_desktop.model.settings import EXCEPTION_CATEGORIES, EXCEPTION_LABELS, OfficeSettings

DEADLINE = re.compile(r"^(immediately|next_working_day|hours:([1-9][0-9]{0,2}))$")
PAPER_SIZES = ("letter", "a4")
# (field, smallest, largest, what it is) for the whole-number settings the page shows.
RANGES: tuple[tuple[str, int, int, str], ...] = (
    ("idle_lock_minutes", 1, 60, "The idle time before the lock"),
    ("notes_destruction_days", 1, 365, "The days to destroy notes"),
    ("tombstone_retention_years", 1, 100, "The years to keep destruction records"),
    (
        "case_file_retention_years",
        1,
        7,
        "The number of years to keep a closed case's identifying file",
    ),
    ("disclosure_retention_years", 1, 10, "The number of years to keep the log of disclosures"),
    ("evaluation_minimum", 1, 100, "The fewest evaluations a summary shows"),
    ("statistics_minimum", 1, 100, "The smallest count statistics show"),
    ("publication_minimum", 3, 100, "The smallest count a printed report shows"),
    ("academic_year_start_month", 1, 12, "The month the academic year starts"),
    ("follow_up_after_days", 1, 365, "The days before the first follow-up"),
    ("second_follow_up_after_days", 1, 730, "The days before the second follow-up"),
)


def validate_settings(settings: OfficeSettings) -> None:
    """Raise ValidationError (naming the field) for the first value that cannot be used."""
    text_rules.check_fields(settings)
    if not settings.office_name.strip():
        raise ValidationError(QT_TR_NOOP("Enter the office's name."), field="office_name")
    if settings.paper_size not in PAPER_SIZES:
        raise ValidationError(QT_TR_NOOP("The paper size is Letter or A4."), field="paper_size")
    for language, version in settings.policy_versions.items():
        if language not in FORM_LANGUAGES or language == DEFAULT_LANGUAGE:
            raise ValidationError(
                QT_TR_NOOP(
                    "A version of the policy text is kept only for a language a case may choose."
                ),
                field="policy_versions",
            )
        if not all(isinstance(v, str) for v in version.values()):
            raise ValidationError(
                QT_TR_NOOP("Each part of the policy text is a text."), field="policy_versions"
            )
    for category in EXCEPTION_CATEGORIES:
        official = settings.officials.get(category)
        label = EXCEPTION_LABELS[category]
        if official is None or not official.office.strip():
            raise ValidationError(
                QT_TR_NOOP("Enter the office that disclosures of {lower} are reported to."),
                field="officials",
                lower=label.lower(),
            )
        if not DEADLINE.match(official.deadline):
            raise ValidationError(
                QT_TR_NOOP("Choose when disclosures of {lower} must be reported."),
                field="officials",
                lower=label.lower(),
            )
    categories = [c.strip() for c in settings.dispute_categories]
    if not categories or not all(categories):
        raise ValidationError(
            QT_TR_NOOP("Keep at least one dispute category."), field="dispute_categories"
        )
    seen = {c.casefold() for c in categories}
    if len(seen) != len(categories):
        raise ValidationError(
            QT_TR_NOOP("Each dispute category appears only once."), field="dispute_categories"
        )
    for name, low, high, what in RANGES:
        value = getattr(settings, name)
        if not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(
                QT_TR_NOOP("{what} is between {low} and {high}."),
                field=name,
                what=what,
                low=low,
                high=high,
            )
    if settings.second_follow_up_after_days <= settings.follow_up_after_days:
        raise ValidationError(
            QT_TR_NOOP("The second follow-up comes after the first."),
            field="second_follow_up_after_days",
        )
    for kind, text in settings.letter_templates.items():
        if kind not in LETTERS:
            raise ValidationError(
                QT_TR_NOOP("There is no letter called {kind!r}."), field="letters", kind=kind
            )
        check_template(kind, text)


def changed_fields(before: OfficeSettings, after: OfficeSettings) -> list[str]:
    """The names of the settings that differ (for the audit trail: names, never values)."""
    return [
        f.name
        for f in dataclasses.fields(OfficeSettings)
        if getattr(before, f.name) != getattr(after, f.name)
    ]
