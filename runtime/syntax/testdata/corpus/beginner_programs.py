# 初心者向けの小さなプログラム
名前 = input("名前は? ")
年齢 = int(input("年齢は? "))
if 年齢 >= 20:
    print(f"{名前}さんは大人です")
elif 年齢 >= 13:
    print(f"{名前}さんは十代です")
else:
    print(f"{名前}さんは子どもです")

合計 = 0
for i in range(1, 11):
    合計 += i
print("1から10までの合計:", 合計)

def fizzbuzz(n):
    for i in range(1, n + 1):
        if i % 15 == 0:
            print("FizzBuzz")
        elif i % 3 == 0:
            print("Fizz")
        elif i % 5 == 0:
            print("Buzz")
        else:
            print(i)

fizzbuzz(15)
果物 = {"りんご": 100, "みかん": 50}
for 名, 値段 in 果物.items():
    print(f"{名}: {値段}円")
ｘ = 1  # 全角文字の変数名は NFKC で x になる
print(x)
