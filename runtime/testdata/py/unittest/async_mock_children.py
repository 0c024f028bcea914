# An AsyncMock's attributes are AsyncMocks too (awaitable when called); its sync magic methods are not.
import asyncio
import unittest
from unittest import mock


async def fetch(client, url):
    resp = await client.get(url)
    if resp.status != 200:
        raise RuntimeError(f"bad status {resp.status}")
    return resp.body


class FetchTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.client = mock.AsyncMock()

    async def test_ok(self):
        self.client.get.return_value = mock.Mock(status=200, body="hi")
        self.assertEqual(await fetch(self.client, "u"), "hi")
        self.client.get.assert_awaited_once_with("u")

    async def test_bad(self):
        self.client.get.return_value = mock.Mock(status=500, body="")
        with self.assertRaisesRegex(RuntimeError, "500"):
            await fetch(self.client, "u")

    async def test_timeout(self):
        async def slow(url):
            await asyncio.sleep(5)
        self.client.get.side_effect = slow
        with self.assertRaises(TimeoutError):
            await asyncio.wait_for(fetch(self.client, "u"), 1)

    def test_sync_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])


if __name__ == "__main__":
    unittest.main(verbosity=2)
