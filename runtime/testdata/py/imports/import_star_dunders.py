from math import *
print(floor(2.5), "sqrt" in dir())
print(__name__, __file__.endswith(".py"), __package__, __spec__)
print(sorted(k for k in globals() if k.startswith("__")))
