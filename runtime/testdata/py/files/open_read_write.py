# open() and the os functions work on an in-memory file system: text and binary modes,
# newline translation, seek/tell, append, errors, folders. The program removes what it makes.
import os, json
with open("notes_tmp.txt", "w") as f:
    print(repr(f)[:40], f.mode, f.name, f.encoding, f.closed, f.readable(), f.writable())
    n = f.write("first line\n")
    f.write("second line\r\nthird")
    print("wrote", n)
    print("by print", 42, file=f)
print(f.closed)
with open("notes_tmp.txt") as f:
    print(repr(f.read()))
with open("notes_tmp.txt", newline="") as f:
    print(repr(f.read()))
with open("notes_tmp.txt") as f:
    print(f.readline(), end="")
    print(f.tell())
    for line in f:
        print("line:", repr(line))
with open("notes_tmp.txt") as f:
    print(f.readlines())
    print(repr(f.read()), f.read(3))
    f.seek(0)
    print(repr(f.read(5)), f.tell())
with open("notes_tmp.txt", "a") as f:
    f.write("appended\n")
with open("notes_tmp.txt", "rb") as f:
    print(f, f.read(), f.tell())
with open("notes_tmp.txt", "r+") as f:
    f.write("FIRST")
    f.seek(0, 2)
    f.write("end\n")
    f.seek(0)
    print(repr(f.read()))
with open("data_tmp.bin", "wb") as f:
    print(f, f.write(bytes(range(5))), f.write(bytearray(b"xy")))
with open("data_tmp.bin", "rb") as f:
    print(list(f.read()), f.read(), f.seek(-2, 2), f.read(1), f.readline())
with open("data_tmp.json", "w", encoding="utf-8") as f:
    json.dump({"name": "テスト", "n": [1, 2]}, f, ensure_ascii=False, indent=2)
with open("data_tmp.json", encoding="utf-8") as f:
    print(repr(f), json.load(f))
print(os.path.exists("data_tmp.json"), os.path.isfile("data_tmp.json"), os.path.isdir("data_tmp.json"), os.path.getsize("data_tmp.bin"))
for bad in [lambda: open("missing_tmp.txt"), lambda: open("notes_tmp.txt", "x"), lambda: open("notes_tmp.txt", "rw"),
            lambda: open("notes_tmp.txt", "rb", encoding="utf-8"), lambda: open("notes_tmp.txt").write("x"),
            lambda: open("data_tmp.bin", "w").read(), lambda: open("data_tmp.bin", "wb").write("text"),
            lambda: open("notes_tmp.txt", "a").write(b"bytes"), lambda: open(3.5), lambda: os.remove("missing_tmp.txt")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
f = open("notes_tmp.txt")
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
with open("data_tmp.json", "w") as f:
    f.writelines(["a\n", "b\n"])
os.rename("data_tmp.json", "renamed_tmp.json")
print(open("renamed_tmp.json").read().split(), os.path.exists("data_tmp.json"))
for name in ["notes_tmp.txt", "data_tmp.bin", "renamed_tmp.json"]:
    os.remove(name)
print([os.path.exists(n) for n in ["notes_tmp.txt", "renamed_tmp.json"]])
os.makedirs("tmpdir_x/sub/deeper", exist_ok=True)
with open("tmpdir_x/sub/a.txt", "w") as f:
    f.write("hi")
print(sorted(os.listdir("tmpdir_x")), sorted(os.listdir("tmpdir_x/sub")))
print([(os.path.relpath(root), sorted(dirs), sorted(files)) for root, dirs, files in os.walk("tmpdir_x")])
try:
    os.rmdir("tmpdir_x/sub")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.mkdir("tmpdir_x")
except FileExistsError as e:
    print(e)
os.remove("tmpdir_x/sub/a.txt")
os.rmdir("tmpdir_x/sub/deeper"); os.rmdir("tmpdir_x/sub"); os.rmdir("tmpdir_x")
print(os.path.exists("tmpdir_x"))
