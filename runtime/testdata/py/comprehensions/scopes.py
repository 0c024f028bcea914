y = 10
print([y * i for i in range(3)], {i: i * i for i in range(3)}, {i % 2 for i in range(5)})
print(list(i for i in range(3)))
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [x for row in matrix for x in row if x])
