def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e

def load():
    try:
        return parse("abc")
    finally:
        print("cleanup")

try:
    load()
except RuntimeError:
    print("first handled")

def context():
    try:
        {}["x"]
    except KeyError:
        undefined_name

context()
