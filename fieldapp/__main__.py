"""`python -m fieldapp`: the same front door as the `fieldapp` command."""

import gc
import sys

# No garbage collection while the modules load: a plain `fieldapp` keeps it off until its window's
# first paint (start-up CPU, see fieldapp.ui.app.run_gui); a command turns it back on at once (cli.main).
gc.disable()

from fieldapp.cli import main  # noqa: E402

sys.exit(main())
