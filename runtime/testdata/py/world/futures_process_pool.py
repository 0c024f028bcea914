# concurrent.futures.ProcessPoolExecutor (simulated in-process): map, submit and errors,
# with the usual __main__ guard.
from concurrent.futures import ProcessPoolExecutor
import multiprocessing as mp


def cpu_heavy(n):
    return sum(i * i for i in range(n))


def broken(x):
    return 1 / x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(cpu_heavy, [10, 100, 1000])))
        print(ex.submit(cpu_heavy, 5).result())
        fut = ex.submit(broken, 0)
        try:
            fut.result()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e, type(e.__cause__).__name__)
    with ProcessPoolExecutor() as ex:
        print(ex._max_workers, mp.cpu_count())
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(broken, [1, 2, 4])))
        list(ex.map(broken, [1, 0]))
