# traceback.print_exc / format_exception inside tasks, and Task.get_stack / print_stack.
import asyncio
import io
import sys
import traceback


async def level3():
    await asyncio.sleep(0.1)
    {}["missing"]


async def level2():
    await level3()


async def level1():
    try:
        await level2()
    except KeyError:
        traceback.print_exc()
        etype, value, tb = sys.exc_info()
        names = [f.name for f in traceback.extract_tb(tb)]
        print("frames:", names)
        return "handled"


async def sleeper():
    await asyncio.sleep(1)


async def main():
    print(await asyncio.create_task(level1()))
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    stack = t.get_stack()
    print(len(stack), [f.f_code.co_name for f in stack])
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, "FILE").replace("traceback_in_tasks.py", "FILE"), end="")
    await t
    print(t.get_stack())

    async def failing():
        await asyncio.sleep(0.1)
        raise OSError("gone")

    f = asyncio.create_task(failing())
    await asyncio.wait([f])
    print([fr.f_code.co_name for fr in f.get_stack()], len(f.get_stack(limit=1)))
    buf = io.StringIO()
    f.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, "FILE").replace("traceback_in_tasks.py", "FILE"), end="")
    try:
        await level2()
    except KeyError as e:
        lines = traceback.format_exception(e)
        print(lines[0], end="")
        print(lines[-1], end="")
        print(len([l for l in lines if "level" in l]))


asyncio.run(main())
