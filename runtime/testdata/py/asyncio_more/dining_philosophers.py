# Dining philosophers with ordered fork acquisition (no deadlock) on the virtual clock.
import asyncio


async def philosopher(i, forks, meals, log):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    first, second = (left, right) if i % 2 == 0 else (right, left)
    for meal in range(meals):
        async with first:
            await asyncio.sleep(0.01)
            async with second:
                log.append(f"{asyncio.get_running_loop().time():.2f} P{i} eats meal {meal}")
                await asyncio.sleep(0.1)
        await asyncio.sleep(0.05 * (i + 1))


async def main():
    n = 5
    forks = [asyncio.Lock() for _ in range(n)]
    log = []
    await asyncio.wait_for(asyncio.gather(*(philosopher(i, forks, 2, log) for i in range(n))), 10)
    print("\n".join(log))


asyncio.run(main())
