"""The colours of the window and of the PDF reports, in one place (no Qt, no reportlab), so that
a report looks like the screen it came from. The quadrants' colours are the matrix's own
(domain.matrix.Quadrant.colour)."""
from __future__ import annotations

ACCENT = "#2f6fc0"       # the current stage, the selected section, links, focus rings
ACCENT_DARK = "#1f4e8c"  # headings in reports, pressed buttons
ON_ACCENT = "#ffffff"    # text and icons on the accent
INK = "#2b3440"          # body text and icons
MUTED = "#666666"        # secondary text, hints, disabled icons
RULE = "#c9d1db"         # lines, frames
SURFACE = "#f4f6f9"      # the sidebar, table headers, quiet panels
BEST = "#d8efd3"         # "best in row"
WARNING = "#b00020"      # refusals, disagreements, what could not be saved
CAUTION = "#8a6d00"      # saving, not yet saved
GOOD = "#2e7d32"         # all saved
NOTICE = "#fff6d6"       # reminders
