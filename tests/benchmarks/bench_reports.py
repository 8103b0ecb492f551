"""How fast PDF reports are: one candidate report, and 100 in a batch.

Run:  uv run python tests/benchmarks/bench_reports.py [--candidates N] [--runs N]

Builds a fresh company folder (the shipped library, then demo data), then measures, beyond
start-up (imports, font registration and a first report are warmed up), the median time of one
candidate report and the time of a batch of 100, each next to a bare reportlab document in the
same font (one page, one Paragraph) measured in the same run, so numbers from different machines
can be read side by side. A script, not a test: pytest does not collect this folder.
"""
from __future__ import annotations

import argparse
import gc
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from hiring_app.reports.fonts import register_cjk_font
from hiring_app.services import demo
from hiring_app.services.company import open_company
from hiring_app.services.report_data import candidate_reports, write_candidate_report

TARGETS_S = {"one": 0.3, "batch": 10.0}
BATCH = 100


def bare_document() -> None:
    font = register_cjk_font()
    style = ParagraphStyle("bare", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(
        [Paragraph("招聘面试助手 Hiring Assistant — 一页纸的基准文档。", style)])


def median_s(action, runs: int) -> float:
    action()  # warm-up
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def table(results: list[tuple[str, float, float, str]]) -> str:
    header = ("measurement", "seconds", "baseline s", "ratio", "target", "result")
    lines = [(what, f"{s:.3f}", f"{base:.4f}", f"{s / base:.0f}x",
              f"< {TARGETS_S[key]:g} s", "PASS" if s < TARGETS_S[key] else "FAIL")
             for what, s, base, key in results]
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, lines)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=400)
    parser.add_argument("--runs", type=int, default=9, help="runs per measurement (median)")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="hiring-bench-reports-"))
    try:
        opened = open_company(root / "company")
        db = opened.db
        made = demo.generate(db, args.candidates, "zh", seed=7)
        scored = [r[0] for r in db.execute(
            "SELECT candidate_id FROM interviews WHERE state = 'submitted'"
            " GROUP BY candidate_id ORDER BY COUNT(*) DESC, candidate_id")]
        print(f"demo data: {made['candidates']} candidates, {made['interviews']} interviews "
              f"({os.cpu_count()} CPUs, Python {sys.version.split()[0]})")
        out = root / "out"
        out.mkdir()
        busiest = scored[0]
        results = []
        one = median_s(lambda: write_candidate_report(db, busiest, "zh", out / "one.pdf"),
                       args.runs)
        bare = median_s(bare_document, args.runs)
        results.append((f"one candidate report ({busiest}, most scorecards)", one, bare, "one"))

        ids = (scored * (BATCH // len(scored) + 1))[:BATCH] if len(set(scored)) < BATCH \
            else scored[:BATCH]
        batch_folder = out / "batch"
        batch_folder.mkdir()
        gc.collect()
        start = time.perf_counter()
        written = candidate_reports(db, list(dict.fromkeys(ids)), batch_folder, "zh")
        batch = time.perf_counter() - start
        start = time.perf_counter()
        for _ in written:
            bare_document()
        bare_batch = time.perf_counter() - start
        results.append((f"batch of {len(written)} candidate reports", batch, bare_batch, "batch"))
        print(table(results))
        failed = [r for r in results if r[1] >= TARGETS_S[r[3]]]
        print(f"{len(failed)} of {len(results)} targets missed" if failed else "all targets met")
        db.conn.close()
        return 1 if failed else 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
