#!/usr/bin/env python3
"""Writes the random fixture: random.qrels and random_{a,b,c}.run (50 judged queries,
100 candidates each, three runs). Deterministic: the same files on every run and machine.

Run a answers every judged query; run b leaves out q5 and q17; run c leaves out q23 and
returns only 30 documents for every seventh query. Scores have two decimals, so ties are
common; q7 and q13 have no relevant document; every run also answers two unjudged queries.
"""
import random
import sys

rng = random.Random(20261206)
GRADES = [0] * 50 + [1] * 25 + [2] * 15 + [3] * 7 + [-1] * 3

qrels_lines = []
runs = {"a": [], "b": [], "c": []}

for q in range(1, 53):
    qid = f"q{q}"
    pool = rng.sample(range(1, 301), 110)
    candidates = pool[:100]
    judged = {}
    if q <= 50:
        for d in candidates:
            if rng.random() < 0.7:
                judged[d] = rng.choice(GRADES)
        for d in pool[100:]:  # judged but never retrieved: they still count in the ideal
            judged[d] = rng.choice(GRADES)
        if q in (7, 13):
            judged = {d: min(g, 0) for d, g in judged.items()}
        for d in sorted(judged, key=lambda n: f"D{n}"):
            qrels_lines.append(f"{qid} 0 D{d} {judged[d]}")
    for name, noise in (("a", 0.35), ("b", 0.8), ("c", 3.0)):
        if (name == "b" and q in (5, 17)) or (name == "c" and q == 23):
            continue
        docs = candidates if not (name == "c" and q % 7 == 0) else candidates[:30]
        scored = []
        for d in docs:
            grade = max(judged.get(d, 0), 0)
            score = grade * 0.5 + rng.gauss(0, noise)
            if name == "c":
                score -= 1.0  # negative scores are fine
            scored.append((round(score, 2), d))
        # The rank column follows the file order, not the score: trec_eval ignores it.
        for rank, (score, d) in enumerate(scored, 1):
            runs[name].append(f"{qid} Q0 D{d} {rank} {score:.2f} run_{name}")

with open("random.qrels", "w") as f:
    f.write("\n".join(qrels_lines) + "\n")
for name, lines in runs.items():
    with open(f"random_{name}.run", "w") as f:
        f.write("\n".join(lines) + "\n")
sys.exit(0)
