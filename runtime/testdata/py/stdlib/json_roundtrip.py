import json
from dataclasses import dataclass, asdict

@dataclass
class Book:
    title: str
    author: str
    year: int
    tags: list

library = [Book("Dune", "Herbert", 1965, ["sci-fi"]), Book("Émile", "Rousseau", 1762, [])]
text = json.dumps([asdict(b) for b in library], indent=2, ensure_ascii=False)
print(text)
books = [Book(**d) for d in json.loads(text)]
print(books == library, books[1].title)

class BookEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Book):
            return {"__book__": True, **asdict(o)}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

def decode_book(d):
    if d.pop("__book__", False):
        return Book(**d)
    return d

payload = json.dumps({"shelf": library, "ids": {3, 1, 2}}, cls=BookEncoder, sort_keys=True)
print(payload)
back = json.loads(payload, object_hook=decode_book)
print(back["shelf"][0], back["ids"])
config = '''
{
    "debug": false,
    "level": 3,
    "ratio": 0.75,
    "names": ["a", "b"],
    "nested": {"empty": {}, "list": []}
}
'''
cfg = json.loads(config)
print(cfg, json.dumps(cfg, separators=(",", ":")))
print(json.dumps(cfg, indent=4, sort_keys=True))
print(json.dumps("a\u2028b"), json.dumps({"k": "\U0001f600"}), json.loads('"\\ud83d\\ude00"') == "\U0001f600")
