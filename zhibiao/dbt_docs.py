"""dbt's documentation site (lineage graph, every model, column and test with its description)
as one offline HTML file, for a built warehouse.

``dbt docs generate --static`` writes ``static_index.html`` with the manifest and the catalog
inlined; its scripts, styles and fonts are inlined too, so the file opens from disk with no
network (tests/test_report_dbt_docs.py proves it in a browser). Our descriptions are half
Chinese: the page gets the report's CJK face (``zhibiao.webfont``), subset to its characters,
after dbt's own font stack, so that they render where no CJK font is installed. The project is
copied to a temporary folder first, so that the repository's dbt_project/target is never
touched by this command.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DBT_PROJECT = Path(__file__).resolve().parents[1] / "dbt_project"


class DbtDocsError(RuntimeError):
    pass


# dbt docs' own font stacks, as its inlined CSS writes them
_SANS = (
    'font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Oxygen,Ubuntu,Cantarell,'
    '"Fira Sans","Droid Sans","Helvetica Neue",Helvetica,Arial,sans-serif'
)
_MONO = "font-family:Monaco, monospace"


def with_cjk_font(html: str) -> str:
    """dbt's page with the CJK face in its text and code font stacks (before the generic
    family; icon fonts untouched), the face inlined once in the head."""
    from zhibiao.webfont import FAMILY, font_face_css

    # the manifest is inlined as JSON with \\uXXXX escapes: its characters are those escapes
    escaped = "".join(chr(int(code, 16)) for code in set(re.findall(r"\\u([0-9a-fA-F]{4})", html)))
    face = font_face_css(html + escaped)
    # (the CSS sits in a single-quoted JavaScript string: the name goes in double quotes)
    html = html.replace(_SANS, _SANS.removesuffix("sans-serif") + f'"{FAMILY}",sans-serif')
    html = html.replace(_MONO, f'{_MONO},"{FAMILY}"')
    head_end = html.index("</head>")
    return html[:head_end] + f"<style>{face}</style>" + html[head_end:]


def write_dbt_docs(warehouse: Path, out: Path, project_dir: Path = DBT_PROJECT) -> Path:
    """Generate the static docs site for ``warehouse`` (read for the catalog) into ``out``."""
    dbt = Path(sys.executable).with_name("dbt")
    with tempfile.TemporaryDirectory(prefix="zhibiao-dbt-docs-") as tmp:
        work = Path(tmp)
        project = work / "dbt_project"
        shutil.copytree(
            project_dir, project, ignore=shutil.ignore_patterns("target", "logs", "*.duckdb*")
        )
        # dbt opens its database to write: it reads a copy (under the same file name, which is
        # the catalog's database name), so that neither a reader of the warehouse nor a build
        # publishing it meets dbt's lock
        copy = work / Path(warehouse).name
        shutil.copyfile(warehouse, copy)
        wal = Path(f"{warehouse}.wal")
        if wal.exists():
            shutil.copyfile(wal, f"{copy}.wal")
        env = {
            **os.environ,
            "DBT_SEND_ANONYMOUS_USAGE_STATS": "False",
            "ZHIBIAO_DBT_DUCKDB_PATH": str(copy),
            "ZHIBIAO_DBT_THREADS": "1",
        }
        proc = subprocess.run(
            [str(dbt) if dbt.exists() else "dbt", "docs", "generate", "--static",
             "--project-dir", str(project), "--profiles-dir", str(project),
             "--target-path", str(work / "target"), "--log-path", str(work / "logs"),
             "--no-use-colors", "--quiet"],
            cwd=project, env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        static = work / "target" / "static_index.html"
        if proc.returncode != 0 or not static.exists():
            lines = [ln for ln in (proc.stdout + proc.stderr).splitlines() if ln.strip()]
            raise DbtDocsError(lines[-1] if lines else f"dbt docs exited {proc.returncode}")
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp_out = out.with_name(out.name + ".tmp")
        tmp_out.write_text(with_cjk_font(static.read_text(encoding="utf-8")), encoding="utf-8")
        tmp_out.replace(out)
    return out
