data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
values = [y for x in data if (y := x * 2) > 6]
print(values, y)
buf = iter(["a", "b", "", "c"])
while (chunk := next(buf)):
    print("chunk", chunk)
