"""Great Expectations Data Docs that render styled with no network.

GE 1.24's page templates link Bootstrap, jQuery, bootstrap-table, Font Awesome and vega from
CDNs and draw the index tables with bootstrap-table's JavaScript, so offline a page is
unstyled and the index is empty. The views here load GE's own templates through a loader that

* drops every ``<link>`` and ``<script>`` whose address is on the network, and the logo GE
  fetches from S3 (the site's ``static/images`` has it);
* serves a few templates of ours first (``templates/``): ``bootstrap_table.j2`` renders the
  tables on the server side as plain HTML, ``js_script_imports.j2`` is a few lines of our own
  script for tabs and collapsible sections, ``cloud-footer.j2`` drops the newsletter, and
  ``data_docs_custom_styles.css`` (GE's hook for custom styles, inlined into every page) styles
  the Bootstrap classes the templates use.

The site config of :func:`site_config` names these views, so every page GE writes is
self-contained apart from the ``static/`` folder GE copies beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from great_expectations.render.view import DefaultJinjaIndexPageView, DefaultJinjaPageView
from jinja2 import BaseLoader, BytecodeCache, Environment, FileSystemLoader, TemplateNotFound
from jinja2.bccache import Bucket

TEMPLATES = Path(__file__).resolve().parent / "templates"

# a stylesheet or script fetched from the network, on one line of a GE template
_REMOTE_RESOURCE = re.compile(
    r"""<link\b[^>]*\bhref=["']https?://[^>]*>\s*"""
    r"""|<script\b[^>]*\bsrc=["']https?://[^>]*>\s*</script>\s*""",
    re.IGNORECASE,
)
# top_navbar.j2 points the logo at GE's S3 bucket after computing the local folder
_REMOTE_IMAGES = re.compile(r"""\{%-?\s*set static_images_dir\s*=\s*["']https?://[^%]*%\}""")


# the index page sets no local folder before that line: its images sit in ./static/images/
_LOCAL_IMAGES = (
    '{% if static_images_dir is not defined %}{% set static_images_dir = "./static/images/" %}'
    "{% endif %}"
)


def strip_remote(source: str) -> str:
    """A GE template without the network: remote stylesheets and scripts gone, local images."""
    return _REMOTE_IMAGES.sub(_LOCAL_IMAGES, _REMOTE_RESOURCE.sub("", source))


class OfflineLoader(BaseLoader):
    """Our templates first, then GE's with every remote resource stripped."""

    def __init__(self, fallback: BaseLoader) -> None:
        self.ours = FileSystemLoader(str(TEMPLATES))
        self.fallback = fallback

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        try:
            return self.ours.get_source(environment, template)
        except TemplateNotFound:
            source, filename, uptodate = self.fallback.get_source(environment, template)
            return strip_remote(source), filename, uptodate

    def list_templates(self) -> list[str]:
        return sorted(set(self.ours.list_templates()) | set(self.fallback.list_templates()))


class _ProcessBytecodeCache(BytecodeCache):
    """Compiled templates kept for the process, keyed by name and checked against the source.

    GE makes a new view, with a new Jinja environment, for every page it writes, so without
    this each check's Data Docs compiled the same few hundred templates again (about half of a
    check's time). Only the compilation is shared: every page still loads its templates through
    its own environment (and so our loader and its own filters).
    """

    def __init__(self) -> None:
        self._code: dict[tuple[str, str], Any] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        bucket.code = self._code.get((bucket.key, bucket.checksum))

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[(bucket.key, bucket.checksum)] = bucket.code


_BYTECODE = _ProcessBytecodeCache()


def _go_offline(view: DefaultJinjaPageView) -> None:
    loader = view.env.loader
    assert loader is not None
    view.env.loader = OfflineLoader(loader)
    view.env.cache = {}  # templates loaded before the swap (none so far) must not be reused
    view.env.bytecode_cache = _BYTECODE


class OfflinePageView(DefaultJinjaPageView):
    """Expectation suite and validation result pages."""

    def __init__(self, custom_styles_directory: Any = None, custom_views_directory: Any = None):
        super().__init__(custom_styles_directory, custom_views_directory)
        _go_offline(self)


class OfflineIndexPageView(DefaultJinjaIndexPageView):
    """The site's index.html."""

    def __init__(self, custom_styles_directory: Any = None, custom_views_directory: Any = None):
        super().__init__(custom_styles_directory, custom_views_directory)
        _go_offline(self)


def _view(cls: type) -> dict[str, str]:
    return {"module_name": __name__, "class_name": cls.__name__}


def site_config(folder: Path) -> dict[str, Any]:
    """A Data Docs site (GE SiteBuilder config) writing offline pages into ``folder``."""
    page = {"view": _view(OfflinePageView)}
    return {
        "class_name": "SiteBuilder",
        "show_how_to_buttons": False,
        "store_backend": {
            "class_name": "TupleFilesystemStoreBackend",
            "base_directory": str(folder),
        },
        "site_index_builder": {
            "class_name": "DefaultSiteIndexBuilder",
            "view": _view(OfflineIndexPageView),
        },
        "site_section_builders": {
            "expectations": page,
            "validations": page,
            "profiling": "None",  # we never profile; GE reads the string "None" as off
        },
    }


__all__ = ["OfflineIndexPageView", "OfflineLoader", "OfflinePageView", "site_config"]
