class A:
    def __call__(self, *a, **k):
        return ("called", a, k)
print(A()(1, b=2))
for obj in [5, "x", None]:
    try:
        obj()
    except TypeError as e:
        print(e)
print(sorted([3, 1, 2], key=lambda x: -x))
print(list(map(lambda x, y: x * y, [1, 2], [3, 4])))
