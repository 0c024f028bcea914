# Seeded random distributions that use log, exp, cos and pow give CPython's exact floats.
import random
random.seed(12345)
print([random.gauss(0, 1) for _ in range(5)])
print([random.normalvariate(10, 2) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(3)])
print([random.lognormvariate(0, 1) for _ in range(3)])
print([random.vonmisesvariate(1, 2) for _ in range(3)])
print([random.gammavariate(2.5, 1) for _ in range(3)], [random.gammavariate(0.5, 1) for _ in range(3)])
print([random.betavariate(2, 3) for _ in range(3)])
print([random.paretovariate(2) for _ in range(3)], [random.weibullvariate(1, 2) for _ in range(3)])
print([random.triangular(0, 10, 3) for _ in range(3)])
