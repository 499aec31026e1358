"""A demo office full of realistic, synthetic cases: invented people, no network.

Seeded, so the same --cases N gives the same office; the benchmarks build 50,000 cases.
"""

from __future__ import annotations

import json
import random
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta

from cms_desktop.config import resource
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.office import OfficeSetup, create_office
from cms_desktop.model.cases import AFFILIATIONS as AFFILIATION_LABELS
from cms_desktop.model.cases import REFERRAL_SOURCES, CaseStatus
from cms_desktop.model.settings import DEFAULT_DISPUTE_CATEGORIES
from cms_desktop.storage.bulk_store import BulkStore

_NAMES = json.loads(resource("demo", "names.json").read_text("utf-8"))
FIRST: tuple[str, ...] = tuple(_NAMES["first"])
LAST: tuple[str, ...] = tuple(_NAMES["last"])
DEPARTMENTS = (
    "Facilities",
    "Biology",
    "History",
    "Residence Life",
    "Athletics",
    "Law School",
    "Library",
    "Nursing",
    "Engineering",
    "Music",
    "Finance",
    "Admissions",
    "Chemistry",
    "Dining Services",
    "Computer Science",
    "Philosophy",
    "Student Affairs",
    "Dentistry",
)
# The office's own lists (model), in their order: a seed keeps giving the same office.
CATEGORIES = DEFAULT_DISPUTE_CATEGORIES
# The suggested referral sources, plus one an office may type in itself.
REFERRALS = (*REFERRAL_SOURCES, "website")
CONTACTS = ("phone", "e-mail", "walk-in", "referral form")
ROLES = ("party", "party", "party", "support", "advisor", "interpreter")
AFFILIATIONS = tuple(AFFILIATION_LABELS)  # student, faculty, staff, other
PLACES = (
    "Room 204, Student Union",
    "Room 12, Law School",
    "CMS office, suite 3",
    "Conference room B, Administration",
    "Library seminar room 2",
)


CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


def _unique_code(rng: random.Random, seen: set[str]) -> str:
    while True:
        code = "".join(rng.choice(CODE_ALPHABET) for _ in range(6))
        if code not in seen:
            seen.add(code)
            return code


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _email(name: str, rng: random.Random) -> str:
    # "Zoë Þórsson" -> "zoe.thorsson": fold accents, spell out the letters NFKD keeps whole
    folded = unicodedata.normalize("NFKD", name.lower().replace("þ", "th").replace("ø", "o"))
    ascii_name = "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch == " "))
    return ascii_name.replace(" ", ".") + f"{rng.randint(1, 99)}@example.edu"


def generate(
    cases: int,
    today: date | None = None,
    seed: int = 2026,
    batch_size: int = 5000,
    mediators: int = 60,
) -> Iterator[Mapping[str, Sequence[tuple]]]:
    """Batches of rows for storage.bulk_store, spread over the last ten years."""
    rng = random.Random(seed)
    today = today or datetime.now(UTC).date()
    start = today - timedelta(days=3650)
    span = (today - start).days
    now = iso(datetime.now(UTC))

    roster = []
    for mid in range(1, mediators + 1):
        name = person(rng)
        roster.append(
            (
                mid,
                name,
                rng.choice(AFFILIATIONS[:3]),
                rng.choice(DEPARTMENTS),
                "",
                _email(name, rng),
                f"555-{rng.randint(1000, 9999)}",
                (start + timedelta(days=rng.randint(0, span))).isoformat(),
                (today - timedelta(days=rng.randint(0, 300))).isoformat(),  # pledge: yearly
                (today - timedelta(days=rng.randint(0, 1400))).isoformat(),
                "active" if mid % 10 else "inactive",
                now,
            )
        )

    # Training and apprenticeship, so the demo roster is in good standing (core/standing.py).
    training = []
    for mid, *_rest in roster:
        trained = start + timedelta(days=rng.randint(0, 300))
        training.append((mid, "basic", trained.isoformat(), 40.0, "basic mediation training"))
        for n, kind in enumerate(
            ("observation", "observation", "co_mediation", "co_mediation", "observed_solo")
        ):
            on = trained + timedelta(days=14 * (n + 1))
            training.append((mid, kind, on.isoformat(), 0.0, ""))
        for months in (2, 7):
            on = today - timedelta(days=30 * months)
            training.append((mid, "in_service", on.isoformat(), 3.0, "in-service workshop"))

    # Opening dates sorted, so case numbers run in order within each year.
    opened = sorted(start + timedelta(days=rng.randint(0, span)) for _ in range(cases))
    seq_by_year: dict[int, int] = {}
    codes: set[str] = set()
    session_id = 0
    participant_id = 0
    batch: dict[str, list[tuple]] = {"mediators": roster, "training": training}
    for case_id, day in enumerate(opened, start=1):
        seq_by_year[day.year] = seq_by_year.get(day.year, 0) + 1
        number = f"CMS-{day.year}-{seq_by_year[day.year]:04d}"
        age = (today - day).days
        if age > 120:
            status = rng.choice(
                ("closed", "closed", "closed", "closed", "agreement", "referred", "declined")
            )
        elif age > 30:
            status = rng.choice(("in_mediation", "scheduled", "agreement", "closed"))
        else:
            status = rng.choice(("intake", "screened", "scheduled"))
        outcome = (
            rng.choice(("full", "partial", "none"))
            if status in (CaseStatus.CLOSED, CaseStatus.AGREEMENT)
            else None
        )
        closed_on = (
            (day + timedelta(days=rng.randint(20, 90))).isoformat()
            if status == CaseStatus.CLOSED
            else None
        )
        code = (
            _unique_code(rng, codes)
            if status not in (CaseStatus.INTAKE, CaseStatus.DECLINED)
            else None
        )
        batch.setdefault("cases", []).append(
            (
                case_id,
                number,
                day.year,
                seq_by_year[day.year],
                day.isoformat(),
                status,
                rng.choice(REFERRALS),
                rng.choice(CATEGORIES),
                rng.choice(CONTACTS),
                outcome,
                closed_on,
                code,
                now,
            )
        )
        names = []
        parties = []
        for position in range(3):
            name = person(rng)
            names.append(name)
            role = "party" if position < 2 else rng.choice(ROLES)
            participant_id += 1
            if role == "party":
                parties.append(participant_id)
            batch.setdefault("participants", []).append(
                (
                    participant_id,
                    case_id,
                    position,
                    name,
                    role,
                    rng.choice(AFFILIATIONS),
                    rng.choice(DEPARTMENTS),
                    _email(name, rng),
                    f"555-{rng.randint(1000, 9999)}",
                    rng.choice(("", "", "", "Spanish", "Mandarin", "ASL")),
                    rng.choice(("", "", "", "", "wheelchair access", "large print")),
                )
            )
        batch.setdefault("search", []).append((case_id, number, " ".join(names)))
        explained = iso(datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=10))
        decision = {"referred": "refer", "declined": "decline", "intake": None}.get(
            status, "proceed"
        )
        batch.setdefault("intakes", []).append(
            (
                case_id,
                day.isoformat(),
                decision,
                explained if decision else None,
                explained if decision else None,
            )
        )
        if status not in (
            CaseStatus.INTAKE,
            CaseStatus.SCREENED,
            CaseStatus.REFERRED,
            CaseStatus.DECLINED,
        ):
            team = rng.sample(range(1, mediators + 1), 2)
            for mid in team:
                batch.setdefault("case_mediators", []).append((case_id, mid, explained))
            signed_on = (day + timedelta(days=rng.randint(1, 6))).isoformat()
            for pid in parties:  # signed agreements to mediate came back before the session
                batch.setdefault("signed_copies", []).append((case_id, pid, signed_on))
            for n in range(rng.choice((2, 3, 3))):
                session_id += 1
                starts = datetime.combine(
                    day + timedelta(days=7 + 7 * n), datetime.min.time(), UTC
                ) + timedelta(hours=rng.choice((9, 10, 13, 14, 15)))
                held = starts.date() < today and status != CaseStatus.SCHEDULED
                batch.setdefault("sessions", []).append(
                    (
                        session_id,
                        case_id,
                        iso(starts),
                        iso(starts + timedelta(minutes=rng.choice((60, 90, 120, 150)))),
                        rng.choice(PLACES),
                        "held" if held else "scheduled",
                        iso(starts + timedelta(minutes=5)) if held else None,
                        iso(starts + timedelta(minutes=150)) if held else None,  # marked held
                        explained,
                    )
                )
                for mid in team:
                    batch.setdefault("session_mediators", []).append((session_id, mid))
                if held:  # each party agreed aloud to PR1 and PR2 after the opening statement
                    agreed = iso(starts + timedelta(minutes=8))
                    for pid in parties:
                        batch.setdefault("commitments", []).append((session_id, pid, agreed))
        if case_id % batch_size == 0:
            yield batch
            batch = {}
    if batch:
        yield batch


def build_demo_office(
    path,
    username: str,
    password: str,
    cases: int,
    office_name: str = "Campus Mediation Services (demo)",
    kdf=None,
    clock=None,
    progress=None,
):
    """Create a demo office at `path` with `cases` synthetic cases; returns the workspace."""
    setup = OfficeSetup(
        vault_path=path,
        office_name=office_name,
        office_address="5100 Rockhill Road, Kansas City, MO 64110",
        director_username=username,
        director_password=password,
        director_name="Demo Director",
    )
    ws, _recovery = create_office(setup, clock=clock, kdf=kdf)
    store = BulkStore(ws.vault)
    loaded = 0
    for batch in generate(cases, today=ws.clock.now().date()):
        with ws.vault.transaction():  # one commit per batch, progress between them
            store.load(batch)
        loaded += len(batch.get("cases", ()))
        if progress is not None:
            progress(loaded, cases)
    ws.vault.checkpoint_truncate()
    ws.audit.record(AuditKind.DEMO_LOADED, "office", None, f"{cases} synthetic cases")
    return ws
