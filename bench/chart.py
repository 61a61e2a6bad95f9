"""bench/chart.png: one figure, a panel per measurement."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def chart(res: dict[str, Any], path: Path) -> None:
    fig, axes = plt.subplots(2, 3, figsize=(17, 9))
    ax = axes[0][0]
    a, b = res.get("a_limit") or {}, res.get("b_end_to_end")
    bars = [(k.replace("_", " "), v["articles_per_s"]) for k, v in a.items()]
    if b:
        bars.append(("(b) end to end", b["articles_per_s"]))
    if bars:
        ax.barh([k for k, _ in bars], [v for _, v in bars],
                color=["tab:blue"] * len(a) + (["tab:red"] if b else []))
        for i, (_, v) in enumerate(bars):
            ax.text(v, i, f" {v:.1f}", va="center")
    ax.set_title("(a) spaCy limit vs (b) end to end, articles/s")
    ax.invert_yaxis()

    ax = axes[0][1]
    if b:
        s = b["series"]
        ax.plot([x[0] for x in s], [x[1] for x in s], label="searchable (ES count)")
        ax.plot([x[0] for x in s], [x[3] for x in s], label="Celery queue depth")
        if a:
            lim = a["limit_2proc"]["articles_per_s"]
            ax.plot([0, b["articles"] / lim], [0, b["articles"]], "--", color="gray", label=f"limit {lim:.1f}/s")
        ax.legend()
    ax.set_title("(b) corpus renamed into the inbox")
    ax.set_xlabel("seconds")

    ax = axes[0][2]
    c = res.get("c_latency")
    if c and c["samples_s"]:
        v = sorted(c["samples_s"])
        ax.plot(v, [(i + 1) / len(v) for i in range(len(v))], marker=".")
        for x, lbl, col in ((c["p50_s"], "p50", "tab:green"), (c["p95_s"], "p95", "tab:orange")):
            ax.axvline(x, color=col, linestyle=":", label=f"{lbl} {x:.3f}s")
        ax.axvline(0.5, color="gray", linestyle="--", label="target p50 0.5s")
        ax.legend()
    ax.set_title("(c) drop -> searchable, CDF")
    ax.set_xlabel("seconds")

    ax = axes[1][0]
    d = res.get("d_search")
    if d:
        kinds = ["direct", "direct_both", "api"]
        x = range(len(kinds))
        for off, conc in ((-0.2, 1), (0.2, 8)):
            p50 = [d[f"{k}_c{conc}"]["p50_ms"] for k in kinds]
            p99 = [d[f"{k}_c{conc}"]["p99_ms"] for k in kinds]
            col = "tab:blue" if conc == 1 else "tab:orange"
            ax.bar([i + off for i in x], p99, width=0.4, alpha=0.3, color=col)
            ax.bar([i + off for i in x], p50, width=0.4, color=col, label=f"c={conc} p50 (p99 pale)")
        ax.set_xticks(list(x), ["ES direct", "ES direct (range+main)", "API /search"])
        ax.set_ylabel("ms")
        ax.legend()
    ax.set_title("(d) /search latency")

    ax = axes[1][1]
    if d:
        kinds = ["direct", "direct_both", "api"]
        ax.bar(kinds, [d[f"{k}_c8"]["rps"] for k in kinds], color="tab:purple")
        ax.set_ylabel("requests/s at concurrency 8")
    ax.set_title("(d) /search throughput, c=8")

    ax = axes[1][2]
    series: dict[str, list] = {}
    for t, name, mb, _phase in res.get("rss_series") or []:
        series.setdefault(name, []).append((t, mb))
    for name, pts in series.items():
        ax.plot([p[0] for p in pts], [p[1] for p in pts], label=name)
    ax.set_title("(e) RSS per service (process tree)")
    ax.set_xlabel("seconds since start")
    ax.set_ylabel("MB")
    ax.legend(fontsize=8)

    m = res.get("machine", {})
    fig.suptitle(f"newsroom bench {res.get('when', '')}  {m.get('cores')} cores, {m.get('memory_gb')} GB, "
                 f"ES {m.get('elasticsearch')}, spaCy {m.get('spacy')} {m.get('model')}"
                 f"{'  (quick)' if res.get('quick') else ''}")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
