import random

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5))
print(random.choice(["a", "b", "c"]), random.uniform(1, 2))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.choices("xyz", k=4))
print(random.choices("xyz", weights=[1, 0, 5], k=4), random.getrandbits(70))
r = random.Random(7)
print(r.random(), r.randrange(10**30))
r.seed("text seed")
print(r.random())
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
