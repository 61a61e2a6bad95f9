"""spaCy's matrix products through numpy's BLAS instead of blis.

thinc's NumpyOps multiplies matrices with blis. On the machines newsroom runs on (x86-64 with
AVX-512) numpy's bundled OpenBLAS does the same float32 products about three times faster, and
the model's layers spend most of their time in them (tok2vec, NER's own tok2vec, the lower
layers of the parser and NER): about a third less CPU per article, with the same outputs
(tests/unit/test_nlp.py compares every token attribute and entity with stock spaCy).

One BLAS thread per process: the worker scales by processes, and a second thread per process
would only fight the other process for the same cores."""

from __future__ import annotations

import logging

import numpy
from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

log = logging.getLogger(__name__)


class BlasOps(NumpyOps):
    """NumpyOps whose gemm is numpy.matmul; everything else is thinc's."""

    name = "numpy"  # the same backend for every check spaCy and thinc make by name

    def gemm(self, x, y, out=None, trans1: bool = False, trans2: bool = False):
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out


_limits = None


def use_blas_ops(nlp: Language) -> int:
    """Point every layer of every component (disabled ones too) at BlasOps; returns the number
    of layers changed. Limits BLAS to one thread in this process."""
    global _limits
    if _limits is None:
        _limits = threadpool_limits(limits=1, user_api="blas")
    ops = BlasOps()
    changed = 0
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if type(layer.ops) is NumpyOps:
                layer.ops = ops
                changed += 1
    log.debug("BlasOps on %d layers", changed)
    return changed
