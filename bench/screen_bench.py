"""Screening benchmark: precision, recall and queries/s of our matcher against a brute-force rapidfuzz
baseline and nomenklatura's logic-v2 (over the candidates our blocking returns), in one process.

    .venv/bin/python bench/screen_bench.py                     # labeled queries in bench/data/
    .venv/bin/python bench/screen_bench.py --queries FILE.jsonl  # another labeled set, same format
    .venv/bin/python bench/screen_bench.py --generate          # rewrite bench/data/screen_queries.jsonl

The query set is generated deterministically from the bundled list entries (legal-suffix changes,
word order, abbreviations, transliterations, typos, aliases, short names) plus hand-written hard
negatives (bench/data/screen_negatives.txt: famous unlisted firms) and generated sibling names
that share every word but the distinctive one. A query is a true positive when a returned match
is one of its expected entries. The labelled pairs in ../shared/data/sanctions/pairs/ are a
second measured set when present. nomenklatura is an optional extra (`pip install nomenklatura`);
without it that column says "unavailable". The last line prints the speed ratios.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import random
import re
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process, utils

from rivalgraph.screen.index import ScreeningIndex
from rivalgraph.screen.loaders import load_list
from rivalgraph.screen.model import EntryKind, ListEntry, Query
from rivalgraph.screen.normalize import GENERIC_TOKENS, normalize
from rivalgraph.screen.registry import bundled_list_paths

HERE = Path(__file__).parent
DATA = HERE / "data"
QUERIES = DATA / "screen_queries.jsonl"
NEGATIVES = DATA / "screen_negatives.txt"
SHARED_PAIRS = HERE.parent.parent / "shared" / "data" / "sanctions" / "pairs"
SEED = 20261128
THRESHOLD = 0.85
BASELINE_CUTOFF = 90.0  # rapidfuzz token_set_ratio, 0..100
LOGIC_V2_CUTOFF = 0.7  # nomenklatura's own match threshold for logic-v2


def entry_key(entry: ListEntry) -> str:
    return f"{entry.source}:{entry.entry_id}"


# --------------------------------------------------------------------------- query generation

_ABBREVIATE = (
    (r"\bInternational\b", "Intl"),
    (r"\bTechnology\b", "Tech"),
    (r"\bTechnologies\b", "Tech"),
    (r"\bCorporation\b", "Corp."),
    (r"\bCompany\b", "Co."),
    (r"\bLimited\b", "Ltd."),
    (r"\bManufacturing\b", "Mfg."),
    (r"\bIndustries\b", "Inds."),
    (r"\bIndustrial\b", "Ind."),
    (r"\bElectronics\b", "Elec."),
    (r"\bEngineering\b", "Eng."),
    (r"\bUniversity\b", "Univ."),
    (r"\bInstitute\b", "Inst."),
    (r"\bNational\b", "Natl."),
    (r"\band\b", "&"),
)
_LEGAL = re.compile(
    r"[,\s]*\b(Co\.?,?\s*Ltd\.?|Company Limited|Co\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|LLC|"
    r"L\.L\.C\.|GmbH|S\.A\.|JSC|OJSC|PJSC|OOO|LLP|PLC|Pte\.? Ltd\.?)\s*$",
    re.I,
)
_SUFFIXES = (
    "Co., Ltd.",
    "Limited",
    "Ltd",
    "Inc.",
    "Corporation",
    "LLC",
    "Company",
    "Co Ltd",
    "Group Co., Ltd.",
)
_RESPELL = (
    ("ou", "u"),
    ("kh", "h"),
    ("y", "i"),
    ("ph", "f"),
    ("mm", "m"),
    ("ee", "i"),
    ("sh", "sch"),
    ("ch", "tch"),
    ("j", "dzh"),
    ("v", "w"),
    ("iy", "y"),
    ("ai", "ay"),
)
_CYRILLIC = {
    "shch": "щ", "sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "ts": "ц", "yu": "ю", "ya": "я", "yo": "ё",
    "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "y": "й", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф",
}  # fmt: skip
_FILLERS = (
    "Aurora", "Pinewood", "Summitra", "Bluecrest", "Goldleaf", "Riverton", "Stellaris", "Northgate",
    "Everbright", "Silvermoon", "Orchidea", "Kestrel", "Vantora", "Brightwater", "Maplestone", "Harborview",
    "Quintessa", "Lumora", "Tidewell", "Ashford", "Corvina", "Elmhurst", "Zephyrine", "Granitea", "Solvane",
)  # fmt: skip
_FIRST = (
    "James",
    "Maria",
    "Chen",
    "Olga",
    "Ahmed",
    "Laura",
    "Pedro",
    "Anna",
    "Kenji",
    "Fatima",
    "Ivan",
    "Sofia",
)


def _strip_legal(name: str) -> str:
    out = name
    for _ in range(2):
        out = _LEGAL.sub("", out).strip(" ,")
    return out or name


def _typo(name: str, rng: random.Random) -> str | None:
    words = name.split()
    long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long:
        return None
    i = rng.choice(long)
    w = words[i]
    pos = rng.randrange(1, len(w) - 1)
    op = rng.choice(("swap", "drop", "sub", "double"))
    if op == "swap":
        w = w[:pos] + w[pos + 1] + w[pos] + w[pos + 2 :]
    elif op == "drop":
        w = w[:pos] + w[pos + 1 :]
    elif op == "sub":
        letters = "aeiourstln" if w[pos].lower() not in "aeiou" else "aeiou"
        w = w[:pos] + rng.choice([c for c in letters if c != w[pos].lower()]) + w[pos + 1 :]
    else:
        w = w[:pos] + w[pos] + w[pos:]
    words[i] = w
    return " ".join(words)


def _respell(name: str, rng: random.Random) -> str | None:
    rules = [(a, b) for a, b in _RESPELL if a in name.lower()]
    if not rules:
        return None
    a, b = rng.choice(rules)
    return re.sub(a, b, name, count=1, flags=re.I)


def _cyrillic(name: str) -> str | None:
    text = name.lower()
    out = ""
    i = 0
    while i < len(text):
        for size in (4, 2, 1):
            part = text[i : i + size]
            if part in _CYRILLIC:
                out += _CYRILLIC[part]
                i += size
                break
        else:
            out += text[i]
            i += 1
    return out.title() if out != text else None


def _person_order(name: str) -> str | None:
    if "," not in name:
        return None
    last, first = (p.strip() for p in name.split(",", 1))
    first_words = first.split()
    return " ".join([*first_words[:1], last.title()]) if first_words else None


_RARE: set[str] = set()  # tokens in at most three entries, filled by generate()


def _short_name(name: str) -> str | None:
    base = _strip_legal(name)
    words = [w for w in base.split() if normalize(w).tokens and normalize(w).tokens[0] not in GENERIC_TOKENS]
    if not words or len(words) == len(base.split()):
        return None
    short = " ".join(words)
    # A short name must still name one party: at least one rare word, five letters in all.
    if not any(t in _RARE for t in normalize(short).tokens):
        return None
    return short if len(normalize(short).compact) >= 5 else None


def _abbreviate(name: str) -> str | None:
    out = name
    for pattern, repl in _ABBREVIATE:
        out = re.sub(pattern, repl, out, flags=re.I)
    return out if out != name else None


def _suffix_change(name: str, rng: random.Random) -> str:
    base = _strip_legal(name)
    return base if base != name and rng.random() < 0.4 else f"{base} {rng.choice(_SUFFIXES)}"


def _reorder(name: str) -> str | None:
    words = _strip_legal(name).split()
    if len(words) < 3:
        return None
    return " ".join([*words[1:], words[0]])


_ORG_VARIANTS: tuple[tuple[str, Callable[[str, random.Random], str | None]], ...] = (
    ("legal_suffix", _suffix_change),
    ("abbreviation", lambda n, r: _abbreviate(n)),
    ("word_order", lambda n, r: _reorder(n)),
    ("typo", _typo),
    ("transliteration", _respell),
    ("case_punctuation", lambda n, r: re.sub(r"[.,]", "", n).upper() if r.random() < 0.5 else n.lower()),
    ("short_name", lambda n, r: _short_name(n)),
)
_PERSON_VARIANTS: tuple[tuple[str, Callable[[str, random.Random], str | None]], ...] = (
    ("word_order", lambda n, r: _person_order(n)),
    ("typo", _typo),
    ("transliteration", _respell),
    ("case_punctuation", lambda n, r: n.replace(",", "").lower()),
)


def _expected(
    entries: Sequence[ListEntry], index_by_key: dict[str, list[ListEntry]], seed: ListEntry
) -> list[str]:
    keys = {entry_key(seed)}
    for name in seed.names:
        for other in index_by_key.get(normalize(name).key, ()):
            if other.kind == seed.kind or EntryKind.UNKNOWN in (other.kind, seed.kind):
                keys.add(entry_key(other))
    return sorted(keys)


def generate(entries: Sequence[ListEntry], negatives: Sequence[str]) -> list[dict[str, Any]]:
    """The labeled query set, deterministic for a given list of entries."""
    rng = random.Random(SEED)
    by_key: dict[str, list[ListEntry]] = {}
    for entry in entries:
        for name in entry.names:
            by_key.setdefault(normalize(name).key, []).append(entry)
    vocab = {t for key in by_key for t in key.split()}
    counts: dict[str, int] = {}
    for entry in entries:
        for token in {t for n in entry.names for t in normalize(n).tokens}:
            counts[token] = counts.get(token, 0) + 1
    _RARE.clear()
    _RARE.update(t for t, c in counts.items() if c <= 3)
    orgs = [
        e
        for e in entries
        if e.kind in (EntryKind.ORG, EntryKind.UNKNOWN) and len(normalize(e.name).tokens) >= 2
    ]
    persons = [e for e in entries if e.kind is EntryKind.PERSON and "," in e.name]
    rows: list[dict[str, Any]] = []
    for pool, variants, count in ((orgs, _ORG_VARIANTS, 330), (persons, _PERSON_VARIANTS, 120)):
        for seed in rng.sample(pool, count):
            kind, make = rng.choice(variants)
            base = seed.name
            if seed.aliases and rng.random() < 0.25:
                base, kind = rng.choice(seed.aliases), f"alias+{kind}"
            text = make(base, rng)
            for other_kind, other in rng.sample(variants, len(variants)):
                if text and normalize(text).key:
                    break
                text, kind = other(base, rng), other_kind
            if not text or not normalize(text).key:
                text, kind = base, "exact"
            row = {"query": text, "expected": _expected(entries, by_key, seed), "category": kind}
            if seed.kind is EntryKind.PERSON:
                row["type"] = "PERSON"
            rows.append(row)
    ru = [e for e in entries if "RU" in e.countries and e.kind is EntryKind.ORG and e.name.isascii()]
    for seed in rng.sample(ru, 25):
        text = _cyrillic(_strip_legal(seed.name))
        if text:
            rows.append({"query": text, "expected": _expected(entries, by_key, seed), "category": "cyrillic"})
    for name in negatives:
        rows.append({"query": name, "expected": [], "category": "famous_unlisted"})
    doc_freq: dict[str, int] = {}
    for entry in entries:
        for token in {t for n in entry.names for t in normalize(n).tokens}:
            doc_freq[token] = doc_freq.get(token, 0) + 1
    made = 0
    for seed in rng.sample(orgs, len(orgs)):
        if made >= 120:
            break
        # Siblings of names with exactly one distinctive word: change that word, keep the rest.
        words = _strip_legal(seed.name).split()
        rare = [
            i
            for i, w in enumerate(words)
            if len(normalize(w).tokens) == 1
            and normalize(w).tokens[0] not in GENERIC_TOKENS
            and 1 <= doc_freq.get(normalize(w).tokens[0], 0) <= 3
        ]
        if len(words) < 2 or len(rare) != 1:
            continue
        filler = rng.choice(_FILLERS)
        if filler.lower() in vocab:
            continue
        swapped = list(words)
        swapped[rare[0]] = filler
        text = " ".join(swapped)
        if normalize(text).key in by_key:
            continue
        rows.append({"query": text, "expected": [], "category": "sibling"})
        made += 1
    surnames = [e.name.split(",")[0].title() for e in persons]
    made = 0
    while made < 40:
        text = f"{rng.choice(_FIRST)} {rng.choice(surnames)}"
        tokens = set(normalize(text).tokens)
        if any(tokens <= set(normalize(n).tokens) for e in persons for n in e.names):
            continue
        rows.append({"query": text, "expected": [], "category": "person_negative", "type": "PERSON"})
        made += 1
    return rows


# --------------------------------------------------------------------------- evaluation


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    seconds: float = 0.0
    queries: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def qps(self) -> float:
        return self.queries / self.seconds if self.seconds else 0.0

    def add(self, expected: set[str], got: Sequence[ListEntry], expected_names: set[str]) -> bool:
        hit = any(entry_key(e) in expected or _names_hit(e, expected_names) for e in got)
        if expected or expected_names:
            if hit:
                self.tp += 1
            else:
                self.fn += 1
                if got:
                    self.fp += 1
        elif got:
            self.fp += 1
        else:
            self.tn += 1
        return hit or (not expected and not expected_names and not got)


def _names_hit(entry: ListEntry, names: set[str]) -> bool:
    return bool(names) and any(normalize(n).key in names for n in entry.names)


def _query(row: dict[str, Any]) -> Query:
    kind = EntryKind(row["type"]) if row.get("type") in ("ORG", "PERSON") else EntryKind.UNKNOWN
    countries = tuple(c for c in [row.get("country")] if c)
    return Query(str(row["query"]), countries=countries, kind=kind)


def _labels(row: dict[str, Any]) -> tuple[set[str], set[str]]:
    expected = {str(x) for x in row.get("expected") or () if ":" in str(x)}
    names = {normalize(str(x)).key for x in row.get("expected_names") or ()}
    names |= {normalize(str(x)).key for x in row.get("expected") or () if ":" not in str(x)}
    return expected, names


def run_ours(index: ScreeningIndex, rows: Sequence[dict[str, Any]], misses: list[str]) -> Scores:
    scores = Scores(queries=len(rows))
    results = []
    start = time.perf_counter()
    for row in rows:
        results.append(index.search(_query(row), threshold=THRESHOLD))
    scores.seconds = time.perf_counter() - start
    for row, matches in zip(rows, results, strict=True):
        expected, names = _labels(row)
        if not scores.add(expected, [m.entry for m in matches], names):
            got = "; ".join(f"{m.entry.name} ({m.score:.2f})" for m in matches[:2]) or "nothing"
            misses.append(f"[{row.get('category')}] {row['query']!r} -> {got}")
    return scores


def run_bruteforce(entries: Sequence[ListEntry], rows: Sequence[dict[str, Any]]) -> Scores:
    names: list[str] = []
    owner: list[int] = []
    for i, entry in enumerate(entries):
        for name in entry.names:
            names.append(name)
            owner.append(i)
    processed = [utils.default_process(n) for n in names]
    scores = Scores(queries=len(rows))
    results = []
    start = time.perf_counter()
    for row in rows:
        found = process.extract(
            utils.default_process(str(row["query"])),
            processed,
            scorer=fuzz.token_set_ratio,
            score_cutoff=BASELINE_CUTOFF,
            limit=10,
            processor=None,
        )
        results.append([entries[owner[i]] for _, _, i in found])
    scores.seconds = time.perf_counter() - start
    for row, got in zip(rows, results, strict=True):
        expected, labels = _labels(row)
        scores.add(expected, got, labels)
    return scores


def _logic_v2() -> Any:
    try:
        from followthemoney import model
        from nomenklatura.matching import get_algorithm
    except ImportError:
        return None
    return model, get_algorithm("logic-v2")


_SCHEMA = {EntryKind.PERSON: "Person", EntryKind.ORG: "Organization", EntryKind.VESSEL: "Vessel"}


def run_logic_v2(index: ScreeningIndex, rows: Sequence[dict[str, Any]], nk: Any) -> Scores:
    model, algo = nk
    config = algo.default_config()
    cache: dict[int, Any] = {}

    def candidate(i: int) -> Any:
        if i not in cache:
            entry = index.entries[i]
            proxy = model.make_entity(_SCHEMA.get(entry.kind, "LegalEntity"))
            proxy.id = f"e{i}"
            for name in entry.names:
                proxy.add("name", name)
            for country in entry.countries:
                proxy.add("country", country.lower())
            cache[i] = proxy
        return cache[i]

    # Candidates come from our blocking, outside the timed part: logic-v2 only scores.
    prepared = []
    for number, row in enumerate(rows):
        q = _query(row)
        norm = normalize(q.name)
        ids = index.candidate_entries(norm, threshold=0.5)
        proxy = model.make_entity(_SCHEMA.get(q.kind, "LegalEntity"))
        proxy.id = f"q{number}"
        proxy.add("name", q.name)
        prepared.append((proxy, [candidate(i) for i in ids], ids))
    algo.compare(prepared[0][0], prepared[0][1][0] if prepared[0][1] else candidate(0), config)  # warm ICU
    scores = Scores(queries=len(rows))
    results = []
    start = time.perf_counter()
    for proxy, candidates, ids in prepared:
        hits = [
            i
            for i, c in zip(ids, candidates, strict=True)
            if algo.compare(proxy, c, config).score >= LOGIC_V2_CUTOFF
        ]
        results.append([index.entries[i] for i in hits])
    scores.seconds = time.perf_counter() - start
    for row, got in zip(rows, results, strict=True):
        expected, labels = _labels(row)
        scores.add(expected, got, labels)
    return scores


# --------------------------------------------------------------------------- labelled pairs


def read_pairs() -> list[tuple[str, str, bool, str]]:
    pairs: list[tuple[str, str, bool, str]] = []
    cascade = SHARED_PAIRS / "watchman_cascade_name_pairs.csv"
    if cascade.is_file():
        with cascade.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                pairs.append(
                    (row["name1"], row["name2"], row["is_match"].strip().lower() == "true", row["schema"])
                )
    cross = SHARED_PAIRS / "watchman_cross_script_pairs.csv"
    if cross.is_file():
        lines = [
            ln
            for ln in cross.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")
        ]
        for row in csv.reader(lines):
            if len(row) >= 2 and row[0] != "Query":
                pairs.append((row[0], row[1], True, "Person"))
    return pairs


def pair_scores(
    pairs: Sequence[tuple[str, str, bool, str]], judge: Callable[[str, str, str], bool]
) -> tuple[float, float, float]:
    tp = fp = fn = 0
    start = time.perf_counter()
    for left, right, label, schema in pairs:
        said = judge(left, right, schema)
        tp += said and label
        fp += said and not label
        fn += (not said) and label
    seconds = time.perf_counter() - start
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0, len(pairs) / seconds)


# --------------------------------------------------------------------------- main


def _entries(paths: Iterable[Path]) -> list[ListEntry]:
    return [e for p in paths for e in load_list(p).entries]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=Path, default=QUERIES, help="labeled queries (JSON lines)")
    parser.add_argument(
        "--lists", type=Path, nargs="*", help="list files to screen against (default: bundled)"
    )
    parser.add_argument("--generate", action="store_true", help="rewrite the generated query set and exit")
    parser.add_argument("--show-misses", type=int, default=15, help="print this many misses of our matcher")
    args = parser.parse_args(argv)
    paths = args.lists or bundled_list_paths()
    entries = _entries(paths)
    if args.generate:
        negatives = [ln.strip() for ln in NEGATIVES.read_text(encoding="utf-8").splitlines()]
        rows = generate(entries, [n for n in negatives if n and not n.startswith("#")])
        QUERIES.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {len(rows)} queries to {QUERIES}")
        return
    rows = [json.loads(ln) for ln in args.queries.read_text(encoding="utf-8").splitlines() if ln.strip()]
    positives = sum(1 for r in rows if any(_labels(r)))
    print(f"lists: {', '.join(p.name for p in paths)}: {len(entries)} entries")
    print(
        f"queries: {len(rows)} from {args.queries} ({positives} listed, {len(rows) - positives} not listed)"
    )

    gc.collect()
    tracemalloc.start()
    start = time.perf_counter()
    index = ScreeningIndex(entries)
    build = time.perf_counter() - start
    memory = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    print(f"index: {index.alias_count} aliases, built in {build:.1f} s, {memory:.1f} MiB (tracemalloc)")

    index.search("warm up")
    misses: list[str] = []
    ours = run_ours(index, rows, misses)
    brute = run_bruteforce(entries, rows)
    nk = _logic_v2()
    logic = run_logic_v2(index, rows, nk) if nk else None

    print(f"\n{'matcher':<36} {'precision':>9} {'recall':>7} {'queries/s':>10}")
    label = f"rivalgraph (threshold {THRESHOLD})"
    print(f"{label:<36} {ours.precision:9.3f} {ours.recall:7.3f} {ours.qps:10.0f}")
    print(
        f"{'rapidfuzz token_set_ratio >= ' + str(int(BASELINE_CUTOFF)):<36} "
        f"{brute.precision:9.3f} {brute.recall:7.3f} {brute.qps:10.1f}"
    )
    if logic:
        label = "nomenklatura logic-v2 >= 0.7 (ours cand.)"
        print(f"{label:<36} {logic.precision:9.3f} {logic.recall:7.3f} {logic.qps:10.1f}")
    else:
        print(f"{'nomenklatura logic-v2':<36} {'unavailable (pip install nomenklatura)':>28}")
    categories: dict[str, list[int]] = {}
    for line in misses:
        cat = line[1 : line.index("]")]
        categories.setdefault(cat, []).append(1)
    if misses:
        print(
            f"\nour misses by category: {', '.join(f'{k} {len(v)}' for k, v in sorted(categories.items()))}"
        )
        for line in misses[: args.show_misses]:
            print("  " + line)

    pairs = read_pairs()
    if pairs:
        print(f"\nlabelled pairs ({len(pairs)}, ../shared/data/sanctions/pairs):")

        def ours_pair(left: str, right: str, schema: str) -> bool:
            return index.score_pair(left, right, person=schema == "Person") >= THRESHOLD

        def brute_pair(left: str, right: str, schema: str) -> bool:
            return fuzz.token_set_ratio(left, right, processor=utils.default_process) >= BASELINE_CUTOFF

        table = [("rivalgraph", ours_pair), ("rapidfuzz token_set_ratio", brute_pair)]
        if nk:
            model, algo = nk
            config = algo.default_config()
            counter = iter(range(10**9))

            def logic_pair(left: str, right: str, schema: str) -> bool:
                n = next(counter)
                proxies = []
                for side, name in (("l", left), ("r", right)):
                    proxy = model.make_entity("Person" if schema == "Person" else "Organization")
                    proxy.id = f"{side}{n}"
                    proxy.add("name", name)
                    proxies.append(proxy)
                return bool(algo.compare(proxies[0], proxies[1], config).score >= LOGIC_V2_CUTOFF)

            table.append(("nomenklatura logic-v2", logic_pair))
        for label, judge in table:
            p, r, speed = pair_scores(pairs, judge)
            print(f"  {label:<34} {p:9.3f} {r:7.3f} {speed:10.0f} pairs/s")
    else:
        print("\nlabelled pairs: ../shared/data/sanctions/pairs absent, skipped")

    ratio_brute = ours.qps / brute.qps if brute.qps else float("inf")
    ratio_logic = f"{ours.qps / logic.qps:.0f}x" if logic and logic.qps else "unavailable"
    print(f"speed ratio: rivalgraph vs brute-force rapidfuzz {ratio_brute:.0f}x, vs logic-v2 {ratio_logic}")


if __name__ == "__main__":
    sys.exit(main())
