"""Which models and seeds a selector of ``dbt_project/selectors.yml`` picks, read off the
manifest before dbt runs.

An incremental build reports the assets its selector leaves unchanged before the ones dbt
rebuilds (they are upstream of them), and it streams dbt's events while dbt runs: so it must
know the selection first. This evaluates the few selector forms the project uses (``union``,
``intersection``, ``exclude``; the methods ``path``, ``fqn``, ``resource_type``, ``tag``) the
way dbt does; any other form gives None, and the caller waits for dbt's own answer instead.
tests/test_dbt_selection.py holds it to ``dbt ls --selector`` for every selector.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any

_RESOURCES = ("model", "seed", "snapshot")


class _Unsupported(Exception):
    pass


def selected_nodes(manifest: Mapping[str, Any], selector: str) -> set[str] | None:
    """unique_ids of the models, seeds and snapshots the named selector picks; None when the
    selector is not there or uses a form this module does not evaluate."""
    found = (manifest.get("selectors") or {}).get(selector)
    if not found:
        return None
    nodes = {
        uid: node
        for uid, node in (manifest.get("nodes") or {}).items()
        if node.get("resource_type") in _RESOURCES
    }
    try:
        return _select(found["definition"], nodes)
    except _Unsupported:
        return None


def _select(definition: Any, nodes: Mapping[str, Mapping[str, Any]]) -> set[str]:
    if isinstance(definition, Mapping) and "union" in definition:
        return _combine(definition["union"], nodes, union=True)
    if isinstance(definition, Mapping) and "intersection" in definition:
        return _combine(definition["intersection"], nodes, union=False)
    if isinstance(definition, Mapping) and "method" in definition:
        if set(definition) - {"method", "value"}:
            raise _Unsupported(definition)  # parents, children, indirect selection …
        return {uid for uid, node in nodes.items() if _matches(definition, node)}
    raise _Unsupported(definition)


def _combine(items: list, nodes: Mapping[str, Mapping[str, Any]], union: bool) -> set[str]:
    """dbt's union or intersection of the items, less every item under ``exclude``."""
    picked: set[str] | None = None
    excluded: set[str] = set()
    for item in items:
        if isinstance(item, Mapping) and set(item) == {"exclude"}:
            for sub in item["exclude"]:
                excluded |= _select(sub, nodes)
            continue
        part = _select(item, nodes)
        picked = part if picked is None else (picked | part if union else picked & part)
    return (picked or set()) - excluded


def _matches(criterion: Mapping[str, Any], node: Mapping[str, Any]) -> bool:
    method, value = criterion["method"], str(criterion["value"])
    if method == "path":
        path = PurePosixPath(node.get("original_file_path", ""))
        wanted = PurePosixPath(value.rstrip("/"))
        return path == wanted or wanted in path.parents
    if method == "fqn":
        fqn = node.get("fqn") or []
        parts = value.split(".")
        # a bare name matches the node's own name; a dotted value a leading part of its fqn
        return (len(parts) == 1 and fqn[-1:] == parts) or fqn[: len(parts)] == parts
    if method == "resource_type":
        return node.get("resource_type") == value
    if method == "tag":
        return value in (node.get("tags") or [])
    raise _Unsupported(criterion)
