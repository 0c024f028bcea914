import asyncio, sys, unittest

class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

class StackTests(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def tearDown(self):
        print("teardown", self._testMethodName)

    def test_push_pop(self):
        """Push then pop returns the item."""
        self.s.push(1)
        self.assertEqual(self.s.pop(), 1)

    def test_empty(self):
        with self.assertRaisesRegex(IndexError, "empty"):
            self.s.pop()

    def test_regex_mismatch(self):
        with self.assertRaisesRegex(IndexError, "full"):
            self.s.pop()

    def test_long_string(self):
        self.assertEqual("line one\nline two\nline three\n", "line one\nline 2\nline three\n")

    def test_long_list(self):
        self.assertListEqual(list(range(30)), list(range(29)) + [99])

class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.value = await asyncio.sleep(0.1, result=42)

    async def test_value(self):
        await asyncio.sleep(1)
        self.assertEqual(self.value, 42)

    async def test_fails(self):
        self.assertEqual(await asyncio.sleep(0, result="a"), "b")

class BrokenSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no database")

    def test_never(self):
        pass

if __name__ == "__main__":
    runner = unittest.TextTestRunner(verbosity=2)
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = runner.run(suite)
    print(result, result.wasSuccessful(), len(result.failures), len(result.errors))
    print(suite.countTestCases())
    unittest.main(verbosity=0, exit=False, defaultTest="StackTests.test_push_pop")
    unittest.main(argv=["prog", "-v", "StackTests"])
