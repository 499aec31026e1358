"""Rotation: 7 daily, 4 weekly, 12 monthly by default; the newest (the only verified one at
worst) is never deleted; "a case purged today leaves the backups by <date>" holds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from cms_desktop.core.backup_rotation import leaves_by, to_keep
from cms_desktop.core.backups import list_backups
from cms_desktop.model.backups import BackupSettings

START = datetime(2026, 1, 1, 17, 0, tzinfo=UTC)


def test_defaults_are_seven_daily_four_weekly_twelve_monthly():
    s = BackupSettings()
    assert (s.keep_daily, s.keep_weekly, s.keep_monthly, s.max_age_days) == (7, 4, 12, 7)


def test_a_year_of_daily_backups_keeps_the_expected_set():
    made = [START + timedelta(days=i) for i in range(365)]
    kept = sorted(made[i].date() for i in to_keep(made, 7, 4, 12))
    last = made[-1].date()
    assert all(last - timedelta(days=d) in kept for d in range(7))  # the last 7 days
    assert len(kept) <= 7 + 4 + 12
    assert kept[0] < last - timedelta(days=300)  # monthly ones reach back most of a year


@given(
    st.lists(st.integers(min_value=0, max_value=800), min_size=1, max_size=40),
    st.integers(1, 10),
    st.integers(0, 6),
    st.integers(0, 14),
)
@settings(max_examples=200, deadline=None)
def test_the_newest_backup_is_never_deleted(offsets, daily, weekly, monthly):
    made = [START + timedelta(hours=h * 7) for h in offsets]
    keep = to_keep(made, daily, weekly, monthly)
    newest = max(range(len(made)), key=lambda i: made[i])
    assert newest in keep or any(made[i] == made[newest] for i in keep)


@given(st.integers(0, 400), st.integers(1, 10), st.integers(0, 6), st.integers(0, 14))
@settings(max_examples=60, deadline=None)
def test_a_record_purged_today_is_gone_from_every_backup_by_the_date_shown(
    start, daily, weekly, monthly
):
    today = (START + timedelta(days=start)).date()
    by = leaves_by(today, daily, weekly, monthly)
    # Daily backups; the last one that still holds the record is today's.
    folder: list[date] = [today - timedelta(days=i) for i in range(60)]
    day = today
    while day < by:
        day += timedelta(days=1)
        folder.append(day)
        made = [datetime.combine(d, datetime.min.time(), UTC) for d in folder]
        folder = [folder[i] for i in sorted(to_keep(made, daily, weekly, monthly))]
    assert all(d > today for d in folder), (today, by, min(folder))


def test_the_program_rotates_the_folder_and_settings_show_oldest_and_newest(office, tmp_path):
    drive = tmp_path / "drive"
    drive.mkdir()
    service = office.ws.backups
    s = service.settings()
    s.folder, s.keep_daily, s.keep_weekly, s.keep_monthly = str(drive), 3, 0, 0
    service.save_settings(s)
    for _ in range(5):
        office.clock.advance(days=1)
        result = service.back_up()
    assert len(result.removed) == 1
    backups = list_backups(drive, office.ws.keyfile.vault_id)
    assert len(backups) == 3 and len(list(drive.iterdir())) == 6
    status = service.status()
    assert status.backups[0].made.date() == office.clock.now().date() - timedelta(days=2)
    assert status.backups[-1].made.date() == office.clock.now().date()
    assert status.leaves_by is not None
    assert status.leaves_by.date() == office.clock.now().date() + timedelta(days=3)


def test_with_the_default_rotation_a_purged_case_leaves_the_backups_within_fourteen_months():
    today = date(2026, 3, 15)
    by = leaves_by(today, 7, 4, 12)
    assert date(2027, 3, 15) < by <= date(2027, 5, 15)
