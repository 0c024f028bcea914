try:
    import nothing_here
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import math.nothing
except ModuleNotFoundError as e:
    print(e)
try:
    from math import nothing
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    from . import x
except ImportError as e:
    print(e)
