import asyncio

async def greet():
    return "hi"

def main():
    await greet()
