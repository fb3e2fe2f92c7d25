"""The settings registry: typed values survive a restart; undeclared keys are refused."""

from __future__ import annotations

import pytest

from fieldapp.ui.settings import Settings


def test_values_keep_their_type_across_instances(tmp_path, qapp):
    s = Settings(tmp_path / "s.ini")
    assert s.get("form/warn_duplicates") is True
    s.set("form/warn_duplicates", False)
    s.set("table/hidden_columns", ["notes"])
    s.set("dashboard/overdue_days", 14)
    s.sync()
    again = Settings(tmp_path / "s.ini")
    assert again.get("form/warn_duplicates") is False
    assert again.get("table/hidden_columns") == ["notes"]
    assert again.get("dashboard/overdue_days") == 14
    again.set("table/hidden_columns", [])
    assert again.get("table/hidden_columns") == []


def test_an_undeclared_key_is_an_error(tmp_path, qapp):
    with pytest.raises(KeyError):
        Settings(tmp_path / "s.ini").get("no/such/key")
