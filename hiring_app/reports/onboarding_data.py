"""What the onboarding plan's PDF lays out, as plain data (services.onboarding reads it).
Stdlib and domain only, so building the data never loads reportlab."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hiring_app.domain.onboarding import OnboardingPlan


@dataclass(frozen=True)
class OnboardingReportData:
    language: str
    name: str
    role_name: str               # in `language`; "" when the candidate has no role
    decision: str | None         # hire or train (the current decision), None when only hired
    plan: OnboardingPlan
    talks: list[date]            # the one-to-one talks until the review
    practices: list[tuple[str, str]]  # (title, what to do), in `language`
    colleagues: list[str] = field(default_factory=list)  # team members in the same role
    pay_model: str = ""
