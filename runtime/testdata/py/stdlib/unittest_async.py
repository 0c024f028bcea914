# IsolatedAsyncioTestCase: async fixtures and tests on the virtual clock; a passing run.
import asyncio
import unittest

events = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.queue = asyncio.Queue()
        events.append("asyncSetUp")

    def setUp(self):
        events.append("setUp")

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")

    async def test_sleep(self):
        loop = asyncio.get_running_loop()
        start = loop.time()
        await asyncio.sleep(1.5)
        self.assertAlmostEqual(loop.time() - start, 1.5)

    async def test_queue(self):
        async def producer():
            for i in range(3):
                await asyncio.sleep(0.1)
                await self.queue.put(i)
        task = asyncio.create_task(producer())
        got = [await self.queue.get() for _ in range(3)]
        await task
        self.assertEqual(got, [0, 1, 2])
        self.addAsyncCleanup(self.cleanup, "done")

    async def cleanup(self, what):
        events.append("async cleanup " + what)

    async def test_timeout(self):
        with self.assertRaises(TimeoutError):
            await asyncio.wait_for(asyncio.sleep(10), timeout=0.25)

    def test_sync_in_async_case(self):
        self.assertEqual(1 + 1, 2)


class Plain(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)


if __name__ == "__main__":
    try:
        unittest.main()
    except SystemExit as e:
        print("exit code", e.code)
    print(events)
