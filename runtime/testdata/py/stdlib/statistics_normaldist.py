from statistics import NormalDist as N
n = N(0, 1)
print([n.inv_cdf(p) for p in (1e-10, 0.001, 0.01, 0.1, 0.3, 0.5, 0.6, 0.9, 0.99, 0.999999, 1 - 1e-12)])
print(n.quantiles(10), N.from_samples([1, 2, 3, 4, 5.5]), [round(n.cdf(x), 12) for x in (-3, -1, 0, 2)])
