print([x * 2 for x in range(5) if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({x: x ** 2 for x in range(4)}, {c.upper() for c in "hello"} == set("HELO"))
print(list(x for x in "abc"), [[y for y in range(x)] for x in range(3)])
print([a + b for a, b in zip([1, 2], [10, 20])], [s for s in ["", "x"] if s])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [v for row in matrix for v in row if v > 2])
gen = (n * n for n in range(4))
print(next(gen), list(gen), list(gen))
