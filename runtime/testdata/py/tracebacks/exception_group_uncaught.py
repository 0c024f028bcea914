def work():
    raise ExceptionGroup("several failures", [ValueError("bad"), TypeError("worse")])

work()
