# cr_origin follows sys.set_coroutine_origin_tracking_depth.
import asyncio, sys


async def job():
    return 1


def make():
    return job()


async def main():
    c = job()
    print(c.cr_origin)
    c.close()
    sys.set_coroutine_origin_tracking_depth(1)
    c = make()
    print([(f.split("/")[-1], n, name) for f, n, name in c.cr_origin])
    c.close()
    sys.set_coroutine_origin_tracking_depth(0)
    c = make()
    print(c.cr_origin, sys.get_coroutine_origin_tracking_depth())
    c.close()


asyncio.run(main())
