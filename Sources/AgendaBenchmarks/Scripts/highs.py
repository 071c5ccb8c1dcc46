"""Solves an MPS file with HiGHS (PyPI `highspy`) for `agenda-benchmarks`, on one thread.

Usage: python3 highs.py FILE.mps SECONDS
Prints one JSON object: status, objective, bound, seconds (wall clock from before reading the file
to the end of the solve) and trace: a list of [seconds, objective or null, bound or null], one
entry each time HiGHS's best plan or dual bound changed, taken from its MIP callbacks (improving
solution, and the interrupt check it makes while it searches), with the same clock. Exits 3 when
highspy is not installed, so the benchmark reports it missing instead of failing.
"""

import json
import math
import sys
import time

try:
    import highspy
except ImportError:
    print("not installed (pip install highspy)", file=sys.stderr)
    sys.exit(3)


def finite(value):
    """The value, or None for HiGHS's infinities (no plan or no bound yet)."""
    return value if value is not None and math.isfinite(value) and abs(value) < 1e40 else None


path, limit = sys.argv[1], float(sys.argv[2])
start = time.monotonic()
highs = highspy.Highs()
highs.setOptionValue("output_flag", False)
highs.setOptionValue("threads", 1)
highs.setOptionValue("time_limit", limit)
highs.setOptionValue("mip_rel_gap", 0.0)
if highs.readModel(path) != highspy.HighsStatus.kOk:
    print(f"HiGHS cannot read {path}", file=sys.stderr)
    sys.exit(1)
# HiGHS's own running time starts at run(); the trace counts from before reading, as CBC's does.
read_seconds = time.monotonic() - start
trace = []


def record(event):
    data = event.data_out
    point = [finite(data.objective_function_value), finite(data.mip_dual_bound)]
    if point != [None, None] and (not trace or trace[-1][1:] != point):
        trace.append([round(read_seconds + data.running_time, 4)] + point)


highs.cbMipImprovingSolution.subscribe(record)
highs.cbMipInterrupt.subscribe(record)
highs.run()
seconds = time.monotonic() - start
info = highs.getInfo()
status = highs.modelStatusToString(highs.getModelStatus())
has_solution = info.primal_solution_status == 2
print(json.dumps({
    "status": status,
    "objective": info.objective_function_value if has_solution else None,
    # The dual bound holds with or without a plan (None while HiGHS has none).
    "bound": finite(info.mip_dual_bound),
    "seconds": round(seconds, 3),
    "trace": trace,
}))
