# A bound method's __doc__ is its function's (None when it has no docstring).
class A:
    def m(self): pass
    def d(self):
        "doc here"
def f(): pass
print(A().m.__doc__, A.m.__doc__, f.__doc__, A().d.__doc__, A.__doc__, type(A().m).__doc__[:20])
class B:
    "class doc"
    def m(self): pass
print(B().m.__doc__, B.__doc__, (lambda: 0).__doc__)
