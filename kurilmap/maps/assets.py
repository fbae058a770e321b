"""Leaflet and its plugins, inlined from the ``folium-offline`` package.

folium writes ``<script src="https://cdn...">`` links; an offline file needs the
files themselves. The PyPI package ``folium-offline`` ships the exact assets of
folium 0.20 as Python strings (``offlinefolium/elements.py``). They are read
from that file without importing the package (its import costs half a second),
checked against the SHA-256 digests pinned here, and written inline.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib.util
import re
from pathlib import Path

from kurilmap.errors import OfflineAssetError

__all__ = ["ASSETS", "asset_text", "inline_assets"]


ASSETS: dict[str, tuple[str, str]] = {
    "leaflet.js": (
        "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
        "a7aef147d0d4833c9895c5c20dc8bc51e7383e3c450dda8a0dac1c8713661f9e",
    ),
    "leaflet.css": (
        "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css",
        "1773dea1910a75efc32ceff8df72d3237efbfff8f28b61860cc69b76f1707080",
    ),
    "fullscreen.js": (
        "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.min.js",
        "946c13b7ffc8b070842e676e5d32b4b7749a5591b98dc443d74536103c6c6e85",
    ),
    "fullscreen.css": (
        "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.css",
        "9004b3972be598cae3cf2e455b17cc5e2be393f345d7f37c503a274ff33a668b",
    ),
    "minimap.js": (
        "https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.js",
        "654aad4a2a19c5a2c7edd8f3e845d5885a78096d2fa51ee8a9ea4f9674a61561",
    ),
    "minimap.css": (
        "https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.css",
        "4c370bae1359644a348af88f6e56913b7e4a1c9f33d7672abd3a618a18721190",
    ),
    "measure.js": (
        "https://cdn.jsdelivr.net/gh/ljagis/leaflet-measure@2.1.7/dist/"
        "leaflet-measure.min.js",
        "c348bff6f51f5287eb21b5e3e7f9e718293150fc57e994561a99aa517b5e9b9c",
    ),
    "measure.css": (
        "https://cdn.jsdelivr.net/gh/ljagis/leaflet-measure@2.1.7/dist/"
        "leaflet-measure.min.css",
        "c2862731a310af8a495da9cea28876d92e61b42c6cc43d9c9a7628ca54c37ef4",
    ),
    "sync.js": (
        "https://cdn.jsdelivr.net/gh/jieter/Leaflet.Sync/L.Map.Sync.min.js",
        "c775918749eb6402dbe8dfc05f125f0b14c39fbb142914f35d967b4429420026",
    ),
}
"""name -> (the URL folium links to, SHA-256 of the file's UTF-8 text)."""

_BY_URL = {url: (name, digest) for name, (url, digest) in ASSETS.items()}
_SCRIPT = re.compile(r'<script\s+src="([^"]+)"\s*>\s*</script>')
_LINK = re.compile(r'<link\s+rel="stylesheet"\s+href="([^"]+)"\s*/?>')
_CSS_URL = re.compile(r"url\((?!\s*['\"]?(?:data:|#))[^)]*\)")
_SOURCE_MAP = re.compile(r"^[ \t]*//# sourceMappingURL=\S+[ \t]*$", re.MULTILINE)


@functools.lru_cache(maxsize=1)
def _package_file() -> str:
    spec = importlib.util.find_spec("offlinefolium")
    if spec is None or not spec.submodule_search_locations:
        msg = (
            "offline export needs the PyPI package folium-offline "
            "(pip install folium-offline==0.20.0.2)"
        )
        raise OfflineAssetError(msg)
    path = Path(spec.submodule_search_locations[0]) / "elements.py"
    return path.read_text(encoding="utf-8")


@functools.lru_cache(maxsize=32)
def asset_text(url: str) -> str:
    """Return the verified text of a pinned asset, ready to inline.

    CSS references to files (``url(images/x.png)``) become ``none`` and source
    map comments are removed, so the inlined page requests nothing.

    Raises
    ------
    OfflineAssetError
        The URL is not pinned, folium-offline lacks it, or its digest differs.
    """
    if url not in _BY_URL:
        msg = (
            f"no offline copy of {url!r}: kurilmap inlines only "
            f"{', '.join(sorted(ASSETS))}; save with offline=False to keep links"
        )
        raise OfflineAssetError(msg)
    name, digest = _BY_URL[url]
    source = _package_file()
    key = f"_res[{url!r}] = "
    start = source.find(key)
    if start < 0:
        msg = f"folium-offline has no copy of {name} ({url})"
        raise OfflineAssetError(msg)
    start += len(key)
    stop = source.find("\n_res[", start)
    text = ast.literal_eval(source[start : stop if stop > 0 else None].strip())
    found = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if found != digest:
        msg = (
            f"{name} from folium-offline has SHA-256 {found[:16]}…, not the "
            f"pinned {digest[:16]}…; install folium-offline==0.20.0.2"
        )
        raise OfflineAssetError(msg)
    if name.endswith(".css"):
        text = _CSS_URL.sub("none", text)
    return _SOURCE_MAP.sub("", text)


def _safe(text: str, tag: str) -> str:
    """Keep an inlined file from closing its own tag early."""
    return re.sub(rf"</(?={tag})", r"<\\/", text, flags=re.IGNORECASE)


def inline_assets(html: str) -> str:
    """Replace every ``<script src>``/stylesheet link with the file's text.

    Raises
    ------
    OfflineAssetError
        A linked file is not one of :data:`ASSETS`.
    """
    html = _SCRIPT.sub(
        lambda m: f"<script>{_safe(asset_text(m[1]), 'script')}</script>", html
    )
    return _LINK.sub(
        lambda m: f"<style>{_safe(asset_text(m[1]), 'style')}</style>", html
    )
