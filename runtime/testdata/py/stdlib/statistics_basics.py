import statistics
from statistics import mean, median, mode, stdev, variance, fmean, StatisticsError
from fractions import Fraction

print(mean([1, 2, 3, 4, 4]), mean([1, 2, 3]), mean([1, 2]), mean([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3), Fraction(1, 3)]), mean([0.1, 0.2, 0.3]), mean(range(10)))
print(fmean([3.5, 4.0, 5.25]), fmean([1, 2, 3]), fmean(iter([1, 2])), fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([5, 1, 3, 2]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red", "green", "red", "red"]), mode("aabbb"))
print(statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]), mode([1, 2, 2, 1]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(variance(data), stdev(data), statistics.pvariance(data), statistics.pstdev(data))
print(variance([1, 2, 3, 4, 5]), stdev([1, 2, 3, 4, 5]), statistics.pvariance([1, 2, 3, 4]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), variance([1, 2, 3], xbar=2), statistics.pvariance([1, 2, 3, 4], mu=2.5))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), statistics.quantiles(range(1, 11), n=10, method="inclusive"))
print(round(statistics.geometric_mean([54, 24, 36]), 9), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
for bad in (lambda: mean([]), lambda: median([]), lambda: mode([]), lambda: variance([1]), lambda: stdev([]), lambda: fmean([])):
    try:
        bad()
    except StatisticsError as e:
        print("StatisticsError:", e)
print(issubclass(StatisticsError, ValueError))
