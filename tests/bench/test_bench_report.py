"""Reports: JSON with every per-case figure, Markdown tables, and the HTML report in a real browser."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from extractor.bench import markdown, write_reports


@pytest.fixture(scope="module")
def reports(tiny_result, tmp_path_factory):
    return write_reports(tiny_result, tmp_path_factory.mktemp("report"))


def test_json_holds_every_per_case_figure(reports, tiny_result):
    data = json.loads(reports["json"].read_text())
    assert len(data["cases"]) == 6 * 4
    row = next(c for c in data["cases"] if c["extractor"] == "fake" and c["case"] == "a1")
    assert row["shingle_f1"] == pytest.approx(1.0) and row["bag_p"] == pytest.approx(1.0)
    assert row["seconds"] > 0 and row["status"] == "ok" and row["lang"] == "en"
    snippet = next(c for c in data["cases"] if c["extractor"] == "nothing" and c["case"] == "s1")
    assert snippet["with_found"] == 0 and snippet["without_absent"] == 1
    assert data["speed"]["fake"]["timeouts"] == 1
    assert {s["group"] for s in data["summary"]["lang"]} == {"en", "zh", "de"}


def test_markdown_has_quality_speed_breakdowns_and_failures(tiny_result):
    text = markdown(tiny_result)
    for heading in ("## Headline score", "## Quality per corpus", "## Speed and memory", "## Per input format",
                    "## Per site", "## Per language", "## Failed cases"):
        assert heading in text
    assert "| tiny | fake | 6 |" in text
    assert "| fake | tiny | hang | timeout |" in text


def test_html_shows_leaked_and_missed_text_escaped(tiny_result):
    from extractor.bench.html_report import _side, render

    html = render(tiny_result, with_plots=False)
    assert "Leaked: in output, not in gold" in html and "Missed: in gold, not in output" in html
    # the hang case of "fake" is among its worst: its whole gold is missed
    assert "<code>hang</code>" in html and "The council approved the new budget" in html
    side = _side("leak", "Leaked", ["<script>alert('x')</script> & more"])
    assert "<script>" not in side and "&lt;script&gt;" in side and "&amp; more" in side


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_html_report_renders_in_headless_chromium(reports, tmp_path):
    url = reports["html"].resolve().as_uri()
    base = ["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    shot = tmp_path / "shot.png"
    subprocess.run([*base, f"--screenshot={shot}", "--window-size=1280,2000", url],
                   capture_output=True, timeout=90, check=False)
    dom = subprocess.run([*base, "--dump-dom", url], capture_output=True, timeout=90, text=True).stdout
    assert dom.count('<img class="plot"') == 2 and dom.count("data:image/png;base64,") == 2
    assert "Headline score" in dom and "Speed and memory" in dom and "Worst cases" in dom
    assert dom.count("<table") >= 5
    from PIL import Image

    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 2000)
    # a rendered page with coloured score cells and plots, not a blank or an error page
    assert len(image.resize((320, 500)).getcolors(maxcolors=1 << 20)) > 200


def test_breakdowns_give_the_median_time_per_format_site_and_language(tiny_result):
    from extractor.bench.tables import breakdown

    for grouping in ("format", "site", "lang"):
        table = breakdown(tiny_result, grouping)
        assert table.headers[-1] == "ms/doc"
        timed = [row for row in table.rows if row[1] == "fake"]
        assert timed and all(row[-1] not in ("", "–") for row in timed)
