# Seeding from every accepted type, getstate/setstate round trips, instances and subclasses.
import copy
import random

for seed in (0, 1, -1, 2**32, 2**32 - 1, -(2**100) + 7, 10**50, 3.5, -2.5, -0.0, 1e300, True,
             "", "hello", "héllo ✓", b"", b"bytes", bytearray(b"ba"), 2**1000 + 1):
    random.seed(seed)
    print(repr(seed)[:30], random.random(), random.getrandbits(40))
random.seed("hello", version=1)
print("v1 str", random.random())
random.seed(b"hello", version=1)
print("v1 bytes", random.random())
random.seed("", version=1)
print("v1 empty", random.random())
random.seed(12, version=1)
print("v1 int", random.random())

random.seed(99)
state = random.getstate()
print(type(state).__name__, len(state), state[0], type(state[1]).__name__, len(state[1]), state[2])
print(state[1][:3], state[1][-1])
first = [random.random() for _ in range(700)]
random.setstate(state)
print(first == [random.random() for _ in range(700)])
g = random.gauss()
state = random.getstate()
print(state[2] is not None, round(state[2], 12) == round(state[2], 12))
after = random.gauss()
random.setstate(state)
print(after == random.gauss())
random.setstate((2, state[1], None))
print("version 2 state:", random.random())
for bad in ((4, state[1], None), (3, state[1][:-1], None), (3, list(state[1]), None),
            (3, state[1][:-1] + (625,), None)):
    try:
        random.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

a = random.Random(5)
b = random.Random(5)
print(a.random() == b.random(), a.randint(1, 10**6), b.randint(1, 10**6))
c = copy.copy(a)
d = copy.deepcopy(a)
print(type(c).__name__, c.random() == a.random() == d.random())
b.setstate(a.getstate())
print(b.random() == a.random())
r = random.Random("text")
print(r.random(), r.choice(range(100)), r.sample(range(50), 3))
print(random.Random(42).__class__.__name__, isinstance(random.SystemRandom(), random.Random))


class Dice(random.Random):
    """Overrides random() only: integers come from random() alone."""

    def __init__(self, x=None):
        self.calls = 0
        super().__init__(x)

    def random(self):
        self.calls += 1
        return super().random()


d = Dice(3)
print([d.randint(1, 6) for _ in range(8)], d.choice("abcdef"), d.randrange(10**6), d.calls)
x = list(range(12))
d.shuffle(x)
print(x, d.sample(range(30), 4), d.calls)


class Counter(random.Random):
    """Overrides getrandbits: integers come from it, floats still from random()."""

    def getrandbits(self, k):
        return (2**k - 1) // 3


c = Counter(1)
print([c.randrange(10) for _ in range(3)], c.randint(0, 100), c.choice("abc"), c.random())


class Fixed(random.Random):
    def random(self):
        return 0.75

    def seed(self, a=None, version=2):
        self.seeded_with = a


f = Fixed(7)
print(f.seeded_with, f.uniform(0, 4), f.choices("abcd", k=3), f.triangular(0, 1), f.randrange(8))


class Both(Dice, Counter):
    pass


print(Both(0).randrange(10), Both._randbelow is Counter._randbelow_with_getrandbits)

patched = random.Random(11)
patched.getrandbits = lambda k: k // 2  # set on the instance: integers come from it
print(patched.randrange(10), patched.choice("abcdefgh"), patched.random())
saved = random.Random.getrandbits
random.Random.getrandbits = lambda self, k: 1
print(random.randrange(1000), random.choice("xyz"))
random.Random.getrandbits = saved
print(random.randrange(1000))
