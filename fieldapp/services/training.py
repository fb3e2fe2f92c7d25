"""Training installations: a separate home, marked, where demo records may go and whose exports say so.

Demo records in an office's real data would travel to the coordinator as real outreach. So `demo`
runs only on a home created for training (`init --training`, or "Open a training copy" in the app),
its exchange, reference and targets workbooks carry `training = yes` in their Metadata sheet, and an
installation that is not a training one refuses to import them (practice offices and practice targets
would otherwise reach a real report).
"""

from __future__ import annotations

from fieldapp.paths import Paths
from fieldapp.services import installation
from fieldapp.services.installation import Installation, NotATrainingHome, require_training
from fieldapp.services.workspace import Workspace

__all__ = [
    "NotATrainingHome",
    "is_training_file",
    "open_training_copy",
    "refuse_training_file",
    "require_training",
    "training_home",
]

METADATA_KEY = "training"
TRAINING_FILE = "training_file"  # UnusableWorkbook code, the one the activities import uses


def training_home(paths: Paths) -> Paths:
    """Where the training copy of `paths` lives: a sibling folder, '<home>-training'."""
    home = paths.home
    if home.name.endswith("-training"):
        return paths
    return Paths(home.with_name(home.name + "-training"))


def open_training_copy(paths: Paths, inst: Installation | None) -> Paths:
    """The training home beside `paths`, created and marked on first use with this office's details.

    It holds no real records: it starts empty (demo records are added there), with its own device id.
    """
    target = training_home(paths)
    with Workspace(target) as ws:
        current = ws.installation
        if current is None or not current.training:
            if current is not None and not current.training:
                raise NotATrainingHome(f"{target.home} holds real data; it cannot be a training copy")
            office = inst.office_code if inst else "TRAINING"
            name = inst.office_name if inst else "Training"
            region = inst.region if inst else "KZ-71"
            language = inst.language if inst else "ru"
            installation.configure(ws.store, office, name, region, language, training=True)
    return target


def is_training_file(metadata: dict[str, str]) -> bool:
    """Whether a workbook's Metadata sheet says it was exported by a training installation."""
    return str(metadata.get(METADATA_KEY, "")).strip().lower() == "yes"


def mark(meta: dict, inst: Installation | None) -> dict:
    """`meta` with the training mark added when `inst` is a training installation."""
    return {**meta, METADATA_KEY: "yes"} if inst is not None and inst.training else meta


def refuse_training_file(metadata: dict[str, str], inst: Installation | None, file: str, what: str) -> None:
    """UnusableWorkbook (exit 2, nothing changed) when a training installation's workbook meets real data."""
    if is_training_file(metadata) and not (inst is not None and inst.training):
        from fieldapp.exchange.problems import UnusableWorkbook

        raise UnusableWorkbook(TRAINING_FILE, file, f"it is a training installation's {what} (practice data)")
