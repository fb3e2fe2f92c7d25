"""fieldapp: offline logging and Excel exchange of COVID-19 outreach to children and families."""

__version__ = "0.2.0"
