"""The tests here that use `workspace` run on both engines: an SQLite file and the hub (PostgreSQL)."""

import pytest

from tests.conftest import ENGINES


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    return request.param
