# A range longer than sys.maxsize can be indexed and iterated, but not turned into a list:
# CPython asks for its length first and raises OverflowError, instead of filling memory.
import sys

huge = range(0, 10**20 + 3)
print(huge[-1], huge[10**19], 10**19 in huge, huge.count(5))
for make in (list, tuple, sorted):
    try:
        make(huge)
    except OverflowError as e:
        print(make.__name__, "OverflowError", e)
print(list(range(sys.maxsize - 2, sys.maxsize + 2)))
