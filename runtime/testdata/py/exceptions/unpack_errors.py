for src in ["a, b = 1", "a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = (x for x in range(3))"]:
    try:
        exec(src)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a, *b, c = range(5)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
