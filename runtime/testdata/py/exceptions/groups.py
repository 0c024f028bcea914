def raise_group():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])

try:
    raise_group()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("sub", [KeyError("b")])])
print(eg, repr(eg.message), len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
try:
    try:
        raise ExceptionGroup("x", [OSError("o"), ValueError("v")])
    except* OSError:
        print("handled OSError")
except ExceptionGroup as leftover:
    print("leftover:", leftover, leftover.exceptions)
