class CM:
    def __init__(self, swallow): self.swallow = swallow
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.swallow
with CM(False) as c:
    print("body", c.swallow)
with CM(True):
    raise ValueError("eaten")
try:
    with CM(False):
        raise ValueError("passes")
except ValueError as e:
    print("got", e)
def r():
    with CM(False):
        return "from with"
print(r())
try:
    with 1:
        pass
except TypeError as e:
    print(e)
