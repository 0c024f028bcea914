# はじめての Python: print で文字を表示します
print("こんにちは、遊び場！")

name = "Asobiba"
print(f"{name} へようこそ")
