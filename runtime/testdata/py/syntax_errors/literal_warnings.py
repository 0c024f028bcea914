# CPython's compiler warns (SyntaxWarning) about "is" with a literal and about calling,
# subscripting or indexing literals in ways that fail ("perhaps you missed a comma?").
x = 5
if x is 5:
    print("five")
if x is not "a":
    print("not a")
print(x is None, x is True, x is ..., x is (1, 2), x is -1, x is (), x is not (x,))
def f():
    try:
        (1, 2)(3)
    except TypeError as e:
        print(e)
    try:
        [1, 2]["a"]
    except TypeError as e:
        print(e)
    try:
        None[0]
    except TypeError as e:
        print(e)
    try:
        "abc"[1.5]
    except TypeError as e:
        print(e)
    try:
        (lambda: 0)[0]
    except TypeError as e:
        print(e)
    try:
        f"x"()
    except TypeError as e:
        print(e)
    return [1, 2][0], (1, 2)[1:], "ab"[x - 5]
print(f())
y = 1 if x is 2 else 0
print(x == 5 is not 4, [1][0:1])
print((lambda: 1)(), (lambda x: x)(2))
