"""How fast PDF reports are: one candidate report as a whole process, one beyond start-up, and
100 in a batch.

Run:  uv run python tests/benchmarks/bench_reports.py [--candidates N] [--runs N]

Builds a fresh company folder (the shipped library, then demo data), then measures:
- one candidate report as the user gets it: a whole `hiring-app report candidate` process, next
  to a whole process that writes a bare reportlab document with the same embedded font (one
  page, one Paragraph), run alternately in the same environment (bytecode cached, as installed),
  the median of each: the ratio is the target (<= 1.5x);
- beyond start-up (imports, font registration and a first report warmed up), the median time of
  one report and the time of a batch of 100, each next to the bare document in the same process.
Numbers from different machines can be read side by side through the ratios. A script, not a
test: pytest does not collect this folder.
"""
from __future__ import annotations

import argparse
import gc
import io
import os
import shutil
import statistics
import subprocess
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
TARGET_RATIO = 1.5  # one report as a whole process, against the bare document's process
BATCH = 100

# A whole process writing the bare document: the same Python, reportlab and embedded font.
_BARE_PROCESS = """
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
pdfmetrics.registerFont(TTFont("Bare", sys.argv[1], subfontIndex=0))
style = ParagraphStyle("bare", fontName="Bare", fontSize=10, leading=14, wordWrap="CJK")
SimpleDocTemplate(sys.argv[2], pagesize=A4).build(
    [Paragraph(text, style) for text in sys.argv[3:]])
"""
# The bare document's text: two paragraphs of Chinese, as a short report would begin.
_BARE_TEXT = (
    "招聘面试助手 Hiring Assistant — 候选人报告：王芳，运营专员，第二轮面试已提交。",
    "态度与能力各按五分计：面试官逐题打分并写下依据，汇总后给出优先录用、培养、一般或淘汰的"
    "建议；分歧超过两分的题目单独列出，供复盘时讨论。",
)


def bare_document() -> None:
    font = register_cjk_font()
    style = ParagraphStyle("bare", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(
        [Paragraph(text, style) for text in _BARE_TEXT])


def median_s(action, runs: int) -> float:
    action()  # warm-up
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def processes_s(report: list[str], bare: list[str], runs: int) -> tuple[float, float]:
    """Median seconds of each command as a whole process, run alternately (so both see the same
    load), after a warm-up run of each (bytecode cached, as an installed app has it)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    times: dict[int, list[float]] = {0: [], 1: []}
    for run in range(runs + 1):
        for which, command in enumerate((report, bare)):
            start = time.perf_counter()
            subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
            if run:  # the first is the warm-up
                times[which].append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def table(results: list[tuple[str, float, float, str]]) -> str:
    header = ("measurement", "seconds", "baseline s", "ratio", "target", "result")
    lines = [(what, f"{s:.3f}", f"{base:.4f}", f"{s / base:.2f}x",
              *((f"<= {TARGET_RATIO:g}x", "PASS" if s / base <= TARGET_RATIO else "FAIL")
                if key == "process" else
                (f"< {TARGETS_S[key]:g} s", "PASS" if s < TARGETS_S[key] else "FAIL")))
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
        db.conn.commit()
        # Closed, as `hiring-app demo` leaves it: an open connection keeps the demo data's
        # writes in the WAL file (4 MB here), which every report process then reads through
        # (about 0.2 s more each).
        db.conn.close()
        from hiring_app import paths  # the bundled font, as the app embeds it

        whole, bare_whole = processes_s(
            [sys.executable, "-m", "hiring_app", "--data-dir", str(root / "company"), "report",
             "candidate", str(busiest), "-o", str(out / "cli.pdf")],
            [sys.executable, "-c", _BARE_PROCESS, str(paths.CJK_FONT), str(out / "bare.pdf"),
             *_BARE_TEXT],
            args.runs)
        results.append((f"one candidate report, whole process ({busiest})", whole, bare_whole,
                        "process"))
        for written_pdf in (out / "cli.pdf", out / "bare.pdf"):  # both embed the font
            if b"/FontFile2" not in written_pdf.read_bytes():
                raise SystemExit(f"{written_pdf.name}: no embedded TrueType font")
        db = open_company(root / "company").db
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
        failed = [r for r in results if (r[1] / r[2] > TARGET_RATIO if r[3] == "process"
                                         else r[1] >= TARGETS_S[r[3]])]
        print(f"{len(failed)} of {len(results)} targets missed" if failed else "all targets met")
        db.conn.close()
        return 1 if failed else 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
