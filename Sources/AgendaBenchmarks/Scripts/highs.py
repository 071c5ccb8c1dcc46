"""Solves an MPS file with HiGHS (PyPI `highspy`) for `agenda-benchmarks`, on one thread.

Usage: python3 highs.py FILE.mps SECONDS
Prints one JSON object: status, objective, bound and seconds (wall clock of the solve). Exits 3
when highspy is not installed, so the benchmark reports it missing instead of failing.
"""

import json
import sys
import time

try:
    import highspy
except ImportError:
    print("highspy is not installed (pip install highspy)", file=sys.stderr)
    sys.exit(3)

path, limit = sys.argv[1], float(sys.argv[2])
highs = highspy.Highs()
highs.setOptionValue("output_flag", False)
highs.setOptionValue("threads", 1)
highs.setOptionValue("time_limit", limit)
highs.setOptionValue("mip_rel_gap", 0.0)
if highs.readModel(path) != highspy.HighsStatus.kOk:
    print(f"HiGHS cannot read {path}", file=sys.stderr)
    sys.exit(1)
start = time.monotonic()
highs.run()
seconds = time.monotonic() - start
info = highs.getInfo()
status = highs.modelStatusToString(highs.getModelStatus())
has_solution = info.primal_solution_status == 2
print(json.dumps({
    "status": status,
    "objective": info.objective_function_value if has_solution else None,
    "bound": info.mip_dual_bound if has_solution else None,
    "seconds": round(seconds, 3),
}))
