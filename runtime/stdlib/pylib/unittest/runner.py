"""unittest.runner: the names CPython defines there, from the unittest package (Asobiba)."""
from unittest import (TextTestResult, TextTestRunner, _WritelnDecorator)

__unittest = True
