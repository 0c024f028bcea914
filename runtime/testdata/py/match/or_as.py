def f(x):
    match x:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [a, b] | (a, b, _) | {"a": a, "b": b}:
            return f"a={a} b={b}"
        case [x1, [y1] | y1]:
            return f"x1={x1} y1={y1}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case {"k": (1 | 2) as v} | {"j": v}:
            return f"v={v}"
    return "no"

for v in [1, 3, [4, 5], (6, 7, 8), {"a": 1, "b": 2}, [9, [10]], [9, 11], "s", b"b", {"k": 2}, {"j": 0}, {"k": 5}]:
    print(f(v))

# The names of alternatives that bind in a different order.
match (1, 2):
    case (p, q) | [q, p]:
        print(p, q)
match {"x": 1, "y": 2}:
    case {"x": p, "y": q} | [q, p]:
        print(p, q)
match [1, 2]:
    case {"x": p, "y": q} | [q, p]:
        print(p, q)
