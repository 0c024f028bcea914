# A bound method's __doc__ is its function's (None without a docstring); vars(module) and
# module.__dict__ are the module's namespace.
import sys


class C:
    def plain(self):
        pass

    def documented(self):
        """Does things."""


print(repr(C().plain.__doc__), repr(C().documented.__doc__), repr(C.plain.__doc__))
print(vars(sys) is sys.__dict__, "path" in vars(sys), type(sys.__dict__).__name__)
namespace = sys.modules[__name__].__dict__
print(namespace["C"] is C, "bound_method_doc" not in namespace)
