"""The concurrent package: concurrent.futures (Asobiba)."""
