"""A busy office for the annual report's tests (#17): random but reproducible cases with
parties of each constituency, intakes, held and cancelled sessions with one or two
mediators, training, disclosures and evaluation forms, written straight into the vault."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta

from cms_desktop.core.workspace import Workspace

NAMES = ("Zoë Nguyễn", "Ólafur Þórsson", "Hannah Reyes", "Siobhán O'Connor", "Kwame Mensah")
CATEGORIES = ("workplace", "academic", "residential", "interpersonal", "other", "parking")
REFERRALS = ("self", "self", "supervisor", "dean", "")
NAMED_REFERRER = "Prof. Hannah Reyes"  # a few cases only: never named in print
STATUSES = ("intake", "screened", "scheduled", "in_mediation", "agreement", "closed")
AFFILIATIONS = ("student", "student", "faculty", "staff", "other")
DISCLOSURES = ("sexual_harassment", "discrimination", "physical_harm", "misconduct_defense")
KEYS = ("process_explained", "mediator_impartial", "felt_heard", "use_again")


def _at(day: date, hour: int = 10) -> str:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC).isoformat()


def clear(ws: Workspace) -> None:
    """Every case-level row gone (the office, its accounts and questionnaire stay)."""
    with ws.vault.transaction() as c:
        for table in (
            "follow_up",
            "evaluation",
            "exception_report",
            "session_mediator",
            "mediation_session",
            "intake",
            "participant",
            "case_search",
            "dispute_case",
            "mediator_training",
            "mediator",
        ):
            c.execute(f"DELETE FROM {table}")


def populate(ws: Workspace, seed: int, cases: int, year: int = 2026, mediators: int = 4) -> None:
    rng = random.Random(seed)
    ws.evaluations.versions()  # the shipped questionnaire, version 1
    first = date(year, 1, 1)
    with ws.vault.transaction() as c:
        roster = [
            c.execute(
                "INSERT INTO mediator(name, created_at) VALUES (?, ?)",
                (f"Mediator Person {n}", _at(first)),
            ).lastrowid
            for n in range(mediators)
        ]
        for mediator in roster:
            for _ in range(rng.randint(0, 3)):
                c.execute(
                    "INSERT INTO mediator_training(mediator_id, kind, on_date, hours) "
                    "VALUES (?, 'in_service', ?, ?)",
                    (
                        mediator,
                        (first + timedelta(rng.randint(-30, 390))).isoformat(),
                        rng.choice((1.5, 3, 6)),
                    ),
                )
        seq: dict[int, int] = {}
        for index in range(cases):
            opened = first + timedelta(days=rng.randint(-40, 400))
            seq[opened.year] = seq.get(opened.year, 0) + 1
            number = f"CMS-{opened.year}-{seq[opened.year]:04d}"
            code = f"Q{opened.year % 100:02d}{seq[opened.year]:04d}"
            outcome = rng.choice(("full", "full", "partial", "none", None))
            case_id = c.execute(
                "INSERT INTO dispute_case(number, year, seq, opened_on, status, referral_source,"
                " dispute_category, outcome, evaluation_code, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    number,
                    opened.year,
                    seq[opened.year],
                    opened.isoformat(),
                    rng.choice(STATUSES),
                    NAMED_REFERRER if index < 3 else rng.choice(REFERRALS),
                    rng.choice(CATEGORIES),
                    outcome,
                    code,
                    _at(opened),
                ),
            ).lastrowid
            for position in range(rng.randint(1, 3)):
                c.execute(
                    "INSERT INTO participant(case_id, position, name, role, affiliation)"
                    " VALUES (?,?,?,?,?)",
                    (
                        case_id,
                        position,
                        rng.choice(NAMES),
                        "party" if position < 2 else rng.choice(("party", "support")),
                        rng.choice(AFFILIATIONS),
                    ),
                )
            if rng.random() < 0.8:
                c.execute(
                    "INSERT INTO intake(case_id, interview_date) VALUES (?, ?)",
                    (case_id, (opened + timedelta(rng.randint(0, 15))).isoformat()),
                )
            day = opened + timedelta(rng.randint(3, 30))
            for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 5))):
                status = rng.choice(("held", "held", "held", "cancelled"))
                start = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
                end = start + timedelta(minutes=rng.choice((45, 60, 90, 120, 150, 200)))
                session = c.execute(
                    "INSERT INTO mediation_session(case_id, starts_at, ends_at, status, created_at)"
                    " VALUES (?,?,?,?,?)",
                    (case_id, start.isoformat(), end.isoformat(), status, _at(opened)),
                ).lastrowid
                for mediator in rng.sample(roster, rng.choice((1, 1, 2))):
                    c.execute(
                        "INSERT INTO session_mediator(session_id, mediator_id) VALUES (?, ?)",
                        (session, mediator),
                    )
                day += timedelta(rng.randint(1, 20))
            if rng.random() < 0.1:
                learned = _at(opened + timedelta(rng.randint(0, 20)))
                c.execute(
                    "INSERT INTO exception_report(case_id, category, learned_at, routed_office,"
                    " deadline_at, created_at) VALUES (?,?,?,?,?,?)",
                    (case_id, rng.choice(DISCLOSURES), learned, "Office", learned, learned),
                )
            for round_ in range(1, rng.choice((1, 1, 2, 3))):
                c.execute(
                    "INSERT INTO follow_up(case_id, round, outcome, recorded_at) VALUES (?,?,?,?)",
                    (
                        case_id,
                        round_,
                        rng.choice(("held", "held", "partly", "not_held", "unreached")),
                        _at(opened + timedelta(40 * round_)),
                    ),
                )
            for _ in range(rng.choice((0, 0, 1, 2))):
                answers = {
                    k: rng.choice((0, 1, 2, 3, 4, 4, 5, 5)) for k in KEYS if rng.random() < 0.9
                }
                c.execute(
                    "INSERT INTO evaluation(evaluation_code, questionnaire_version,"
                    " respondent_role, answers, received_on) VALUES (?, 1, ?, ?, ?)",
                    (
                        code,
                        rng.choice(("party", "support", "not_stated")),
                        json.dumps(answers),
                        (opened + timedelta(rng.randint(10, 60))).isoformat(),
                    ),
                )
