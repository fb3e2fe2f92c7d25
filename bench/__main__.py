"""`python -m bench [--quick] [--write-docs]`: see bench/README.md."""

import sys

from bench.cli import main

sys.exit(main())
