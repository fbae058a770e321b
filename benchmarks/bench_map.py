"""The default map against ``GeoDataFrame.explore()`` on the same layers.

Reports, in one run: build and save time (cold in a fresh process, and warm),
file size, and the time Chromium takes from opening the file to drawing it,
with the network blocked. explore()'s page links its scripts to CDNs; to open
it offline here, its links are replaced by the copies in folium-offline (for
this measurement only). Targets: default file <= 2.5 MB, build+save <= 1.5 s,
load <= 1 s, and size and build time at most half of explore()'s.

Also the cost of one map with every view (``views_map``: 4 views x 3
languages in one file): its size, build time and load time against the
single map's, in the same run.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import kurilmap
from benchmarks._timing import fresh_seconds, median_seconds, report

CHROMIUM = "/usr/bin/chromium"


def explore_layers(path: Path) -> None:
    """The same layers through GeoDataFrame.explore() (folium defaults)."""
    import folium

    territories = kurilmap.territories("neutral")
    m = territories.explore(column="status", tiles=None, name="Territories")
    kurilmap.load("settlements").dropna(subset=["geometry"]).explore(
        m=m, name="Settlements"
    )
    kurilmap.load("boundaries").explore(m=m, name="Boundaries")
    zones = kurilmap.load("zones")
    zones[zones["scenario"] == "status_quo"].explore(m=m, name="Zones", column="party")
    folium.LayerControl().add_to(m)
    m.save(path)


def ours(path: Path) -> None:
    kurilmap.save_html(kurilmap.make_map("neutral"), path)


def every_view(path: Path) -> None:
    kurilmap.save_html(kurilmap.views_map("neutral"), path)


def inline_everything(html: str) -> str:
    """Replace every CDN link with folium-offline's copy (benchmark only)."""
    spec = importlib.util.find_spec("offlinefolium")
    assert spec is not None
    assert spec.submodule_search_locations
    source = (Path(spec.submodule_search_locations[0]) / "elements.py").read_text(
        encoding="utf-8"
    )

    def text(url: str) -> str:
        key = f"_res[{url!r}] = "
        start = source.find(key)
        if start < 0:
            return ""
        start += len(key)
        stop = source.find("\n_res[", start)
        return ast.literal_eval(source[start : stop if stop > 0 else None].strip())

    html = re.sub(
        r'<script src="([^"]+)"></script>',
        lambda m: f"<script>{text(m[1])}</script>",
        html,
    )
    return re.sub(
        r'<link rel="stylesheet" href="([^"]+)"/>',
        lambda m: f"<style>{text(m[1])}</style>",
        html,
    )


def load_seconds(path: Path, repeat: int = 5) -> float:
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for _ in range(repeat):
            page = browser.new_page(viewport={"width": 1200, "height": 800})
            page.route(
                "**/*",
                lambda r: (
                    r.continue_() if r.request.url.startswith("file:") else r.abort()
                ),
            )
            start = time.perf_counter()
            page.goto(path.as_uri(), wait_until="load")
            page.wait_for_function(
                "document.querySelectorAll('path.leaflet-interactive').length > 10"
            )
            times.append(time.perf_counter() - start)
            page.close()
        browser.close()
    return statistics.median(times)


def cold_seconds(path: Path) -> float:
    """Build and save in a fresh Python process, imports included."""
    script = (
        "import time; t = time.perf_counter(); import kurilmap; "
        f"kurilmap.save_html(kurilmap.make_map(), {str(path)!r}); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    return float(out.split()[-1])


def first_seconds(path: Path) -> float:
    """Build and save in a fresh Python process, imports excluded.

    The first build in a process: datasets loaded, claims and geometries
    computed, nothing cached yet (the caches are not public, so this is timed
    in a new process rather than by clearing them here).
    """
    return fresh_seconds(
        f"kurilmap.save_html(kurilmap.make_map(), {str(path)!r})",
        setup=(  # kurilmap and what it imports on first use
            "import kurilmap, branca, folium, folium.plugins, geopandas, jinja2, "
            "pandas, pyarrow, pyproj, shapely, xyzservices"
        ),
    )


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    ours_file, explore_file = folder / "kurilmap.html", folder / "explore.html"
    cold = statistics.median(cold_seconds(folder / "cold.html") for _ in range(3))
    first = statistics.median(first_seconds(folder / "first.html") for _ in range(3))
    ours(ours_file)
    explore_layers(explore_file)

    rows = [
        (
            "explore(): build + save (baseline)",
            median_seconds(lambda: explore_layers(explore_file), repeat=3),
        ),
        (
            "kurilmap: make_map + save_html (warm)",
            median_seconds(lambda: ours(ours_file), repeat=3),
        ),
        ("kurilmap: first build, imports excluded", first),
        ("kurilmap: fresh process, imports included", cold),
    ]
    report(rows, baseline="explore(): build + save (baseline)")
    ours_mb = ours_file.stat().st_size / 1e6
    explore_mb = explore_file.stat().st_size / 1e6
    print(
        f"file size: kurilmap {ours_mb:.2f} MB (every asset inlined) vs explore() "
        f"{explore_mb:.2f} MB (assets linked, not included): "
        f"x{ours_mb / explore_mb:.2f}"
    )
    offline_explore = folder / "explore-offline.html"
    offline_explore.write_text(
        inline_everything(explore_file.read_text("utf-8")), encoding="utf-8"
    )
    if Path(CHROMIUM).exists():
        ours_load = load_seconds(ours_file)
        explore_load = load_seconds(offline_explore)
        print(
            f"load to drawn in Chromium: kurilmap {ours_load:.2f} s vs explore() "
            f"{explore_load:.2f} s (assets inlined for the test): "
            f"x{ours_load / explore_load:.2f}"
        )
    else:
        print(f"no Chromium at {CHROMIUM}: load time not measured")

    views_file = folder / "views.html"
    one = median_seconds(lambda: ours(ours_file), repeat=3)
    every = median_seconds(lambda: every_view(views_file), repeat=3)
    views_mb = views_file.stat().st_size / 1e6
    print(
        f"one map with every view (4 views x 3 languages): {views_mb:.2f} MB vs "
        f"{ours_mb:.2f} MB for one view (x{views_mb / ours_mb:.2f}); build + save "
        f"{every:.2f} s vs {one:.2f} s (x{every / one:.1f})"
    )
    if Path(CHROMIUM).exists():
        views_load = load_seconds(views_file)
        print(
            f"load to drawn in Chromium: every view {views_load:.2f} s vs one view "
            f"{ours_load:.2f} s (x{views_load / ours_load:.2f})"
        )


if __name__ == "__main__":
    main()
