# for ループで 1 から 5 までを足していきます
total = 0
for i in range(1, 6):
    total += i
    print(f"{i} を足すと {total}")

print("合計:", total)
