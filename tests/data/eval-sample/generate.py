#!/usr/bin/env python3
"""Writes the small BEIR-format evaluation set Sift's tests and demo use (deterministic).

20 queries, 1,500 documents on 20 topics, graded judgments (0-3) for each query's first-stage
candidates, and a noisy first-stage run (firststage.trec, top 150 per query). Grades follow how
many of the query's words a document holds and whether it is on the query's topic, so a reranker
that follows word overlap (the fake server's larger models) ranks well, a noisier one less so.
Run from this folder: python3 generate.py
"""
import json
import os
import random

rng = random.Random(14)

TOPICS = [
    ("lighthouse", "keeper", "coast", "beacon", "storm", "ship", "harbour", "lantern"),
    ("bread", "flour", "yeast", "oven", "dough", "crust", "bakery", "knead"),
    ("volcano", "lava", "eruption", "magma", "crater", "ash", "tectonic", "basalt"),
    ("reranker", "search", "ranking", "query", "relevance", "retrieval", "candidate", "index"),
    ("violin", "bow", "string", "orchestra", "concerto", "tuning", "rosin", "melody"),
    ("glacier", "ice", "melt", "moraine", "crevasse", "snow", "valley", "climate"),
    ("bicycle", "chain", "gear", "pedal", "saddle", "tyre", "brake", "frame"),
    ("coffee", "bean", "roast", "espresso", "grinder", "brew", "arabica", "crema"),
    ("honeybee", "hive", "pollen", "nectar", "queen", "swarm", "wax", "colony"),
    ("telescope", "lens", "mirror", "galaxy", "orbit", "nebula", "observatory", "star"),
    ("chess", "opening", "knight", "bishop", "endgame", "checkmate", "pawn", "gambit"),
    ("tomato", "garden", "seedling", "compost", "harvest", "vine", "soil", "greenhouse"),
    ("railway", "locomotive", "track", "station", "timetable", "signal", "carriage", "freight"),
    ("vaccine", "immune", "antibody", "dose", "trial", "virus", "booster", "antigen"),
    ("sourdough", "starter", "ferment", "crumb", "levain", "proof", "hydration", "rye"),
    ("compiler", "parser", "syntax", "optimizer", "bytecode", "linker", "grammar", "token"),
    ("marathon", "runner", "pace", "training", "finish", "mileage", "hydration", "stride"),
    ("origami", "paper", "fold", "crane", "crease", "model", "sheet", "pattern"),
    ("submarine", "sonar", "hull", "depth", "ballast", "periscope", "torpedo", "dive"),
    ("wildfire", "smoke", "forest", "firefighter", "drought", "evacuation", "ember", "burn"),
]
FILLER = ("the a of and to in is for on with as by at from this that it be are was an or "
          "which its about into more also many some can other most after new first such "
          "people often used part between during well known based through early").split()

# Shape words appear in no document, so only the topic words decide a query's word overlap.
QUERY_SHAPES = ["how does {0} {1} work", "{0} {1} {2}", "why {0} needs {1} {2}",
                "best {0} {1} {2}", "what makes {0} {1}"]

DOCS_PER_TOPIC = 75
CANDIDATES = 150


def sentence(words):
    return " ".join(words).capitalize() + "."


documents = []
for t, vocabulary in enumerate(TOPICS):
    for n in range(DOCS_PER_TOPIC):
        # On-topic words in varying amounts, a little of another topic, and filler.
        take = rng.randint(1, 6)
        words = rng.sample(vocabulary, take)
        other = TOPICS[rng.randrange(len(TOPICS))]
        words += rng.sample(other, rng.randint(0, 2))
        words += rng.choices(FILLER, k=rng.randint(8, 20))
        rng.shuffle(words)
        half = len(words) // 2
        text = sentence(words[:half]) + " " + sentence(words[half:])
        title = " ".join(rng.sample(vocabulary, 2)).title() if rng.random() < 0.5 else ""
        documents.append({"_id": f"d{t:02d}{n:03d}", "title": title, "text": text, "topic": t})

queries = []
for t, vocabulary in enumerate(TOPICS):
    words = rng.sample(vocabulary, 3)
    shape = QUERY_SHAPES[t % len(QUERY_SHAPES)]
    queries.append({"_id": f"q{t + 1}", "text": shape.format(*words), "topic": t, "words": words})


def words_of(text):
    return set("".join(c if c.isalnum() else " " for c in text.lower()).split())


def grade(query, document):
    held = len(set(query["words"]) & words_of(document["title"] + " " + document["text"]))
    on_topic = document["topic"] == query["topic"]
    if on_topic and held >= 3:
        return 3
    if on_topic and held == 2:
        return 2
    if on_topic and held == 1:
        return 1
    return 0


os.makedirs("qrels", exist_ok=True)
with open("corpus.jsonl", "w") as out:
    for d in documents:
        out.write(json.dumps({"_id": d["_id"], "title": d["title"], "text": d["text"]}) + "\n")
with open("queries.jsonl", "w") as out:
    for q in queries:
        out.write(json.dumps({"_id": q["_id"], "text": q["text"]}) + "\n")

with open("qrels/test.tsv", "w") as qrels, open("firststage.trec", "w") as run:
    qrels.write("query-id\tcorpus-id\tscore\n")
    for q in queries:
        scored = []
        for d in documents:
            overlap = len(set(q["words"]) & words_of(d["title"] + " " + d["text"]))
            # A weak first stage: overlap counts, but with plenty of noise.
            scored.append((overlap * 1.0 + rng.random() * 6.0, d))
        scored.sort(key=lambda pair: (-pair[0], pair[1]["_id"]))
        top = scored[:CANDIDATES]
        for rank, (score, d) in enumerate(top, 1):
            run.write(f"{q['_id']} Q0 {d['_id']} {rank} {score:.4f} bm25ish\n")
        # Judged: every candidate that is on topic or holds a query word, plus a few others.
        for score, d in top:
            g = grade(q, d)
            if g > 0 or rng.random() < 0.15:
                qrels.write(f"{q['_id']}\t{d['_id']}\t{g}\n")
