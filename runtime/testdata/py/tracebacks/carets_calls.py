# Caret lines for calls: a call that raised inside, a method chain, a call split over lines
# (CPython underlines from the method name on), a decorator, and calls with bad arguments.
import traceback


def show(label, action):
    print("--", label)
    try:
        action()
    except Exception:
        traceback.print_exc()


def parse(text):
    return int(text)


def inner_call():
    values = [parse("1"), parse("二")]
    return values


def method_chain():
    word = "asobiba"
    return word.upper().shout()


class Greeter:
    def greet(self, name):
        raise LookupError(name)


def split_call():
    greeter = Greeter()
    message = (greeter
               .greet("taro"))
    return message


def split_attribute():
    import math
    return (math
            .tau_squared)


def decorated():
    def broken(func):
        raise RuntimeError("decorator failed")

    @broken
    def job():
        pass


def keyword_only():
    def f(*, limit):
        return limit
    return f(3)


def star_none():
    args = None
    return print(*args)


def not_callable():
    count = 3
    return count(1) + 1


for label, action in [
    ("inner call", inner_call), ("method chain", method_chain), ("split call", split_call),
    ("split attribute", split_attribute), ("decorated", decorated),
    ("keyword only", keyword_only), ("star none", star_none), ("not callable", not_callable),
]:
    show(label, action)
