def fail():
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
fail()
