from dataclasses import dataclass

@dataclass
class Num:
    value: int

@dataclass
class Add:
    left: object
    right: object

@dataclass
class Mul:
    left: object
    right: object

def simplify(e):
    match e:
        case Add(Num(0), x) | Add(x, Num(0)):
            return simplify(x)
        case Mul(Num(1), x) | Mul(x, Num(1)):
            return simplify(x)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return Num(0)
        case Add(l, r):
            return Add(simplify(l), simplify(r))
        case Mul(l, r):
            return Mul(simplify(l), simplify(r))
        case _:
            return e

print(simplify(Add(Num(0), Mul(Num(1), Num(7)))))
print(simplify(Mul(Add(Num(2), Num(0)), Num(0))))
print(simplify(Add(Mul(Num(3), Num(1)), Num(4))))

def run(commands):
    for cmd in commands:
        match cmd.split():
            case ["go", ("north" | "south" | "east" | "west") as direction]:
                print("going", direction)
            case ["drop", *objects] if objects:
                print("dropping", objects)
            case ["quit" | "exit"]:
                print("bye")
                break
            case [verb, *_]:
                print("unknown verb", verb)
            case []:
                print("nothing")

run(["go north", "drop a b", "drop", "", "look around", "exit", "go east"])

for i in range(3):
    match i:
        case 0:
            continue
        case 1:
            print("one")
    print("after", i)

async def coro(x):
    match x:
        case {"sleep": s}:
            return s

import asyncio
print(asyncio.run(coro({"sleep": 3})))
