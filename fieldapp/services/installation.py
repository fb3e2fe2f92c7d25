"""The installation's identity (office, region, language, device id), kept inside the database."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from fieldapp.domain.errors import BadInput, NotInitialised
from fieldapp.domain.reference import LANGUAGES, reference
from fieldapp.storage import Store

OFFICE_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")


@dataclass(frozen=True)
class Installation:
    office_code: str
    office_name: str
    region: str
    language: str
    device_id: str


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
    )


def require(store: Store) -> Installation:
    inst = load(store)
    if inst is None:
        raise NotInitialised()
    return inst


def configure(
    store: Store, office_code: str, office_name: str, region: str, language: str = "ru"
) -> Installation:
    """Set up (or change) the office this installation reports for. The device id never changes."""
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
    with store.atomic():
        store.set_meta("office_code", office_code.upper())
        store.set_meta("office_name", office_name.strip())
        store.set_meta("office_region", code)
        store.set_meta("language", language)
        if store.get_meta("device_id") is None:
            store.set_meta("device_id", str(uuid.uuid4()))
    return require(store)


def set_language(store: Store, language: str) -> None:
    if language not in LANGUAGES:
        raise BadInput(f"unknown language {language!r}")
    store.set_meta("language", language)
