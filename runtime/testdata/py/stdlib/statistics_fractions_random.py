import statistics as st, fractions, random, math
from fractions import Fraction as F
data = [2.5, 3.1, 4.7, 1.2, 9.9, 3.1, 5.5]
print(st.mean(data), st.median(data), st.mode(data), st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4]), st.multimode("aabbc"), st.harmonic_mean([1, 2, 4]), st.geometric_mean([1, 2, 4]))
print(st.quantiles(range(1, 101), n=4), st.quantiles(data, n=10, method="inclusive"), st.fmean(data), st.mean([F(1, 3), F(1, 6)]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 8]), st.covariance([1, 2, 3], [1, 5, 7]), st.linear_regression([1, 2, 3, 4], [3, 5, 7, 10]))
nd = st.NormalDist(100, 15)
print(nd, nd.cdf(115), nd.inv_cdf(0.975), nd.pdf(100), nd.overlap(st.NormalDist(110, 10)), nd.zscore(130), nd + 5, nd * 2)
try:
    st.mean([])
except st.StatisticsError as e:
    print(e)
print(F(3, 4) + F(1, 6), F("0.125"), F(0.1), F(0.1).limit_denominator(10), F(7, -14), F(5, 3) // 1, F(5, 3) % 1, round(F(7, 2)), float(F(1, 3)), F(2, 3) ** 2, F(4, 9) ** F(1, 2))
print(F(1, 3) < 0.34, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), math.floor(F(-7, 2)), F(10, 4).as_integer_ratio(), F.from_float(1.5), F.from_decimal(__import__("decimal").Decimal("1.1")))
random.seed(2024)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(50), 5), random.uniform(1, 2), random.randrange(0, 100, 5))
x = list(range(10)); random.shuffle(x); print(x, random.choices("abc", weights=[5, 1, 1], k=8), random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=3))
print(random.getrandbits(70), random.randbytes(6))
st_ = random.getstate(); a = random.random(); random.setstate(st_); print(a == random.random())
r = random.Random(5); print(r.random(), r.sample(["x", "y", "z"], 2), random.Random("seed").random(), random.Random(3.5).random() if False else "")
