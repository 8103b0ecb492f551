"""A library whose roles are those of two stages' team models (so a team can fill them), and a
company with a hired candidate for onboarding tests."""
from __future__ import annotations

from hiring_app.content.loader import builtin_vocabulary
from hiring_app.domain.library import RoleProfile
from tests.helpers.banks import role_dict, small_library

STAGE, NEXT = "minimum", "starting"


def stage_roles(stage: str) -> list[str]:
    return list(builtin_vocabulary().lookup("stages", stage)["roles"])


def team_library():
    """small_library plus a small role for every role the first two stages list."""
    library = small_library()
    for role_id in dict.fromkeys(stage_roles(STAGE) + stage_roles(NEXT)):
        library.roles.append(RoleProfile.from_dict(role_dict(role_id)))
    return library
