#!/usr/bin/env bash
# Regenerates the trec_eval outputs in this folder (see README.md). Needs two trec_eval builds:
#   TREC_EVAL=/path/to/trec_eval-10.0  TREC_EVAL9=/path/to/trec_eval-9.0.8  ./regenerate.sh
set -euo pipefail
cd "$(dirname "$0")"
te=${TREC_EVAL:?set TREC_EVAL to a trec_eval 10.0 binary}
te9=${TREC_EVAL9:?set TREC_EVAL9 to a trec_eval 9.0.8 binary}
m=(-m ndcg_cut.5,10 -m ndcg -m map -m recip_rank -m P.5,10 -m recall.5,10,100)

python3 generate_random.py

# Hand-written fixture. full.run answers every judged query; tiesA.run leaves out 304, which
# trec_eval 10.0 refuses without -c, so its default-mode reference comes from 9.0.8.
"$te" -q "${m[@]}" graded.qrels full.run > graded-full.out
"$te" -q -c "${m[@]}" graded.qrels full.run > graded-full.c.out
"$te" -q -c -l 2 "${m[@]}" graded.qrels full.run > graded-full.l2.c.out
"$te" -q -l 0 "${m[@]}" graded.qrels full.run > graded-full.l0.out
"$te" -q -m ndcg_cut -m P -m recall graded.qrels full.run > graded-full.defaults.out
"$te9" -q "${m[@]}" graded.qrels tiesA.run > graded-tiesA.out
"$te" -q -c "${m[@]}" graded.qrels tiesA.run > graded-tiesA.c.out
"$te" -q -c -l 2 "${m[@]}" graded.qrels tiesA.run > graded-tiesA.l2.c.out
# trec_eval refuses a run naming one document twice for a query: keep what it says.
set +e
"$te" -q -c "${m[@]}" graded.qrels duplicate.run > /dev/null 2> graded-duplicate.err
echo "exit $?" >> graded-duplicate.err
set -e

# Random fixture: run a answers every judged query (10.0 in default mode); b and c leave some out
# (9.0.8 in default mode).
"$te" -q "${m[@]}" random.qrels random_a.run > random-a.out
for r in b c; do
    "$te9" -q "${m[@]}" random.qrels "random_$r.run" > "random-$r.out"
done
for r in a b c; do
    "$te" -q -c "${m[@]}" random.qrels "random_$r.run" > "random-$r.c.out"
    "$te" -q -c -l 2 "${m[@]}" random.qrels "random_$r.run" > "random-$r.l2.c.out"
done
