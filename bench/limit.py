"""(a) The limit: raw spaCy nlp.pipe articles/s on the corpus, no queue, no Elasticsearch.

The reference is the brief's: the same model with tok2vec, parser and ner (what entities and
claims need), batch 64, on one process and on two (this machine has two cores). Two processes
each load the model and warm up, then start together at a barrier and each take half the
corpus; throughput is articles over the wall time from the barrier to the last finish.

Beside it, what the worker actually runs, so each lever has a number: the full pipeline the
worker loads (tagger, attribute_ruler and lemmatizer too), and `parse_articles` (title and
paragraphs parsed apart, one stream) with one article per call, as one Celery task per file
does, against many articles per call. And the cost of our rules on top of spaCy: entities and
claims on already parsed articles, in ms of CPU per 400 words (issue 14's budget: 10 ms)."""

from __future__ import annotations

import multiprocessing as mp
import time
from typing import Any

LIMIT_COMPONENTS = ("tok2vec", "parser", "ner")


def load(model: str, components: tuple[str, ...] | None, blas: bool = False):
    """Stock spaCy (blis products) unless `blas`: then with the worker's BlasOps."""
    import spacy

    if components is None:
        nlp = spacy.load(model)
    else:
        keep = set(components)
        nlp = spacy.load(model, exclude=[n for n in spacy.load(model).component_names if n not in keep])
    if blas:
        from services.extract.blas_ops import use_blas_ops

        use_blas_ops(nlp)
    return nlp


def _run(nlp, texts: list[str], mode: str, batch: int) -> None:
    if mode == "pipe":
        for _ in nlp.pipe(texts, batch_size=batch):
            pass
    else:  # parse_articles, `batch` articles per call
        from services.extract.nlp import parse_articles

        for i in range(0, len(texts), batch):
            for _ in parse_articles(nlp, texts[i : i + batch]):
                pass


def _child(model, components, texts, mode, batch, barrier, out, blas) -> None:
    nlp = load(model, components, blas)
    _run(nlp, texts[:8], mode, batch)  # warm up
    barrier.wait()
    t0, c0 = time.time(), time.process_time()
    _run(nlp, texts, mode, batch)
    out.put((t0, time.time(), len(texts), time.process_time() - c0))


def measure(texts: list[str], model: str, components: tuple[str, ...] | None, processes: int = 1,
            mode: str = "pipe", batch: int = 64, blas: bool = False) -> dict[str, Any]:
    """Articles/s over `texts` with `processes` processes, each loaded before the clock starts."""
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(processes)
    out = ctx.Queue()
    shares = [texts[i::processes] for i in range(processes)]
    procs = [ctx.Process(target=_child, args=(model, components, s, mode, batch, barrier, out, blas)) for s in shares]
    for p in procs:
        p.start()
    res = [out.get(timeout=3600) for _ in procs]
    for p in procs:
        p.join()
    start, end = min(r[0] for r in res), max(r[1] for r in res)
    n = sum(r[2] for r in res)
    words = sum(len(t.split()) for t in texts)
    cpu = sum(r[3] for r in res)
    return {
        "components": list(components) if components else "all (as the worker loads it)",
        "products": "BlasOps (numpy's BLAS)" if blas else "blis (stock spaCy)",
        "processes": processes, "mode": mode, "batch": batch, "articles": n,
        "seconds": round(end - start, 2), "articles_per_s": round(n / (end - start), 2),
        "words_per_s": round(words / (end - start)),
        # Load-independent: articles per CPU-second of the NLP processes (this machine is shared).
        "cpu_s": round(cpu, 2), "articles_per_cpu_s": round(n / cpu, 2),
    }


def run(texts: list[str], model: str, quick: bool, log, variants: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {}
    log(f"(a) limit: nlp.pipe tok2vec+parser+ner, 2 processes, {len(texts)} articles")
    out["limit_2proc"] = measure(texts, model, LIMIT_COMPONENTS, processes=2)
    log(f"    {out['limit_2proc']['articles_per_s']} articles/s, {out['limit_2proc']['articles_per_cpu_s']} per cpu-s")
    # The limit is stock spaCy (the brief's); the worker multiplies through numpy's BLAS
    # (services/extract/blas_ops.py), so the same limit with that is measured beside it:
    # end to end over it says what the pipeline around the NLP costs.
    log(f"(a) the same with the worker's BlasOps, 2 processes, {len(texts)} articles")
    out["limit_2proc_blas"] = measure(texts, model, LIMIT_COMPONENTS, processes=2, blas=True)
    log(f"    {out['limit_2proc_blas']['articles_per_s']} articles/s, "
        f"{out['limit_2proc_blas']['articles_per_cpu_s']} per cpu-s")
    if not variants:
        return out
    sub = texts[: 100 if quick else 300]
    todo = [
        ("limit_1proc", LIMIT_COMPONENTS, 1, "pipe", 64),
        ("full_1proc", None, 1, "pipe", 64),
        ("full_2proc", None, 2, "pipe", 64),
        ("worker_style_full_1_per_call", None, 1, "articles", 1),
        ("worker_style_full_32_per_call", None, 1, "articles", 32),
        ("worker_style_limit_32_per_call", LIMIT_COMPONENTS, 1, "articles", 32),
    ]
    for name, comps, procs, mode, batch in todo:
        out[name] = measure(sub, model, comps, processes=procs, mode=mode, batch=batch)
        log(f"    {name}: {out[name]['articles_per_s']} articles/s, {out[name]['articles_per_cpu_s']} per cpu-s "
            f"({len(sub)} articles)")
    return out


def rules_cost(texts: list[str], model: str, passes: int = 3) -> dict[str, Any]:
    """CPU of EntityResolver + ClaimExtractor over articles parsed once, best of `passes`, and
    the CPU of that one parse (spaCy as the worker loads it) for scale."""
    from services.extract.claims import ClaimExtractor
    from services.extract.entities import EntityResolver
    from services.extract.nlp import get_nlp, parse_articles

    nlp = get_nlp(model)
    list(parse_articles(nlp, texts[:5]))  # warm the pipeline before the timed parse
    c0 = time.process_time()
    docs = list(parse_articles(nlp, texts))
    parse_s = time.process_time() - c0
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(passes):
        c0 = time.process_time()
        for doc in docs:
            ClaimExtractor().extract(doc, EntityResolver().resolve(doc))
        best = min(best, time.process_time() - c0)
    # spaCy's own CPU on the same articles in the same run says how fast the host was: the
    # limit is in ms, and hosts of this kind differ by a sixth in speed from day to day.
    return {"articles": len(docs), "passes": passes, "cpu_s": round(best, 3),
            "ms_per_400_words": round(1000 * best / (words / 400), 2),
            "spacy_ms_per_400_words": round(1000 * parse_s / (words / 400), 2),
            "share_of_spacy": round(best / parse_s, 4)}
