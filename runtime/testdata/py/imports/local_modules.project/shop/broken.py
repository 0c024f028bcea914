from .cart import Cart

Cart().add("返品", -5)
