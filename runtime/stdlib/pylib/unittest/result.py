"""unittest.result: the names CPython defines there, from the unittest package (Asobiba)."""
from unittest import (TestResult)

__unittest = True
