"""PDF reports (reportlab; no Qt): domain data in, PDF out.

    candidate_report(db, candidate_id, language, path)           reports/candidate.py
    candidate_reports(db, ids, folder, language, progress, cancelled)
    comparison_report(db, candidate_ids, language, path)         reports/comparison.py
    comparison_report_for_role(db, role_id, language, path)
    interview_kit(db, role_id, language, path)                   reports/kit.py

Loaded on first use, so importing the package (or its font module) stays cheap.
"""
from __future__ import annotations

import importlib

_WHERE = {
    "candidate_report": "candidate", "candidate_reports": "candidate",
    "report_file_name": "candidate",
    "comparison_report": "comparison", "comparison_report_for_role": "comparison",
    "interview_kit": "kit",
}
__all__ = list(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
