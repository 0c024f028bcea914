# asobiba.aiohttp: a simulated aiohttp client on the virtual clock (the oracle has no
# aiohttp: Asobiba's own expected output).
import asyncio
import time

import asobiba.aiohttp as aiohttp


async def fetch(session, url):
    async with session.get(url) as response:
        text = await response.text()
        return url, response.status, len(text)


async def main():
    start = time.time()
    async with aiohttp.ClientSession() as session:
        urls = [f"https://httpbin.org/delay/{d}" for d in (1, 2, 1)]
        for url, status, length in await asyncio.gather(*(fetch(session, u) for u in urls)):
            print(url, status, length)
        print("concurrent total", time.time() - start)
        async with session.get("https://httpbin.org/get", params={"q": "asyncio"}) as r:
            data = await r.json()
            print(r.status, r.reason, r.ok, r.content_type, data["args"], data["url"])
        async with session.post("https://httpbin.org/post", json={"a": 1}) as r:
            print((await r.json())["json"])
        r = await session.get("https://api.example.com/users/2")
        print(await r.json())
        r = await session.get("https://httpbin.org/status/404")
        print(r.status, r.ok)
        try:
            r.raise_for_status()
        except aiohttp.ClientResponseError as e:
            print("ClientResponseError:", e.status, e.message)
        try:
            await session.get("https://no-such-host.invalid/")
        except aiohttp.ClientConnectorError as e:
            print("ClientConnectorError:", e)
        try:
            async with session.get("https://httpbin.org/delay/5",
                                   timeout=aiohttp.ClientTimeout(total=2)) as r:
                pass
        except asyncio.TimeoutError:
            print("timed out at", round(time.time() - start, 1))
        try:
            await (await session.get("https://example.com/")).json()
        except aiohttp.ContentTypeError as e:
            print("ContentTypeError:", e.message)
    print("closed", session.closed, "elapsed", round(time.time() - start, 1))


asyncio.run(main())
aiohttp.install()
import aiohttp as installed
print(installed is aiohttp)
