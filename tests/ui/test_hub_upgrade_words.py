"""The desktop app on a hub older than itself, opened with a login that may not upgrade it (issue 17)."""

from __future__ import annotations

import pytest

from fieldapp.paths import Paths
from fieldapp.services.workspace import Workspace
from fieldapp.ui.errors import storage_error_text
from tests.cli.test_hub_roles import hub, logins  # noqa: F401  (fixtures)

pytestmark = pytest.mark.postgresql


def test_an_older_hub_opened_by_a_coordinator_names_its_owner_in_kazakh_and_russian(make_ctx, hub, tmp_path):  # noqa: F811
    """A newer fieldapp on a coordinator's desk, the hub not yet upgraded: who must run what, in the UI's
    language; the hub is left as it was."""
    from fieldapp.domain.errors import SharedDatabaseNeedsUpgrade
    from tests.cli.test_hub_upgrade import make_older, schema_state

    make_older(hub["owner"])
    before = schema_state(hub["owner"])
    with pytest.raises(SharedDatabaseNeedsUpgrade) as caught:
        Workspace(Paths(tmp_path / "alice", hub["coordinator"]))
    assert schema_state(hub["owner"]) == before
    make_ctx("kk")
    text = storage_error_text(caught.value)
    assert "иесінің жаңартуын" in text and "fieldapp hub init" in text and "postgres" in text, text
    make_ctx("ru")
    text = storage_error_text(caught.value)
    assert "владельцем" in text and "от имени postgres" in text, text
