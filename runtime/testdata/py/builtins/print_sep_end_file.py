# print: sep, end, file= any object with write(), flush, and sys.stdout reassignment.
import sys


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


print("a", "b", "c", sep="-", end="!\n")
print()
print("no newline", end="")
print(" ... continued")
c = Collect()
print("x", 1, None, sep=", ", file=c, flush=True)
print(c.parts)
saved = sys.stdout
sys.stdout = c
print("redirected")
sys.stdout = saved
print(c.parts[-2:])
try:
    print("x", sep=3)
except TypeError as e:
    print("TypeError:", e)
print(sys.stdout.isatty(), sys.stdout.encoding)
