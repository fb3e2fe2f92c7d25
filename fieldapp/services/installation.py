"""The installation's identity (office, region, language, device id), kept inside the database."""

from __future__ import annotations

import re

from fieldapp.domain.errors import BadInput, NotInitialised, OfficeCodeFixed
from fieldapp.domain.reference import LANGUAGES, reference
from fieldapp.domain.value import Value
from fieldapp.storage import Store

TRAINING_KEY = "training"
OFFICE_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")


class Installation(Value):
    """The office this installation reports for, and this device."""

    FIELDS = __slots__ = ("office_code", "office_name", "region", "language", "device_id", "training", "role")

    def __init__(
        self,
        office_code: str,
        office_name: str,
        region: str,
        language: str,
        device_id: str,
        training: bool = False,  # a training installation: demo records allowed, its exports marked
        role: str = "office",  # office | coordinator (merge version 2: who may change whose records)
    ):
        self._set(office_code=office_code, office_name=office_name, region=region, language=language,
                  device_id=device_id, training=training, role=role)  # fmt: skip

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"


ROLES = ("office", "coordinator")


def load(store: Store) -> Installation | None:
    meta = store.meta()
    if "office_code" not in meta:
        return None
    return Installation(
        office_code=meta["office_code"],
        office_name=meta.get("office_name", ""),
        region=meta.get("office_region", ""),
        language=meta.get("language", "ru"),
        device_id=meta["device_id"],
        training=meta.get(TRAINING_KEY) == "yes",
        role=meta.get("role", "office") if meta.get("role") in ROLES else "office",
    )


def require(store: Store) -> Installation:
    inst = load(store)
    if inst is None:
        raise NotInitialised()
    return inst


def configure(
    store: Store,
    office_code: str,
    office_name: str,
    region: str,
    language: str = "ru",
    training: bool = False,
    role: str | None = None,
) -> Installation:
    """Set up (or change) the office this installation reports for. The device id never changes.

    training: mark it a training installation (only a new or already-training one: real records
    never become practice data). The mark is never removed.
    """
    office_code = (office_code or "").strip()
    if not OFFICE_CODE.match(office_code):
        raise BadInput(f"office code {office_code!r} must be 1–32 letters, digits, '-' or '_'")
    if not (office_name or "").strip():
        raise BadInput("the office name is required")
    code, _ = reference().resolve_region(region or "")
    if code is None or code != (region or "").strip().upper():
        known = ", ".join(r.code for r in reference().regions)
        raise BadInput(f"unknown region code {region!r}; use one of {known}")
    if language not in LANGUAGES:
        raise BadInput(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    if training and store.get_meta(TRAINING_KEY) != "yes" and store.get_meta("office_code") is not None:
        raise NotATrainingHome(
            "this installation already holds an office's real data and cannot become a training one; "
            "use a new folder: fieldapp --home DIR init --training ..."
        )
    current = store.get_meta("office_code")
    if current is not None and current != office_code.upper() and not store.records.holds_none():
        raise OfficeCodeFixed(current, office_code.upper())
    if role is not None and role not in ROLES:
        raise BadInput(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    with store.atomic():
        if training:
            store.set_meta(TRAINING_KEY, "yes")
        if role is not None:
            store.set_meta("role", role)
        store.set_meta("office_code", office_code.upper())
        store.set_meta("office_name", office_name.strip())
        store.set_meta("office_region", code)
        store.set_meta("language", language)
        if store.get_meta("device_id") is None:
            import uuid

            store.set_meta("device_id", str(uuid.uuid4()))
    return require(store)


class NotATrainingHome(BadInput):
    """Demo records (and training marks) belong in a separate training installation."""


def require_training(store: Store) -> Installation:
    """The installation, if it is a training one; demo records are refused anywhere else."""
    inst = require(store)
    if not inst.training:
        raise NotATrainingHome(
            "demo records go only into a training installation, never into an office's real data: "
            "create one with `fieldapp --home DIR init --training --office CODE --office-name NAME "
            "--region KZ-xx`, then `fieldapp --home DIR demo --records N`"
        )
    return inst


def set_language(store: Store, language: str) -> None:
    if language not in LANGUAGES:
        raise BadInput(f"unknown language {language!r}")
    store.set_meta("language", language)


def set_role(store: Store, role: str) -> Installation:
    """Make this installation an office's or the coordinator's (the UI asks for a confirmation first)."""
    if role not in ROLES:
        raise BadInput(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    store.set_meta("role", role)
    return require(store)
