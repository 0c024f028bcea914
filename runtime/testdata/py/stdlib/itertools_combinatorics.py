from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", range(2))))
print(list(product([0, 1], repeat=3)))
print(list(product()), list(product([], [1])))
print(list(permutations("abc", 2)))
print(list(permutations(range(3))))
print(list(permutations("ab", 3)), list(permutations([], 0)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(4), 3)), list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement("a", 0)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))))
for f, args in ((permutations, ("ab", -1)), (combinations, ("ab", -1)), (product, ("ab",))):
    try:
        f(*args, **({"repeat": -1} if f is product else {}))
    except ValueError as e:
        print("ValueError:", e)
