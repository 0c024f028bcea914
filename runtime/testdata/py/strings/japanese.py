greeting = "こんにちは、世界"
print(len(greeting), greeting[0], greeting[-2:], greeting[::-1])
for i, ch in enumerate("遊び場"):
    print(i, ch, ord(ch))
name = "太郎"
print(f"{name}さん、ようこそ！", f"[{name:>6}]", f"[{name:*^8}]")
print("東京,大阪,名古屋".split(","), "　全角スペース　".strip())
print(repr("タブ\tと改行\n"), ascii("日本"), "日本".encode("utf-8"))
print(sorted(["さくら", "あやめ", "うめ"]), "カタカナ".lower(), "ａｂｃ".upper())
print(b"\xe6\x97\xa5".decode("utf-8"), "日本" + "語", "語" in "日本語")
