"""The Interviews section."""

ACTIVE_KEY = "interview/active"  # the interview left open, reopened at the next start
