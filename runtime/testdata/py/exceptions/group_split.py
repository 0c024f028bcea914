# ExceptionGroup construction, split, subgroup and derive.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

eg = ExceptionGroup('top', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
print(eg, repr(eg), eg.message, eg.exceptions)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(repr(eg.subgroup(OSError)), repr(eg.split((TypeError, KeyError))))
print(type(BaseExceptionGroup('b', [ValueError()])).__name__, type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__)
show(lambda: ExceptionGroup('x', [KeyboardInterrupt()]))
show(lambda: ExceptionGroup('x', []))
show(lambda: ExceptionGroup('x', ValueError()))
show(lambda: ExceptionGroup('x', [1]))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup('x'))
show(lambda: eg.split(1))
e1 = ExceptionGroup('one', [ValueError('v')])
print(str(e1), e1.args, e1.derive([TypeError()]), repr(e1.derive([KeyboardInterrupt()])))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
m = MyEG('mine', [ValueError(1), TypeError(2)])
a, b = m.split(ValueError)
print(type(a).__name__, repr(a), repr(b))
try:
    raise ExceptionGroup('g', [ValueError('a'), TypeError('b')])
except* ValueError as ve:
    print('caught', repr(ve))
except* TypeError as te:
    print('caught', repr(te))
