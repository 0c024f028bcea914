"""unittest.signals: the names CPython defines there, from the unittest package (Asobiba)."""
from unittest import (installHandler, registerResult, removeResult, removeHandler)

__unittest = True
