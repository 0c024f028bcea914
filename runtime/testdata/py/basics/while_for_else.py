total = 0
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
else:
    print("while finished", total)

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

for x in []:
    print("never")
else:
    print("empty loop else")
