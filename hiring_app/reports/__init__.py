"""PDF reports (reportlab; no Qt): report data in, PDF out. The data (reports/data.py) is read
from the database by hiring_app.services.report_data, which also writes the files whole or not
at all; these modules never read the database.

    candidate_report(data, language, out)       reports/candidate.py
    comparison_report(data, language, out)      reports/comparison.py
    interview_kit(data, language, out)          reports/kit.py
    report_file_name(name, candidate_id)        reports/candidate.py

Loaded on first use, so importing the package (or its font module) stays cheap.
"""
from __future__ import annotations

import importlib

_WHERE = {
    "candidate_report": "candidate", "report_file_name": "candidate",
    "comparison_report": "comparison",
    "interview_kit": "kit",
}
__all__ = list(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
