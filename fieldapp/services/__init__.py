"""Use-cases over storage and exchange, shared by the desktop UI and the command line. No Qt here."""
