parts = []
for i in range(200_000):
    parts.append(f"{i:05d}:{i * 1.5:.2f}")
text = ",".join(parts)
words = text.split(",")
print(len(text), len(words), words[12345], "%s-%d" % (words[7], len(words[7])))
