from itertools import (chain, combinations, count, cycle, groupby, islice, repeat, starmap, tee, zip_longest,
                       accumulate, product, filterfalse)
import operator

def take(n, iterable):
    return list(islice(iterable, n))

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    nexts = cycle(iter(it).__next__ for it in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))

def unique_everseen(iterable):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable):
        seen.add(element)
        yield element

def sliding_window(iterable, n):
    it = iter(iterable)
    window = list(islice(it, n - 1))
    for x in it:
        window.append(x)
        yield tuple(window)
        del window[0]

def run_length(s):
    return [(ch, len(list(g))) for ch, g in groupby(s)]

print(take(5, count(10, 5)), list(powerset("abc")))
print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(sliding_window(range(6), 3)), run_length("aaabccdddd"))
print(list(accumulate(range(1, 6), operator.mul)), list(starmap(operator.mul, zip(range(4), repeat(3)))))
fib_pairs = accumulate(repeat(None), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1))
print([a for a, b in islice(fib_pairs, 12)])
primes = (n for n in count(2) if all(n % d for d in range(2, int(n ** 0.5) + 1)))
print(take(10, primes))
a, b = tee(range(5))
next(b)
print(list(zip(a, b)), ["".join(p) for p in product("01", repeat=3)])
dice = [sum(r) for r in product(range(1, 7), repeat=2)]
print({total: dice.count(total) for total in sorted(set(dice))})
