"""The corpus store: a DuckDB file of articles, events, quotes, ... (docs/schema.md, "Store")."""
from .schema import SCHEMA_VERSION, content_key, normalise_text
from .store import Store, StoreError, check_is_store, comparable_rows, connect_read_only, coder_version

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "check_is_store", "coder_version", "comparable_rows",
           "connect_read_only", "content_key", "normalise_text"]
