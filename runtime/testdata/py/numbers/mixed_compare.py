# Comparisons across int, float, bool and big ints are exact.
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.5 > 1, 2**53 + 1 > 2**53, float(2**53) == 2**53 + 1)
print(2**53 + 1 == float(2**53 + 1), 10**20 > 1e20, 10**20 == 1e20, 10**23 == 1e23, 10**22 == 1e22)
print(float('inf') > 10**1000, float('-inf') < -10**1000, float('nan') < 1, float('nan') >= 1, float('nan') != 1)
print(max(1, 2.5, True), min(-1, -1.0), sorted([3, 1.5, True, 2**64, -0.5]))
print([1, 2] == [1, 2.0], (1, 2) < (1, 3), [1, [2, 3]] < [1, [2, 4]], 'abc' < 'abd', 'Z' < 'a', 'あ' > 'z')
nan = float('nan')
print([nan] == [nan], nan in [nan], (nan,) == (nan,), {nan: 1}.get(nan))
print(1 in {1.0: 'a'}, {1: 'a', 1.0: 'b', True: 'c'}, {0, 0.0, False, -0.0})
