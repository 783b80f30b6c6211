"""A deterministic corpus of report-like documents for the benchmark.

Every document is assembled from the real texts bundled with the project (the seeds and the
evaluation sets: summaries, plans, notices and news items from 31 provinces), so that its
structure and phrasing vary the way real reports do, not only its figures:

* each document is one of those texts (so its sections, years and genre hang together the way
  a real report's do: splicing paragraphs of several reports made documents whose figures
  the blocking consistency check rightly refused);
* every place the source names as its issuer becomes one city drawn from the gazetteer (its
  full and short name), so the document speaks of another place;
* all years move by one offset per document (2019 → 2016 throughout; a text whose years are
  read from 十四五 or Chinese numerals keeps its own), and every other figure
  is scaled by its own random factor, keeping its decimals; one body paragraph is repeated.

The same seed and size always give the same files; no two files are equal.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE_DIRS = ("seeds", "eval/corpus/docs", "eval/second/docs", "eval/blind/docs")
INDEXES = ("eval/corpus/INDEX.tsv", "eval/second/INDEX.tsv", "eval/blind/INDEX.tsv")

# a figure: not part of a date or a time of day (9月21日, 9:30, 2017.09.21)
_NUMBER = re.compile(r"(?<![0-9.:月/-])[0-9]+(?:\.[0-9]+)?(?![0-9]|[月日时号:/-]|\.[0-9])")
_YEAR = re.compile(r"(?<![0-9])(19[89][0-9]|20[0-3][0-9])(?=\s*(?:年|—|-|~|至|\)|”|》))")
_LEVEL_SUFFIX = re.compile(r"(?:市|县|区|自治县|自治州|州|旗|盟|地区)$")


@dataclass(frozen=True)
class Source:
    text: str
    names: tuple[str, ...]  # the issuer's full and short names, longest first
    # whether moving its written years moves the years the project reads (not when they come
    # from 十四五 or a date in Chinese numerals, which stay put): else it keeps its years
    shiftable: bool


def _issuer_names(city: str) -> tuple[str, ...]:
    short = _LEVEL_SUFFIX.sub("", city)
    names = {city, short} if len(short) >= 2 else {city}
    return tuple(sorted(names, key=len, reverse=True))


def load_sources(repo: Path = REPO) -> list[Source]:
    """The bundled real texts with the names of the place each one is about."""
    from ingest.document.gazetteer import Gazetteer
    from ingest.document.metadata import describe

    cities: dict[str, str] = {}
    for index in INDEXES:
        path = repo / index
        if path.exists():
            with path.open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f, delimiter="\t"):
                    cities[row["file"]] = row["city_zh"]
    gazetteer = Gazetteer.load()
    sources = []
    for folder in SOURCE_DIRS:
        for path in sorted((repo / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            meta = describe(text, path.name, gazetteer)
            moved = describe(_shift_years(text, -2), path.name, gazetteer)
            shiftable = (meta.report_year, meta.plan_year) == (
                moved.report_year and moved.report_year + 2,
                moved.plan_year and moved.plan_year + 2,
            )
            city = cities.get(path.name) or meta.city_zh
            sources.append(Source(text, _issuer_names(city) if city else (), shiftable))
    return sources


def city_pool() -> list[tuple[str, ...]]:
    """Names of every current prefecture and county-level place, as (full, short)."""
    from ingest.document.gazetteer import Gazetteer

    seen: dict[str, tuple[str, ...]] = {}
    for place in Gazetteer.load().places:
        if place.last_year >= 2020 and place.admin_level in ("prefecture", "county", "district"):
            seen.setdefault(place.city_zh, _issuer_names(place.city_zh))
    return [seen[name] for name in sorted(seen)]


def _paragraphs(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _rename(text: str, names: tuple[str, ...], new: tuple[str, ...]) -> str:
    if not names:
        return text
    full, short = new[0], new[-1]
    pattern = re.compile("|".join(re.escape(n) for n in names))
    return pattern.sub(lambda m: full if m.group(0) == names[0] else short, text)


def _shift_years(text: str, delta: int) -> str:
    return _YEAR.sub(lambda m: str(int(m.group(1)) + delta), text) if delta else text


def _vary_numbers(text: str, rng: random.Random, year_shift: int) -> str:
    text = _shift_years(text, year_shift)

    def scale(m: re.Match[str]) -> str:
        number = m.group(0)
        if len(number) == 4 and number.startswith(("19", "20")):
            return number  # a year (shifted above)
        decimals = len(number.split(".")[1]) if "." in number else 0
        value = float(number) * rng.uniform(0.6, 1.6)
        if decimals == 0:
            return str(max(1, round(value)))
        return f"{value:.{decimals}f}"

    return _NUMBER.sub(scale, text)


def make_document(i: int, sources: list[Source], cities: list[tuple[str, ...]], seed: int) -> str:
    rng = random.Random(f"{seed}:{i}")
    city = cities[rng.randrange(len(cities))]
    base = sources[rng.randrange(len(sources))]
    paragraphs = _paragraphs(_rename(base.text, base.names, city))
    if len(paragraphs) > 4:  # a body paragraph repeats (dropping one might drop a heading)
        at = rng.randrange(2, len(paragraphs) - 1)
        paragraphs.insert(at, paragraphs[at])
    shift = rng.randint(-6, 2)
    return _vary_numbers("\n".join(paragraphs) + "\n", rng, shift if base.shiftable else 0)


def write_corpus(out: Path, megabytes: float, seed: int = 7) -> tuple[int, int]:
    """Write documents to ``out`` until they hold ``megabytes`` of UTF-8; (files, bytes)."""
    sources = load_sources()
    cities = city_pool()
    out.mkdir(parents=True, exist_ok=True)
    target = int(megabytes * 1024 * 1024)
    total = files = 0
    while total < target:
        data = make_document(files, sources, cities, seed).encode("utf-8")
        (out / f"report_{files:06d}.txt").write_bytes(data)
        total += len(data)
        files += 1
    return files, total
