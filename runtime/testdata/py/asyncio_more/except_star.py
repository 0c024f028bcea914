# except* splitting an ExceptionGroup raised by a TaskGroup.
import asyncio


class NetError(Exception):
    pass


async def step(kind, delay):
    await asyncio.sleep(delay)
    if kind == "net":
        raise NetError(f"net failure after {delay}")
    if kind == "value":
        raise ValueError(f"value failure after {delay}")
    return kind


async def run(kinds):
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(step(k, i / 10)) for i, k in enumerate(kinds, 1)]
    except* NetError as eg:
        print("net errors:", [str(e) for e in eg.exceptions])
    except* ValueError as eg:
        print("value errors:", sorted(str(e) for e in eg.exceptions))
        print("group message:", eg.message)
    else:
        print("all ok:", [t.result() for t in tasks])


async def main():
    await run(["ok", "ok"])
    await run(["net", "ok"])
    await run(["value", "net"])
    try:
        await run(["ok", "type"]) if False else None
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("value", 0.1))
            tg.create_task(step("net", 0.1))
    except* ValueError:
        print("handled only values")
    except* NetError as eg:
        print("and nets:", len(eg.exceptions))
    eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
    match, rest = eg.split(TypeError)
    print(repr(match))
    print(repr(rest))
    print(eg.subgroup(lambda e: isinstance(e, ValueError)))


asyncio.run(main())
