"""Bytes → text, with the encoding detected rather than assumed.

Reports come from government sites scraped over two decades: UTF-8 (with or without
BOM), GB2312/GBK/GB18030, Big5 from Hong Kong/Taiwan mirrors, and UTF-16 from Windows
"Save as Unicode". We try the encodings that can plausibly hold Chinese, score each
decoding by how much of it is ordinary text, then a file whose lines are in different
encodings (parts pasted together), and only fall back to charset-normalizer for anything
else. ``decode_bytes`` never raises.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from dataclasses import dataclass
from functools import cache

from charset_normalizer import from_bytes

UNDECODABLE_REASON = "could not decode as UTF-8, UTF-16, GB18030 or Big5"

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Python codec used to decode each reported encoding. Big5 is read with cp950, the
# Windows superset that real Big5 files are written in.
_CODEC = {"big5": "cp950"}

# Scoring looks at a sample: enough to judge, cheap on a 100 MB file.
_SAMPLE_CHARS = 200_000
# A decoding whose sample is at least this share ordinary text is taken as right.
_PLAUSIBLE = 0.9
# At most one NUL byte in this many is stray in a text; binary holds them far more densely.
_STRAY_NUL_PER_BYTES = 1000
_STRAY_NULS_MIN = 4
# Tolerated share of undecodable bytes (a truncated last character, a stray byte).
_MAX_ERROR_SHARE = 0.002
# Above this share of control characters the "text" is really binary.
_MAX_CONTROL_SHARE = 0.05

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Decoded:
    """Outcome of decoding: ``text`` and ``encoding``, or ``reason`` why there is none."""

    text: str | None
    encoding: str | None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data`` to text, detecting its encoding.

    ``declared`` is an encoding the container claims (an HTML ``<meta charset>``); it
    only breaks ties between legacy encodings that both decode cleanly, because such
    declarations are often wrong.
    """
    try:
        return _decode(bytes(data), declared)
    except Exception as exc:  # never raise: the caller quarantines with this reason
        return Decoded(None, None, f"could not decode: {type(exc).__name__}: {exc}")


def _decode(data: bytes, declared: str | None) -> Decoded:
    if not data:
        return Decoded(None, None, "empty file (0 bytes)")

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding.removesuffix("-sig"), errors="replace")
            # A BOM is strong evidence, but random binary can start with one too.
            plausible = _plausibility(text, other_scripts=True) >= _PLAUSIBLE
            if plausible and _error_share(text, data) <= _MAX_ERROR_SHARE:
                return _finish(text, encoding)
            break  # a BOM followed by garbage: let the scoring below decide

    if b"\x00" in data:
        # NULs in text only come from UTF-16/32 (the high byte of ASCII characters).
        best = _best_candidate(data, ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))
        if best is not None and best[2] >= _PLAUSIBLE:
            return _finish(best[0], best[1])
        # …or a few stray ones (a padded export, a pasted control code) in Chinese text
        stripped = data.replace(b"\x00", b"")
        stray = max(_STRAY_NULS_MIN, len(data) // _STRAY_NUL_PER_BYTES)
        if len(data) - len(stripped) <= stray and stripped:
            decoded = _decode(stripped, declared)
            if decoded.text is not None and _plausibility(decoded.text) >= _PLAUSIBLE:
                return decoded
        return Decoded(None, None, "binary file, not text (NUL bytes)")

    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        # A file cut off in the middle of its last character is still UTF-8.
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            try:
                return _finish(data[: exc.start].decode("utf-8"), "utf-8")
            except UnicodeDecodeError:
                pass

    legacy = _legacy_candidate(data, declared)
    if legacy is not None:
        return _finish(*legacy)
    mixed = _mixed_by_line(data)
    if mixed is not None:
        return _finish(*mixed)

    fallback = _charset_normalizer_candidate(data)
    if fallback is not None:
        return _finish(*fallback)
    if _control_share(data[:_SAMPLE_CHARS].decode("latin-1")) > _MAX_CONTROL_SHARE:
        return Decoded(None, None, "binary file, not text (control characters)")
    return Decoded(None, None, UNDECODABLE_REASON)


def _finish(text: str, encoding: str) -> Decoded:
    sample = text[:_SAMPLE_CHARS]
    if _control_share(sample) > _MAX_CONTROL_SHARE:
        return Decoded(None, encoding, "binary file, not text (control characters)")
    if not text.strip():
        return Decoded(None, encoding, "file holds only whitespace, no text")
    return Decoded(text, encoding)


def _legacy_candidate(data: bytes, declared: str | None) -> tuple[str, str] | None:
    """Pick between GB18030, Big5, UTF-8 with a few bad bytes, and BOM-less UTF-16."""
    names = ["gb18030", "big5", "utf-8"]
    if len(data) % 2 == 0:
        names += ["utf-16-le", "utf-16-be"]
    hint = _canonical_name(declared)
    if hint in names:
        text = _try_strict(data, hint)
        if text is not None and _plausibility(text) >= _PLAUSIBLE:
            return text, hint
    best = _best_candidate(data, names)
    if best is not None and best[2] >= _PLAUSIBLE:
        return best[0], best[1]
    return None


def _best_candidate(
    data: bytes, names: tuple[str, ...] | list[str]
) -> tuple[str, str, float] | None:
    """Decode with each encoding (tolerating a few bad bytes) and keep the most plausible."""
    best: tuple[str, str, float] | None = None
    for name in names:
        codec = _CODEC.get(name, name)
        if name.startswith(("utf-16", "utf-32")):
            width = 2 if name.startswith("utf-16") else 4
            if len(data) % width:
                continue
        text = data.decode(codec, errors="replace")
        if _error_share(text, data) > _MAX_ERROR_SHARE:
            continue
        if text.endswith("\ufffd") and not data.endswith(b"\xef\xbf\xbd"):
            text = text[:-1]  # the cut-off last character
        score = _plausibility(text)
        # Ties go to the earlier name: the list is ordered by how common the encoding is.
        if best is None or score > best[2]:
            best = (text, name, score)
    return best


# The legacy encodings a line of a mixed file may be in, besides UTF-8.
_LINE_LEGACY = ("gb18030", "big5")


def _mixed_by_line(data: bytes) -> tuple[str, str] | None:
    """A file put together from parts in different encodings (a UTF-8 page with a paragraph
    pasted in GBK): each line decoded on its own, as UTF-8 when it is, else in the legacy
    encoding that reads it as the most ordinary text. None unless every line decodes strictly,
    two encodings are needed, and the whole reads as ordinary text."""
    decoded: list[str] = []
    used: list[str] = []
    for line in data.split(b"\n"):
        text, name = _try_strict(line, "utf-8"), "utf-8"
        if text is None:
            readings = [(t, n) for n in _LINE_LEGACY if (t := _try_strict(line, n)) is not None]
            if not readings:
                return None
            text, name = max(readings, key=lambda reading: _plausibility(reading[0]))
        decoded.append(text)
        if name not in used:
            used.append(name)
    text = "\n".join(decoded)
    if len(used) < 2 or _plausibility(text) < _PLAUSIBLE:
        return None
    return text, "+".join(used) + " (by line)"


def _charset_normalizer_candidate(data: bytes) -> tuple[str, str] | None:
    """Anything that is not Chinese-capable: charset-normalizer's best guess, if clean."""
    match = from_bytes(data).best()
    if match is None:
        return None
    text = str(match)
    if _plausibility(text, other_scripts=True) < _PLAUSIBLE:
        return None
    return text, match.encoding.replace("_", "-")


def _try_strict(data: bytes, name: str) -> str | None:
    try:
        return data.decode(_CODEC.get(name, name))
    except (UnicodeDecodeError, LookupError):
        return None


def _canonical_name(name: str | None) -> str | None:
    """Map a declared charset label onto the encodings we try."""
    if not name:
        return None
    try:
        python_name = codecs.lookup(name.strip()).name
    except LookupError:
        return None
    # GB2312 and GBK are subsets of GB18030; reading as GB18030 loses nothing.
    aliases = {
        "gb2312": "gb18030",
        "gbk": "gb18030",
        "gb18030": "gb18030",
        "big5": "big5",
        "cp950": "big5",
        "big5hkscs": "big5",
        "utf-8": "utf-8",
        "utf-16-le": "utf-16-le",
        "utf-16-be": "utf-16-be",
    }
    return aliases.get(python_name)


def _error_share(text: str, data: bytes) -> float:
    """Share of replacement characters that the decoding itself introduced.

    One at the very end is a file cut off mid-character and does not count.
    """
    errors = text.count("\ufffd", 0, len(text) - 1) - data.count(b"\xef\xbf\xbd")
    return max(errors, 0) / max(len(text), 1)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def _plausibility(text: str, *, other_scripts: bool = False) -> float:
    """Share of the sample that is ordinary text.

    Ordinary: ASCII, whitespace, CJK punctuation and full-width forms, and the common
    Chinese characters (GB2312 level 1 ∪ Big5 frequent). A wrong legacy decoding turns
    into rare ideographs, kana, Hangul or private-use characters, which do not count.
    With ``other_scripts=True`` (for charset-normalizer's non-Chinese guesses) Latin,
    Greek, Cyrillic and kana letters count too; random bytes still come out as rare
    ideographs and Hangul, which do not.
    """
    sample = _WHITESPACE.sub("", text[:_SAMPLE_CHARS])
    if not sample:
        return 1.0
    bad = len(_implausible_pattern(other_scripts).findall(sample))
    return 1.0 - bad / len(sample)


@cache
def _implausible_pattern(other_scripts: bool) -> re.Pattern[str]:
    allowed = "".join(sorted(common_cjk_characters()))
    if other_scripts:
        allowed += "".join(
            chr(c)
            for lo, hi in ((0x0100, 0x024F), (0x0400, 0x04FF), (0x3040, 0x30FF))
            for c in range(lo, hi + 1)
        )
    ranges = (
        r"\x20-\x7e"  # printable ASCII
        r"\u00a0-\u00ff"  # Latin-1 punctuation and letters (·, ×, °, é)
        r"\u0391-\u03c9"  # Greek letters used in science text (β, μ)
        r"\u2000-\u206f"  # general punctuation: “”‘’…—
        r"\u2100-\u23ff"  # letterlike symbols, arrows, maths (℃, ≥)
        r"\u2460-\u24ff"  # circled numbers ①
        r"\u2500-\u25ff"  # box drawing and shapes used as bullets ■ ●
        r"\u3000-\u303f"  # CJK punctuation 、。《》【】
        r"\uff01-\uff65\uffe0-\uffe6"  # full-width forms ，：（）￥ (not half-width kana)
    )
    return re.compile(f"[^{ranges}{re.escape(allowed)}]")


@cache
def common_cjk_characters() -> frozenset[str]:
    """The common Chinese characters, taken from the codecs themselves.

    GB2312 level 1 (rows 0xB0–0xD7) holds the 3,755 most used simplified characters;
    Big5 0xA440–0xC67E holds the 5,401 frequently used traditional ones.
    """
    chars: set[str] = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            _add_decoded(chars, bytes((hi, lo)), "gb2312")
    trail = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    for hi in range(0xA4, 0xC7):
        for lo in trail:
            if hi == 0xC6 and lo > 0x7E:
                break
            _add_decoded(chars, bytes((hi, lo)), "cp950")
    return frozenset(chars)


def _add_decoded(chars: set[str], raw: bytes, codec: str) -> None:
    with contextlib.suppress(UnicodeDecodeError):
        chars.add(raw.decode(codec))
