"""Build a demo office and measure every interaction against the bare library.

    python benchmarks/run.py --cases 50000            # everything
    python benchmarks/run.py --cases 2000 --only foundation,cases

Each benchmarks/bench_<area>.py defines measure(office) -> list[Figure]. Figures are
printed as a Markdown table (ours, bare, ratio, target) to paste into docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import BenchOffice, Figure  # noqa: E402

PASSWORD = "bench password 2026"


def modules(only: set[str] | None) -> list[str]:
    names = sorted(p.stem.removeprefix("bench_") for p in (ROOT / "benchmarks").glob("bench_*.py"))
    return [n for n in names if not only or n in only]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import sqlcipher3
    from PySide6 import __version__ as pyside

    cipher = sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"PySide6 {pyside}, SQLCipher {cipher}"
    )


def build(folder: Path, cases: int) -> BenchOffice:
    from cms_desktop.core.demo import build_demo_office

    path = folder / "demo.cmsvault"
    start = time.perf_counter()
    ws = build_demo_office(path, "director", PASSWORD, cases)
    ws.close()
    print(f"built a {cases:,}-case demo office in {time.perf_counter() - start:.1f} s", flush=True)
    return BenchOffice(path=path, username="director", password=PASSWORD, cases=cases)


def table(figures: list[Figure]) -> str:
    lines = [
        "| measure | CMS Desktop | bare library | ratio | target |",
        "|---|---:|---:|---:|---|",
    ]
    for f in figures:
        bare = f"{f.bare_ms:.1f} ms" if f.bare_ms is not None else "—"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "—"
        note = f" ({f.note})" if f.note else ""
        lines.append(f"| {f.name}{note} | {f.ours_ms:.1f} ms | {bare} | {ratio} | {f.target} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--only", default="", help="comma-separated module names")
    args = parser.parse_args()
    only = {n.strip() for n in args.only.split(",") if n.strip()} or None
    print(f"Machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="cms-bench-") as tmp:
        office = build(Path(tmp), args.cases)
        for name in modules(only):
            module = importlib.import_module(f"bench_{name}")
            figures = module.measure(office)
            print(f"\n### {name} ({args.cases:,} cases)\n\n{table(figures)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
