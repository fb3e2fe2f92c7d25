"""The start-up baseline: a bare PySide6 QMainWindow with a 200-row QTableView, until its first paint.

Kept apart from the rest of the bench so that it imports nothing but what such a program needs.
Run as `python -m bench.bare_window`; prints `fieldapp-first-paint {"peak_mb": ...}` and quits.
"""

import json
import resource
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

MARKER = "fieldapp-first-paint"


def main() -> None:
    app = QApplication(sys.argv)
    win = QMainWindow()
    table = QTableView()
    model = QStandardItemModel(200, 12)
    for r in range(200):
        for c in range(12):
            model.setItem(r, c, QStandardItem(f"{r}:{c} Алматы"))
    table.setModel(model)
    win.setCentralWidget(table)
    win.resize(1200, 800)

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, done)
            return False

    def done():
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(MARKER, json.dumps({"peak_mb": round(peak, 1)}), flush=True)
        app.quit()

    watcher = FirstPaint()
    table.viewport().installEventFilter(watcher)
    win.show()
    app.exec()


if __name__ == "__main__":
    main()
