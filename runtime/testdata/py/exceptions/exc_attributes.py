# BaseException's attributes: args, str/repr, notes, cause/context, traceback, subclass fields.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for e in [ValueError(), ValueError('x'), ValueError('x', 2), ValueError(''), KeyError('k'), KeyError('a', 'b'), KeyError(),
          IndexError(5), Exception([1, 2]), StopIteration(7), SystemExit(3), SystemExit(), SystemExit(1, 2)]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
e = ValueError('boom')
e.add_note('first note')
e.add_note('second')
print(e.__notes__, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
show(lambda: e.add_note(5))
e.__cause__ = KeyError('c')
print(repr(e.__cause__), e.__suppress_context__)
show(lambda: setattr(e, '__cause__', 5))
show(lambda: setattr(e, '__traceback__', 5))
e.args = [1, 2]
print(e.args, str(e))
e.extra = 'field'
print(e.extra, e.__dict__)
show(lambda: ValueError(x=1))
show(lambda: Exception.__str__(5))
print(issubclass(KeyError, LookupError), issubclass(ExceptionGroup, Exception), ZeroDivisionError.__mro__)
print(NameError('n', name='var').name, AttributeError('a', name='attr', obj=3).obj, ImportError('m', name='mod', path='p').path)
print(str(ImportError('msg', name='x')), ImportError().name, repr(ImportError('a', name='b')))
try:
    raise ValueError('inner')
except ValueError as inner:
    try:
        raise KeyError('outer') from inner
    except KeyError as outer:
        print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('during handling')
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__, t.__traceback__ is not None)
def tb():
    try:
        raise ValueError('x')
    except ValueError as err:
        return err
err = tb()
print(type(err.__traceback__).__name__, err.with_traceback(None).__traceback__)
class MyErr(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __str__(self):
        return f'{self.a}/{self.b}'
m = MyErr(1, 2)
print(m, repr(m), m.args, m.a)
class Plain(Exception):
    pass
print(Plain('a', 'b'), repr(Plain()), Plain.__name__, Plain.__module__)
