"""Reference-data use-cases (issue 15): the coordinator edits kinds, target groups, site types, partners
and the offices expected to report, and sends them as a versioned reference workbook; offices import it
with the safety rules of every import (a preview, all or nothing, undo).

A version is a whole document. An import stores the file's data as a new version when it is newer than
the one in use; at the coordinator an edited workbook of the same version becomes the next version. What
a new version leaves out is carried over (a kind no longer listed stays, retired, naming old records).
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path

from fieldapp.domain.errors import BadInput
from fieldapp.domain.reference import EDITABLE, to_data
from fieldapp.domain.reference_rules import DataProblem, carry_over, check, normalise
from fieldapp.services import installation
from fieldapp.services.outputs import check_output, create_private, partial_path, writing
from fieldapp.services.training import mark, refuse_training_file
from fieldapp.services.workspace import Workspace
from fieldapp.storage import reference_data


def role(ws: Workspace) -> str:
    """'coordinator' or 'office' (the default): the installation's role (merge version 2)."""
    value = ws.store.get_meta("role", "office")
    return value if value in installation.ROLES else "office"


def set_role(ws: Workspace, value: str) -> None:
    with ws.store.atomic():
        installation.set_role(ws.store, value)


@dataclass
class ReferenceChange:
    """What an import, edit or undo of reference data does (or would do, in a preview)."""

    file: str = ""
    old_version: int = 0
    new_version: int = 0
    added: dict[str, list[str]] = field(default_factory=dict)  # list → codes
    changed: dict[str, list[str]] = field(default_factory=dict)
    retired: list[str] = field(default_factory=list)  # kinds
    removed: dict[str, list[str]] = field(default_factory=dict)  # offices no longer expected to report
    problems: list[DataProblem] = field(default_factory=list)
    written: bool = False
    # An undo (`undo_last`): `added`, `changed` and `removed` name what the undone version added, changed
    # and removed (the undo takes them away, changes them back, brings them back); `retired` and
    # `reactivated` name what the undo itself does to kinds (retires again / makes active again).
    undo: bool = False
    reactivated: list[str] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return (
            not (self.added or self.changed or self.retired or self.reactivated or self.removed)
            and self.new_version == self.old_version
        )

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "old_version": self.old_version,
            "new_version": self.new_version,
            "added": self.added,
            "changed": self.changed,
            "retired": self.retired,
            "removed": self.removed,
            "problems": [str(p) for p in self.problems],
            "written": self.written,
            "undo": self.undo,
            "reactivated": self.reactivated,
        }


def current_data(ws: Workspace) -> dict:
    return to_data(ws.reference)


def _diff(old: dict, new: dict, change: ReferenceChange) -> None:
    for key in EDITABLE:
        before = {i["code"]: i for i in old.get(key, [])}
        for item in new.get(key, []):
            was = before.get(item["code"])
            if was is None:
                change.added.setdefault(key, []).append(item["code"])
            elif _content(was) != _content(item):
                if key == "kinds" and item.get("retired") and not was.get("retired"):
                    change.retired.append(item["code"])
                else:
                    change.changed.setdefault(key, []).append(item["code"])
        if key == "offices":  # the one list whose items go: an office no longer expected to report
            now = {i["code"] for i in new.get(key, [])}
            gone = [code for code in before if code not in now]
            if gone:
                change.removed[key] = gone


def _content(item: dict) -> dict:
    out = {k: v for k, v in item.items() if k not in ("_row",)}
    if not out.get("retired"):
        out.pop("retired", None)
    return out


def _plan(ws: Workspace, incoming: dict, source: str, file: str = "") -> tuple[ReferenceChange, dict]:
    """The version `incoming` would become here, and what it changes; problems make it unusable."""
    old = current_data(ws)
    change = ReferenceChange(file=file, old_version=old["version"], new_version=old["version"])
    change.problems = check(incoming)
    if change.problems:
        return change, {}
    new = carry_over(old, normalise(incoming))
    if new["version"] < old["version"]:
        return change, {}  # older than the data in use: nothing to do
    probe = ReferenceChange()
    _diff(old, new, probe)
    edited = bool(probe.added or probe.changed or probe.retired or probe.removed)
    if new["version"] == old["version"]:
        if not edited:
            return change, {}
        if source == "import" and role(ws) != "coordinator":
            raise BadInput(
                f"{file}: this reference workbook has version {new['version']}, the one in use here, but"
                " other content: it was edited after the coordinator sent it. Ask the coordinator for a"
                " new version."
            )
        new["version"] = _next_number(ws, old["version"])
    elif role(ws) == "coordinator" and _number_taken(ws, new):
        new["version"] = _next_number(ws, old["version"])
    _diff(old, new, change)
    change.new_version = new["version"]
    return change, new


def _next_number(ws: Workspace, in_use: int) -> int:
    """The number of a version the coordinator makes: above the one in use and above every number it
    stored before, undone ones too (they may have been sent: offices hold them). Attack finding 6."""
    from fieldapp.storage import high_water

    return max(in_use, high_water.reference_high(ws.store)) + 1


def _number_taken(ws: Workspace, new: dict) -> bool:
    """Whether `new`'s number was already given to other content here (a version later undone, its
    workbook changed in a spreadsheet): such content needs a number of its own."""
    import json

    stored = reference_data.same_number_stored(ws.store, int(new["version"]))
    text = json.dumps(new, ensure_ascii=False, sort_keys=True)
    return bool(stored) and all(json.dumps(d, ensure_ascii=False, sort_keys=True) != text for d in stored)


def _store(ws: Workspace, change: ReferenceChange, new: dict, source: str, sha256: str = "") -> None:
    with ws.store.atomic():
        reference_data.save(ws.store, new, source, change.file, sha256, _user())
    ws.reference_changed()
    change.written = True


def preview_import(ws: Workspace, path) -> ReferenceChange:
    """What importing the reference workbook would change; writes nothing."""
    return _import(ws, path, commit=False)


def commit_import(ws: Workspace, path) -> ReferenceChange:
    """Import a reference workbook: all or nothing. A workbook with problems changes nothing (BadInput)."""
    return _import(ws, path, commit=True)


def _import(ws: Workspace, path, commit: bool) -> ReferenceChange:
    from fieldapp.exchange.reference_workbook import read_reference_workbook

    path = Path(path)
    data, meta, sha256 = read_reference_workbook(path)
    refuse_training_file(meta, ws.installation, path.name, "reference workbook")  # never practice offices
    change, new = _plan(ws, data, "import", path.name)
    if change.problems:
        raise ReferenceProblems(change)
    if commit and new:
        _store(ws, change, new, "import", sha256)
    return change


class ReferenceProblems(BadInput):
    """The reference data has problems; nothing was changed."""

    def __init__(self, change: ReferenceChange):
        self.change = change
        listed = "; ".join(str(p) for p in change.problems[:20])
        more = f" (and {len(change.problems) - 20} more)" if len(change.problems) > 20 else ""
        what = f"{change.file}: not imported" if change.file else "reference data not saved"
        super().__init__(f"{what}, nothing changed: {listed}{more}")


def save_edit(ws: Workspace, data: dict) -> ReferenceChange:
    """The coordinator's edit (Settings): stored as the next version. Offices cannot edit."""
    if role(ws) != "coordinator":
        raise BadInput("only a coordinator installation edits the reference data")
    incoming = {**data, "version": current_data(ws)["version"]}
    change, new = _plan(ws, incoming, "edit")
    if change.problems:
        raise ReferenceProblems(change)
    if new:
        _store(ws, change, new, "edit")
    return change


def add_kind(ws: Workspace, code: str, names: dict[str, str], measures: list[str], weight: int = 1):
    """Add (or rename / re-measure) one activity kind at the coordinator."""
    data = current_data(ws)
    kinds = [k for k in data["kinds"] if k["code"] != code]
    position = next((i for i, k in enumerate(kinds) if k["code"] == "other"), len(kinds))
    kinds.insert(position, {"code": code, **names, "measures": list(measures), "weight": weight})
    return save_edit(ws, {**data, "kinds": kinds})


def retire_kind(ws: Workspace, code: str) -> ReferenceChange:
    data = current_data(ws)
    if not any(k["code"] == code for k in data["kinds"]):
        raise BadInput(f"no activity kind {code!r}")
    kinds = [{**k, "retired": True} if k["code"] == code else k for k in data["kinds"]]
    return save_edit(ws, {**data, "kinds": kinds})


def undo_last(ws: Workspace, dry_run: bool = False) -> ReferenceChange:
    """Go back to the previous version (the shipped data if none); dry_run writes nothing."""
    latest = reference_data.current(ws.store)
    if latest is None:
        raise BadInput("there is no reference data import or edit to undo (the shipped data is in use)")
    hist = reference_data.history(ws.store)
    previous = hist[1].data if len(hist) > 1 else None
    from fieldapp.domain.reference import shipped_data

    back = previous or shipped_data()
    change = ReferenceChange(
        file=latest.file_name, old_version=latest.version, new_version=back["version"], undo=True
    )
    _diff(back, latest.data, change)  # what the undone version added, changed or retired
    # what the undo does to kinds: those the undone version retired are active again, and those it
    # brought back from retirement are retired again
    change.reactivated, change.retired = change.retired, []
    was_retired = {k["code"] for k in back.get("kinds", []) if k.get("retired")}
    now_active = {k["code"] for k in latest.data.get("kinds", []) if not k.get("retired")}
    for code in list(change.changed.get("kinds", [])):
        if code in was_retired and code in now_active:
            change.retired.append(code)
            change.changed["kinds"].remove(code)
    if change.changed.get("kinds") == []:
        del change.changed["kinds"]
    if not dry_run:
        with ws.store.atomic():
            reference_data.undo_latest(ws.store)
        ws.reference_changed()
        change.written = True
    return change


def export_workbook(ws: Workspace, path) -> Path:
    """Write the reference workbook of the data in use (any installation may pass it on)."""
    from fieldapp import __version__
    from fieldapp.domain.record import ms_to_iso, now_ms
    from fieldapp.exchange.reference_workbook import write_reference_workbook
    from fieldapp.services.installation import load

    path = check_output(path, ws.paths)  # never the database, its backups or the data folder
    inst = load(ws.store)
    data = current_data(ws)
    meta = {
        "reference_version": data["version"],
        "app_version": __version__,
        "office_code": inst.office_code if inst else "",
        "exported_at": ms_to_iso(now_ms()),
    }
    meta = mark(meta, inst)  # a training copy's workbook says so: real installations refuse it
    tmp = partial_path(path)
    try:
        with writing(path):  # a full disk or a read-only folder: one line, exit 2
            create_private(tmp)
            write_reference_workbook(tmp, data, meta)
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def is_reference_workbook(path) -> bool:
    from fieldapp.exchange.reference_workbook import is_reference_workbook as check_file

    return check_file(Path(path))


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name (a service account, a container)
        return ""
