"""The Markdown report of `benchmarks/speed.py`: its results dict -> RESULTS-speed.md."""

from __future__ import annotations

import os


def targets(rows: dict) -> list[tuple[str, str, bool]]:
    """Issue #7's per-page targets on one run's rows: (target, measured ratio, met)."""
    if not all(k in rows for k in ("fast", "trafilatura", "parse-only")):
        return []
    f, t, q = rows["fast"]["median_ms"], rows["trafilatura"]["median_ms"], rows["parse-only"]["median_ms"]
    out = [("fast <= 1/8 of trafilatura (median)", f"1/{t / f:.1f}", f <= t / 8),
           ("fast <= 3 x parse-only (median)", f"{f / q:.1f} x", f <= 3 * q)]
    if "auto" in rows:
        a = rows["auto"]["median_ms"]
        out.append(("auto <= 1/3 of trafilatura (median)", f"1/{t / a:.1f}", a <= t / 3))
    return out


def _runs(runs: list[dict]) -> list[str]:
    """The per-page targets over several independent runs of the pages section (`--repeat`)."""
    names = list(runs[0]["rows"])
    labels = [label for label, _, _ in targets(runs[0]["rows"])]
    lines = [f"### The per-page targets over {len(runs)} independent runs", "",
             f"The pages section run {len(runs)} times in a row, each run as above ({runs[0]['rounds']} rounds): "
             "the machine's speed moves between runs, and each run's ratios with it.", "",
             "| run | " + " | ".join(f"{n} median ms" for n in names) + " | " + " | ".join(labels) + " |",
             "|---:|" + "---:|" * len(names) + ":---:|" * len(labels)]
    met = [0] * len(labels)
    for k, run in enumerate(runs, 1):
        found = targets(run["rows"])
        met = [m + ok for m, (_, _, ok) in zip(met, found)]
        lines.append(f"| {k} | " + " | ".join(f"{run['rows'][n]['median_ms']:.2f}" for n in names) + " | " +
                     " | ".join(f"{measured} {'yes' if ok else 'no'}" for _, measured, ok in found) + " |")
    lines += ["", "Met in: " + ", ".join(f"{label.split(' (')[0]}: {m} of {len(runs)}"
                                         for label, m in zip(labels, met)) + ".", ""]
    return lines


def report(results: dict, corpora: str) -> str:
    """The report; page names are given relative to the `corpora` folder."""
    lines = ["# Speed and scale (issue #7)", ""]
    meta = results["meta"]
    lines.append(f"One run of `benchmarks/speed.py` on {meta['machine']} ({meta['cores']} cores), Python "
                 f"{meta['python']}, {meta['date']}; selectolax {meta['versions'].get('selectolax')}, trafilatura "
                 f"{meta['versions'].get('trafilatura')}, readability-lxml {meta['versions'].get('readability-lxml')}, "
                 f"hyperscan {meta['versions'].get('hyperscan') or 'not installed'}.")
    lines.append("")
    if "pages" in results:
        p = results["pages"]
        rows = p["rows"]
        lines += [f"## Per page: {p['pages']} Zyte article pages (mean {p['mean_kb']:.0f} KB)", "",
                  f"Fastest of {p['rounds']} rounds per page, each extractor in a fresh process per round; "
                  "the same decoded str for every extractor. Peak memory: the process's maximum RSS "
                  "(interpreter, libraries and pages included); after warm-up: its RSS before the timed pages.", "",
                  "| extractor | median ms/doc | p95 ms/doc | mean ms/doc | docs/s | MB/s | peak RSS MB | RSS after warm-up MB |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for name, r in rows.items():
            lines.append(f"| {name} | {r['median_ms']:.2f} | {r['p95_ms']:.2f} | {r['mean_ms']:.2f} | "
                         f"{r['docs_per_s']:.0f} | {r['mb_per_s']:.1f} | {r['rss_peak_mb']:.0f} | {r['rss_base_mb']:.0f} |")
        lines.append("")
        found = targets(rows)
        if found:
            lines += ["| target | measured | met |", "|---|---:|:---:|"]
            lines += [f"| {label} | {measured} | {'yes' if met else 'no'} |" for label, measured, met in found]
            lines.append("")
    if results.get("pages_runs"):
        lines += _runs(results["pages_runs"])
    if "stages" in results:
        st = results["stages"]
        lines += ["## Where `full` and `fast` spend their time", "",
                  "The steps of `pipeline.run` (`full`, and `auto` before its fallback) and of `lean.run_fast` "
                  "(`fast`, up to its verdict) timed one by one, one pass per page in a fresh process (same pages, "
                  "same warm-up); see benchmarks/profile.md.", ""]
        for which in ("full", "fast"):
            rows = st[which]
            total = sum(r["mean_ms"] for r in rows.values())
            lines += [f"`{which}`:", "", "| stage | median ms | mean ms | share of mean |", "|---|---:|---:|---:|"]
            for name, r in rows.items():
                lines.append(f"| {name} | {r['median_ms']:.2f} | {r['mean_ms']:.2f} | {100 * r['mean_ms'] / total:.0f}% |")
            lines += [f"| total | | {total:.2f} | |", ""]
        lines += [f"`fast` hands {st['fast_handed_on']} of the {st['pages']} pages to the full pipeline (its doubt "
                  "rules, lean.py); on those its time is the lean steps plus `full`'s.", ""]
    if "jobs" in results:
        j = results["jobs"]
        lines += ["## Batch: `--jobs` scaling", "",
                  f"`extractor extract docs.jsonl --output jsonl --extractor {j['extractor']}` over {j['docs']} distinct "
                  f"corpus documents ({j['mb']:.0f} MB of JSONL), whole command, fastest of {j['rounds']} runs each, "
                  f"{j['cores']} cores.", "",
                  "| jobs | seconds | docs/s | CPU seconds (command + workers) |", "|---:|---:|---:|---:|"]
        for jobs, secs in sorted(j["seconds"].items()):
            lines.append(f"| {jobs} | {secs:.1f} | {j['docs'] / secs:.0f} | {j['cpu_seconds'][jobs]:.1f} |")
        lines += ["", f"Speed-up of `--jobs 2` over `--jobs 1`: **{j['speedup']:.2f}x** (fastest runs; target >= 1.8); "
                  f"load average at the end {j['load'][0]:.1f} (other processes on the machine take cores too)."]
        if "pairs" in j:
            rounds = ", ".join(f"{a:.1f}/{b:.1f} s = {a / b:.2f}x" for a, b in j["pairs"])
            lines += ["", f"Round by round (`--jobs 1` then `--jobs 2`, back to back): {rounds}; median of the "
                      f"rounds' ratios **{j['paired_speedup']:.2f}x**. The machine's own speed drifts between "
                      "rounds; the two runs of one round share it."]
        lines.append("")
    if "flat" in results:
        fl = results["flat"]
        lines += ["## Batch: memory while streaming", "",
                  f"`extractor extract many.jsonl --output jsonl --extractor fast --jobs {fl['jobs']}` over "
                  f"{fl['docs']:,} documents ({fl['mb']:.0f} MB: {fl['distinct']} small corpus documents "
                  f"repeated {fl['repeat']} times), RSS of the process tree sampled every 0.5 s "
                  f"({fl['samples']} samples), {fl['seconds']:.0f} s, exit status {fl['status']}.", "",
                  "| RSS first quarter (max) | RSS last quarter (max) | RSS max |", "|---:|---:|---:|",
                  f"| {fl['rss_first_quarter_mb']:.0f} MB | {fl['rss_last_quarter_mb']:.0f} MB | {fl['rss_max_mb']:.0f} MB |", ""]
    if "sizes" in results:
        s = results["sizes"]
        lines += ["## Large documents", "",
                  "A real page's body repeated to the size; one extraction in a fresh process per size and round, "
                  f"the fastest of {s.get('rounds', 1)} rounds with the highest peak of them; "
                  "growth = (peak RSS - RSS before the extraction) / input bytes.", "",
                  "| page | extractor | input MB | seconds | s/MB | peak RSS MB | growth / input |",
                  "|---|---|---:|---:|---:|---:|---:|"]
        for r in s["rows"]:
            page = os.path.relpath(r["source"], corpora).split("/cases/")[0]
            lines.append(f"| {page} | {r['name']} | {r['mb']:.0f} | {r['seconds']:.2f} | {r['s_per_mb']:.3f} | "
                         f"{r['peak_mb']:.0f} | {r['growth_over_input']:.1f} x |")
        lines.append("")
        for source in s["sources"]:
            fast = [r for r in s["rows"] if r["name"] == "fast" and r["source"] == source]
            if len(fast) >= 2:
                per_mb = [r["s_per_mb"] for r in fast]
                page = os.path.relpath(source, corpora).split("/cases/")[0]
                # the target is a line, a * input + constant: its slope between the two largest sizes,
                # and what is left at the largest is the constant (small pages are parsed whole)
                grown = [(r["mb"], r["growth_over_input"] * r["mb"]) for r in fast]
                (mb1, g1), (mb2, g2) = grown[-2], grown[-1]
                slope = (g2 - g1) / (mb2 - mb1)
                constant = g2 - slope * mb2
                ratios = ", ".join(f"{r['growth_over_input']:.1f}" for r in fast)
                sizes = ", ".join(f"{r['mb']:.0f}" for r in fast)
                verdict = "met" if slope <= 10 else "not met"
                lines.append(f"- {page} page: `fast` time per MB varies by a factor of {max(per_mb) / min(per_mb):.2f} "
                             f"from {fast[0]['mb']:.0f} to {fast[-1]['mb']:.0f} MB (target <= 2); peak memory grows "
                             f"{slope:.1f} bytes per input byte from {mb1:.0f} to {mb2:.0f} MB, plus {constant:.0f} MB "
                             f"(target <= 10 x plus a constant: {verdict}); growth / input is {ratios} x at {sizes} MB.")
        lines.append("")
    return "\n".join(lines)
