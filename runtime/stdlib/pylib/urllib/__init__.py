"""The urllib package: parse, request and error (Asobiba)."""
