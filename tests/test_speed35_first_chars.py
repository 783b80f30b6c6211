"""Patterns scanned over whole texts open on a lookahead on the characters a match can start
with (``(?=[去过上今…])``), so that the scan skips every other position at once. The lookahead
must never drop a match: every character the rest of the pattern can start a match with is in
it. Read from the pattern itself, so a rule that gains an alternative fails here until the
lookahead has its first character too."""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]

import pytest

from ingest.document import header, places, relative_words, year_mentions
from ingest.reading import normalise

_LOOKBEHIND = -1


class _Unbounded(Exception):
    """The pattern can start with a character class too wide to list (any Han character)."""


def _first_chars(items: list[tuple[object, object]]) -> tuple[set[str], bool]:
    """(what the character at a match's start can be, whether the match can be empty before
    anything says so). A class like \\s stands as its category's name."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.AT or op is sre.ASSERT_NOT:
            continue
        if op is sre.ASSERT:
            direction, inner = av  # type: ignore[misc]
            if direction == _LOOKBEHIND:
                continue
            ahead, empty = _first_chars(list(inner))
            if empty:
                continue
            return chars | ahead, False  # the character there starts the lookahead's match
        if op is sre.LITERAL:
            return chars | {chr(av)}, False  # type: ignore[arg-type]
        if op is sre.IN:
            return chars | _class_chars(av), False  # type: ignore[arg-type]
        if op is sre.SUBPATTERN:
            found, empty = _first_chars(list(av[3]))  # type: ignore[index]
        elif op is sre.BRANCH:
            found, empty = set(), False
            for branch in av[1]:  # type: ignore[index]
                more, more_empty = _first_chars(list(branch))
                found |= more
                empty |= more_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, inner = av  # type: ignore[misc]
            found, empty = _first_chars(list(inner))
            empty |= low == 0
        else:
            raise _Unbounded(str(op))
        chars |= found
        if not empty:
            return chars, False
    return chars, True


def _class_chars(items: list[tuple[object, object]]) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))  # type: ignore[arg-type]
        elif op is sre.RANGE and av[1] - av[0] < 64:  # type: ignore[index,operator]
            chars |= {chr(c) for c in range(av[0], av[1] + 1)}  # type: ignore[index,operator]
        elif op is sre.CATEGORY:
            chars.add(str(av))
        else:
            raise _Unbounded(str(op))
    return chars


def _lookahead_and_rest(pattern: re.Pattern[str]) -> tuple[set[str], set[str]]:
    parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
    (op, (direction, inner)), rest = parsed[0], parsed[1:]
    assert op is sre.ASSERT and direction == 1, "the pattern opens on no lookahead"
    allowed, _ = _first_chars(list(inner))
    starts, empty = _first_chars(rest)
    assert not empty, "the rest of the pattern can match an empty string"
    return allowed, starts


SCANNED = [
    relative_words._RELATIVE,
    relative_words._PART_OF_YEAR,
    year_mentions._YEAR_IN_TEXT,
    year_mentions._STATEMENT,
    year_mentions._STATEMENT_WHOSE,
    places._OWN_BUREAU,
    header._FIELD_KEY,
]


@pytest.mark.parametrize("pattern", SCANNED, ids=lambda p: p.pattern[:30])
def test_lookahead_covers_every_first_character(pattern: re.Pattern[str]) -> None:
    allowed, starts = _lookahead_and_rest(pattern)
    assert starts <= allowed, f"matches may start with {sorted(starts - allowed)}"


def test_the_check_sees_a_missing_first_character() -> None:
    allowed, starts = _lookahead_and_rest(re.compile(r"(?=[去今])(?:去年|(?<!x)今年|明年)"))
    assert starts - allowed == {"明"}
    allowed, starts = _lookahead_and_rest(re.compile(r"(?=[去])(?:\s*(?=今年)|去年)"))
    assert starts - allowed == {"今", str(sre.CATEGORY_SPACE)}


# --- the run-on line breaks: a start character, or right after a space or a sentence's end ---


def _alternatives(pattern: str) -> list[list[tuple[object, object]]]:
    parsed = list(sre_parse.parse(pattern))
    if len(parsed) == 1 and parsed[0][0] is sre.BRANCH:
        return [list(branch) for branch in parsed[0][1][1]]
    return [parsed]


def _run_on_guard() -> tuple[set[str], str]:
    """(the characters a break may start at, the lookbehind that lets it start anywhere)."""
    ((op, (_, branches)),) = list(sre_parse.parse(normalise._RUN_ON_START))
    assert op is sre.BRANCH
    at_char, after = (list(branch) for branch in branches)
    allowed, _ = _first_chars(at_char)
    return allowed, repr(after[0])


def _opening_lookbehind(items: list[tuple[object, object]]) -> str | None:
    while items and items[0][0] is sre.SUBPATTERN:
        items = list(items[0][1][3])  # type: ignore[index]
    return repr(items[0]) if items and items[0][0] is sre.ASSERT_NOT else None


@pytest.mark.parametrize("rule", normalise._RUN_ON_BREAKS, ids=lambda r: r[:30])
def test_every_run_on_break_starts_where_the_guard_lets_it(rule: str) -> None:
    allowed, after_a_break = _run_on_guard()
    for alternative in _alternatives(rule):
        if _opening_lookbehind(alternative) == after_a_break:
            continue  # starts right after a space or a sentence's end: the guard's other half
        starts, empty = _first_chars(alternative)
        assert not empty, f"{rule}: an alternative says nothing of its first character"
        assert starts <= allowed, f"{rule}: may start with {sorted(starts - allowed)}"


def test_the_guard_is_on_the_pattern() -> None:
    assert normalise._RUN_ON_BREAK.pattern.startswith(normalise._RUN_ON_START)
