# The fields of struct sequences (time.struct_time, os.stat_result, sys.version_info) read as
# attributes, are read-only, and show in dir().
import time, os, sys
t = time.gmtime(0)
print(t.tm_year, t.tm_zone, t.tm_gmtoff, [n for n in dir(t) if n.startswith("tm_")])
try:
    t.tm_year = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    t.nope
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(time.struct_time, "tm_year"), hasattr(t, "tm_wday"))
with open("structseq_fields.txt", "w") as f:
    f.write("x")
st = os.stat("structseq_fields.txt")
print(type(st.st_mtime).__name__, st.st_size, st[8] == int(st.st_mtime))
print(sys.version_info.major >= 3, sys.version_info[:1], sys.float_info.max > 1)
os.remove("structseq_fields.txt")
