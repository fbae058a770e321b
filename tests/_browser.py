"""Shared pieces of the browser tests: Debian's Chromium driven by Playwright.

Importing this module skips the importing test module when there is no
Chromium or no Playwright, unless KURILMAP_REQUIRE_BROWSER=1 (set by CI, which
installs them) makes that a failure. :class:`Visit` opens a saved page with the
network blocked: every request that is not a ``file:`` URL is aborted and
counted.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("KURILMAP_CHROMIUM", "/usr/bin/chromium"))
REQUIRED = os.environ.get("KURILMAP_REQUIRE_BROWSER") == "1"
_missing = None
if not CHROMIUM.exists():
    _missing = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
elif importlib.util.find_spec("playwright") is None:
    _missing = "the playwright package is not installed"
if _missing and REQUIRED:
    pytest.fail(
        f"{_missing}; KURILMAP_REQUIRE_BROWSER=1 makes this a failure", pytrace=False
    )
if _missing:
    pytest.skip(f"{_missing}; browser tests skipped", allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
FIND_MAP = "Object.values(window).find(v => v instanceof L.Map)"
"""JavaScript: the first Leaflet map of the page."""


def launch():
    """Yield a headless Chromium (use as a module-scoped fixture's body)."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Visit:
    """A page opened from a file with the network blocked.

    ``external`` lists the requests that tried to leave the page, ``errors``
    the console errors and uncaught exceptions, ``dialogs`` the alerts.
    ``context`` takes the keywords of ``Browser.new_page`` (viewport, touch...).
    """

    def __init__(self, browser, path: Path, *, wait_for: str = "", **context):
        context.setdefault("viewport", {"width": 1200, "height": 800})
        self.external: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(**context)
        self.page.route("**/*", self._route)
        self.page.on(
            "console", lambda m: m.type == "error" and self.errors.append(m.text)
        )
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri(), wait_until="load")
        if wait_for:
            self.page.wait_for_selector(wait_for, state="attached")
        self.page.wait_for_selector("path.leaflet-interactive")

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def idle(self, *, frames: int = 3) -> None:
        """Wait until the map has stopped moving: no pan or zoom animation and
        the same centre and zoom for ``frames`` animation frames (a popup's
        auto-pan starts after the popup appears, so its own selector is not
        enough). Fails after 600 frames of movement."""
        settled = self.page.evaluate(
            """async (frames) => {
                const m = FIND_MAP; let last = null, same = 0;
                for (let i = 0; i < 600; i++) {
                    await new Promise(r => requestAnimationFrame(r));
                    const c = m.getCenter(), key = [c.lat, c.lng, m.getZoom()].join();
                    const pan = m._panAnim;
                    const busy = (pan && pan._inProgress) || m._animatingZoom;
                    same = !busy && key === last ? same + 1 : 0;
                    if (same >= frames) { return true; }
                    last = key;
                }
                return false;
            }""".replace("FIND_MAP", FIND_MAP),
            frames,
        )
        assert settled, "the map was still moving after 600 animation frames"

    def close(self):
        self.page.close()


def screenshot(page, folder: Path, name: str) -> float:
    """Take a screenshot of ``page`` as ``folder/name``; return the sea's share.

    The picture must have the page's size; when ``KURILMAP_SCREENSHOTS`` names
    a folder (``make screenshot``), the picture is kept there for the README.
    """
    import matplotlib.pyplot as plt
    import numpy as np

    from kurilmap import style

    shot = folder / name
    page.screenshot(path=str(shot))
    pixels = (plt.imread(shot)[..., :3] * 255).round().astype(int)
    size = page.viewport_size
    assert pixels.shape[:2] == (size["height"], size["width"])
    sea = np.array([int(style.SEA[i : i + 2], 16) for i in (1, 3, 5)])
    target = os.environ.get("KURILMAP_SCREENSHOTS")
    if target:
        keep_screenshot(shot, Path(target) / name)
    return float((pixels == sea).all(axis=-1).mean())


def keep_screenshot(shot: Path, target: Path) -> None:
    """Copy a screenshot to ``target`` atomically (temporary file, then rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.write_bytes(shot.read_bytes())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
