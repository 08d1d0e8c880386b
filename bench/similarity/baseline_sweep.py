"""Runs the peer baseline (shared/bench/sklearn_group.py, unchanged) at many thresholds in one
process and prints its pairwise precision, recall and F1 at its default threshold and at its best.
Usage: baseline_sweep.py SKLEARN_GROUP.py SET.tsv"""
import contextlib, io, runpy, sys

script, labelled = sys.argv[1], sys.argv[2]

def run(threshold=None):
    sys.argv = [script, labelled] + ([] if threshold is None else [str(threshold)])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(script, run_name="__main__")
    fields = dict(f.split("=") for f in out.getvalue().split())
    p, r = float(fields["precision"]), float(fields["recall"])
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

default = run()
sweep = {t / 100: run(t / 100) for t in range(5, 96)}
best_t = max(sweep, key=lambda t: (sweep[t][2], -t))
print(f"baseline default (0.75): precision={default[0]:.3f} recall={default[1]:.3f} F1={default[2]:.3f}")
print(f"baseline best ({best_t:.2f}, chosen on the whole set): precision={sweep[best_t][0]:.3f} recall={sweep[best_t][1]:.3f} F1={sweep[best_t][2]:.3f}")
