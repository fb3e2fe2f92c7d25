"""Entry point of a measurement process: `python -m bench.child TASK JSON-ARGS` (used by the harness)."""

from __future__ import annotations

import json
import sys

from bench.harness import emit


def main(argv: list[str]) -> None:
    task, args = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    module_name, _, func = task.partition(":")
    module = __import__(f"bench.rows.{module_name}", fromlist=[func])
    emit(getattr(module, func)(**args))


if __name__ == "__main__":
    main(sys.argv[1:])
