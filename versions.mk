# Versions of the servers newsroom runs against, pinned once (Python packages are pinned in pyproject.toml).
ES_VERSION := 9.5.4
