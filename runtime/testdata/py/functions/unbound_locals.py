def a():
    print(x)
    x = 1
try:
    a()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def b():
    def c(): return y
    try:
        c()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
b()
try:
    undefined_name
except NameError as e:
    print(e)
