x = "global"
class K:
    x = "class"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
print(K.y, K().m(), K.z)
def f():
    v = "enclosing"
    class L:
        w = v
        v = "shadow"
        u = v
    return L
L = f()
print(L.w, L.u)
