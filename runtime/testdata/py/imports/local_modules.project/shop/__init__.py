from . import cart as _cart

__all__ = ["cart"]
