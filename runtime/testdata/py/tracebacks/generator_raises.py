def gen():
    yield 1
    raise KeyError("from gen")
for x in gen():
    print(x)
