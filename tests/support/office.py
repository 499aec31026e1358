"""Build small real offices for tests: a vault in tmp_path, users of each role, mediators."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cms_desktop.core.clock import FakeClock, iso
from cms_desktop.core.custody import KeyCustody
from cms_desktop.core.office import OfficeSetup, create_office
from cms_desktop.core.signin import sign_in
from cms_desktop.core.workspace import Workspace
from cms_desktop.model.accounts import Role
from cms_desktop.model.roster import Mediator
from cms_desktop.storage.accounts_store import AccountStore
from cms_desktop.storage.keyslots import OWASP_MINIMUM, KeySlotFile
from cms_desktop.storage.roster_store import RosterStore
from cms_desktop.storage.vault import Vault, keys_path
from tests.support.compliance_builders import give_standing

DIRECTOR = "director"
PASSWORD = "correct horse battery"


@dataclass
class TestOffice:
    __test__ = False  # not a test class, despite the name

    path: Path
    clock: FakeClock
    ws: Workspace
    recovery_key: str
    passwords: dict[str, str] = field(default_factory=dict)
    _open: list[Workspace] = field(default_factory=list)

    def add_mediator(self, name: str, standing: bool = True, **fields: object) -> int:
        """A roster entry; `standing` also records the training, pledge and background check
        that make them eligible for new assignments under the default minimums (#9)."""
        with self.ws.vault.transaction():  # stores write inside a transaction they are given
            mediator_id = RosterStore(self.ws.vault).add(
                Mediator(id=0, name=name, created_at=iso(self.clock.now()), **fields)  # type: ignore[arg-type]
            )
        if standing:
            give_standing(self.ws, mediator_id)
        return mediator_id

    def add_user(
        self, username: str, role: Role, mediator_id: int | None = None, password: str = PASSWORD
    ) -> int:
        """An account with its key slot (what the accounts service does, done directly)."""
        with self.ws.vault.transaction():
            user_id = AccountStore(self.ws.vault).add(
                username, username.title(), role, iso(self.clock.now()), mediator_id
            )
        self.ws.custody.seal_user_slot(username, password, OWASP_MINIMUM)
        self.passwords[username] = password
        return user_id

    def add_mediator_user(self, username: str, name: str | None = None) -> tuple[int, int]:
        mediator_id = self.add_mediator(name or username.title())
        return mediator_id, self.add_user(username, Role.MEDIATOR, mediator_id)

    def unlock(self) -> tuple[KeyCustody, Vault]:
        return KeyCustody.unlock(self.path, lambda slots: slots.unlock_recovery(self.recovery_key))

    def vault_key(self) -> bytes:
        """The vault key as the recovery key unlocks it from the slot file on disk (what a
        forensic test needs to read raw pages; the program itself never hands it out)."""
        return KeySlotFile.load(keys_path(self.path)).unlock_recovery(self.recovery_key)

    def open_as(self, username: str) -> Workspace:
        """Another user's workspace on a second connection to the same vault, opened with
        the recovery key (no Argon2id derivation; works while the window is locked)."""
        custody, vault = self.unlock()
        user = AccountStore(vault).by_username(username)
        assert user is not None
        ws = Workspace(vault, user, self.clock, custody)
        self._open.append(ws)
        return ws

    def sign_in(self, username: str) -> Workspace:
        """A second workspace on the same vault file (another connection)."""
        ws = sign_in(self.path, username, self.passwords[username], self.clock)
        self._open.append(ws)
        return ws

    def close(self) -> None:
        for ws in self._open:
            if ws.vault.conn is not None:
                ws.close()
        if self.ws.vault.conn is not None:
            self.ws.close()


def make_office(
    folder: Path, clock: FakeClock, name: str = "Campus Mediation Services"
) -> TestOffice:
    setup = OfficeSetup(
        vault_path=Path(folder) / "office.cmsvault",
        office_name=name,
        office_address="5100 Rockhill Road, Kansas City, MO 64110",
        director_username=DIRECTOR,
        director_password=PASSWORD,
        director_name="Dana Director",
    )
    ws, recovery = create_office(setup, clock=clock, kdf=OWASP_MINIMUM)
    return TestOffice(setup.vault_path, clock, ws, recovery, {DIRECTOR: PASSWORD})


@dataclass(frozen=True)
class OfficeTemplate:
    """An office built once per test run (per xdist worker), copied for each test: the
    Argon2id derivations of its key slots then run once, not in every test."""

    path: Path
    recovery: str
    passwords: dict[str, str]


def build_template(folder: Path, prepare: Callable[[TestOffice], None] | None = None):
    built = make_office(folder, FakeClock())
    if prepare is not None:
        prepare(built)
    built.close()
    return OfficeTemplate(built.path, built.recovery_key, dict(built.passwords))


def copy_office(template: OfficeTemplate, folder: Path, clock: FakeClock) -> TestOffice:
    """The template's vault and key file copied into `folder`, the director signed in
    (opened with the recovery key: no password derivation)."""
    path = Path(folder) / "office.cmsvault"
    shutil.copy(template.path, path)
    shutil.copy(keys_path(template.path), keys_path(path))
    recovery = template.recovery
    custody, vault = KeyCustody.unlock(path, lambda slots: slots.unlock_recovery(recovery))
    director = AccountStore(vault).by_username(DIRECTOR)
    assert director is not None
    ws = Workspace(vault, director, clock, custody)
    return TestOffice(path, clock, ws, recovery, dict(template.passwords))
