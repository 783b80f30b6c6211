"""A development zone as the issuer of a text that names no city of its own.

Zones (高新区, 经开区, 示范区 …) publish their own results: 荆门高新区高新技术产业增加值…,全区
高新技术企业总量达219家. The gazetteer has no zones, so such a text's city stays undecided, and
the zone's own figures would read as a sub-area's. When the text names no city of its own and
names one zone, by the same name, again and again, that zone is whose figures they are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

# What a zone calls itself, longest first. 新区 is left out: most are districts (滨海新区).
ZONE_KINDS = (
    "高新技术产业开发区", "经济技术开发区", "高新技术开发区", "经济开发区", "高新区", "经开区",
    "开发区", "示范区", "产业园区", "工业园区",
)  # fmt: skip
_ZONE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?P<kind>" + "|".join(ZONE_KINDS) + ")")
# Words that make the part before the kind no place: 推进高新区, 全市高新区, 国家自主创新示范区.
_NOT_A_PLACE = re.compile(r"^(?:全|各|我|本|该|推进|加快|建设|支持|依托|省|国家|自主)|创新|更名|为")
MIN_MENTIONS = 2


def zone_issuer(text: str, is_place: Callable[[str], bool]) -> str | None:
    """The one zone the text names at least twice as itself (荆门高新区), or None. ``is_place``
    says whether words begin with a place name (荆门, 平原)."""
    names: Counter[str] = Counter()
    for found in _ZONE.finditer(text):
        place = found.group("place")
        # the place may carry words before it (记者从平原示范区): its shortest tail that is one
        start = next((i for i in range(len(place) - 1) if is_place(place[i:])), None)
        if start is None or _NOT_A_PLACE.search(place[start:]):
            continue
        names[place[start:] + found.group("kind")] += 1
    if not names:
        return None
    (name, count), *rest = names.most_common()
    if count < MIN_MENTIONS or (rest and rest[0][1] == count):
        return None
    return name


def zone_words(zone: str | None) -> frozenset[str]:
    """The names a zone's text uses for itself: its name, its kind, 园区, 全区."""
    if not zone:
        return frozenset()
    kind = next((k for k in ZONE_KINDS if zone.endswith(k)), "")
    return frozenset({zone, kind, "园区", "全区", "我区", "本区"} - {""})
