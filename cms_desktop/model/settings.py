"""Office settings: what the director configures. Defaults come from the policy."""

from __future__ import annotations

from dataclasses import dataclass, field

from cms_desktop.model.i18n import QT_TR_NOOP

# The policy's four exception categories, in the policy's order.
EXCEPTION_CATEGORIES: tuple[str, ...] = (
    "sexual_harassment",
    "discrimination",
    "physical_harm",
    "misconduct_defense",
)

EXCEPTION_LABELS: dict[str, str] = {
    "sexual_harassment": QT_TR_NOOP("Sexual harassment"),
    "discrimination": QT_TR_NOOP("Discrimination"),
    "physical_harm": QT_TR_NOOP("Express intent to commit physical harm"),
    "misconduct_defense": QT_TR_NOOP("Information needed to defend against a misconduct complaint"),
}

# The protected bases the policy lists for discrimination (E2), in its order.
PROTECTED_BASES: tuple[str, ...] = (
    "race",
    "color",
    "sex",
    "religion",
    "national origin",
    "age",
    "disability",
    "citizenship",
    "veteran status",
    "sexual orientation",
)


@dataclass
class Official:
    """Where a category of disclosure is reported (E1-E4)."""

    office: str
    official: str = ""  # a named person, when the office has one
    contact: str = ""  # phone or e-mail for the referral sheet
    deadline: str = "next_working_day"  # "immediately" | "next_working_day" | "hours:N"


def default_officials() -> dict[str, Official]:
    dae = "Division of Diversity, Access & Equity"
    return {
        "sexual_harassment": Official(dae),
        "discrimination": Official(dae),
        "physical_harm": Official(
            "Campus Police Department", "Designated official", deadline="immediately"
        ),
        "misconduct_defense": Official("Campus Mediation Services program director"),
    }


DEFAULT_DISPUTE_CATEGORIES: tuple[str, ...] = (
    "workplace",
    "academic",
    "residential",
    "interpersonal",
    "other",
)


@dataclass
class OfficeSettings:
    office_name: str = ""
    office_address: str = ""
    officials: dict[str, Official] = field(default_factory=default_officials)
    # F1 names a second office for the duty to inform about harassment and discrimination.
    eeo_office: str = "Director of Equal Opportunity/Affirmative Action"
    idle_lock_minutes: int = 5
    paper_size: str = "letter"  # "letter" | "a4"
    dispute_categories: list[str] = field(default_factory=lambda: list(DEFAULT_DISPUTE_CATEGORIES))
    notes_destruction_days: int = 7
    rekey_after_erasure: bool = False
    tombstone_retention_years: int = 10  # also purge records (issue #13)
    # Records retention (issue #13): a closed case's identifying file, and the log of
    # exception disclosures, are purged this many years after closing / recording.
    case_file_retention_years: int = 3
    disclosure_retention_years: int = 7
    evaluation_minimum: int = 5
    statistics_minimum: int = 5
    # Issue #17: anything printed or exported hides counts under this (NCES's modal 10),
    # and the academic year (semesters, "2025-26") starts on the 1st of this month.
    publication_minimum: int = 10
    academic_year_start_month: int = 8
    # Training and standing (issue #9): the minimums for a mediator to take new cases.
    basic_training_hours: float = 40
    apprentice_observations: int = 2
    apprentice_co_mediations: int = 2
    apprentice_observed_solo: int = 1
    in_service_hours_per_year: float = 6  # the 12 months before, from the second year on
    cases_per_year: int = 2  # held cases, co-mediations or observed solo cases
    pledge_valid_years: int = 1
    background_check_valid_years: int = 5
    standing_warning_days: int = 30  # remind the director this long before a lapse
    # Follow-through: ask whether a final agreement held this many days after it
    # was signed, and the letters' texts the director changed (kind -> text; the rest are
    # the ones in resources/letters).
    follow_up_after_days: int = 30
    second_follow_up_after_days: int = 90
    letter_templates: dict[str, str] = field(default_factory=dict)
    # The office's approved versions of the policy text in other languages (language ->
    # part -> text, core/policy_text.py); the office supplies them, nobody translates them.
    policy_versions: dict[str, dict[str, str]] = field(default_factory=dict)
