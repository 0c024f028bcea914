# The failure messages of the assert* methods, checked by catching AssertionError.
import logging
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(f"{name}: {e}")
    else:
        print(f"{name}: passed")


check("assertEqual", 1, 1)
check("assertEqual", 1, 2.5, "note")
check("assertEqual", "x" * 100, "x" * 99 + "y")
check("assertEqual", list(range(50)), list(range(50)) + [1])
check("assertNotEqual", 3, 3)
check("assertTrue", [])
check("assertFalse", "yes")
check("assertIs", None, 0)
check("assertIsNot", t, t)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIsInstance", 5, str)
check("assertNotIsInstance", 5, int)
check("assertIn", "z", "abc")
check("assertNotIn", 1, {1: 2})
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.5, delta=0.25)
check("assertAlmostEqual", 1.0, 1.5, places=3)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.1, delta=0.5)
check("assertSetEqual", {1, 2}, {2, 3})
check("assertEqual", frozenset([1]), frozenset())
check("assertCountEqual", [1, 2, 2, 3], [3, 2, 1, 1])
check("assertCountEqual", [[1], [2]], [[2], [1]])
check("assertCountEqual", [[1], [2]], [[2], [3]])
check("assertRegex", "hello world", r"wor+ld$")
check("assertRegex", "hello", r"^h.z")
check("assertNotRegex", "hello", r"l+")
check("assertSequenceEqual", [1, 2], (1, 2))
check("assertListEqual", [1], (1,))
check("assertDictEqual", [], {})
check("assertMultiLineEqual", 1, "a")
t.longMessage = False
check("assertEqual", 1, 2, "only mine")
t.longMessage = True

with t.assertRaises(ValueError) as cm:
    int("x")
print(type(cm.exception).__name__, cm.exception)
try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as e:
    print(e)
try:
    t.assertRaises(ValueError, len, "abc")
except AssertionError as e:
    print(e)
try:
    with t.assertRaises((KeyError, IndexError), msg="lookup"):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(ValueError):
        raise TypeError("other")
except TypeError as e:
    print("TypeError passes through:", e)
with t.assertRaisesRegex(ValueError, r"invalid literal.*'x'"):
    int("x")
try:
    with t.assertRaisesRegex(ValueError, "^nope"):
        int("x")
except AssertionError as e:
    print(e)
try:
    t.assertRaises("not a type")
except TypeError as e:
    print("TypeError:", e)

with t.assertWarns(DeprecationWarning) as w:
    warnings.warn("old stuff", DeprecationWarning)
print(type(w.warning).__name__, w.warning)
try:
    with t.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print(e)
with t.assertWarnsRegex(UserWarning, "car+eful"):
    warnings.warn("be carrreful")

with t.assertLogs("app", level="INFO") as logs:
    logging.getLogger("app.db").info("connected %d", 3)
    logging.getLogger("app").error("boom")
    logging.getLogger("app").debug("hidden")
print(logs.output, [r.levelname for r in logs.records])
try:
    with t.assertLogs("quiet"):
        logging.getLogger("quiet").debug("too low")
except AssertionError as e:
    print(e)
try:
    with t.assertNoLogs("noisy", level="WARNING"):
        logging.getLogger("noisy").warning("oops")
except AssertionError as e:
    print(e)
try:
    t.fail("explicit")
except AssertionError as e:
    print(e)
try:
    t.skipTest("why")
except unittest.SkipTest as e:
    print("SkipTest:", e)
print(t.id(), str(t), repr(t))
