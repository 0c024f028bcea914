"""非同期処理のデモ: コルーチン、タスク、gather。"""
import asyncio
from dataclasses import dataclass, field


@dataclass
class 注文:
    品名: str
    数量: int = 1
    備考: list[str] = field(default_factory=list)


async def 調理(注文: 注文, 時間: float = 0.5) -> str:
    print(f"{注文.品名} を {注文.数量} 個 調理中…")
    await asyncio.sleep(時間)
    return f"{注文.品名!r} 完成 ({時間:.1f} 秒)"


async def main(*args, **kwargs):
    注文一覧 = [注文("ピザ", 2), 注文("パスタ"), 注文(品名="サラダ", 数量=3)]
    タスク = [asyncio.create_task(調理(o, 時間=i / 10)) for i, o in enumerate(注文一覧)]
    結果 = await asyncio.gather(*タスク, return_exceptions=True)
    for 番号, r in enumerate(結果, start=1):
        match_ = isinstance(r, Exception)
        print(f"{番号:>2}: {r=}" if not match_ else f"失敗: {r}")
    async with asyncio.timeout(1):
        async for x in agen():
            print(x, end=" ")
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.1)
    except* TimeoutError as eg:
        print("タイムアウト", eg.exceptions)
    except* (ValueError, TypeError):
        pass


async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)


if __name__ == "__main__":
    asyncio.run(main())
