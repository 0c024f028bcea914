def numbers(n):
    for i in range(n):
        yield i

def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x

def squares(seq):
    return (x * x for x in seq)

print(sum(squares(evens(numbers(1_000_000)))))
