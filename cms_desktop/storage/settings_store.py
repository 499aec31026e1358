"""Office settings, kept as JSON values in the `setting` table."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from cms_desktop.model.settings import OfficeSettings, Official
from cms_desktop.storage.store import Store


class SettingsStore(Store):
    def load(self) -> OfficeSettings:
        stored = {
            r["key"]: json.loads(r["value"]) for r in self.vault.query("SELECT * FROM setting")
        }
        settings = OfficeSettings()
        for f in dataclasses.fields(OfficeSettings):
            if f.name not in stored:
                continue
            value: Any = stored[f.name]
            if f.name == "officials":
                merged = dict(settings.officials)
                merged.update({k: Official(**v) for k, v in value.items()})
                value = merged
            setattr(settings, f.name, value)
        return settings

    def save(self, settings: OfficeSettings) -> None:
        data = dataclasses.asdict(settings)
        with self.vault.writing() as c:
            for key, value in data.items():
                c.execute(
                    "INSERT INTO setting(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, json.dumps(value, ensure_ascii=False)),
                )
