"""A program that adds candidates to a company folder as separate commands would, one connection
each, for a test that restores backups under it: `python tests/helpers/shared_writer.py DATA_DIR
TAG COUNT`.

For each add it opens the company (as every command does), adds a candidate named `TAG-n`,
closes, and only then prints `{"id": ..., "name": ...}` (flushed): the acknowledgement a user
sees. A refusal is printed as `{"refused": code, "name": ...}` and the loop goes on.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from hiring_app.errors import UserError  # noqa: E402
from hiring_app.services.candidates import add_candidate  # noqa: E402
from hiring_app.services.company import open_company  # noqa: E402


def main(folder: Path, tag: str, count: int) -> None:
    for n in range(count):
        name = f"{tag}-{n}"
        try:
            opened = open_company(folder)
            try:
                role = opened.db.execute("SELECT id FROM roles ORDER BY id LIMIT 1").fetchone()[0]
                new_id = add_candidate(opened.db, name, role)
            finally:
                opened.db.conn.close()
        except UserError as error:
            print(json.dumps({"refused": error.code, "name": name}), flush=True)
            continue
        print(json.dumps({"id": new_id, "name": name}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
