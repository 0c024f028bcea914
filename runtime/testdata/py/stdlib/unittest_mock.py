# unittest.mock: Mock/MagicMock/AsyncMock recording and asserts, side effects, specs, patch.
import asyncio
from unittest import mock
from unittest.mock import Mock, MagicMock, AsyncMock, call, ANY, patch, sentinel, DEFAULT

m = Mock()
m(1, 2, a=3)
m.method("x")
m.method.inner(5)
m().child(7)
print(m.call_count, m.called, m.call_args, m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.call_args.args, m.call_args.kwargs, m.method.call_args)
for fn in [lambda: m.assert_called_with(1), lambda: m.assert_called_once(), lambda: m.assert_not_called(),
           lambda: m.method.assert_called_once_with("y"), lambda: Mock(name="fresh").assert_called(),
           lambda: Mock().assert_called_with(2), lambda: m.assert_any_call(9),
           lambda: m.assert_has_calls([call.method("x"), call.method.inner(6)]),
           lambda: m.assert_has_calls([call(9)], any_order=True),
           lambda: m.method.assert_called_with("x", ANY), lambda: m.asert_called()]:
    try:
        fn()
        print("passed")
    except (AssertionError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
m.method.assert_called_with("x")
m.assert_has_calls([call(1, 2, a=3), call.method("x")])
m.assert_any_call(1, 2, a=ANY)
print(call(1) == call(1), call.a(1) == call.b(1), call(1, x=ANY) == call(1, x=5), repr(call.foo(1).bar()))

m = Mock(return_value=42, side_effect=None)
print(m(), m.return_value)
m.side_effect = [1, 2, ValueError("third")]
print(m(), m())
try:
    m()
except ValueError as e:
    print("ValueError", e)
m.side_effect = lambda x: x * 2
print(m(21))
m.side_effect = KeyError
try:
    m()
except KeyError:
    print("KeyError raised")
m.reset_mock()
print(m.call_count, m.call_args_list)
m2 = Mock(**{"method.return_value": 3, "attr": "val"})
print(m2.method(), m2.attr, m2.configure_mock(x=1), m2.x)
w = Mock(wraps=lambda a: a + 1)
print(w(1), w.call_count)
s = Mock(spec=["allowed"])
print(s.allowed is s.allowed)
try:
    s.other
except AttributeError as e:
    print("AttributeError:", e)


class Thing:
    def work(self):
        return "real"


ms = Mock(spec=Thing)
print(isinstance(ms, Thing), isinstance(Mock(), Thing))

mm = MagicMock()
print(len(mm), list(mm), bool(mm), 3 in mm, int(mm), float(mm))
mm.__len__.return_value = 5
mm.__getitem__.side_effect = lambda k: k.upper()
mm.__iter__.return_value = [1, 2]
print(len(mm), mm["a"], list(mm))
with mm as ctx:
    print(ctx is mm.__enter__.return_value)
print(mm == mm, mm == 1, mm != mm)
print(mm.__len__.call_count >= 1)

print(sentinel.foo is sentinel.foo, sentinel.foo, DEFAULT)


def real_func():
    return "real"


class Svc:
    def fetch(self):
        return "real fetch"


with patch.object(Svc, "fetch", return_value="patched") as p:
    print(Svc().fetch(), p.call_count)
print(Svc().fetch())


@patch("os.getcwd", return_value="/patched")
def use_cwd(mock_cwd):
    import os
    return os.getcwd(), mock_cwd.called


print(use_cwd())
import os
print(os.getcwd() != "/patched")
d = {"a": 1}
with patch.dict(d, {"b": 2}, clear=True):
    print(d)
print(d)
with patch.multiple(Svc, fetch=DEFAULT, other=DEFAULT, create=True) as vals:
    print(sorted(vals))
p = patch("os.getpid", return_value=7)
p.start()
print(os.getpid())
p.stop()
print(os.getpid() == 7)


async def main():
    am = AsyncMock(return_value=10)
    print(await am(1), am.await_count, am.call_count)
    am.assert_awaited_once_with(1)
    try:
        am.assert_awaited_with(2)
    except AssertionError as e:
        print("AssertionError:", e)
    am.side_effect = [1, 2]
    print(await am(), await am())
    mm = MagicMock()
    async with mm as x:
        print(x is mm.__aenter__.return_value)
    async for item in mm:
        print("never")
    mm.__aiter__.return_value = [1, 2]
    print([i async for i in mm])
    try:
        AsyncMock().assert_awaited()
    except AssertionError as e:
        print("AssertionError:", e)


asyncio.run(main())
print(repr(Mock(name="named"))[:22], repr(Mock().a.b())[:28])
