"""Random variable generators.

Integers: randrange, randint, getrandbits. Sequences: choice, shuffle, sample, choices.
Bytes: randbytes. Real-valued distributions: uniform, triangular, normal (gauss and
normalvariate), lognormal, negative exponential, gamma, beta, Pareto, Weibull, and von Mises
on the circle. Discrete: binomial.

The generator is the Mersenne Twister of the _random module (written in Go, as CPython writes
it in C); every method here draws from it only through random(), getrandbits() and
_randbelow(), in the same order as CPython, so a seeded program prints CPython's numbers.

Asobiba: seeding without a seed (the module's generator at import, Random(), seed()) reads
the virtual clock, which starts at 0, so an unseeded program draws the same numbers on every
run. SystemRandom is Random.
"""

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from math import lgamma as _lgamma, fabs as _fabs, log2 as _log2
import _random

__all__ = [
    "Random", "SystemRandom", "betavariate", "binomialvariate", "choice", "choices",
    "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange", "sample",
    "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53  # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF
_ONE = 1

# The population types that are certainly sequences; anything else is checked against
# collections.abc.Sequence, imported only then.
_PLAIN_SEQUENCES = (list, tuple, str, range, bytes, bytearray)

_SEED_TYPES_MESSAGE = "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."


def _index(x):
    """Returns x as an int through its __index__, as operator.index does."""
    if type(x) is int:
        return x
    method = getattr(type(x), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    result = method(x)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    return result


def _bisect_right(a, x, lo, hi):
    """Returns where x would go in the sorted a[lo:hi], after any equal items."""
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _running_totals(values):
    """Returns the running sums of values, added with + as itertools.accumulate adds them."""
    totals = []
    total = None
    for i, v in enumerate(values):
        total = v if i == 0 else total + v
        totals.append(total)
    return totals


class Random(_random.Random):
    """Random number generator base class used by the module's functions.

    Make an instance to get a generator that does not share state with the module. A
    subclass may use another core generator by overriding random(), seed(), getstate() and
    setstate(), and optionally getrandbits() so that randrange() covers any range.
    """

    VERSION = 3  # the version of getstate()'s tuple

    def __init__(self, x=None):
        """Initializes an instance seeded with x, as seed(x) does."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initializes the internal state from a seed: None (the virtual clock), an int, a
        float, or a str, bytes or bytearray, all of whose bits are used (version 2).
        Version 1 reproduces the narrower seeds that old Pythons made of strings."""
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode("latin-1") if isinstance(a, bytes) else a
            x = ord(text[0]) << 7 if text else 0
            for ch in text:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(text)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            # The core seeds from the bytes and their SHA-512 digest, as random.py does.
            a = a.encode() if isinstance(a, str) else bytes(a)
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError(_SEED_TYPES_MESSAGE)
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Returns the internal state, which setstate() restores."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restores the internal state from a tuple that getstate() returned."""
        version = state[0]
        if version == 3:
            version, internal, self.gauss_next = state
        elif version == 2:
            # Version 2 kept the words as signed ints; they are unsigned 32-bit words.
            version, internal, self.gauss_next = state
            try:
                internal = tuple(word % (2 ** 32) for word in internal)
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))
        super().setstate(internal)

    # Pickling and copying go through getstate and setstate.

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # Integers below n.

    def __init_subclass__(cls, /, **kwargs):
        """Picks how the subclass draws integers: from its own getrandbits() when it defines
        one, else from its own random() when it defines that, else as its base does."""
        for klass in cls.__mro__:
            if "_randbelow" in klass.__dict__:
                break
            if "getrandbits" in klass.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in klass.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        """Returns a random int in [0, n), for n > 0, by drawing bit_length(n) bits until
        they make a number below n."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Returns a random int in [0, n), for n > 0, from random() alone."""
        random = self.random
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return _floor(random() * n)
        limit = (maxsize - maxsize % n) / maxsize  # int(limit * maxsize) is a multiple of n
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    # _random.Random._randbelow is _randbelow_with_getrandbits run in Go while getrandbits
    # is the core's own (it calls the Python version otherwise).
    _randbelow = _random.Random._randbelow

    # Bytes and integers.

    def randbytes(self, n):
        """Returns n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def randrange(self, start, stop=None, step=_ONE):
        """Returns a random item of range(start, stop, step), or of range(start) when stop
        is None, without building the range."""
        istart = start if type(start) is int else _index(start)
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = stop if type(stop) is int else _index(stop)
        width = istop - istart
        istep = step if type(step) is int else _index(step)
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError(f"empty range in randrange({start}, {stop})")
        if istep > 0:
            count = (width + istep - 1) // istep
        elif istep < 0:
            count = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if count <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return istart + istep * self._randbelow(count)

    def randint(self, a, b):
        """Returns a random int from a to b, both included."""
        return self.randrange(a, b + 1)

    # Sequences.

    def choice(self, seq):
        """Returns a random item of a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffles the sequence x in place."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Returns a list of k items chosen from the sequence population without
        replacement, in the order chosen. counts, when given, says how many times each item
        of population is repeated in it."""
        if type(population) not in _PLAIN_SEQUENCES:
            from collections.abc import Sequence
            if not isinstance(population, Sequence):
                raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _running_totals(counts)
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match the population")
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            picks = self.sample(range(total), k=k)
            last = len(cum_counts)
            return [population[_bisect_right(cum_counts, s, 0, last)] for s in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # A pool of n items costs less than a set of k picks while n is at most setsize.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = randbelow(n)
                while j in taken:
                    j = randbelow(n)
                taken.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Returns a list of k items chosen from population with replacement, with equal
        chances or as weights (relative) or cum_weights (cumulative) say."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for _ in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f"The number of choices must be a keyword argument: {k=}") from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)]
                for _ in range(k)]

    # Real-valued distributions.

    def uniform(self, a, b):
        """Returns a random number between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution between low and high, peaking at mode (the middle when
        mode is None)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution with mean mu and standard deviation sigma (Kinderman and
        Monahan's ratio of uniforms)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution with mean mu and standard deviation sigma. Each pair of
        draws makes two values (Box-Muller); the second waits for the next call."""
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its logarithm is normal with mean mu and standard
        deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Exponential distribution with rate lambd (1 / the mean)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution of angles around mu with concentration kappa; uniform on
        the circle when kappa is 0 (Fisher's algorithm)."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * random())
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0 (not the gamma
        function)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection method (1977).
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        # 0 < alpha < 1: algorithm GS (Kennedy and Gentle).
        while True:
            b = (_e + alpha) / _e
            p = b * random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    return x * beta
            elif u1 <= _exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution with alpha > 0 and beta > 0, between 0 and 1."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)

    # Discrete distributions.

    def binomialvariate(self, n=1, p=0.5):
        """Binomial distribution: the number of successes in n independent trials that each
        succeed with probability p, an int from 0 to n."""
        if n < 0:
            raise ValueError("n must be non-negative")
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        random = self.random
        if n == 1:
            return _index(random() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            # Devroye's geometric method: jump from success to success.
            successes = trials = 0
            c = _log2(1.0 - p)
            if not c:
                return successes
            while True:
                trials += _floor(_log2(random()) / c) + 1
                if trials > n:
                    return successes
                successes += 1
        # Hörmann's transformed rejection with squeeze (BTRS), for n * p >= 10 and p <= 0.5.
        spq = _sqrt(n * p * (1.0 - p))
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = n * p + 0.5
        vr = 0.92 - 4.2 / b
        ready = False
        while True:
            u = random() - 0.5
            us = 0.5 - _fabs(u)
            k = _floor((2.0 * a / us + b) * u + c)
            if k < 0 or k > n:
                continue
            v = random()
            if us >= 0.07 and v <= vr:
                return k
            if not ready:
                alpha = (2.83 + 5.1 / b) * spq
                lpq = _log(p / (1.0 - p))
                m = _floor((n + 1) * p)  # the mode
                h = _lgamma(m + 1) + _lgamma(n - m + 1)
                ready = True
            v *= alpha / (a / (us * us) + b)
            if _log(v) <= h - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - m) * lpq:
                return k


# Asobiba has no entropy source of its own; SystemRandom is Random (see the module's doc).
SystemRandom = Random

# The module's functions share one generator, seeded when random is first imported.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
binomialvariate = _inst.binomialvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
