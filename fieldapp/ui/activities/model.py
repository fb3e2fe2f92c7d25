"""The activity table model: record ids plus a lazy row cache over keyset pages, never all rows."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QCollator, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QStandardItemModel

from fieldapp.domain.query import RANKED, SORTABLE, Cursor, RecordFilter, Sort
from fieldapp.domain.record import MEASURES, Activity
from fieldapp.domain.reference import reference
from fieldapp.services.changes import Changed
from fieldapp.ui.formats import format_date, format_number, moment
from fieldapp.ui.i18n import locale_for
from fieldapp.ui.texts import field_label, kind_name

COLUMNS = (
    "start_date",
    "kind",
    "region",
    "settlement",
    "district",
    "site_type",
    "language",
    "target_groups",
    "partners",
    *MEASURES,
    "office",
    "end_date",
    "entered_by",
    "updated_at",
    "version",
)
# Qt's role and alignment numbers as plain ints (fixed by Qt's API; tests/ui/test_table_model.py checks
# them): spelling them `Qt.ItemDataRole.…` builds Qt's whole enum namespace, ~14 ms of a start that
# needs none of it before the first paint (see ui/widgets/named.py). `data` receives roles as ints.
_USER = 0x0100  # Qt.ItemDataRole.UserRole
SortRole = _USER + 1
ObjectRole = _USER + 2
UuidRole = _USER + 3
BIG_CHANGE = 500  # more changed records than this: reload rather than patch rows
# The roles `data` answers from a record; the view asks for others (decoration, background, check
# state…) for every cell it paints, and those return None before any lookup.
_DISPLAY, _TOOLTIP = 0, 3  # DisplayRole, ToolTipRole
_ALIGN, _FG, _FONT = 7, 9, 6  # TextAlignmentRole, ForegroundRole, FontRole
_RECORD_ROLES = frozenset((_DISPLAY, _TOOLTIP, _ALIGN, _FG, _FONT, SortRole, ObjectRole))
_RIGHT = 0x0002 | 0x0080  # Qt.AlignmentFlag.AlignRight | AlignVCenter


class ActivityTableModel(QAbstractTableModel):
    """Rows are record UUIDs in the current filter and sort; records come in keyset pages as the view
    scrolls (`canFetchMore`/`fetchMore`) and sit in a bounded cache, refilled by UUID when evicted."""

    def __init__(
        self, records, language: str = "en", page_size: int = 200, cache_size: int = 20_000, parent=None
    ):
        super().__init__(parent)
        self.records = records
        self.language = language
        self.page_size = page_size
        self.cache_size = cache_size
        self.filter = RecordFilter()
        self.sort_order = Sort()
        self._uuids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._cache: OrderedDict[str, Activity] = OrderedDict()
        self._cursor: Cursor | None = None
        self._more = False
        self.pages_fetched = 0  # for tests and diagnostics: how much was read
        self.rows_fetched = 0
        self._ref = reference()
        # The view's header shows its labels from this C++ model (kept in step with `headerData`): the
        # header asking a Python `headerData` hands it a Qt.Orientation, building Qt's enum namespace.
        self.header_model = QStandardItemModel(0, len(COLUMNS), self)
        self._label_header()

    # -- query ------------------------------------------------------------------------------------

    def set_query(self, f: RecordFilter | None = None, sort: Sort | None = None) -> None:
        """Show another filter or sort: drop every row and read the first page again."""
        self.beginResetModel()
        if f is not None:
            self.filter = f
        if sort is not None:
            self.sort_order = sort
        self.sort_order = self._ranked(self.sort_order)
        self._uuids, self._row_of, self._cursor, self._more = [], {}, None, True
        self._cache.clear()
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_query()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        self._append(self.records.page(self.filter, self.sort_order, self._cursor, self.page_size))

    def show_first_page(self, f: RecordFilter, page) -> None:
        """Show `f` with its first page already read (a text search reads it off the UI thread)."""
        self.beginResetModel()
        self.filter = f
        self.sort_order = self._ranked(self.sort_order)
        self._uuids, self._row_of, self._cursor, self._more = [], {}, None, True
        self._cache.clear()
        self.endResetModel()
        self._append(page)

    def _append(self, page) -> None:
        self.pages_fetched += 1
        self.rows_fetched += len(page.records)
        self._cursor, self._more = page.next, page.next is not None
        fresh = [r for r in page.records if r.uuid not in self._row_of]
        if not fresh:
            return
        first = len(self._uuids)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for rec in fresh:
            self._row_of[rec.uuid] = len(self._uuids)
            self._uuids.append(rec.uuid)
            self._remember(rec)
        self.endInsertRows()

    def _remember(self, rec: Activity) -> None:
        self._cache[rec.uuid] = rec
        self._cache.move_to_end(rec.uuid)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    def record_at(self, row: int) -> Activity | None:
        if not 0 <= row < len(self._uuids):
            return None
        uuid = self._uuids[row]
        rec = self._cache.get(uuid)
        if rec is None:
            rec = self.records.get(uuid)  # evicted: one indexed lookup
            if rec is None:
                return None
            self._remember(rec)
        return rec

    def row_of(self, uuid: str) -> int:
        return self._row_of.get(uuid, -1)

    def loaded_rows(self) -> int:
        return len(self._uuids)

    # -- changes ----------------------------------------------------------------------------------

    def apply_changes(self, changed: Changed) -> None:
        """Patch rows a mutation touched; reload when rows appear or the change is large."""
        if not changed.records:
            return
        appear = changed.deleted and self.filter.deleted is True  # the deleted view gains rows
        if changed.created or changed.restored or appear or len(changed.uuids) > BIG_CHANGE:
            self.reload()
            return
        gone = [u for u in changed.deleted if u in self._row_of and self.filter.deleted is False]
        for uuid in changed.updated + tuple(u for u in changed.deleted if u not in gone):
            row = self._row_of.get(uuid)
            if row is None:
                continue
            self._cache.pop(uuid, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        for uuid in gone:
            row = self._row_of[uuid]
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._uuids[row]
            self._cache.pop(uuid, None)
            self._row_of = {u: i for i, u in enumerate(self._uuids)}
            self.endRemoveRows()

    def reference_changed(self) -> None:
        """New reference data is in use (Settings): name the rows again."""
        self._ref = reference()
        self.set_language(self.language)

    def _ranked(self, sort: Sort) -> Sort:
        """`sort` with the codes of a coded column in the order their names sort in the UI language
        (QCollator: in Kazakh, Қ follows К and Ә follows А), so the table sorts by what it shows."""
        if sort.column not in RANKED:
            return sort
        items = self._ref.kinds if sort.column == "kind" else self._ref.regions
        collator = QCollator(locale_for(self.language))
        ordered = sorted(items, key=lambda item: collator.sortKey(item.name(self.language)))
        return Sort(sort.column, sort.descending, tuple(item.code for item in ordered))

    def set_language(self, language: str) -> None:
        self.language = language
        if self.sort_order.column in RANKED:  # the names changed, so their order did
            self.set_query()
        self._label_header()
        from PySide6.QtCore import Qt

        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._uuids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._uuids) - 1, self.columnCount() - 1))

    # -- the model interface ----------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._uuids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    # `flags` is QAbstractTableModel's own: enabled, selectable, no children (a Python override returned
    # the same, and each call built a Qt.ItemFlag)

    def header_label(self, section: int) -> str:
        return field_label(COLUMNS[section], self.language) if 0 <= section < len(COLUMNS) else ""

    def _label_header(self) -> None:
        self.header_model.setHorizontalHeaderLabels([self.header_label(i) for i in range(len(COLUMNS))])

    def headerData(self, section: int, orientation, role=_DISPLAY):
        """For callers in Python and Qt's accessibility; the view's header reads `header_model`."""
        from PySide6.QtCore import Qt

        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == _DISPLAY:
            return self.header_label(section)
        if role == _USER:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_DISPLAY):
        if not index.isValid() or index.row() >= len(self._uuids) or index.column() >= len(COLUMNS):
            return None
        if role == UuidRole:
            return self._uuids[index.row()]
        if role not in _RECORD_ROLES:
            return None
        rec = self.record_at(index.row())
        if rec is None:
            return None
        column = COLUMNS[index.column()]
        if role == _DISPLAY:
            return self._display(rec, column)
        if role == SortRole:
            value = getattr(rec, column)
            return value.isoformat() if hasattr(value, "isoformat") else value
        if role == ObjectRole:
            return rec
        if role == _TOOLTIP and column in ("notes", "partners", "settlement"):
            return getattr(rec, column) or None
        if role == _ALIGN and (column in MEASURES or column == "version"):
            return _RIGHT
        if rec.deleted and role == _FG:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QColor  # deleted rows only (not on the first page: start-up)

            return QColor(Qt.GlobalColor.gray)
        if rec.deleted and role == _FONT:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _display(self, rec: Activity, column: str) -> str:
        lang, ref = self.language, self._ref
        value = getattr(rec, column)
        if column in MEASURES or column == "version":
            return format_number(value)
        if column in ("start_date", "end_date"):
            return format_date(value)
        if column == "kind":
            return kind_name(value, lang)
        if column == "region":
            region = ref.region(value)
            return region.name(lang) if region else value
        if column in ("site_type", "language"):
            items = ref.site_types if column == "site_type" else ref.material_languages
            return next((i.name(lang) for i in items if i.code == value), value)
        if column == "target_groups":
            names = {g.code: g.name(lang) for g in ref.target_groups}
            return ", ".join(names.get(g, g) for g in value)
        if column == "updated_at":
            return moment(None, value)
        return str(value or "")

    def sort(self, column: int, order=None) -> None:
        """Sorting is a new SQL query (keyset pages), never a proxy over loaded rows; ascending unless
        `order` is Qt.SortOrder.DescendingOrder."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column] not in SORTABLE:
            return
        from PySide6.QtCore import Qt

        new = self._ranked(Sort(COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder))
        if new != self.sort_order:
            self.set_query(sort=new)

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column] in SORTABLE
