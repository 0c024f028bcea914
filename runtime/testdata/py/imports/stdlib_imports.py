import math, sys
from math import sqrt as s, pi
import collections.abc
from collections import OrderedDict
print(s(16), round(pi, 2), collections.abc.Sequence.__name__, OrderedDict.__name__)
print(sys.modules["math"] is math, "collections" in sys.modules)
