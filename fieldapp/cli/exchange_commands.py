"""Subcommands for exchange workbooks: export, import, report, template."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Exchange commands are registered here (see the exchange issue)."""
