class AppError(Exception):
    pass

class DetailError(AppError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

def risky(n):
    if n == 1:
        raise ValueError("bad value")
    if n == 2:
        raise DetailError(42, "detailed")
    if n == 3:
        return {}["missing"]
    return "ok"

for n in range(4):
    try:
        print(risky(n))
    except (ValueError, KeyError) as e:
        print("caught", type(e).__name__, e, e.args)
    except AppError as e:
        print("app error", e.code, e, repr(e))
    else:
        print("no error")
    finally:
        print("finally", n)

def nested():
    try:
        try:
            raise TypeError("inner")
        except TypeError as e:
            raise RuntimeError("outer") from e
    except RuntimeError as e:
        print(e, "caused by", repr(e.__cause__), e.__suppress_context__)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("k")
    except KeyError as e:
        print(repr(e), "context", repr(e.__context__))
nested()

def finally_return():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(finally_return())

def finally_override():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(finally_override())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")
print(repr(Exception("a", 1)), str(Exception("a", 1)), repr(KeyError("k")), str(KeyError("k")))
e = ValueError("note me")
e.add_note("a note")
print(e.__notes__)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
