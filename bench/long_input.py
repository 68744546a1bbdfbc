"""Time one long document through kg: is the cost linear in its length?

Usage (from the repository root; the machine is shared, so run it niced):

    nice -n 10 python bench/long_input.py [--sizes 10000,100000,1000000,10000000] [--lang de]
                                          [--kind prose|letters]

For each size a single document of that many characters is made — ``prose``: varied German news
sentences in paragraphs (names drawn from a list, so actors repeat as in a long report);
``letters``: one run of letters without spaces (PDF text that lost its spaces) — and timed
through ``kg.pipeline.analyse`` (parsing in windows, actors, extraction) and resolution. The
table shows seconds and microseconds per character per stage; linear cost means a flat µs/char
column. The figures are written as JSON to ``bench/results/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from pathlib import Path

from kg.pipeline import Settings, analyse, resolve_analyses
from kg.types import Document

PEOPLE = ["Angela Merkel", "Olaf Scholz", "Emmanuel Macron", "Wladimir Putin", "Annalena Baerbock",
          "Joe Biden", "Ursula von der Leyen", "Friedrich Merz", "Robert Habeck", "Xi Jinping"]
PLACES = ["Berlin", "Paris", "Moskau", "Brüssel", "Peking", "Washington", "Kiew", "Warschau"]
VERBS = ["traf {o} in {p}", "kritisierte {o} scharf", "telefonierte mit {o}",
         "lobte {o} für die Einigung", "warf {o} Wortbruch vor", "unterstützt {o}"]


def prose(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        s, o = rng.sample(PEOPLE, 2)
        sentence = f"{s} {rng.choice(VERBS).format(o=o, p=rng.choice(PLACES))}. "
        if rng.random() < 0.15:
            sentence += "\n\n"
        parts.append(sentence)
        length += len(sentence)
    return "".join(parts)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000,10000000")
    parser.add_argument("--lang", default="de")
    parser.add_argument("--kind", choices=["prose", "letters"], default="prose")
    args = parser.parse_args()
    settings = Settings(lang=args.lang)
    list(analyse([Document("warm", prose(2000), args.lang)], settings))  # load the model
    rows = []
    print(f"{'chars':>10} {'analyse s':>10} {'resolve s':>10} {'µs/char':>8} {'triples':>8} "
          f"{'max RSS MB':>10}")
    for size in (int(s) for s in args.sizes.split(",")):
        text = prose(size) if args.kind == "prose" else "a" * size
        doc = Document(f"long-{size}", text, args.lang)
        t0 = time.perf_counter()
        analyses = list(analyse([doc], settings))
        t1 = time.perf_counter()
        resolution = resolve_analyses(analyses, settings)
        t2 = time.perf_counter()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        row = {"chars": size, "analyse_s": round(t1 - t0, 2), "resolve_s": round(t2 - t1, 2),
               "us_per_char": round((t2 - t0) / size * 1e6, 1),
               "triples": len(resolution.triples), "max_rss_mb": round(rss)}
        rows.append(row)
        print(f"{size:>10} {row['analyse_s']:>10} {row['resolve_s']:>10} "
              f"{row['us_per_char']:>8} {row['triples']:>8} {row['max_rss_mb']:>10}", flush=True)
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / f"long_input-{args.kind}-{int(time.time())}.json").write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
