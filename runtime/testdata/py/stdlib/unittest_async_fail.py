# Failing IsolatedAsyncioTestCase tests: the report, the virtual time taken, exit status 1.
import asyncio, unittest
class T(unittest.IsolatedAsyncioTestCase):
    async def test_fail(self):
        await asyncio.sleep(0.5)
        self.assertEqual(1, 2)
    async def test_err(self):
        raise KeyError("x")
unittest.main()
