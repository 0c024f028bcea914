"""unittest.loader: the names CPython defines there, from the unittest package (Asobiba)."""
from unittest import (TestLoader, defaultTestLoader, getTestCaseNames, makeSuite, findTestCases)

__unittest = True
