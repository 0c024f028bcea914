import os, shutil, tempfile
os.makedirs("tmp_sh/src/inner", exist_ok=True)
with open("tmp_sh/src/a.txt", "w") as f:
    f.write("alpha")
with open("tmp_sh/src/inner/b.log", "w") as f:
    f.write("beta")
print(shutil.copy("tmp_sh/src/a.txt", "tmp_sh"), shutil.copyfile("tmp_sh/src/a.txt", "tmp_sh/c.txt"))
print(shutil.copytree("tmp_sh/src", "tmp_sh/dst", ignore=shutil.ignore_patterns("*.log")))
print(sorted(os.listdir("tmp_sh")), sorted(os.listdir("tmp_sh/dst")), os.listdir("tmp_sh/dst/inner"))
print(shutil.move("tmp_sh/c.txt", "tmp_sh/dst"), sorted(os.listdir("tmp_sh/dst")))
try:
    shutil.copyfile("tmp_sh/a.txt", "tmp_sh/a.txt")
except shutil.SameFileError as e:
    print(type(e).__name__, e)
try:
    shutil.copytree("tmp_sh/src", "tmp_sh/dst")
except FileExistsError as e:
    print(e)
shutil.rmtree("tmp_sh")
print(os.path.exists("tmp_sh"))
shutil.rmtree("tmp_sh", ignore_errors=True)
try:
    shutil.rmtree("tmp_sh")
except FileNotFoundError as e:
    print(e)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "x.txt")
    with open(p, "w") as f:
        f.write("temp")
    print(os.path.exists(p), os.path.isabs(d), d.startswith(tempfile.gettempdir()))
print(os.path.exists(p))
with tempfile.NamedTemporaryFile("w+", suffix=".txt") as tf:
    tf.write("hello")
    tf.seek(0)
    print(tf.read(), tf.name.endswith(".txt"), os.path.exists(tf.name))
print(os.path.exists(tf.name), tempfile.gettempdir(), shutil.get_terminal_size((100, 30)).columns)
