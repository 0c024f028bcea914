# Subprocesses cannot run in the sandbox: creating one raises NotImplementedError.
import asyncio
import sys


async def main():
    print(asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT, asyncio.subprocess.DEVNULL)
    try:
        await asyncio.create_subprocess_exec(sys.executable, "-c", "print(1)",
                                             stdout=asyncio.subprocess.PIPE)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    await asyncio.create_subprocess_shell("echo hi")


asyncio.run(main())
