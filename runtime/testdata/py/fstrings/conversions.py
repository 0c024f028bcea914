name = "世界"
v = 3.14159
print(f"{name!r} {v:.2f} {v!s} {42:>5} {'x'!a} {'é'!a}")
print(f"{1+1=}", f"{name=!s}")
