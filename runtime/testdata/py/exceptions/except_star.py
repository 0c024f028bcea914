try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print("values", repr(g))
except* TypeError as g:
    print("types", repr(g))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
except* KeyError as g:
    print("outer", repr(g))
try:
    raise ValueError("naked")
except* ValueError as g:
    print(repr(g))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
except ExceptionGroup as g:
    print(repr(g), repr(g.exceptions[0].__context__))
