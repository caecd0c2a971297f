"""Ways to run the coding stage over a corpus.

The local engine (``sanderling ingest`` without ``--engine``) lives with the store and never
imports Ray. ``sanderling.engines.ray_engine`` runs the same stage on a Ray cluster; it is
imported only when asked for, and needs the optional extra: ``pip install sanderling[ray]``.
Nothing in this package is imported by ``sanderling`` itself.
"""
