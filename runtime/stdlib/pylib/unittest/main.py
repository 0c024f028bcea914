"""unittest.main: the names CPython defines there, from the unittest package (Asobiba)."""
from unittest import (TestProgram, main)

__unittest = True
