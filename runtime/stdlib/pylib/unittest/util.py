"""unittest.util: the names CPython defines there, from the unittest package (Asobiba)."""
from unittest import (safe_repr, strclass)

__unittest = True
