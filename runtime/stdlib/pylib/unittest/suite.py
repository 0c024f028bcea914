"""unittest.suite: the names CPython defines there, from the unittest package (Asobiba)."""
from unittest import (BaseTestSuite, TestSuite, _ErrorHolder, _DebugResult)

__unittest = True
