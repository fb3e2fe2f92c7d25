"""One module per area of DESIGN §6; functions named `child_*` run inside a measurement process."""
