# An uncaught exception's traceback (CPython's C printer) underlines wide characters with
# two columns each, and a binary operation with ~ and ^.
def 合計(品物):
    return 品物["りんご"] * 2 + 品物["みかん"]


注文 = {"りんご": 3, "みかん": "五"}
print("合計:", 合計(注文))
