def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in (-5, 0, 3, 42):
    print(v, classify(v))

x = 7
print("odd" if x % 2 else "even")
print(1 < x < 10, 1 < x > 10, x == 7 != 8)
print(not x, not 0, x and 0, 0 or "fallback", None or [] or "last")
