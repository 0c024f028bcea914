# Assigning a non-iterable to a list slice names the kind of slice, as CPython does.
data = [1, 2, 3, 4]
for target in [slice(1, 2), slice(None, None, 2), slice(0, 4, 1), slice(3, 0, -1)]:
    try:
        data[target] = 5
    except TypeError as e:
        print(target, e)
data[1:3] = (x * 10 for x in range(3))
print(data)
try:
    data[::0] = []
except ValueError as e:
    print(e)
