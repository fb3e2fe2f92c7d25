"""Settings → Shared database: point a coordinator's installation at the hub (PostgreSQL), with a
connection test. The address is remembered without a password (libpq's password file keeps that); the
app uses it from its next start."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from fieldapp.services import hub


class SharedDatabaseBox(QGroupBox):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sharedDatabase")
        self.ctx = ctx
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.address = QLineEdit(self)
        self.address.setObjectName("sharedDatabaseAddress")
        self.address.setPlaceholderText("postgresql://…")  # the full form is in docs/deployment.md
        self.address.setText(ctx.paths.database_url or ctx.paths.remembered_database() or "")
        self.address_label = QLabel(self)
        self.address_label.setBuddy(self.address)
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("testSharedDatabase")
        self.use_button = QPushButton(self)
        self.use_button.setObjectName("useSharedDatabase")
        self.file_button = QPushButton(self)
        self.file_button.setObjectName("useLocalFile")
        self.status = QLabel(self)
        self.status.setObjectName("sharedDatabaseStatus")
        self.status.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        row = QHBoxLayout()
        row.addWidget(self.address_label)
        row.addWidget(self.address, 1)
        lay.addLayout(row)
        buttons = QHBoxLayout()
        for b in (self.test_button, self.use_button, self.file_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        self.test_button.clicked.connect(self.test_connection)
        self.use_button.clicked.connect(self.use_shared)
        self.file_button.clicked.connect(self.use_file)
        self._last = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Shared database (coordinators)"))
        self.intro.setText(
            self.tr(
                "Coordinators can keep the data in one PostgreSQL database that all of them use. "
                "The password is never kept here: put it in PostgreSQL's password file (pgpass)."
            )
        )
        self.address_label.setText(self.tr("Address:"))
        self.test_button.setText(self.tr("Test the connection"))
        self.use_button.setText(self.tr("Use this database"))
        self.file_button.setText(self.tr("Use this computer's file"))
        self.file_button.setEnabled(bool(self.ctx.paths.remembered_database()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, text: str) -> None:
        self._last = text
        self.status.setText(text)

    def test_connection(self) -> None:
        url = self.address.text().strip()
        self._say(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        self.ctx.tasks.run(
            lambda progress, cancelled: hub.probe(url),
            on_done=self._tested,
            on_error=self._failed,
            label="shared database test",
            write=False,
        )

    def _tested(self, found) -> None:
        self.test_button.setEnabled(True)
        if not found.ready:
            text = self.tr("Connected to %1, but fieldapp is not set up there yet (fieldapp hub init).")
        elif found.needs_upgrade is not None:
            text = self.tr("Connected to %1.") + " " + self._upgrade_first(found.needs_upgrade)
        elif found.may_write:
            text = self.tr("Connected to %1. This login may read and write.")
        else:
            text = self.tr("Connected to %1. This login may only read (a viewer).")
        self._say(text.replace("%1", found.server))

    def _failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.use_button.setEnabled(True)
        from fieldapp.domain.errors import BadInput, NoFieldappRole, SharedDatabaseUnavailable

        if isinstance(error, SharedDatabaseUnavailable):
            text = self.tr("Cannot connect: %1").replace("%1", error.detail)
        elif isinstance(error, NoFieldappRole):
            from fieldapp.ui.errors import no_role_text

            text = no_role_text(error)
        elif isinstance(error, hub.NewerSharedDatabase):
            text = self.tr(
                "That database was written by a newer fieldapp: update fieldapp on this computer first. "
                "Nothing was changed."
            )
        elif isinstance(error, hub.NotFieldappsDatabase):
            text = self.tr("That database holds other tables: it is not fieldapp's. Nothing was changed.")
        elif isinstance(error, BadInput) and "password" in str(error):
            text = self.tr("The address holds a password. Remove it and put it in the pgpass file.")
        elif isinstance(error, BadInput):
            text = self.tr("The address must start with postgresql://")
        else:
            raise error
        self._say(text)

    def use_shared(self) -> None:
        """Test the connection, and only when it succeeds remember the address for the next start."""
        url = self.address.text().strip()
        self._say(self.tr("Connecting…"))
        self.use_button.setEnabled(False)
        self.ctx.tasks.run(
            lambda progress, cancelled: hub.use(self.ctx.paths, url),
            on_done=self._used,
            on_error=self._failed,
            label="shared database use",
            write=False,
        )

    def _used(self, found) -> None:
        self.use_button.setEnabled(True)
        self.file_button.setEnabled(True)
        text = self.tr("fieldapp will use the shared database from its next start.")
        if not found.ready:
            text += " " + self.tr("fieldapp is not set up there yet: its owner runs fieldapp hub init.")
        elif found.needs_upgrade is not None:
            text += " " + self._upgrade_first(found.needs_upgrade)
        self._say(text)

    def _upgrade_first(self, upgrade) -> str:
        """An older hub this login may not upgrade: what is missing and who runs what."""
        return (
            self.tr(
                "fieldapp cannot work there until its owner upgrades it: it lacks migration %1 of this "
                "fieldapp; %2 runs fieldapp hub init."
            )
            .replace("%1", upgrade.numbers)
            .replace("%2", upgrade.owner)
        )

    def use_file(self) -> None:
        hub.remember(self.ctx.paths, None)
        self.file_button.setEnabled(False)
        self._say(self.tr("fieldapp will use this computer's file from its next start."))
