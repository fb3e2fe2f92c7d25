"""`python -m fieldapp`: the same front door as the `fieldapp` command."""

import sys

from fieldapp.cli import main

sys.exit(main())
