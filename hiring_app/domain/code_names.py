"""Names of the codes stored in the database, in zh/en/es: the one table the window
(hiring_app/ui/labels.py), the PDF reports and the command line all read, so a thing has one name
everywhere."""
from __future__ import annotations

STATUS_NAMES = {
    "new": {"zh": "新建", "en": "New", "es": "Nuevo"},
    "interviewing": {"zh": "面试中", "en": "Interviewing", "es": "En entrevistas"},
    "decided": {"zh": "已决定", "en": "Decided", "es": "Decidido"},
    "hired": {"zh": "已入职", "en": "Hired", "es": "Contratado"},
    "declined": {"zh": "未入职", "en": "Declined", "es": "No incorporado"},
}
CHANNEL_NAMES = {
    "online_board": {"zh": "招聘网站", "en": "Online job board", "es": "Portal de empleo"},
    "campus": {"zh": "校园招聘", "en": "Campus", "es": "Universidades"},
    "referral": {"zh": "内部推荐", "en": "Internal referral", "es": "Recomendación interna"},
    "job_fair": {"zh": "现场招聘会", "en": "Job fair", "es": "Feria de empleo"},
    "friends": {"zh": "朋友、同学介绍", "en": "Friends and classmates",
                "es": "Amigos y compañeros"},
    "other": {"zh": "其他", "en": "Other", "es": "Otro"},
}
DECISION_NAMES = {
    "hire": {"zh": "录用", "en": "Hire", "es": "Contratar"},
    "train": {"zh": "培养", "en": "Train", "es": "Formar"},
    "hold": {"zh": "待定", "en": "Hold", "es": "En espera"},
    "reject": {"zh": "不录用", "en": "Reject", "es": "Rechazar"},
}
# The names of what the Compare screen's rows and the reports show about a candidate.
RESULT_NAMES = {
    "weighted_total": {"zh": "加权总分", "en": "Weighted total", "es": "Total ponderado"},
    "attitude": {"zh": "态度", "en": "Attitude", "es": "Actitud"},
    "ability": {"zh": "能力", "en": "Ability", "es": "Capacidad"},
    "quadrant": {"zh": "象限", "en": "Quadrant", "es": "Cuadrante"},
    "recommendation": {"zh": "建议", "en": "Recommendation", "es": "Recomendación"},
    "reasons": {"zh": "判定依据", "en": "Why", "es": "Motivos"},
    "decision": {"zh": "决定", "en": "Decision", "es": "Decisión"},
    "red_flags": {"zh": "危险信号", "en": "Red flags", "es": "Señales de alerta"},
    "team_fit": {"zh": "团队匹配", "en": "Team fit", "es": "Encaje con el equipo"},
    "key_notes": {"zh": "要点备注", "en": "Key notes", "es": "Notas clave"},
    "interviewers": {"zh": "面试官", "en": "Interviewers", "es": "Entrevistadores"},
    "boss_style": {"zh": "老板风格", "en": "Boss's style", "es": "Estilo del jefe"},
    "team_role": {"zh": "团队角色", "en": "Team role", "es": "Rol en el equipo"},
}
