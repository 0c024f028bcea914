import statistics as st
from fractions import Fraction

grades = {"ann": [88, 92, 79, 93], "bob": [75, 80, 72, 68], "cy": [95, 90, 98, 100]}
for name, g in grades.items():
    print(name, st.mean(g), st.median(g), round(st.stdev(g), 3), st.pvariance(g), st.mode(g))
everyone = [x for g in grades.values() for x in g]
print(st.mean(everyone), st.median_low(everyone), st.median_high(everyone), st.quantiles(everyone, n=4))
print(round(st.fmean(everyone), 6), st.variance(everyone), round(st.pstdev(everyone), 6))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.variance([Fraction(1, 2), Fraction(1, 3), Fraction(1, 6)]))
print(st.mean([1.0, 2.0, 4.0]), st.median([2.5, 1.5]), st.mode([1.5, 1.5, 2.0]), st.multimode("abba"))
temps = [21.5, 22.0, 19.5, 23.5, 22.0, 20.0]
print(st.mean(temps), st.median(temps), st.mode(temps), st.stdev(temps), st.variance(temps))
