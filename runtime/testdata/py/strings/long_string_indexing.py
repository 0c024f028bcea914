# Indexing and slicing long strings, ASCII and not, at every kind of position: the start,
# the end, negative indexes, steps, and characters of one to four bytes in UTF-8.
ascii_text = "".join(chr(ord("a") + i % 26) for i in range(1000))
mixed = "".join(("a", "é", "あ", "😀")[i % 4] + str(i % 10) for i in range(700))
other = "漢字" * 300

for text in (ascii_text, mixed, other):
    n = len(text)
    print(n, text[0], text[-1], text[n // 2], text[31], text[32], text[33], text[-33])
    picked = "".join(text[i] for i in range(0, n, 37))
    print(picked[:40])
    print(text[5:70], text[-70:-5] == text[n - 70:n - 5], text[n - 40:], text[-3:n + 9])
    print(text[::97], text[n:], text[n + 5:], repr(text[10:10]))
    print(text[100:3:-7][:20], len(text[::-1]), text[::-1][:10])
    print(sum(1 for i in range(n) if text[i] == text[(i * 7) % n]))
    for bad in (n, -n - 1):
        try:
            text[bad]
        except IndexError as e:
            print("IndexError:", e)

# Two long strings indexed in turn, and a third that pushes one of them out.
count = 0
for i in range(len(other)):
    if mixed[i % len(mixed)] == "a" and other[i] == "漢" and ascii_text[i % 1000] != "z":
        count += 1
print(count)

# find, index, count, startswith and endswith with start and end positions.
for text in (ascii_text, mixed):
    n = len(text)
    hits, at = [], -1
    while (at := text.find(text[n // 3], at + 1)) != -1:
        hits.append(at)
    print(len(hits), hits[:5], hits[-3:])
    print(text.rfind(text[7], 0, n - 50), text.index(text[-2], n // 2), text.count(text[3], 40, n - 40))
    print(text.startswith(text[500:503], 500), text.endswith(text[-9:-4], 0, n - 4), text.startswith("a", n))
