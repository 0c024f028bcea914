match x:
    case 1 | -2 | 3.5 | 1+2j | -1-2j | "a" "b" | b"x" | None | True | False:
        pass
    case a.b.c | a.b:
        pass
    case [] | () | [a, *b, c] | (d, *_) | [*_] | (e,):
        pass
    case {} | {1: x, "k": y, a.b: z, None: w, -1: v, **rest} | {**r,}:
        pass
    case C() | C(x) | a.C(x, y=1, z=[2]) | C(y=_, ):
        pass
    case (1 | 2) as q:
        pass
    case x, *y if y:
        pass
    case [1, 2] as t if (t := 3):
        pass
    case str(s) | (s as q2) if s:
        pass
    case _:
        pass
match x, *y,:
    case -0j: pass
match (x):
    case {**_r}: pass
match -x:
    case ((a)): pass
match = 1
match(x)
match[x] = 2
match.foo = 3
match: int = 4
case = 5
_ = 6
print(match, case)
match x:
    case {"a": 1,}: pass
def f():
    match x:
        case 1:
            return 2
        case _:
            pass
