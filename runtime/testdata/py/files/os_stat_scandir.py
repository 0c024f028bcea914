# os.stat, os.scandir, os.utime and the stat module over files the program makes in a folder
# of its own (listings are sorted: the order of a folder on disk is arbitrary).
import os
import stat

os.makedirs("stat_tmp/inner")
with open("stat_tmp/notes.txt", "w") as f:
    f.write("hello\nworld\n")
with open("stat_tmp/data.bin", "wb") as f:
    f.write(bytes(300))

st = os.stat("stat_tmp/notes.txt")
print(type(st).__name__, len(st), st.st_size, st[stat.ST_SIZE], st[6])
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode))
print(stat.S_IMODE(st.st_mode) == 0o644, oct(stat.S_IFMT(st.st_mode)))
dst = os.stat("stat_tmp/inner")
print(stat.S_ISDIR(dst.st_mode), stat.S_ISREG(dst.st_mode), stat.filemode(dst.st_mode))
print(type(st.st_mtime).__name__, type(st[stat.ST_MTIME]).__name__, int(st.st_mtime) == st[8])
print(st.st_mtime_ns // 10**9 == st[8], os.path.getmtime("stat_tmp/notes.txt") == st.st_mtime)
print(os.lstat("stat_tmp/notes.txt").st_size, os.path.getsize("stat_tmp/data.bin"))
print(os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)

os.utime("stat_tmp/notes.txt", (1000, 2000))
st = os.stat("stat_tmp/notes.txt")
print(st.st_atime, st.st_mtime, st[7], st[8], os.path.getmtime("stat_tmp/notes.txt"))
os.utime("stat_tmp/notes.txt", ns=(5 * 10**9, 7_500_000_000))
print(os.stat("stat_tmp/notes.txt").st_mtime, os.stat("stat_tmp/notes.txt").st_mtime_ns)

with os.scandir("stat_tmp") as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_file(), e.is_dir(), e.is_symlink(), os.fspath(e))
print([e.stat().st_size for e in entries if e.is_file()])
print(isinstance(entries[0], os.DirEntry), sorted(e.name for e in os.scandir("stat_tmp/inner")))

print(os.path.samefile("stat_tmp/notes.txt", "stat_tmp/inner/../notes.txt"),
      os.path.samefile("stat_tmp/notes.txt", "stat_tmp/data.bin"))
print(os.access("stat_tmp/notes.txt", os.R_OK), os.access("stat_tmp/missing", os.F_OK))

for call in [lambda: os.stat("stat_tmp/missing"), lambda: os.stat("stat_tmp/notes.txt/x"),
             lambda: os.lstat(b"stat_tmp/missing"), lambda: os.scandir("stat_tmp/missing"),
             lambda: os.scandir("stat_tmp/notes.txt"), lambda: os.path.getmtime("stat_tmp/missing"),
             lambda: os.utime("stat_tmp/missing"), lambda: os.utime("stat_tmp/notes.txt", (1,)),
             lambda: os.stat(3.5)]:
    try:
        call()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)

os.remove("stat_tmp/notes.txt")
os.remove("stat_tmp/data.bin")
os.rmdir("stat_tmp/inner")
os.rmdir("stat_tmp")
print(os.path.exists("stat_tmp"))
