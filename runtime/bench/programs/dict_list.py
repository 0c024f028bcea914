counts = {}
items = []
for i in range(300_000):
    key = i % 1000
    counts[key] = counts.get(key, 0) + 1
    items.append((key, i))
items.sort()
squares = [v * v for k, v in items[:100_000] if k % 3 == 0]
print(len(counts), counts[999], sum(squares) % 1_000_003)
