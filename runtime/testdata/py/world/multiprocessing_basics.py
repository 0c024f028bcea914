# multiprocessing simulated on threads: Pool, Process, current_process, Queue, Value.
import multiprocessing as mp


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail(x):
    raise KeyError(x)


def child(q, n):
    q.put((mp.current_process().name, n * 2))


if __name__ == "__main__":
    print(mp.cpu_count(), mp.current_process().name, mp.parent_process())
    with mp.Pool(processes=2) as pool:
        print(pool.map(square, range(6)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        r = pool.apply_async(square, (9,))
        print(r.get(), r.ready(), r.successful())
        print(list(pool.imap(square, [1, 2, 3])), sorted(pool.imap_unordered(square, [3, 1])))
        print(pool.apply(add, (5, 6)))
        try:
            pool.apply(fail, ("k",))
        except KeyError as e:
            print("KeyError:", e)
    q = mp.Queue()
    ps = [mp.Process(target=child, args=(q, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get()[1] for _ in range(3)), [p.exitcode for p in ps])
    print(ps[0].name.startswith("Process-"), ps[0].is_alive())
    v = mp.Value('i', 0)
    with v.get_lock():
        v.value += 5
    print(v.value)
    a = mp.Array('d', 3)
    print(list(a))
    ctx = mp.get_context("spawn")
    print(ctx.cpu_count())
