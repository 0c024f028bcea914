def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print(e)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
