def gen(tag):
    try:
        yield tag + "1"
        yield tag + "2"
    finally:
        print("cleanup", tag)

for x in gen("a"):
    print(x)
    break
print("after loop")

def first():
    for x in gen("b"):
        return x
print(first())

for x in gen("c"):
    print(x)
print("exhausted")
